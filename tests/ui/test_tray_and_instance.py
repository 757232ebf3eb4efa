"""Reminders fire from one re-armed timer; a second launch hands its request to the first."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from stretchtimer.autostart import autostart_file, set_start_at_login
from stretchtimer.core.settings import Settings
from stretchtimer.platform.instance import Instance
from stretchtimer.ui.tray import ReminderService

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(autouse=True)
def _paris() -> Iterator[None]:
    """The system's zone is Paris's, for the reminders and for the C library alike."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


class WallClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def settings_with(*times: str) -> Settings:
    settings = Settings()
    settings.set("schedule.reminders", [{"id": i + 1, "time": t, "routine": "Evening routine"}
                                        for i, t in enumerate(times)])
    return settings


def test_one_timer_armed_for_the_next_reminder_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = WallClock(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS))
    service = ReminderService(settings_with("21:30", "22:15"), now=clock)
    service.start()
    assert service.is_armed()
    assert service.next_wakeup() == datetime(2026, 11, 25, 21, 30, tzinfo=PARIS)
    assert service._timer.interval() == 30 * 60_000 + 50  # to the reminder, plus a margin
    fired: list = []
    service.fired.connect(fired.append)
    clock.now = datetime(2026, 11, 25, 21, 30, tzinfo=PARIS)
    service.check()
    assert [f.reminder.id for f in fired] == [1]
    assert service.next_wakeup() == datetime(2026, 11, 25, 22, 15, tzinfo=PARIS)


def test_no_reminders_means_no_timer(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = ReminderService(Settings(), now=WallClock(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS)))
    service.start()
    assert not service.is_armed() and not service.any_enabled()


def test_missed_while_closed_fires_once_at_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = settings_with("21:30")
    settings.set("schedule.last_check", "2026-11-25T21:00:00+01:00")
    clock = WallClock(datetime(2026, 11, 25, 21, 50, tzinfo=PARIS))
    service = ReminderService(settings, now=clock)
    fired: list = []
    service.fired.connect(fired.append)
    service.start()
    assert len(fired) == 1 and fired[0].late
    assert settings.get("schedule.last_check") == "2026-11-25T21:50:00+01:00"
    service.check()
    assert len(fired) == 1


