"""The voice settings: version 1's ``sound.voice`` migrates to ``voice.mode``, the old file kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchtimer.core.settings import SCHEMA_VERSION, Settings, load_settings, save_settings


@pytest.mark.parametrize(("old", "mode"), [("true", "on"), ("false", "off")])
def test_sound_voice_of_version_1_becomes_voice_mode(tmp_path: Path, old: str, mode: str) -> None:
    path = tmp_path / "settings.yaml"
    text = f"version: 1\nsound: {{volume: 35, voice: {old}}}\n"
    path.write_text(text)
    loaded = load_settings(path)
    assert loaded.notice is None
    assert loaded.settings.get("voice.mode") == mode
    assert loaded.settings.get("sound.volume") == 35
    assert (tmp_path / "settings.yaml.v1").read_text() == text  # kept for an older Stretch Timer
    save_settings(path, loaded.settings)
    saved = path.read_text()
    assert f"version: {SCHEMA_VERSION}" in saved and "voice: {" not in saved
    assert f"mode: '{mode}'" in saved  # quoted: YAML would read a bare on/off as a bool
    again = load_settings(path)
    assert again.settings.get("voice.mode") == mode and again.settings.migrated_from is None


def test_a_version_1_file_without_voice_gets_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 1\nsound: {muted: true}\n")
    loaded = load_settings(path)
    assert loaded.settings.get("voice.mode") == "off"
    assert loaded.settings.get("voice.count_down") is True
    assert loaded.settings.get("sound.muted") is True


def test_voice_mode_accepts_only_its_choices(tmp_path: Path) -> None:
    settings = Settings()
    settings.set("voice.mode", "no-screen-reader")
    with pytest.raises(ValueError, match="one of off, on, no-screen-reader"):
        settings.set("voice.mode", "loud")
    with pytest.raises(ValueError, match="from 50 to 200"):
        settings.set("voice.rate", 20)
    path = tmp_path / "settings.yaml"
    path.write_text("version: 2\nvoice: {mode: always}\n")
    loaded = load_settings(path)
    assert loaded.notice and "'voice.mode' must be one of off, on, no-screen-reader" in loaded.notice
    assert loaded.settings.get("voice.mode") == "off"


def test_a_hand_written_bare_on_is_read_as_on(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 2\nvoice: {mode: on}\n")
    loaded = load_settings(path)
    assert loaded.notice is None and loaded.settings.get("voice.mode") == "on"
