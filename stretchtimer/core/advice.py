"""Advice from the article, as warnings that never block a routine."""

from __future__ import annotations

from dataclasses import dataclass

from stretchtimer.core import steps
from stretchtimer.core.errors import Problem
from stretchtimer.core.model import Library, Routine
from stretchtimer.core.steps import LONG_HOLD, SHORT_HOLD
from stretchtimer.core.timeline import Phase, Timeline, compile_routine
from stretchtimer.core.yamldoc import Document

__all__ = ["LONG_HOLD", "SHORT_HOLD", "Advice", "advice_problems", "advise"]
LONG_ROUTINE = 10 * 60  # seconds of routine after which some rest is advised


@dataclass(frozen=True)
class Advice:
    """One piece of advice, about one step (``step`` is its index) or the whole routine (None)."""

    message: str
    step: int | None = None
    field: str = ""  # the step's field the advice is about: "hold", "sides", ...
    code: str = ""  # which rule: "cold-static", "short-hold", "long-hold", "one-side", "no-rest"
    values: tuple[str | int, ...] = ()  # what the message names, for a translated wording


def advise(routine: Routine, library: Library, timeline: Timeline | None = None) -> list[Advice]:
    """Every piece of advice for ``routine``, in step order (``timeline``: its compiled form)."""
    found: list[Advice] = []
    warmed_up = routine.warmup > 0 or routine.after_exercise
    timeline = timeline or compile_routine(routine, library)
    holds: dict[int, set[int]] = {}
    for segment in timeline:
        if segment.phase is Phase.HOLD and segment.step is not None and not segment.open:
            holds.setdefault(segment.step, set()).add(segment.duration)
    sides_done: dict[str, set[str | None]] = {}
    for number, step in enumerate(routine.steps):
        exercise = library[step.exercise]
        if exercise.sided:
            sides_done.setdefault(exercise.id, set()).update(steps.sides(step, exercise))
        if exercise.kind == "static":
            if not warmed_up:
                found.append(Advice(
                    f"'{exercise.name}' is a static stretch before any warm-up; start with a "
                    "dynamic move or the foam roller, add a 'warmup' of a minute or two, "
                    "or mark it 'after_exercise'",
                    number, "exercise", "cold-static", (exercise.name,)))
                warmed_up = True  # said once is enough
            for hold in sorted(holds.get(number, ())):
                if hold < SHORT_HOLD:
                    found.append(Advice(f"a {hold} s hold of '{exercise.name}' is short; hold a "
                                        f"static stretch {SHORT_HOLD}–{LONG_HOLD} s", number, "hold",
                                        "short-hold", (hold, exercise.name)))
                elif hold > LONG_HOLD:
                    found.append(Advice(f"a {hold} s hold of '{exercise.name}' is long; "
                                        f"{SHORT_HOLD}–{LONG_HOLD} s is enough, repeat it instead",
                                        number, "hold", "long-hold", (hold, exercise.name)))
        else:
            warmed_up = True
    for number, step in enumerate(routine.steps):
        exercise = library[step.exercise]
        done = sides_done.get(exercise.id, set())
        if exercise.sided and len(done) == 1 and step.sides in ("left", "right"):
            other = "right" if step.sides == "left" else "left"
            found.append(Advice(f"'{exercise.name}' is only done on the {step.sides} side; "
                                f"add the {other} side too so both stay even", number, "sides",
                                "one-side", (exercise.name, step.sides)))
            done.add(other)  # one warning per exercise
    rested = any(s.phase is Phase.REST for s in timeline)
    if timeline.total >= LONG_ROUTINE and not rested:
        found.append(Advice(f"{timeline.total // 60} minutes without any rest; give a few seconds "
                            "of 'rest' between exercises", code="no-rest", values=(timeline.total // 60,)))
    return found


def advice_problems(routine: Routine, library: Library, doc: Document) -> list[Problem]:
    """The advice as warnings located in ``doc``, for ``stretchtimer validate``."""
    problems = []
    for advice in advise(routine, library):
        path: tuple[str | int, ...] = ()
        if advice.step is not None:
            path = ("steps", advice.step)
            if advice.field and (*path, advice.field) in doc.value_marks:
                path = (*path, advice.field)
        problems.append(doc.problem(path, advice.message, warning=True))
    return problems
