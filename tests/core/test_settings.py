"""Settings: declared defaults, validation, atomic saves, a bad file kept aside."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from stretchtimer.core import atomic
from stretchtimer.core.settings import SCHEMA_VERSION, Settings, load_settings, save_settings
from stretchtimer.core.settings_schema import SETTINGS


def test_missing_file_gives_declared_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "settings.yaml")
    assert loaded.notice is None
    for setting in SETTINGS:
        assert loaded.settings.get(setting.name) == setting.default


def test_round_trip_keeps_values_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 1\nsound: {volume: 35, muted: true}\nfuture: {thing: 3}\n")
    loaded = load_settings(path)
    assert loaded.notice is not None and "unknown setting 'future'" in loaded.notice
    assert loaded.settings.get("sound.volume") == 35
    save_settings(path, loaded.settings)
    again = load_settings(path)
    assert again.settings.get("sound.muted") is True
    assert "thing: 3" in path.read_text()


def test_out_of_range_value_is_refused_when_set() -> None:
    settings = Settings()
    with pytest.raises(ValueError, match="from 0 to 100"):
        settings.set("sound.volume", 150)
    with pytest.raises(KeyError):
        settings.set("sound.loudness", 3)


@pytest.mark.parametrize("content", [
    b"version: 1\nsound: {volume: loud}\n",
    b"version: 1\nsound: [\n",
    b"\xff\xfe garbage",
    b"- a list\n",
    b"version: 99\n",
])
def test_bad_file_is_kept_aside_and_defaults_used(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.yaml"
    path.write_bytes(content)
    loaded = load_settings(path, now=lambda: 1_700_000_000.0)
    assert loaded.notice and "kept as settings.yaml.bad-" in loaded.notice
    assert not path.exists()
    (aside,) = tmp_path.glob("settings.yaml.bad-*")
    assert aside.read_bytes() == content
    assert loaded.settings.get("sound.volume") == 80


def test_notice_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 1\nsound:\n  volume: 300\n")
    loaded = load_settings(path)
    assert loaded.notice is not None
    assert loaded.notice.startswith(f"{path}:3:11: 'sound.volume' must be from 0 to 100")


def test_failed_save_leaves_the_previous_file_intact(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.yaml"
    settings = Settings({"sound.volume": 40})
    save_settings(path, settings)
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    settings.set("sound.volume", 90)
    with pytest.raises(OSError):
        save_settings(path, settings)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.yaml"]


def test_unreadable_file_is_not_overwritten(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        folder = tmp_path / "settings.yaml"
        folder.mkdir()  # a directory where the file should be: unreadable even for root
        loaded = load_settings(folder)
    else:
        path = tmp_path / "settings.yaml"
        path.write_text("version: 1\n")
        path.chmod(0)
        loaded = load_settings(path)
    assert loaded.notice and not loaded.writable


def test_older_schema_is_migrated_step_by_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file from version 1 runs through each migration up to the current version."""
    from stretchtimer.core import settings as store

    def v1_to_v2(data: dict) -> dict:  # type: ignore[type-arg]
        data = dict(data)
        data["sound"] = {"volume": data.pop("volume")}
        return data

    def v2_to_v3(data: dict) -> dict:  # type: ignore[type-arg]
        data = dict(data)
        data["sound"] = {**data["sound"], "muted": data.pop("quiet")}
        return data

    monkeypatch.setattr(store, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(store, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    path = tmp_path / "settings.yaml"
    path.write_text("version: 1\nvolume: 40\nquiet: true\n")
    loaded = store.load_settings(path)
    assert loaded.notice is None
    assert loaded.settings.get("sound.volume") == 40
    assert loaded.settings.get("sound.muted") is True
    store.save_settings(path, loaded.settings)
    assert path.read_text().startswith("version: 3\n")


def test_every_migration_keeps_the_older_file_before_it_is_saved(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Not only the voice migration: any older version is copied aside as written, before a save."""
    from stretchtimer.core import settings as store

    monkeypatch.setattr(store, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(store, "MIGRATIONS", {**store.MIGRATIONS, 2: lambda data: data})
    path = tmp_path / "settings.yaml"
    older = "version: 2\nsound: {volume: 40}\n# my note\n"
    path.write_text(older)
    loaded = store.load_settings(path)
    assert loaded.settings.migrated_from == 2
    assert (tmp_path / "settings.yaml.v2").read_text() == older
    store.save_settings(path, loaded.settings)
    assert (tmp_path / "settings.yaml.v2").read_text() == older  # the save leaves the copy alone
    # The same older file seen again adds no copy; a different one gets its own, the first kept.
    path.write_text(older)
    store.load_settings(path)
    assert sorted(p.name for p in tmp_path.glob("settings.yaml.v*")) == ["settings.yaml.v2"]
    path.write_text("version: 2\nsound: {volume: 10}\n")
    store.load_settings(path)
    assert (tmp_path / "settings.yaml.v2").read_text() == older
    assert (tmp_path / "settings.yaml.v2-2").read_text() == "version: 2\nsound: {volume: 10}\n"


def test_file_from_a_newer_version_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 99\nsound: {volume: 10}\n")
    loaded = load_settings(path)
    assert loaded.notice is not None and "newer Stretch Timer" in loaded.notice
    assert loaded.settings.get("sound.volume") == 80
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("settings.yaml.bad-")]


def test_unknown_key_is_reported_once_with_a_hint_and_kept_as_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 1\nsound:\n  volum: 50\n  muted: true\nlater: {empty: {}, list: [1, 2]}\n")
    loaded = load_settings(path)
    assert loaded.writable and path.exists()  # a warning: the file is not set aside
    assert loaded.notice is not None
    assert loaded.notice.count("'sound.volum'") == 1
    hint = "warning: unknown setting 'sound.volum' — did you mean 'sound.volume'?"
    assert f"{path}:3:3: {hint}" in loaded.notice
    assert loaded.settings.get("sound.muted") is True and loaded.settings.get("sound.volume") == 80
    loaded.settings.set("sound.volume", 20)
    save_settings(path, loaded.settings)
    saved = yaml.safe_load(path.read_text())
    assert saved["sound"] == {"muted": True, "volume": 20, "volum": 50}  # sound.voice became voice.mode
    assert saved["later"] == {"empty": {}, "list": [1, 2]}  # a newer version's keys survive


def test_a_group_that_is_not_a_mapping_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 1\nsound: 5\n")
    loaded = load_settings(path)
    assert loaded.notice is not None and f"{path}:2:8: 'sound' must be a mapping" in loaded.notice
    save_settings(path, loaded.settings)
    assert yaml.safe_load(path.read_text())["sound"]["volume"] == 80


def test_a_symlinked_settings_file_stays_a_link(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "stretchtimer.yaml"
    target.write_text(f"version: {SCHEMA_VERSION}\nsound: {{volume: 10}}\n")  # current: nothing to keep aside
    config = tmp_path / "config"
    config.mkdir()
    link = config / "settings.yaml"
    link.symlink_to(target)
    settings = load_settings(link).settings
    settings.set("sound.volume", 55)
    save_settings(link, settings)
    assert link.is_symlink() and link.resolve() == target
    assert load_settings(target).settings.get("sound.volume") == 55
    assert sorted(p.name for p in config.iterdir()) == ["settings.yaml"]  # no temporary left here
    assert sorted(p.name for p in dotfiles.iterdir()) == ["stretchtimer.yaml"]
