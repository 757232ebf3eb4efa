"""Render the player in every phase to PNG (offscreen), to check it reads from the mat.

Run: python packaging/player_screenshots.py OUTDIR [--lang fr] [--sizes 800x600,1366x768,1920x1080]
Writes LANG-WxH-MODE-PHASE.png for each size, MODE window and floor, PHASE warmup, prepare,
hold, switch, reps, rest and summary.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from stretchtimer.core.catalog import Entry
from stretchtimer.core.loader import load_library, routine_from_text
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.core.timeline import Phase
from stretchtimer.ui.app import install_translator
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow

# Every phase the player shows, with the longest names and instructions of the library.
ROUTINE = """\
version: 1
name: Every phase
warmup: 60
defaults: {prepare: 8, hold: 30, switch: 5, rest: 10}
steps:
  - exercise: standing-wide-hamstring-stretch
  - exercise: seated-hamstring-stretch
  - exercise: romanian-single-leg-deadlift
  - exercise: lying-hamstring-stretch
  - exercise: hip-flexor-lunge-stretch
"""
# Where to stop in each phase: (phase, which one of that phase, seconds into it).
MOMENTS = (("warmup", 0, 3.4), ("prepare", 1, 2.4), ("hold", 1, 17.4), ("switch", 0, 1.4),
           ("reps", 0, 7.4), ("rest", 1, 3.4))


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def play_to(window: MainWindow, clock: Clock, seconds: float) -> None:
    while seconds > 0:
        step = min(1.0, seconds)
        clock.now += step
        seconds -= step
        window.driver.wake()


def go_to(window: MainWindow, clock: Clock, entry: Entry, phase: str, nth: int, seconds: float) -> None:
    """Start again and skip to the ``nth`` segment of ``phase``, ``seconds`` into it."""
    window.driver.abandon()  # no "leave the routine?" question between two pictures
    window.start_entry(entry)
    session = window.driver.session
    assert session is not None
    seen = 0
    while not (session.segment.phase is Phase(phase) and seen == nth):
        if session.segment.phase is Phase(phase):
            seen += 1
        window.driver.skip()
    play_to(window, clock, seconds)


def shoot(out: Path, language: str, sizes: list[tuple[int, int]], sound: bool) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    install_translator(app, language)
    places = Places.from_environment()
    library = load_library(places.library_file).localized(language)
    entry = Entry(Path("every-phase.yaml"), False, routine_from_text(ROUTINE, library))
    clock = Clock()
    window = MainWindow(library, lambda: [entry], Settings(), SessionDriver(clock=clock),
                        places.assets_dir, language)
    window.set_sound_available(sound)
    window.show()
    written: list[Path] = []
    for width, height in sizes:
        window.resize(width, height)
        for floor in (False, True):
            mode = "floor" if floor else "window"
            for phase, nth, seconds in MOMENTS:
                go_to(window, clock, entry, phase, nth, seconds)
                window.player.set_floor_mode(floor)
                app.processEvents()
                path = out / f"{language}-{width}x{height}-{mode}-{phase}.png"
                window.grab().save(str(path))
                written.append(path)
            window.player.set_floor_mode(False)
            while window.driver.is_active():
                window.driver.skip()
            app.processEvents()
            path = out / f"{language}-{width}x{height}-{mode}-summary.png"
            window.grab().save(str(path))
            written.append(path)
    window.driver.session = None
    window.close()
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Render the player in every phase to PNG files.")
    parser.add_argument("out", nargs="?", type=Path, default=Path("/tmp/player-shots"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--sizes", default="800x600,1366x768,1920x1080")
    parser.add_argument("--no-sound", action="store_true", help="show the player as without a sound output")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    chosen = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    files = shoot(args.out, args.lang, chosen, not args.no_sound)  # type: ignore[arg-type]
    print(f"wrote {len(files)} screenshots to {args.out}")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown, where Qt objects may be collected out of order
