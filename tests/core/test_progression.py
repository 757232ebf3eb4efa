"""Holds that grow: steps after every N completed sessions, capped by the routine and the advice."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from stretchtimer.core.advice import LONG_HOLD, advise
from stretchtimer.core.drafts import from_routine, to_yaml
from stretchtimer.core.history import Record
from stretchtimer.core.loader import check_routine, routine_from_text
from stretchtimer.core.model import Library, Progression
from stretchtimer.core.progression import completed_runs, grown_hold, in_use, step_of, steps_to_cap
from stretchtimer.core.timeline import Phase, compile_routine
from stretchtimer.core.yamldoc import read

GROWING = """\
version: 1
name: Growing
after_exercise: true
defaults: {prepare: 5, hold: 30}
progress: {add: 5, every: 3, max: 60}
steps:
  - exercise: lying-hamstring-stretch
  - exercise: seated-hamstring-stretch
    hold: 55
"""


def test_a_step_every_few_sessions_up_to_the_cap() -> None:
    p = Progression(add=5, every=3, max=60)
    assert [grown_hold(30, p, n) for n in (0, 2, 3, 5, 6, 17, 18, 100)] == [30, 30, 35, 35, 40, 55, 60, 60]
    assert step_of(p, 7) == 2 and steps_to_cap(30, p) == 6
    assert grown_hold(30, None, 50) == 30


def test_the_cap_never_passes_the_advice_limit_nor_shortens_a_long_hold() -> None:
    assert grown_hold(30, Progression(10, 1, 300), 20) == LONG_HOLD
    assert grown_hold(90, Progression(5, 1, 60), 10) == 90


def test_completed_runs_counts_only_that_routine_completed() -> None:
    start = datetime(2026, 11, 1, 20, tzinfo=timezone.utc)
    records = [Record("Growing", start + timedelta(days=i), start, 60, i != 2) for i in range(5)]
    records.append(Record("Other", start, start, 60, True))
    assert completed_runs(records, "Growing") == 4


def test_the_timeline_compiles_with_grown_holds_and_no_long_hold_advice(library: Library) -> None:
    routine = routine_from_text(GROWING, library)
    holds = [s.duration for s in compile_routine(routine, library, completed=7) if s.phase is Phase.HOLD]
    assert holds == [40, 40, 60, 60]  # 30 + 2 steps, each side; 55 + 10 capped at 60
    late = compile_routine(routine, library, completed=300)
    assert not [a for a in advise(routine, library, late) if a.code == "long-hold"]


def test_progress_is_validated_with_its_place_and_round_trips(library: Library) -> None:
    routine = routine_from_text(GROWING, library)
    assert routine_from_text(to_yaml(from_routine(routine)), library).progress == routine.progress
    bad = GROWING.replace("every: 3", "every: 0").replace("max: 60", "max: 90")
    _, problems = check_routine(read(bad.encode(), "g.yaml"), library)
    errors = [(p.line, p.message) for p in problems if not p.warning]
    assert errors == [(5, "'progress', 'every' is 0; write a number of sessions from 1 to 100")]
    _, problems = check_routine(read(GROWING.replace("max: 60", "max: 90").encode(), "g.yaml"), library)
    assert [(p.line, p.warning) for p in problems] == [(5, True)]
    assert "'max: 90' is read as 60" in problems[0].message
    assert (problems[0].code, problems[0].args) == ("progress-max", {"longest": 60, "given": 90})


def test_breath_is_validated_and_round_trips(library: Library) -> None:
    text = GROWING.replace("progress: {add: 5, every: 3, max: 60}", "breath: {in: 5, out: 7}")
    routine = routine_from_text(text, library)
    assert routine_from_text(to_yaml(from_routine(routine)), library).breath == routine.breath
    _, problems = check_routine(read(text.replace("out: 7", "ot: 7").encode(), "b.yaml"), library)
    messages = [p.message for p in problems]
    assert any("unknown key 'ot'" in m and "did you mean 'out'" in m for m in messages), messages
    assert any("missing 'out:'" in m for m in messages), messages


def test_the_routine_in_use_grows_with_its_own_completed_sessions_only(library: Library) -> None:
    routine = routine_from_text(GROWING, library)
    start = datetime(2026, 11, 1, 20, tzinfo=timezone.utc)
    records = [Record("Growing", start + timedelta(days=i), start, 60, True) for i in range(7)]
    records += [Record("Other", start, start, 60, True)] * 9
    assert in_use(routine, library, records).total == compile_routine(routine, library, 7).total
    grown = compile_routine(routine, library).total + 2 * 10 + 2 * 5  # 30 → 40 and 55 → 60, each side
    assert in_use(routine, library, records).total == grown
    assert in_use(routine, library, records[7:]).total == compile_routine(routine, library).total
