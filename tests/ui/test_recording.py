"""Runs go into the history as they really were; tries from the editor do not; troubles are said once."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from stretchtimer.core import catalog
from stretchtimer.core.catalog import Entry
from stretchtimer.core.history import History
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.outcome import Result, Status
from stretchtimer.core.places import Places
from stretchtimer.core.session import Session
from stretchtimer.core.settings import Settings
from stretchtimer.ui import dialogs
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.editing import Editing
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.recording import Recording
from stretchtimer.ui.tray import ReminderService
from tests.conftest import SHORT

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 21, 50, tzinfo=PARIS)

# The editor's Try it opens the routine in the main window: offscreen, it cannot be raised.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def entry(library: Library) -> Entry:
    return Entry(Path("short.yaml"), False, routine_from_text(SHORT, library))


@pytest.fixture
def app(qtbot, library: Library, fake_clock, monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    places = Places.from_environment()

    def entries() -> list[Entry]:
        return catalog.builtin_entries(places.builtin_dir, library)

    window = MainWindow(library, entries, Settings(), SessionDriver(clock=fake_clock), places.assets_dir,
                        records=lambda: recording.records(200))
    qtbot.addWidget(window)
    recording = Recording(window, tmp_path / "history.sqlite3", now=lambda: NOW)
    return window, recording


def run_out(window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    """Let the routine play to its end, waking at least once a second as the timer would."""
    while window.driver.is_active():
        clock.advance(1.0)
        window.driver.wake()


def skip_out(window: MainWindow) -> None:
    while window.driver.is_active():
        window.driver.skip()


def saved(path: Path) -> list:  # type: ignore[type-arg]
    store = History(path)
    try:
        return store.records()
    finally:
        store.close()


def test_a_try_from_the_editor_is_not_recorded(qtbot, app, entry: Entry, library: Library,  # type: ignore[no-untyped-def]
                                               fake_clock, tmp_path: Path) -> None:
    window, recording = app
    places = Places.from_environment()
    editing = Editing(window, library, places, lambda: [], "en")
    editing.open_editor(entry)
    qtbot.addWidget(editing.editor)
    editing.editor.try_action.trigger()  # F5
    assert window.driver.is_active() and window.stack.currentWidget() is window.player
    run_out(window, fake_clock)
    assert "Tried from the editor: not added to your history." in window.summary.details.text()
    assert recording.records() == [] and saved(tmp_path / "history.sqlite3") == []
    window.summary.again_requested.emit()  # "Do it again" is still a try
    skip_out(window)
    assert saved(tmp_path / "history.sqlite3") == []
    window.start_entry(entry)  # from the home screen: recorded
    run_out(window, fake_clock)
    (record,) = saved(tmp_path / "history.sqlite3")
    assert record.routine == "Short" and record.result is Result.COMPLETED
    assert "Tried from the editor" not in window.summary.details.text()
    editing.editor.close()


def test_a_try_left_halfway_for_a_real_run_is_not_recorded(qtbot, app, entry: Entry,  # type: ignore[no-untyped-def]
                                                           library: Library, fake_clock,
                                                           tmp_path: Path) -> None:
    window, recording = app
    editing = Editing(window, library, Places.from_environment(), lambda: [], "en")
    editing.try_routine(entry)
    fake_clock.advance(10)
    window.driver.wake()
    window.start_entry(entry)  # leaves the try: that abandoned try stays out of the history
    assert recording.records() == []
    window.stop()
    (record,) = saved(tmp_path / "history.sqlite3")
    assert record.result is Result.STOPPED


def test_skipping_to_the_end_shows_mostly_skipped_and_is_not_done(app, entry: Entry, fake_clock,  # type: ignore[no-untyped-def]
                                                                  monkeypatch, tmp_path: Path) -> None:
    window, recording = app
    window.start_entry(entry)  # 3 s getting ready, then every phase skipped
    for _ in range(3):
        fake_clock.advance(1)
        window.driver.wake()
    skip_out(window)
    assert window.stack.currentWidget() is window.summary
    assert window.summary.heading.text() == "Mostly skipped — not counted as done"
    details = window.summary.details.text()
    assert "Skipped:\n• Seated hamstring stretch\n• Standing wide-leg hamstring stretch" in details
    assert details.startswith("You reached the end of Short, but held only 0:00 of its 0:55 of stretches.")
    assert "Exercises done" not in details
    (record,) = saved(tmp_path / "history.sqlite3")
    assert (record.result, record.completed, record.seconds) == (Result.SKIPPED, False, 3)
    assert [p.status for p in record.parts] == [Status.SKIPPED] * 3
    assert not recording.done_on(NOW.date())
    window.show_home()
    window.show_progress()
    assert window.progress.recent.item(0).text().endswith("0:03   mostly skipped — not counted")
    assert window.progress.streak.text() == "No streak yet — today is a good day"


def test_the_summary_names_the_side_that_was_only_partly_held(app, entry: Entry, fake_clock,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    window, _recording = app
    spent = {1: 20.0, 3: 6.0, 6: 15.0}  # left held, right 6 of 20 s, the wide stretch held: 41 of 55
    monkeypatch.setattr(Session, "spent", lambda self: spent)
    window.start_entry(entry)
    skip_out(window)
    assert window.summary.heading.text() == "Mostly skipped — not counted as done"
    details = window.summary.details.text()
    assert ("Exercises done:\n• Seated hamstring stretch (left side)\n"
            "• Standing wide-leg hamstring stretch") in details
    assert "Partly done:\n• Seated hamstring stretch (right side)" in details
    spent[3] = 7.0  # 42 of 55: three quarters
    window.driver.restart()
    skip_out(window)
    assert window.summary.heading.text() == "Well done!"


def test_a_full_disk_is_said_once_and_the_sessions_saved_later(app, entry: Entry, fake_clock,  # type: ignore[no-untyped-def]
                                                               monkeypatch, tmp_path: Path) -> None:
    window, recording = app
    path = tmp_path / "history.sqlite3"
    add = History.add
    faults = [sqlite3.OperationalError("database or disk is full")] * 2

    def failing_add(self: History, record: object) -> None:
        if faults:
            raise faults.pop()
        add(self, record)  # type: ignore[arg-type]

    monkeypatch.setattr(History, "add", failing_add)
    for _ in range(2):
        window.start_entry(entry)
        run_out(window, fake_clock)
    said = [m for m in window.message_bar.messages if "history" in m]
    assert said == [f"Your history {path} cannot be written now: the disk is full. Your sessions are "
                    "kept and saved after your next session or when you quit."]
    assert path.exists() and not list(tmp_path.glob("*.bad-*"))
    assert len(recording.records()) == 2 and recording.done_on(NOW.date())  # not hidden meanwhile
    recording.close()  # quitting: the disk has room again
    assert [r.result for r in saved(path)] == [Result.COMPLETED] * 2
    assert window.message_bar.messages[-1] == "Sessions that waited are now saved to your history (2)."


def test_a_damaged_file_is_said_with_where_it_went(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, recording = app
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database" * 100)
    assert recording.records() == []
    (aside,) = tmp_path.glob("history.sqlite3.bad-*")
    assert window.message_bar.messages == [
        f"Your history file could not be read: it was kept as {aside} and a new history was started."]


def test_reminders_fire_and_rearm_when_the_history_cannot_be_read(qtbot, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, recording = app

    def broken(self: History, limit: int | None = None) -> list:  # type: ignore[type-arg]
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(History, "records", broken)
    settings = Settings()
    settings.set("schedule.reminders", [{"id": 1, "time": "21:30", "routine": "Evening routine"}])
    settings.set("schedule.last_check", "2026-11-25T21:00:00+01:00")
    service = ReminderService(settings, done_on=recording.done_on, now=lambda: NOW, tz=PARIS)
    fired: list[object] = []
    service.fired.connect(fired.append)
    service.start()
    assert len(fired) == 1  # not known as done today: reminded
    assert service.is_armed()
    assert any("cannot be written now" in m for m in window.message_bar.messages)
