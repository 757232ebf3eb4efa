"""The editor opens laid out: the chosen step's details fit beside the steps from the first frame."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from stretchtimer.core.drafts import from_routine
from stretchtimer.core.loader import read_routine
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.ui import dialogs
from stretchtimer.ui.editor import EditorWindow


def test_step_details_fit_in_the_first_frame(qtbot, library: Library,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "choose", lambda *_: 1)
    places = Places.from_environment()
    editor = EditorWindow(library, places.assets_dir, places.routines_dir, places.trash_dir, lambda _p: [])
    qtbot.addWidget(editor)
    routine = read_routine(places.builtin_dir / "pre-workout-warm-up.yaml", library, builtin=True)
    editor.open_draft(from_routine(routine), None)
    editor.resize(1180, 780)
    editor.show()
    QApplication.processEvents()  # one turn of the event loop, as before a screenshot or first paint
    routine_box = editor.side_scroll.parentWidget()
    fields = editor.side.minimumSizeHint().width()
    assert editor.side_scroll.width() >= fields
    assert editor.side_scroll.geometry().right() <= routine_box.contentsRect().right()
