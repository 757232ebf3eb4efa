"""The real speech-dispatcher, started as its clients start it, speaks in the language asked.

Its sound goes through ALSA to a FIFO this test reads (see test_voice_desktop.py).
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import time
from pathlib import Path

import pytest

from stretchtimer.audio.speech import Utterance
from stretchtimer.audio.ssip import SpeechDispatcherVoice, listening, socket_path
from stretchtimer.audio.voices import make_voice
from stretchtimer.core.phrases import Phrase, Priority, Say
from tests.test_voice_desktop import StreamReader

CLIPS = Path(__file__).resolve().parents[2] / "assets" / "sounds" / "voice"
SYSTEM_CONFIG = Path("/etc/speech-dispatcher/speechd.conf")


def say(voice: SpeechDispatcherVoice, text: str) -> None:
    voice.start(Utterance(Phrase(Say.SWITCH, 0.0, Priority.PHASE, 0), text))
    deadline = time.monotonic() + 10
    while voice.speaking() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not voice.speaking()


def _gone(pid: int) -> bool:
    """Ended: no such process, or only its exit status left (a zombie waiting to be reaped)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def stop_service(runtime: Path) -> None:
    """End the service this test started (by the pid it wrote), never any other."""
    pidfile = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
    if not pidfile.is_file():
        return
    pid = int(pidfile.read_text().split()[0])
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(40):
            if _gone(pid):
                return
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@pytest.mark.slow
def test_the_desktop_speech_service_speaks_french_with_its_french_voice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for needed in ("speech-dispatcher", "espeak-ng"):
        assert shutil.which(needed), f"{needed} is needed: ./dev.sh test installs it"
    assert SYSTEM_CONFIG.is_file()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "speech-dispatcher"
    config.mkdir(parents=True)
    # As the desktop's own, but sounding through ALSA (no sound server runs here).
    (config / "speechd.conf").write_text(SYSTEM_CONFIG.read_text().replace(
        '# AudioOutputMethod "pulse"', 'AudioOutputMethod "alsa"'))
    fifo = tmp_path / "sound.fifo"
    os.mkfifo(fifo)
    (tmp_path / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{fifo}"; format "wav" }}\n')
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    reader = StreamReader(fifo)

    def heard(language: str, text: str) -> tuple[int, bytes]:
        """What one service, started for this, said: it keeps its sound device open between
        messages, so each language gets a service (and a stream) of its own."""
        before = len(reader.streams)
        try:
            voice = make_voice(language, CLIPS, os.environ)  # starts the service: none runs yet
            assert isinstance(voice, SpeechDispatcherVoice) and voice.available, (
                f"fell back to {type(voice).__name__} ({voice.reason}); the service answers "
                f"now: {listening(socket_path(os.environ))}")
            say(voice, text)
            voice.close()
        finally:
            stop_service(runtime)
        deadline = time.monotonic() + 5
        while len(reader.streams) == before and time.monotonic() < deadline:
            time.sleep(0.05)
        streams = [(rate, data) for _, rate, data in reader.streams[before:] if any(data)]
        assert len(streams) == 1, [(rate, len(data)) for rate, data in streams]
        return streams[0]

    try:
        fr_rate, fr_data = heard("fr", "Passez au côté droit.")
        _, en_data = heard("en", "Passez au côté droit.")
    finally:
        reader.stop()
    seconds = len(fr_data) / 2 / fr_rate
    assert 0.8 < seconds < 4.0, seconds  # a short sentence, whole
    assert fr_data != en_data  # the same words, another voice: the language reached the synthesiser
    peak = max(abs(v) for v in struct.unpack(f"<{len(fr_data) // 2}h", fr_data[: len(fr_data) // 2 * 2]))
    assert 1000 < peak < 32767  # audible, not clipped
