"""Validate documents into the model; every problem is collected with its place."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from stretchtimer.core.errors import Problem, UserFileError, close_match, did_you_mean
from stretchtimer.core.model import (
    EXERCISE_TEXT_FIELDS,
    KINDS,
    ROUTINE_TEXT_FIELDS,
    SIDES,
    Defaults,
    Exercise,
    Library,
    Pace,
    Progression,
    Routine,
    Step,
)
from stretchtimer.core.problems import WORDS, got, place, shorten
from stretchtimer.core.reading import Refused, read_bounded
from stretchtimer.core.yamldoc import MAX_BYTES, Document, Path, read

FORMAT_VERSION = 1
MAX_STEPS = 1000
OPEN_HOLD = "open"  # a step's "hold: open": held until the user moves on
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


@dataclass(frozen=True)
class Bound:
    """Whole-number bounds of one duration or count, with the unit to name in messages."""

    low: int
    high: int
    unit: str = "seconds"


BOUNDS: Mapping[str, Bound] = {
    "hold": Bound(1, 1800),
    "reps": Bound(1, 200, "repetitions"),
    "tempo": Bound(1, 20, "seconds per repetition"),
    "prepare": Bound(0, 600),
    "switch": Bound(0, 600),
    "rest": Bound(0, 1800),
    "warmup": Bound(0, 1800),
    "breath.in": Bound(2, 15),
    "breath.out": Bound(2, 20),
    "progress.add": Bound(1, 30),
    "progress.every": Bound(1, 100, "sessions"),
    "progress.max": Bound(1, 1800),
}
BREATH_KEYS = ("in", "out")
PROGRESS_KEYS = ("add", "every", "max")

ROUTINE_KEYS = (
    "version", "name", "description", "warmup", "after_exercise", "defaults", "breath", "progress", "steps",
    "translations",
)
DEFAULT_KEYS = ("prepare", "hold", "switch", "rest", "tempo")
STEP_KEYS = ("exercise", "hold", "reps", "tempo", "sides", "rest", "prepare")
EXERCISE_KEYS = (
    "id", "name", "kind", "sided", "hold", "reps", "tempo", "equipment", "targets",
    "summary", "instructions", "safety", "frames", "alt", "deepen_on_exhale", "translations",
)
LIBRARY_KEYS = ("version", "exercises")


def _label(path: Path) -> str:
    """A path in the user's words: ('steps', 1, 'hold') -> "step 2, 'hold'"."""
    return place(path)


