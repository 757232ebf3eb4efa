"""Shown when a routine reaches its end: time spent, and what was done, partly done or skipped."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from stretchtimer.core.checkin import LOOSE, VERY_TIGHT, CheckIns, Rating, ending_side
from stretchtimer.core.formatting import clock
from stretchtimer.core.model import Library
from stretchtimer.core.outcome import Outcome, Status, summarize
from stretchtimer.core.session import Session
from stretchtimer.ui import style
from stretchtimer.ui.checkin_row import CheckInRow, noted
from stretchtimer.ui.coaching import Coaching
from stretchtimer.ui.icons import action_icon
from stretchtimer.ui.look import side_word
from stretchtimer.ui.stiffness_row import StiffnessRow, stiffness_noted


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


def _tile(value: QLabel, words: QLabel) -> QFrame:
    """One figure of the summary (exercises, minutes, streak): big number, small words."""
    tile = QFrame(objectName="card")
    value.setAlignment(Qt.AlignmentFlag.AlignCenter)
    words.setProperty("role", "dim")
    words.setAlignment(Qt.AlignmentFlag.AlignCenter)
    column = QVBoxLayout(tile)
    column.setContentsMargins(style.SPACE_L, style.SPACE_M, style.SPACE_L, style.SPACE_M)
    column.addWidget(value)
    column.addWidget(words)
    return tile


# The summary is drawn at its own size up to this window size; larger (full screen, floor mode)
# it grows with the window, up to MAX_ZOOM times, so it reads from the mat like the player.
NATURAL_SIZE = QSize(1100, 720)
MAX_ZOOM = 2.0
WIDEST = 720  # pixels at zoom 1: the details and the questions
DONE_WIDTH = 240  # pixels at zoom 1: the Done button
RATING_BUTTON = 36  # pixels at zoom 1: each rating button's side


def zoom_for(size: QSize) -> float:
    """How much larger than its own size the summary is drawn in a window of ``size``."""
    return max(1.0, min(MAX_ZOOM, size.height() / NATURAL_SIZE.height(),
                        size.width() / NATURAL_SIZE.width()))


class SummaryView(QWidget):
    """What was done, the streak, and one large Done; do it again and progress as secondary actions."""

    home_requested = Signal()
    again_requested = Signal()
    progress_requested = Signal()
    answered = Signal(str)  # the last side or the back stiffness was rated: what to tell screen readers
    after_answered = Signal(object, object)  # then: the last side's Rating (or None), the stiffness (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base_points = self.font().pointSizeF()
        self.zoom = 0.0  # none applied yet
        self.heading = QLabel(self.tr("Well done!"), objectName="summaryHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.exercises, self.minutes, self.streak = QLabel(), QLabel(), QLabel()
        tiles = QHBoxLayout()
        tiles.setSpacing(style.SPACE_M)
        tiles.addStretch(1)
        # The words under a count agree with it, set with the count (see show_summary).
        self.exercises_words, self.streak_words = QLabel(), QLabel()
        self.minutes_words = QLabel(self.tr("stretching"))
        self.tiles = [_tile(self.exercises, self.exercises_words),
                      _tile(self.minutes, self.minutes_words),
                      _tile(self.streak, self.streak_words)]
        for tile in self.tiles:
            tiles.addWidget(tile)
        tiles.addStretch(1)
        self.details = QLabel(objectName="summaryDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # holds the routine's name as written
        details_card = QFrame(objectName="card")
        card_column = QVBoxLayout(details_card)
        card_column.setContentsMargins(style.SPACE_L, style.SPACE_M, style.SPACE_L, style.SPACE_M)
        card_column.addWidget(self.details)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details_card)
        self._scroll, self._details_card = scroll, details_card
        # As tall as the list needs, so the space above and below gives way first in a small window.
        scroll.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
        home = style.accent(QPushButton(action_icon("done", self.palette().highlightedText().color()),
                                        self.tr("Done"), objectName="homeButton"))
        home.setAccessibleName(self.tr("Done: back to routines"))
        home.setProperty("large", True)  # the screen's one way on, big enough to hit from the mat
        home.clicked.connect(self.home_requested)
        again = style.flat(QPushButton(action_icon("restart"), self.tr("Do it again"),
                                       objectName="againButton"))
        again.clicked.connect(self.again_requested)
        progress = style.flat(QPushButton(action_icon("progress"), self.tr("See your progress"),
                                          objectName="progressButton"))
        progress.clicked.connect(self.progress_requested)
        secondary = QHBoxLayout()
        secondary.addStretch(1)
        secondary.addWidget(again)
        secondary.addWidget(progress)
        secondary.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.SPACE_M)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addLayout(tiles)
        layout.addWidget(scroll, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._make_questions(), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(style.SPACE_S)
        layout.addWidget(home, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(secondary)
        layout.addStretch(1)
        self.home_button, self.again_button, self.progress_button = home, again, progress
        for button in (home, again, progress):
            button.setAutoDefault(True)  # Enter presses the focused button; Esc goes home (the window's key)
        # Each text's step of the type scale (and whether bold), applied with the zoom.
        self._type: list[tuple[QWidget, float, bool]] = [
            (self.heading, style.TITLE * 1.3, True), (self.details, style.LARGE, False),
            (home, style.LARGE, True), (again, 1.0, False), (progress, 1.0, False),
            (self.exercises_words, 1.0, False), (self.streak_words, 1.0, False),
            (self.minutes_words, 1.0, False)]
        self._type += [(value, style.TITLE, True) for value in (self.exercises, self.minutes, self.streak)]
        self._type += [(widget, 1.0, False) for row in (self.side_row, self.stiffness_row)
                       for widget in (row.label, *row.buttons)]
        self.apply_zoom(1.0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_zoom(zoom_for(event.size()))
        self._fit_details()

    def apply_zoom(self, zoom: float) -> None:
        """Every text, the widest parts and the buttons at ``zoom`` times their own size."""
        if abs(zoom - self.zoom) < 0.02:
            return
        self.zoom = zoom
        for widget, scale, bold in self._type:
            font = QFont(widget.font())
            font.setPointSizeF(self._base_points * scale * zoom)
            font.setBold(bold)
            widget.setFont(font)
        self.home_button.setMinimumWidth(round(DONE_WIDTH * zoom))
        for button in [*self.side_row.buttons, *self.stiffness_row.buttons]:
            button.setMinimumSize(round(RATING_BUTTON * zoom), round(RATING_BUTTON * zoom))

    def _fit_details(self) -> None:
        """The details and the questions as wide as the zoom makes them (or the view allows), the
        details as tall as their lines at that width up to two fifths of the view (longer, they
        scroll): wrapped lines then get the height they need at any zoom."""
        width = max(200, min(round(WIDEST * max(self.zoom, 1.0)), self.width() - 2 * style.SPACE_L))
        self._scroll.setFixedWidth(width)
        self.questions.setFixedWidth(width)
        card = self._details_card
        needed = card.heightForWidth(width) if card.hasHeightForWidth() else card.sizeHint().height()
        self._scroll.setMinimumHeight(min(needed, max(self.height() * 2 // 5, 120)))

    def _make_questions(self) -> QFrame:
        """The side that ended the routine (it had no switch or rest to be rated in) and the back
        stiffness after it: both optional, by the keys or a click."""
        self.questions = QFrame(objectName="card")
        self.side_row = CheckInRow(focusable=True)
        self.side_row.rated.connect(self.rate_side)
        self.stiffness_row = StiffnessRow(after=True, focusable=True)
        self.stiffness_row.rated.connect(lambda v: self.answered.emit(stiffness_noted(v)))
        self.answered.connect(
            lambda _text: self.after_answered.emit(self.side_rating, self.stiffness_row.value))
        column = QVBoxLayout(self.questions)
        column.setContentsMargins(style.SPACE_L, style.SPACE_S, style.SPACE_L, style.SPACE_S)
        column.addWidget(self.side_row)
        column.addWidget(self.stiffness_row)
        self._checkins: CheckIns | None = None
        self._spent: dict[int, float] = {}  # seconds run by segment in the run summed up
        self.side_rating: Rating | None = None
        self.questions.hide()
        return self.questions

    def ask_after(self, coaching: Coaching, session: Session, recorded: bool) -> None:
        """Ask for the side that ended the run and the back stiffness, when this run asks for them
        and goes into the history."""
        checkins = coaching.checkins if recorded else None
        if checkins is not None and checkins.timeline is not session.timeline:
            checkins = None
        stiffness = recorded and coaching.stiffness
        self._checkins, self.side_rating = checkins, None
        self._spent = session.spent()
        side = ending_side(checkins.timeline, self._spent) if checkins is not None else None
        if side is not None:
            self.side_row.ask(side.side, None)
        self.side_row.setVisible(side is not None)
        self.stiffness_row.ask(None)
        self.stiffness_row.setVisible(stiffness)
        self.questions.setVisible(side is not None or stiffness)

    def rate_side(self, value: int) -> None:
        checkins = self._checkins
        if checkins is None:
            return
        rating = checkins.rate(len(checkins.timeline) - 1, value, self._spent)
        if rating is not None:
            self.side_rating = rating
            self.side_row.ask(rating.side, rating)
            self.answered.emit(noted(rating))

    def key_rating(self, value: int) -> None:
        """A digit key: 1-5 rate the last side until it is rated, then digits give the stiffness."""
        side_open = self.side_row.isVisibleTo(self) and self.side_rating is None
        if side_open and LOOSE <= value <= VERY_TIGHT:
            self.rate_side(value)
        elif self.stiffness_row.isVisibleTo(self):
            self.stiffness_row.typed(value)
        elif self.side_row.isVisibleTo(self) and LOOSE <= value <= VERY_TIGHT:
            self.rate_side(value)

    def show_summary(self, session: Session, library: Library, language: str,
                     recorded: bool = True, streak: int | None = None) -> None:
        """``streak`` counts this run when it completed; None hides it (no history to count from)."""
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
        self._fit_details()
        done = {p.exercise for p in outcome.parts if p.status is not Status.SKIPPED}
        self.exercises.setText(str(len(done)))
        # English has no catalogue to choose its plural: "exercise" is its own line for one.
        self.exercises_words.setText(self.tr("exercise") if len(done) == 1 else
                                     self.tr("exercises", "", len(done)))
        self.minutes.setText(clock(outcome.spent))
        self.streak.setText(str(streak or 0))
        self.streak_words.setText(self.tr("day streak", "", streak or 0))
        self.tiles[2].setVisible(streak is not None)
        self.home_button.setFocus()