def test_snooze_rearms_the_timer(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = WallClock(datetime(2026, 11, 25, 21, 30, tzinfo=PARIS))
    settings = settings_with("21:30")
    settings.set("schedule.last_check", "2026-11-25T21:29:00+01:00")
    service = ReminderService(settings, now=clock)
    service.start()
    assert service.last_fire is not None
    until = service.snooze()
    assert until == datetime(2026, 11, 25, 21, 40, tzinfo=PARIS)
    assert service.next_wakeup() == until


def test_second_launch_hands_its_request_over(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = f"stretchtimer-test-{os.getpid()}"
    server = Instance(name)
    assert server.listen()
    code = ("import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from stretchtimer.platform.instance import hand_over;"
            f"sys.exit(0 if hand_over({{'action': 'run', 'file': '/x/evening.yaml'}}, {name!r}) else 3)")
    with qtbot.waitSignal(server.requested, timeout=5000) as caught:
        process = subprocess.Popen([sys.executable, "-c", code])
    assert process.wait(timeout=10) == 0
    assert caught.args == [{"action": "run", "file": "/x/evening.yaml"}]


def test_nobody_listening_means_no_hand_over(qapp) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.platform.instance import hand_over

    assert hand_over({"action": "show"}, f"stretchtimer-nobody-{os.getpid()}") is False


def test_start_at_login_writes_and_removes_the_autostart_entry(tmp_path: Path) -> None:
    set_start_at_login(tmp_path, True)
    entry = autostart_file(tmp_path).read_text()
    assert "--tray" in entry.split("Exec=")[1].splitlines()[0]
    set_start_at_login(tmp_path, False)
    assert not autostart_file(tmp_path).exists()


def test_tray_menu_lists_routines_and_keeps_snooze_state(qapp, library) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from stretchtimer.core.catalog import builtin_entries
    from stretchtimer.core.places import Places
    from stretchtimer.ui.tray import Tray

    entries = builtin_entries(Places.from_environment().builtin_dir, library)
    tray = Tray(QIcon())
    tray.set_entries(entries, "en")
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert texts[:3] == ["Start Evening routine", "Start Post-workout", "Start Pre-workout warm-up"]
    assert "Quit" in texts and "Reminders…" in texts
    assert tray.snooze_action is not None and not tray.snooze_action.isEnabled()
    clicked: list[str] = []
    tray.remind("Stretch Timer", "Time", lambda: clicked.append("balloon"))
    tray.set_entries(entries, "en")
    assert tray.snooze_action.isEnabled()
    started: list = []
    tray.start_requested.connect(started.append)
    tray.menu.actions()[1].trigger()
    assert started == [entries[1]]
    tray.icon.messageClicked.emit()  # the balloon: what it was shown for, once
    tray.icon.messageClicked.emit()
    assert clicked == ["balloon"] and started == [entries[1]]


def test_tray_tooltip_names_the_next_reminder_in_the_locale(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QIcon

    from stretchtimer.ui.tray import Tray

    clock = WallClock(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS))
    service = ReminderService(settings_with("21:30"), now=clock)
    tray = Tray(QIcon())
    service.armed.connect(tray.show_next)
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        service.start()
        due = datetime(2026, 11, 25, 21, 30, tzinfo=PARIS).astimezone()
        assert tray.icon.toolTip() == f"Stretch Timer — next reminder mer. {due.day} nov. {due:%H:%M}"
    finally:
        QLocale.setDefault(QLocale.c())
    service.scheduler.pause_today(clock.now)
    service.reload()
    assert tray.icon.toolTip().startswith("Stretch Timer — next reminder")
    settings = Settings()
    quiet = ReminderService(settings, now=clock)
    quiet.armed.connect(tray.show_next)
    quiet.start()
    assert tray.icon.toolTip() == "Stretch Timer"


def test_a_history_error_counts_as_not_done_and_the_timer_is_armed_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    settings = settings_with("21:30", "22:15")
    settings.set("schedule.last_check", "2026-11-25T21:00:00+01:00")
    clock = WallClock(datetime(2026, 11, 25, 21, 50, tzinfo=PARIS))

    def broken_history(day: object) -> bool:
        raise sqlite3.DatabaseError("database disk image is malformed")

    service = ReminderService(settings, done_on=broken_history, now=clock)
    fired: list = []
    service.fired.connect(fired.append)
    service.start()
    assert [f.reminder.id for f in fired] == [1]
    assert service.is_armed() and service.next_wakeup() == datetime(2026, 11, 25, 22, 15, tzinfo=PARIS)


def test_the_timer_is_armed_again_even_when_a_check_fails(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    clock = WallClock(datetime(2026, 11, 25, 21, 0, tzinfo=PARIS))
    service = ReminderService(settings_with("21:30"), now=clock)

    def failing(now: datetime) -> list:
        raise RuntimeError("broken check")

    monkeypatch.setattr(service.scheduler, "check", failing)
    with pytest.raises(RuntimeError):
        service.check()
    assert service.is_armed()


def _fires_across(reminder_time: str, start: datetime, end: datetime) -> list[str]:
    """Local times the service fires at, driven minute by minute by a clock that gives, as
    datetime.now().astimezone() does, the offset of the moment it started with."""
    frozen = timezone(start.utcoffset() or timedelta())
    clock = WallClock(start.astimezone(frozen))
    service = ReminderService(settings_with(reminder_time), now=clock)
    fired: list[str] = []
    service.fired.connect(lambda fire: fired.append(
        f"{fire.due.astimezone(PARIS):%d %H:%M%z} at {clock.now.astimezone(PARIS):%d %H:%M}"))
    service.start()
    while clock.now < end:
        clock.now += timedelta(minutes=1)
        service.check()
    return fired


def test_an_evening_reminder_keeps_its_time_across_the_spring_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    fires = _fires_across("21:30", datetime(2026, 3, 28, 20, 0, tzinfo=PARIS),
                          datetime(2026, 3, 30, 23, 0, tzinfo=PARIS))
    assert fires == ["28 21:30+0100 at 28 21:30", "29 21:30+0200 at 29 21:30", "30 21:30+0200 at 30 21:30"]


def test_a_skipped_time_fires_at_the_first_minute_after_the_jump(qtbot) -> None:  # type: ignore[no-untyped-def]
    fires = _fires_across("02:30", datetime(2026, 3, 29, 0, 0, tzinfo=PARIS),
                          datetime(2026, 3, 29, 6, 0, tzinfo=PARIS))
    assert fires == ["29 03:00+0200 at 29 03:00"]


def test_a_repeated_time_fires_once_in_the_autumn(qtbot) -> None:  # type: ignore[no-untyped-def]
    fires = _fires_across("02:30", datetime(2026, 10, 25, 0, 0, tzinfo=PARIS),
                          datetime(2026, 10, 25, 6, 0, tzinfo=PARIS))
    assert fires == ["25 02:30+0200 at 25 02:30"]


def test_a_zone_changed_while_running_is_followed(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = WallClock(datetime(2026, 11, 25, 12, 0, tzinfo=PARIS))
    service = ReminderService(settings_with("21:30"), now=clock)
    service.start()
    assert service.next_wakeup() == datetime(2026, 11, 25, 21, 30, tzinfo=PARIS)
    os.environ["TZ"] = "America/New_York"  # travelled; the fixture puts it back
    service.check()
    assert service.next_wakeup() == datetime(2026, 11, 25, 21, 30, tzinfo=ZoneInfo("America/New_York"))


def test_tray_tooltip_says_todays_reminder_is_skipped_once_done(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from stretchtimer.ui.tray import Tray

    clock = WallClock(datetime(2026, 11, 25, 18, 0, tzinfo=PARIS))
    done = {datetime(2026, 11, 25).date()}
    service = ReminderService(settings_with("21:30"), done_on=lambda day: day in done, now=clock)
    tray = Tray(QIcon())
    service.armed.connect(lambda _when: tray.show_next(*service.sounding()))
    service.start()
    tomorrow = datetime(2026, 11, 26, 21, 30, tzinfo=PARIS)
    assert service.sounding() == (tomorrow, True)
    assert "Today’s reminder is skipped: you already did a routine today" in tray.icon.toolTip()
    done.clear()
    service.reload()
    assert "skipped" not in tray.icon.toolTip()
