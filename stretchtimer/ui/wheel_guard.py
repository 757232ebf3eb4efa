"""Turning the mouse wheel over a page of fields scrolls the page: a number, a list or a slider
under the pointer changes only once it has the focus (clicked, or reached with Tab).

Without this, scrolling down the settings changed whichever field passed under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QSlider, QWidget

FIELDS = (QAbstractSpinBox, QComboBox, QSlider)  # not QScrollBar: the wheel is what it is for


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    """An application-wide filter: the wheel over a field without focus scrolls its page."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, FIELDS):
            return False
        if event.type() == QEvent.Type.Polish and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives no focus
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def guard_wheel(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` (kept by it: the app is its parent)."""
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
