"""The session state machine on a fake clock: order, pause, skip, back, drift and sleep."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stretchtimer.core import session as core
from stretchtimer.core.loader import read_routine, routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.session import (
    CueDue,
    Finished,
    InvalidMove,
    Paused,
    PhaseStarted,
    SecondElapsed,
    Session,
    State,
)
from stretchtimer.core.timeline import CueKind, Phase, Timeline, compile_routine
from tests.conftest import SHORT

REPO = Path(__file__).resolve().parents[2]


def timeline_of(text: str, library: Library) -> Timeline:
    return compile_routine(routine_from_text(text, library), library)


def run_to_end(session: Session, clock, jitter: float = 0.0, seed: int = 1) -> list:  # type: ignore[no-untyped-def]
    """Wake at every next_wakeup (plus random lateness up to ``jitter``) until finished."""
    rng = random.Random(seed)
    events = list(session.start())
    while session.state is State.RUNNING:
        wake = session.next_wakeup()
        assert wake is not None and wake >= clock.now - 1e-9
        clock.now = wake + rng.uniform(0, jitter)
        events += session.update()
    return events


def play_for(session: Session, clock, seconds: float) -> list:  # type: ignore[no-untyped-def]
    """Let ``seconds`` pass, waking the session as a driver would (at least every second)."""
    end = clock.now + seconds
    events: list = []
    while clock.now < end:
        wake = session.next_wakeup()
        clock.now = min(end, wake if wake is not None else end)
        events += session.update()
    return events


@pytest.mark.parametrize("name", ["evening-routine", "post-workout", "pre-workout-warm-up"])
def test_every_preset_plays_in_order_to_the_end(name: str, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    routine = read_routine(REPO / "routines" / f"{name}.yaml", library, builtin=True)
    timeline = compile_routine(routine, library)
    session = Session(timeline, fake_clock)
    began = fake_clock.now
    events = run_to_end(session, fake_clock)
    started = [e for e in events if isinstance(e, PhaseStarted)]
    assert [e.segment.index for e in started] == list(range(len(timeline)))
    assert [e.at - began for e in started] == [float(s.start) for s in timeline]
    assert isinstance(events[-1], Finished) and events[-1].completed
    assert fake_clock.now - began == timeline.total
    cues = [e for e in events if isinstance(e, CueDue)]
    expected = [(s.start + c.offset, c.kind) for s in timeline for c in s.cues]
    assert [(e.at - began, e.cue.kind) for e in cues] == expected


def test_countdown_shows_every_second_once(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    events = run_to_end(session, fake_clock)
    first_prepare = [e.remaining for e in events if isinstance(e, SecondElapsed)][:6]
    assert first_prepare == [5, 4, 3, 2, 1, 20]


def test_pause_keeps_the_remaining_time(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 7.25)  # 2.25 s into the 20 s hold
    assert session.segment.phase is Phase.HOLD
    assert session.pause() == [Paused(suspended=False)]
    assert session.next_wakeup() is None
    fake_clock.advance(600)
    assert session.update() == []
    assert session.remaining() == pytest.approx(17.75)
    session.resume()
    assert session.remaining() == pytest.approx(17.75)
    assert session.next_wakeup() == pytest.approx(fake_clock.now + 0.75)


def test_skip_and_back_land_on_the_right_segment(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    events = session.skip()
    assert session.index == 1 and session.segment.phase is Phase.HOLD
    assert isinstance(events[0], PhaseStarted) and events[0].at == fake_clock.now
    play_for(session, fake_clock, 1)
    session.back()  # 1 s in: back to the previous phase
    assert session.index == 0
    fake_clock.advance(1)
    session.skip()
    play_for(session, fake_clock, 10)
    session.back()  # 10 s in: the same phase again, from its start
    assert session.index == 1 and session.remaining() == 20


def test_skip_while_paused_stays_paused(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    session.pause()
    session.skip()
    assert session.state is State.PAUSED and session.index == 1
    fake_clock.advance(100)
    assert session.remaining() == 20


def test_skipping_past_the_last_phase_finishes(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    events: list = []
    while session.state is State.RUNNING:
        events += session.skip()
    assert session.state is State.FINISHED and session.completed
    assert isinstance(events[-1], Finished)
    assert [e.cue.kind for e in events if isinstance(e, CueDue)][-1] is CueKind.DONE


def test_restart_goes_back_to_the_beginning(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    run_to_end(session, fake_clock)
    session.restart()
    assert session.state is State.RUNNING and session.index == 0 and session.remaining() == 5


def test_abandon_finishes_without_completing(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    fake_clock.advance(3)
    assert session.abandon() == [Finished(completed=False, at=fake_clock.now)]
    assert not session.completed


@pytest.mark.parametrize("state, action", [
    (State.READY, "pause"), (State.READY, "resume"), (State.READY, "skip"),
    (State.RUNNING, "start"), (State.RUNNING, "resume"),
    (State.PAUSED, "pause"), (State.FINISHED, "skip"), (State.FINISHED, "pause"),
])
def test_invalid_moves_raise(state: State, action: str, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    if state is not State.READY:
        session.start()
    if state is State.PAUSED:
        session.pause()
    if state is State.FINISHED:
        session.abandon()
    with pytest.raises(InvalidMove):
        getattr(session, action)()
    assert session.state is state


def test_transition_table_names_every_action() -> None:
    assert {action for _, action in core.TRANSITIONS} == set(core.Action)


def test_thirty_minutes_with_jitter_accumulate_no_error(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    steps = "".join("  - exercise: lying-hamstring-stretch\n    hold: 60\n" for _ in range(13))
    text = f"version: 1\nname: Long\ndefaults: {{prepare: 10, switch: 5, rest: 15}}\nsteps:\n{steps}"
    timeline = timeline_of(text, library)
    assert timeline.total >= 30 * 60
    session = Session(timeline, fake_clock)
    began = fake_clock.now
    events = run_to_end(session, fake_clock, jitter=0.001, seed=7)
    starts = [e for e in events if isinstance(e, PhaseStarted)]
    assert all(e.at - began == e.segment.start for e in starts)
    finished = events[-1]
    assert isinstance(finished, Finished) and finished.at - began == timeline.total


def test_a_ten_minute_gap_pauses_instead_of_racing(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    fake_clock.advance(1)
    session.update()
    fake_clock.advance(600)  # the laptop slept
    events = session.update()
    assert events[-1] == Paused(suspended=True)
    assert not any(isinstance(e, PhaseStarted) for e in events)
    assert session.state is State.PAUSED and session.index == 0
    assert session.remaining() == pytest.approx(4)
    session.resume()
    assert session.remaining() == pytest.approx(4)


def test_gap_plays_what_was_due_before_the_sleep(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 4.9)
    fake_clock.advance(300)
    session.update()
    assert session.index == 0 and session.remaining() == pytest.approx(0.1)


# --- sleep told apart from a late wake-up ------------------------------------------------------

LONG = "version: 1\nname: Long\ndefaults: {prepare: 5, switch: 5, rest: 10}\nsteps:\n" + "".join(
    "  - exercise: lying-hamstring-stretch\n    hold: 30\n" for _ in range(8))


class FakeSuspended:
    """Seconds the machine spent suspended, moved by hand (or any clock a test moves itself)."""

    def __init__(self, total: float = 0.0) -> None:
        self.total = total

    def __call__(self) -> float:
        return self.total


@pytest.mark.parametrize("with_source", [True, False], ids=["suspended source", "gap rule"])
def test_twenty_rapid_skips_never_pause(with_source: bool, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(LONG, library), fake_clock, FakeSuspended() if with_source else None)
    session.start()
    events: list = []
    for _ in range(20):
        fake_clock.advance(0.3)
        events += session.skip()  # each skip re-arms the wake-up, so none comes in between
    fake_clock.advance(0.3)
    events += session.update()
    assert not any(isinstance(e, Paused) for e in events)
    assert session.state is State.RUNNING and session.index == 20


@pytest.mark.parametrize("move", ["pause", "back", "restart", "adjust"])
def test_moves_restart_the_gap_rule(move: str, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(LONG, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 6)  # into the first hold
    fake_clock.advance(1.5)
    if move == "pause":
        session.pause()
        fake_clock.advance(1.5)
        session.resume()
    elif move == "adjust":
        session.adjust(10)
    else:
        getattr(session, move)()
    fake_clock.advance(1.5)
    assert not any(isinstance(e, Paused) for e in session.update())
    assert session.state is State.RUNNING


def test_a_stalled_loop_does_not_pause_when_sleep_can_be_measured(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    suspended = FakeSuspended()
    session = Session(timeline_of(SHORT, library), fake_clock, suspended)
    session.start()
    play_for(session, fake_clock, 1)
    fake_clock.advance(10)  # a locked file or a busy CPU held the event loop; no sleep
    events = session.update()
    assert not any(isinstance(e, Paused) for e in events)
    assert session.state is State.RUNNING
    assert session.index == 1 and session.elapsed() == pytest.approx(6)


def test_sleep_pauses_once_where_the_last_wake_up_left_it(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    suspended = FakeSuspended()
    session = Session(timeline_of(SHORT, library), fake_clock, suspended)
    session.start()
    play_for(session, fake_clock, 7)  # 2 s into the first hold
    fake_clock.advance(0.5)  # the monotonic clock stands still while suspended
    suspended.total += 30
    events = session.update()
    assert [e for e in events if isinstance(e, Paused)] == [Paused(suspended=True)]
    assert session.state is State.PAUSED
    assert session.index == 1 and session.remaining() == pytest.approx(18)
    fake_clock.advance(5)
    assert session.update() == []
    session.resume()
    play_for(session, fake_clock, 1)
    assert session.state is State.RUNNING and session.remaining() == pytest.approx(17)


def test_a_small_drift_of_the_suspended_source_is_not_sleep(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    suspended = FakeSuspended()
    session = Session(timeline_of(SHORT, library), fake_clock, suspended)
    session.start()
    fake_clock.advance(1)
    suspended.total += 0.4
    assert not any(isinstance(e, Paused) for e in session.update())


# --- seconds really spent ----------------------------------------------------------------------

def test_spent_counts_only_the_time_really_run(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 3)
    session.skip()  # prepare skipped after 3 s
    play_for(session, fake_clock, 2)
    session.pause()
    fake_clock.advance(100)  # paused time is not spent
    session.resume()
    play_for(session, fake_clock, 3)
    session.back()  # 5 s in: the hold again from its start
    play_for(session, fake_clock, 4)
    assert session.spent() == pytest.approx({0: 3, 1: 9})
    play_for(session, fake_clock, 20)  # the hold runs out, 4 s into the switch
    assert session.spent() == pytest.approx({0: 3, 1: 25, 2: 4})
    session.back()
    session.back()  # just begun: back to the hold, which adds up with the time before
    play_for(session, fake_clock, 1)
    assert session.spent() == pytest.approx({0: 3, 1: 26, 2: 4})
    session.restart()
    assert session.spent() == {}
    play_for(session, fake_clock, 2)
    assert session.spent() == pytest.approx({0: 2})


def test_a_routine_skipped_after_three_seconds_spent_three(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 3)
    while session.state is State.RUNNING:
        fake_clock.advance(0.001)
        session.skip()
    assert sum(session.spent().values()) == pytest.approx(3 + 0.001 * 7)


MOVES = st.lists(st.tuples(st.sampled_from(["wait", "skip", "back", "toggle", "plus", "minus", "restart"]),
                           st.floats(0.05, 25)), max_size=25)


@settings(max_examples=150, deadline=None)
@given(moves=MOVES)
def test_spent_adds_up_to_the_time_run_whatever_the_moves(moves: list[tuple[str, float]],
                                                          library: Library) -> None:
    clock = FakeSuspended(1000.0)
    session = Session(timeline_of(SHORT, library), clock)
    session.start()
    began, paused, paused_at = clock.total, 0.0, None
    for move, seconds in moves:
        if session.state is State.FINISHED:
            break
        if move == "wait":
            end = clock.total + seconds
            while clock.total < end and session.state is not State.FINISHED:
                wake = session.next_wakeup()
                clock.total = min(end, wake if wake is not None else end)
                session.update()
        elif move == "toggle" and session.state is State.RUNNING:
            session.pause()
            paused_at = clock.total
        elif move == "toggle":
            session.resume()
            paused += clock.total - (paused_at or 0.0)
            paused_at = None
        elif move == "restart":
            session.restart()
            began, paused, paused_at = clock.total, 0.0, None
        elif move in ("plus", "minus"):
            session.adjust(10 if move == "plus" else -10)
        else:
            getattr(session, move)()
        clock.total += 0.01  # a person's moves take a moment
    end = session.finished_at if session.finished_at is not None else clock.total
    if paused_at is not None:
        paused += end - paused_at
    spent = session.spent()
    assert sum(spent.values()) == pytest.approx(end - began - paused, abs=1e-6)
    assert all(seconds > 0 for seconds in spent.values())


def test_spent_stops_at_the_sleep_and_at_the_end(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    suspended = FakeSuspended()
    session = Session(timeline_of(SHORT, library), fake_clock, suspended)
    run_to_end(session, fake_clock)
    assert session.spent() == pytest.approx({s.index: s.duration for s in session.timeline if s.duration})
    session.restart()
    play_for(session, fake_clock, 2)
    fake_clock.advance(0.5)
    suspended.total += 60
    session.update()
    fake_clock.advance(30)
    assert session.spent() == pytest.approx({0: 2})


# --- adding and taking time ----------------------------------------------------------------------

def test_adding_ten_seconds_moves_the_end_ticks_and_later_phases(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    began = fake_clock.now
    session.start()
    play_for(session, fake_clock, 7.25)  # 2.25 s into the 20 s hold
    before = session.total_remaining()
    events = session.adjust(10)
    assert events == [SecondElapsed(session.segment, 28)]
    assert session.remaining() == pytest.approx(27.75)
    assert session.total_remaining() == pytest.approx(before + 10)
    rest = run_rest(session, fake_clock)
    hold = session.timeline[1]
    ticks = [(e.at - began, e.cue.count) for e in rest if isinstance(e, CueDue) and e.segment == hold]
    assert ticks == [(5 + 27, 3), (5 + 28, 2), (5 + 29, 1)]
    starts = [(e.segment.index, e.at - began) for e in rest if isinstance(e, PhaseStarted)]
    assert starts[0] == (2, 35) and starts[-1] == (7, 90)


def test_taking_ten_seconds_then_adding_them_back(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 7)
    session.adjust(-10)
    assert session.remaining() == pytest.approx(8) and session.deadline == fake_clock.now + 8
    session.adjust(10)
    assert session.remaining() == pytest.approx(18)
    assert session.total_remaining() == pytest.approx(session.timeline.total - 7)


def test_taking_time_leaves_a_second_and_ticks_what_is_left(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    began = fake_clock.now
    session.start()
    play_for(session, fake_clock, 5 + 15)  # 5 s left in the hold
    events = session.adjust(-10)
    assert session.remaining() == pytest.approx(1)
    assert [(e.cue.kind, e.cue.count, e.at - began) for e in events if isinstance(e, CueDue)] == [
        (CueKind.TICK, 1, 20)]
    rest = play_for(session, fake_clock, 1)
    assert isinstance(rest[0], PhaseStarted) and rest[0].at - began == 21
    play_for(session, fake_clock, 4.5)  # 0.5 s left in the switch
    assert session.adjust(-10) == [] and session.remaining() == pytest.approx(0.5)


def test_adjust_leaves_counted_moves_alone_and_needs_a_started_routine(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    text = "version: 1\nname: x\nsteps:\n  - exercise: romanian-single-leg-deadlift\n    reps: 4\n"
    session = Session(timeline_of(text, library), fake_clock)
    with pytest.raises(InvalidMove):
        session.adjust(10)
    session.start()
    session.skip()
    assert session.segment.phase is Phase.REPS
    assert session.adjust(10) == [] and session.remaining() == 12


def test_adjust_while_paused_keeps_it_paused(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(SHORT, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 6)
    session.pause()
    fake_clock.advance(50)
    assert session.adjust(10) == [SecondElapsed(session.segment, 29)]
    assert session.state is State.PAUSED and session.remaining() == pytest.approx(29)


def run_rest(session: Session, clock) -> list:  # type: ignore[no-untyped-def]
    """Wake at every next_wakeup until finished."""
    events: list = []
    while session.state is State.RUNNING:
        wake = session.next_wakeup()
        assert wake is not None
        clock.now = wake
        events += session.update()
    return events


# --- open holds ------------------------------------------------------------------------------------

OPEN = """\
version: 1
name: Open
steps:
  - exercise: foam-roll-hamstrings
    hold: open
    sides: left
  - exercise: standing-wide-hamstring-stretch
