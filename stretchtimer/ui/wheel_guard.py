"""Turning the mouse wheel over a page of fields scrolls the page: a number, a list or a slider
under the pointer changes only once it has the focus (clicked, or reached with Tab).

Without this, scrolling down the settings changed whichever field passed under the pointer.
The filter sits on the fields themselves, not on the application, so no other event pays for it.
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
    """Watches fields: the wheel over one without focus scrolls its page instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def guard_fields(root: QWidget) -> WheelGuard:
    """Guard every field in ``root`` (made by now); the guard lives as long as ``root``."""
    guard = WheelGuard(root)
    for field in root.findChildren(QWidget):
        if isinstance(field, FIELDS):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives no focus
            field.installEventFilter(guard)
    return guard
