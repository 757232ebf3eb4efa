"""History: honest rows survive, streaks count completed local days, old schemas migrate,
only damaged files go aside, and sessions that cannot be written yet wait in memory."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

import pytest

from stretchtimer.core import history
from stretchtimer.core.history import History, Reason, Record
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.outcome import Result, Status
from stretchtimer.core.recorder import Kind, Recorder, Trouble
from stretchtimer.core.timeline import Timeline, compile_routine
from tests.conftest import SHORT

PARIS = ZoneInfo("Europe/Paris")
TOKYO = ZoneInfo("Asia/Tokyo")
DATA = Path(__file__).resolve().parent / "data"


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


def test_standing_gives_the_streak_and_today_and_counts_a_run_just_ended() -> None:
    today = date(2026, 11, 25)
    yesterday = [rec(datetime(2026, 11, 24, 20, 0, tzinfo=timezone.utc))]
    assert history.standing(yesterday, timezone.utc, today) == (1, False)
    assert history.standing(yesterday, timezone.utc, today, also_done_today=True) == (2, True)
    assert history.standing([], timezone.utc, today, also_done_today=True) == (1, True)
    assert history.standing([], timezone.utc, today) == (0, False)


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


def test_a_new_history_is_made_at_the_latest_schema_with_no_backup_of_nothing(tmp_path: Path) -> None:
    store = History(tmp_path / "history.sqlite3")
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
    store.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == []


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
    (aside,) = tmp_path.glob("history.sqlite3.bad-*")
    assert store.aside == aside and store.notice and f"it was kept as {aside} and" in store.notice
    assert aside.read_bytes()[:10] == (content or b"SQLite format 3")[:10]
    store.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=timezone.utc)))
    assert len(store.records()) == 1


def test_newer_schema_is_refused_and_left_in_place(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE sessions (x); PRAGMA user_version = 99;")
    db.close()
    before = path.read_bytes()
    with pytest.raises(history.HistoryError, match="newer Stretch Timer") as refused:
        History(path)
    assert refused.value.reason is history.Reason.NEWER
    assert path.read_bytes() == before and not list(tmp_path.glob("*.bad-*"))


def test_locked_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    History(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(history.HistoryError, match="left as it is") as refused:
            History(path)
        assert refused.value.reason is history.Reason.LOCKED
    finally:
        holder.close()
    assert path.exists() and not list(tmp_path.glob("*.bad-*"))


def test_csv_export_has_every_session() -> None:
    start = datetime(2026, 11, 25, 20, 0, tzinfo=timezone.utc)
    text = history.to_csv([rec(start), rec(start, completed=False, name="Post, workout")])
    lines = text.strip().splitlines()
    assert lines[0].startswith("routine,started_at")
    assert lines[1] == ("Evening routine,2026-11-25T20:00:00+00:00,2026-11-25T20:10:00+00:00,600,yes,,,"
                        "completed,,,,")
    assert lines[2].startswith('"Post, workout"')


# --- honest records ------------------------------------------------------------------

def short_timeline(library: Library) -> Timeline:
    return compile_routine(routine_from_text(SHORT, library), library)


def test_a_routine_skipped_after_3_seconds_records_3_seconds_not_done(tmp_path: Path,
                                                                      library: Library) -> None:
    start = datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)
    # Three seconds getting ready, then skipped segment by segment to the end.
    record = history.session_record(short_timeline(library), {0: 3.0, 1: 0.2, 3: 0.1}, start,
                                    start + timedelta(seconds=5), reached_end=True)
    assert record.seconds == pytest.approx(3.3) and not record.completed
    assert record.result is Result.SKIPPED and record.exercises == ()
    assert [p.status for p in record.parts] == [Status.SKIPPED] * 3
    store = History(tmp_path / "history.sqlite3")
    store.add(record)
    (again,) = store.records()
    assert again.parts == tuple(replace(p, spent=round(p.spent, 1)) for p in record.parts)
    assert again.result is Result.SKIPPED and again.seconds == pytest.approx(3.3)
    assert history.completed_days([again], PARIS) == set()
    assert history.progress([again], PARIS, start).streak == 0


def test_a_run_stopped_halfway_keeps_what_was_done(library: Library) -> None:
    start = datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)
    record = history.session_record(short_timeline(library), {0: 5.0, 1: 20.0, 2: 5.0, 3: 8.0}, start,
                                    start + timedelta(minutes=2), reached_end=False)
    assert record.seconds == 38 and record.result is Result.STOPPED and not record.completed
    assert record.exercises == ("seated-hamstring-stretch",)
    assert [p.status for p in record.parts] == [Status.DONE, Status.PARTLY, Status.SKIPPED]


def test_the_current_v2_file_migrates_without_loss_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copy(DATA / "history-v2.sqlite3", path)  # written by the schema 2 code, unchanged
    store = History(path)
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
    assert (tmp_path / "history.sqlite3.v2.bak").read_bytes() == (DATA / "history-v2.sqlite3").read_bytes()
    stopped, done = store.records()
    assert (done.routine, done.seconds, done.completed, done.result) == (
        "Evening routine", 460, True, Result.COMPLETED)
    assert done.routine_file == "/home/ana/.local/share/stretchtimer/routines/evening.yaml"
    assert done.exercises == ("lying-hamstring-stretch", "seated-hamstring-stretch") and done.parts == ()
    assert done.started_at == datetime(2026, 11, 23, 21, 5, tzinfo=PARIS)
    assert (stopped.routine, stopped.seconds, stopped.result) == ("Pré-échauffement", 80.5, Result.STOPPED)
    store.close()
    assert len(History(path).records()) == 2  # opened again: nothing migrates twice


def damage_last_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = len(data) - 4096
    data[page:page + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def test_a_damaged_database_failing_its_check_is_kept_aside_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = History(path)
    start = datetime(2026, 11, 1, 21, 0, tzinfo=PARIS)
    for day in range(300):
        store.add(rec(start + timedelta(days=day), name="Evening routine " + "x" * 60))
    store.close()
    damage_last_page(path)
    probe = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):  # what SQLite itself says of the damage
        assert probe.execute("PRAGMA quick_check").fetchall() == [("ok",)], "not damaged"
    probe.close()
    fresh = History(path, now=1_700_000_000)
    (aside,) = tmp_path.glob("history.sqlite3.bad-*")
    assert fresh.aside == aside and fresh.notice and str(aside) in fresh.notice
    assert fresh.records() == []


@pytest.mark.parametrize(("message", "reason"), [
    ("database or disk is full", Reason.FULL),
    ("attempt to write a readonly database", Reason.READ_ONLY),
    ("unable to open database file", Reason.READ_ONLY),
    ("database is locked", Reason.LOCKED),
])
def test_an_unavailable_file_is_left_in_place_not_set_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            message: str, reason: Reason) -> None:
    path = tmp_path / "history.sqlite3"
    store = History(path)
    store.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))
    store.close()
    before = path.read_bytes()

    def fail(self: History) -> sqlite3.Connection:
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(History, "_connect", fail)
    with pytest.raises(history.HistoryError) as refused:
        History(path)
    assert refused.value.reason is reason
    assert path.read_bytes() == before and not list(tmp_path.glob("*.bad-*"))


def test_a_full_disk_while_migrating_leaves_the_file_as_it_was(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copy(DATA / "history-v2.sqlite3", path)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(history.shutil, "copy2", full)
    with pytest.raises(history.HistoryError) as refused:
        History(path)
    assert refused.value.reason is Reason.FULL
    assert path.read_bytes() == (DATA / "history-v2.sqlite3").read_bytes()
    assert not list(tmp_path.glob("*.bad-*"))


# --- the recorder: nothing lost when the file cannot be written ------------------------

class FaultyHistory(History):
    """A real history whose writes fail while ``faults`` holds errors."""

    faults: ClassVar[list[sqlite3.Error]] = []

    def add(self, record: Record) -> None:
        if self.faults:
            raise self.faults.pop(0)
        super().add(record)


@pytest.mark.parametrize(("message", "reason"), [
    ("database or disk is full", Reason.FULL),
    ("attempt to write a readonly database", Reason.READ_ONLY),
    ("database is locked", Reason.LOCKED),
])
def test_unsaved_sessions_wait_in_memory_and_are_saved_later(tmp_path: Path, message: str,
                                                             reason: Reason) -> None:
    path = tmp_path / "history.sqlite3"
    said: list[Trouble] = []
    recorder = Recorder(path, said.append, opener=FaultyHistory)
    FaultyHistory.faults = [sqlite3.OperationalError(message), sqlite3.OperationalError(message)]
    first, second = (rec(datetime(2026, 11, 24 + d, 21, 0, tzinfo=PARIS)) for d in (0, 1))
    assert not recorder.add(first)
    assert not recorder.add(second)  # tried again at the next session's end
    assert recorder.pending == [first, second]
    assert [(t.kind, t.reason) for t in said] == [(Kind.UNSAVED, reason)]  # said once
    assert path.exists() and not list(tmp_path.glob("*.bad-*"))
    assert [r.started_at for r in recorder.records()] == [second.started_at, first.started_at]
    assert recorder.close()  # quitting tries once more, and the fault has gone
    assert recorder.pending == [] and said[-1] == Trouble(Kind.SAVED, path, count=2)
    assert [r.routine for r in History(path).records()] == ["Evening routine"] * 2


def test_a_history_that_cannot_be_opened_keeps_sessions_until_it_can(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    History(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    said: list[Trouble] = []
    recorder = Recorder(path, said.append)
    session = rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS))
    try:
        assert recorder.open() is None
        assert not recorder.add(session)
        assert recorder.records() == [session]  # shown, though not saved yet
    finally:
        holder.close()
    assert [(t.kind, t.reason) for t in said] == [(Kind.UNAVAILABLE, Reason.LOCKED)]
    assert recorder.flush() and recorder.pending == []
    assert [r.started_at for r in History(path).records()] == [session.started_at]


def test_the_recorder_says_where_a_damaged_file_went(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database" * 100)
    said: list[Trouble] = []
    recorder = Recorder(path, said.append)
    assert recorder.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))
    (aside,) = tmp_path.glob("history.sqlite3.bad-*")
    assert said == [Trouble(Kind.SET_ASIDE, path, aside=aside)]
    assert aside.read_bytes() == b"not a database" * 100 and len(recorder.records()) == 1


def test_a_file_damaged_while_open_is_checked_again_before_the_next_write(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    said: list[Trouble] = []
    recorder = Recorder(path, said.append, opener=FaultyHistory)
    FaultyHistory.faults = [sqlite3.DatabaseError("database disk image is malformed")]
    assert not recorder.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))
    path.write_bytes(b"garbage" * 1000)  # what the damage turned out to be
    for extra in tmp_path.glob("history.sqlite3-*"):
        extra.unlink()
    assert recorder.flush()
    assert [t.kind for t in said] == [Kind.UNSAVED, Kind.SET_ASIDE, Kind.SAVED]
    assert len(list(tmp_path.glob("history.sqlite3.bad-*"))) == 1


def test_a_new_trouble_after_one_that_went_away_is_said_again(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    said: list[Trouble] = []
    recorder = Recorder(path, said.append, opener=FaultyHistory)
    FaultyHistory.faults = [sqlite3.OperationalError("database is locked")]
    assert not recorder.add(rec(datetime(2026, 11, 23, 21, 0, tzinfo=PARIS)))
    assert recorder.add(rec(datetime(2026, 11, 24, 21, 0, tzinfo=PARIS)))  # both saved now
    assert recorder.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))  # nothing waited: nothing said
    FaultyHistory.faults = [sqlite3.OperationalError("database or disk is full")]
    assert not recorder.add(rec(datetime(2026, 11, 26, 21, 0, tzinfo=PARIS)))
    assert [(t.kind, t.reason, t.count) for t in said] == [
        (Kind.UNSAVED, Reason.LOCKED, 1), (Kind.SAVED, Reason.OTHER, 2), (Kind.UNSAVED, Reason.FULL, 1)]


def test_schema_3_gains_the_desk_breaks_table_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(history._CREATE_V1 + history.MIGRATIONS[1] + history.MIGRATIONS[2]
                     + "PRAGMA user_version = 3;")
    db.execute("INSERT INTO sessions (routine, started_at, ended_at, seconds, completed) VALUES "
               "('Kept', '2026-01-01T20:00:00+00:00', '2026-01-01T20:10:00+00:00', 600, 1)")
    db.commit()
    db.close()
    store = History(path)
    assert [r.routine for r in store.records()] == ["Kept"]
    assert (tmp_path / "history.sqlite3.v3.bak").exists()
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION


def test_desk_answers_are_counted_apart_from_routines(tmp_path: Path) -> None:
    store = History(tmp_path / "history.sqlite3")
    morning = datetime(2026, 11, 30, 9, 0, tzinfo=PARIS)
    store.add_desk_answer(morning - timedelta(days=1), "skipped")  # yesterday: not today's
    store.add_desk_answer(morning, "skipped")
    store.add_desk_answer(morning + timedelta(hours=1), "snoozed")
    store.add_desk_answer(morning + timedelta(hours=2), "skipped")
    assert store.desk_answers(morning.replace(hour=0)) == {"skipped": 2, "snoozed": 1}
    assert store.records() == []


def test_last_done_is_each_routines_latest_completed_local_day() -> None:
    paris = ZoneInfo("Europe/Paris")
    records = [replace(rec(datetime(2026, 11, 20, 22, 0, tzinfo=paris)), routine="Evening routine"),
               replace(rec(datetime(2026, 11, 24, 23, 30, tzinfo=timezone.utc)), routine="Evening routine"),
               replace(rec(datetime(2026, 11, 26, 21, 0, tzinfo=paris), completed=False),
                       routine="Evening routine"),
               replace(rec(datetime(2026, 11, 22, 8, 0, tzinfo=paris)), routine="Post-workout")]
    assert history.last_done(records, paris) == {"Evening routine": date(2026, 11, 25),  # 00:30 in Paris
                                                 "Post-workout": date(2026, 11, 22)}


def test_sessions_still_waiting_at_quit_are_kept_aside_and_saved_at_the_next_start(tmp_path: Path) -> None:
    path, spill = tmp_path / "data" / "history.sqlite3", tmp_path / "config" / "unsaved-sessions.sqlite3"
    path.parent.mkdir()
    spill.parent.mkdir()
    saved = rec(datetime(2026, 11, 24, 21, 0, tzinfo=PARIS))
    store = History(path)
    store.add(saved)
    store.close()
    holder = sqlite3.connect(path, isolation_level=None)  # another program holds the file all evening
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    said: list[Trouble] = []
    recorder = Recorder(path, said.append, spill=spill)
    session = rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS))
    answered = replace(saved, stiffness_after=3)  # an answer given for yesterday's session
    try:
        assert not recorder.add(session)
        assert not recorder.amend(saved, answered)
        assert not recorder.close() and recorder.spilled and spill.is_file()
    finally:
        holder.close()
    again = Recorder(path, said.append, spill=spill)  # the next start
    assert again.amended and again.flush()
    assert not spill.exists()
    rows = [(r.started_at, r.stiffness_after) for r in History(path).records()]
    assert rows == [(session.started_at, None), (saved.started_at, 3)]  # yesterday's amended, not doubled
    assert said[-1].kind is Kind.SAVED and said[-1].count == 2
    assert Recorder(path, said.append, spill=spill).amended == []  # nothing is saved twice


def test_a_spill_that_cannot_be_read_is_left_where_it_is(tmp_path: Path) -> None:
    spill = tmp_path / "unsaved-sessions.sqlite3"
    spill.write_bytes(b"not a database" * 100)
    recorder = Recorder(tmp_path / "history.sqlite3", lambda _t: None, spill=spill)
    assert recorder.amended == []
    assert recorder.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))


def test_a_damaged_spill_is_set_aside_and_kept_after_sessions_are_saved(tmp_path: Path) -> None:
    spill = tmp_path / "unsaved-sessions.sqlite3"
    spill.write_bytes(b"not a database" * 100)
    recorder = Recorder(tmp_path / "history.sqlite3", lambda _t: None, spill=spill)
    assert recorder.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))
    (aside,) = tmp_path.glob("unsaved-sessions.sqlite3.bad-*")  # as a damaged history is
    assert aside.read_bytes() == b"not a database" * 100  # for the person to look at


def test_a_spill_this_version_cannot_read_stays_after_sessions_are_saved(tmp_path: Path) -> None:
    spill = tmp_path / "unsaved-sessions.sqlite3"
    newer = sqlite3.connect(spill)
    newer.execute(f"PRAGMA user_version = {history.SCHEMA_VERSION + 1}")  # kept by a newer Stretch Timer
    newer.close()
    recorder = Recorder(tmp_path / "history.sqlite3", lambda _t: None, spill=spill)
    assert recorder.amended == []
    assert recorder.add(rec(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))
    assert spill.is_file()  # for the version that wrote it
