"""Tightness check-ins: which side a key rates, ratings kept with the session (schema 5),
exported as CSV, and the rule that says one side has been tighter for weeks."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from stretchtimer.core import history
from stretchtimer.core.checkin import CheckIns, Rating, Tighter, rated_side, side_trend, tighter_sides
from stretchtimer.core.history import History, Record
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.timeline import Phase, compile_routine

TWO = """\
version: 1
name: Two
after_exercise: true
defaults: {prepare: 3, hold: 20, switch: 5, rest: 10}
steps:
  - exercise: lying-hamstring-stretch
  - exercise: standing-wide-hamstring-stretch
  - exercise: seated-hamstring-stretch
    sides: left
"""


def test_the_switch_rates_the_left_side_and_the_rest_the_right(library: Library) -> None:
    timeline = compile_routine(routine_from_text(TWO, library), library)
    phases = [(s.phase, s.side) for s in timeline]
    switch = phases.index((Phase.SWITCH, "right"))
    rest = next(i for i, (p, _) in enumerate(phases) if p is Phase.REST)
    held = rated_side(timeline, switch)
    assert held is not None and (held.exercise, held.side) == ("lying-hamstring-stretch", "left")
    held = rated_side(timeline, rest)
    assert held is not None and held.side == "right"
    held = rated_side(timeline, rest + 1)  # the next set-up still follows the right side
    assert held is not None and held.side == "right"
    assert rated_side(timeline, switch - 1) is None  # during the hold itself
    assert rated_side(timeline, rest + 2) is None  # the one-sided-less stretch has no sides
    last_prepare = max(i for i, (p, _) in enumerate(phases) if p is Phase.PREPARE)
    assert rated_side(timeline, last_prepare + 2) is None  # a stretch done on one side only


def test_a_side_skipped_past_cannot_be_rated(library: Library) -> None:
    timeline = compile_routine(routine_from_text(TWO, library), library)
    switch = next(s.index for s in timeline if s.phase is Phase.SWITCH)
    left = switch - 1
    assert rated_side(timeline, switch, {left: 2.9}) is None  # under 3 s: skipped, as the summary says
    assert rated_side(timeline, switch, {}) is None  # never ran
    assert rated_side(timeline, switch, {left: 3.0}) == timeline[left]
    checkins = CheckIns(timeline)
    assert checkins.rate(switch, 4, {left: 1.0}) is None and checkins.ratings() == ()
    assert checkins.rate(switch, 4, {left: 12.0}) == Rating("lying-hamstring-stretch", "left", 4)


def test_a_second_key_replaces_the_first_and_nothing_rates_outside(library: Library) -> None:
    timeline = compile_routine(routine_from_text(TWO, library), library)
    switch = next(s.index for s in timeline if s.phase is Phase.SWITCH)
    checkins = CheckIns(timeline)
    assert checkins.rate(switch, 2) == Rating("lying-hamstring-stretch", "left", 2)
    checkins.rate(switch, 3)
    assert checkins.rate(switch + 1, 4) is None  # the right side's hold
    checkins.rate(switch + 2, 4)
    assert checkins.ratings() == (Rating("lying-hamstring-stretch", "left", 3),
                                  Rating("lying-hamstring-stretch", "right", 4))
    with pytest.raises(ValueError):
        checkins.rate(switch, 6)


def test_ratings_are_stored_and_exported_at_the_end_of_the_csv(tmp_path: Path) -> None:
    store = History(tmp_path / "history.sqlite3")
    start = datetime(2026, 11, 20, 21, 0, tzinfo=timezone.utc)
    ratings = (Rating("lying-hamstring-stretch", "left", 3), Rating("lying-hamstring-stretch", "right", 4))
    store.add(Record("Two", start, start + timedelta(minutes=2), 120, True, ratings=ratings))
    assert store.records()[0].ratings == ratings
    lines = history.to_csv(store.records()).splitlines()
    assert lines[0].endswith(",parts,ratings,stiffness_before,stiffness_after")
    assert lines[1].endswith(",lying-hamstring-stretch:left:3;lying-hamstring-stretch:right:4,,")


def test_schema_4_gains_ratings_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(history._CREATE_V1 + "".join(history.MIGRATIONS[n] for n in (1, 2, 3))
                     + "PRAGMA user_version = 4;")
    db.execute("INSERT INTO sessions (routine, started_at, ended_at, seconds, completed) VALUES "
               "('Kept', '2026-01-01T20:00:00+00:00', '2026-01-01T20:10:00+00:00', 600, 1)")
    db.commit()
    db.close()
    store = History(path)
    assert [(r.routine, r.ratings) for r in store.records()] == [("Kept", ())]
    backup = sqlite3.connect(tmp_path / "history.sqlite3.v4.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 4
    assert backup.execute("SELECT routine FROM sessions").fetchall() == [("Kept",)]
    backup.close()
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION


UTC = timezone.utc
TODAY = date(2026, 11, 30)  # a Monday


def rated(days_ago: int, left: int, right: int, exercise: str = "lying-hamstring-stretch") -> Record:
    start = datetime(2026, 11, 30, 20, tzinfo=UTC) - timedelta(days=days_ago)
    return Record("Two", start, start, 60, True,
                  ratings=(Rating(exercise, "left", left), Rating(exercise, "right", right)))


def test_right_tighter_for_three_weeks_is_noted() -> None:
    records = [rated(1, 2, 4), rated(3, 2, 3), rated(8, 3, 4), rated(15, 2, 5), rated(22, 4, 2)]
    trend = side_trend(records, UTC, TODAY, 8)
    assert trend["lying-hamstring-stretch"][-1] == (None, None)  # nothing yet this week
    assert trend["lying-hamstring-stretch"][-2] == (2.0, 3.5)  # the mean of last week's two
    assert tighter_sides(trend) == [Tighter("lying-hamstring-stretch", "right", 3)]


def test_one_week_even_or_unrated_breaks_the_run() -> None:
    assert tighter_sides(side_trend([rated(1, 2, 4)], UTC, TODAY, 8)) == []  # one week is not two
    even = [rated(1, 2, 4), rated(8, 3, 3), rated(15, 2, 5)]
    assert tighter_sides(side_trend(even, UTC, TODAY, 8)) == []
    gap = [rated(1, 2, 4), rated(15, 2, 5), rated(22, 2, 5)]  # no ratings two weeks ago
    assert tighter_sides(side_trend(gap, UTC, TODAY, 8)) == []
    old = [rated(22, 2, 4), rated(29, 2, 4)]  # tighter, but not lately
    assert tighter_sides(side_trend(old, UTC, TODAY, 8)) == []
