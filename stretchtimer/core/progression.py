"""Holds that grow: a few seconds more after every few completed sessions of a routine, capped.

The cap is the smaller of the routine's own ``max`` and the longest hold the article's advice
allows (steps.LONG_HOLD), so a grown hold never draws a "long hold" warning; a hold already at
or past the cap is left as written, never shortened.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from stretchtimer.core.model import Library, Progression, Routine
from stretchtimer.core.steps import LONG_HOLD
from stretchtimer.core.timeline import Timeline, compile_routine


class _Run(Protocol):
    @property
    def routine(self) -> str: ...

    @property
    def routine_file(self) -> str: ...

    @property
    def completed(self) -> bool: ...


def completed_runs(records: Iterable[_Run], name: str, source: str | None = None) -> int:
    """Completed sessions of the routine called ``name`` (or saved in ``source``)."""
    return sum(1 for r in records
               if r.completed and (r.routine == name or (source and r.routine_file == source)))


def in_use(routine: Routine, library: Library, records: Iterable[_Run]) -> Timeline:
    """The routine as it plays now, its holds grown by the sessions completed so far: the one
    rule for what the player runs and what the home screen and `stretchtimer list` total."""
    done = completed_runs(records, routine.name, routine.source) if routine.progress is not None else 0
    return compile_routine(routine, library, done)


def cap(progression: Progression) -> int:
    return min(progression.max, LONG_HOLD)


def step_of(progression: Progression, completed: int) -> int:
    """How many times the holds have grown after ``completed`` sessions."""
    return max(0, completed) // progression.every


def grown_hold(base: int, progression: Progression | None, completed: int) -> int:
    """The hold in use: ``base`` plus ``add`` per step, never past the cap nor below ``base``."""
    if progression is None or base >= cap(progression):
        return base
    return min(cap(progression), base + step_of(progression, completed) * progression.add)


def steps_to_cap(base: int, progression: Progression) -> int:
    """How many steps it takes ``base`` to reach the cap (0 when already there)."""
    room = cap(progression) - base
    return 0 if room <= 0 else -(-room // progression.add)
