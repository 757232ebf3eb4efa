"""Render the coaching screens to PNG (offscreen), in a light and a dark palette, to look at them.

Run: python packaging/coaching_screenshots.py OUTDIR [--lang fr] [--size 1366x768]
Writes pacer-in and pacer-out (floor mode, and the calm count of reduce motion), check-in (the
row after the left side) and progress (left and right over eight weeks from generated history),
each -light.png and -dark.png.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from stretchtimer.core.catalog import Entry
from stretchtimer.core.checkin import Rating
from stretchtimer.core.history import Record
from stretchtimer.core.loader import load_library, routine_from_text
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.core.timeline import Phase
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import DARK, Clock, palette_of, play_to

ROUTINE = """\
version: 1
name: Evening with breathing
after_exercise: true
defaults: {prepare: 8, hold: 45, switch: 5, rest: 10}
breath: {in: 4, out: 6}
steps:
  - exercise: lying-hamstring-stretch
  - exercise: standing-wide-hamstring-stretch
"""


def history(now: datetime) -> list[Record]:
    """Eight weeks of evenings: the right hamstring tighter for the last three, the hips even."""
    records = []
    for day in range(0, 56, 2):
        weeks_ago = day // 7
        left, right = (2, 4) if weeks_ago < 3 else (3, 3 if day % 4 else 2)
        hips = (3, 3)  # even: no note
        started = now - timedelta(days=day, hours=1)
        records.append(Record("Evening routine", started, started + timedelta(minutes=8), 460, True,
                              ratings=(Rating("lying-hamstring-stretch", "left", left),
                                       Rating("lying-hamstring-stretch", "right", right),
                                       Rating("hip-flexor-lunge-stretch", "left", hips[0]),
                                       Rating("hip-flexor-lunge-stretch", "right", hips[1]))))
    return records


def to_hold(window: MainWindow, clock: Clock, entry: Entry, seconds: float) -> None:
    window.driver.abandon()
    window.start_entry(entry)
    session = window.driver.session
    assert session is not None
    while session.segment.phase is not Phase.HOLD:
        window.driver.skip()
    play_to(window, clock, seconds)


def main(out: Path, language: str, size: tuple[int, int]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    try:  # the translator's home may move; the English pictures need none
        from stretchtimer.ui.app import install_translator
        install_translator(app, language)
    except ImportError:
        pass
    places = Places.from_environment()
    library = load_library(places.library_file).localized(language)
    entry = Entry(Path("breathing.yaml"), False, routine_from_text(ROUTINE, library))
    now = datetime.now().astimezone()
    sample = history(now)
    for mode, palette in (("light", app.palette()), ("dark", palette_of(DARK))):
        app.setPalette(palette)
        clock = Clock()
        window = MainWindow(library, lambda: [entry], Settings(), SessionDriver(clock=clock),
                            places.assets_dir, language, records=lambda: sample)
        window.resize(*size)
        window.show()
        for name, seconds, still in (("pacer-in", 3.6, False), ("pacer-out", 18.6, False),
                                     ("pacer-count", 18.6, True)):
            window.settings.set("accessibility.reduce_motion", still)  # read again at each start
            to_hold(window, clock, entry, seconds)
            window.player.set_floor_mode(True)
            app.processEvents()
            window.grab().save(str(out / f"{name}-{mode}.png"))
        window.settings.set("accessibility.reduce_motion", False)
        window.player.set_floor_mode(False)
        session = window.driver.session
        assert session is not None
        while session.segment.phase is not Phase.SWITCH:
            window.driver.skip()
        play_to(window, clock, 1.4)
        window.player.rate(3)
        app.processEvents()
        window.grab().save(str(out / f"check-in-{mode}.png"))
        window.driver.abandon()
        window.show_progress()
        app.processEvents()
        window.grab().save(str(out / f"progress-{mode}.png"))
        window.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Render the coaching screens to PNG files.")
    parser.add_argument("out", nargs="?", type=Path, default=Path("/tmp/coach-shots"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    main(args.out, args.lang, (width, height))
    print(f"wrote the coaching screenshots to {args.out}")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown, where Qt objects may be collected out of order
