"""Cues really reach the sound system: ALSA's default device is pointed at files we read back."""

from __future__ import annotations

import math
import os
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest

PLAY = """
import time
from stretchtimer.audio import SimpleaudioPlayer
from stretchtimer.core.places import Places
from stretchtimer.core.timeline import CueKind
player = SimpleaudioPlayer(Places.from_environment().assets_dir / "sounds")
for name in {names!r}:
    player.play(CueKind(name), due=time.monotonic())
    time.sleep(0.8)
player.close()
print("available" if player.available else "unavailable: " + player.reason)
"""


def dominant_frequency(path: Path) -> float:
    """The strongest frequency of the first 0.1 s, found by a coarse DFT over 200-2000 Hz."""
    raw = path.read_bytes()
    data = raw[raw.find(b"data") + 8:] if b"data" in raw else raw
    with wave.open(str(path), "rb") as source:
        rate, width, channels = source.getframerate(), source.getsampwidth(), source.getnchannels()
    assert width == 2
    samples = struct.unpack(f"<{len(data) // 2}h", data[: len(data) // 2 * 2])[::channels]
    window = samples[: int(rate * 0.1)]
    best, best_power = 0.0, -1.0
    for freq in range(200, 2000, 5):
        w = 2 * math.pi * freq / rate
        re = im = 0.0
        for i in range(0, len(window), 2):
            re += window[i] * math.cos(w * i)
            im += window[i] * math.sin(w * i)
        power = re * re + im * im
        if power > best_power:
            best, best_power = float(freq), power
    return best


@pytest.mark.slow
def test_cues_reach_alsa_with_distinct_pitches(tmp_path: Path) -> None:
    captured = tmp_path / "captured"
    captured.mkdir()
    script = tmp_path / "capture.sh"
    script.write_text(f'#!/bin/sh\ncat > "{captured}/$(date +%s%N).wav"\n')
    script.chmod(0o755)
    (tmp_path / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "| {script}"; format "wav" }}\n')
    names = ["hold", "tick", "rest", "hold"]
    env = {**os.environ, "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", PLAY.format(names=names)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "available"
    files = sorted(captured.glob("*.wav"))
    assert len(files) == len(names)
    pitches = [dominant_frequency(f) for f in files]
    # hold is a bell at 880 Hz, tick a 659 Hz beep, rest starts at 392 Hz
    assert pitches[0] == pytest.approx(880, abs=15)
    assert pitches[1] == pytest.approx(659, abs=15)
    assert pitches[2] == pytest.approx(392, abs=15)
    assert pitches[3] == pitches[0]
