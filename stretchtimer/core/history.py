"""Session history in SQLite, and the rules for streaks and weekly totals.

Each session is one committed row, written when a routine ends or is abandoned,
so a crash mid-routine loses at most that session. Times are stored in UTC; days
are counted in the local time zone passed in. Only a file that is not a database,
or fails SQLite's own check, is set aside: a full disk, a read-only folder or a
lock held by another program leave the file alone, and ``recorder.Recorder`` keeps the
sessions in memory until they can be written.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import shutil
import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from enum import Enum
from pathlib import Path

from stretchtimer.core.checkin import Rating
from stretchtimer.core.outcome import Part, Result, Status, result, summarize
from stretchtimer.core.timeline import Timeline

SCHEMA_VERSION = 6

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
    # Per exercise side: planned and spent seconds and a status; how the run ended.
    2: "ALTER TABLE sessions ADD COLUMN parts TEXT NOT NULL DEFAULT '[]'; "
       "ALTER TABLE sessions ADD COLUMN outcome TEXT NOT NULL DEFAULT ''; "
       "UPDATE sessions SET outcome = CASE WHEN completed THEN 'completed' ELSE 'stopped' END;",
    # Answers to desk-break suggestions (started, snoozed, skipped), apart from the routines.
    3: "CREATE TABLE desk_breaks (id INTEGER PRIMARY KEY, at TEXT NOT NULL, answer TEXT NOT NULL); "
       "CREATE INDEX desk_breaks_at ON desk_breaks (at);",
    # Tightness check-ins: a 1-5 rating per exercise side, as JSON.
    4: "ALTER TABLE sessions ADD COLUMN ratings TEXT NOT NULL DEFAULT '[]';",
    # Back stiffness, 0-10, before and after the routine; NULL when not given.
    5: "ALTER TABLE sessions ADD COLUMN stiffness_before INTEGER; "
       "ALTER TABLE sessions ADD COLUMN stiffness_after INTEGER;",
}


@dataclass(frozen=True)
class Record:
    """One routine, done or abandoned."""

    routine: str
    started_at: datetime  # aware
    ended_at: datetime  # aware
    seconds: float  # of routine time actually spent running (pauses and skips left out)
    completed: bool  # counts towards streaks and "done today"
    routine_file: str = ""
    exercises: tuple[str, ...] = ()  # exercises done or partly done
    parts: tuple[Part, ...] = ()  # empty for sessions recorded before schema 3
    outcome: str = ""  # a Result value; empty means read it from ``completed``
    ratings: tuple[Rating, ...] = ()  # tightness check-ins, in the order the sides were done
    stiffness_before: int | None = None  # back stiffness 0-10 before the routine, if given
    stiffness_after: int | None = None  # and after it

    @property
    def result(self) -> Result:
        if self.outcome in {r.value for r in Result}:
            return Result(self.outcome)
        return Result.COMPLETED if self.completed else Result.STOPPED


class Reason(str, Enum):
    """Why the history file could not be used for now; the file itself is left alone."""

    LOCKED = "locked"  # another program holds it
    READ_ONLY = "read-only"  # the file or its folder cannot be written
    FULL = "full"  # no space left
    NEWER = "newer"  # written by a newer Stretch Timer
    OTHER = "other"


class HistoryError(Exception):
    """The history file cannot be used now; it was left where it is, unchanged."""

    def __init__(self, message: str, reason: Reason = Reason.OTHER) -> None:
        super().__init__(message)
        self.reason = reason


class _Damaged(Exception):
    """The file is not a usable history database: it is set aside."""


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_REASONS = {5: Reason.LOCKED, 6: Reason.LOCKED, 8: Reason.READ_ONLY, 3: Reason.READ_ONLY,
            14: Reason.READ_ONLY, 13: Reason.FULL}
_WORDS = (("locked", Reason.LOCKED), ("busy", Reason.LOCKED), ("readonly", Reason.READ_ONLY),
          ("read-only", Reason.READ_ONLY), ("unable to open", Reason.READ_ONLY),
          ("full", Reason.FULL))
_ERRNOS = {errno.ENOSPC: Reason.FULL, errno.EDQUOT: Reason.FULL, errno.EACCES: Reason.READ_ONLY,
           errno.EPERM: Reason.READ_ONLY, errno.EROFS: Reason.READ_ONLY}


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None  # extended codes keep the primary low


def is_damage(exc: sqlite3.Error) -> bool:
    """SQLite says the file is not a database, or a damaged one (not merely unavailable)."""
    code = _code(exc)
    if code is not None:
        return code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc)
    return "not a database" in text or "malformed" in text


def reason_of(exc: BaseException) -> Reason:
    if isinstance(exc, HistoryError):
        return exc.reason
    if isinstance(exc, OSError):
        return _ERRNOS.get(exc.errno or 0, Reason.OTHER)
    code = _code(exc) if isinstance(exc, sqlite3.Error) else None
    if code in _REASONS:
        return _REASONS[code]
    text = str(exc).lower()
    return next((reason for word, reason in _WORDS if word in text), Reason.OTHER)


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _parts(text: str) -> tuple[Part, ...]:
    return tuple(Part.from_dict(item) for item in json.loads(text or "[]"))


def _ratings(text: str) -> tuple[Rating, ...]:
    return tuple(Rating.from_dict(item) for item in json.loads(text or "[]"))


def _stiffness(value: int | None) -> int | None:
    return None if value is None else int(value)


class History:
    """The history database at ``path``.

    A file that is not a database, or fails ``PRAGMA quick_check``, is renamed aside
    (``aside``, ``notice`` say where) and a new history starts. Anything else that stops
    it opening raises HistoryError and leaves the file untouched.
    """

    def __init__(self, path: Path, now: float | None = None) -> None:
        self.path = path
        self.notice: str | None = None
        self.aside: Path | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except _Damaged as exc:
                self.aside = self._set_aside(now)
                self.notice = (f"The history file {path} could not be read ({exc}); it was kept as "
                               f"{self.aside} and a new history was started.")
                self._db = self._open()
        except HistoryError:
            raise
        except (sqlite3.Error, OSError, _Damaged) as exc:
            raise HistoryError(f"{path} cannot be used now ({exc}); it was left as it is",
                               reason_of(exc)) from None

    def _set_aside(self, now: float | None) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
        aside = self.path.with_name(f"{self.path.name}.bad-{stamp}")
        self.path.rename(aside)
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.rename(aside.with_name(aside.name + suffix))
        return aside

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=2.0, isolation_level=None)

    def _open(self) -> sqlite3.Connection:
        db = self._connect()
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:  # refused before anything, WAL included, is written to it
                raise HistoryError(
                    f"{self.path} was written by a newer Stretch Timer (schema {version}, this one "
                    f"reads up to {SCHEMA_VERSION}); it was left as it is", Reason.NEWER)
            db.execute("PRAGMA journal_mode=WAL")
            new = version == 0
            if new:
                tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise _Damaged("not a Stretch Timer history file")
                db.executescript(_CREATE_V1 + "PRAGMA user_version = 1;")
                version = 1
            checked = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
            if checked != ["ok"]:
                raise _Damaged("damaged: " + "; ".join(map(str, checked[:3])))
            if version < SCHEMA_VERSION:
                db.close()
                if not new:  # a file just made holds nothing of the person's to back up
                    shutil.copy2(self.path, self.path.with_name(f"{self.path.name}.v{version}.bak"))
                db = self._connect()
                for step in range(version, SCHEMA_VERSION):
                    db.executescript(f"BEGIN; {MIGRATIONS[step]} PRAGMA user_version = {step + 1}; COMMIT;")
            db.execute("SELECT count(*) FROM sessions").fetchone()
        except sqlite3.DatabaseError as exc:
            db.close()
            if is_damage(exc):
                raise _Damaged(str(exc)) from None
            raise
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
                "completed, exercises, parts, outcome, ratings, stiffness_before, stiffness_after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record.routine, record.routine_file, _utc(record.started_at), _utc(record.ended_at),
                 float(record.seconds), int(record.completed), json.dumps(list(record.exercises)),
                 json.dumps([p.to_dict() for p in record.parts]), record.result.value,
                 json.dumps([r.to_dict() for r in record.ratings]), record.stiffness_before,
                 record.stiffness_after),
            )

    def amend(self, record: Record) -> bool:
        """Write what can be given after a session was saved (its side ratings, its stiffness)
        into that session's row, found by its routine and start; False when there is no such row."""
        with self._db:
            cursor = self._db.execute(
                "UPDATE sessions SET ratings = ?, stiffness_before = ?, stiffness_after = ? "
                "WHERE routine = ? AND started_at = ?",
                (json.dumps([r.to_dict() for r in record.ratings]), record.stiffness_before,
                 record.stiffness_after, record.routine, _utc(record.started_at)))
        return cursor.rowcount > 0

    def records(self, limit: int | None = None) -> list[Record]:
        """Newest first."""
        query = ("SELECT routine, started_at, ended_at, seconds, completed, routine_file, exercises, "
                 "parts, outcome, ratings, stiffness_before, stiffness_after FROM sessions "
                 "ORDER BY started_at DESC, id DESC")
        rows = self._db.execute(query + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
        return [Record(r[0], _parse(r[1]), _parse(r[2]), r[3], bool(r[4]), r[5],
                       tuple(json.loads(r[6] or "[]")), _parts(r[7]), r[8], _ratings(r[9]),
                       _stiffness(r[10]), _stiffness(r[11])) for r in rows]

    def add_desk_answer(self, at: datetime, answer: str) -> None:
        """A desk-break suggestion was answered: 'started', 'snoozed' or 'skipped'."""
        with self._db:
            self._db.execute("INSERT INTO desk_breaks (at, answer) VALUES (?, ?)", (_utc(at), answer))

    def desk_answers(self, since: datetime) -> dict[str, int]:
        """How many of each answer from ``since`` on."""
        rows = self._db.execute("SELECT answer, count(*) FROM desk_breaks WHERE at >= ? GROUP BY answer",
                                (_utc(since),)).fetchall()
        return {str(answer): int(count) for answer, count in rows}


# --- rules -----------------------------------------------------------------------

def session_record(timeline: Timeline, spent: Mapping[int, float], started_at: datetime,
                   ended_at: datetime, reached_end: bool,
                   lengths: Mapping[int, float] | None = None,
                   ratings: tuple[Rating, ...] = ()) -> Record:
    """The record of one run: the seconds that really ran, and each exercise side's status
    (``lengths``: the phases made longer or shorter during the run)."""
    outcome = summarize(timeline, spent, lengths)
    verdict = result(outcome, reached_end)
    tried = dict.fromkeys(p.exercise for p in outcome.parts if p.status is not Status.SKIPPED)
    return Record(
        routine=timeline.routine.name, started_at=started_at, ended_at=ended_at,
        seconds=sum(max(0.0, s) for s in spent.values()), completed=verdict is Result.COMPLETED,
        routine_file=timeline.routine.source or "", exercises=tuple(tried), parts=outcome.parts,
        outcome=verdict.value, ratings=ratings)


def completed_days(records: Iterable[Record], tz: tzinfo) -> set[date]:
    """Local calendar days with at least one completed routine (by the day it started)."""
    return {r.started_at.astimezone(tz).date() for r in records if r.completed}


def last_done(records: Iterable[Record], tz: tzinfo) -> dict[str, date]:
    """Each routine's last local day with a completed run, by the name the history records."""
    last: dict[str, date] = {}
    for record in records:
        if record.completed:
            day = record.started_at.astimezone(tz).date()
            last[record.routine] = max(day, last.get(record.routine, day))
    return last


def standing(records: Iterable[Record], tz: tzinfo, today: date,
             also_done_today: bool = False) -> tuple[int, bool]:
    """The streak of days in a row (see ``streak``) and whether today is done;
    ``also_done_today`` counts a completed run not in ``records`` yet."""
    days = completed_days(records, tz)
    if also_done_today:
        days.add(today)
    return streak(days, today), today in days


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


def part_text(part: Part) -> str:
    """exercise:side:status:spent:planned, e.g. ``lying-hamstring-stretch:left:partly:12:30``."""
    return f"{part.exercise}:{part.side or ''}:{part.status.value}:{part.spent:.0f}:{part.planned:.0f}"


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)


def to_csv(records: Iterable[Record]) -> str:
    """Every record as CSV; text that a spreadsheet would run as a formula gets a leading '."""

    def cell(text: str) -> str:  # names and paths come from users' files
        return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["routine", "started_at", "ended_at", "seconds", "completed", "routine_file",
                     "exercises", "outcome", "parts", "ratings", "stiffness_before", "stiffness_after"])
    for r in records:
        writer.writerow([cell(r.routine), _utc(r.started_at), _utc(r.ended_at), round(r.seconds),
                         "yes" if r.completed else "no", cell(r.routine_file), cell(";".join(r.exercises)),
                         r.result.value, cell(";".join(map(part_text, r.parts))),
                         cell(";".join(rating.text() for rating in r.ratings)),
                         _blank(r.stiffness_before), _blank(r.stiffness_after)])
    return out.getvalue()
