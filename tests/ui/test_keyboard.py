"""Keyboard everywhere: Space and Enter press the focused button off the player, F1 lists the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from stretchtimer.core.session import State
from stretchtimer.ui.keys import KeysDialog, bindings
from stretchtimer.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_at_launch_enter_starts_the_first_routine(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = window.home.cards[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.start_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.player
    assert window.driver.session is not None
    assert window.driver.session.timeline.routine.name == first.entry.routine.name


def test_space_on_home_presses_the_focused_button_and_nothing_else(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    button = window.home.new_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    with qtbot.waitSignal(window.home.new_requested, timeout=1000):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not window.driver.is_active()
    assert window.stack.currentWidget() is window.home


def test_space_still_pauses_on_the_player(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(window.home.cards[0].entry)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.driver.session.state is State.PAUSED


def test_escape_on_the_summary_goes_back_to_the_routines(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(window.home.cards[0].entry)
    while window.driver.is_active():
        window.driver.skip()
    assert window.stack.currentWidget() is window.summary
    assert window.summary.home_button.autoDefault()  # Enter presses the focused button there too
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_f1_lists_every_key_from_the_same_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.keys_dialog
    assert dialog is not None and dialog.isVisible()
    assert [what for _keys, what in dialog.rows] == [b.what for b in bindings()]
    keys = dict((what, names) for names, what in dialog.rows)
    assert keys["Pause or resume; on an open hold, go on to the next phase"] == "Space"
    assert keys["10 s more for this phase"].startswith("+")
    assert "F1" in keys["This list of keys"]
    made = {s.key().toString() for s in window.shortcuts}
    assert {"Space", "F1", "Esc", "Right", "PgDown"} <= made


def _pixels_near(button: QPushButton, want: QColor) -> int:
    image = button.grab().toImage()
    near = 0
    for x in range(image.width()):
        for y in (1, 2, image.height() - 3):  # where a ring is drawn, not the label
            got = QColor(image.pixel(x, y))
            distance = sum(abs(a - b) for a, b in zip(got.getRgb()[:3], want.getRgb()[:3], strict=True))
            if distance < 40:
                near += 1
    return near


def test_the_focused_button_has_a_clear_ring(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    start, edit = window.home.cards[0].start_button, window.home.cards[0].edit_button
    highlight, text = window.palette().highlight().color(), window.palette().windowText().color()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    plain_edit = _pixels_near(edit, highlight)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    plain_start = _pixels_near(start, text)
    assert _pixels_near(edit, highlight) > 2 * edit.width() and plain_edit < edit.width() // 4
    # The accent-coloured Start button is ringed in the text colour, which stands out from its fill.
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    assert _pixels_near(start, text) > 2 * start.width() and plain_start < start.width() // 4


def test_the_keyboard_stays_in_the_list_when_it_is_read_again(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.home.cards[1].start_button.setFocus()
    qtbot.waitUntil(window.home.cards[1].start_button.hasFocus)
    window.refresh_home()  # as when a routine file changes on disk
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.home.cards[0].start_button)


def _tabbed(qtbot, window: MainWindow, steps: int, backwards: bool = False) -> list[QWidget]:  # type: ignore[no-untyped-def]
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    seen = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab, modifier)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_on_home_reads_the_screen_from_the_top(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = window.home
    header = [b for b in (home.new_button, home.reminders_button, home.progress_button,
                          home.settings_button) if b.isVisible() and b.isEnabled()]
    assert len(header) >= 3
    window.refresh_home()  # read again: the new cards still come after the header
    first = home.cards[0].start_button
    qtbot.waitUntil(lambda: all(card.isVisible() for card in home.cards))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    # Shift+Tab from the first Start reaches the header's last action at once: no hidden stops.
    assert _tabbed(qtbot, window, len(header), backwards=True) == header[::-1]
    home.new_button.setFocus()
    qtbot.waitUntil(home.new_button.hasFocus)
    cards = [button for card in home.cards for button in (card.start_button, card.edit_button)]
    assert _tabbed(qtbot, window, len(header) - 1 + len(cards)) == header[1:] + cards


def test_the_key_list_names_keys_as_keyboards_label_them_and_fits_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    keys = dict((what, names) for names, what in dialog.rows)
    assert keys["10 s more for this phase"] == "+, =, Keypad +"
    assert keys["New routine"] == "Ctrl+N" and keys["Quit"] == "Ctrl+Q"  # not also "New", "Exit"
    assert not any("Num+" in names for names, _ in dialog.rows)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
