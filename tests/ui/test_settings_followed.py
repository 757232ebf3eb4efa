"""The window, the voice, the reminders and the desk breaks follow a changed setting by themselves."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from stretchtimer.core.catalog import builtin_entries
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.platform.idle import NullIdle
from stretchtimer.platform.inhibit import NullInhibitors
from stretchtimer.ui.desk_breaks import DeskBreakService
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.tray import ReminderService

PARIS = ZoneInfo("Europe/Paris")


def test_the_player_follows_mute_and_reduced_motion(qtbot: Any, library: Library, fake_clock: Any) -> None:
    places = Places.from_environment()
    settings = Settings()
    window = MainWindow(library, lambda: builtin_entries(places.builtin_dir, library), settings,
                        SessionDriver(clock=fake_clock), places.assets_dir)
    qtbot.addWidget(window)
    player = window.player
    settings.update({"sound.muted": True, "accessibility.reduce_motion": True})
    assert player.buttons["mute"].text() == "Unmute" and player.reduce_motion
    settings.set("sound.muted", False)
    assert player.buttons["mute"].text() == "Mute"


def test_the_reminders_follow_a_new_reminder(qtbot: Any) -> None:
    settings = Settings()
    service = ReminderService(settings, now=lambda: datetime(2026, 11, 25, 21, 0, tzinfo=PARIS), tz=PARIS)
    service.start()
    assert not service.is_armed()
    settings.set("schedule.reminders", [{"id": 1, "time": "21:30", "routine": "Evening routine"}])
    assert service.next_wakeup() == datetime(2026, 11, 25, 21, 30, tzinfo=PARIS)


def test_desk_breaks_follow_their_settings_once_started(qtbot: Any, tmp_path: Path) -> None:
    settings = Settings()
    opened: list[str] = []

    def open_idle() -> NullIdle:
        opened.append("idle")
        return NullIdle()

    service = DeskBreakService(settings, tmp_path / "desk.json", open_idle=open_idle,
                               open_busy=lambda _display: NullInhibitors())
    settings.set("desk.enabled", True)
    assert opened == []  # not looking before start
    settings.set("desk.enabled", False)
    service.start()
    settings.set("desk.enabled", True)
    assert opened == ["idle"]
    service.close()
