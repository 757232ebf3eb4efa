"""Sound cues: a small player interface, a simpleaudio backend, and silent fallbacks.

The backend module (ctypes, wave, threads) loads only when a player is first made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stretchtimer.audio.deferred import DeferredPlayer

if TYPE_CHECKING:
    from stretchtimer.audio.player import (
        CuePlayer,
        NullPlayer,
        RecordingPlayer,
        SimpleaudioPlayer,
        make_player,
    )

_BACKEND = ("CuePlayer", "NullPlayer", "RecordingPlayer", "SimpleaudioPlayer", "make_player")


def __getattr__(name: str) -> Any:
    if name in _BACKEND:
        from stretchtimer.audio import player

        return getattr(player, name)
    raise AttributeError(f"module 'stretchtimer.audio' has no attribute '{name}'")


__all__ = ["CuePlayer", "DeferredPlayer", "NullPlayer", "RecordingPlayer", "SimpleaudioPlayer",
           "make_player"]
