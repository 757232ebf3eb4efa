"""Plays each cue of the running routine at its moment, with the volume and mute of the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from stretchtimer.audio.deferred import DeferredPlayer
from stretchtimer.core.session import CueDue
from stretchtimer.core.settings import Settings
from stretchtimer.platform.factories import Platform


class CueSound(QObject):
    """The cue player, made after the first paint; ``available`` says whether sound can be heard."""

    available = Signal(bool)

    def __init__(self, platform: Platform, assets_dir: Path, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._platform = platform
        self._settings = settings
        self.player = DeferredPlayer(lambda: platform.cue_player(assets_dir))
        self._said_unavailable = False
        self.apply_settings()
        settings.subscribe("sound", lambda _changes: self.apply_settings())

    def apply_settings(self) -> None:
        self.player.set_volume(int(self._settings.get("sound.volume")))
        self.player.set_muted(bool(self._settings.get("sound.muted")))

    def on_cue(self, event: object) -> None:
        assert isinstance(event, CueDue)
        self.player.set_muted(bool(self._settings.get("sound.muted")))
        self.player.play(event.cue.kind, due=event.at, count=event.cue.count)
        if not self.player.available and not self._said_unavailable:
            # Said in the player's own words, not the sound system's: its reason stays in player.reason.
            self._said_unavailable = True
            self.available.emit(False)

    def prepare(self, parent: QObject) -> None:
        """Read the sound files now, and look for an output device off the window's thread."""
        self.player.prepare()
        if not self.player.available:
            self._said_unavailable = True
            self.available.emit(False)
        else:
            self._platform.sound_check(self.available.emit, parent)

    def close(self) -> None:
        self.player.close()
