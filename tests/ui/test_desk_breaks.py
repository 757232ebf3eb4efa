"""The desk-break service: the notification's answers, the history counts, the status file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, ClassVar

import pytest

from stretchtimer.core.history import History
from stretchtimer.core.settings import Settings
from stretchtimer.desk_status import read_status, status_lines
from stretchtimer.platform.idle import NullIdle
from stretchtimer.platform.inhibit import NullInhibitors
from stretchtimer.ui.desk_breaks import DeskBreakService

MONDAY_9 = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


class FakeNotifier:
    """What the platform's notifier factory makes; ``answer`` is a click on an action."""

    sent: ClassVar[list[tuple[str, str, list[tuple[str, str]]]]] = []
    available = True

    def __init__(self, on_action: Callable[[int, str], None]) -> None:
        self.answer = on_action

    def notify(self, title: str, body: str, actions: list[tuple[str, str]], icon: str = "") -> int | None:
        FakeNotifier.sent.append((title, body, actions))
        return len(FakeNotifier.sent) if FakeNotifier.available else None

    def close(self) -> None:
        pass


class Desk:
    name = "fake"

    def __init__(self) -> None:
        self.mono = 100.0
        self.wall = MONDAY_9
        self.idle = 0.0
        self.notifiers: list[FakeNotifier] = []

    def make_notifier(self, on_action: Callable[[int, str], None]) -> FakeNotifier:
        self.notifiers.append(FakeNotifier(on_action))
        return self.notifiers[-1]

    def answer(self, ident: int, key: str) -> None:
        (notifier,) = self.notifiers  # one, opened at the first break
        notifier.answer(ident, key)

    def idle_seconds(self) -> float | None:
        return self.idle

    def work(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def close(self) -> None:
        pass


@pytest.fixture
def desk(qapp: Any) -> Desk:
    FakeNotifier.sent = []
    FakeNotifier.available = True
    return Desk()


def service(desk: Desk, tmp_path: Path, settings: Settings | None = None,
            **kwargs: Any) -> DeskBreakService:
    history = History(tmp_path / "history.sqlite3")
    settings = settings or Settings({"desk.enabled": True})
    made = DeskBreakService(settings, tmp_path / "run" / "desk-breaks.json", history=lambda: history,
                            open_idle=lambda: desk, open_busy=lambda _display: NullInhibitors(),
                            monotonic=lambda: desk.mono, wall=lambda: desk.wall,
                            make_notifier=desk.make_notifier, **kwargs)
    made.start()
    return made


def test_a_due_break_is_notified_with_start_snooze_and_skip(desk: Desk, tmp_path: Path) -> None:
    breaks = service(desk, tmp_path)
    desk.work(50 * 60)
    breaks.look()
    ((title, body, actions),) = FakeNotifier.sent
    assert title == "Desk break" and "50 min" in body
    assert [key for key, _ in actions] == ["default", "start", "snooze", "skip"]
    assert ("snooze", "Snooze 10 min") in actions
    breaks.close()


def test_without_notifications_the_fallback_says_it_and_its_click_counts(  # type: ignore[no-untyped-def]
        desk: Desk, tmp_path: Path, qtbot) -> None:
    FakeNotifier.available = False
    said: list[tuple[str, str, Callable[[], None]]] = []
    breaks = service(desk, tmp_path, fallback=lambda *shown: said.append(shown))
    desk.work(50 * 60)
    breaks.look()
    ((title, text, clicked),) = said
    assert title == "Desk break" and text.startswith("You have been at the computer for 50 min.")
    with qtbot.waitSignal(breaks.start_requested):
        clicked()  # the tray's balloon, clicked: a Start like the notification's
    assert breaks.today() == {"started": 1}
    breaks.close()


def test_answers_are_counted_and_the_skip_limit_removes_skip(desk: Desk, tmp_path: Path) -> None:
    breaks = service(desk, tmp_path, Settings({"desk.enabled": True, "desk.skip_limit": 1}))
    desk.work(50 * 60)
    breaks.look()
    desk.answer(1, "skip")
    assert breaks.today() == {"skipped": 1}
    desk.work(50 * 60)
    breaks.look()
    assert [key for key, _ in FakeNotifier.sent[-1][2]] == ["default", "start", "snooze"]
    desk.answer(2, "snooze")
    assert breaks.today() == {"skipped": 1, "snoozed": 1}
    assert breaks.last is not None and breaks.last.hold is not None and breaks.last.hold.value == "snoozed"
    breaks.close()


def test_start_asks_for_the_routine_and_counts(desk: Desk, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    breaks = service(desk, tmp_path)
    desk.work(50 * 60)
    breaks.look()
    with qtbot.waitSignal(breaks.start_requested):
        desk.answer(1, "start")
    assert breaks.today() == {"started": 1}
    desk.answer(99, "start")  # another notification's action: not ours
    assert breaks.today() == {"started": 1}
    breaks.close()


def test_the_status_file_tells_the_command_line_and_goes_at_quit(desk: Desk, tmp_path: Path) -> None:
    breaks = service(desk, tmp_path)
    desk.work(20 * 60)
    breaks.look()
    path = tmp_path / "run" / "desk-breaks.json"
    status = read_status(path)
    assert status is not None and status["hold"] == "not-yet" and status["active_minutes"] == 20
    lines = status_lines(status, lambda _context, text: text, lambda when: when.strftime("%H:%M"))
    assert lines[:3] == ["Desk breaks: on (idle time from fake)", "Activity since the last break: 20 min",
                         "Next desk break: 09:50, if you keep working"]
    assert lines[3] == "None is due now: you have not been at the computer for 50 min yet."
    breaks.close()
    assert not path.exists()


def test_a_status_left_by_a_process_that_is_gone_reads_as_not_running(tmp_path: Path) -> None:
    path = tmp_path / "desk-breaks.json"
    path.write_text(json.dumps({"pid": 2**22 + 12345, "hold": "not-yet"}))
    assert read_status(path) is None
    assert "not running" in status_lines(None, lambda _c, text: text, str)[0]


def test_off_looks_at_nothing(desk: Desk, tmp_path: Path) -> None:
    breaks = service(desk, tmp_path, Settings())
    assert breaks.last is not None and breaks.last.hold is not None and breaks.last.hold.value == "off"
    assert not breaks._timer.isActive() and breaks.source_name == ""
    breaks.close()


def test_no_idle_source_says_unavailable_and_stops_looking(tmp_path: Path, qapp: Any) -> None:
    breaks = DeskBreakService(Settings({"desk.enabled": True}), tmp_path / "status.json",
                              open_idle=NullIdle, open_busy=lambda _display: NullInhibitors())
    breaks.start()
    assert breaks.last is not None and breaks.last.hold is not None
    assert breaks.last.hold.value == "unavailable" and not breaks._timer.isActive()
    status = read_status(tmp_path / "status.json")
    assert status is not None
    assert "unavailable" in status_lines(status, lambda _c, text: text, str)[0]
    breaks.close()


def test_a_finished_routine_starts_the_count_again(desk: Desk, tmp_path: Path) -> None:
    breaks = service(desk, tmp_path)
    desk.work(45 * 60)
    breaks.look()
    breaks.routine_done()
    desk.work(10 * 60)
    breaks.look()
    assert FakeNotifier.sent == []
    assert breaks.last is not None and breaks.last.active < 11 * 60
    breaks.close()
