"""The session: a cursor on a timeline, driven by an injected monotonic clock.

Deadlines chain from the previous deadline, never from the moment a wake-up
happened, so lateness in waking never accumulates. The owner calls ``update()``
at ``next_wakeup()`` (or whenever it likes) and passes the returned events on.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from stretchtimer.core.timeline import Cue, Phase, Segment, Timeline

Clock = Callable[[], float]
SUSPEND_GAP = 2.0  # seconds between wake-ups that can only mean the machine slept
BACK_RESTARTS_AFTER = 2.0  # "back" later than this into a phase restarts the phase


class State(str, Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Action(str, Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    BACK = "back"
    RESTART = "restart"
    ABANDON = "abandon"
    FINISH = "finish"


# The whole state machine; any move not listed raises InvalidMove.
TRANSITIONS: dict[tuple[State, Action], State] = {
    (State.READY, Action.START): State.RUNNING,
    (State.RUNNING, Action.PAUSE): State.PAUSED,
    (State.PAUSED, Action.RESUME): State.RUNNING,
    (State.RUNNING, Action.SKIP): State.RUNNING,
    (State.PAUSED, Action.SKIP): State.PAUSED,
    (State.RUNNING, Action.BACK): State.RUNNING,
    (State.PAUSED, Action.BACK): State.PAUSED,
    (State.RUNNING, Action.RESTART): State.RUNNING,
    (State.PAUSED, Action.RESTART): State.RUNNING,
    (State.FINISHED, Action.RESTART): State.RUNNING,
    (State.RUNNING, Action.ABANDON): State.FINISHED,
    (State.PAUSED, Action.ABANDON): State.FINISHED,
    (State.RUNNING, Action.FINISH): State.FINISHED,
    (State.PAUSED, Action.FINISH): State.FINISHED,
}


class InvalidMove(RuntimeError):
    """An action that the session's current state does not allow."""


@dataclass(frozen=True)
class PhaseStarted:
    segment: Segment
    at: float  # the scheduled (chained) start time on the monotonic clock


@dataclass(frozen=True)
class SecondElapsed:
    segment: Segment
    remaining: int  # whole seconds shown for the phase


@dataclass(frozen=True)
class CueDue:
    cue: Cue
    segment: Segment
    at: float  # when the cue is due, on the monotonic clock


@dataclass(frozen=True)
class Paused:
    suspended: bool  # True when a gap in wake-ups (sleep) paused the session


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class Finished:
    completed: bool  # False when abandoned
    at: float


Event = PhaseStarted | SecondElapsed | CueDue | Paused | Resumed | Finished


def shown_seconds(remaining: float) -> int:
    """The whole seconds a countdown shows: 2.4 s left reads "3", 2.0 reads "2"."""
    return max(0, math.ceil(remaining - 1e-6))


