"""What a run of a routine really was: each exercise side done, partly done or skipped.

The session tells how many seconds ran in each segment (pauses left out); this
module turns that into the verdict the history keeps, so a routine skipped through
to its end is never counted as done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from stretchtimer.core.timeline import Phase, Segment, Timeline

DONE_SHARE = 0.8  # an exercise side is done once this share of its planned time ran
REAL_SECONDS = 3.0  # less than this in a segment is a skip, not an attempt
COMPLETED_SHARE = 0.75  # a routine is completed once this share of its hold and reps time ran


class Status(str, Enum):
    DONE = "done"
    PARTLY = "partly"
    SKIPPED = "skipped"


class Result(str, Enum):
    """How a run ended, as the history stores it."""

    COMPLETED = "completed"  # most of the hold time was spent
    SKIPPED = "skipped"  # reached the end, but mostly by skipping
    STOPPED = "stopped"  # left before the end


@dataclass(frozen=True)
class Part:
    """One exercise on one side (side None when the exercise has no sides)."""

    exercise: str
    side: str | None
    planned: float
    spent: float
    status: Status

    def to_dict(self) -> dict[str, Any]:
        return {"exercise": self.exercise, "side": self.side, "planned": self.planned,
                "spent": round(self.spent, 1), "status": self.status.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Part:
        return cls(str(data["exercise"]), data.get("side"), float(data.get("planned", 0)),
                   float(data.get("spent", 0)), Status(data.get("status", Status.SKIPPED.value)))


@dataclass(frozen=True)
class Outcome:
    parts: tuple[Part, ...]
    planned: float  # seconds of hold and reps in the routine
    spent: float  # of those, seconds that really ran
    completed: bool

    def with_status(self, status: Status) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.status is status)


def attempted(spent: float) -> bool:
    """Whether a segment that ran ``spent`` seconds was tried rather than skipped past."""
    return spent >= REAL_SECONDS


def _status(segment: Segment, planned: float, spent: float) -> Status:
    if segment.open:  # held as long as the person likes: entering it counts
        return Status.DONE if attempted(spent) else Status.SKIPPED
    if spent >= DONE_SHARE * planned:
        return Status.DONE
    return Status.PARTLY if attempted(spent) else Status.SKIPPED


def _credit(part: Part, open_ended: bool) -> float:
    """Seconds a part contributes towards completion: an open hold done counts in full."""
    if open_ended:
        return part.planned if part.status is Status.DONE else 0.0
    return min(part.spent, part.planned)


def summarize(timeline: Timeline, spent: Mapping[int, float],
              lengths: Mapping[int, float] | None = None) -> Outcome:
    """Each hold and reps segment's status, and whether the routine counts as completed.

    ``lengths`` holds the phases whose length the person changed (+/- 10 s): a hold
    shortened on purpose and held to its new end is done.
    """
    lengths = lengths or {}
    parts: list[Part] = []
    credit = 0.0
    for segment in timeline:
        if segment.phase not in (Phase.HOLD, Phase.REPS) or segment.exercise is None:
            continue
        seconds = max(0.0, float(spent.get(segment.index, 0.0)))
        planned = float(lengths.get(segment.index, segment.duration))
        part = Part(segment.exercise, segment.side, planned, seconds,
                    _status(segment, planned, seconds))
        parts.append(part)
        credit += _credit(part, segment.open)
    planned = sum(p.planned for p in parts)
    return Outcome(tuple(parts), planned, sum(p.spent for p in parts),
                   planned > 0 and credit >= COMPLETED_SHARE * planned)


def result(outcome: Outcome, reached_end: bool) -> Result:
    if outcome.completed:
        return Result.COMPLETED
    return Result.SKIPPED if reached_end else Result.STOPPED
