"""The routine loader: valid files load, every hostile file gets a located message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from stretchtimer.core.errors import UserFileError
from stretchtimer.core.loader import read_routine, routine_from_text, validate_file
from stretchtimer.core.model import Library

GOOD = """\
version: 1
name: Test routine
description: For the tests.
defaults: {prepare: 5, hold: 30, switch: 5, rest: 10}
steps:
  - exercise: lying-hamstring-stretch
    hold: 45
    sides: both
  - exercise: romanian-single-leg-deadlift
    reps: 8
  - exercise: standing-wide-hamstring-stretch
    sides: none
"""


def load(text: str, library: Library) -> UserFileError:
    with pytest.raises(UserFileError) as caught:
        routine_from_text(text, library, file="bad.yaml")
    return caught.value


def test_design_example_loads(library: Library) -> None:
    routine = routine_from_text(GOOD, library)
    assert routine.name == "Test routine"
    assert [s.exercise for s in routine.steps] == [
        "lying-hamstring-stretch", "romanian-single-leg-deadlift", "standing-wide-hamstring-stretch"]
    assert routine.steps[0].hold == 45
    assert routine.steps[1].reps == 8
    assert routine.defaults.rest == 10


def test_misspelt_exercise_suggests_the_right_id(library: Library) -> None:
    error = load(GOOD.replace("exercise: lying-hamstring-stretch", "exercise: lying-hamstring-strech"),
                 library)
    assert [str(p) for p in error.problems] == [
        "bad.yaml:6:15: unknown exercise 'lying-hamstring-strech' — did you mean "
        "'lying-hamstring-stretch'?"]


def test_misspelt_key_suggests_the_right_key(library: Library) -> None:
    error = load(GOOD.replace("    hold: 45", "    hlod: 45"), library)
    assert str(error.problems[0]) == (
        "bad.yaml:7:5: unknown key 'hlod' in step 1 — did you mean 'hold'?")


def test_every_error_is_collected(library: Library) -> None:
    text = GOOD.replace("hold: 45", "hold: 0").replace("reps: 8", "reps: many")
    error = load(text, library)
    assert [(p.line, p.column) for p in error.problems] == [(7, 11), (10, 11)]
    assert "from 1 to 1800" in error.problems[0].message
    assert "whole number of repetitions" in error.problems[1].message


HOSTILE = {
    "list document": ("- a\n- b\n", 1, "must be a mapping"),
    "scalar document": ("just text\n", 1, "must be a mapping"),
    "empty file": ("", 0, "empty"),
    "only a comment": ("# nothing\n", 0, "empty"),
    "missing version": ("name: x\nsteps: [{exercise: standing-quad-stretch}]\n", 1, "version"),
    "future version": ("version: 2\nname: x\nsteps: [{exercise: standing-quad-stretch}]\n", 1,
                       "newer"),
    "missing steps": ("version: 1\nname: x\n", 1, "missing 'steps:'"),
    "empty steps": ("version: 1\nname: x\nsteps: []\n", 3, "empty"),
    "steps not a list": ("version: 1\nname: x\nsteps: yes\n", 3, "must be a list"),
    "unknown top key": ("version: 1\nname: x\ncolour: red\nsteps: [{exercise: standing-quad-stretch}]\n",
                        3, "unknown key 'colour'"),
    "name not text": ("version: 1\nname: [1]\nsteps: [{exercise: standing-quad-stretch}]\n", 2,
                      "must be text"),
    "hold negative": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n    hold: -5\n",
                      5, "from 1 to 1800"),
    "hold huge": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n"
                  "    hold: 99999999999999999999\n", 5, "from 1 to 1800"),
    "hold decimal": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n    hold: 2.5\n",
                     5, "decimal"),
    "hold boolean": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n    hold: yes\n",
                     5, "whole number"),
    "hold infinite": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n    hold: .inf\n",
                      5, "whole number"),
    "hold word": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n    hold: forever\n",
                  5, "hold is a whole number of seconds (1 to 1800) or 'open'"),
    "open hold and reps": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n"
                           "    hold: open\n    reps: 5\n", 6, "not both"),
    "hold and reps": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n    hold: 5\n"
                      "    reps: 5\n", 6, "not both"),
    "bad sides": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n    sides: top\n",
                  5, "one of: both, left, right, none"),
    "sides on unsided": ("version: 1\nname: x\nsteps:\n  - exercise: standing-wide-hamstring-stretch\n"
                         "    sides: left\n", 5, "not done per side"),
    "no side on sided": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n"
                         "    sides: none\n", 5, "done on each side"),
    "unknown exercise": ("version: 1\nname: x\nsteps:\n  - exercise: headstand\n", 4,
                         "unknown exercise 'headstand'"),
    "step not mapping": ("version: 1\nname: x\nsteps:\n  - standing-quad-stretch\n", 4,
                         "must be a mapping"),
    "python tag": ("version: 1\nname: !!python/object/apply:os.system [ls]\nsteps: []\n", 2,
                   "tag '!!python/object/apply:os.system' is not allowed"),
    "custom tag": ("version: 1\nname: !thing x\nsteps: []\n", 2, "tag '!thing' is not allowed"),
    "alias": ("version: 1\nname: &n x\ndescription: *n\nsteps: []\n", 3, "aliases"),
    "duplicate key": ("version: 1\nname: x\nname: y\nsteps: []\n", 3, "duplicate key 'name'"),
    "two documents": ("version: 1\n---\nversion: 1\n", 2, "only one YAML document"),
    "syntax error": ("version: 1\nname: [x\nsteps: []\n", 3, "YAML syntax"),
    "tab indentation": ("version: 1\nsteps:\n\t- exercise: x\n", 3, "YAML syntax"),
    "control character": ("version: 1\nname: a\x07b\n", 2, "not allowed"),
    "complex key": ("version: 1\n? [a, b]\n: c\n", 2, "keys must be plain words"),
    "defaults unknown": ("version: 1\nname: x\ndefaults: {hold: 5, breath: 2}\n"
                         "steps: [{exercise: standing-quad-stretch}]\n", 3, "unknown key 'breath'"),
    "tempo without reps": ("version: 1\nname: x\nsteps:\n  - exercise: standing-quad-stretch\n"
                           "    tempo: 2\n", 5, "only goes with 'reps'"),
    "name too long": ("version: 1\nname: " + "x" * 200 + "\nsteps: [{exercise: standing-quad-stretch}]\n",
                      2, "characters long"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_document_gets_a_located_message(case: str, library: Library) -> None:
    text, line, expected = HOSTILE[case]
    error = load(text, library)
    assert error.problems, case
    first = error.problems[0]
    assert first.file == "bad.yaml"
    assert first.line == line, str(first)
    assert expected in first.message, str(first)
    assert str(first).startswith(f"bad.yaml:{line}:" if line else "bad.yaml: ")


def test_hold_open_reads_as_an_open_step(library: Library) -> None:
    text = ("version: 1\nname: x\nsteps:\n  - exercise: romanian-single-leg-deadlift\n    hold: open\n"
            "  - exercise: standing-quad-stretch\n    hold: 30\n")
    routine = routine_from_text(text, library)
    assert [(s.hold, s.open) for s in routine.steps] == [(None, True), (30, False)]


def test_invalid_utf8_names_line_and_column(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"version: 1\nname: Caf\xe9\nsteps: []\n")
    problems = validate_file(path, library)
    assert [str(p) for p in problems] == [
        f"{path}:2:10: not valid UTF-8 text (byte 0xe9); save the file as UTF-8"]


def test_billion_laughs_is_refused_fast(library: Library) -> None:
    lines = ["version: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]" for i in range(1, 30)]
    started = time.perf_counter()
    error = load("\n".join(lines) + "\n", library)
    assert time.perf_counter() - started < 2
    assert "aliases" in error.problems[0].message


def test_deep_nesting_is_refused(library: Library) -> None:
    error = load("version: 1\nname: " + "[" * 5000 + "]" * 5000 + "\n", library)
    assert "nested more than" in error.problems[0].message
    assert error.problems[0].line == 2


def test_huge_file_is_refused_before_parsing(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"version: 1\n" + b"# padding\n" * 200_000)
    problems = validate_file(path, library)
    assert len(problems) == 1 and "at most" in problems[0].message


def test_missing_file_says_it_cannot_be_read(tmp_path: Path, library: Library) -> None:
    problems = validate_file(tmp_path / "nope.yaml", library)
    assert str(problems[0]) == f"{tmp_path / 'nope.yaml'}: cannot read the file: No such file or directory"


def test_read_routine_marks_builtin(library: Library) -> None:
    repo = Path(__file__).resolve().parents[2]
    routine = read_routine(repo / "routines" / "evening-routine.yaml", library, builtin=True)
    assert routine.builtin and routine.name == "Evening routine"
