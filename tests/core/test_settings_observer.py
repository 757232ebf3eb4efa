"""Settings tell their subscribers what changed, old and new values, after set() or update()."""

from __future__ import annotations

from typing import Any

import pytest

from stretchtimer.core.settings import Settings


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


