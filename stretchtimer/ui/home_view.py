"""The home view: a header with today's status and the app's places, then every routine as a card."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.core.catalog import Entry
from stretchtimer.core.formatting import clock
from stretchtimer.core.model import Library, Routine
from stretchtimer.core.timeline import compile_routine
from stretchtimer.localtext import moment_text, problem_words
from stretchtimer.ui import style
from stretchtimer.ui.icons import action_icon
from stretchtimer.ui.illustration import thumbnail
from stretchtimer.ui.look import exercises_count

CARD_PICTURE = 72  # pixels, the side of a card's illustration
TWO_COLUMNS = 980  # from this width the cards stand two by two, so a wide window is not half empty


def open_file(path: Path) -> bool:
    """Hand a file to the desktop's own program for it (a text editor for YAML)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def problem_lines(entry: Entry) -> list[str]:
    """A broken file's problems in line order, each placed by the file's name in the routines folder."""
    ordered = sorted(entry.problems, key=lambda p: (p.line, p.column))
    return [dataclasses.replace(p, file=entry.file.name).said(problem_words) for p in ordered]


def _label(name: str, scale: float = 1.0, bold: bool = False, dim: bool = False) -> QLabel:
    label: QLabel = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names, descriptions and file names as written
    label.setWordWrap(True)
    if scale != 1.0 or bold:
        label.setFont(style.scaled(label, scale, bold))
    if dim:
        label.setProperty("role", "dim")
    return label


def _button(text: str, icon: str, name: str) -> QPushButton:
    button: QPushButton = QPushButton(action_icon(icon), text, objectName=name)
    button.setIconSize(QSize(16, 16))
    button.setMinimumHeight(40)
    return button


class RoutineCard(QFrame):
    """One routine: picture, name, length, exercises, last done, description; Edit and Start."""

    def __init__(self, entry: Entry, library: Library, language: str, on_start: SignalInstance,
                 on_edit: SignalInstance, assets_dir: Path | None = None) -> None:
        super().__init__(objectName="routineCard")
        self.entry = entry
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.picture = QLabel(objectName="cardPicture")
        self.picture.setFixedSize(CARD_PICTURE, CARD_PICTURE)
        title = _label("cardTitle", style.HEADING, bold=True)
        self.facts = _label("cardFacts", dim=True)
        self.last_done = _label("cardLastDone", style.CAPTION, dim=True)
        detail = _label("cardDetail")
        text = QVBoxLayout()
        text.setSpacing(2)
        for label in (title, self.facts, detail, self.last_done):
            text.addWidget(label)
        text.addStretch(1)
        buttons = QVBoxLayout()
        buttons.setSpacing(style.SPACE_S)
        row = QHBoxLayout(self)
        row.setContentsMargins(style.SPACE_M, style.SPACE_M, style.SPACE_M, style.SPACE_M)
        row.setSpacing(style.SPACE_M)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addLayout(buttons)
        routine = entry.routine
        if routine is None:
            self._broken(title, detail, buttons)
            return
        first = library[routine.steps[0].exercise] if routine.steps and routine.steps[0].exercise in library \
            else None
        if first is not None and assets_dir is not None:
            picture = thumbnail(assets_dir, first, CARD_PICTURE)
            self.picture.setPixmap(picture.pixmap(CARD_PICTURE, CARD_PICTURE))
            self.picture.setAccessibleName(first.name)
        title.setText(routine.display_name(language))
        self.show_total(compile_routine(routine, library).total)
        description = routine.display_description(language)
        detail.setText(description)
        detail.setVisible(bool(description))
        self.show_last_done(None)
        edit = style.flat(_button(self.tr("Edit"), "edit", "editButton"))
        edit.setAccessibleName(self.tr("Edit %1").replace("%1", title.text()))
        edit.setToolTip(self.tr("Built-in routines stay as they are: your changes are saved as your own copy")
                        if routine.builtin else self.tr("Change the steps, durations or name"))
        edit.clicked.connect(lambda: on_edit.emit(entry))
        start = style.accent(_button(self.tr("Start"), "start", "startButton"))
        start.setIcon(action_icon("start", self.palette().highlightedText().color()))
        start.setAccessibleName(self.tr("Start %1").replace("%1", title.text()))
        start.clicked.connect(lambda: on_start.emit(entry))
        buttons.addWidget(start)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        self.edit_button, self.start_button = edit, start

    def _broken(self, title: QLabel, detail: QLabel, buttons: QVBoxLayout) -> None:
        entry = self.entry
        title.setText(entry.file.name)
        self.facts.setText(self.tr("This file has a problem and cannot be started:"))
        detail.setText("\n".join(problem_lines(entry)[:3]))
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_done.hide()
        self.picture.hide()
        fix = _button(self.tr("Open the file"), "open", "openFileButton")
        fix.setAccessibleName(self.tr("Open %1 to fix it").replace("%1", entry.file.name))
        fix.setToolTip(self.tr("Open it in your text editor; it is listed again once it is fixed"))
        fix.clicked.connect(lambda: open_file(entry.file))
        buttons.addWidget(fix)
        buttons.addStretch(1)
        self.open_button = fix

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped text needs more height in a narrow card; a scroll area's grid does not ask for it.
        layout = self.layout()
        needed = layout.heightForWidth(event.size().width()) if layout is not None else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def show_total(self, total: float) -> None:
        """The routine's length (with its holds grown, once the history is read), its exercises."""
        routine = self.entry.routine
        if routine is not None:
            self.facts.setText(" · ".join([clock(total), exercises_count(routine.exercise_count())]
                                          + ([self.tr("built-in")] if routine.builtin else [])))

    def show_last_done(self, day: date | None, today: date | None = None) -> None:
        """When this routine was last completed (from the history), or that it never was."""
        if self.entry.routine is None:
            return
        today = today or date.today()
        if day is None:
            text = self.tr("Not done yet")
        elif day == today:
            text = self.tr("Last done today")
        elif (today - day).days == 1:
            text = self.tr("Last done yesterday")
        else:
            text = self.tr("Last done %1").replace("%1", QLocale().toString(
                QDate(day.year, day.month, day.day), "ddd d MMM"))
        self.last_done.setText(text)


