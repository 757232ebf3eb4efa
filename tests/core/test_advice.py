"""Advice from the article: warnings that point at the step and never block a routine."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchtimer.core.advice import advise
from stretchtimer.core.loader import read_routine, routine_from_text, validate_file
from stretchtimer.core.model import Library

REPO = Path(__file__).resolve().parents[2]


def routine(text: str, library: Library):  # type: ignore[no-untyped-def]
    return routine_from_text("version: 1\nname: Test\n" + text, library)


@pytest.mark.parametrize("stem", ["evening-routine", "post-workout", "pre-workout-warm-up"])
def test_builtin_routines_follow_the_advice(stem: str, library: Library) -> None:
    assert advise(read_routine(REPO / "routines" / f"{stem}.yaml", library), library) == []


def test_static_stretch_before_any_warm_up(library: Library) -> None:
    cold = routine("steps:\n  - exercise: seated-hamstring-stretch\n  - exercise: lying-hamstring-stretch\n",
                   library)
    found = advise(cold, library)
    assert [(a.step, a.field) for a in found] == [(0, "exercise")]
    assert "warm-up" in found[0].message
    warmed = routine("steps:\n  - exercise: alternate-toe-reach\n  - exercise: seated-hamstring-stretch\n",
                     library)
    assert advise(warmed, library) == []
    assert advise(routine("warmup: 60\nsteps:\n  - exercise: seated-hamstring-stretch\n", library),
                  library) == []
    assert advise(routine("after_exercise: true\nsteps:\n  - exercise: seated-hamstring-stretch\n",
                          library), library) == []


@pytest.mark.parametrize(("hold", "word"), [(10, "short"), (14, "short"), (75, "long")])
def test_holds_outside_15_to_60_seconds(hold: int, word: str, library: Library) -> None:
    found = advise(routine(f"warmup: 30\nsteps:\n  - exercise: seated-hamstring-stretch\n    hold: {hold}\n",
                           library), library)
    assert len(found) == 1 and found[0].field == "hold" and word in found[0].message
    for fine in (15, 60):
        assert advise(routine(f"warmup: 30\nsteps:\n  - exercise: seated-hamstring-stretch\n"
                              f"    hold: {fine}\n", library), library) == []


def test_an_open_hold_gets_no_advice_on_its_length(library: Library) -> None:
    open_hold = routine("warmup: 30\ndefaults: {hold: 90}\nsteps:\n  - exercise: seated-hamstring-stretch\n"
                        "    hold: open\n", library)
    assert advise(open_hold, library) == []


def test_one_sided_exercise(library: Library) -> None:
    one = routine("warmup: 30\nsteps:\n  - exercise: figure-four-glute-stretch\n    sides: left\n", library)
    found = advise(one, library)
    assert [(a.step, a.field) for a in found] == [(0, "sides")]
    assert "right side" in found[0].message
    evened = routine("warmup: 30\nsteps:\n  - exercise: figure-four-glute-stretch\n    sides: left\n"
                     "  - exercise: figure-four-glute-stretch\n    sides: right\n", library)
    assert advise(evened, library) == []


def test_long_routine_without_rest(library: Library) -> None:
    steps = "".join("  - exercise: seated-hamstring-stretch\n    hold: 60\n" for _ in range(6))
    found = advise(routine(f"warmup: 60\ndefaults: {{rest: 0}}\nsteps:\n{steps}", library), library)
    assert [a.step for a in found] == [None] and "without any rest" in found[0].message
    assert advise(routine(f"warmup: 60\ndefaults: {{rest: 5}}\nsteps:\n{steps}", library), library) == []


def test_validate_reports_advice_as_located_warnings(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("version: 1\nname: R\nwarmup: 30\nsteps:\n  - exercise: seated-hamstring-stretch\n"
                    "    hold: 90\n")
    problems = validate_file(path, library)
    assert [(p.line, p.warning) for p in problems] == [(6, True)]
    assert str(problems[0]).startswith(f"{path}:6:11: warning: a 90 s hold")
