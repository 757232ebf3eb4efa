"""`stretchtimer edit NAME` opens the window with the editor on that routine (a built-in one as a copy)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from stretchtimer.core.places import Places
from stretchtimer.ui.app import run_app
from stretchtimer.ui.editor import EditorWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def test_edit_opens_the_editor_on_the_named_routine(qapp) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def look_and_close() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, EditorWindow) and w.isVisible()]
        seen.extend(editor.name_edit.text() for editor in editors)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()

    QTimer.singleShot(1500, look_and_close)
    locale = QLocale()
    try:
        assert run_app(Places.from_environment(), edit="Post-workout") == 0
    finally:
        QLocale.setDefault(locale)
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
    assert seen == ["Post-workout (my copy)"]
