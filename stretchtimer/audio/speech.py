"""Speaking phrases off the UI thread: a small priority queue in front of a voice.

The queue never touches the cue player, so speech cannot delay a chime; a phrase is cut off
only by a more important one (see core.phrases.cuts_off), and a stale one is never said.
Voices: the desktop's speech service (ssip.SpeechDispatcherVoice), recorded clips
(ClipVoice) where none runs, or none (NullVoice) that says why.
"""

from __future__ import annotations

import array
import sys
import threading
import time
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from stretchtimer.core.phrases import Phrase, cuts_off, next_to_say

POLL = 0.05  # seconds between looks at a phrase being spoken (only while one is)
RATE = 16000  # the recorded clips' sample rate (mono, 16-bit)
GAP = 0.12  # seconds of silence between recorded clips at the normal rate; a pause is twice that
JOINED = "&"  # before a clip's name: it follows the one before without a gap (parts of a number)


@dataclass(frozen=True)
class Utterance:
    """A phrase with its words: ``text`` for a speech service, ``clips`` for recordings."""

    phrase: Phrase
    text: str
    clips: tuple[str | None, ...] = ()


class Voice(Protocol):
    available: bool
    reason: str

    def start(self, utterance: Utterance) -> None: ...  # begins speaking; returns at once
    def speaking(self) -> bool: ...
    def stop(self) -> None: ...
    def set_rate(self, rate: int) -> None: ...  # -100 (slow) .. 100 (fast), 0 normal
    def set_volume(self, percent: int) -> None: ...
    def close(self) -> None: ...


class NullVoice:
    """Says nothing, and why."""

    def __init__(self, reason: str) -> None:
        self.available = False
        self.reason = reason

    def start(self, utterance: Utterance) -> None:
        pass

    def speaking(self) -> bool:
        return False

    def stop(self) -> None:
        pass

    def set_rate(self, rate: int) -> None:
        pass

    def set_volume(self, percent: int) -> None:
        pass

    def close(self) -> None:
        pass


class SpeechQueue:
    """Says utterances at their due time, most important first, from one worker thread."""

    def __init__(self, make_voice: Callable[[], Voice], clock: Callable[[], float] = time.monotonic,
                 on_ready: Callable[[Voice], None] | None = None) -> None:
        """``make_voice`` runs on the worker (finding a speech service may take a moment);
        ``on_ready`` is then called there with the voice, usable or not."""
        self.voice: Voice = NullVoice("not ready yet")
        self._make_voice = make_voice
        self._on_ready = on_ready
        self.ready = threading.Event()
        self._rate: int | None = None
        self._volume: int | None = None
        self._clock = clock
        self._pending: list[Phrase] = []
        self._words: dict[int, Utterance] = {}  # by id() of the pending phrase
        self._speaking: Phrase | None = None
        self._closed = False
        self._lock = threading.Condition()
        self._worker = threading.Thread(target=self._run, name="speech", daemon=True)
        self._worker.start()

    def say(self, utterances: Sequence[Utterance]) -> None:
        """Queue utterances; returns at once."""
        with self._lock:
            for utterance in utterances:
                self._pending.append(utterance.phrase)
                self._words[id(utterance.phrase)] = utterance
            self._lock.notify()

    def hush(self) -> None:
        """Forget what is waiting and stop what is being said (a pause, the end)."""
        with self._lock:
            self._pending.clear()
            self._words.clear()
            if self._speaking is not None:
                self.voice.stop()
                self._speaking = None
            self._lock.notify()

    def set_rate(self, rate: int) -> None:
        with self._lock:
            self._rate = rate
            self.voice.set_rate(rate)

    def set_volume(self, percent: int) -> None:
        with self._lock:
            self._volume = percent
            self.voice.set_volume(percent)

    def _wait_time(self, now: float) -> float | None:
        if self._speaking is not None:
            return POLL
        if not self._pending:
            return None
        return max(0.0, min(p.due for p in self._pending) - now)

    def _step(self) -> None:
        """One look, under the lock: finish, cut off or start a phrase."""
        now = self._clock()
        if self._speaking is not None:
            if not self.voice.speaking():
                self._speaking = None
            elif any(p.due <= now and p.expires >= now and cuts_off(p, self._speaking)
                     for p in self._pending):
                self.voice.stop()
                self._speaking = None
        if self._speaking is None:
            phrase = next_to_say(self._pending, now)
            if phrase is not None:
                self._pending = [p for p in self._pending if p is not phrase]
                utterance = self._words[id(phrase)]
                self._speaking = phrase
                self.voice.start(utterance)
        waiting = {id(p) for p in self._pending}
        self._words = {k: v for k, v in self._words.items() if k in waiting}

    def _run(self) -> None:
        voice = self._make_voice()
        with self._lock:
            self.voice = voice
            if self._rate is not None:
                voice.set_rate(self._rate)
            if self._volume is not None:
                voice.set_volume(self._volume)
        self.ready.set()
        if self._on_ready is not None:
            self._on_ready(voice)
        with self._lock:
            while not self._closed:
                self._step()
                self._lock.wait(self._wait_time(self._clock()))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify()
        self._worker.join(timeout=2)
        self.voice.stop()
        self.voice.close()


