"""Spoken phrases from session events: what is said at each phase, when, and which goes first."""

from __future__ import annotations

from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.phrases import Coach, Phrase, Priority, Say, cuts_off, length_parts, next_to_say
from stretchtimer.core.session import Session, State
from stretchtimer.core.timeline import CueKind, compile_routine

CHIMES = {kind: 0.5 for kind in CueKind} | {CueKind.TICK: 0.1}


def phrases_of(text: str, library: Library, clock, count_down: bool = True) -> list[Phrase]:  # type: ignore[no-untyped-def]
    """Every phrase of a whole run, waking exactly at each of the session's wake-ups."""
    timeline = compile_routine(routine_from_text(text, library), library)
    session = Session(timeline, clock)
    coach = Coach(timeline, clock, count_down=count_down, chime=CHIMES.__getitem__)
    said = [p for event in session.start() for p in coach.handle(event)]
    while session.state is State.RUNNING:
        wake = session.next_wakeup()
        assert wake is not None
        clock.now = wake
        said += [p for event in session.update() for p in coach.handle(event)]
    return said


HOLD = """version: 1
name: Short
defaults: {prepare: 5, switch: 5, rest: 5}
steps:
  - exercise: seated-hamstring-stretch
    hold: 20
  - exercise: figure-four-glute-stretch
    hold: 10
    sides: right
"""


