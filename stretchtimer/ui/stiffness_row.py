"""The back-stiffness question, 0 not stiff … 10 very stiff, asked before a routine (on the
player's first screen) and after it (on the summary) when the setting asks for it.

The window's keys answer it (0 to 9, and 1 then 0 typed within a moment for 10), and a click on
any of the eleven buttons; doing nothing skips it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchtimer.core.checkin import NOT_STIFF, VERY_STIFF

translate = QCoreApplication.translate
TEN_WITHIN = 1.5  # seconds: a 0 typed this soon after a 1 makes 10


def stiffness_question(after: bool) -> str:
    if after:
        return translate("CheckIn",
                         "How stiff is your back now, after the routine? 0 not stiff … 10 very stiff")
    return translate("CheckIn", "How stiff is your back before you start? 0 not stiff … 10 very stiff")


def stiffness_noted(value: int) -> str:
    return translate("CheckIn", "Back stiffness: %1 of 10, noted").replace("%1", str(value))


class StiffnessRow(QWidget):
    """A question and the buttons 0 to 10; ``focusable`` buttons join the Tab order (summary)."""

    rated = Signal(int)

    def __init__(self, after: bool, focusable: bool = False, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._one_at: float | None = None  # when a 1 was last typed, for a 0 that makes it 10
        self.setObjectName("stiffnessRow")
        self.after = after
        self.value: int | None = None
        self.label = QLabel()
        self.label.setObjectName("stiffnessLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for value in range(NOT_STIFF, VERY_STIFF + 1):
            button = QPushButton(str(value))
            button.setObjectName(f"stiff{value}Button")
            button.setCheckable(True)
            tip = (translate("CheckIn", "Key %1").replace("%1", str(value)) if value < VERY_STIFF
                   else translate("CheckIn", "Keys 1 then 0"))
            button.setToolTip(tip)
            name = translate("CheckIn", "Back stiffness %1 of 10")
            button.setAccessibleName(name.replace("%1", str(value)))
            # On the player the window's keys answer; a focused button would take Space from it.
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(36, 36)
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
            row.addWidget(button)
            self.buttons.append(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addLayout(row)
        self.setStyleSheet("QPushButton:checked { background: #2F6FB5; color: white; "
                           "border-color: #2F6FB5; }")
        self.ask(None)
        self.hide()

    def ask(self, given: int | None) -> None:
        """Show the question, with ``given`` marked when it was answered."""
        self.value = given
        self.label.setText(stiffness_noted(given) if given is not None else stiffness_question(self.after))
        self.label.setAccessibleName(self.label.text())
        for value, button in enumerate(self.buttons, NOT_STIFF):
            button.setChecked(given == value)

    def answer(self, value: int) -> None:
        """A key or a click: the answer replaces any earlier one."""
        if NOT_STIFF <= value <= VERY_STIFF:
            self.ask(value)
            self.rated.emit(value)

    def typed(self, digit: int) -> None:
        """A digit key: its value, or 10 when it is a 0 typed right after a 1."""
        now = self._clock()
        ten = digit == 0 and self._one_at is not None and now - self._one_at <= TEN_WITHIN
        self._one_at = now if digit == 1 else None
        self.answer(VERY_STIFF if ten else digit)
