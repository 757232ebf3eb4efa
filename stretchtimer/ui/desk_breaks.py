"""Desk breaks in the running app: one single-shot timer to the next look at the desktop's
idle time, a notification with Start, Snooze and Skip, and the status file for the CLI.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchtimer.core.deskbreaks import DeskBreaks, Hold, Rules, Status
from stretchtimer.core.settings import Settings
from stretchtimer.platform.services import MakeNotifier, Notifier, NullNotifier

if TYPE_CHECKING:  # loaded when desk breaks are first turned on, not at start-up
    from stretchtimer.core.history import History
    from stretchtimer.platform.idle import IdleSource
    from stretchtimer.platform.inhibit import Inhibitors

ANSWERS = ("started", "snoozed", "skipped")
MINUTE_ENV = "STRETCHTIMER_DESK_MINUTE"  # seconds in a desk-break minute: end-to-end tests shorten it


def local_now() -> datetime:
    return datetime.now().astimezone()


def minute_length(environ: dict[str, str] | os._Environ[str] | None = None) -> float:
    env = os.environ if environ is None else environ
    try:
        return max(0.1, float(env.get(MINUTE_ENV, "60")))
    except ValueError:
        return 60.0


class DeskBreakService(QObject):
    """Looks at the desktop only when the rules ask; emits ``start_requested`` on Start."""

    start_requested = Signal()
    checked = Signal(object)  # core.deskbreaks.Status after each look

    def __init__(self, settings: Settings, status_file: Path,
                 history: Callable[[], History | None] = lambda: None,
                 routine_running: Callable[[], bool] = lambda: False,
                 fallback: Callable[[str, str, Callable[[], None]], None] = lambda title, text, clicked: None,
                 make_notifier: MakeNotifier = lambda on_action: NullNotifier(),
                 open_idle: Callable[[], IdleSource] | None = None,
                 open_busy: Callable[[Any], Inhibitors] | None = None,
                 monotonic: Callable[[], float] = time.monotonic, wall: Callable[[], datetime] = local_now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._status_file = status_file
        self._history = history
        self._routine_running = routine_running
        self._fallback = fallback
        self._make_notifier = make_notifier  # calls back (id, action key); made at the first break
        self._open_idle, self._open_busy = open_idle, open_busy
        self._monotonic, self._wall = monotonic, wall
        self._minute = minute_length()
        self._idle: IdleSource | None = None
        self._busy: Inhibitors | None = None
        self._rules: DeskBreaks | None = None
        self._notifier: Notifier | None = None
        self._shown: set[int] = set()
        self._answers: dict[str, int] = {}  # today's, when the history cannot be read
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)  # whole seconds are plenty
        self._timer.timeout.connect(self.look)
        self.last: Status | None = None
        self._started = False
        settings.subscribe("desk", lambda _changes: self.reload() if self._started else None)

    def enabled(self) -> bool:
        return bool(self._settings.get("desk.enabled"))

    def start(self) -> None:
        """Begin looking (the settings say whether desk breaks are on)."""
        self._started = True
        self.reload()

    def reload(self) -> None:
        """The settings changed: new rules, same activity count."""
        rules = Rules.from_settings(self._settings.get, self._minute)
        if self.enabled() and self._idle is None:
            from stretchtimer.platform.idle import open_idle_source
            from stretchtimer.platform.inhibit import open_inhibitors

            self._idle = (self._open_idle or open_idle_source)()
            self._busy = (self._open_busy or open_inhibitors)(getattr(self._idle, "display", None))
        if self._rules is None:
            self._rules = DeskBreaks(rules, self._monotonic, self._wall, self._read_idle)
        self._rules.rules = rules
        self.look()

    def _read_idle(self) -> float | None:
        return None if self._idle is None else self._idle.idle_seconds()

    @property
    def source_name(self) -> str:
        return self._idle.name if self._idle is not None else ""

    def look(self) -> None:
        """Ask the desktop and the rules; suggest a break when one is due; re-arm."""
        if self._rules is None:
            return
        busy = self._busy.busy if self._busy is not None else (lambda: "")
        status = self._rules.look(busy, self._routine_running(), self.enabled())
        self.last = status
        if status.suggest:
            self._suggest(status)
        no_source = status.hold is Hold.UNAVAILABLE and not self.source_name  # a NullIdle
        if status.hold is Hold.OFF or no_source:
            self._timer.stop()  # nothing to look at until the settings change
        else:
            self._timer.start(int(status.next_look * 1000))
        self._write(status)
        self.checked.emit(status)

    def _suggest(self, status: Status) -> None:
        minutes = round(status.active / self._minute)
        text = self.tr("You have been at the computer for %1 min. Time for a short desk break?").replace(
            "%1", str(minutes))
        actions = [("default", self.tr("Start")), ("start", self.tr("Start")),
                   ("snooze", self.tr("Snooze %1 min").replace("%1", str(self._settings.get(
                       "desk.snooze_minutes"))))]
        assert self._rules is not None
        if self._rules.rules.can_skip(self.today().get("skipped", 0)):
            actions.append(("skip", self.tr("Skip")))
        if self._notifier is None:  # opened at the first break: start-up stays free of D-Bus
            self._notifier = self._make_notifier(self._on_action)
        ident = self._notifier.notify(self.tr("Desk break"), text, actions,
                                      icon="io.github.stretchtimer.StretchTimer")
        if ident is None:
            # A click on what stands in for the notification is its Start: counted the same.
            self._fallback(self.tr("Desk break"), text, self.start_break)
        else:
            self._shown.add(ident)

    def _on_action(self, ident: int, key: str) -> None:
        if ident not in self._shown:
            return  # another notification of this app (a reminder)
        self._shown.discard(ident)
        if key in ("start", "default"):
            self.start_break()
        elif key == "snooze":
            self.snooze()
        elif key == "skip":
            self.skip()

    def start_break(self) -> None:
        if self._rules is not None:
            self._rules.routine_started()
        self._answer("started")
        self.start_requested.emit()
        self.look()  # the routine runs now: the status says so

    def snooze(self) -> None:
        if self._rules is not None:
            self._rules.snooze()
        self._answer("snoozed")
        self.look()

    def skip(self) -> None:
        if self._rules is not None:
            self._rules.skip()
        self._answer("skipped")
        self.look()

    def routine_done(self) -> None:
        """Any routine run is a break: the count starts again."""
        if self._rules is not None:
            self._rules.routine_started()
            self.look()

    def _midnight(self) -> datetime:
        return self._wall().replace(hour=0, minute=0, second=0, microsecond=0)

    def _answer(self, answer: str) -> None:
        day = self._midnight().date().isoformat()
        self._answers[f"{day}:{answer}"] = self._answers.get(f"{day}:{answer}", 0) + 1
        history = self._history()
        if history is None:
            return
        import sqlite3  # the history is open by now, and sqlite3 with it

        # Only a count: the history's own trouble is reported where routines are saved.
        with contextlib.suppress(sqlite3.Error):
            history.add_desk_answer(self._wall(), answer)

    def today(self) -> dict[str, int]:
        """Today's answers: from the history, or counted here when it cannot be read."""
        history = self._history()
        if history is not None:
            import sqlite3

            try:
                return history.desk_answers(self._midnight())
            except sqlite3.Error:
                pass
        day = self._midnight().date().isoformat()
        return {a: self._answers.get(f"{day}:{a}", 0) for a in ANSWERS}

    def _write(self, status: Status) -> None:
        answers = self.today()
        assert self._rules is not None
        data = {"written_at": self._wall().isoformat(timespec="seconds"), "source": self.source_name,
                "active_minutes": round(status.active / self._minute),
                "hold": status.hold.value if status.hold else "",
                "detail": status.detail, "hours": list(self._rules.rules.hours),
                "due_at": status.due_at.isoformat(timespec="seconds") if status.due_at else None,
                "work_minutes": self._settings.get("desk.work_minutes"),
                **{f"{a}_today": answers.get(a, 0) for a in ANSWERS}}
        from stretchtimer.desk_status import write_status  # json and the file: not needed to start

        # The status is for `desk-breaks status` only; the breaks go on without it.
        with contextlib.suppress(OSError):
            write_status(self._status_file, data)

    def close(self) -> None:
        self._timer.stop()
        for service in (self._idle, self._busy, self._notifier):
            if service is not None:
                service.close()
        self._idle = self._busy = self._notifier = None
        with contextlib.suppress(OSError):
            self._status_file.unlink()
