"""Sound cues: a small player interface, a simpleaudio backend, and silent fallbacks."""

from stretchtimer.audio.player import (
    CuePlayer,
    NullPlayer,
    RecordingPlayer,
    SimpleaudioPlayer,
    make_player,
)

__all__ = ["CuePlayer", "NullPlayer", "RecordingPlayer", "SimpleaudioPlayer", "make_player"]
