"""Write the cue sounds to assets/sounds/ — soft bell tones, reproducible byte for byte.

Run: python packaging/make_sounds.py
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

RATE = 44100
PEAK = 0.5  # about -6 dBFS
FADE = 0.005  # seconds of fade at each end: no clicks

# Each cue: a list of notes (frequency in Hz, start in s, length in s, loudness 0..1).
# Pitches and patterns differ so each cue can be told apart with eyes closed.
CUES: dict[str, list[tuple[float, float, float, float]]] = {
    "start": [(523.25, 0.0, 0.22, 0.8), (659.25, 0.14, 0.22, 0.8), (783.99, 0.28, 0.32, 1.0)],
    "prepare": [(440.0, 0.0, 0.18, 0.7), (440.0, 0.22, 0.2, 0.7)],
    "next": [(587.33, 0.0, 0.16, 0.8), (880.0, 0.14, 0.26, 0.9)],
    "hold": [(880.0, 0.0, 0.45, 1.0)],
    "rep": [(1244.5, 0.0, 0.07, 0.55)],
    "tick": [(659.25, 0.0, 0.12, 0.75)],
    "switch": [(987.77, 0.0, 0.12, 0.9), (739.99, 0.13, 0.12, 0.9), (987.77, 0.26, 0.14, 0.9)],
    "rest": [(392.0, 0.0, 0.22, 0.7), (293.66, 0.18, 0.34, 0.7)],
    "done": [(523.25, 0.0, 0.18, 0.8), (659.25, 0.12, 0.18, 0.8), (783.99, 0.24, 0.18, 0.8),
             (1046.5, 0.36, 0.36, 1.0)],
    "nudge": [(523.25, 0.0, 0.3, 1.0)],
}
# Cues quieter than the others: the open hold's nudge reminds, it must not startle.
PEAKS = {"nudge": 0.2}


def render(notes: list[tuple[float, float, float, float]], peak: float = PEAK) -> bytes:
    """Mix bell-like notes (a sine with a soft overtone and an exponential decay) to 16-bit PCM."""
    length = max(start + duration for _, start, duration, _ in notes)
    count = int(length * RATE) + 1
    mix = [0.0] * count
    for frequency, start, duration, loudness in notes:
        first = int(start * RATE)
        samples = int(duration * RATE)
        for i in range(samples):
            t = i / RATE
            envelope = math.exp(-4.0 * t / duration) * min(1.0, t / FADE, (duration - t) / FADE)
            tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
            mix[first + i] += loudness * envelope * tone / 1.25
    top = max(1e-9, max(abs(x) for x in mix))
    scale = peak * 32767 / top
    return b"".join(struct.pack("<h", int(round(x * scale))) for x in mix)


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in CUES.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes, PEAKS.get(name, PEAK)))
        written.append(path)
    return written


# Spoken phrases, played after the tone when voice cues are on (English; made with espeak-ng).
PHRASES = {
    "start": "Let's begin.",
    "prepare": "Get into position.",
    "next": "Next exercise.",
    "hold": "Hold.",
    "switch": "Switch sides.",
    "rest": "Rest.",
    "done": "Well done. Routine complete.",
}


def write_voice(folder: Path) -> list[Path]:
    """Speak each phrase to voice/<cue>.wav with espeak-ng, when it is installed."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        print("espeak-ng not found: voice phrases left as they are", file=sys.stderr)
        return []
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, phrase in PHRASES.items():
        path = folder / f"{name}.wav"
        subprocess.run([espeak, "-v", "en", "-s", "150", "-w", str(path), phrase], check=True)
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else (
        Path(__file__).resolve().parent.parent / "assets" / "sounds")
    for path in write_all(target) + write_voice(target / "voice"):
        print(path)
