"""What a run really was: each exercise side done, partly done or skipped, and the routine's verdict."""

from __future__ import annotations

from dataclasses import replace

from stretchtimer.core import outcome
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.outcome import Part, Result, Status
from stretchtimer.core.timeline import Phase, Timeline, compile_routine
from tests.conftest import SHORT

# Segments: 0 prepare, 1 hold left (20), 2 switch, 3 hold right (20), 4 rest, 5 prepare,
# 6 hold (15), 7 done. Hold time planned: 55 s.
LEFT, RIGHT, WIDE = 1, 3, 6


def short(library: Library) -> Timeline:
    timeline = compile_routine(routine_from_text(SHORT, library), library)
    assert [timeline[i].phase for i in (LEFT, RIGHT, WIDE)] == [Phase.HOLD] * 3 and len(timeline) == 8
    return timeline


def every_second(timeline: Timeline) -> dict[int, float]:
    return {s.index: float(s.duration) for s in timeline}


def test_a_routine_run_through_is_done_part_by_part(library: Library) -> None:
    timeline = short(library)
    result = outcome.summarize(timeline, every_second(timeline))
    assert [(p.exercise, p.side, p.status) for p in result.parts] == [
        ("seated-hamstring-stretch", "left", Status.DONE),
        ("seated-hamstring-stretch", "right", Status.DONE),
        ("standing-wide-hamstring-stretch", None, Status.DONE)]
    assert (result.planned, result.spent, result.completed) == (55, 55, True)
    assert outcome.result(result, reached_end=True) is Result.COMPLETED


def test_skipped_after_three_seconds_is_not_completed(library: Library) -> None:
    result = outcome.summarize(short(library), {0: 3.0})  # 3 s getting ready, then skip to the end
    assert {p.status for p in result.parts} == {Status.SKIPPED}
    assert result.spent == 0 and not result.completed
    assert outcome.result(result, reached_end=True) is Result.SKIPPED
    assert outcome.result(result, reached_end=False) is Result.STOPPED


def test_done_from_80_percent_partly_from_3_seconds(library: Library) -> None:
    result = outcome.summarize(short(library), {LEFT: 16.0, RIGHT: 15.9, WIDE: 2.9})
    assert [p.status for p in result.parts] == [Status.DONE, Status.PARTLY, Status.SKIPPED]
    assert result.with_status(Status.PARTLY)[0].spent == 15.9


def test_completed_once_three_quarters_of_the_hold_time_ran(library: Library) -> None:
    timeline = short(library)  # 55 s planned: 41.25 s needed
    assert not outcome.summarize(timeline, {LEFT: 20.0, RIGHT: 20.0, WIDE: 1.0}).completed
    assert outcome.summarize(timeline, {LEFT: 20.0, RIGHT: 20.0, WIDE: 1.5}).completed


def test_time_beyond_the_plan_does_not_make_up_for_skipped_parts(library: Library) -> None:
    # Going back restarts a hold: its seconds add up, but only its planned time counts.
    result = outcome.summarize(short(library), {LEFT: 60.0})
    assert result.parts[0].status is Status.DONE and result.spent == 60
    assert not result.completed


def test_pauses_and_prepare_time_do_not_count_as_holding(library: Library) -> None:
    timeline = short(library)
    spent = {s.index: float(s.duration) for s in timeline if s.phase is not Phase.HOLD}
    result = outcome.summarize(timeline, spent)
    assert result.spent == 0 and not result.completed


def test_reps_count_like_holds(library: Library) -> None:
    text = ("version: 1\nname: Reps\ndefaults: {prepare: 0}\nsteps:\n"
            "  - exercise: romanian-single-leg-deadlift\n    reps: 5\n    tempo: 4\n    sides: left\n")
    timeline = compile_routine(routine_from_text(text, library), library)
    (reps,) = [s for s in timeline if s.phase is Phase.REPS]
    result = outcome.summarize(timeline, {reps.index: 12.0})
    assert [(p.planned, p.status) for p in result.parts] == [(20, Status.PARTLY)]
    assert outcome.summarize(timeline, {reps.index: 16.0}).completed


def test_an_open_hold_is_done_once_held_three_seconds(library: Library) -> None:
    timeline = short(library)
    segments = list(timeline.segments)
    segments[WIDE] = replace(segments[WIDE], open=True)  # held as long as the person likes
    opened = replace(timeline, segments=tuple(segments))
    held = outcome.summarize(opened, {LEFT: 20.0, RIGHT: 15.0, WIDE: 3.0})
    assert held.parts[2].status is Status.DONE and held.completed  # counts as its full 15 s: 50 of 55
    assert outcome.summarize(opened, {LEFT: 20.0, RIGHT: 15.0, WIDE: 2.0}).parts[2].status is Status.SKIPPED
    # The same 3 s in a timed 15 s hold is only partly done, and the routine falls short (38 of 55).
    timed = outcome.summarize(timeline, {LEFT: 20.0, RIGHT: 15.0, WIDE: 3.0})
    assert timed.parts[2].status is Status.PARTLY and not timed.completed


def test_parts_survive_a_round_trip_through_plain_data() -> None:
    part = Part("lying-hamstring-stretch", "left", 30.0, 12.34, Status.PARTLY)
    again = Part.from_dict(part.to_dict())
    assert again == replace(part, spent=12.3)
    assert Part.from_dict({"exercise": "x"}) == Part("x", None, 0.0, 0.0, Status.SKIPPED)
