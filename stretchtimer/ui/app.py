"""The composition root: builds the platform services and the window, then runs Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stretchtimer import APP_NAME, __version__
from stretchtimer.autostart import set_start_at_login
from stretchtimer.core import catalog, schedule
from stretchtimer.core.catalog import Entry
from stretchtimer.core.errors import RoutineError
from stretchtimer.core.language import choose_language
from stretchtimer.core.loader import load_library
from stretchtimer.core.places import Places
from stretchtimer.core.session import CueDue
from stretchtimer.core.settings import Settings, load_settings
from stretchtimer.core.shared_settings import SharedSettings
from stretchtimer.localtext import Words, locale_for
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.editing import Editing
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.recording import Recording
from stretchtimer.ui.tray import ReminderService, Tray


def app_icon(assets_dir: Path) -> QIcon:
    icon = QIcon()
    for png in sorted((assets_dir / "icons").glob("stretchtimer-*.png")):
        icon.addFile(str(png))
    svg = assets_dir / "icons" / "stretchtimer.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


translate = QCoreApplication.translate


def no_tray_message() -> str:
    return translate("App", "There is no system tray here: "
                            "reminders only work while this window is open.")


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


def hand_over(request: dict[str, object]) -> bool:
    """Give the request to a Stretch Timer already running; False when none is."""
    from stretchtimer.handover import tell_running_app

    if os.name == "posix":  # QLocalServer listens on a Unix socket there
        return tell_running_app(request)
    from stretchtimer.ui.instance import hand_over as qt_hand_over  # Windows: QLocalSocket's pipes

    return qt_hand_over(request)


def spoken_coaching(settings: Settings, library: Any, language: str, assets_dir: Path,
                    driver: SessionDriver) -> Any:
    """The voice that speaks each phase after its chime (see ui/voice.py), on the driver."""
    from stretchtimer.audio.player import chime_lengths
    from stretchtimer.audio.voices import make_voice
    from stretchtimer.ui.voice import VoiceCoaching, clips_dir

    lengths: dict[Any, float] = {}

    def chime(kind: Any) -> float:
        if not lengths:
            lengths.update(chime_lengths(assets_dir / "sounds"))
        return lengths[kind]

    coaching = VoiceCoaching(settings, library, language,
                             lambda: make_voice(language, clips_dir(assets_dir), os.environ), chime)
    coaching.attach(driver)
    return coaching


def run_app(places: Places, routine: str | None = None, tray: bool = False, edit: str | None = None) -> int:
    """Open the window (starting ``routine`` when given) and run until it closes.

    ``tray`` starts hidden in the system tray; ``edit`` opens the editor on that routine
    (a name or a file; "" for a new one). When Stretch Timer already runs, the request is
    handed to it and this call returns at once.
    """
    from stretchtimer.cli import find_routine

    library = load_library(places.library_file)
    start: Entry | None = find_routine(places, library, routine) if routine else None
    edited: Entry | None = find_routine(places, library, edit) if edit else None

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    request: dict[str, object] = {"action": "tray" if tray else "show"}
    if start is not None:
        request = {"action": "run", "file": str(start.file.resolve())}
    if edit is not None:
        request = {"action": "edit", "file": str(edited.file.resolve()) if edited else ""}
    if hand_over(request):
        chosen = load_settings(places.settings_file).settings.get("language")
        spoken = choose_language(str(chosen), os.environ)
        print(Words(spoken).translate("App", "Stretch Timer is already running; it has taken the request."))
        return 0
    app.setApplicationName("stretchtimer")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.stretchtimer.StretchTimer")
    app.setWindowIcon(app_icon(places.assets_dir))

    loaded = load_settings(places.settings_file)
    settings = loaded.settings
    notices = [loaded.notice] if loaded.notice else []
    language = choose_language(str(settings.get("language")), os.environ)
    install_translator(app, language)
    QLocale.setDefault(locale_for(language))  # times and weekdays as the person's locale writes them
    library = library.localized(language)
    if start is not None and start.routine is not None:
        start = catalog.load_entry(start.file, library, start.builtin)

    told_unsaved: list[bool] = []
    # Saves keep what `stretchtimer remind ...` or a hand edit changed in the file meanwhile.
    shared = SharedSettings(places.settings_file, settings)
    services: list[ReminderService] = []  # the reminder service, once made

    def save() -> None:
        if not loaded.writable:
            return
        try:
            taken, notice = shared.save(settings)
            if notice:
                window.message_bar.say(notice)
            if "schedule.reminders" in taken and services:
                services[0].reload()
        except OSError as exc:
            if not told_unsaved:  # said once, not at every change
                told_unsaved.append(True)
                window.message_bar.say(translate("App", "Settings could not be saved to %1: %2.")
                                       .replace("%1", str(places.settings_file))
                                       .replace("%2", exc.strerror or str(exc)))

    from stretchtimer.audio import DeferredPlayer

    def make_cue_player() -> Any:
        from stretchtimer.audio import make_player

        return make_player(places.assets_dir)

    cues = DeferredPlayer(make_cue_player)
    cues.set_volume(int(settings.get("sound.volume")))
    cues.set_muted(bool(settings.get("sound.muted")))

    def on_cue(event: object) -> None:
        assert isinstance(event, CueDue)
        cues.set_muted(bool(settings.get("sound.muted")))
        cues.play(event.cue.kind, due=event.at, count=event.cue.count)
        if not cues.available and window.sound_available:
            # Said in the player's own words, not the sound system's: its reason stays in cues.reason.
            window.set_sound_available(False)

    def entries() -> list[Entry]:
        return catalog.builtin_entries(places.builtin_dir, library) + catalog.user_entries(
            places.routines_dir, library)

    driver = SessionDriver()
    window = MainWindow(library, entries, settings, driver, places.assets_dir, language,
                        on_cue=on_cue, on_settings_changed=save,
                        records=lambda: recording.records(200))
    recording = Recording(window, places.history_file)
    voice = spoken_coaching(settings, library, language, places.assets_dir, driver)
    voice.unavailable.connect(window.message_bar.say)
    window.restore_geometry()
    for notice in notices:
        window.message_bar.say(notice)

    # Reminders and the tray.
    reminders = ReminderService(settings, done_on=recording.done_on, on_checked=save)
    services.append(reminders)
    set_start_at_login(places.config_dir.parent, bool(settings.get("schedule.start_at_login")))
    tray_icon = Tray(app.windowIcon())
    has_tray = Tray.available()
    if has_tray:
        tray_icon.set_entries(entries(), language)
        # Routines saved since start appear too: the menu is rebuilt each time it opens.
        tray_icon.menu.aboutToShow.connect(lambda: tray_icon.set_entries(entries(), language))
        tray_icon.show()
        app.setQuitOnLastWindowClosed(False)
    elif reminders.any_enabled() or tray:
        window.message_bar.say(no_tray_message())

    notifier: Any = None  # a DesktopNotifier, opened at the first reminder
    notified: dict[int, Entry | None] = {}

    def on_action(ident: int, key: str) -> None:
        if ident not in notified:
            return
        if key in ("start", "default") and notified[ident] is not None:
            start_from_tray(notified[ident])
        elif key == "snooze":
            reminders.snooze()

    def remind(fire: object) -> None:
        nonlocal notifier
        assert isinstance(fire, schedule.Fire)
        if driver.is_active():
            return  # already stretching: no need to be reminded
        found = catalog.find(entries(), fire.reminder.routine, names=("fr",))
        text = translate("App", "Time for your %1.").replace("%1", fire.reminder.routine)
        if notifier is None:  # opened on first use: start-up stays free of D-Bus round trips
            from stretchtimer.ui.notify import DesktopNotifier

            notifier = DesktopNotifier()
            notifier.action_invoked.connect(on_action)
        ident = notifier.notify("Stretch Timer", text, [("default", "Start"), ("start", "Start"),
                                                        ("snooze", "Snooze")],
                                icon="io.github.stretchtimer.StretchTimer")
        if ident is not None:
            notified[ident] = found
            if tray_icon.snooze_action is not None:
                tray_icon.snooze_action.setEnabled(True)
        elif has_tray:
            tray_icon.remind("Stretch Timer", text + " " + translate("App", "Click to start."), found)
        else:
            window.bring_to_front()
            window.message_bar.say(text)

    # Desk breaks: suggested after a long spell at the computer (off until turned on).
    from stretchtimer.desk_status import status_path
    from stretchtimer.ui.desk_breaks import DeskBreakService

    def desk_entry() -> Entry | None:
        return (catalog.find(entries(), str(settings.get("desk.routine")), names=("fr",))
                or catalog.find(entries(), "Desk break"))

    def start_desk_break() -> None:
        entry = desk_entry()
        if entry is not None:
            start_from_tray(entry)

    def desk_fallback(title: str, text: str) -> None:
        if has_tray:
            tray_icon.remind(title, text, desk_entry())
        else:
            window.bring_to_front()
            window.message_bar.say(text)

    desk = DeskBreakService(settings, status_path(places), history=lambda: recording.recorder.open(),
                            routine_running=driver.is_active, fallback=desk_fallback, parent=window)
    desk.start_requested.connect(lambda: start_desk_break())
    driver.finished.connect(lambda _completed: desk.routine_done())

    def hidden_to_tray() -> None:
        if not settings.get("schedule.told_tray"):
            settings.set("schedule.told_tray", True)
            save()
            tray_icon.icon.showMessage("Stretch Timer", translate(
                "App", "Stretch Timer stays in the tray for your reminders. Quit from its menu."))

    def open_window() -> None:
        window.refresh_home()
        window.bring_to_front()

    def start_from_tray(entry: object) -> None:
        assert isinstance(entry, Entry)
        window.bring_to_front()
        window.start_entry(entry)

    def handle(request: dict) -> None:  # type: ignore[type-arg]
        from stretchtimer.handover import requested_file

        action = request.get("action")
        file = requested_file(request) if action == "run" else None  # never a FIFO or device
        if file is not None:
            entry = catalog.load_entry(file, library, builtin=False)
            found = catalog.find(entries(), entry.routine.name) if entry.routine else None
            start_from_tray(found or entry)
        elif action == "edit":
            open_window()
            chosen = requested_file(request)
            edit_entry(catalog.load_entry(chosen, library, builtin=False) if chosen else None)
        elif action in ("show", "run"):
            open_window()
        elif action == "reload-reminders":
            if shared.take_from_disk(settings):
                reminders.reload()

    def open_schedule() -> None:
        from stretchtimer.ui.schedule_dialog import ScheduleDialog

        names = [e.routine.name for e in entries() if e.routine is not None]
        shown = {e.routine.name: e.routine.display_name(language) for e in entries() if e.routine}
        dialog = ScheduleDialog(reminders.reminders, names,
                                bool(settings.get("schedule.start_at_login")), window, shown)
        dialog.exported.connect(lambda path: window.message_bar.say(translate(
            "App", "Reminders exported to %1: open it with your calendar app.").replace("%1", str(path))))
        if dialog.exec() != ScheduleDialog.DialogCode.Accepted:
            return
        settings.set("schedule.reminders", [r.to_dict() for r in dialog.reminders])
        settings.set("schedule.start_at_login", dialog.start_at_login)
        save()
        reminders.reload()
        try:
            set_start_at_login(places.config_dir.parent, dialog.start_at_login)
        except OSError as exc:
            window.message_bar.say(translate("App", "Could not change the start-at-login entry: %1")
                                   .replace("%1", exc.strerror or str(exc)))
        if reminders.any_enabled() and not has_tray:
            window.message_bar.say(no_tray_message())

    window.home.reminders_requested.connect(open_schedule)

    editing = Editing(window, library, places, entries, language)
    editing.settings_changed.connect(lambda: (save(), reminders.reload()))

    def open_settings() -> None:
        from stretchtimer.ui.settings_dialog import SettingsDialog

        names = [(e.routine.name, e.routine.display_name(language)) for e in entries()
                 if e.routine is not None]
        languages = [("", translate("App", "As the system")), ("en", "English"), ("fr", "Français")]
        dialog = SettingsDialog(settings, {"language": languages, "home.first_routine": names,
                                           "desk.routine": names}, window)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.values()
        before = {name: settings.get(name) for name in chosen}
        for name, value in chosen.items():
            settings.set(name, value)
        save()
        window.settings_changed_elsewhere()
        cues.set_volume(int(settings.get("sound.volume")))
        cues.set_muted(bool(settings.get("sound.muted")))
        voice.apply_settings()
        window.refresh_home()
        reminders.reload()
        desk.reload()
        if chosen["schedule.start_at_login"] != before["schedule.start_at_login"]:
            try:
                set_start_at_login(places.config_dir.parent, bool(chosen["schedule.start_at_login"]))
            except OSError as exc:
                window.message_bar.say(translate("App", "Could not change the start-at-login entry: %1")
                                       .replace("%1", exc.strerror or str(exc)))
        if chosen["language"] != before["language"]:
            window.message_bar.say(translate("App", "The new language is used from the next start."))

    def edit_entry(entry: Entry | None) -> None:
        """The editor on ``entry`` as the home screen lists it (a built-in one as a copy), or a new one."""
        if entry is not None:  # the listed entry knows whether it is built in
            entry = next((e for e in entries() if e.file.resolve() == entry.file.resolve()), entry)
        editing.open_editor(entry if entry is None or entry.routine is not None else None)

    window.home.edit_requested.connect(editing.open_editor)
    window.home.new_requested.connect(lambda: editing.open_editor(None))
    window.home.settings_requested.connect(open_settings)
    tray_icon.reminders_requested.connect(lambda: (window.bring_to_front(), open_schedule()))
    reminders.fired.connect(remind)
    reminders.armed.connect(lambda _when: tray_icon.show_next(*reminders.sounding()))
    reminders.armed.connect(lambda _when: window.home.show_next_reminder(reminders.sounding()[0]))
    watches: list[Any] = []

    def start_services() -> None:
        """What the first screen does not need waits until it is shown: the single-instance
        server, the history, the sound files, the clock watch and the reminders."""
        from stretchtimer.ui.folder_watch import FolderWatch
        from stretchtimer.ui.instance import Instance
        from stretchtimer.ui.wakeups import ClockWatch

        single = Instance(parent=window)
        single.listen()
        single.requested.connect(handle)
        recording.recorder.open()
        cues.prepare()
        if not cues.available:
            window.set_sound_available(False)
        else:
            from stretchtimer.ui.sound_check import SoundCheck

            check = SoundCheck(parent=window)
            check.checked.connect(window.set_sound_available)
            check.start()
        voice.apply_settings()  # with voice on, the speech service is looked for now, not at the first phase
        # Routine files changed by other programs show up at once, fixed files included.
        folder = FolderWatch(places.routines_dir, parent=window)
        folder.changed.connect(window.refresh_home)
        reminders.start()
        clock_watch = ClockWatch()  # after sleep or a clock change, look again and re-arm
        clock_watch.jumped.connect(lambda _reason: reminders.check())
        clock_watch.jumped.connect(lambda _reason: desk.look())
        desk.start()
        watches.append(clock_watch)

    tray_icon.start_requested.connect(start_from_tray)
    tray_icon.open_requested.connect(open_window)
    tray_icon.snooze_requested.connect(reminders.snooze)
    tray_icon.pause_requested.connect(reminders.pause_today)
    tray_icon.quit_requested.connect(window.quit_app)
    window.keep_in_tray = lambda: has_tray and (reminders.any_enabled() or bool(settings.get("desk.enabled")))
    window.hidden_to_tray = hidden_to_tray

    if not (tray and has_tray) or start is not None:
        window.first_painted.connect(start_services)  # once the window is on the screen
        window.show()
    else:
        QTimer.singleShot(0, start_services)
    if start is not None:
        window.start_entry(start)
    if edit is not None:
        QTimer.singleShot(0, lambda: edit_entry(edited))
    try:
        return app.exec()
    finally:
        cues.close()
        voice.close()
        desk.close()
        if notifier is not None:
            notifier.close()
        for watch in watches:
            watch.close()
        recording.close()


__all__ = ["run_app", "RoutineError"]