"""


def test_an_open_hold_counts_up_and_nudges_until_skipped(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    timeline = timeline_of(OPEN, library)
    hold = timeline[1]
    assert hold.open and hold.duration == 60 and [c.kind for c in hold.cues] == [CueKind.HOLD]
    session = Session(timeline, fake_clock)
    began = fake_clock.now
    session.start()
    play_for(session, fake_clock, 5)
    assert session.segment == hold and session.counting_up
    events = play_for(session, fake_clock, 100)  # well past its nominal 60 s
    assert session.segment == hold and session.state is State.RUNNING
    assert session.elapsed() == pytest.approx(100) and session.remaining() == pytest.approx(-100)
    nudges = [(e.cue.count, e.at - began) for e in events if isinstance(e, CueDue)
              and e.cue.kind is CueKind.NUDGE]
    assert nudges == [(k, 5 + 15 * k) for k in range(1, 7)]
    shown = [e.remaining for e in events if isinstance(e, SecondElapsed)]
    assert shown == [-s for s in range(1, 101)]
    assert session.total_remaining() == timeline.total - hold.end
    assert session.next_wakeup() == pytest.approx(fake_clock.now + 1)
    assert session.adjust(10) == []
    session.skip()
    assert session.segment.phase is Phase.REST and not session.counting_up
    assert session.spent() == pytest.approx({0: 5, 1: 100})


def test_an_open_hold_pauses_and_resumes_where_it_was(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(timeline_of(OPEN, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 12)
    session.pause()
    fake_clock.advance(40)
    assert session.elapsed() == pytest.approx(7)
    session.resume()
    events = play_for(session, fake_clock, 8)
    assert [e.at - fake_clock.now for e in events if isinstance(e, CueDue)] == [0]  # 15 s held


def test_the_record_of_a_real_run_comes_from_spent(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.core.outcome import Status, summarize

    session = Session(timeline_of(OPEN, library), fake_clock)
    session.start()
    play_for(session, fake_clock, 5 + 40)  # the open hold held 40 s
    session.skip()
    while session.state is State.RUNNING:
        session.skip()
    parts = summarize(session.timeline, session.spent()).parts
    assert [(p.exercise, p.status) for p in parts] == [
        ("foam-roll-hamstrings", Status.DONE), ("standing-wide-hamstring-stretch", Status.SKIPPED)]
    assert parts[0].spent == pytest.approx(40)


def test_a_hold_shortened_on_purpose_and_held_to_its_end_is_done(library: Library,  # type: ignore[no-untyped-def]
                                                                 fake_clock) -> None:
    from stretchtimer.core.outcome import Status, summarize

    session = Session(timeline_of(OPEN.replace("hold: open", "hold: 40"), library), fake_clock)
    session.start()
    play_for(session, fake_clock, 5)  # get ready
    assert session.segment.phase is Phase.HOLD
    session.adjust(-20)  # 40 s becomes 20 s
    play_for(session, fake_clock, 20)
    assert session.lengths() == {1: 20}
    parts = summarize(session.timeline, session.spent(), session.lengths()).parts
    assert parts[0].status is Status.DONE and parts[0].planned == 20
    assert summarize(session.timeline, session.spent()).parts[0].status is Status.PARTLY