def test_a_hold_says_exercise_side_and_length_then_halfway_then_counts(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    t0 = fake_clock.now
    said = [(round(p.due - t0, 6), p.say, p.exercise, p.side, p.seconds, p.count)
            for p in phrases_of(HOLD, library, fake_clock)]
    assert said == [
        (0.5, Say.BEGIN, None, None, None, None),
        (0.5, Say.PREPARE, None, None, None, None),
        (0.5, Say.NEXT, "seated-hamstring-stretch", "left", None, None),
        (2.1, Say.COUNT, None, None, None, 3), (3.1, Say.COUNT, None, None, None, 2),
        (4.1, Say.COUNT, None, None, None, 1),
        (5.5, Say.HOLD, "seated-hamstring-stretch", "left", 20, None),
        (15.0, Say.HALFWAY, "seated-hamstring-stretch", None, None, None),
        (22.1, Say.COUNT, None, None, None, 3), (23.1, Say.COUNT, None, None, None, 2),
        (24.1, Say.COUNT, None, None, None, 1),
        (25.5, Say.SWITCH, None, "right", None, None),
        (27.1, Say.COUNT, None, None, None, 3), (28.1, Say.COUNT, None, None, None, 2),
        (29.1, Say.COUNT, None, None, None, 1),
        (30.5, Say.HOLD, "seated-hamstring-stretch", "right", 20, None),
        (40.0, Say.HALFWAY, "seated-hamstring-stretch", None, None, None),
        (47.1, Say.COUNT, None, None, None, 3), (48.1, Say.COUNT, None, None, None, 2),
        (49.1, Say.COUNT, None, None, None, 1),
        (50.5, Say.REST, None, None, None, None),
        (50.5, Say.NEXT, "figure-four-glute-stretch", "right", None, None),
        (52.1, Say.COUNT, None, None, None, 3), (53.1, Say.COUNT, None, None, None, 2),
        (54.1, Say.COUNT, None, None, None, 1),
        # Getting ready right after the rest does not say "Next" again.
        (55.5, Say.PREPARE, None, None, None, None),
        (57.1, Say.COUNT, None, None, None, 3), (58.1, Say.COUNT, None, None, None, 2),
        (59.1, Say.COUNT, None, None, None, 1),
        # A 10 s hold: no "Halfway".
        (60.5, Say.HOLD, "figure-four-glute-stretch", "right", 10, None),
        (67.1, Say.COUNT, None, None, None, 3), (68.1, Say.COUNT, None, None, None, 2),
        (69.1, Say.COUNT, None, None, None, 1),
        (70.5, Say.DONE, None, None, None, None),
    ]


def test_counting_down_is_an_option(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    said = phrases_of(HOLD, library, fake_clock, count_down=False)
    assert Say.COUNT not in {p.say for p in said}
    assert [p.say for p in said][:4] == [Say.BEGIN, Say.PREPARE, Say.NEXT, Say.HOLD]


def test_the_articles_coaching_is_said_once_a_hold_where_it_applies(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    text = """version: 1
name: Lying
defaults: {prepare: 2, switch: 2}
steps:
  - exercise: lying-hamstring-stretch
    hold: 30
"""
    said = phrases_of(text, library, fake_clock)
    coached = [(p.due, p.priority) for p in said if p.say is Say.COACH]
    hold_starts = [p.due - 0.5 for p in said if p.say is Say.HOLD]  # each hold's chime
    assert coached == [(start + 8, Priority.COACHING) for start in hold_starts]  # once on each side


def test_reps_say_the_count_of_each_repetition(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    text = """version: 1
name: Reps
defaults: {prepare: 2}
steps:
  - exercise: romanian-single-leg-deadlift
    reps: 4
    tempo: 3
    sides: left
"""
    said = phrases_of(text, library, fake_clock)
    (reps,) = [p for p in said if p.say is Say.REPS]
    assert (reps.exercise, reps.side, reps.count) == ("romanian-single-leg-deadlift", "left", 4)
    counts = [(p.due - reps.due, p.count) for p in said if p.say is Say.COUNT and p.due > reps.due]
    assert counts == [(3.0, 2), (6.0, 3), (9.0, 4)]


def test_an_open_hold_has_no_length_and_no_halfway(library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    text = """version: 1
name: Open
defaults: {prepare: 2}
steps:
  - exercise: standing-wide-hamstring-stretch
    hold: open
"""
    timeline = compile_routine(routine_from_text(text, library), library)
    session = Session(timeline, fake_clock)
    coach = Coach(timeline, fake_clock)
    said = [p for e in session.start() for p in coach.handle(e)]
    for _ in range(40):
        fake_clock.now = session.next_wakeup()
        said += [p for e in session.update() for p in coach.handle(e)]
    says = [p.say for p in said]
    assert Say.HOLD_OPEN in says and Say.HALFWAY not in says
    assert says.count(Say.COACH) == 1


def test_a_cue_handed_over_late_has_its_phrase_after_the_chime_rings_then(library: Library,  # type: ignore[no-untyped-def]
                                                                        fake_clock) -> None:
    timeline = compile_routine(routine_from_text(HOLD, library), library)
    session = Session(timeline, fake_clock)
    coach = Coach(timeline, fake_clock, chime=CHIMES.__getitem__)
    events = session.start()
    fake_clock.advance(0.08)  # the first cue reaches the voice 80 ms late
    (begin, *_) = [p for e in events for p in coach.handle(e)]
    assert begin.due == fake_clock.now + 0.5


def test_lengths_are_said_in_seconds_under_a_minute_then_minutes_and_seconds() -> None:
    assert [length_parts(s) for s in (45, 60, 90, 150)] == [(0, 45), (1, 0), (1, 30), (2, 30)]


def _phrase(priority: Priority, due: float = 0.0, segment: int = 0) -> Phrase:
    return Phrase(Say.HALFWAY, due, priority, segment)


def test_only_a_more_important_phrase_cuts_one_off() -> None:
    phase, upcoming = _phrase(Priority.PHASE), _phrase(Priority.NEXT)
    halfway, count = _phrase(Priority.HALFWAY), _phrase(Priority.COUNT)
    assert Priority.PHASE > Priority.NEXT > Priority.HALFWAY > Priority.COUNT
    assert not cuts_off(count, phase) and not cuts_off(halfway, upcoming) and not cuts_off(count, halfway)
    assert cuts_off(phase, upcoming) and cuts_off(upcoming, count)
    # A new phase's own phrase replaces the last phase's; the same phase's second phrase waits.
    assert cuts_off(_phrase(Priority.PHASE, segment=3), _phrase(Priority.PHASE, segment=2))
    assert not cuts_off(_phrase(Priority.PHASE, segment=2), _phrase(Priority.PHASE, segment=2))


def test_the_most_important_due_phrase_goes_first_and_stale_ones_are_dropped() -> None:
    count = _phrase(Priority.COUNT, due=10.0)
    phase = _phrase(Priority.PHASE, due=10.2)
    later = _phrase(Priority.NEXT, due=30.0)
    pending = [count, phase, later]
    assert next_to_say(pending, 10.1) is count  # the phase phrase is not due yet
    assert next_to_say(pending, 10.3) is phase
    pending.remove(phase)
    assert next_to_say(pending, 11.5) is None  # the count is stale now, and gone
    assert pending == [later]
