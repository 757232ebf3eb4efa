"""What a running session reports: phases starting, seconds shown, cues due, pauses, the end."""

from __future__ import annotations

from dataclasses import dataclass

from stretchtimer.core.timeline import Cue, Segment


@dataclass(frozen=True)
class PhaseStarted:
    segment: Segment
    at: float  # the scheduled (chained) start time on the monotonic clock


@dataclass(frozen=True)
class SecondElapsed:
    segment: Segment
    remaining: int  # whole seconds shown for the phase; on an open hold, minus those counted up


@dataclass(frozen=True)
class CueDue:
    cue: Cue
    segment: Segment
    at: float  # when the cue is due, on the monotonic clock


@dataclass(frozen=True)
class Paused:
    suspended: bool  # True when the machine's sleep paused the session


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class Finished:
    completed: bool  # False when abandoned
    at: float


Event = PhaseStarted | SecondElapsed | CueDue | Paused | Resumed | Finished
