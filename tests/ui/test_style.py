"""One visual language: every action its own icon, the style follows light, dark and high contrast,
and the home screen says what to do when there is nothing of one's own yet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from stretchtimer.core import catalog
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.ui import style
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.home_view import problem_lines
from stretchtimer.ui.icons import ACTIONS_DIR, THEME_NAMES, action_icon
from stretchtimer.ui.main_window import MainWindow


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, window), (QPalette.ColorRole.Highlight, "#3584E4")):
        palette.setColor(role, QColor(colour))
    return palette


def test_every_action_has_its_own_bundled_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    shapes = {(ACTIONS_DIR / f"{name}.svg").read_text() for name in THEME_NAMES}
    assert len(shapes) == len(THEME_NAMES)
    redo, try_it = (action_icon(n, QColor("#000000")).pixmap(16, 16).toImage() for n in ("redo", "try"))
    assert redo != try_it
    white = action_icon("start", QColor("#FFFFFF")).pixmap(16, 16).toImage()
    assert white.pixelColor(8, 8).name() == "#ffffff"  # drawn in the colour asked for


def test_cards_are_lighter_than_a_dark_window_and_plain_in_high_contrast(qapp) -> None:  # type: ignore[no-untyped-def]
    dark = style.roles(_palette("#242424", "#FFFFFF"))
    assert dark.dark and QColor(dark.card).lightness() > QColor("#242424").lightness()
    light = style.roles(_palette("#FAFAFA", "#1E1E1E"))
    assert not light.dark and not light.high_contrast
    contrast = style.roles(_palette("#000000", "#FFFFFF"))
    assert contrast.high_contrast and contrast.card == "#000000" and contrast.border == "#ffffff"
    assert "border: 2px solid #ffffff" in style.sheet(_palette("#000000", "#FFFFFF"))


def test_home_has_an_empty_state_then_cards_with_last_done(qtbot, library: Library, fake_clock,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    places = Places.from_environment()
    own: list[catalog.Entry] = []
    window = MainWindow(library, lambda: catalog.builtin_entries(places.builtin_dir, library) + own,
                        Settings(), SessionDriver(clock=fake_clock), places.assets_dir)
    qtbot.addWidget(window)
    assert not window.home.empty_state.isHidden()
    mine = tmp_path / "mine.yaml"
    mine.write_text("version: 1\nname: Mine\nsteps:\n  - exercise: standing-quad-stretch\n")
    own.append(catalog.load_entry(mine, library, builtin=False))
    window.refresh_home()
    assert window.home.empty_state.isHidden()
    card = window.home.cards[-1]
    assert card.picture.pixmap() is not None and not card.picture.pixmap().isNull()
    card.show_last_done(None)
    assert card.last_done.text() == "Not done yet"
    card.show_last_done(date(2026, 11, 30), today=date(2026, 12, 1))
    assert card.last_done.text() == "Last done yesterday"
    window.home.show_progress(4, done_today=True)
    assert window.home.status.text().startswith("✓ Done today · 4 days in a row")


def test_a_broken_file_is_named_in_the_folder_and_its_problems_in_line_order(library: Library,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: Broken\nsteps:\n  - exercise: nope\n  - exercise: stretchy\n"
                      "    hold: -3\n")
    entry = catalog.load_entry(broken, library, builtin=False)
    entry = entry.__class__(entry.file, entry.builtin, None, tuple(reversed(entry.problems)))
    lines = problem_lines(entry)
    assert len(lines) >= 2 and all(line.startswith("broken.yaml:") for line in lines)
    numbers = [int(line.split(":")[1]) for line in lines]
    assert numbers == sorted(numbers)
