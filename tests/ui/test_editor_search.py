"""The editor's exercise search: name matches first, Enter adds the top match, Down and Ctrl+F, a fresh
search each time the editor opens, a window that fits the screen and filters that fit 800×600."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from stretchtimer.core.drafts import Draft
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.ui import dialogs
from stretchtimer.ui.editor import EditorWindow
from stretchtimer.ui.editor.library_panel import rank
from stretchtimer.ui.style import fitted


@pytest.fixture
def editor(qtbot, library: Library, monkeypatch: pytest.MonkeyPatch) -> EditorWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "choose", lambda *_: 1)
    places = Places.from_environment()
    window = EditorWindow(library, places.assets_dir, places.routines_dir, places.trash_dir, lambda _p: [])
    qtbot.addWidget(window)
    window.open_draft(Draft(name="Mine"), None)
    return window


def test_a_name_match_ranks_above_a_muscle_match(library: Library) -> None:
    quad = library["standing-quad-stretch"]
    others = [e for e in library if "quadriceps" in e.targets and e.id != quad.id]
    assert others, "the library has another exercise for the quadriceps"
    assert rank(quad, ["quad"]) == 0
    assert all(rank(e, ["quad"]) == 2 for e in others if "quad" not in e.name.casefold())
    assert rank(quad, ["nothing-like-it"]) is None


def test_typing_puts_the_name_match_first_and_enter_adds_it(editor: EditorWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.search.hasFocus()
    qtbot.keyClicks(editor.search, "quad")
    shown = editor.library_panel.visible_exercises()
    assert shown[0] == "standing-quad-stretch" and len(shown) > 1
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    assert [step.exercise for step in editor.draft.steps] == ["standing-quad-stretch"]


def test_down_moves_from_the_search_into_the_list(editor: EditorWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.find_action.trigger()
    qtbot.keyClicks(editor.search, "stretch")
    qtbot.keyClick(editor.search, Qt.Key.Key_Down)
    assert editor.library_list.hasFocus()


def test_the_search_is_cleared_when_the_editor_opens_again(editor: EditorWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(editor.search, "quad")
    editor.equipment_filter = editor.library_panel.equipment_filter
    editor.equipment_filter.setCurrentIndex(1)
    hidden_before = editor.library_list.count() - len(editor.library_panel.visible_exercises())
    assert hidden_before > 0
    editor.open_draft(Draft(name="Another"), None)
    assert editor.search.text() == "" and editor.equipment_filter.currentIndex() == 0
    assert len(editor.library_panel.visible_exercises()) == editor.library_list.count()


def test_the_window_opens_no_larger_than_the_screen() -> None:
    assert fitted(QSize(1180, 780), QSize(1366, 738)) == QSize(1180, 690)
    assert fitted(QSize(1180, 780), QSize(1920, 1050)) == QSize(1180, 780)


def test_the_filters_are_not_cut_at_800_by_600(editor: EditorWindow) -> None:
    editor.resize(800, 600)
    editor.show()
    QApplication.processEvents()
    for combo in editor.library_panel.findChildren(QComboBox):
        wanted = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() >= wanted + 24, combo.currentText()  # the text and the arrow
