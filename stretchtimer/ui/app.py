"""The composition root: builds the services from the platform's factories, wires them, runs Qt.

Each job lives in its own module (see the README's development notes); this one only connects.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stretchtimer import APP_NAME, __version__
from stretchtimer.core import catalog
from stretchtimer.core.catalog import Entry
from stretchtimer.core.errors import UserFileError
from stretchtimer.core.language import choose_language
from stretchtimer.core.loader import load_library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings, load_settings
from stretchtimer.handover import launch_request
from stretchtimer.localtext import Words, locale_for
from stretchtimer.platform import factories
from stretchtimer.platform.factories import Platform
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_keeper import SettingsKeeper

if TYPE_CHECKING:
    from stretchtimer.core.history import Record
    from stretchtimer.ui.wiring import Services


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


def already_running(places: Places) -> None:
    chosen = load_settings(places.settings_file).settings.get("language")
    words = Words(choose_language(str(chosen), os.environ))
    print(words.translate("App", "Stretch Timer is already running; it has taken the request."))


def show_window(window: MainWindow, start_late: Callable[[], None], hidden: bool) -> None:
    """Show the window (unless starting in the tray); the late services start once it is painted."""
    if hidden:
        QTimer.singleShot(0, start_late)
    else:
        window.first_painted.connect(start_late)  # once the window is on the screen
        window.show()


class Later:
    """The window's way to the services built after its first paint (see ui/wiring.py)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.services: Services | None = None

    def on_cue(self, event: object) -> None:
        if self.services is not None:
            self.services.sound.on_cue(event)

    def records(self) -> list[Record]:
        return self.services.history.records(200) if self.services is not None else []

    def keep_in_tray(self) -> bool:
        services = self.services
        return services is not None and services.tray.available and (
            services.reminders.any_enabled() or bool(self.settings.get("desk.enabled")))

    def may_quit(self) -> bool:
        return self.services is None or self.services.editing.may_quit()

    def close(self) -> None:
        if self.services is not None:
            self.services.close()


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
    keeper = SettingsKeeper(loaded, places.settings_file)
    language = speak(app, str(loaded.settings.get("language")))
    library = library.localized(language)
    start = catalog.load_entry(start.file, library, start.builtin) if start else None
    later = Later(loaded.settings)
    window = MainWindow(library, lambda: catalog.all_entries(places, library), loaded.settings,
                        SessionDriver(clock=platform.clock), places.assets_dir, language,
                        on_cue=later.on_cue, records=later.records, keep_in_tray=later.keep_in_tray,
                        may_quit=later.may_quit)
    window.restore_geometry()
    if loaded.notice:
        window.message_bar.say(loaded.notice)

    def build_the_rest() -> Services:
        from stretchtimer.ui.wiring import wire  # only now: the home screen does not need it

        later.services = wire(app, platform, places, window, keeper, library, language, tray)
        return later.services

    if start is None and edit is None and not tray:  # the usual launch: the home screen first
        show_window(window, lambda: build_the_rest().late.start(), hidden=False)
    else:
        services = build_the_rest()
        show_window(window, services.late.start, hidden=tray and services.tray.available and start is None)
        if start is not None:
            window.start_entry(start)
        if edit is not None:
            QTimer.singleShot(0, lambda: services.editing.edit_listed(edited))
    try:
        return app.exec()
    finally:
        later.close()


__all__ = ["UserFileError", "run_app"]
