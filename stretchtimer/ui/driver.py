"""Wakes the session exactly at its next boundary with one re-armed single-shot timer."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchtimer.core import session as core
from stretchtimer.core.timeline import Timeline


def suspended_seconds() -> Callable[[], float] | None:
    """Seconds the machine has spent suspended since boot (Linux), or None where unknown.

    CLOCK_BOOTTIME goes on during suspend and CLOCK_MONOTONIC (time.monotonic) does not,
    so their difference grows only while the machine sleeps.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None or not sys.platform.startswith("linux"):
        return None
    try:
        time.clock_gettime(boottime)
    except OSError:
        return None

    def suspended() -> float:
        return time.clock_gettime(boottime) - time.clock_gettime(time.CLOCK_MONOTONIC)

    return suspended


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
                 parent: QObject | None = None,
                 suspended: Callable[[], float] | None = None) -> None:
        """``suspended``: seconds spent suspended so far; by default the system's own when
        ``clock`` is the system's monotonic clock (a clock of one's own has no such source)."""
        super().__init__(parent)
        self._clock = clock
        if suspended is None and clock is time.monotonic:
            suspended = suspended_seconds()
        self._suspended = suspended
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
        self.session = core.Session(timeline, self._clock, self._suspended)
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

    def adjust(self, seconds: int) -> None:
        """Add seconds to the current phase (or take them, when negative)."""
        session = self.session
        if session is not None:
            self._act(lambda: session.adjust(seconds))

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
