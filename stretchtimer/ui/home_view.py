"""The home view: every routine as a card with its length and a start button."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.core.catalog import Entry
from stretchtimer.core.formatting import clock
from stretchtimer.core.model import Library
from stretchtimer.core.timeline import compile_routine
from stretchtimer.ui.look import exercises_count


def open_file(path: Path) -> bool:
    """Hand a file to the desktop's own program for it (a text editor for YAML)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RoutineCard(QFrame):
    """One routine: name, description, total time, exercise count, start button."""

    def __init__(self, entry: Entry, library: Library, language: str, on_start: Signal,
                 on_edit: Signal) -> None:
        super().__init__(objectName="routineCard")
        self.entry = entry
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        text = QVBoxLayout()
        title = QLabel(objectName="cardTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        detail = QLabel(objectName="cardDetail")
        detail.setWordWrap(True)
        for label in (title, detail):  # names, descriptions and file names as written, never as HTML
            label.setTextFormat(Qt.TextFormat.PlainText)
        text.addWidget(title)
        text.addWidget(detail)
        layout.addLayout(text, 1)
        routine = entry.routine
        if routine is None:
            title.setText(entry.file.name)
            detail.setText(self.tr("This file has a problem and cannot be started:\n%1")
                           .replace("%1", "\n".join(str(p) for p in entry.problems[:3])))
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            fix = QPushButton(self.tr("Open the file"), objectName="openFileButton")
            fix.setAccessibleName(self.tr("Open %1 to fix it").replace("%1", entry.file.name))
            fix.setToolTip(self.tr("Open it in your text editor; it is listed again once it is fixed"))
            fix.setMinimumHeight(40)
            fix.clicked.connect(lambda: open_file(entry.file))
            layout.addWidget(fix, 0, Qt.AlignmentFlag.AlignVCenter)
            self.open_button = fix
            return
        total = compile_routine(routine, library).total
        title.setText(routine.display_name(language))
        summary = " · ".join([clock(total), exercises_count(routine.exercise_count())]
                             + ([self.tr("built-in")] if routine.builtin else []))
        description = routine.display_description(language)
        detail.setText(f"{summary}\n{description}" if description else summary)
        edit = QPushButton(self.tr("Edit"), objectName="editButton")
        edit.setAccessibleName(self.tr("Edit %1").replace("%1", title.text()))
        edit.setToolTip(self.tr("Built-in routines stay as they are: your changes are saved as your own copy")
                        if routine.builtin else self.tr("Change the steps, durations or name"))
        edit.setMinimumHeight(40)
        edit.clicked.connect(lambda: on_edit.emit(entry))
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignVCenter)
        self.edit_button = edit
        start = QPushButton(self.tr("Start"), objectName="startButton")
        start.setAccessibleName(self.tr("Start %1").replace("%1", title.text()))
        start.setMinimumHeight(40)
        start.clicked.connect(lambda: on_start.emit(entry))
        layout.addWidget(start, 0, Qt.AlignmentFlag.AlignVCenter)
        self.start_button = start


class HomeView(QWidget):
    """Lists the routines; ``start_requested`` carries the chosen catalog entry."""

    start_requested = Signal(object)
    edit_requested = Signal(object)  # an Entry
    new_requested = Signal()
    settings_requested = Signal()
    progress_requested = Signal()
    reminders_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Choose a routine"), objectName="homeHeading")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        self.progress_button = QPushButton(self.tr("Progress"), objectName="progressButton")
        self.progress_button.setToolTip(self.tr("Your streak and the sessions you have done"))
        self.progress_button.clicked.connect(self.progress_requested)
        self.reminders_button = QPushButton(self.tr("Reminders"), objectName="remindersButton")
        self.reminders_button.setToolTip(self.tr("Evening reminders from the tray"))
        self.reminders_button.clicked.connect(self.reminders_requested)
        self.new_button = QPushButton(self.tr("New routine"), objectName="newRoutineButton")
        self.new_button.setToolTip(self.tr("Build your own routine in the editor (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.settings_button = QPushButton(self.tr("Settings"), objectName="settingsButton")
        self.settings_button.setToolTip(self.tr("Sound, language, reminders and more (Ctrl+,)"))
        self.settings_button.clicked.connect(self.settings_requested)
        header = QHBoxLayout()
        header.addWidget(heading, 1)
        header.addWidget(self.new_button)
        header.addWidget(self.reminders_button)
        header.addWidget(self.progress_button)
        header.addWidget(self.settings_button)
        self._list = QVBoxLayout()
        self._list.setSpacing(10)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self._list)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self.cards: list[RoutineCard] = []

    def show_entries(self, entries: Sequence[Entry], library: Library, language: str) -> None:
        focused = QApplication.focusWidget()
        lost = any(card.isAncestorOf(focused) for card in self.cards) if focused else False
        for card in self.cards:
            card.deleteLater()
        self.cards = [RoutineCard(e, library, language, self.start_requested, self.edit_requested)
                      for e in entries]
        for card in self.cards:
            self._list.addWidget(card)
        if self.cards and hasattr(self.cards[0], "start_button"):
            self.cards[0].start_button.setDefault(True)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        if lost:  # the list was read again (a routine file changed): the keyboard stays in it
            self.focus_first()

    def focus_first(self) -> None:
        """Give the keyboard to the first routine's Start button, so Enter starts it."""
        for card in self.cards:
            button = getattr(card, "start_button", None)
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
