"""Saves the settings as they change, keeping what other programs wrote to the file meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from stretchtimer.autostart import set_start_at_login
from stretchtimer.core.settings import Loaded, Settings
from stretchtimer.core.shared_settings import SharedSettings

translate = QCoreApplication.translate


class SettingsKeeper(QObject):
    """The one place the running app writes ``settings.yaml``; troubles arrive as ``notice``."""

    notice = Signal(str)  # for the message bar

    def __init__(self, loaded: Loaded, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings: Settings = loaded.settings
        self.path = path
        self._writable = loaded.writable
        # Saves keep what `stretchtimer remind ...` or a hand edit changed in the file meanwhile.
        self._shared = SharedSettings(path, self.settings)
        self._told_unsaved = False
        self.settings.subscribe("", lambda _changes: self.save())  # every change is saved, whoever made it

    def save(self) -> None:
        if not self._writable:
            return
        try:
            _taken, notice = self._shared.save(self.settings)  # what is taken is told to subscribers
        except OSError as exc:
            if not self._told_unsaved:  # said once, not at every change
                self._told_unsaved = True
                self.notice.emit(translate("App", "Settings could not be saved to %1: %2.")
                                 .replace("%1", str(self.path)).replace("%2", exc.strerror or str(exc)))
            return
        if notice:
            self.notice.emit(notice)

    def take_from_disk(self) -> None:
        """Read what `stretchtimer remind ...` wrote; the reminders follow the setting."""
        self._shared.take_from_disk(self.settings)

    def start_at_login(self, config_home: Path) -> None:
        """Make or remove the autostart entry as the setting says; a failure is said, not raised."""
        try:
            set_start_at_login(config_home, bool(self.settings.get("schedule.start_at_login")))
        except OSError as exc:
            self.notice.emit(translate("App", "Could not change the start-at-login entry: %1")
                             .replace("%1", exc.strerror or str(exc)))
