"""The composition root: builds the services from the platform's factories, wires them, runs Qt.

Each job lives in its own module (see the README's development notes); this one only connects.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stretchtimer import APP_NAME, __version__
from stretchtimer.core import catalog
from stretchtimer.core.catalog import Entry
from stretchtimer.core.errors import UserFileError
from stretchtimer.core.language import choose_language
from stretchtimer.core.loader import load_library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import load_settings
from stretchtimer.handover import Requests, launch_request
from stretchtimer.localtext import Words, locale_for
from stretchtimer.platform import factories
from stretchtimer.platform.factories import Platform
from stretchtimer.platform.services import TrayActions, TrayHost
from stretchtimer.ui.assistants import desk_breaks, spoken_coaching
from stretchtimer.ui.cue_sound import CueSound
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.editing import Editing
from stretchtimer.ui.late_services import LateServices
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.reminding import Reminding
from stretchtimer.ui.schedule_opener import ScheduleOpener, no_tray_message
from stretchtimer.ui.settings_keeper import SettingsKeeper
from stretchtimer.ui.settings_opener import SettingsOpener
from stretchtimer.ui.tray import ReminderService

translate = QCoreApplication.translate


def app_icon(assets_dir: Path) -> QIcon:
    icon = QIcon()
    for png in sorted((assets_dir / "icons").glob("stretchtimer-*.png")):
        icon.addFile(str(png))
    svg = assets_dir / "icons" / "stretchtimer.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


def install_translator(app: QApplication, language: str) -> None:
    """Load the interface catalogue for ``language``; English needs none."""
    if language == "en":
        return
    translator = QTranslator(app)
    if translator.load(str(Path(__file__).resolve().parent.parent / "i18n" / f"stretchtimer_{language}.qm")):
        app.installTranslator(translator)
    # Qt's own words (OK, Cancel, Restore Defaults, the text fields' menus) from Qt's catalogue.
    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)


def name_application(app: QApplication, assets_dir: Path) -> None:
    app.setApplicationName("stretchtimer")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.stretchtimer.StretchTimer")
    app.setWindowIcon(app_icon(assets_dir))


def speak(app: QApplication, setting: str) -> str:
    """The interface, times and weekdays in the chosen language as the person's locale writes
    them; that language's code."""
    language = choose_language(setting, os.environ)
    install_translator(app, language)
    QLocale.setDefault(locale_for(language))
    return language


def tell_tray_once(keeper: SettingsKeeper, tray: TrayHost) -> Callable[[], None]:
    """The first time closing hides the window, the tray says where the app went."""
    def hidden() -> None:
        if not keeper.settings.get("schedule.told_tray"):
            keeper.settings.set("schedule.told_tray", True)  # saved by the keeper
            tray.tell("Stretch Timer", translate(
                "App", "Stretch Timer stays in the tray for your reminders. Quit from its menu."))
    return hidden


def already_running(places: Places) -> None:
    chosen = load_settings(places.settings_file).settings.get("language")
    words = Words(choose_language(str(chosen), os.environ))
    print(words.translate("App", "Stretch Timer is already running; it has taken the request."))


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


def show_window(window: MainWindow, start_late: Callable[[], None], hidden: bool) -> None:
    """Show the window (unless starting in the tray); the late services start once it is painted."""
    if hidden:
        QTimer.singleShot(0, start_late)
    else:
        window.first_painted.connect(start_late)  # once the window is on the screen
        window.show()


def run_app(places: Places, routine: str | None = None, tray: bool = False, edit: str | None = None,
            platform: Platform | None = None) -> int:
    """Run the app until it quits: hidden in the tray (``tray``), running ``routine``, or editing
    ``edit`` ("" for a new one); a Stretch Timer already running takes the request instead."""
    platform = platform or factories.desktop()
    library = load_library(places.library_file)
    start: Entry | None = catalog.find_routine(places, library, routine) if routine else None
    edited: Entry | None = catalog.find_routine(places, library, edit) if edit else None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if platform.hand_over(launch_request(start, tray, edit, edited)):
        already_running(places)
        return 0
    name_application(app, places.assets_dir)
    loaded = load_settings(places.settings_file)
    settings, keeper = loaded.settings, SettingsKeeper(loaded, places.settings_file)
    language = speak(app, str(settings.get("language")))
    library = library.localized(language)
    start = catalog.load_entry(start.file, library, start.builtin) if start else None

    def entries() -> list[Entry]:
        return catalog.all_entries(places, library)

    sound = CueSound(platform, places.assets_dir, settings)
    tray_host = platform.tray(app.windowIcon())
    window = MainWindow(library, entries, settings, SessionDriver(clock=platform.clock), places.assets_dir,
                        language, on_cue=sound.on_cue,
                        records=lambda: history.records(200),
                        keep_in_tray=lambda: tray_host.available and (
                            reminders.any_enabled() or bool(settings.get("desk.enabled"))),
                        may_quit=lambda: editing.may_quit())
    history = platform.history(window, places.history_file)
    voice = spoken_coaching(settings, library, language, places.assets_dir, window.driver)
    for say in (keeper.notice, voice.unavailable):
        say.connect(window.message_bar.say)
    sound.available.connect(window.set_sound_available)
    window.restore_geometry()
    if loaded.notice:
        window.message_bar.say(loaded.notice)
    reminders = ReminderService(settings, done_on=history.done_on)
    keeper.start_at_login(places.config_dir.parent)
    editing = Editing(window, library, places, entries, language)
    reminding = Reminding(reminders, entries, window, tray_host, platform.notifier, window.start_in_front)
    desk = desk_breaks(settings, places, window, history, entries, window.start_in_front, reminding.fallback)
    schedule = ScheduleOpener(window, keeper, reminders, entries, tray_host.available,
                              places.config_dir.parent, language)
    preferences = SettingsOpener(window, keeper, entries, language, places.config_dir.parent)
    connect_home(window, schedule.open, preferences.open, editing)
    window.hidden_to_tray.connect(tell_tray_once(keeper, tray_host))
    actions = TrayActions(window.start_in_front, window.open_in_front, reminders.snooze,
                          reminders.pause_today, schedule.open_in_front, window.quit_app)
    tray_host.bind(actions, entries, language)
    reminders.armed.connect(lambda _when: tray_host.show_next(*reminders.sounding()))
    reminders.armed.connect(lambda _when: window.home.show_next_reminder(reminders.sounding()[0]))
    show_tray(app, tray_host, window, reminders.any_enabled() or tray)
    requests = Requests(library, entries, window.start_in_front, window.open_in_front, keeper.take_from_disk,
                        editing.edit_listed)
    # With voice on, the speech service is looked for after the first paint, not at the first phase.
    late = LateServices(platform, window, places.routines_dir, history, sound, reminders, requests.handle,
                        also=(voice.apply_settings, desk.start), on_jump=(desk.look,))
    show_window(window, late.start, hidden=tray and tray_host.available and start is None)
    if start is not None:
        window.start_entry(start)
    if edit is not None:
        QTimer.singleShot(0, lambda: editing.edit_listed(edited))
    try:
        return app.exec()
    finally:
        for service in (sound, voice, desk, reminding, late, history):
            service.close()


__all__ = ["UserFileError", "run_app"]
