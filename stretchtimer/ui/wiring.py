"""The services the first screen does not draw, built and wired once the window is on the screen
(or at once when the app starts on a routine, an edit or in the tray).

Imported by the composition root only when they are built, so the home screen shows sooner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from stretchtimer.core import catalog
from stretchtimer.core.catalog import Entry
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.handover import Requests
from stretchtimer.platform.factories import Platform
from stretchtimer.platform.services import HistoryStore, TrayActions, TrayHost
from stretchtimer.ui.assistants import desk_breaks, spoken_coaching
from stretchtimer.ui.cue_sound import CueSound
from stretchtimer.ui.desk_breaks import DeskBreakService
from stretchtimer.ui.editing import Editing
from stretchtimer.ui.late_services import LateServices
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.reminding import Reminding
from stretchtimer.ui.schedule_opener import ScheduleOpener, no_tray_message
from stretchtimer.ui.settings_keeper import SettingsKeeper
from stretchtimer.ui.settings_opener import SettingsOpener
from stretchtimer.ui.tray import ReminderService
from stretchtimer.ui.voice import VoiceCoaching

translate = QCoreApplication.translate


@dataclass
class Services:
    """What ``wire`` built; ``late`` starts the rest once the window is painted."""

    sound: CueSound
    voice: VoiceCoaching
    history: HistoryStore
    reminders: ReminderService
    tray: TrayHost
    editing: Editing
    reminding: Reminding
    desk: DeskBreakService
    late: LateServices
    # Held here for the app's lifetime: the window's signals reach them through bound methods,
    # which do not keep them alive.
    schedule: ScheduleOpener
    preferences: SettingsOpener
    requests: Requests

    def close(self) -> None:
        for service in (self.sound, self.voice, self.desk, self.reminding, self.late, self.history):
            service.close()


def tell_tray_once(keeper: SettingsKeeper, tray: TrayHost) -> Callable[[], None]:
    """The first time closing hides the window, the tray says where the app went."""
    def hidden() -> None:
        if not keeper.settings.get("schedule.told_tray"):
            keeper.settings.set("schedule.told_tray", True)  # saved by the keeper
            tray.tell("Stretch Timer", translate(
                "App", "Stretch Timer stays in the tray for your reminders. Quit from its menu."))
    return hidden


def connect_home(window: MainWindow, reminders: Callable[[], None], settings: Callable[[], None],
                 editing: Editing) -> None:
    window.home.reminders_requested.connect(reminders)
    window.home.settings_requested.connect(settings)
    window.home.edit_requested.connect(editing.open_editor)
    window.home.new_requested.connect(lambda: editing.open_editor(None))


def show_tray(app: QApplication, tray: TrayHost, window: MainWindow, needed: bool) -> None:
    """The icon, and the app lives on with the window closed; without a tray, say what that means."""
    if tray.available:
        tray.show()
        app.setQuitOnLastWindowClosed(False)
    elif needed:
        window.message_bar.say(no_tray_message())


def bind_tray(tray: TrayHost, window: MainWindow, reminders: ReminderService, schedule: ScheduleOpener,
              entries: Callable[[], list[Entry]], language: str) -> None:
    """The tray's menu and its next-reminder line, also shown on the home screen."""
    actions = TrayActions(window.start_in_front, window.open_in_front, reminders.snooze,
                          reminders.pause_today, schedule.open_in_front, window.quit_app)
    tray.bind(actions, entries, language)
    reminders.armed.connect(lambda _when: tray.show_next(*reminders.sounding()))
    reminders.armed.connect(lambda _when: window.home.show_next_reminder(reminders.sounding()[0]))


def wire(app: QApplication, platform: Platform, places: Places, window: MainWindow, keeper: SettingsKeeper,
         library: Library, language: str, tray_wanted: bool) -> Services:
    """Build the sound, voice, history, reminders, tray, editor, desk breaks and the hand-over
    of a second launch's requests, and connect them to ``window``."""
    settings = keeper.settings

    def entries() -> list[Entry]:
        return catalog.all_entries(places, library)

    sound = CueSound(platform, places.assets_dir, settings)
    tray = platform.tray(app.windowIcon())
    history = platform.history(window, places)
    voice = spoken_coaching(settings, library, language, places.assets_dir, window.driver)
    for say in (keeper.notice, voice.unavailable):
        say.connect(window.message_bar.say)
    sound.available.connect(window.set_sound_available)
    reminders = ReminderService(settings, done_on=history.done_on)
    keeper.start_at_login(places.config_dir.parent)
    editing = Editing(window, library, places, entries, language)
    reminding = Reminding(reminders, entries, window, tray, platform.notifier, window.start_in_front)
    desk = desk_breaks(settings, places, window, history, entries, window.start_in_front, reminding.fallback,
                       platform.notifier)
    schedule = ScheduleOpener(window, keeper, reminders, entries, tray.available, places.config_dir.parent,
                              language)
    preferences = SettingsOpener(window, keeper, entries, language, places.config_dir.parent)
    connect_home(window, schedule.open, preferences.open, editing)
    window.hidden_to_tray.connect(tell_tray_once(keeper, tray))
    bind_tray(tray, window, reminders, schedule, entries, language)
    show_tray(app, tray, window, reminders.any_enabled() or tray_wanted)
    requests = Requests(library, entries, window.start_in_front, window.open_in_front, keeper.take_from_disk,
                        editing.edit_listed)
    # With voice on, the speech service is looked for after the first paint, not at the first phase.
    late = LateServices(platform, window, places.routines_dir, history, sound, reminders, requests.handle,
                        also=(voice.apply_settings, desk.start), on_jump=(desk.look,))
    return Services(sound, voice, history, reminders, tray, editing, reminding, desk, late, schedule,
                    preferences, requests)


__all__ = ["Services", "wire"]