class HomeView(QWidget):
    """Lists the routines; ``start_requested`` carries the chosen catalog entry."""

    start_requested = Signal(object)
    edit_requested = Signal(object)  # an Entry
    new_requested = Signal()
    settings_requested = Signal()
    progress_requested = Signal()
    reminders_requested = Signal()

    def __init__(self, assets_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assets_dir = assets_dir
        self.cards: list[RoutineCard] = []
        self._columns = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACE_M)
        layout.addLayout(self._build_header())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes button to button; it follows them
        holder = QWidget(objectName="homeList")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, style.SPACE_S, style.SPACE_S)  # cards clear of the scroll bar
        column.setSpacing(style.SPACE_M)
        self._builtin_grid, self._own_grid = QGridLayout(), QGridLayout()
        for grid in (self._builtin_grid, self._own_grid):
            grid.setSpacing(style.SPACE_M)
        self.own_heading = _label("ownHeading", style.LARGE, bold=True)
        self.own_heading.setText(self.tr("Your routines"))
        self.empty_state = self._build_empty_state()
        column.addLayout(self._builtin_grid)
        column.addSpacing(style.SPACE_S)
        column.addWidget(self.own_heading)
        column.addLayout(self._own_grid)
        column.addWidget(self.empty_state)
        column.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)

    def _build_header(self) -> QVBoxLayout:
        heading = _label("homeHeading", style.TITLE, bold=True)
        heading.setText(self.tr("Choose a routine"))
        self.status = _label("homeStatus", dim=True)
        self.new_button = style.flat(_button(self.tr("New routine"), "new", "newRoutineButton"))
        self.new_button.setToolTip(self.tr("Build your own routine in the editor (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.reminders_button = style.flat(_button(self.tr("Reminders"), "reminders", "remindersButton"))
        self.reminders_button.setToolTip(self.tr("Evening reminders from the tray"))
        self.reminders_button.clicked.connect(self.reminders_requested)
        self.progress_button = style.flat(_button(self.tr("Progress"), "progress", "progressButton"))
        self.progress_button.setToolTip(self.tr("Your streak and the sessions you have done"))
        self.progress_button.clicked.connect(self.progress_requested)
        self.settings_button = style.flat(_button(self.tr("Settings"), "settings", "settingsButton"))
        self.settings_button.setToolTip(self.tr("Sound, language, reminders and more (Ctrl+,)"))
        self.settings_button.clicked.connect(self.settings_requested)
        row = QHBoxLayout()
        row.setSpacing(style.SPACE_S)
        row.addWidget(heading, 1)
        for button in (self.new_button, self.reminders_button, self.progress_button, self.settings_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        header = QVBoxLayout()  # the status runs the whole width under the title and its actions
        header.setSpacing(2)
        header.addLayout(row)
        header.addWidget(self.status)
        self._streak, self._done_today, self._next = 0, False, ""
        self._show_status()
        return header

    def _build_empty_state(self) -> QFrame:
        card = QFrame(objectName="emptyCard")
        title = _label("emptyTitle", style.LARGE, bold=True)
        title.setText(self.tr("Make a routine of your own"))
        text = _label("emptyText", dim=True)
        text.setText(self.tr("Pick exercises from the library and set how long to hold each, or press Edit "
                             "on a routine above to start from a copy of it."))
        new = _button(self.tr("New routine"), "new", "emptyNewButton")
        new.setAccessibleName(self.tr("Create a new routine"))
        new.clicked.connect(self.new_requested)
        self.empty_new_button = new
        column = QVBoxLayout(card)
        column.setContentsMargins(style.SPACE_L, style.SPACE_L, style.SPACE_L, style.SPACE_L)
        for widget in (title, text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(widget)
        column.addWidget(new, 0, Qt.AlignmentFlag.AlignHCenter)
        return card

    # --- what the header says ----------------------------------------------------------
    def show_progress(self, streak: int, done_today: bool) -> None:
        self._streak, self._done_today = streak, done_today
        self._show_status()

    def show_next_reminder(self, when: datetime | None) -> None:
        self._next = moment_text(when.astimezone(), QLocale()) if when is not None else ""
        self._show_status()

    def _show_status(self) -> None:
        parts = []
        if self._done_today:
            parts.append(self.tr("✓ Done today"))
        elif self._streak:
            parts.append(self.tr("%n-day streak: stretch today to keep it", "", self._streak))
        else:
            parts.append(self.tr("Pick a routine and press Start"))
        if self._done_today and self._streak > 1:
            parts.append(self.tr("%1 days in a row").replace("%1", str(self._streak)))
        if self._next:
            parts.append(self.tr("Next reminder %1").replace("%1", self._next))
        self.status.setText(" · ".join(parts))

    # --- the cards ---------------------------------------------------------------------
    def show_entries(self, entries: Sequence[Entry], library: Library, language: str) -> None:
        focused = QApplication.focusWidget()
        lost = any(card.isAncestorOf(focused) for card in self.cards) if focused else False
        for card in self.cards:
            card.deleteLater()
        self.cards = [RoutineCard(e, library, language, self.start_requested, self.edit_requested,
                                  self.assets_dir) for e in entries]
        self._place_cards()
        if self.cards and hasattr(self.cards[0], "start_button"):
            self.cards[0].start_button.setDefault(True)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        if lost:  # the list was read again (a routine file changed): the keyboard stays in it
            self.focus_first()

    def show_totals(self, total: Callable[[Routine], float]) -> None:
        """Each card's length as it plays now (``total``: holds grown by the sessions done)."""
        for card in self.cards:
            if card.entry.routine is not None:
                card.show_total(total(card.entry.routine))

    def show_last_done(self, last: Mapping[str, date]) -> None:
        """Each card's last completed day, by routine name (as the history records it)."""
        for card in self.cards:
            if card.entry.routine is not None:
                card.show_last_done(last.get(card.entry.routine.name))

    def _place_cards(self) -> None:
        builtin = [c for c in self.cards if c.entry.builtin]
        own = [c for c in self.cards if not c.entry.builtin]
        for grid, cards in ((self._builtin_grid, builtin), (self._own_grid, own)):
            for number, card in enumerate(cards):
                grid.removeWidget(card)
                grid.addWidget(card, number // self._columns, number % self._columns)
            for column in range(2):
                grid.setColumnStretch(column, 1 if column < self._columns else 0)
        self.empty_state.setVisible(not own)
        self._order_focus([*builtin, *own])

    def _order_focus(self, cards: Sequence[RoutineCard]) -> None:
        """Tab reads the screen as the eye does: the header's actions, then each card, row by row
        (cards are made after the header, so Qt's own order would put them first)."""
        chain: list[QWidget] = [self.new_button, self.reminders_button, self.progress_button,
                                self.settings_button]
        for card in cards:
            chain += card.findChildren(QPushButton)
        chain.append(self.empty_new_button)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = 2 if event.size().width() >= TWO_COLUMNS else 1
        if columns != self._columns:
            self._columns = columns
            self._place_cards()

    def focus_first(self) -> None:
        """Give the keyboard to the first routine's Start button, so Enter starts it."""
        for card in self.cards:
            button = getattr(card, "start_button", None)
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
