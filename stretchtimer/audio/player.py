"""Cue playback off the UI thread, timed to the session's deadlines, silent when it must be."""

from __future__ import annotations

import array
import ctypes
import queue
import sys
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from stretchtimer.core.timeline import CueKind
from stretchtimer.platform.native import open_library

STALE_AFTER = 1.0  # seconds: a cue this late is no longer worth hearing


class CuePlayer(Protocol):
    available: bool
    reason: str

    def play(self, kind: CueKind, *, due: float | None = None, count: int = 0) -> None: ...
    def set_volume(self, percent: int) -> None: ...
    def set_muted(self, muted: bool) -> None: ...
    def close(self) -> None: ...


class NullPlayer:
    """Plays nothing, and says why."""

    def __init__(self, reason: str = "sound is turned off") -> None:
        self.available = False
        self.reason = reason

    def play(self, kind: CueKind, *, due: float | None = None, count: int = 0) -> None:
        pass

    def set_volume(self, percent: int) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        pass

    def close(self) -> None:
        pass


class RecordingPlayer(NullPlayer):
    """Remembers every cue asked of it: (kind, count, due)."""

    def __init__(self) -> None:
        super().__init__("recording only")
        self.available = True
        self.played: list[tuple[CueKind, int, float | None]] = []
        self.muted = False

    def play(self, kind: CueKind, *, due: float | None = None, count: int = 0) -> None:
        if not self.muted:
            self.played.append((kind, count, due))

    def set_muted(self, muted: bool) -> None:
        self.muted = muted


def _read_wav(path: Path) -> tuple[array.array[int], int, int]:
    with wave.open(str(path), "rb") as source:
        if source.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit sounds are supported")
        samples = array.array("h", source.readframes(source.getnframes()))
        if sys.byteorder == "big":
            samples.byteswap()
        return samples, source.getnchannels(), source.getframerate()


_alsa_quiet: Any = None


def _silence_alsa() -> None:
    """Route ALSA's own error messages away from the terminal (once per process)."""
    global _alsa_quiet
    if _alsa_quiet is not None:
        return
    lib = open_library("libasound.so.2", "asound")
    if lib is None:
        _alsa_quiet = False
        return
    try:
        handler_type = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                        ctypes.c_int, ctypes.c_char_p)
        _alsa_quiet = handler_type(lambda *args: None)  # kept alive for the process
        lib.snd_lib_error_set_handler(_alsa_quiet)
    except (OSError, AttributeError):
        _alsa_quiet = False


class SimpleaudioPlayer:
    """Plays cue WAVs with simpleaudio from one worker thread fed by a queue."""

    def __init__(self, sounds_dir: Path, play_buffer: Callable[..., Any] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.available = True
        self.reason = ""
        self._clock = clock
        self._volume = 80
        self._muted = False
        self._sounds: dict[str, tuple[array.array[int], int, int]] = {}
        self._scaled: dict[str, bytes] = {}
        for kind in CueKind:
            path = sounds_dir / f"{kind.value}.wav"
            try:
                self._sounds[kind.value] = _read_wav(path)
            except (OSError, ValueError, EOFError, wave.Error) as exc:
                self._disable(f"the cue sound {path.name} could not be read ({exc})")
        if play_buffer is None:
            try:
                import simpleaudio

                play_buffer = simpleaudio.play_buffer
            except ImportError as exc:
                self._disable(f"simpleaudio is not installed ({exc})")
        self._play_buffer = play_buffer
        _silence_alsa()
        self._queue: queue.Queue[tuple[str, float | None] | None] = queue.Queue()
        self._worker = threading.Thread(target=self._run, name="cue-player", daemon=True)
        self._worker.start()

    def _disable(self, reason: str) -> None:
        if self.available:
            self.available = False
            self.reason = reason

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, percent))
        self._scaled.clear()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

    def play(self, kind: CueKind, *, due: float | None = None, count: int = 0) -> None:
        """Queue a cue; returns at once. ``due`` is when its onset should land (monotonic)."""
        if not self.available or self._muted:
            return
        self._queue.put((kind.value, due))

    def _pcm(self, kind: str) -> bytes:
        if kind not in self._scaled:
            samples, _, _ = self._sounds[kind]
            factor = self._volume / 100
            scaled = array.array("h", (int(s * factor) for s in samples))
            if sys.byteorder == "big":
                scaled.byteswap()
            self._scaled[kind] = scaled.tobytes()
        return self._scaled[kind]

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            kind, due = item
            if due is not None:
                wait = due - self._clock()
                if wait > 0:
                    time.sleep(wait)
                elif -wait > STALE_AFTER:
                    continue  # the moment has passed; a late cue would mislead
            if not self.available or self._muted or self._play_buffer is None:
                continue
            _, channels, rate = self._sounds[kind]
            try:
                self._play_buffer(self._pcm(kind), channels, 2, rate)
            except Exception as exc:  # simpleaudio raises its own error type, or worse
                self._disable(f"no sound device could be opened ({exc})")

    def close(self) -> None:
        self._queue.put(None)
        self._worker.join(timeout=2)


def chime_lengths(sounds_dir: Path) -> dict[CueKind, float]:
    """Each cue sound's length in seconds, from the files' headers (0.5 where unreadable)."""
    lengths: dict[CueKind, float] = {}
    for kind in CueKind:
        try:
            with wave.open(str(sounds_dir / f"{kind.value}.wav"), "rb") as source:
                lengths[kind] = source.getnframes() / source.getframerate()
        except (OSError, EOFError, wave.Error):
            lengths[kind] = 0.5
    return lengths


def make_player(assets_dir: Path, *, enabled: bool = True) -> CuePlayer:
    """The real player when sound can work, else a silent one that says why."""
    if not enabled:
        return NullPlayer()
    player = SimpleaudioPlayer(assets_dir / "sounds")
    if not player.available:
        reason = player.reason
        player.close()
        return NullPlayer(reason)
    return player

