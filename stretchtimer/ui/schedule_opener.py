"""Opens the reminders dialog and applies what the person chose."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from stretchtimer.core.catalog import Entry
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_keeper import SettingsKeeper
from stretchtimer.ui.tray import ReminderService

translate = QCoreApplication.translate


def no_tray_message() -> str:
    return translate("App", "There is no system tray here: "
                            "reminders only work while this window is open.")


class ScheduleOpener:
    """The home view's and the tray's "Reminders…"."""

    def __init__(self, window: MainWindow, keeper: SettingsKeeper, reminders: ReminderService,
                 entries: Callable[[], Sequence[Entry]], has_tray: bool, config_home: Path,
                 language: str) -> None:
        self._window = window
        self._keeper = keeper
        self._reminders = reminders
        self._entries = entries
        self._has_tray = has_tray
        self._config_home = config_home
        self._language = language

    def open(self) -> None:
        from stretchtimer.ui.schedule_dialog import ScheduleDialog

        settings, say = self._keeper.settings, self._window.message_bar.say
        names = [e.routine.name for e in self._entries() if e.routine is not None]
        shown = {e.routine.name: e.routine.display_name(self._language) for e in self._entries() if e.routine}
        dialog = ScheduleDialog(self._reminders.reminders, names,
                                bool(settings.get("schedule.start_at_login")), self._window, shown)
        dialog.exported.connect(lambda path: say(translate(
            "App", "Reminders exported to %1: open it with your calendar app.").replace("%1", str(path))))
        if dialog.exec() != ScheduleDialog.DialogCode.Accepted:
            return
        # Saved; the reminders follow the setting.
        settings.update({"schedule.reminders": [r.to_dict() for r in dialog.reminders],
                         "schedule.start_at_login": dialog.start_at_login})
        self._keeper.start_at_login(self._config_home)
        if self._reminders.any_enabled() and not self._has_tray:
            say(no_tray_message())

    def open_in_front(self) -> None:
        """From the tray: the window comes forward first, as the dialog's parent."""
        self._window.bring_to_front()
        self.open()
