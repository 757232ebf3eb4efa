"""Shown when a routine ends: time spent and the exercises done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchtimer.core.formatting import clock
from stretchtimer.core.model import Library
from stretchtimer.core.session import Session


class SummaryView(QWidget):
    home_requested = Signal()
    again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Well done!"), objectName="summaryHeading")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel(objectName="summaryDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        body = QFont(self.font())
        body.setPointSizeF(body.pointSizeF() * 1.3)
        self.details.setFont(body)
        home = QPushButton(self.tr("Back to routines"), objectName="homeButton")
        home.clicked.connect(self.home_requested)
        again = QPushButton(self.tr("Do it again"), objectName="againButton")
        again.clicked.connect(self.again_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(again)
        buttons.addWidget(home)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.home_button = home
        for button in (home, again):
            button.setAutoDefault(True)  # Enter presses the focused button; Esc goes home (the window's key)

    def show_summary(self, session: Session, library: Library, language: str) -> None:
        routine = session.timeline.routine
        names = []
        for step in routine.steps:
            name = library[step.exercise].name
            if name not in names:
                names.append(name)
        spent = session.wall_seconds()
        self.details.setText(
            self.tr("You finished %1 in %2.").replace("%1", routine.display_name(language))
            .replace("%2", clock(spent))
            + "\n\n" + self.tr("Exercises done:") + "\n" + "\n".join(f"• {n}" for n in names))
        self.home_button.setFocus()
