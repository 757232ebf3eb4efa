"""Opens the settings dialog and applies what the person chose."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from stretchtimer.core.catalog import Entry
from stretchtimer.core.language import LANGUAGES
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_keeper import SettingsKeeper

translate = QCoreApplication.translate


class SettingsOpener(QObject):
    """The home view's "Settings"; the window and the services follow the settings they use."""

    def __init__(self, window: MainWindow, keeper: SettingsKeeper, entries: Callable[[], Sequence[Entry]],
                 language: str, config_home: Path) -> None:
        super().__init__(window)
        self._window = window
        self._keeper = keeper
        self._entries = entries
        self._language = language
        self._config_home = config_home

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        """The lists some settings choose from: languages, and the routines by their shown name."""
        names = [(e.routine.name, e.routine.display_name(self._language)) for e in self._entries()
                 if e.routine is not None]
        languages = [("", translate("App", "As the system")), *LANGUAGES]
        return {"language": languages, "home.first_routine": names, "desk.routine": names}

    def open(self) -> None:
        from stretchtimer.ui.settings_dialog import SettingsDialog

        settings = self._keeper.settings
        dialog = SettingsDialog(settings, self.choices(), self._window)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.values()
        before = {name: settings.get(name) for name in chosen}
        settings.update(chosen)  # saved; the window, sound, voice, reminders and desk breaks follow it
        if chosen["schedule.start_at_login"] != before["schedule.start_at_login"]:
            self._keeper.start_at_login(self._config_home)
        if chosen["language"] != before["language"]:
            self._window.message_bar.say(translate("App", "The new language is used from the next start."))
