"""The keeper saves every settings change, and what another program wrote reaches the subscribers."""

from __future__ import annotations

from pathlib import Path

from stretchtimer.core import schedule
from stretchtimer.core.settings import load_settings, save_settings
from stretchtimer.ui.settings_keeper import SettingsKeeper


def test_a_change_made_anywhere_is_saved(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.yaml"
    keeper = SettingsKeeper(load_settings(path), path)
    keeper.settings.set("sound.volume", 30)  # no one calls save: the keeper follows the settings
    assert load_settings(path).settings.get("sound.volume") == 30
    keeper.settings.update({"sound.volume": 40, "coach.breath": True})
    saved = load_settings(path).settings
    assert (saved.get("sound.volume"), saved.get("coach.breath")) == (40, True)


def test_reminders_taken_from_disk_are_told_to_subscribers(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.yaml"
    keeper = SettingsKeeper(load_settings(path), path)
    keeper.settings.set("sound.volume", 30)
    heard: list[object] = []
    keeper.settings.subscribe("schedule.reminders", heard.append)
    other = load_settings(path).settings  # `stretchtimer remind add ...` meanwhile
    reminder = schedule.reminder_from_dict({"id": 1, "time": "09:00", "days": ["mon"], "routine": "Short"})
    other.set("schedule.reminders", [reminder.to_dict()])
    save_settings(path, other)
    keeper.take_from_disk()
    assert len(heard) == 1 and keeper.settings.get("schedule.reminders")[0]["time"] == "09:00"
