"""Drafts: a routine in the editor becomes the same file text and the same routine again."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stretchtimer.core.drafts import Draft, check, from_routine, to_yaml
from stretchtimer.core.fields import BOUNDS
from stretchtimer.core.loader import read_routine, routine_from_text
from stretchtimer.core.model import Defaults, Library, Step

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("stem", ["evening-routine", "post-workout", "pre-workout-warm-up"])
def test_builtin_round_trips(stem: str, library: Library) -> None:
    routine = read_routine(REPO / "routines" / f"{stem}.yaml", library)
    draft = from_routine(routine)
    again = routine_from_text(to_yaml(draft), library)
    assert from_routine(again) == draft
    assert again.steps == tuple(s.__class__(**{**s.__dict__, "line": a.line})
                                for s, a in zip(routine.steps, again.steps, strict=True))


def test_copy_of_a_builtin_drops_its_translated_names(library: Library) -> None:
    routine = read_routine(REPO / "routines" / "evening-routine.yaml", library)
    copy = from_routine(routine, copy_of_builtin="My evening")
    assert copy.name == "My evening" and copy.translations == {}
    assert "translations" not in to_yaml(copy)


def test_errors_carry_the_path_of_their_field(library: Library) -> None:
    checked = check(Draft(name="", steps=()), library)
    assert checked.routine is None
    assert checked.errors_at("name") == ["'name' is empty; write some text"]
    assert checked.errors_at("steps")
    long_name = check(Draft(name="x" * 81, steps=(Step("seated-hamstring-stretch"),)), library)
    assert long_name.errors_at("name") and long_name.routine is None


def test_valid_draft_gives_routine_and_advice(library: Library) -> None:
    draft = Draft(name="Short", steps=(Step("seated-hamstring-stretch", hold=10),))
    checked = check(draft, library)
    assert checked.routine is not None and checked.problems == ()
    assert {a.field for a in checked.advice} == {"exercise", "hold"}


def test_an_open_hold_is_written_as_hold_open(library: Library) -> None:
    draft = Draft(name="Roll", steps=(Step("foam-roll-hamstrings", open=True, sides="left"),))
    assert "  hold: open\n" in to_yaml(draft)
    checked = check(draft, library)
    assert checked.routine is not None and checked.routine.steps[0].open
    assert checked.total == 5 + 60  # prepare, then the exercise's own hold as its nominal length


def _step(library: Library) -> st.SearchStrategy[Step]:
    def build(exercise_id: str, data: st.DataObject) -> Step:
        exercise = library[exercise_id]
        counted = data.draw(st.booleans())
        number = st.integers(BOUNDS["hold"].low, BOUNDS["hold"].high)
        choices = ["both", "left", "right", None] if exercise.sided else ["none", None]
        sides = data.draw(st.sampled_from(choices))
        open_hold = not counted and data.draw(st.booleans())
        return Step(
            exercise_id,
            hold=None if counted or open_hold else data.draw(st.none() | number),
            open=open_hold,
            reps=data.draw(st.integers(1, 200)) if counted else None,
            tempo=data.draw(st.none() | st.integers(1, 20)) if counted else None,
            sides=sides,
            rest=data.draw(st.none() | st.integers(0, 1800)),
            prepare=data.draw(st.none() | st.integers(0, 600)),
        )
    return st.builds(build, st.sampled_from(list(library.exercises)), st.data())


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_valid_draft_survives_the_file_format(data: st.DataObject, library: Library) -> None:
    draft = Draft(
        name=data.draw(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)
                       .map(str.strip).filter(bool)),
        description=data.draw(st.text(max_size=50).map(str.strip)),
        warmup=data.draw(st.integers(0, 1800)),
        after_exercise=data.draw(st.booleans()),
        defaults=Defaults(prepare=data.draw(st.integers(0, 600)),
                          hold=data.draw(st.none() | st.integers(1, 1800)),
                          switch=data.draw(st.integers(0, 600)), rest=data.draw(st.integers(0, 1800)),
                          tempo=data.draw(st.integers(1, 20))),
        steps=tuple(data.draw(st.lists(_step(library), min_size=1, max_size=6))),
    )
    checked = check(draft, library)
    assert checked.problems == ()
    assert checked.routine is not None
    assert from_routine(checked.routine) == draft
