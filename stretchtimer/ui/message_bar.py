"""The window's line of news at the top, and polite announcements to screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def announce(widget: QWidget, text: str) -> None:
    """Hand ``text`` to screen readers (AT-SPI on Linux) as a polite announcement."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class MessageBar(QFrame):
    """One line of news at the top of the window (sound off, settings reset), dismissable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # notices can carry file names
        close = QPushButton(self.tr("Dismiss"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self.messages: list[str] = []
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text``; a message already shown is shown again, never stacked twice."""
        if text not in self.messages:
            self.messages.append(text)
        self.label.setText("\n".join(self.messages[-3:]))
        self.show()
