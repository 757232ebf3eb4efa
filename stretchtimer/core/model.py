"""The exercise library and routine model: frozen dataclasses, no I/O."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS = ("dynamic", "static", "roller")
SIDES = ("both", "left", "right", "none")

# Fields of an exercise or a routine that may carry a translation.
EXERCISE_TEXT_FIELDS = ("name", "summary", "instructions", "safety", "alt", "equipment", "targets")
ROUTINE_TEXT_FIELDS = ("name", "description")


def _pick(translations: Mapping[str, Mapping[str, Any]], language: str, name: str) -> Any:
    """The translated value of a field for ``language`` ("fr" or "fr_CA"), or None."""
    for code in (language, language.split("_")[0]):
        value = translations.get(code, {}).get(name)
        if value:
            return value
    return None


@dataclass(frozen=True)
class Exercise:
    """One exercise of the library, in English with optional translations."""

    id: str
    name: str
    kind: str
    sided: bool
    hold: int | None
    reps: int | None
    tempo: int | None
    equipment: tuple[str, ...]
    targets: tuple[str, ...]
    summary: str
    instructions: tuple[str, ...]
    safety: tuple[str, ...]
    frames: tuple[str, ...]
    alt: str
    deepen_on_exhale: bool = False  # the instructions ask to go a little deeper on each out-breath
    translations: Mapping[str, Mapping[str, Any]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def localized(self, language: str) -> Exercise:
        """This exercise with every field that has a translation in ``language`` replaced."""
        changes: dict[str, Any] = {}
        for name in EXERCISE_TEXT_FIELDS:
            value = _pick(self.translations, language, name)
            if value:
                changes[name] = tuple(value) if isinstance(value, list) else value
        return dataclasses.replace(self, **changes) if changes else self


@dataclass(frozen=True)
class Library:
    """Every exercise by id, in library order."""

    exercises: Mapping[str, Exercise]

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self.exercises

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises.values())

    def __len__(self) -> int:
        return len(self.exercises)

    def localized(self, language: str) -> Library:
        return Library({k: v.localized(language) for k, v in self.exercises.items()})


@dataclass(frozen=True)
class Defaults:
    """Routine-wide durations in seconds, used where a step says nothing."""

    prepare: int = 5
    hold: int | None = None  # None: each exercise's own default hold
    switch: int = 5
    rest: int = 10
    tempo: int = 3


@dataclass(frozen=True)
class Pace:
    """Breath pacing during holds: seconds breathing in, then out."""

    inhale: int = 4
    exhale: int = 6


@dataclass(frozen=True)
class Progression:
    """Holds that grow: ``add`` seconds after every ``every`` completed sessions, up to ``max``."""

    add: int
    every: int
    max: int


@dataclass(frozen=True)
class Step:
    """One exercise in a routine, with its overrides; None means "use the default"."""

    exercise: str
    hold: int | None = None
    reps: int | None = None
    tempo: int | None = None
    sides: str | None = None
    rest: int | None = None
    prepare: int | None = None
    line: int = 0
    # "hold: open": held until the user moves on, counted up; ``hold`` is then None and the
    # routine's (or the exercise's) default hold stands for its length in totals.
    open: bool = False


@dataclass(frozen=True)
class Routine:
    """A validated routine: what to do, in which order, for how long."""

    name: str
    steps: tuple[Step, ...]
    description: str = ""
    defaults: Defaults = Defaults()
    warmup: int = 0
    after_exercise: bool = False  # meant for muscles already warm from exercise
    breath: Pace | None = None  # the routine's own breath pacing; None: the settings'
    progress: Progression | None = None  # holds that grow with completed sessions
    source: str | None = None
    builtin: bool = False
    translations: Mapping[str, Mapping[str, Any]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def display_name(self, language: str) -> str:
        """The name to show: built-in names are translated, users' names are shown as written."""
        return (_pick(self.translations, language, "name") if self.builtin else None) or self.name

    def display_description(self, language: str) -> str:
        if self.builtin:
            return _pick(self.translations, language, "description") or self.description
        return self.description

    def exercise_count(self) -> int:
        return len(self.steps)
