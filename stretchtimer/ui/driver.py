"""Wakes the session exactly at its next boundary with one re-armed single-shot timer."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchtimer.core import session as core
from stretchtimer.core.timeline import Timeline


class SessionDriver(QObject):
    """Adapts the core session's events to Qt signals. Nothing ticks unless a routine runs."""

    phase_started = Signal(object)  # core.PhaseStarted
    second_elapsed = Signal(object)  # core.SecondElapsed
    cue_due = Signal(object)  # core.CueDue
    paused = Signal(bool)  # True when a suspend paused it
    resumed = Signal()
    finished = Signal(bool)  # completed (True) or abandoned (False)
    changed = Signal()  # after any batch of events: views refresh

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.session: core.Session | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)

    @property
    def clock(self) -> Callable[[], float]:
        return self._clock

    def is_active(self) -> bool:
        """A routine is under way (running or paused)."""
        return self.session is not None and self.session.state in (
            core.State.RUNNING, core.State.PAUSED)

    def is_armed(self) -> bool:
        return self._timer.isActive()

    def start(self, timeline: Timeline) -> None:
        self.session = core.Session(timeline, self._clock)
        self._dispatch(self.session.start())

    def _act(self, move: Callable[[], list[core.Event]]) -> None:
        if self.session is None:
            return
        try:
            events = move()
        except core.InvalidMove:
            return  # e.g. "skip" after the routine ended: nothing to do
        self._dispatch(events)

    def toggle(self) -> None:
        if self.session is not None:
            self._act(self.session.toggle)

    def skip(self) -> None:
        if self.session is not None:
            self._act(self.session.skip)

    def back(self) -> None:
        if self.session is not None:
            self._act(self.session.back)

    def restart(self) -> None:
        if self.session is not None:
            self._act(self.session.restart)

    def abandon(self) -> None:
        if self.session is not None and self.is_active():
            self._act(self.session.abandon)

    def wake(self) -> None:
        """Process whatever is due now (the timer calls this; tests may too)."""
        if self.session is not None:
            self._dispatch(self.session.update())

    def _dispatch(self, events: list[core.Event]) -> None:
        for event in events:
            if isinstance(event, core.PhaseStarted):
                self.phase_started.emit(event)
            elif isinstance(event, core.SecondElapsed):
                self.second_elapsed.emit(event)
            elif isinstance(event, core.CueDue):
                self.cue_due.emit(event)
            elif isinstance(event, core.Paused):
                self.paused.emit(event.suspended)
            elif isinstance(event, core.Resumed):
                self.resumed.emit()
            elif isinstance(event, core.Finished):
                self.finished.emit(event.completed)
        self._arm()
        self.changed.emit()

    def _arm(self) -> None:
        wake = self.session.next_wakeup() if self.session is not None else None
        if wake is None:
            self._timer.stop()
            return
        delay_ms = max(0, math.ceil((wake - self._clock()) * 1000))
        self._timer.start(delay_ms)
