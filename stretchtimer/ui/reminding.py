"""What happens when a reminder fires: a notification with Start and Snooze, else a tray
balloon, else the window itself; nothing while a routine already runs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from stretchtimer.core import catalog, schedule
from stretchtimer.core.catalog import Entry
from stretchtimer.core.language import TRANSLATED
from stretchtimer.platform.services import Notifier, TrayHost
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.tray import ReminderService

translate = QCoreApplication.translate
TITLE = "Stretch Timer"
ICON = "io.github.stretchtimer.StretchTimer"


class Reminding(QObject):
    """Tells the person of each reminder the best way this desktop offers, and acts on the answer."""

    def __init__(self, reminders: ReminderService, entries: Callable[[], Sequence[Entry]],
                 window: MainWindow, tray: TrayHost,
                 make_notifier: Callable[[Callable[[int, str], None]], Notifier],
                 start: Callable[[Entry], None]) -> None:
        super().__init__(window)
        self._reminders = reminders
        self._entries = entries
        self._window = window
        self._tray = tray
        self._make_notifier = make_notifier
        self._start = start
        self._notifier: Notifier | None = None  # opened at the first reminder
        self._notified: dict[int, Entry | None] = {}
        reminders.fired.connect(self.remind)

    def remind(self, fire: object) -> None:
        assert isinstance(fire, schedule.Fire)
        if self._window.driver.is_active():
            return  # already stretching: no need to be reminded
        found = catalog.find(self._entries(), fire.reminder.routine, names=TRANSLATED)
        text = translate("App", "Time for your %1.").replace("%1", fire.reminder.routine)
        if self._notifier is None:  # opened on first use: start-up stays free of D-Bus round trips
            self._notifier = self._make_notifier(self._on_action)
        start, snooze = translate("App", "Start"), translate("App", "Snooze")
        ident = self._notifier.notify(TITLE, text, [("default", start), ("start", start),
                                                    ("snooze", snooze)], icon=ICON)
        if ident is not None:
            self._notified[ident] = found
            self._tray.offer_snooze()
        else:
            self.fallback(TITLE, text, (lambda: self._start(found)) if found is not None else None)

    def fallback(self, title: str, text: str, clicked: Callable[[], None] | None) -> None:
        """No notification: a balloon from the tray (a click on it calls ``clicked``), else the
        window comes forward and says it."""
        if self._tray.available:
            if clicked is not None:
                text += " " + translate("App", "Click to start.")
            self._tray.remind(title, text, clicked)
        else:
            self._window.bring_to_front()
            self._window.message_bar.say(text)

    def _on_action(self, ident: int, key: str) -> None:
        if ident not in self._notified:
            return
        entry = self._notified[ident]
        if key in ("start", "default") and entry is not None:
            self._start(entry)
        elif key == "snooze":
            self._reminders.snooze()

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.close()
