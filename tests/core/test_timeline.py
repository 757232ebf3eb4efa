"""Compiling routines to timelines: phase order, sides, reps and totals."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchtimer.core.loader import read_routine, routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.timeline import CueKind, Phase, compile_routine

REPO = Path(__file__).resolve().parents[2]

ROUTINE = """\
version: 1
name: Mixed
warmup: 20
defaults: {prepare: 5, switch: 4, rest: 10, tempo: 3}
steps:
  - exercise: seated-hamstring-stretch
    hold: 30
  - exercise: romanian-single-leg-deadlift
    reps: 4
    rest: 0
  - exercise: standing-wide-hamstring-stretch
    hold: 20
    prepare: 3
"""


def test_phase_order_sides_and_durations(library: Library) -> None:
    timeline = compile_routine(routine_from_text(ROUTINE, library), library)
    shape = [(s.phase.value, s.exercise, s.side, s.duration) for s in timeline]
    assert shape == [
        ("warmup", None, None, 20),
        ("prepare", "seated-hamstring-stretch", "left", 5),
        ("hold", "seated-hamstring-stretch", "left", 30),
        ("switch", "seated-hamstring-stretch", "right", 4),
        ("hold", "seated-hamstring-stretch", "right", 30),
        ("rest", None, None, 10),
        ("prepare", "romanian-single-leg-deadlift", "left", 5),
        ("reps", "romanian-single-leg-deadlift", "left", 12),
        ("switch", "romanian-single-leg-deadlift", "right", 4),
        ("reps", "romanian-single-leg-deadlift", "right", 12),
        ("prepare", "standing-wide-hamstring-stretch", None, 3),
        ("hold", "standing-wide-hamstring-stretch", None, 20),
        ("done", None, None, 0),
    ]
    assert timeline.total == 20 + 5 + 30 + 4 + 30 + 10 + 5 + 12 + 4 + 12 + 3 + 20
    starts = [s.start for s in timeline]
    assert starts == sorted(starts) and all(
        a.end == b.start for a, b in zip(timeline.segments, timeline.segments[1:], strict=False))


def test_reps_are_counted_with_their_tempo(library: Library) -> None:
    timeline = compile_routine(routine_from_text(ROUTINE, library), library)
    reps = timeline[7]
    assert (reps.reps, reps.tempo) == (4, 3)
    assert [(c.offset, c.kind, c.count) for c in reps.cues] == [
        (0, CueKind.HOLD, 0), (3, CueKind.REP, 2), (6, CueKind.REP, 3), (9, CueKind.REP, 4)]
    assert [reps.rep_at(t) for t in (0, 2.9, 3, 8.99, 11.9, 12)] == [1, 1, 2, 3, 4, 4]


def test_cues_mark_starts_and_the_last_three_seconds(library: Library) -> None:
    timeline = compile_routine(routine_from_text(ROUTINE, library), library)
    assert [(c.offset, c.kind.value, c.count) for c in timeline[0].cues] == [
        (0, "start", 0), (17, "tick", 3), (18, "tick", 2), (19, "tick", 1)]
    assert timeline[1].cues[0].kind is CueKind.PREPARE
    assert timeline[3].cues[0].kind is CueKind.SWITCH
    assert [c.kind for c in timeline[3].cues] == [CueKind.SWITCH]  # 4 s: too short to count down
    assert timeline[5].cues[0].kind is CueKind.REST
    assert timeline[6].cues[0].kind is CueKind.NEXT
    assert timeline[-1].cues[0].kind is CueKind.DONE


def test_one_side_only_and_exercise_defaults(library: Library) -> None:
    text = ("version: 1\nname: x\nsteps:\n  - exercise: lying-hamstring-stretch\n    sides: right\n"
            "  - exercise: romanian-single-leg-deadlift\n")
    timeline = compile_routine(routine_from_text(text, library), library)
    assert [(s.phase, s.side) for s in timeline if s.exercise == "lying-hamstring-stretch"] == [
        (Phase.PREPARE, "right"), (Phase.HOLD, "right")]
    deadlift = library["romanian-single-leg-deadlift"]
    reps = [s for s in timeline if s.phase is Phase.REPS]
    assert [s.reps for s in reps] == [deadlift.reps, deadlift.reps]
    assert timeline[1].duration == library["lying-hamstring-stretch"].hold


def test_next_exercise_skips_to_the_following_step(library: Library) -> None:
    timeline = compile_routine(routine_from_text(ROUTINE, library), library)
    assert timeline.next_exercise(2).exercise == "romanian-single-leg-deadlift"
    assert timeline.next_exercise(11) is None


@pytest.mark.parametrize("name", ["evening-routine", "post-workout", "pre-workout-warm-up"])
def test_presets_compile_with_known_totals(name: str, library: Library) -> None:
    routine = read_routine(REPO / "routines" / f"{name}.yaml", library, builtin=True)
    timeline = compile_routine(routine, library)
    assert timeline.total == sum(s.duration for s in timeline)
    assert timeline[-1].phase is Phase.DONE
    for segment in timeline:
        if segment.exercise and library[segment.exercise].sided:
            assert segment.side in ("left", "right")
    assert 3 * 60 <= timeline.total <= 30 * 60
