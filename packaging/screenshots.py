"""Render the window's screens to PNG (offscreen), in a light and a dark palette.

Run: python packaging/screenshots.py OUTDIR [--lang fr] [--size 1366x768]
Writes home (with and without routines of one's own), player, floor, summary, progress, editor,
settings and reminders screens, each -light.png and -dark.png (with the language and size in the
name when given). `--every` renders English and French at 1366×768 and 800×600, each language in
its own process (a catalogue is loaded once per process), then one contact sheet of them all
(packaging/contact_sheet.py --screens).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from stretchtimer.core import catalog
from stretchtimer.core.drafts import from_routine
from stretchtimer.core.history import Record
from stretchtimer.core.loader import load_library
from stretchtimer.core.model import Step
from stretchtimer.core.places import Places
from stretchtimer.core.schedule import Reminder
from stretchtimer.core.settings import Settings
from stretchtimer.ui.app import install_translator
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.editor import EditorWindow
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.schedule_dialog import ScheduleDialog
from stretchtimer.ui.settings_dialog import SettingsDialog

# Routines of one's own, for the home screen that has some.
OWN_ROUTINES = {
    "lunch.yaml": "version: 1\nname: Lunch stretch\ndescription: Two minutes away from the keyboard.\n"
                  "steps:\n  - exercise: standing-quad-stretch\n    hold: 30\n"
                  "  - exercise: alternate-toe-reach\n",
    "morning.yaml": "version: 1\nname: Morning wake-up\nsteps:\n  - exercise: figure-four-glute-stretch\n"
                    "    hold: 45\n  - exercise: lying-hamstring-stretch\n",
}


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


ROLES = ("Window", "WindowText", "Base", "AlternateBase", "Text", "Button", "ButtonText",
         "Highlight", "HighlightedText", "PlaceholderText", "Mid")
DARK = ("#202428", "#E8EAED", "#16191C", "#2A2F34", "#E8EAED", "#2D3237", "#E8EAED",
        "#4C8DF6", "#FFFFFF", "#9AA0A6", "#5F6368")
HIGH_CONTRAST = ("#000000", "#FFFFFF", "#000000", "#1A1A1A", "#FFFFFF", "#000000", "#FFFF00",
                 "#00FFFF", "#000000", "#C0C0C0", "#FFFFFF")


def palette_of(colours: tuple[str, ...]) -> QPalette:
    """A palette with each of ROLES in the matching colour, as a desktop theme would set it."""
    palette = QPalette()
    for role, colour in zip(ROLES, colours, strict=True):
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def play_to(window: MainWindow, clock: Clock, seconds: float) -> None:
    while seconds > 0:
        step = min(1.0, seconds)
        clock.now += step
        seconds -= step
        window.driver.wake()


def main(out: Path, language: str = "en", size: tuple[int, int] = (1100, 760), font_scale: float = 1.0,
         contrast: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if font_scale != 1.0:  # as a person who set a larger font on their desktop sees it
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    install_translator(app, language)
    QLocale.setDefault(QLocale(language))  # dates and times as that language writes them
    light = app.palette()
    places = Places.from_environment()
    library = load_library(places.library_file).localized(language)
    tag = "" if (language, size) == ("en", (1100, 760)) else f"-{language}-{size[0]}x{size[1]}"
    if font_scale != 1.0:
        tag += f"-font{font_scale:g}"
    palettes = [("light", light), ("dark", palette_of(DARK))]
    if contrast:
        palettes = [("contrast", palette_of(HIGH_CONTRAST))]
    for mode, palette in palettes:
        mode = f"{mode}{tag}"
        app.setPalette(palette)
        clock = Clock()
        now = datetime.now().astimezone()
        sample = [Record(name, now - timedelta(days=d, hours=1), now - timedelta(days=d), seconds, d != 4)
                  for d, name, seconds in ((0, "Evening routine", 460), (1, "Evening routine", 460),
                                           (2, "Post-workout", 453), (4, "Evening routine", 200),
                                           (8, "Pre-workout warm-up", 287), (9, "Evening routine", 460),
                                           (16, "Evening routine", 460), (23, "Post-workout", 453))]
        window = MainWindow(library, lambda: catalog.builtin_entries(places.builtin_dir, library),
                            Settings(), SessionDriver(clock=clock), places.assets_dir, language,
                            records=lambda sample=sample: sample)  # type: ignore[misc]
        window.resize(*size)
        window.show()
        app.processEvents()
        window.refresh_history()
        window.home.show_next_reminder(now.replace(hour=21, minute=30) + timedelta(days=1))
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / f"home-{mode}.png"))
        own = out / "routines"
        own.mkdir(exist_ok=True)
        for name, text in OWN_ROUTINES.items():
            (own / name).write_text(text, encoding="utf-8")
        window._entries = lambda own=own: (  # type: ignore[method-assign, misc]
            catalog.builtin_entries(places.builtin_dir, library) + catalog.user_entries(own, library))
        window.refresh_home()
        for _ in range(3):  # the cards settle their height for the wrapped text, then the list
            app.processEvents()
        window.grab().save(str(out / f"home-own-{mode}.png"))
        window.start_entry(window.home.cards[0].entry)
        for _ in range(5):  # warm-up, wide stretch, rest, then the seated stretch's hold
            window.driver.skip()
        play_to(window, clock, 3.4)
        app.processEvents()
        window.grab().save(str(out / f"player-{mode}.png"))
        window.player.set_floor_mode(True)
        app.processEvents()
        window.grab().save(str(out / f"floor-{mode}.png"))
        window.player.set_floor_mode(False)
        while window.driver.is_active():  # held to the end: the summary of a routine done
            play_to(window, clock, 30)
        app.processEvents()
        window.grab().save(str(out / f"summary-{mode}.png"))
        window.show_progress()
        app.processEvents()
        window.grab().save(str(out / f"progress-{mode}.png"))
        window.driver.session = None
        window.close()
        window.deleteLater()
        app.processEvents()

        editor = EditorWindow(library, places.assets_dir, out / "routines", out / "trash", lambda _p: [])
        evening = catalog.builtin_entries(places.builtin_dir, library)[0].routine
        assert evening is not None
        draft = from_routine(evening, copy_of_builtin=evening.display_name(language) + " (2)",
                             language=language)
        draft = draft.replace(steps=(*draft.steps, Step("figure-four-glute-stretch", hold=90, sides="left")))
        editor.open_draft(draft, None, "")
        editor.steps.setCurrentRow(len(draft.steps) - 1)
        editor.resize(*size)
        editor.show()
        app.processEvents()
        editor.grab().save(str(out / f"editor-{mode}.png"))
        editor.undo_stack.clear()
        editor.close()
        editor.deleteLater()
        names = [(e.routine.name, e.routine.display_name(language))
                 for e in catalog.builtin_entries(places.builtin_dir, library) if e.routine]
        languages = [("", "System"), ("en", "English"), ("fr", "Français")]
        dialog = SettingsDialog(Settings(), {"language": languages, "home.first_routine": names})
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"settings-{mode}.png"))
        dialog.close()
        dialog.deleteLater()
        reminders = [Reminder(1, now.time().replace(hour=21, minute=30, second=0, microsecond=0),
                              routine="Evening routine"),
                     Reminder(2, now.time().replace(hour=7, minute=15, second=0, microsecond=0),
                              frozenset(range(5)), "Pre-workout warm-up")]
        for name, listed in (("reminders", reminders), ("reminders-empty", [])):
            schedule = ScheduleDialog(listed, [n for n, _ in names], True, shown=dict(names))
            schedule.resize(min(640, size[0]), min(560, size[1]))
            schedule.show()
            app.processEvents()
            schedule.grab().save(str(out / f"{name}-{mode}.png"))
            schedule.close()
            schedule.deleteLater()
        app.processEvents()


def every(out: Path) -> None:
    """English and French, 1366×768 and 800×600, light and dark; then one contact sheet."""
    import subprocess

    for language in ("en", "fr"):
        for size in ("1366x768", "800x600"):
            subprocess.run([sys.executable, __file__, str(out), "--lang", language, "--size", size],
                           check=True)
    subprocess.run([sys.executable, str(Path(__file__).with_name("contact_sheet.py")), str(out / "sheet.png"),
                    "--screens", str(out)], check=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Render every screen to PNG files.")
    parser.add_argument("out", nargs="?", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1100x760")
    parser.add_argument("--font-scale", type=float, default=1.0, help="e.g. 1.5 for a larger desktop font")
    parser.add_argument("--contrast", action="store_true", help="a high-contrast palette instead")
    parser.add_argument("--every", action="store_true",
                        help="both languages, both sizes, and a contact sheet")
    args = parser.parse_args()
    if args.every:
        every(args.out)
        sys.exit(0)
    width, height = (int(n) for n in args.size.split("x"))
    main(args.out, args.lang, (width, height), args.font_scale, args.contrast)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown, where Qt objects may be collected out of order
