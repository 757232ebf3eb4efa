"""Breath pacing: the in/out boundaries sit exactly at start + k*(in+out) (+ in) of the hold,
through pauses and a long hold, on the session's own clock."""

from __future__ import annotations

import pytest

from stretchtimer.core.breath import (
    Half,
    breath_at,
    breath_shown,
    changes,
    locked_elapsed,
    next_change,
    turn_cue,
    turned_at,
)
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library, Pace
from stretchtimer.core.session import Session
from stretchtimer.core.timeline import CueKind, Phase, compile_routine

LONG = """\
version: 1
name: Long hold
defaults: {prepare: 5}
breath: {in: 4, out: 6}
steps:
  - exercise: standing-wide-hamstring-stretch
    hold: 60
"""


def test_halves_and_fullness_follow_the_default_pace() -> None:
    pace = Pace()
    assert breath_at(0.0, pace).half is Half.IN and breath_at(0.0, pace).fullness == 0.0
    assert breath_at(2.0, pace).fullness == pytest.approx(0.5)
    assert breath_at(4.0, pace).half is Half.OUT and breath_at(4.0, pace).fullness == 1.0
    assert breath_at(7.0, pace).fullness == pytest.approx(0.5)
    assert breath_at(10.0, pace) == breath_at(0.0, pace).__class__(Half.IN, 2, 0.0, 4.0)
    assert breath_at(9.5, pace).count == 1 and breath_at(4.0, pace).count == 6


def test_changes_over_a_minute_are_whole_cycles() -> None:
    starts = changes(60, Pace(4, 6))
    assert starts[:4] == [(0.0, Half.IN), (4.0, Half.OUT), (10.0, Half.IN), (14.0, Half.OUT)]
    assert len(starts) == 12 and starts[-1] == (54.0, Half.OUT)
    assert next_change(3.999, Pace()) == 4.0 and next_change(4.0, Pace()) == 10.0


def _into_hold(session: Session, clock) -> None:  # type: ignore[no-untyped-def]
    session.start()
    while session.segment.phase is not Phase.HOLD:
        clock.now = session.next_wakeup()
        session.update()


def test_pacer_is_locked_to_the_hold_deadline_without_drift(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    routine = routine_from_text(LONG, library)
    assert routine.breath == Pace(4, 6)
    session = Session(compile_routine(routine, library), fake_clock)
    _into_hold(session, fake_clock)
    start = session.deadline - 60
    # Wake-ups as the driver does them, late by a ragged few milliseconds each time.
    seen: list[tuple[float, Half, int]] = []
    while session.segment.phase is Phase.HOLD:
        wake = session.next_wakeup()
        assert wake is not None
        fake_clock.now = wake + 0.003 * (len(seen) % 3)
        if session.segment.phase is Phase.HOLD and fake_clock.now < session.deadline:
            b = breath_at(session.elapsed(), routine.breath)
            seen.append((fake_clock.now - start, b.half, b.number))
        session.update()
    assert seen[-1][2] == 6 and seen[-1][1] is Half.OUT
    assert {round(t) for t, half, n in seen if half is Half.IN and t % 10 < 0.01} == {10, 20, 30, 40, 50}
    assert all(half is (Half.IN if (t % 10) < 4 else Half.OUT) for t, half, _ in seen)


def test_a_pause_shifts_the_breath_with_the_deadline(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    routine = routine_from_text(LONG, library)
    session = Session(compile_routine(routine, library), fake_clock)
    _into_hold(session, fake_clock)
    fake_clock.advance(13.0)
    before = breath_at(session.elapsed(), Pace())
    session.pause()
    fake_clock.advance(41.7)
    session.resume()
    assert breath_at(session.elapsed(), Pace()) == before
    fake_clock.advance(47.0)  # 60 s of hold in all: the last out-breath ends on the deadline
    assert session.remaining() == pytest.approx(0.0)
    assert breath_at(session.elapsed() - 1e-9, Pace()).half is Half.OUT


def test_exercises_that_ask_to_go_deeper_say_so_and_the_key_is_checked(library: Library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.core.errors import UserFileError
    from stretchtimer.core.loader import load_library

    assert library["lying-hamstring-stretch"].deepen_on_exhale
    assert not library["romanian-single-leg-deadlift"].deepen_on_exhale
    bad = tmp_path / "exercises.yaml"
    bad.write_text("version: 1\nexercises:\n  - id: x\n    name: X\n    kind: static\n"
                   "    sided: false\n    hold: 30\n    instructions: [Do it]\n    frames: [x-1]\n"
                   "    deepen_on_exhale: often\n")
    with pytest.raises(UserFileError) as caught:
        load_library(bad)
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (10, "exercise 1, 'deepen_on_exhale' must be true or false")]


def test_the_breath_shown_at_each_whole_second_of_a_60_s_hold_is_the_deadline_s(  # type: ignore[no-untyped-def]
        library: Library, fake_clock) -> None:
    routine = routine_from_text(LONG, library)
    session = Session(compile_routine(routine, library), fake_clock)
    _into_hold(session, fake_clock)
    deadline = session.deadline
    first = breath_shown(session, Pace(4, 6))  # entered late, on the set-up's late wake-up
    shown: dict[int, tuple[Half, int, float]] = {0: (first.half, first.number, first.fullness)}
    while session.segment.phase is Phase.HOLD:
        wake = session.next_wakeup()
        assert wake is not None
        fake_clock.now = wake + 0.001 + 0.004 * (len(shown) % 5)  # each wake-up late by 1 to 17 ms
        if fake_clock.now < deadline:
            second = round(60 - (deadline - wake))  # the whole second of the hold this wake-up is for
            assert locked_elapsed(session) == second
            b = breath_shown(session, Pace(4, 6))
            shown[second] = (b.half, b.number, b.fullness)
        session.update()
    assert sorted(shown) == list(range(60))
    for second, seen in shown.items():
        exact = breath_at(float(second), Pace(4, 6))  # where the breath is on the deadline's own second
        assert seen == (exact.half, exact.number, exact.fullness), second
    assert shown[59][:2] == (Half.OUT, 6) and shown[4][0] is Half.OUT and shown[10] == (Half.IN, 2, 0.0)


def test_a_turn_is_due_at_its_second_on_the_deadline_not_at_the_wake_up(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(compile_routine(routine_from_text(LONG, library), library), fake_clock)
    _into_hold(session, fake_clock)
    start = session.deadline - 60
    for second in (1, 2, 3, 4):  # woken each second, 12 ms late; the breath turns out at 4 s
        fake_clock.now = start + second + 0.012
        session.update()
    assert turned_at(session, fake_clock.now) == pytest.approx(start + 4)
    cue = turn_cue(session, fake_clock.now)
    assert cue.cue.kind is CueKind.NUDGE and cue.at == pytest.approx(start + 4) and cue.at < session.deadline