def clip_file(folder: Path, name: str) -> Path:
    """Where a clip is kept: "numbers/20" is numbers-20.wav (one folder a language)."""
    return folder / (name.replace("/", "-") + ".wav")


def _read_clip(path: Path) -> tuple[array.array[int], int]:
    with wave.open(str(path), "rb") as source:
        if source.getsampwidth() != 2 or source.getnchannels() != 1:
            raise ValueError(f"{path}: only 16-bit mono clips are supported")
        samples = array.array("h", source.readframes(source.getnframes()))
        if sys.byteorder == "big":
            samples.byteswap()
        return samples, source.getframerate()


class ClipVoice:
    """Plays the recorded clips of a phrase one after the other (as one buffer).

    Recordings exist for built-in content only: a part without one (a name a user wrote)
    is left out, the rest is said. ``play_buffer`` is simpleaudio's.
    """

    def __init__(self, folder: Path, play_buffer: Callable[..., Any] | None = None) -> None:
        self.available = True
        self.reason = ""
        self._folder = folder
        self._clips: dict[str, tuple[array.array[int], int] | None] = {}
        self._bytes: dict[str, tuple[bytes, int]] = {}
        self._volume = 80
        self._rate = 0
        self._playing: Any = None
        if not folder.is_dir():
            self.available, self.reason = False, f"no recorded phrases in {folder}"
        if play_buffer is None:
            try:
                import simpleaudio

                play_buffer = simpleaudio.play_buffer
            except ImportError as exc:
                self.available, self.reason = False, f"simpleaudio is not installed ({exc})"
        self._play_buffer = play_buffer

    def _clip(self, name: str) -> tuple[array.array[int], int] | None:
        if name not in self._clips:
            try:
                self._clips[name] = _read_clip(clip_file(self._folder, name))
            except (OSError, ValueError, EOFError, wave.Error):
                self._clips[name] = None  # this part is not said; the others are
        return self._clips[name]

    def _scaled(self, name: str) -> tuple[bytes, int] | None:
        """A clip's bytes at the current volume, kept: scaling in Python once, not per phrase."""
        key = f"{name}@{self._volume}"
        if key not in self._bytes:
            clip = self._clip(name)
            if clip is None:
                return None
            samples, rate = clip
            factor = self._volume / 100
            scaled = array.array("h", (int(s * factor) for s in samples))
            if sys.byteorder == "big":
                scaled.byteswap()
            self._bytes[key] = (scaled.tobytes(), rate)
        return self._bytes[key]

    def pcm(self, clips: Sequence[str | None]) -> tuple[bytes, int]:
        """The clips joined with short silences: (16-bit mono bytes, sample rate)."""
        rate = RATE
        parts: list[bytes] = []
        gap = GAP * (1 - self._rate / 200)  # a faster rate: shorter silences (clips keep their pitch)
        for name in clips:
            if name == "":
                if parts:
                    parts.append(bytes(2 * int(2 * gap * rate)))
                continue
            joined = name is not None and name.startswith(JOINED)
            clip = self._scaled(name.lstrip(JOINED)) if name else None
            if clip is None:
                continue
            data, rate = clip
            if parts and not joined:
                parts.append(bytes(2 * int(gap * rate)))
            parts.append(data)
        return b"".join(parts), rate

    def start(self, utterance: Utterance) -> None:
        data, rate = self.pcm(utterance.clips)
        if not data or self._play_buffer is None or not self.available:
            return
        try:
            self._playing = self._play_buffer(data, 1, 2, rate)
        except Exception as exc:  # simpleaudio raises its own error type, or worse
            self.available, self.reason = False, f"no sound device could be opened ({exc})"

    def speaking(self) -> bool:
        playing = self._playing
        return bool(playing is not None and getattr(playing, "is_playing", lambda: False)())

    def stop(self) -> None:
        if self._playing is not None and hasattr(self._playing, "stop"):
            self._playing.stop()
        self._playing = None

    def set_rate(self, rate: int) -> None:
        self._rate = max(-100, min(100, rate))

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, percent))
        self._bytes.clear()

    def close(self) -> None:
        self.stop()
