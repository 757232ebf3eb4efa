"""The session: a cursor on a timeline, driven by an injected monotonic clock.

Deadlines chain from the previous deadline, never from the moment a wake-up
happened, so lateness in waking never accumulates. The owner calls ``update()``
at ``next_wakeup()`` (or whenever it likes) and passes the returned events on.

Sleep is told apart from a late wake-up by a second injected source, ``suspended``:
the total seconds the machine has spent suspended (on Linux, CLOCK_BOOTTIME minus
CLOCK_MONOTONIC). Only where there is none does a long gap between wake-ups stand for
sleep. Every move the user makes resets both reference points, so moves never look
like sleep.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum

from stretchtimer.core.events import CueDue as CueDue
from stretchtimer.core.events import Event as Event
from stretchtimer.core.events import Finished as Finished
from stretchtimer.core.events import Paused as Paused
from stretchtimer.core.events import PhaseStarted as PhaseStarted
from stretchtimer.core.events import Resumed as Resumed
from stretchtimer.core.events import SecondElapsed as SecondElapsed
from stretchtimer.core.formatting import clock
from stretchtimer.core.timeline import NUDGE_EVERY, Cue, CueKind, Phase, Segment, Timeline

Clock = Callable[[], float]
SUSPEND_GAP = 2.0  # without a suspended source: seconds between wake-ups taken to mean sleep
SLEPT_AFTER = 1.0  # seconds of growth of the suspended source that mean the machine slept
BACK_RESTARTS_AFTER = 2.0  # "back" later than this into a phase restarts the phase
MIN_LEFT = 1.0  # taking time off a phase leaves at least this much of it
ADJUSTABLE = (Phase.WARMUP, Phase.PREPARE, Phase.HOLD, Phase.SWITCH, Phase.REST)


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
    ADJUST = "adjust"


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
    (State.RUNNING, Action.ADJUST): State.RUNNING,
    (State.PAUSED, Action.ADJUST): State.PAUSED,
}


class InvalidMove(RuntimeError):
    """An action that the session's current state does not allow."""




def shown_seconds(remaining: float) -> int:
    """The whole seconds a countdown shows: 2.4 s left reads "3", 2.0 reads "2"."""
    return max(0, math.ceil(remaining - 1e-6))


def shown_count(elapsed: float) -> int:
    """The whole seconds an open hold shows counting up: 6.9 s held reads "6"."""
    return max(0, math.floor(elapsed + 1e-6))


def shown_clock(session: Session) -> str:
    """The phase's clock as shown: "0:27" counting down, "+0:07" on an open hold counting up."""
    if session.counting_up:
        return "+" + clock(shown_count(session.elapsed()))
    return clock(shown_seconds(session.remaining()))


