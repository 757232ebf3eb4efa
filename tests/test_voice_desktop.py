"""End to end on a real X server: with voice on, each phase's chime is followed by its phrase.

ALSA's default device writes every stream to a FIFO that this test reads, timing each
stream's first bytes (see /ENVIRONMENT notes in the README: the `file` plugin opens the
path once per stream). Chimes are 44.1 kHz, recorded phrases 16 kHz, so the two are told
apart by their WAV headers; the phrases' samples are compared with what the words of the
interface language give.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import statistics
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from xserver import START_XVFB

from stretchtimer.audio.player import chime_lengths
from stretchtimer.audio.speech import ClipVoice
from stretchtimer.core.loader import load_library, routine_from_text
from stretchtimer.core.phrases import Coach
from stretchtimer.core.session import Session, State
from stretchtimer.core.timeline import CueKind, compile_routine
from stretchtimer.localtext import Words as Catalogue
from stretchtimer.ui.voice_words import Words

REPO = Path(__file__).resolve().parent.parent
SOUNDS = REPO / "assets" / "sounds"
ROUTINE = """version: 1
name: Quick voice check
defaults: {prepare: 3, switch: 3}
steps:
  - exercise: seated-hamstring-stretch
    hold: 4
"""
CHIMES_AT = [(0.0, CueKind.START), (3.0, CueKind.HOLD), (7.0, CueKind.SWITCH), (10.0, CueKind.HOLD),
             (14.0, CueKind.DONE)]
SCRIPT = START_XVFB + r"""
"$PYTHON" -m stretchtimer run "$ROUTINE" > "$OUT/app.log" 2>&1 &
app=$!
for _ in $(seq 300); do [ -e "$OUT/enough" ] && break; sleep 0.1; done
kill $app 2>/dev/null; wait $app 2>/dev/null
kill $xvfb 2>/dev/null
"""


def expected_phrases(language: str) -> list[tuple[str, bytes]]:
    """The text and 16 kHz samples of each phrase of ROUTINE, at 80 % volume, in order."""
    library = load_library(REPO / "routines" / "exercises.yaml").localized(language)
    timeline = compile_routine(routine_from_text(ROUTINE, library), library)
    now = [0.0]
    session = Session(timeline, lambda: now[0])
    coach = Coach(timeline, lambda: now[0], count_down=False)
    phrases = [p for e in session.start() for p in coach.handle(e)]
    while session.state is State.RUNNING:
        now[0] = session.next_wakeup() or 0.0
        phrases += [p for e in session.update() for p in coach.handle(e)]
    words = Words(Catalogue(language).translate, lambda i: library[i].name, ("Quick voice check", False))
    voice = ClipVoice(SOUNDS / "voice" / language, play_buffer=lambda *a: None)
    voice.set_volume(80)
    return [(words.text(p), voice.pcm(words.clips(p))[0]) for p in phrases]


class StreamReader(threading.Thread):
    """Reads the FIFO stream by stream: (monotonic seconds of the first bytes, sample rate, data)."""

    def __init__(self, fifo: Path) -> None:
        super().__init__(daemon=True)
        self.fifo = fifo
        self.streams: list[tuple[float, int, bytes]] = []
        self.stopping = False
        self.start()

    def run(self) -> None:
        # As root (CI): the reader's own lateness stays under a millisecond on busy cores.
        with contextlib.suppress(PermissionError, AttributeError, OSError):
            os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(10))
        while not self.stopping:
            fd = os.open(self.fifo, os.O_RDONLY)  # waits for the next stream's writer
            first, chunks = 0.0, []
            while data := os.read(fd, 1 << 16):
                if not chunks:
                    first = time.monotonic()
                chunks.append(data)
            os.close(fd)
            raw = b"".join(chunks)
            if len(raw) > 44 and raw.startswith(b"RIFF"):
                self.streams.append((first, struct.unpack("<I", raw[24:28])[0], raw[44:]))

    def stop(self) -> None:
        self.stopping = True
        os.close(os.open(self.fifo, os.O_WRONLY))  # wakes the reader's open
        self.join(5)


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(i * i for i in range(10_000))


def run_app(tmp_path: Path, language: str) -> list[tuple[float, int, bytes]]:
    home = tmp_path / language
    (home / "config" / "stretchtimer").mkdir(parents=True)
    (home / "config" / "stretchtimer" / "settings.yaml").write_text(
        f"version: 2\nlanguage: {language}\nvoice: {{mode: 'on', count_down: false, volume: 80}}\n")
    fifo = home / "sound.fifo"
    os.mkfifo(fifo)
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{fifo}"; format "wav" }}\n')
    (home / "routine.yaml").write_text(ROUTINE)
    reader = StreamReader(fifo)  # before the app: a FIFO without a reader blocks it
    display = 11 + (os.getpid() + ord(language[0])) % 9  # the two languages on two displays
    env = {**os.environ, "HOME": str(home), "OUT": str(home), "PYTHON": sys.executable,
           "ROUTINE": str(home / "routine.yaml"), "DISPLAY_NUMBER": str(display),
           "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "SPEECHD_ADDRESS": f"unix_socket:{home}/no-speechd.sock"}
    busy = [multiprocessing.Process(target=spin, args=(40,)) for _ in range(2)]  # both cores busy
    for worker in busy:
        worker.start()
    try:
        script = subprocess.Popen(["bash", "-c", SCRIPT], env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
                rate == 44100 and len(data) > 60000 for _, rate, data in reader.streams[1:]):
            time.sleep(0.2)  # until the "done" chime (the longest) has come
        time.sleep(2)  # and the phrase after it
        (home / "enough").touch()
        script.wait(30)
    finally:
        for worker in busy:
            worker.terminate()
            worker.join()
        reader.stop()
    log = (home / "app.log").read_text()
    assert "Traceback" not in log, log
    return reader.streams


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_phase_chime_is_followed_by_its_phrase_in_the_window_language(tmp_path: Path,
                                                                           language: str) -> None:
    for tool in ("Xvfb", "xdpyinfo"):
        assert shutil.which(tool), f"{tool} is needed: ./dev.sh test installs it"
    streams = run_app(tmp_path, language)
    chimes = [(at, data) for at, rate, data in streams if rate == 44100]
    spoken = [(at, data) for at, rate, data in streams if rate == 16000]
    expected = expected_phrases(language)
    # Every phrase, in order, sample for sample as the interface language's words give them.
    assert [len(data) // 32 for _, data in spoken] >= [len(want) // 32 for _, want in expected]  # ms
    got = [data[:len(want)] for (_, data), (_, want) in zip(spoken, expected, strict=True)]
    assert got == [want for _, want in expected]
    # The chimes keep their rhythm with both cores busy: after the first (which may be late,
    # the player being made when it is due), each sits where the timeline puts it. The bound is
    # loose for a shared machine (bench/cue_timing.py --voice measures to the millisecond);
    # speech holding a chime back would cost a phrase's length, half a second or more.
    assert len(chimes) == len(CHIMES_AT)
    errors = [at - offset for (at, _), (offset, _) in zip(chimes, CHIMES_AT, strict=True)][1:]
    middle = statistics.median(errors)
    assert max(abs(e - middle) for e in errors) < 0.150, errors
    # Each phase's first phrase begins once its chime has rung, and soon after.
    lengths = chime_lengths(SOUNDS)
    phrase_starts = [at for at, _ in spoken]
    for (at, _), (_, kind) in zip(chimes, CHIMES_AT, strict=True):
        after = min(s for s in phrase_starts if s > at)
        assert lengths[kind] - 0.1 < after - at < lengths[kind] + 0.25, (kind, after - at)


def test_the_phrases_differ_by_language_and_the_french_ones_are_french() -> None:
    english, french = expected_phrases("en"), expected_phrases("fr")
    assert len(english) == len(french)
    assert all(e != f for (_, e), (_, f) in zip(english, french, strict=True))
    texts = [text for text, _ in french]
    assert "Passez au côté droit." in texts and "Bravo, la routine est terminée." in texts


SCREEN_READER = r"""
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
launcher=$!
for _ in $(seq 50); do dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus \
    org.a11y.Bus.GetAddress >/dev/null 2>&1 && break; sleep 0.1; done
check='from stretchtimer.ui.voice import screen_reader_running as s; print(s())'
for state in true false; do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:ScreenReaderEnabled \
        variant:boolean:$state >/dev/null
    echo "$state: $("$PYTHON" -c "$check")"
done
kill $launcher
"""


@pytest.mark.slow
def test_a_running_screen_reader_is_seen_over_at_spi(tmp_path: Path) -> None:
    """Orca sets AT-SPI's ScreenReaderEnabled; "only when no screen reader runs" reads it."""
    for tool in ("dbus-run-session", "dbus-send"):
        assert shutil.which(tool), f"{tool} is needed: ./dev.sh test installs it"
    assert Path("/usr/libexec/at-spi-bus-launcher").is_file(), "at-spi2-core is needed"
    env = {**os.environ, "PYTHON": sys.executable, "HOME": str(tmp_path)}
    result = subprocess.run(["dbus-run-session", "--", "bash", "-c", SCREEN_READER], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines() == ["true: True", "false: False"], result.stderr
