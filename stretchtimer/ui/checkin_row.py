"""The tightness check-in under the player: how tight did that side feel, 1 loose … 5 very tight.

Shown during the switch or the rest after a side of a two-sided stretch; the keys 1 to 5 do the
same as the buttons, and doing nothing skips it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from stretchtimer.core.checkin import LOOSE, VERY_TIGHT, Rating

translate = QCoreApplication.translate


def question(side: str | None) -> str:
    if side == "right":
        return translate("CheckIn", "How tight was the right side?")
    return translate("CheckIn", "How tight was the left side?")


def noted(rating: Rating) -> str:
    """What the row (and a screen reader) says once a side is rated."""
    text = (translate("CheckIn", "Right side: %1 of 5, noted") if rating.side == "right"
            else translate("CheckIn", "Left side: %1 of 5, noted"))
    return text.replace("%1", str(rating.value))


def value_label(value: int) -> str:
    if value == LOOSE:
        return translate("CheckIn", "1 loose")
    if value == VERY_TIGHT:
        return translate("CheckIn", "5 very tight")
    return str(value)


class CheckInRow(QWidget):
    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None, focusable: bool = False) -> None:
        """``focusable`` buttons join the Tab order (the summary, where Space presses them)."""
        super().__init__(parent, objectName="checkInRow")
        self.label = QLabel(objectName="checkInLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # on two lines rather than cut where the buttons are large
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        for value in range(LOOSE, VERY_TIGHT + 1):
            button = QPushButton(value_label(value), objectName=f"rate{value}Button")
            button.setCheckable(True)
            button.setToolTip(translate("CheckIn", "Key %1").replace("%1", str(value)))
            # The window's keys 1-5 rate; a focused button would take Space from the player.
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, v=value: self.rated.emit(v))
            row.addWidget(button)
            self.buttons.append(button)
        # The rating given stands out in the switch colour, as clearly on a dark desktop as a light one.
        self.setStyleSheet("QPushButton:checked { background: #8A4FD0; color: white; "
                           "border-color: #8A4FD0; }")
        self.hide()

    def ask(self, side: str | None, given: Rating | None) -> None:
        """Show the question for ``side`` with what was already given, if anything."""
        self.label.setText(noted(given) if given is not None else question(side))
        self.label.setAccessibleName(self.label.text())
        for value, button in enumerate(self.buttons, LOOSE):
            button.setChecked(given is not None and given.value == value)
        self.show()
