"""Shown when a routine reaches its end: time spent, and what was done, partly done or skipped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchtimer.core.formatting import clock
from stretchtimer.core.model import Library
from stretchtimer.core.outcome import Outcome, Status, summarize
from stretchtimer.core.session import Session
from stretchtimer.ui.look import side_word


def part_names(outcome: Outcome, status: Status, library: Library) -> list[str]:
    """The exercises with ``status``; a side is named only when the other side fared otherwise."""
    names: list[str] = []
    for exercise in dict.fromkeys(p.exercise for p in outcome.parts):
        mine = [p for p in outcome.parts if p.exercise == exercise]
        chosen = [p for p in mine if p.status is status]
        name = library[exercise].name
        if chosen and len(chosen) == len(mine):
            names.append(name)
        else:
            names += [f"{name} ({side_word(p.side)})" if p.side else name for p in chosen]
    return list(dict.fromkeys(names))


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
        self.heading.setWordWrap(True)
        self.details = QLabel(objectName="summaryDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # holds the routine's name as written
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

    def show_summary(self, session: Session, library: Library, language: str,
                     recorded: bool = True) -> None:
        routine = session.timeline.routine
        outcome = summarize(session.timeline, session.spent(), session.lengths())
        name = routine.display_name(language)
        if outcome.completed:
            self.heading.setText(self.tr("Well done!"))
            lines = [self.tr("You finished %1 in %2.").replace("%1", name)
                     .replace("%2", clock(session.wall_seconds()))]
        else:
            self.heading.setText(self.tr("Mostly skipped — not counted as done"))
            lines = [self.tr("You reached the end of %1, but held only %2 of its %3 of stretches.")
                     .replace("%1", name).replace("%2", clock(outcome.spent))
                     .replace("%3", clock(outcome.planned))]
        for status, title in ((Status.DONE, self.tr("Exercises done:")),
                              (Status.PARTLY, self.tr("Partly done:")),
                              (Status.SKIPPED, self.tr("Skipped:"))):
            names = part_names(outcome, status, library)
            if names:
                lines.append(title + "\n" + "\n".join(f"• {n}" for n in names))
        if not recorded:
            lines.append(self.tr("Tried from the editor: not added to your history."))
        self.details.setText("\n\n".join(lines))
        self.home_button.setFocus()
