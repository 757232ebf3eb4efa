"""Is there a sound output at all? Asked once at start, off the window's thread (it may block)."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from stretchtimer.platform.native import open_library

SND_PCM_STREAM_PLAYBACK = 0
SND_PCM_NONBLOCK = 1


def _alsa_open() -> Callable[[], int] | None:
    """A call that opens and closes ALSA's default output (0 when it opened), or None without ALSA."""
    lib = open_library("libasound.so.2", "asound")
    if lib is None:
        return None
    try:
        open_pcm, close_pcm = lib.snd_pcm_open, lib.snd_pcm_close
    except (OSError, AttributeError):
        return None

    def probe() -> int:
        from stretchtimer.audio.player import _silence_alsa

        _silence_alsa()  # ALSA's own complaints stay off the terminal
        handle = ctypes.c_void_p()
        result = int(open_pcm(ctypes.byref(handle), b"default", SND_PCM_STREAM_PLAYBACK,
                              SND_PCM_NONBLOCK))
        if result == 0:
            close_pcm(handle)
        return result

    return probe


def output_available(open_default: Callable[[], int] | None = None, platform: str = sys.platform) -> bool:
    """True when a sound output can be opened; on systems without ALSA, assumed there."""
    if not platform.startswith("linux"):
        return True  # the other platforms' players open their own device; nothing to ask first
    if open_default is None:
        open_default = _alsa_open()
        if open_default is None:
            return False  # no ALSA library: the cue player cannot play either
    try:
        return open_default() == 0
    except OSError:
        return False