class Session:
    """Runs a timeline. Every method that changes the session returns its events.

    ``suspended`` returns the total seconds the machine has been suspended so far (any
    origin); None where the platform cannot tell, and a long gap in wake-ups counts instead.
    """

    def __init__(self, timeline: Timeline, clock: Clock, suspended: Clock | None = None) -> None:
        self.timeline = timeline
        self._clock = clock
        self._suspended = suspended
        self.state = State.READY
        self.index = 0
        self._start = 0.0  # monotonic time the current segment began (shifted by pauses)
        self._extra = 0.0  # seconds added to (or taken from) the current segment by adjust()
        self._pending: list[tuple[float, Cue]] = []  # cues still due: (offset from _start, cue)
        self._paused_at = 0.0
        self._shown: int | None = None
        self._last_wake: float | None = None
        self._slept = 0.0  # the suspended source at the last wake-up or move
        self._spent: dict[int, float] = {}
        self._lengths: dict[int, float] = {}  # phases whose length adjust() changed
        self._run_from: float | None = None  # since when the current segment's time is counted
        self.completed = False
        self.started_at: float | None = None
        self.finished_at: float | None = None

    # --- queries --------------------------------------------------------------
    @property
    def segment(self) -> Segment:
        return self.timeline[self.index]

    @property
    def counting_up(self) -> bool:
        """The current phase is an open hold: it counts up until the user moves on."""
        return self.segment.open

    @property
    def duration(self) -> float:
        """The current phase's length, with what adjust() added or took (nominal when open)."""
        return self.segment.duration + self._extra

    @property
    def deadline(self) -> float:
        return math.inf if self.segment.open else self._start + self.duration

    def _now(self) -> float:
        return self._paused_at if self.state is State.PAUSED else self._clock()

    def elapsed(self) -> float:
        """Seconds into the current phase (without end on an open hold)."""
        if self.state is State.READY:
            return 0.0
        if self.state is State.FINISHED:
            return self.duration
        elapsed = max(0.0, self._now() - self._start)
        return elapsed if self.segment.open else min(self.duration, elapsed)

    def remaining(self) -> float:
        """Seconds left in the current phase: deadline minus now, never counted by ticks.

        On an open hold there is no end: this is minus the seconds held so far (see counting_up).
        """
        if self.segment.open:
            return -self.elapsed()
        return self.duration - self.elapsed()

    def total_remaining(self) -> float:
        """Seconds left in the routine; an open hold counts for its nominal length."""
        return self.timeline.total - self.segment.end + max(0.0, self.duration - self.elapsed())

    def done_seconds(self) -> float:
        return self.segment.start + min(self.segment.duration, self.elapsed())

    def spent(self) -> dict[int, float]:
        """Segment index -> seconds the session really ran in it: pauses left out, a skipped
        segment only for the time it ran, a segment gone through twice (back) for both times.
        Segments never run are absent; restart clears it."""
        result = dict(self._spent)
        if self._run_from is not None:
            live = self._clock() - self._run_from  # as _settle counts it, also just past a deadline
            if live > 0:
                result[self.index] = result.get(self.index, 0.0) + live
        return result

    def lengths(self) -> dict[int, float]:
        """Segment index -> the phase's length as last set with adjust(), for those changed."""
        return dict(self._lengths)

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
        if self.segment.open:
            wake = self._start + shown_count(now - self._start) + 1  # the next second counted up
        else:
            deadline = self.deadline
            wake = deadline - math.floor(max(0.0, deadline - now) - 1e-6)
            wake = min(wake, deadline)
        if self._pending:
            wake = min(wake, self._start + self._pending[0][0])
        return wake

    # --- moves ---------------------------------------------------------------
    def _move(self, action: Action) -> State:
        target = TRANSITIONS.get((self.state, action))
        if target is None:
            raise InvalidMove(f"cannot {action.value} a session that is {self.state.value}")
        return target

    def _mark(self, now: float) -> None:
        """A move by the user: the reference points of sleep detection start again from now."""
        self._last_wake = now
        if self._suspended is not None:
            self._slept = self._suspended()

    def _settle(self, until: float) -> None:
        """Count the current segment's running time up to ``until``."""
        if self._run_from is not None:
            ran = until - self._run_from
            if ran > 0:
                self._spent[self.index] = self._spent.get(self.index, 0.0) + ran
            self._run_from = until

    def _stop_counting(self, at: float) -> None:
        self._settle(at)
        self._run_from = None

    def _enter(self, index: int, start: float) -> list[Event]:
        self._settle(start)
        self.index = index
        self._start = start
        self._extra = 0.0
        segment = self.segment
        self._pending = [(float(cue.offset), cue) for cue in segment.cues]
        if segment.open:
            self._pending.append((float(NUDGE_EVERY), Cue(NUDGE_EVERY, CueKind.NUDGE, 1)))
        self._shown = None
        if self.state is State.RUNNING:
            self._run_from = start
        return [PhaseStarted(segment, start)]

    def start(self) -> list[Event]:
        self.state = self._move(Action.START)
        now = self._clock()
        self.started_at = now
        self._mark(now)
        return self._enter(0, now) + self._advance(now)

    def pause(self) -> list[Event]:
        self.state = self._move(Action.PAUSE)
        self._paused_at = self._clock()
        self._stop_counting(self._paused_at)
        self._mark(self._paused_at)
        return [Paused(suspended=False)]

    def resume(self) -> list[Event]:
        self.state = self._move(Action.RESUME)
        now = self._clock()
        self._start += now - self._paused_at
        self._run_from = now
        self._mark(now)
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
        self._mark(now)
        if self.state is State.PAUSED:
            self._paused_at = now
        events = self._enter(index, now)
        if self.segment.phase is Phase.DONE:
            return events + self._finish(now)
        return events + (self._advance(now) if self.state is State.RUNNING else [])

    def skip(self) -> list[Event]:
        """On to the next phase, from now (an open hold ends this way)."""
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
        self.finished_at = None
        self._spent = {}
        self._lengths = {}
        self._run_from = None
        self._mark(now)
        return self._enter(0, now) + self._advance(now)

    def abandon(self) -> list[Event]:
        self.state = self._move(Action.ABANDON)
        self._paused_at = self.finished_at = self._clock()
        self._stop_counting(self._paused_at)
        return [Finished(completed=False, at=self._paused_at)]

    def adjust(self, seconds: int) -> list[Event]:
        """Add ``seconds`` to the current phase (or take them, when negative).

        Only timed phases change (not counted moves, not an open hold); at least MIN_LEFT of
        the phase is left. Its 3-2-1 ticks move with its end, and later phases follow.
        """
        self.state = self._move(Action.ADJUST)
        segment = self.segment
        if segment.open or segment.phase not in ADJUSTABLE:
            return []
        now = self._now()
        self._mark(self._clock())
        duration = max(self.duration + seconds, min(self.duration, self.elapsed() + MIN_LEFT))
        if duration == self.duration:
            return []
        self._extra = duration - segment.duration
        self._lengths[self.index] = duration
        ticks = [(cue.offset + self._extra, cue) for cue in segment.cues if cue.kind is CueKind.TICK]
        others = [(offset, cue) for offset, cue in self._pending if cue.kind is not CueKind.TICK]
        due = [(offset, cue) for offset, cue in ticks if self._start + offset >= now]
        self._pending = sorted(others + due, key=lambda pending: pending[0])
        self._shown = None
        if self.state is State.RUNNING:
            return self._advance(now)
        return self._show(now)

    def _finish(self, at: float) -> list[Event]:
        self.state = self._move(Action.FINISH)
        self.completed = True
        self._paused_at = self.finished_at = at
        self._stop_counting(at)
        cues = [CueDue(cue, self.segment, at) for cue in self.segment.cues]
        return [*cues, Finished(completed=True, at=at)]

    # --- time passing ----------------------------------------------------------
    def _slept_since(self, now: float, last: float) -> bool:
        """Whether the machine slept since the last wake-up (see the module's docstring)."""
        if self._suspended is None:
            return now - last > SUSPEND_GAP
        before, self._slept = self._slept, self._suspended()
        return self._slept - before > SLEPT_AFTER

    def update(self) -> list[Event]:
        """Everything that became due since the last call; after sleep, a pause instead.

        What was due by the last wake-up before the sleep is played out and the session
        holds there, so no exercise goes by while nobody watches.
        """
        if self.state is not State.RUNNING:
            return []
        now = self._clock()
        last = self._last_wake if self._last_wake is not None else now
        self._last_wake = now
        if not self._slept_since(now, last):
            return self._advance(now)
        events = self._advance(last)
        if self.state is State.RUNNING:
            self.state = self._move(Action.PAUSE)
            self._paused_at = last
            self._stop_counting(last)
            events.append(Paused(suspended=True))
        return events

    def _advance(self, now: float) -> list[Event]:
        events: list[Event] = []
        while True:
            segment = self.segment
            while self._pending and self._start + self._pending[0][0] <= now:
                offset, cue = self._pending.pop(0)
                events.append(CueDue(cue, segment, self._start + offset))
                if cue.kind is CueKind.NUDGE:  # an open hold nudges for as long as it lasts
                    self._pending.append((offset + NUDGE_EVERY, Cue(cue.offset + NUDGE_EVERY,
                                                                    CueKind.NUDGE, cue.count + 1)))
            deadline = self.deadline
            if now < deadline:
                break
            events += self._enter(self.index + 1, deadline)  # chained: no drift
            if self.segment.phase is Phase.DONE:
                return events + self._finish(deadline)
        return events + self._show(now)

    def _show(self, now: float) -> list[Event]:
        """A SecondElapsed when the whole second shown has changed."""
        shown = -shown_count(now - self._start) if self.segment.open else shown_seconds(self.deadline - now)
        if shown == self._shown:
            return []
        self._shown = shown
        return [SecondElapsed(self.segment, shown)]
