"""History: rows survive, streaks count local days, old schemas migrate, bad files go aside."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from stretchtimer.core import history
from stretchtimer.core.history import History, Record

PARIS = ZoneInfo("Europe/Paris")
TOKYO = ZoneInfo("Asia/Tokyo")


def rec(start: datetime, completed: bool = True, seconds: float = 600,
        name: str = "Evening routine") -> Record:
    return Record(name, start, start + timedelta(seconds=seconds), seconds, completed)


def test_rows_round_trip_newest_first(tmp_path: Path) -> None:
    store = History(tmp_path / "history.sqlite3")
    first = datetime(2026, 11, 20, 21, 0, tzinfo=PARIS)
    store.add(Record("Evening routine", first, first + timedelta(minutes=8), 460, True,
                     "/x/evening.yaml", ("lying-hamstring-stretch",)))
    store.add(rec(first + timedelta(days=1), completed=False, seconds=95, name="Post-workout"))
    store.close()
    again = History(tmp_path / "history.sqlite3")
    records = again.records()
    assert [r.routine for r in records] == ["Post-workout", "Evening routine"]
    assert records[1].exercises == ("lying-hamstring-stretch",)
    assert records[1].started_at == first and not records[0].completed
    journal = sqlite3.connect(tmp_path / "history.sqlite3").execute("PRAGMA journal_mode").fetchone()
    assert journal == ("wal",)


def test_streak_counts_days_in_a_row_ending_today_or_yesterday() -> None:
    today = date(2026, 11, 25)
    days = {today - timedelta(days=n) for n in (1, 2, 3, 5)}
    assert history.streak(days, today) == 3  # today still open: yesterday's run counts
    assert history.streak(days | {today}, today) == 4
    assert history.streak({today - timedelta(days=2)}, today) == 0


def test_abandoned_sessions_do_not_count() -> None:
    start = datetime(2026, 11, 24, 20, 0, tzinfo=PARIS)
    records = [rec(start, completed=False), rec(start - timedelta(days=1))]
    assert history.completed_days(records, PARIS) == {date(2026, 11, 23)}


def test_days_follow_the_local_time_zone_across_midnight() -> None:
    # 23:30 in Paris on the 24th is already the 25th in Tokyo and 22:30 on the 24th in UTC.
    late = datetime(2026, 11, 24, 23, 30, tzinfo=PARIS)
    assert history.completed_days([rec(late)], PARIS) == {date(2026, 11, 24)}
    assert history.completed_days([rec(late)], TOKYO) == {date(2026, 11, 25)}
    # Two sessions 30 minutes apart either side of local midnight make a two-day streak.
    records = [rec(late), rec(late + timedelta(minutes=45))]
    assert history.streak(history.completed_days(records, PARIS), date(2026, 11, 25)) == 2


def test_week_and_month_minutes() -> None:
    now = datetime(2026, 11, 25, 22, 0, tzinfo=PARIS)  # a Wednesday
    records = [rec(datetime(2026, 11, 23, 21, 0, tzinfo=PARIS), seconds=600),  # Monday
               rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS), seconds=300, completed=False),
               rec(datetime(2026, 11, 20, 21, 0, tzinfo=PARIS), seconds=1200),  # last week
               rec(datetime(2026, 10, 31, 21, 0, tzinfo=PARIS), seconds=6000)]  # last month
    summary = history.progress(records, PARIS, now, weeks=3)
    assert summary.week == [True, False, False, False, False, False, False]
    assert summary.week_minutes == 15
    assert summary.month_minutes == 35
    assert summary.weeks == [0, 20, 15]  # weeks of 9, 16 and 23 November


def test_older_schema_is_migrated_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(history._CREATE_V1 + "PRAGMA user_version = 1;")
    db.execute("INSERT INTO sessions (routine, started_at, ended_at, seconds, completed) VALUES "
               "('Old', '2026-01-01T20:00:00+00:00', '2026-01-01T20:10:00+00:00', 600, 1)")
    db.commit()
    db.close()
    store = History(path)
    (old,) = store.records()
    assert old.routine == "Old" and old.exercises == ()
    assert (tmp_path / "history.sqlite3.v1.bak").exists()
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_corrupt_file_is_kept_aside_and_a_new_history_starts(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(content or b"SQLite format 3\x00" + b"\xff" * 200)
    store = History(path, now=1_700_000_000)
    assert store.notice and "was kept as history.sqlite3.bad-" in store.notice
    (aside,) = tmp_path.glob("history.sqlite3.bad-*")
    assert aside.read_bytes()[:10] == (content or b"SQLite format 3")[:10]
    store.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=timezone.utc)))
    assert len(store.records()) == 1


def test_newer_schema_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE sessions (x); PRAGMA user_version = 99;")
    db.close()
    store = History(path)
    assert store.notice and "newer Stretch Timer" in store.notice


def test_locked_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    History(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(history.HistoryError, match="in use by another program"):
            History(path)
    finally:
        holder.close()
    assert path.exists() and not list(tmp_path.glob("*.bad-*"))


def test_csv_export_has_every_session() -> None:
    start = datetime(2026, 11, 25, 20, 0, tzinfo=timezone.utc)
    text = history.to_csv([rec(start), rec(start, completed=False, name="Post, workout")])
    lines = text.strip().splitlines()
    assert lines[0].startswith("routine,started_at")
    assert lines[1] == "Evening routine,2026-11-25T20:00:00+00:00,2026-11-25T20:10:00+00:00,600,yes,,"
    assert lines[2].startswith('"Post, workout"')
