"""A cue player made on first use, so starting the app does not wait for the sound files."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stretchtimer.audio.player import CuePlayer
    from stretchtimer.core.timeline import CueKind


class DeferredPlayer:
    """A player made on first use (or by ``prepare``), so start-up need not read the sounds.

    Volume and mute set before then are handed on when it is made.
    """

    def __init__(self, make: Callable[[], CuePlayer]) -> None:
        self._make = make
        self._player: CuePlayer | None = None
        self._volume = 80
        self._muted = False

    def prepare(self) -> CuePlayer:
        if self._player is None:
            player = self._make()
            player.set_volume(self._volume)
            player.set_muted(self._muted)
            self._player = player
        return self._player

    @property
    def available(self) -> bool:
        return self.prepare().available

    @property
    def reason(self) -> str:
        return self.prepare().reason

    def play(self, kind: CueKind, *, due: float | None = None, count: int = 0) -> None:
        self.prepare().play(kind, due=due, count=count)

    def set_volume(self, percent: int) -> None:
        self._volume = percent
        if self._player is not None:
            self._player.set_volume(percent)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._player is not None:
            self._player.set_muted(muted)

    def close(self) -> None:
        if self._player is not None:
            self._player.close()
