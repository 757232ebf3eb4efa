"""Settings tell their subscribers what changed, old and new values, after set() or update()."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from stretchtimer.core.settings import Settings, save_settings
from stretchtimer.core.shared_settings import SharedSettings


def _recorder() -> tuple[list[dict[str, tuple[Any, Any]]], Any]:
    heard: list[dict[str, tuple[Any, Any]]] = []
    return heard, lambda changes: heard.append(dict(changes))


def test_a_subscriber_hears_its_setting_with_old_and_new_values() -> None:
    settings = Settings()
    heard, record = _recorder()
    settings.subscribe("sound.volume", record)
    settings.set("sound.volume", 30)
    settings.set("sound.muted", True)  # not followed
    assert heard == [{"sound.volume": (80, 30)}]
    assert settings.get("sound.volume") == 30  # told after the value is in place


def test_a_group_subscriber_hears_every_setting_in_it_once_per_update() -> None:
    settings = Settings()
    heard, record = _recorder()
    settings.subscribe("desk", record)
    settings.update({"desk.enabled": True, "desk.work_minutes": 40, "sound.volume": 10})
    assert heard == [{"desk.enabled": (False, True), "desk.work_minutes": (50, 40)}]


def test_every_setting_is_followed_with_the_empty_key_and_unchanged_values_say_nothing() -> None:
    settings = Settings()
    heard, record = _recorder()
    settings.subscribe("", record)
    settings.set("language", "")  # the same value
    settings.update({"language": "fr", "sound.volume": 80})
    assert heard == [{"language": ("", "fr")}]


def test_a_refused_value_changes_nothing_and_tells_no_one() -> None:
    settings = Settings()
    heard, record = _recorder()
    settings.subscribe("", record)
    with pytest.raises(ValueError):
        settings.update({"sound.volume": 50, "sound.muted": "loud"})
    assert settings.get("sound.volume") == 80 and heard == []


def test_a_list_changed_in_place_by_its_owner_is_still_a_change() -> None:
    settings = Settings()
    heard, record = _recorder()
    days = ["mon"]
    settings.set("desk.days", days)
    settings.subscribe("desk.days", record)
    days.append("tue")  # the stored value is a copy: this edit is not already "in"
    settings.set("desk.days", days)
    again = settings.get("desk.days")
    again.append("wed")  # nor is an edit of the list get() gave
    settings.set("desk.days", again)
    assert heard == [{"desk.days": (["mon"], ["mon", "tue"])},
                     {"desk.days": (["mon", "tue"], ["mon", "tue", "wed"])}]


def test_unsubscribing_ends_the_calls_and_a_misspelt_key_is_refused() -> None:
    settings = Settings()
    heard, record = _recorder()
    stop = settings.subscribe("sound", record)
    stop()
    settings.set("sound.volume", 5)
    assert heard == []
    with pytest.raises(KeyError):
        settings.subscribe("sound.volum", record)




def test_changes_held_are_told_once_at_the_end_with_the_first_old_and_last_new_value() -> None:
    settings = Settings()
    heard, record = _recorder()
    settings.subscribe("sound", record)
    with settings.held():
        settings.set("sound.volume", 10)
        settings.set("sound.volume", 20)
        settings.set("sound.muted", True)
        settings.set("sound.muted", False)  # back as it was: nothing to tell
        assert heard == []
    assert heard == [{"sound.volume": (80, 20)}]


def test_a_subscriber_is_told_what_was_taken_from_disk_after_the_lock_is_let_go(tmp_path: Path) -> None:
    import fcntl
    import os

    path = tmp_path / "settings.yaml"
    save_settings(path, Settings())
    settings = Settings()
    shared = SharedSettings(path, settings)
    other = Settings()
    other.set("schedule.reminders", [{"id": 1, "time": "21:30", "routine": "Evening routine"}])
    save_settings(path, other)  # as `stretchtimer remind add` would
    lock_free: list[bool] = []

    def reminders_changed(_changes: object) -> None:
        fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a nested save would need it
            lock_free.append(True)
        except BlockingIOError:
            lock_free.append(False)
        finally:
            os.close(fd)

    settings.subscribe("schedule.reminders", reminders_changed)
    taken, _notice = shared.save(settings)
    assert taken == ["schedule.reminders"] and lock_free == [True]
