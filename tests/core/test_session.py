"""The session state machine on a fake clock: order, pause, skip, back, drift and sleep."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

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

REPO = Path(__file__).resolve().parents[2]

SHORT = """\
version: 1
name: Short
defaults: {prepare: 5, switch: 5, rest: 10}
steps:
  - exercise: seated-hamstring-stretch
    hold: 20
  - exercise: standing-wide-hamstring-stretch
    hold: 15
"""


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
