"""Breath pacing during a hold: which half of which breath, computed from the hold's start.

The phase is a pure function of the seconds since the hold began (the session's deadline
arithmetic, pauses already left out), so the boundaries fall exactly at
start + k * (in + out) and start + k * (in + out) + in, and never drift over a long hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from stretchtimer.core.events import CueDue
from stretchtimer.core.model import Pace
from stretchtimer.core.session import Session, shown_count, shown_seconds
from stretchtimer.core.timeline import Cue, CueKind


class Half(str, Enum):
    IN = "in"
    OUT = "out"


@dataclass(frozen=True)
class Breath:
    """The breath under way ``elapsed`` seconds into a hold."""

    half: Half
    number: int  # 1-based breath of the hold
    fullness: float  # 0 (empty) .. 1 (full): rises on the in-breath, falls on the out-breath
    left: float  # seconds until this half ends

    @property
    def count(self) -> int:
        """The calm count shown instead of the animation: whole seconds left of this half."""
        return max(1, math.ceil(self.left - 1e-9))


def breath_at(elapsed: float, pace: Pace) -> Breath:
    """The breath ``elapsed`` seconds after the hold started (negative counts as the start)."""
    elapsed = max(0.0, elapsed)
    cycle = pace.inhale + pace.exhale
    number, into = divmod(elapsed, cycle)
    if into < pace.inhale:
        return Breath(Half.IN, int(number) + 1, into / pace.inhale, pace.inhale - into)
    out = into - pace.inhale
    return Breath(Half.OUT, int(number) + 1, 1.0 - out / pace.exhale, pace.exhale - out)


def locked_elapsed(session: Session) -> float:
    """Seconds into the phase at the whole second the clock shows: the second's boundary on the
    deadline, not the moment of waking, so a late wake-up never shifts the breath."""
    if session.counting_up:
        return float(shown_count(session.elapsed()))
    return max(0.0, session.duration - shown_seconds(session.remaining()))


def turned_at(session: Session, now: float) -> float:
    """On the session's clock, when the breath shown now began: the boundary of the second it is
    shown in, on the deadline (``now`` on an open hold, which has no deadline)."""
    if session.segment.open:
        return now
    return session.deadline - (session.duration - locked_elapsed(session))


def turn_cue(session: Session, now: float) -> CueDue:
    """The soft nudge as the breath turns, due then (the player waits for a cue's moment: due at
    the hold's end, it would sound there)."""
    return CueDue(Cue(0, CueKind.NUDGE), session.segment, turned_at(session, now))


def breath_shown(session: Session, pace: Pace) -> Breath:
    """The breath the pacer shows at the session's current whole second."""
    return breath_at(locked_elapsed(session), pace)


def next_change(elapsed: float, pace: Pace) -> float:
    """Seconds into the hold at which the next half-breath begins."""
    elapsed = max(0.0, elapsed)
    cycle = pace.inhale + pace.exhale
    base = math.floor(elapsed / cycle) * cycle
    for boundary in (base + pace.inhale, base + cycle):
        if boundary > elapsed:
            return float(boundary)
    return float(base + cycle + pace.inhale)  # only reached through rounding at a boundary


def changes(length: float, pace: Pace) -> list[tuple[float, Half]]:
    """Every half-breath start within a hold of ``length`` seconds, in order."""
    found: list[tuple[float, Half]] = []
    start = 0
    while start < length:
        found.append((float(start), Half.IN))
        if start + pace.inhale < length:
            found.append((float(start + pace.inhale), Half.OUT))
        start += pace.inhale + pace.exhale
    return found
