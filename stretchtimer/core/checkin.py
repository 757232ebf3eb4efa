"""Tightness check-ins: a 1-5 rating after each side of a two-sided stretch, and what they show.

A rating belongs to the side just finished: it can be given during the switch or the rest that
follows that side's hold (or the next exercise's set-up), so it never holds the routine up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Protocol

from stretchtimer.core.outcome import attempted
from stretchtimer.core.timeline import Phase, Segment, Timeline

LOOSE, VERY_TIGHT = 1, 5
NOT_STIFF, VERY_STIFF = 0, 10  # the back-stiffness scale asked before and after a routine
TIGHTER_FOR = 2  # weeks in a row one side must be tighter before a note says so
# The phases that come after a side's hold; the end (DONE) for a side that ends the routine,
# rated on the summary.
_AFTER = (Phase.SWITCH, Phase.REST, Phase.PREPARE, Phase.DONE)


@dataclass(frozen=True)
class Rating:
    """How tight one side of one exercise felt: 1 loose … 5 very tight."""

    exercise: str
    side: str  # "left" | "right"
    value: int

    def to_dict(self) -> dict[str, Any]:
        return {"exercise": self.exercise, "side": self.side, "value": self.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rating:
        return cls(str(data["exercise"]), str(data["side"]), int(data["value"]))

    def text(self) -> str:
        """exercise:side:value, as the CSV export writes it."""
        return f"{self.exercise}:{self.side}:{self.value}"


def _two_sided(timeline: Timeline, held: Segment) -> bool:
    sides = {s.side for s in timeline if s.step == held.step and s.phase in (Phase.HOLD, Phase.REPS)}
    return sides == {"left", "right"}


def rated_side(timeline: Timeline, index: int, spent: Mapping[int, float] | None = None) -> Segment | None:
    """The hold whose side can be rated while segment ``index`` runs, or None; with ``spent``
    (seconds run by segment, as the session counts them), None too when that hold was skipped:
    a side not stretched has no tightness to tell."""
    if not 0 < index < len(timeline) or timeline[index].phase not in _AFTER:
        return None
    held = timeline[index - 1]
    if held.phase is Phase.REST and index >= 2 and timeline[index].phase is Phase.PREPARE:
        held = timeline[index - 2]  # the rest and the next set-up both follow the right side
    if held.phase not in (Phase.HOLD, Phase.REPS) or held.exercise is None or held.side is None:
        return None
    if spent is not None and not attempted(spent.get(held.index, 0.0)):
        return None
    return held if _two_sided(timeline, held) else None


def ending_side(timeline: Timeline, spent: Mapping[int, float] | None = None) -> Segment | None:
    """The side that ends the routine: no switch or rest follows it, so the summary asks for it."""
    return rated_side(timeline, len(timeline) - 1, spent)


class CheckIns:
    """The ratings given during one run, by the index of the hold they rate; a second key wins."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._given: dict[int, Rating] = {}

    def rate(self, index: int, value: int, spent: Mapping[int, float] | None = None) -> Rating | None:
        """Rate the side just done while segment ``index`` runs; None when nothing can be rated
        (see ``rated_side`` for ``spent``)."""
        if not LOOSE <= value <= VERY_TIGHT:
            raise ValueError(f"a rating is from {LOOSE} to {VERY_TIGHT}, not {value}")
        held = rated_side(self.timeline, index, spent)
        if held is None or held.exercise is None or held.side is None:
            return None
        rating = Rating(held.exercise, held.side, value)
        self._given[held.index] = rating
        return rating

    def given(self, index: int) -> Rating | None:
        """The rating already given for the side that segment ``index`` follows."""
        held = rated_side(self.timeline, index)
        return None if held is None else self._given.get(held.index)

    def ratings(self) -> tuple[Rating, ...]:
        return tuple(self._given[i] for i in sorted(self._given))

    def clear(self) -> None:
        self._given.clear()


# --- over the weeks ------------------------------------------------------------

class _Rated(Protocol):
    @property
    def started_at(self) -> datetime: ...

    @property
    def ratings(self) -> tuple[Rating, ...]: ...


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


Week = tuple[float | None, float | None]  # mean rating of the left and the right side


def _mean(values: list[int] | None) -> float | None:
    return sum(values) / len(values) if values else None


def _week(moment: datetime, tz: tzinfo, today: date, weeks: int) -> int | None:
    """Which of the last ``weeks`` Monday-based weeks up to ``today`` ``moment`` falls in (0 oldest)."""
    first = _monday(today) - timedelta(weeks=weeks - 1)
    day = moment.astimezone(tz).date()
    return (_monday(day) - first).days // 7 if first <= day <= today else None


def side_trend(records: Iterable[_Rated], tz: tzinfo, today: date, weeks: int) -> dict[str, list[Week]]:
    """Per exercise, the mean left and right rating of each of the last ``weeks`` weeks, oldest first."""
    sums: dict[str, dict[tuple[int, str], list[int]]] = {}
    for record in records:
        week = _week(record.started_at, tz, today, weeks)
        if week is None:
            continue
        for r in record.ratings:
            sums.setdefault(r.exercise, {}).setdefault((week, r.side), []).append(r.value)
    trend: dict[str, list[Week]] = {}
    for exercise, cells in sums.items():
        trend[exercise] = [(_mean(cells.get((w, "left"))), _mean(cells.get((w, "right"))))
                           for w in range(weeks)]
    return trend


class _Stiff(Protocol):
    @property
    def started_at(self) -> datetime: ...

    @property
    def stiffness_before(self) -> int | None: ...

    @property
    def stiffness_after(self) -> int | None: ...


def stiffness_trend(records: Iterable[_Stiff], tz: tzinfo, today: date, weeks: int) -> list[Week]:
    """The mean back stiffness before and after the routines of each of the last ``weeks`` weeks,
    oldest first (None where none was given)."""
    before: list[list[int]] = [[] for _ in range(weeks)]
    after: list[list[int]] = [[] for _ in range(weeks)]
    for record in records:
        week = _week(record.started_at, tz, today, weeks)
        if week is None:
            continue
        if record.stiffness_before is not None:
            before[week].append(record.stiffness_before)
        if record.stiffness_after is not None:
            after[week].append(record.stiffness_after)
    return [(_mean(b), _mean(a)) for b, a in zip(before, after, strict=True)]


@dataclass(frozen=True)
class Tighter:
    """One side of one exercise has been rated tighter than the other, week after week."""

    exercise: str
    side: str  # the tighter one
    weeks: int


def tighter_sides(trend: Mapping[str, Sequence[Week]], at_least: int = TIGHTER_FOR) -> list[Tighter]:
    """Exercises whose same side was tighter in each of the latest ``at_least`` or more weeks
    rated on both sides (the run must reach this week or last week; a week without both
    sides rated ends it)."""
    found: list[Tighter] = []
    for exercise, weeks in trend.items():
        recent = list(weeks)
        if recent and recent[-1] == (None, None):
            recent.pop()  # this week not rated yet: last week still counts as recent
        side, count = "", 0
        for left, right in reversed(recent):
            if left is None or right is None or left == right:
                break
            tighter = "left" if left > right else "right"
            if side and tighter != side:
                break
            side, count = tighter, count + 1
        if count >= at_least:
            found.append(Tighter(exercise, side, count))
    return found