class _Checker:
    """Collects problems while reading values out of a Document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def error(self, path: Path, message: str, *, key: bool = False) -> None:
        self.problems.append(self.doc.problem(path, message, key=key))

    def fault(self, path: Path, code: str, *, on_key: bool = False, warning: bool = False,
              **args: Any) -> None:
        """A problem worded by its code (core/problems.py), so it can be said in any language."""
        self.problems.append(self.doc.fault(path, code, on_key=on_key, warning=warning, **args))

    def mapping(
        self, path: Path, value: Any, allowed: Iterable[str], required: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fault(path, "not-a-mapping", where=path, got=got(value))
            return None
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                self.fault((*path, key), "unknown-key", on_key=True, where=path, key=shorten(str(key)),
                           suggestion=close_match(str(key), allowed), allowed=", ".join(allowed))
        for key in required:
            if key not in value:
                self.fault(path, "missing-key", where=path, key=key)
        return value

    def integer(self, path: Path, value: Any, bound: Bound) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fault(path, "not-a-number", where=path, unit=bound.unit, low=bound.low, high=bound.high,
                       got=got(value))
            return None
        if not bound.low <= value <= bound.high:
            self.fault(path, "out-of-range", where=path, value=value, unit=bound.unit, low=bound.low,
                       high=bound.high)
            return None
        return value

    def text(self, path: Path, value: Any, max_length: int, *, allow_empty: bool = False) -> str | None:
        if not isinstance(value, str):
            self.fault(path, "not-text", where=path, got=got(value))
            return None
        if not value.strip() and not allow_empty:
            self.error(path, f"{_label(path)} is empty; write some text")
            return None
        if len(value) > max_length:
            self.error(path, f"{_label(path)} is {len(value)} characters long; "
                             f"keep it under {max_length}")
            return None
        return value.strip()

    def texts(self, path: Path, value: Any, max_length: int, *, allow_empty: bool = True) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fault(path, "not-a-list", where=path, got=got(value))
            return ()
        if not value and not allow_empty:
            self.error(path, f"{_label(path)} is an empty list; add at least one item")
        items = [self.text((*path, i), item, max_length) for i, item in enumerate(value)]
        return tuple(item for item in items if item is not None)

    def choice(self, path: Path, value: Any, choices: tuple[str, ...]) -> str | None:
        if value not in choices or not isinstance(value, str):
            shown = shorten(value) if isinstance(value, str) else _describe(value)
            hint = did_you_mean(shown, choices) if isinstance(value, str) else ""
            self.error(path, f"{_label(path)} is '{shown}'; write one of: "
                             f"{', '.join(choices)}{hint}")
            return None
        return value

    def version(self, data: dict[str, Any]) -> bool:
        if "version" not in data:
            self.fault((), "missing-version", version=FORMAT_VERSION)
            return False
        version = data["version"]
        if version != FORMAT_VERSION or isinstance(version, bool):
            self.error(("version",), f"format version {version!r} is not supported; "
                       f"this Stretch Timer reads version {FORMAT_VERSION} (a newer file needs "
                       f"a newer Stretch Timer)")
            return False
        return True

    def translations(self, path: Path, value: Any, fields: tuple[str, ...],
                     english: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        table = self.mapping(path, value, allowed=[k for k in value] if isinstance(value, dict) else [])
        for language, entry in (table or {}).items():
            where = (*path, language)
            if not _LANGUAGE.match(language):
                self.error(where, f"'{language}' is not a language code; write e.g. 'fr' or 'pt_BR'",
                           key=True)
                continue
            fields_given = self.mapping(where, entry, fields) or {}
            checked: dict[str, Any] = {}
            for name, text in fields_given.items():
                if name not in fields:
                    continue
                if isinstance(english.get(name), tuple):
                    items = self.texts((*where, name), text, 2000)
                    if len(items) != len(english[name]):
                        self.error((*where, name), f"{_label((*where, name))} has {len(items)} items "
                                   f"but the English text has {len(english[name])}; translate each item")
                    checked[name] = items
                else:
                    checked[name] = self.text((*where, name), text, 2000)
            result[language] = checked
        return result


def _describe(value: Any) -> str:
    kind, text = got(value)
    return WORDS[kind].format(text=text)


def read_routine_bytes(path: FsPath | str, label: str | None = None) -> bytes:
    """A routine or library file's bytes, refused before reading when it is not a regular file
    or too large; UserFileError says why."""
    name = label or str(path)
    try:
        return read_bounded(path, MAX_BYTES, "a routine file")
    except Refused as exc:
        raise UserFileError([Problem.coded(name, 0, 0, exc.code, exc.args_)]) from None
    except OSError as exc:
        raise UserFileError([Problem(name, 0, 0, f"cannot read the file: {exc.strerror or exc}")]) from None


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _read_file(path: FsPath | str, label: str | None = None) -> Document:
    return read(read_routine_bytes(path, label), label or str(path))


# --- exercise library -------------------------------------------------------

def _exercise(check: _Checker, path: Path, value: Any) -> Exercise | None:
    data = check.mapping(path, value, EXERCISE_KEYS,
                         required=("id", "name", "kind", "sided", "instructions", "frames"))
    if data is None:
        return None
    before = len(check.problems)
    ident = check.text((*path, "id"), data.get("id", ""), 80) if "id" in data else None
    if ident is not None and not _ID.match(ident):
        check.error((*path, "id"), f"exercise id '{ident}' must be lowercase words joined by '-'")
    sided = data.get("sided", False)
    if not isinstance(sided, bool):
        check.error((*path, "sided"), f"{_label((*path, 'sided'))} must be true or false")
    deepen = data.get("deepen_on_exhale", False)
    if not isinstance(deepen, bool):
        check.error((*path, "deepen_on_exhale"),
                    f"{_label((*path, 'deepen_on_exhale'))} must be true or false")
    hold = check.integer((*path, "hold"), data["hold"], BOUNDS["hold"]) if "hold" in data else None
    reps = check.integer((*path, "reps"), data["reps"], BOUNDS["reps"]) if "reps" in data else None
    tempo = check.integer((*path, "tempo"), data["tempo"], BOUNDS["tempo"]) if "tempo" in data else None
    if "hold" in data and "reps" in data:
        check.error((*path, "reps"), "give either 'hold' or 'reps', not both")
    if "hold" not in data and "reps" not in data:
        check.error(path, f"{_label(path)} needs a default 'hold:' (seconds) or 'reps:'")
    exercise = Exercise(
        id=ident or "",
        name=check.text((*path, "name"), data.get("name"), 120) or "",
        kind=check.choice((*path, "kind"), data.get("kind"), KINDS) or "static",
        sided=bool(sided),
        hold=hold,
        reps=reps,
        tempo=tempo,
        equipment=check.texts((*path, "equipment"), data.get("equipment", []), 120),
        targets=check.texts((*path, "targets"), data.get("targets", []), 120),
        summary=check.text((*path, "summary"), data.get("summary", ""), 2000, allow_empty=True) or "",
        instructions=check.texts((*path, "instructions"), data.get("instructions"), 2000,
                                 allow_empty=False),
        safety=check.texts((*path, "safety"), data.get("safety", []), 2000),
        frames=check.texts((*path, "frames"), data.get("frames"), 120, allow_empty=False),
        alt=check.text((*path, "alt"), data.get("alt", ""), 2000, allow_empty=True) or "",
        deepen_on_exhale=deepen is True,
    )
    if "translations" in data:
        english = {name: getattr(exercise, name) for name in EXERCISE_TEXT_FIELDS}
        table = check.translations((*path, "translations"), data["translations"],
                                   EXERCISE_TEXT_FIELDS, english)
        exercise = Exercise(**{**exercise.__dict__, "translations": table})
    return exercise if len(check.problems) == before else None


def _library(doc: Document) -> tuple[Library | None, list[Problem]]:
    check = _Checker(doc)
    data = check.mapping((), doc.data, LIBRARY_KEYS, required=("version", "exercises"))
    if data is None or not check.version(data):
        return None, check.problems
    items = data.get("exercises")
    if not isinstance(items, list) or not items:
        check.error(("exercises",), "'exercises' must be a non-empty list of exercises")
        return None, check.problems
    exercises: dict[str, Exercise] = {}
    for i, item in enumerate(items):
        exercise = _exercise(check, ("exercises", i), item)
        if exercise is None:
            continue
        if exercise.id in exercises:
            check.error(("exercises", i, "id"), f"exercise id '{exercise.id}' is used twice")
        exercises[exercise.id] = exercise
    errors = [p for p in check.problems if not p.warning]
    return (None if errors else Library(exercises)), check.problems


def load_library(path: FsPath | str) -> Library:
    """Read the exercise library; raises UserFileError listing every problem."""
    library, problems = _library(_read_file(path))
    if library is None:
        raise UserFileError(problems)
    return library


# --- routines ----------------------------------------------------------------

def _step(check: _Checker, path: Path, value: Any, library: Library) -> Step | None:
    data = check.mapping(path, value, STEP_KEYS, required=("exercise",))
    if data is None:
        return None
    before = len(check.problems)
    exercise_id = data.get("exercise")
    exercise: Exercise | None = None
    if "exercise" in data:
        if not isinstance(exercise_id, str) or exercise_id not in library:
            shown = shorten(exercise_id) if isinstance(exercise_id, str) else _describe(exercise_id)
            hint = close_match(shown, library.exercises) if isinstance(exercise_id, str) else ""
            check.fault((*path, "exercise"), "unknown-exercise", id=shown, suggestion=hint)
        else:
            exercise = library[exercise_id]
    open_hold = data.get("hold") == OPEN_HOLD
    if "hold" in data and not open_hold and not _whole(data["hold"]):
        bound = BOUNDS["hold"]
        check.fault((*path, "hold"), "bad-hold", where=(*path, "hold"), got=got(data["hold"]),
                    low=bound.low, high=bound.high)
    numbers = {
        key: check.integer((*path, key), data[key], BOUNDS[key])
        for key in ("hold", "reps", "tempo", "rest", "prepare")
        if key in data and not (key == "hold" and (open_hold or not _whole(data[key])))
    }
    if "hold" in data and "reps" in data:
        check.error((*path, "reps"), "give either 'hold' (seconds) or 'reps' (a count), not both")
    if "tempo" in data and "reps" not in data and not (exercise and exercise.reps and "hold" not in data):
        check.error((*path, "tempo"), "'tempo' (seconds per repetition) only goes with 'reps'")
    sides = check.choice((*path, "sides"), data["sides"], SIDES) if "sides" in data else None
    if exercise is not None and sides is not None:
        if exercise.sided and sides == "none":
            check.error((*path, "sides"), f"'{exercise.id}' is done on each side; "
                        "write 'both', 'left' or 'right' (or leave 'sides' out)")
        if not exercise.sided and sides in ("both", "left", "right"):
            check.error((*path, "sides"), f"'{exercise.id}' is not done per side; "
                        "write 'none' or leave 'sides' out")
    if len(check.problems) != before or not isinstance(exercise_id, str):
        return None
    return Step(exercise=exercise_id, sides=sides, line=check.doc.where(path)[0], open=open_hold,
                hold=numbers.get("hold"), reps=numbers.get("reps"), tempo=numbers.get("tempo"),
                rest=numbers.get("rest"), prepare=numbers.get("prepare"))


def _numbers(check: _Checker, key: str, value: Any, keys: tuple[str, ...]) -> dict[str, int] | None:
    """The whole numbers of a small mapping such as ``breath: {in: 4, out: 6}``, all required."""
    given = check.mapping((key,), value, keys, required=keys)
    if given is None:
        return None
    numbers = {name: check.integer((key, name), given[name], BOUNDS[f"{key}.{name}"])
               for name in keys if name in given}
    if any(numbers.get(name) is None for name in keys):
        return None
    return {name: number for name, number in numbers.items() if number is not None}


def _breath(check: _Checker, value: Any) -> Pace | None:
    numbers = _numbers(check, "breath", value, BREATH_KEYS)
    return Pace(numbers["in"], numbers["out"]) if numbers else None


def _progress(check: _Checker, value: Any) -> Progression | None:
    from stretchtimer.core.steps import LONG_HOLD

    numbers = _numbers(check, "progress", value, PROGRESS_KEYS)
    if not numbers:
        return None
    if numbers["max"] > LONG_HOLD:
        check.fault(("progress", "max"), "progress-max", warning=True, longest=LONG_HOLD,
                    given=numbers["max"])
    return Progression(numbers["add"], numbers["every"], numbers["max"])


def check_routine(doc: Document, library: Library) -> tuple[Routine | None, list[Problem]]:
    """The routine (None when any error) and every problem, warnings included."""
    check = _Checker(doc)
    data = check.mapping((), doc.data, ROUTINE_KEYS, required=("version", "name", "steps"))
    if data is None:
        return None, check.problems
    if not check.version(data):
        return None, check.problems
    name = check.text(("name",), data["name"], 80) if "name" in data else None
    description = (check.text(("description",), data["description"], 1000, allow_empty=True)
                   if "description" in data else "")
    warmup = check.integer(("warmup",), data["warmup"], BOUNDS["warmup"]) if "warmup" in data else 0
    after_exercise = data.get("after_exercise", False)
    if not isinstance(after_exercise, bool):
        check.error(("after_exercise",),
                    f"'after_exercise' must be true or false, not {_describe(after_exercise)}")
    defaults = Defaults()
    if "defaults" in data:
        given = check.mapping(("defaults",), data["defaults"], DEFAULT_KEYS) or {}
        numbers = {key: check.integer(("defaults", key), value, BOUNDS[key])
                   for key, value in given.items() if key in DEFAULT_KEYS}
        defaults = Defaults(**{k: v for k, v in numbers.items() if v is not None})
    breath = _breath(check, data["breath"]) if "breath" in data else None
    progress = _progress(check, data["progress"]) if "progress" in data else None
    steps: list[Step] = []
    raw_steps = data.get("steps")
    if "steps" in data:
        if not isinstance(raw_steps, list):
            check.error(("steps",), f"'steps' must be a list of '- exercise: ...' items, "
                        f"not {_describe(raw_steps)}")
        elif not raw_steps:
            check.error(("steps",), "'steps' is empty; add at least one '- exercise: ...'")
        elif len(raw_steps) > MAX_STEPS:
            check.error(("steps",), f"{len(raw_steps)} steps is too many; at most {MAX_STEPS}")
        else:
            for i, item in enumerate(raw_steps):
                step = _step(check, ("steps", i), item, library)
                if step is not None:
                    steps.append(step)
    translations: dict[str, dict[str, Any]] = {}
    if "translations" in data:
        english = {"name": name or "", "description": description or ""}
        translations = check.translations(("translations",), data["translations"],
                                          ROUTINE_TEXT_FIELDS, english)
    if any(not p.warning for p in check.problems) or name is None:
        return None, check.problems
    routine = Routine(
        name=name,
        description=description or "",
        defaults=defaults,
        warmup=warmup or 0,
        after_exercise=after_exercise is True,
        breath=breath,
        progress=progress,
        steps=tuple(steps),
        source=doc.file,
        translations=translations,
    )
    return routine, check.problems


def read_routine(path: FsPath | str, library: Library, *, builtin: bool = False) -> Routine:
    """Load one routine file; raises UserFileError listing every error."""
    routine, problems = check_routine(_read_file(path), library)
    if routine is None:
        raise UserFileError([p for p in problems if not p.warning])
    if builtin:
        routine = Routine(**{**routine.__dict__, "builtin": True})
    return routine


def routine_from_text(text: str, library: Library, file: str = "<text>") -> Routine:
    """Load a routine from text already in memory (the editor, tests)."""
    return routine_from_bytes(text.encode("utf-8"), library, file)


def routine_from_bytes(raw: bytes, library: Library, file: str) -> Routine:
    """Load a routine from a file's bytes already read; raises UserFileError listing every error."""
    routine, problems = check_routine(read(raw, file), library)
    if routine is None:
        raise UserFileError([p for p in problems if not p.warning])
    return routine


def validate_file(path: FsPath | str, library: Library) -> list[Problem]:
    """Every problem of a routine or library file, for ``stretchtimer validate``."""
    try:
        doc = _read_file(path)
    except UserFileError as exc:
        return list(exc.problems)
    if isinstance(doc.data, dict) and "exercises" in doc.data and "steps" not in doc.data:
        return _library(doc)[1]
    from stretchtimer.core.advice import advice_problems  # advice compiles timelines

    routine, problems = check_routine(doc, library)
    if routine is not None:
        problems += advice_problems(routine, library, doc)
    return problems
