"""What can be given after a session was saved: the rating of the side that ends the routine and
the back stiffness before and after it, written into that session's row (schema 6), exported in
columns after the others, and their weekly means."""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from stretchtimer.core import history
from stretchtimer.core.checkin import CheckIns, Rating, ending_side, stiffness_trend
from stretchtimer.core.history import History, Record
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.recorder import Recorder
from stretchtimer.core.timeline import compile_routine

ENDS_TWO_SIDED = """\
version: 1
name: Ends on a side
defaults: {prepare: 3, hold: 20, switch: 5, rest: 10}
steps:
  - exercise: standing-wide-hamstring-stretch
  - exercise: lying-hamstring-stretch
"""
ENDS_ONE_SIDED = ENDS_TWO_SIDED.replace("  - exercise: standing-wide-hamstring-stretch\n", "") + \
    "  - exercise: standing-wide-hamstring-stretch\n"
START = datetime(2026, 11, 20, 21, 0, tzinfo=timezone.utc)
RIGHT_3 = Rating("lying-hamstring-stretch", "right", 3)


def test_the_side_that_ends_the_routine_is_rated_at_its_end(library: Library) -> None:
    timeline = compile_routine(routine_from_text(ENDS_TWO_SIDED, library), library)
    held = ending_side(timeline)
    assert held is not None and (held.exercise, held.side) == ("lying-hamstring-stretch", "right")
    checkins = CheckIns(timeline)
    assert checkins.rate(len(timeline) - 1, 3) == RIGHT_3
    assert checkins.given(len(timeline) - 1) == RIGHT_3
    other = compile_routine(routine_from_text(ENDS_ONE_SIDED, library), library)
    assert ending_side(other) is None  # the right side was rated in the rest that followed it


def test_a_saved_session_is_amended_in_place(tmp_path: Path) -> None:
    store = History(tmp_path / "history.sqlite3")
    left = Rating("lying-hamstring-stretch", "left", 2)
    saved = Record("Ends on a side", START, START + timedelta(minutes=2), 120, True, outcome="completed",
                   ratings=(left,),
                   stiffness_before=6)
    store.add(saved)
    store.add(Record("Other", START - timedelta(days=1), START, 60, True))
    later = replace(saved, ratings=(left, RIGHT_3), stiffness_after=3)
    assert store.amend(later)
    store.close()
    records = History(tmp_path / "history.sqlite3").records()
    assert len(records) == 2 and records[0] == later and records[1].ratings == ()
    assert not History(tmp_path / "history.sqlite3").amend(replace(later, routine="Never saved"))


def test_a_session_still_waiting_is_amended_where_it_waits(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    History(path).close()
    holder = sqlite3.connect(path, isolation_level=None)  # another program holds the file
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    recorder = Recorder(path, lambda _trouble: None)
    saved = Record("Ends on a side", START, START, 120, True, outcome="completed")
    amended = replace(saved, stiffness_after=4)
    try:
        assert not recorder.add(saved)
        assert not recorder.amend(saved, amended)
        assert recorder.pending == [amended]
    finally:
        holder.close()
    assert recorder.flush()
    assert History(path).records() == [amended]


def test_stiffness_and_the_last_rating_go_in_columns_after_the_others() -> None:
    text = history.to_csv([Record("Two", START, START, 120, True, ratings=(RIGHT_3,),
                                  stiffness_before=7, stiffness_after=4),
                           Record("Three", START, START, 60, True)])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["routine", "started_at", "ended_at", "seconds", "completed", "routine_file",
                       "exercises", "outcome", "parts", "ratings", "stiffness_before", "stiffness_after"]
    assert rows[1][-3:] == ["lying-hamstring-stretch:right:3", "7", "4"]
    assert rows[2][-2:] == ["", ""]  # not given


def test_schema_5_gains_the_stiffness_columns_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(history._CREATE_V1 + "".join(history.MIGRATIONS[n] for n in (1, 2, 3, 4))
                     + "PRAGMA user_version = 5;")
    db.execute("INSERT INTO sessions (routine, started_at, ended_at, seconds, completed, ratings) VALUES "
               "('Kept', '2026-01-01T20:00:00+00:00', '2026-01-01T20:10:00+00:00', 600, 1, "
               "'[{\"exercise\": \"lying-hamstring-stretch\", \"side\": \"left\", \"value\": 2}]')")
    db.commit()
    db.close()
    store = History(path)
    (kept,) = store.records()
    assert (kept.routine, kept.ratings[0].value, kept.stiffness_before, kept.stiffness_after) == (
        "Kept", 2, None, None)
    backup = sqlite3.connect(tmp_path / "history.sqlite3.v5.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 5
    assert backup.execute("SELECT routine, ratings FROM sessions").fetchall()[0][0] == "Kept"
    backup.close()
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION == 6
    store.close()
    assert History(path).records() == [kept]  # opened again: nothing migrates twice


def test_weekly_stiffness_means_before_and_after() -> None:
    today = date(2026, 11, 30)  # a Monday
    def at(days_ago: int, before: int | None, after: int | None) -> Record:
        when = datetime(2026, 11, 30, 20, tzinfo=timezone.utc) - timedelta(days=days_ago)
        return Record("R", when, when, 60, True, stiffness_before=before, stiffness_after=after)
    records = [at(0, 6, 3), at(8, 7, 5), at(9, 8, None), at(40, 9, 9)]  # 8 and 9 days ago: Nov 16-22
    assert stiffness_trend(records, timezone.utc, today, 3) == [(7.5, 5.0), (None, None), (6.0, 3.0)]


def test_answers_for_a_saved_session_wait_while_the_file_is_held_then_are_written(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    saved = Record("Ends on a side", START, START, 120, True, outcome="completed")
    store = History(path)
    store.add(saved)
    store.close()
    holder = sqlite3.connect(path, isolation_level=None)  # another program holds the file
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    heard: list[object] = []
    recorder = Recorder(path, heard.append)
    first, second = replace(saved, stiffness_after=5), replace(saved, stiffness_after=2, ratings=(RIGHT_3,))
    try:
        assert not recorder.amend(saved, first)
        assert not recorder.amend(first, second)  # the later answer replaces the waiting one
        assert recorder.amended == [second]
        assert heard  # said once
    finally:
        holder.close()
    assert recorder.records() == [second]  # the waiting answer is already what the history shows
    assert recorder.close()
    assert History(path).records() == [second] and recorder.amended == []
