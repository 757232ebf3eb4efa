"""A routine being edited: plain values that become a routine file, checked by the loader's rules."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from stretchtimer.core.advice import Advice, advise
from stretchtimer.core.errors import Problem
from stretchtimer.core.fields import FORMAT_VERSION
from stretchtimer.core.loader import OPEN_HOLD, check_routine
from stretchtimer.core.model import Defaults, Library, Pace, Progression, Routine, Step
from stretchtimer.core.timeline import compile_routine
from stretchtimer.core.yamldoc import read

STEP_FIELDS = ("hold", "reps", "tempo", "sides", "rest", "prepare")


@dataclass(frozen=True)
class Draft:
    """Everything a routine file says, as the editor holds it; immutable so undo can keep copies."""

    name: str = ""
    description: str = ""
    warmup: int = 0
    after_exercise: bool = False
    defaults: Defaults = Defaults()
    breath: Pace | None = None
    progress: Progression | None = None
    steps: tuple[Step, ...] = ()
    translations: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, compare=False)

    def replace(self, **changes: Any) -> Draft:
        return dataclasses.replace(self, **changes)

    def with_step(self, index: int, step: Step) -> Draft:
        steps = list(self.steps)
        steps[index] = step
        return self.replace(steps=tuple(steps))


def from_routine(routine: Routine, *, copy_of_builtin: str | None = None, language: str = "en") -> Draft:
    """A draft of ``routine``; ``copy_of_builtin`` names the user's copy of a built-in routine,
    whose description is taken in ``language`` as the user sees it."""
    return Draft(
        name=copy_of_builtin or routine.name,
        description=routine.display_description(language) if copy_of_builtin else routine.description,
        warmup=routine.warmup,
        after_exercise=routine.after_exercise,
        defaults=routine.defaults,
        breath=routine.breath,
        progress=routine.progress,
        steps=tuple(dataclasses.replace(s, line=0) for s in routine.steps),
        # A user's copy carries the user's own words only; a built-in's translated names would
        # otherwise stand for a name the user changed.
        translations={} if copy_of_builtin else routine.translations,
    )


def to_document(draft: Draft) -> dict[str, Any]:
    """The routine file's content, with keys in the documented order and defaults left out."""
    doc: dict[str, Any] = {"version": FORMAT_VERSION, "name": draft.name}
    if draft.description:
        doc["description"] = draft.description
    if draft.warmup:
        doc["warmup"] = draft.warmup
    if draft.after_exercise:
        doc["after_exercise"] = True
    defaults = {k: v for k, v in dataclasses.asdict(draft.defaults).items() if v is not None}
    doc["defaults"] = defaults
    if draft.breath is not None:
        doc["breath"] = {"in": draft.breath.inhale, "out": draft.breath.exhale}
    if draft.progress is not None:
        doc["progress"] = dataclasses.asdict(draft.progress)
    steps = []
    for step in draft.steps:
        item: dict[str, Any] = {"exercise": step.exercise}
        for name in STEP_FIELDS:
            value = OPEN_HOLD if name == "hold" and step.open else getattr(step, name)
            if value is not None:
                item[name] = value
        steps.append(item)
    doc["steps"] = steps
    if draft.translations:
        doc["translations"] = {lang: dict(values) for lang, values in draft.translations.items()}
    return doc


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style for the routine, flow style for the short ``defaults`` mapping (libyaml's
    emitter when PyYAML has it: the editor checks the whole file at every change)."""


def _represent_dict(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.Node:
    flow = bool(data) and all(isinstance(v, int) for v in data.values()) and "exercise" not in data
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


_Dumper.add_representer(dict, _represent_dict)


def to_yaml(draft: Draft) -> str:
    return yaml.dump(to_document(draft), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)


@dataclass(frozen=True)
class Checked:
    routine: Routine | None  # None while any error remains
    problems: tuple[Problem, ...]  # errors, each with the path of its field
    advice: tuple[Advice, ...]
    total: int = 0  # seconds, when the routine is valid

    def errors_at(self, *path: str | int) -> list[str]:
        """Messages of the errors at ``path`` or below it."""
        return [p.message for p in self.problems if p.path[: len(path)] == path]


def check(draft: Draft, library: Library, file: str = "<editor>") -> Checked:
    """The same rules as a routine file on disk, applied to the draft's file text."""
    routine, problems = check_routine(read(to_yaml(draft).encode("utf-8"), file), library)
    errors = tuple(p for p in problems if not p.warning)
    if routine is None:
        return Checked(None, errors, ())
    timeline = compile_routine(routine, library)
    return Checked(routine, errors, tuple(advise(routine, library, timeline)), timeline.total)
