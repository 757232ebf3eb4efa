"""The settings file shared by the app and the command line: locked writes, merged changes."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from stretchtimer.cli import main
from stretchtimer.core.settings import Settings, load_settings, save_settings
from stretchtimer.core.shared_settings import SharedSettings, merge_reminders, settings_lock


def reminder(ident: int, at: str) -> dict[str, object]:
    return {"id": ident, "time": at, "days": ["mon"], "routine": "Evening routine", "enabled": True}


def test_the_app_keeps_reminders_the_command_line_added_when_it_saves(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    save_settings(path, Settings({"sound.volume": 30}))
    running = load_settings(path).settings  # what the app holds in memory
    shared = SharedSettings(path, running)
    on_disk = load_settings(path).settings  # `stretchtimer remind add` writes meanwhile
    on_disk.set("schedule.reminders", [reminder(1, "21:30")])
    save_settings(path, on_disk)
    running.set("window.geometry", "abc")  # the app saves, e.g. its window geometry
    taken, notice = shared.save(running)
    assert taken == ["schedule.reminders"] and notice is None
    again = load_settings(path).settings
    assert [r["time"] for r in again.get("schedule.reminders")] == ["21:30"]
    assert again.get("sound.volume") == 30 and again.get("window.geometry") == "abc"
    assert running.get("schedule.reminders") == again.get("schedule.reminders")


def test_hand_edits_and_newer_keys_on_disk_survive_the_apps_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    save_settings(path, Settings())
    running = load_settings(path).settings
    shared = SharedSettings(path, running)
    path.write_text(path.read_text().replace("volume: 80", "volume: 15") + "later: {thing: 1}\n")
    running.set("sound.muted", True)
    shared.save(running)
    saved = yaml.safe_load(path.read_text())
    assert saved["sound"]["volume"] == 15 and saved["sound"]["muted"] is True
    assert saved["later"] == {"thing": 1}


def test_reminders_changed_on_both_sides_are_merged_by_id() -> None:
    base = [reminder(1, "21:30"), reminder(2, "07:00")]
    ours = [reminder(1, "22:00"), reminder(2, "07:00"), reminder(3, "12:00")]  # edit 1, add 3
    theirs = [reminder(1, "21:30"), reminder(3, "18:00")]  # remove 2, add another 3
    merged = merge_reminders(base, ours, theirs)
    assert [(r["id"], r["time"]) for r in merged] == [(1, "22:00"), (3, "12:00"), (4, "18:00")]


def test_a_save_waits_for_the_lock(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path)}
    path = tmp_path / "config" / "stretchtimer" / "settings.yaml"
    with settings_lock(path):
        adding = subprocess.Popen([sys.executable, "-m", "stretchtimer", "remind", "add", "21:30"],
                                  env=env, stdout=subprocess.PIPE, text=True)
        time.sleep(3)  # long enough to start, read and write were it not waiting
        assert adding.poll() is None and not path.exists()
    out, _ = adding.communicate(timeout=60)
    assert adding.returncode == 0 and out.startswith("Added reminder 1")
    assert (path.parent / "settings.yaml.lock").exists()
    with open(path.parent / "settings.yaml.lock") as lock:  # released: taken at once
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)


def test_remind_add_run_many_times_at_once_keeps_every_reminder(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path)}
    times = [f"21:{minute:02d}" for minute in range(6)]
    running = [subprocess.Popen([sys.executable, "-m", "stretchtimer", "remind", "add", at],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for at in times]
    for process in running:
        process.communicate(timeout=120)
        assert process.returncode == 0
    saved = load_settings(tmp_path / "config" / "stretchtimer" / "settings.yaml").settings
    reminders = saved.get("schedule.reminders")
    assert sorted(r["time"] for r in reminders) == times
    assert sorted(r["id"] for r in reminders) == [1, 2, 3, 4, 5, 6]


def test_added_is_said_only_once_saved(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from stretchtimer.commands import remind

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(remind, "save_settings", full_disk)
    assert main(["remind", "add", "21:30"]) == 1
    out = capsys.readouterr()
    assert "Added reminder" not in out.out and "No space left on device" in out.err