class Session:
    """Runs a timeline. Every method that changes the session returns its events."""

    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        self.timeline = timeline
        self._clock = clock
        self.state = State.READY
        self.index = 0
        self._start = 0.0  # monotonic time the current segment began (shifted by pauses)
        self._paused_at = 0.0
        self._next_cue = 0
        self._shown = -1
        self._last_wake: float | None = None
        self.completed = False
        self.started_at: float | None = None
        self.finished_at: float | None = None

    # --- queries --------------------------------------------------------------
    @property
    def segment(self) -> Segment:
        return self.timeline[self.index]

    @property
    def deadline(self) -> float:
        return self._start + self.segment.duration

    def _now(self) -> float:
        return self._paused_at if self.state is State.PAUSED else self._clock()

    def elapsed(self) -> float:
        """Seconds into the current phase."""
        if self.state is State.READY:
            return 0.0
        if self.state is State.FINISHED:
            return float(self.segment.duration)
        return min(self.segment.duration, max(0.0, self._now() - self._start))

    def remaining(self) -> float:
        """Seconds left in the current phase: deadline minus now, never counted by ticks."""
        return self.segment.duration - self.elapsed()

    def total_remaining(self) -> float:
        return self.timeline.total - self.segment.start - self.elapsed()

    def done_seconds(self) -> float:
        return self.segment.start + self.elapsed()

    def wall_seconds(self) -> float:
        """Seconds from start to the end (or to now), pauses included."""
        if self.started_at is None:
            return 0.0
        end = self.finished_at if self.finished_at is not None else self._clock()
        return max(0.0, end - self.started_at)

    def next_wakeup(self) -> float | None:
        """When the next cue, shown second or phase boundary is due; None unless running."""
        if self.state is not State.RUNNING:
            return None
        now = self._clock()
        deadline = self.deadline
        wake = deadline - math.floor(max(0.0, deadline - now) - 1e-6)
        wake = min(wake, deadline)
        cues = self.segment.cues
        if self._next_cue < len(cues):
            wake = min(wake, self._start + cues[self._next_cue].offset)
        return wake

    # --- moves ---------------------------------------------------------------
    def _move(self, action: Action) -> State:
        target = TRANSITIONS.get((self.state, action))
        if target is None:
            raise InvalidMove(f"cannot {action.value} a session that is {self.state.value}")
        return target

    def _enter(self, index: int, start: float) -> list[Event]:
        self.index = index
        self._start = start
        self._next_cue = 0
        self._shown = -1
        return [PhaseStarted(self.segment, start)]

    def start(self) -> list[Event]:
        self.state = self._move(Action.START)
        now = self._clock()
        self.started_at = now
        self._last_wake = now
        return self._enter(0, now) + self._advance(now)

    def pause(self) -> list[Event]:
        self.state = self._move(Action.PAUSE)
        self._paused_at = self._clock()
        return [Paused(suspended=False)]

    def resume(self) -> list[Event]:
        self.state = self._move(Action.RESUME)
        now = self._clock()
        self._start += now - self._paused_at
        self._last_wake = now
        return [Resumed(), *self._advance(now)]

    def toggle(self) -> list[Event]:
        """Pause a running session, resume a paused one, start a ready one."""
        if self.state is State.RUNNING:
            return self.pause()
        if self.state is State.PAUSED:
            return self.resume()
        return self.start()

    def _jump(self, index: int) -> list[Event]:
        now = self._clock()
        if self.state is State.PAUSED:
            self._paused_at = now
        events = self._enter(index, now)
        if self.segment.phase is Phase.DONE:
            return events + self._finish(now)
        return events + (self._advance(now) if self.state is State.RUNNING else [])

    def skip(self) -> list[Event]:
        """On to the next phase, from now."""
        self.state = self._move(Action.SKIP)
        return self._jump(self.index + 1)

    def back(self) -> list[Event]:
        """Back to the start of this phase, or to the previous one when just begun."""
        self.state = self._move(Action.BACK)
        if self.elapsed() > BACK_RESTARTS_AFTER or self.index == 0:
            return self._jump(self.index)
        return self._jump(self.index - 1)

    def restart(self) -> list[Event]:
        self.state = self._move(Action.RESTART)
        self.completed = False
        now = self._clock()
        self.started_at = now
        self._last_wake = now
        return self._enter(0, now) + self._advance(now)

    def abandon(self) -> list[Event]:
        self.state = self._move(Action.ABANDON)
        self._paused_at = self.finished_at = self._clock()
        return [Finished(completed=False, at=self._paused_at)]

    def _finish(self, at: float) -> list[Event]:
        self.state = self._move(Action.FINISH)
        self.completed = True
        self._paused_at = self.finished_at = at
        cues = [CueDue(cue, self.segment, at) for cue in self.segment.cues]
        return [*cues, Finished(completed=True, at=at)]

    # --- time passing ----------------------------------------------------------
    def update(self) -> list[Event]:
        """Everything that became due since the last call. A long gap pauses instead."""
        if self.state is not State.RUNNING:
            return []
        now = self._clock()
        last = self._last_wake if self._last_wake is not None else now
        self._last_wake = now
        if now - last > SUSPEND_GAP:
            # The machine slept: play out only what was due by the last wake-up,
            # then hold the session there.
            events = self._advance(last)
            if self.state is State.RUNNING:
                self.state = self._move(Action.PAUSE)
                self._paused_at = last
                events.append(Paused(suspended=True))
            return events
        return self._advance(now)

    def _advance(self, now: float) -> list[Event]:
        events: list[Event] = []
        while True:
            segment = self.segment
            cues = segment.cues
            while self._next_cue < len(cues) and self._start + cues[self._next_cue].offset <= now:
                cue = cues[self._next_cue]
                events.append(CueDue(cue, segment, self._start + cue.offset))
                self._next_cue += 1
            deadline = self.deadline
            if now < deadline:
                break
            events += self._enter(self.index + 1, deadline)  # chained: no drift
            if self.segment.phase is Phase.DONE:
                return events + self._finish(deadline)
        shown = shown_seconds(self.deadline - now)
        if shown != self._shown:
            self._shown = shown
            events.append(SecondElapsed(self.segment, shown))
        return events
