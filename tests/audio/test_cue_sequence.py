"""The cues a routine plays, in order and on time, through a recording backend."""

from __future__ import annotations

from stretchtimer.audio import RecordingPlayer
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.session import CueDue, Session, State
from stretchtimer.core.timeline import CueKind, compile_routine

ROUTINE = """\
version: 1
name: Both sides, reps and rest
defaults: {prepare: 5, switch: 5, rest: 10}
steps:
  - exercise: seated-hamstring-stretch
    hold: 20
  - exercise: romanian-single-leg-deadlift
    reps: 3
    tempo: 2
"""

K = CueKind


def test_cue_list_for_sides_reps_and_rest(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(compile_routine(routine_from_text(ROUTINE, library), library), fake_clock)
    player = RecordingPlayer()
    t0 = fake_clock.now

    def feed(events: list) -> None:  # type: ignore[type-arg]
        for event in events:
            if isinstance(event, CueDue):
                player.play(event.cue.kind, due=event.at, count=event.cue.count)

    feed(session.start())
    while session.state is State.RUNNING:
        fake_clock.now = session.next_wakeup()
        feed(session.update())

    # prepare 0-5, hold L 5-25, switch 25-30, hold R 30-50, rest 50-60,
    # prepare 60-65, reps L 65-71, switch 71-76, reps R 76-82, done 82.
    expected = [
        (K.START, 0, 0), (K.TICK, 3, 2), (K.TICK, 2, 3), (K.TICK, 1, 4),
        (K.HOLD, 0, 5), (K.TICK, 3, 22), (K.TICK, 2, 23), (K.TICK, 1, 24),
        (K.SWITCH, 0, 25), (K.TICK, 3, 27), (K.TICK, 2, 28), (K.TICK, 1, 29),
        (K.HOLD, 0, 30), (K.TICK, 3, 47), (K.TICK, 2, 48), (K.TICK, 1, 49),
        (K.REST, 0, 50), (K.TICK, 3, 57), (K.TICK, 2, 58), (K.TICK, 1, 59),
        (K.NEXT, 0, 60), (K.TICK, 3, 62), (K.TICK, 2, 63), (K.TICK, 1, 64),
        (K.HOLD, 0, 65), (K.REP, 2, 67), (K.REP, 3, 69),
        (K.SWITCH, 0, 71), (K.TICK, 3, 73), (K.TICK, 2, 74), (K.TICK, 1, 75),
        (K.HOLD, 0, 76), (K.REP, 2, 78), (K.REP, 3, 80),
        (K.DONE, 0, 82),
    ]
    assert [(kind, count, due - t0) for kind, count, due in player.played] == expected
