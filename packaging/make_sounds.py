"""Write the cue sounds to assets/sounds/ — soft bell tones, reproducible byte for byte — and
the recorded phrases of the spoken coaching, for where no speech service runs.

Run: python packaging/make_sounds.py (the phrases need espeak-ng and sox: apt-get install
espeak-ng sox; the French catalogue must be compiled first: make translations)
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

import yaml

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
    return b"".join(struct.pack("<h", round(x * scale)) for x in mix)


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


# Voices for the recorded phrases (espeak-ng, the only French and English voices that install
# from Debian and run offline here), their speed in words a minute, and the clips' format.
VOICES = {"en": "en-us", "fr": "fr-fr"}
SPEED = 160
CLIP_RATE = 16000


def phrase_texts(language: str) -> dict[str, str]:
    """Every clip the voice may ask for in built-in content, with the words it says."""
    from stretchtimer.core.loader import load_library
    from stretchtimer.localtext import Words as Catalogue
    from stretchtimer.ui import voice_words as vw

    tr = Catalogue(language).translate
    texts: dict[str, str] = {}
    literals = [*vw.TEMPLATES.values(), *vw.SIDES.values(), vw.ONE_SECOND, vw.SECONDS, vw.ONE_MINUTE,
                vw.MINUTES, vw.ONE_MINUTE_AND, vw.MINUTES_AND, vw.TENS_ONE, vw.TENS_UNIT]
    for template in literals:
        for piece in vw.fill(tr(vw.CONTEXT, template), [[], [], []]):
            if piece.clip and piece.clip != vw.SAID_APART:
                texts[piece.clip] = piece.text.strip(" ,.:;")
    for n in [*range(1, 21), 30, 40, 50]:  # the others are put together from these
        texts[f"numbers/{n}"] = str(n)
    root = Path(__file__).resolve().parent.parent / "routines"
    for exercise in load_library(root / "exercises.yaml").localized(language):
        texts[f"exercises/{exercise.id}"] = exercise.name
    for file in sorted(root.glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        if file.name != "exercises.yaml" and isinstance(data, dict):
            name = data.get("translations", {}).get(language, {}).get("name") or data["name"]
            texts[f"routines/{vw.clip_name(name)}"] = name
    return texts


def write_phrases(folder: Path, language: str) -> list[Path]:
    """Speak every clip of ``language`` to folder/<kind>-<name>.wav: espeak-ng, then sox to
    16 kHz mono with the silence at both ends cut (the player puts its own pauses)."""
    from stretchtimer.audio.speech import clip_file

    espeak, sox = shutil.which("espeak-ng"), shutil.which("sox")
    if espeak is None or sox is None:
        print("espeak-ng or sox not found: recorded phrases left as they are", file=sys.stderr)
        return []
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.wav"):
        old.unlink()
    written = []
    for clip, text in sorted(phrase_texts(language).items()):
        path = clip_file(folder, clip)
        raw = path.with_suffix(".raw.wav")
        subprocess.run([espeak, "-v", VOICES[language], "-s", str(SPEED), "-w", str(raw), text], check=True)
        # -D: no dither, so the same text gives the same bytes at every build.
        subprocess.run([sox, "-D", str(raw), "-r", str(CLIP_RATE), "-c", "1", "-b", "16", str(path),
                        "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%",
                        "reverse"], check=True)
        raw.unlink()
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else (
        Path(__file__).resolve().parent.parent / "assets" / "sounds")
    for path in write_all(target):
        print(path)
    for language in VOICES:
        print(f"{len(write_phrases(target / 'voice' / language, language))} phrases in {language}")
