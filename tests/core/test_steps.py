"""The step rules: which value wins for a step's hold, count, tempo, sides, get-ready and rest."""

from __future__ import annotations

import dataclasses

from stretchtimer.core import steps
from stretchtimer.core.model import Defaults, Library, Step


def test_hold_is_the_steps_then_the_routines_then_the_exercises_then_the_fallback(library: Library) -> None:
    held = library["seated-hamstring-stretch"]  # holds 30 s of its own
    assert steps.hold(Step(held.id, hold=50), Defaults(hold=45), held) == 50
    assert steps.hold(Step(held.id), Defaults(hold=45), held) == 45
    assert steps.hold(Step(held.id), Defaults(), dataclasses.replace(held, hold=40)) == 40
    assert steps.hold(Step(held.id), Defaults(), dataclasses.replace(held, hold=None)) == steps.FALLBACK_HOLD
    assert steps.default_hold(Defaults(hold=45), held) == 45


def test_a_step_is_counted_unless_it_gives_a_hold(library: Library) -> None:
    counted = library["romanian-single-leg-deadlift"]  # 8 repetitions of its own
    held = library["seated-hamstring-stretch"]
    assert steps.reps(Step(counted.id), counted) == 8
    assert steps.reps(Step(counted.id, reps=5), counted) == 5
    assert steps.reps(Step(counted.id, hold=20), counted) is None
    assert steps.reps(Step(held.id), held) is None and not steps.counted(Step(held.id), held)
    assert steps.reps(Step(held.id, reps=6), held) == 6 and steps.counted(Step(held.id, reps=6), held)


def test_tempo_is_the_steps_then_the_exercises_then_the_routines(library: Library) -> None:
    counted = library["romanian-single-leg-deadlift"]  # 3 s per repetition of its own
    assert steps.tempo(Step(counted.id, tempo=2), Defaults(tempo=4), counted) == 2
    assert steps.tempo(Step(counted.id), Defaults(tempo=4), counted) == 3
    assert steps.tempo(Step(counted.id), Defaults(tempo=4), dataclasses.replace(counted, tempo=None)) == 4


def test_sides_follow_the_exercise_unless_the_step_names_one(library: Library) -> None:
    sided, both_feet = library["seated-hamstring-stretch"], library["standing-wide-hamstring-stretch"]
    assert steps.sides(Step(sided.id), sided) == ("left", "right")
    assert steps.sides(Step(sided.id, sides="right"), sided) == ("right",)
    assert steps.sides(Step(both_feet.id), both_feet) == (None,)


def test_a_zero_get_ready_or_rest_of_the_step_wins_over_the_routines() -> None:
    defaults = Defaults(prepare=8, rest=12)
    assert steps.prepare(Step("x"), defaults) == 8 and steps.prepare(Step("x", prepare=0), defaults) == 0
    assert steps.rest(Step("x"), defaults) == 12 and steps.rest(Step("x", rest=0), defaults) == 0
