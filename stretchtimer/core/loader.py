"""Read routine and library files into the model; every problem is collected with its place."""

from __future__ import annotations

import re
from pathlib import Path as FsPath
from typing import Any

from stretchtimer.core.errors import Problem, UserFileError, close_match
from stretchtimer.core.fields import BOUNDS, Checker, describe
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
from stretchtimer.core.problems import got, place, shorten
from stretchtimer.core.reading import Refused, read_bounded
from stretchtimer.core.yamldoc import MAX_BYTES, Document, Path, read

MAX_STEPS = 1000
OPEN_HOLD = "open"  # a step's "hold: open": held until the user moves on
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

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

def _exercise(check: Checker, path: Path, value: Any) -> Exercise | None:
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
        check.error((*path, "sided"), f"{place((*path, 'sided'))} must be true or false")
    deepen = data.get("deepen_on_exhale", False)
    if not isinstance(deepen, bool):
        check.error((*path, "deepen_on_exhale"),
                    f"{place((*path, 'deepen_on_exhale'))} must be true or false")
    hold = check.integer((*path, "hold"), data["hold"], BOUNDS["hold"]) if "hold" in data else None
    reps = check.integer((*path, "reps"), data["reps"], BOUNDS["reps"]) if "reps" in data else None
    tempo = check.integer((*path, "tempo"), data["tempo"], BOUNDS["tempo"]) if "tempo" in data else None
    if "hold" in data and "reps" in data:
        check.error((*path, "reps"), "give either 'hold' or 'reps', not both")
    if "hold" not in data and "reps" not in data:
        check.error(path, f"{place(path)} needs a default 'hold:' (seconds) or 'reps:'")
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
    check = Checker(doc)
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

def _step(check: Checker, path: Path, value: Any, library: Library) -> Step | None:
    data = check.mapping(path, value, STEP_KEYS, required=("exercise",))
    if data is None:
        return None
    before = len(check.problems)
    exercise_id = data.get("exercise")
    exercise: Exercise | None = None
    if "exercise" in data:
        if not isinstance(exercise_id, str) or exercise_id not in library:
            shown = shorten(exercise_id) if isinstance(exercise_id, str) else describe(exercise_id)
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


def _numbers(check: Checker, key: str, value: Any, keys: tuple[str, ...]) -> dict[str, int] | None:
    """The whole numbers of a small mapping such as ``breath: {in: 4, out: 6}``, all required."""
    given = check.mapping((key,), value, keys, required=keys)
    if given is None:
        return None
    numbers = {name: check.integer((key, name), given[name], BOUNDS[f"{key}.{name}"])
               for name in keys if name in given}
    if any(numbers.get(name) is None for name in keys):
        return None
    return {name: number for name, number in numbers.items() if number is not None}


def _breath(check: Checker, value: Any) -> Pace | None:
    numbers = _numbers(check, "breath", value, BREATH_KEYS)
    return Pace(numbers["in"], numbers["out"]) if numbers else None


def _progress(check: Checker, value: Any) -> Progression | None:
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
    check = Checker(doc)
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
                    f"'after_exercise' must be true or false, not {describe(after_exercise)}")
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
                        f"not {describe(raw_steps)}")
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
