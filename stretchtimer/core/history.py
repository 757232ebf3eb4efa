"""Session history in SQLite, and the rules for streaks and weekly totals.

Each session is one committed row, written when a routine ends or is abandoned,
so a crash mid-routine loses at most that session. Times are stored in UTC; days
are counted in the local time zone passed in.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path

SCHEMA_VERSION = 2

_CREATE_V1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    routine TEXT NOT NULL,
    routine_file TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    seconds REAL NOT NULL,
    completed INTEGER NOT NULL
);
CREATE INDEX sessions_started ON sessions (started_at);
"""

# Each migration takes the database from version N to N + 1.
MIGRATIONS: dict[int, str] = {
    1: "ALTER TABLE sessions ADD COLUMN exercises TEXT NOT NULL DEFAULT '[]';",
}


@dataclass(frozen=True)
class Record:
    """One routine, done or abandoned."""

    routine: str
    started_at: datetime  # aware
    ended_at: datetime  # aware
    seconds: float  # of routine time actually done
    completed: bool
    routine_file: str = ""
    exercises: tuple[str, ...] = ()


class HistoryError(Exception):
    """The history file could not be used; the message says what happened to it."""


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


class History:
    """The history database at ``path``; ``notice`` tells of a file set aside on opening."""

    def __init__(self, path: Path, now: float | None = None) -> None:
        self.path = path
        self.notice: str | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc):
                raise HistoryError(f"{path} is in use by another program ({exc}); "
                                   "history is not available this time") from None
            aside = self._set_aside(now)
            self.notice = (f"The history file {path} could not be read ({exc}); it was kept as "
                           f"{aside.name} and a new history was started.")
            self._db = self._open()

    def _set_aside(self, now: float | None) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
        aside = self.path.with_name(f"{self.path.name}.bad-{stamp}")
        self.path.rename(aside)
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.rename(aside.with_name(aside.name + suffix))
        return aside

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(
                    f"written by a newer Stretch Timer (schema {version}, this one reads up to "
                    f"{SCHEMA_VERSION})")
            if version == 0:
                tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise sqlite3.DatabaseError("not a Stretch Timer history file")
                db.executescript(_CREATE_V1 + "PRAGMA user_version = 1;")
                version = 1
            if version < SCHEMA_VERSION:
                db.close()
                shutil.copy2(self.path, self.path.with_name(f"{self.path.name}.v{version}.bak"))
                db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
                for step in range(version, SCHEMA_VERSION):
                    db.executescript(f"BEGIN; {MIGRATIONS[step]} PRAGMA user_version = {step + 1}; COMMIT;")
            db.execute("SELECT count(*) FROM sessions").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self._db.close()

    def add(self, record: Record) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO sessions (routine, routine_file, started_at, ended_at, seconds, "
                "completed, exercises) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (record.routine, record.routine_file, _utc(record.started_at), _utc(record.ended_at),
                 float(record.seconds), int(record.completed), json.dumps(list(record.exercises))),
            )

    def records(self, limit: int | None = None) -> list[Record]:
        """Newest first."""
        query = ("SELECT routine, started_at, ended_at, seconds, completed, routine_file, exercises "
                 "FROM sessions ORDER BY started_at DESC, id DESC")
        rows = self._db.execute(query + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
        return [Record(r[0], _parse(r[1]), _parse(r[2]), r[3], bool(r[4]), r[5],
                       tuple(json.loads(r[6] or "[]"))) for r in rows]


# --- rules -----------------------------------------------------------------------

def completed_days(records: Iterable[Record], tz: tzinfo) -> set[date]:
    """Local calendar days with at least one completed routine (by the day it started)."""
    return {r.started_at.astimezone(tz).date() for r in records if r.completed}


def streak(days: set[date], today: date) -> int:
    """Days in a row with a completed routine, ending today, or yesterday while today is open."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def week_ticks(days: set[date], today: date) -> list[bool]:
    """Monday to Sunday of this week: done or not."""
    monday = today - timedelta(days=today.weekday())
    return [monday + timedelta(days=i) in days for i in range(7)]


def minutes_between(records: Iterable[Record], tz: tzinfo, first: date, last: date) -> float:
    """Minutes of routine done on local days from ``first`` to ``last`` inclusive."""
    return sum(r.seconds for r in records
               if first <= r.started_at.astimezone(tz).date() <= last) / 60


def weekly_minutes(records: Sequence[Record], tz: tzinfo, today: date, weeks: int) -> list[float]:
    """Minutes done in each of the last ``weeks`` weeks (Monday-based), oldest first."""
    monday = today - timedelta(days=today.weekday())
    starts = [monday - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]
    return [minutes_between(records, tz, start, start + timedelta(days=6)) for start in starts]


@dataclass(frozen=True)
class Progress:
    streak: int
    week: list[bool]
    week_minutes: float
    month_minutes: float
    weeks: list[float]


def progress(records: Sequence[Record], tz: tzinfo, now: datetime, weeks: int = 8) -> Progress:
    today = now.astimezone(tz).date()
    days = completed_days(records, tz)
    monday = today - timedelta(days=today.weekday())
    return Progress(
        streak=streak(days, today),
        week=week_ticks(days, today),
        week_minutes=minutes_between(records, tz, monday, today),
        month_minutes=minutes_between(records, tz, today.replace(day=1), today),
        weeks=weekly_minutes(records, tz, today, weeks),
    )


def to_csv(records: Iterable[Record]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["routine", "started_at", "ended_at", "seconds", "completed", "routine_file",
                     "exercises"])
    for r in records:
        writer.writerow([r.routine, _utc(r.started_at), _utc(r.ended_at), round(r.seconds),
                         "yes" if r.completed else "no", r.routine_file, ";".join(r.exercises)])
    return out.getvalue()
