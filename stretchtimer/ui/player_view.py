"""The player: picture, instructions, a countdown readable from the floor, and controls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.core.checkin import LOOSE, VERY_TIGHT
from stretchtimer.core.formatting import clock
from stretchtimer.core.frames import frame_for, warmup_frame
from stretchtimer.core.model import Exercise, Library
from stretchtimer.core.session import Session, State, shown_clock
from stretchtimer.core.timeline import Phase, Segment, Timeline
from stretchtimer.ui import coaching, style
from stretchtimer.ui.breath_pacer import BreathPacer
from stretchtimer.ui.checkin_row import CheckInRow, noted
from stretchtimer.ui.fit_label import FitLabel
from stretchtimer.ui.illustration import Illustration
from stretchtimer.ui.keys import ADJUST_STEP
from stretchtimer.ui.look import PHASE_COLOURS, phase_colour, phase_word
from stretchtimer.ui.player_words import (
    big_line,
    current_instruction,
    exercise_of,
    rep_of,
    side_phrase,
    up_next,
    warmup_instruction,
)
from stretchtimer.ui.progress_bars import PhaseBar, RoutineBar
from stretchtimer.ui.step_list import StepList
from stretchtimer.ui.stiffness_row import StiffnessRow, stiffness_noted

ADJUST_BUTTONS_FROM = 900  # pixels of width from which the control row has room for +10 s and −10 s
COMPACT_BELOW = 640  # pixels of player height under which the list of steps gives way to the big line


class PlayerView(QWidget):
    """Shows the session; the buttons ask the window to act through signals."""

    back_requested = Signal()
    toggle_requested = Signal()
    skip_requested = Signal()
    restart_requested = Signal()
    floor_requested = Signal()
    mute_requested = Signal()
    stop_requested = Signal()
    adjust_requested = Signal(int)  # seconds to add to (or, below 0, take from) the hold
    rated = Signal(str)  # a side was rated: what to tell screen readers
    breath_turned = Signal()  # the breath pacer turned from in to out or back, with sound asked for

    def __init__(self, assets_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reduce_motion = False  # one still picture a phase instead of moving frames
        self.floor_mode = False
        self.sound_available = True
        self._reps_main = self._holding = False
        self._grown = False  # the safety line says the hold has grown: shown in floor mode too
        self._timeline: Timeline | None = None
        self._session: Session | None = None
        self.banner = QFrame(objectName="phaseBanner")
        self.phase_label = QLabel(objectName="phaseLabel")
        self.side_label = QLabel(objectName="sideLabel")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(18, 8, 18, 8)
        banner_row.addWidget(self.phase_label, 1)
        banner_row.addWidget(self.side_label)

        self.illustration = Illustration(assets_dir / "illustrations")
        self.exercise_label = FitLabel("exerciseLabel", bold=True)
        self.countdown = QLabel("0:00", objectName="countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # A screen reader reads the time itself as the name, and this as what it is.
        self.countdown.setAccessibleDescription(self.tr("Time left in this phase"))
        # During counted moves the count is what matters from the mat: it takes the big size.
        self.reps_label = FitLabel("repsLabel", wrap=False, bold=True)
        self.reps_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_progress = PhaseBar()
        self.phase_progress.setAccessibleName(self.tr("Phase progress"))
        # The one line of what to do now, large enough to read from the mat (see _show_details).
        self.now_label = FitLabel("nowLabel", bold=True)
        self.now_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.instructions = StepList()
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self._instructions_shown: tuple[str, int, str] | None = None
        self.safety = FitLabel("safety")
        self.coaching = coaching.Coaching()  # set by the window for each run
        self.pacer = BreathPacer()
        self.pacer.hide()
        self.checkin = CheckInRow()
        self.checkin.rated.connect(self.rate)
        self.stiffness = StiffnessRow(after=False)
        self.stiffness.rated.connect(self.rate_stiffness)

        text_column = self._text_column = QVBoxLayout()
        text_column.addWidget(self.exercise_label)
        text_column.addWidget(self.reps_label)
        text_column.addWidget(self.countdown)
        text_column.addWidget(self.phase_progress)
        text_column.addWidget(self.pacer)
        text_column.addWidget(self.now_label)
        text_column.addWidget(self.instructions, 2)
        text_column.addWidget(self.safety)
        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 5)
        middle.addLayout(text_column, 6)

        self.exercise_count = QLabel(objectName="exerciseCount")
        self.routine_progress = RoutineBar()
        self.routine_progress.setAccessibleName(self.tr("Routine progress"))
        routine_row = QHBoxLayout()
        routine_row.addWidget(self.exercise_count)
        routine_row.addWidget(self.routine_progress, 1)
        self.remaining_label = FitLabel("remainingLabel")
        self.next_label = FitLabel("nextLabel")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        info_row = QHBoxLayout()
        info_row.addWidget(self.remaining_label, 2)
        info_row.addLayout(self._make_sound_indicator(), 2)
        info_row.addWidget(self.next_label, 3)  # the longest: "Up next: Switch to the right side"

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.checkin)
        layout.addWidget(self.stiffness)
        layout.addLayout(routine_row)
        layout.addLayout(info_row)
        layout.addLayout(self._make_controls())
        self._apply_fonts()

    def _make_sound_indicator(self) -> QHBoxLayout:
        # Said once at start when no sound output is there; it sits in room kept for it between
        # the time left and what comes next, so nothing moves when it appears.
        self.sound_icon = QLabel(objectName="soundIcon")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolumeMuted)
        self.sound_icon.setPixmap(icon.pixmap(22, 22))
        self.sound_label = FitLabel("soundLabel")
        self.sound_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.sound_icon, self.sound_label):
            widget.setVisible(False)
        row = QHBoxLayout()
        row.addStretch(0)
        row.addWidget(self.sound_icon)
        row.addWidget(self.sound_label, 1)
        return row

    def _make_controls(self) -> QHBoxLayout:
        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        for key, text, tip, signal in (
            ("back", self.tr("◀ Back"), self.tr("Previous phase (Left, Page Up)"), self.back_requested),
            ("toggle", self.tr("Pause"), self.tr("Pause or resume (Space)"), self.toggle_requested),
            ("skip", self.tr("Skip ▶"), self.tr("Next phase (Right, Page Down)"), self.skip_requested),
            ("less", self.tr("−10 s"), self.tr("10 seconds less of this hold"), None),
            ("more", self.tr("+10 s"), self.tr("10 seconds more of this hold"), None),
            ("restart", self.tr("Restart"), self.tr("Start the routine again (R)"), self.restart_requested),
            ("floor", self.tr("Floor mode"), self.tr("Full screen, readable from the mat (F, F11)"),
             self.floor_requested),
            ("mute", self.tr("Mute"), self.tr("Sound cues on or off (M)"), self.mute_requested),
            ("stop", self.tr("Stop"), self.tr("Leave this routine"), self.stop_requested),
        ):
            button = QPushButton(text, objectName=f"{key}Button")
            button.setAccessibleName(text.strip("◀▶ "))  # the word, not the arrow drawn beside it
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            # Keys belong to the window's shortcuts: a focused button would eat Space.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(44)
            if signal is not None:
                button.clicked.connect(signal)
            controls.addWidget(button)
            self.buttons[key] = button
        style.accent(self.buttons["toggle"]).setMinimumWidth(120)  # the one main action, in the accent colour
        self.buttons["less"].clicked.connect(lambda: self.adjust_requested.emit(-ADJUST_STEP))
        self.buttons["more"].clicked.connect(lambda: self.adjust_requested.emit(ADJUST_STEP))
        controls.insertStretch(5, 1)
        return controls

    # --- look ----------------------------------------------------------------
    def set_floor_mode(self, on: bool) -> None:
        self.floor_mode = on
        self._show_details()
        for key in ("restart", "mute", "stop"):
            self.buttons[key].setVisible(not on)
        self.buttons["floor"].setText(self.tr("Leave floor mode") if on else self.tr("Floor mode"))
        self._apply_fonts()

    def set_muted(self, muted: bool) -> None:
        self.buttons["mute"].setText(self.tr("Unmute") if muted else self.tr("Mute"))

    def set_sound_available(self, available: bool) -> None:
        """No output device: say so steadily, and the mute button has nothing to do."""
        self.sound_available = available
        text = "" if available else self.tr("No sound output — cues are shown on screen only")
        self.sound_label.setText(text)
        self.sound_label.setToolTip(text)
        self.sound_label.setAccessibleName(text)
        self.sound_icon.setVisible(not available)
        self.sound_label.setVisible(not available)
        mute = self.buttons["mute"]
        mute.setEnabled(available)
        mute.setToolTip(self.tr("Sound cues on or off (M)") if available
                        else self.tr("Sound is unavailable: no sound output was found"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_details()
        self._show_adjust()
        self._apply_fonts()

    def _show_adjust(self) -> None:
        """+10 s and −10 s during a hold, when the row has room for them (the keys work anyway)."""
        for key in ("less", "more"):
            self.buttons[key].setVisible(self._holding and self.width() >= ADJUST_BUTTONS_FROM)

    def _show_details(self) -> None:
        """The steps give way in floor mode and a small window (the big line says the one under way),
        and the big line takes the room they leave; beside them it takes only what its text needs.
        The safety note stays unless in floor mode, where only a grown hold's note is shown."""
        steps = not self.floor_mode and self.height() >= COMPACT_BELOW
        self.instructions.setVisible(steps)
        self._text_column.setStretchFactor(self.now_label, 0 if steps else 3)
        self.safety.setVisible(not self.floor_mode or self._grown)

    def _apply_fonts(self) -> None:
        height = max(300, self.height())
        width = max(400, self.width())
        floor = self.floor_mode
        # Floor mode shares the height between the countdown and the big line: both must read from the mat.
        big = int(min(height * (0.22 if floor else 0.2), width * (0.2 if floor else 0.12)))
        info_size = int(height * (0.028 if floor else 0.022)) + 6
        digits = QFont(self.font())
        # During counted moves the time steps back and the count is the main number.
        digits.setPixelSize(int(info_size * 1.5) if self._reps_main else big)
        digits.setBold(True)
        digits.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(digits)
        self.reps_label.set_pixel_sizes(int(big * 0.8), 14)
        banner = QFont(self.font())
        banner.setPixelSize(int(height * (0.065 if floor else 0.045)))
        banner.setBold(True)
        self.phase_label.setFont(banner)
        self.side_label.setFont(banner)
        self.banner.setMinimumHeight(int(banner.pixelSize() * 1.6) + 16)
        self.exercise_label.set_pixel_sizes(int(height * (0.055 if floor else 0.04)), 12)
        self.now_label.set_pixel_sizes(int(height * (0.07 if floor else 0.045)),
                                       int(height * 0.03) if floor else 12)
        for label in (self.next_label, self.remaining_label):
            label.set_pixel_sizes(info_size, 10)
        small = int(info_size * 0.75)
        self.sound_label.set_pixel_sizes(small, 9)
        self.sound_label.setMaximumHeight(int(info_size * 2.6))  # two lines of the row's text
        count = QFont(self.font())
        count.setPixelSize(info_size)
        self.exercise_count.setFont(count)
        # In floor mode the few buttons left are found from further away, so they grow too.
        button = QFont(self.font())
        if floor:
            button.setPixelSize(max(button.pixelSize(), int(info_size * 0.7)))
        for widget in self.buttons.values():
            widget.setFont(button)
        body = QFont(self.font())
        body.setPixelSize(int(height * 0.014) + 8)
        self.instructions.setFont(body)
        # In floor mode it says only that the hold has grown: one line, read from the mat.
        self.safety.set_pixel_sizes(info_size if floor else body.pixelSize(),
                                    int(info_size * 0.8) if floor else 9)
        self.pacer.setFixedHeight(max(56, int(height * (0.15 if floor else 0.1))))
        for row in (self.checkin, self.stiffness):  # answered from the mat: as large as the controls
            row.label.setFont(count)
            for rating in row.buttons:
                rating.setFont(button)
                rating.setMinimumHeight(max(40, button.pixelSize() * 2))

    def _paint_banner(self, phase: Phase, paused: bool) -> None:
        colour = "#6B6B6B" if paused else PHASE_COLOURS[phase]
        self.banner.setStyleSheet(
            f"#phaseBanner {{ background: {colour}; border-radius: 10px; }}"
            "#phaseBanner QLabel { color: white; }"
        )

    # --- content ---------------------------------------------------------------
    def show_session(self, session: Session, library: Library) -> None:
        """Show everything about the session at this moment."""
        self._session = session
        segment = session.segment
        timeline = session.timeline
        paused = session.state is State.PAUSED
        elapsed = session.elapsed()
        exercise = library[segment.exercise] if segment.exercise else None
        if timeline is not self._timeline:
            self._timeline = timeline
            self.routine_progress.set_timeline(timeline)

        phase_text = phase_word(segment.phase)
        self.phase_label.setText(self.tr("Paused — %1").replace("%1", phase_text) if paused else phase_text)
        side = side_phrase(segment.side)
        self.side_label.setText(side)
        self.side_label.setVisible(bool(side))
        self._paint_banner(segment.phase, paused)

        self._show_time(session)
        self._show_reps(rep_of(segment, elapsed))
        colour = QColor("#6B6B6B") if paused else phase_colour(segment.phase)
        self.pacer.reduce_motion = self.reduce_motion
        if self.coaching.turned(session) and self.coaching.sound:
            self.breath_turned.emit()
        self.now_label.setText(coaching.show(self.coaching, session, library, self.pacer, self.checkin,
                                             colour, big_line(timeline, segment, elapsed, library)))
        self._holding = segment.phase is Phase.HOLD
        self._show_adjust()
        asks = self.coaching.asks_stiffness(session)
        if asks and self.stiffness.isHidden():
            self.stiffness.ask(self.coaching.before)
        self.stiffness.setVisible(asks)

        if exercise is not None:
            self.exercise_label.setText(exercise.name)
            frame = frame_for(exercise, segment, elapsed, still=self.reduce_motion)
            self.illustration.show_frame(frame, exercise.name, exercise.alt)
            self._show_instructions(exercise, segment, elapsed)
            grown = coaching.grown_by(timeline, segment, library)
            if bool(grown) != self._grown:
                self._grown = bool(grown)
                self._show_details()
            self.safety.setText(coaching.grown_note(grown) if grown else
                                self.tr("Safety: %1").replace("%1", exercise.safety[0])
                                if exercise.safety else "")
        else:
            if self._grown:
                self._grown = False
                self._show_details()
            self._show_pause_content(segment, elapsed, timeline.next_exercise(segment.index), library)

        length = session.duration  # with what + and - added or took
        self.phase_progress.set_progress(1.0 if length <= 0 else elapsed / length,
                                         colour)
        self.routine_progress.set_done(session.done_seconds(), colour)
        self.exercise_count.setText(exercise_of(timeline, segment))
        self.remaining_label.setText(self.tr("%1 left in the routine")
                                     .replace("%1", clock(session.total_remaining())))
        self.next_label.setText(up_next(timeline, segment, library))
        self.buttons["toggle"].setText(self.tr("Resume") if paused else self.tr("Pause"))

    def rate(self, value: int) -> None:
        """A tightness rating for the side just done (a key or a button); ignored at other times."""
        rating = self.coaching.rate(self._session, value)
        if rating is not None:
            self.checkin.ask(rating.side, rating)
            self.rated.emit(noted(rating))

    def key_rating(self, value: int) -> None:
        """A digit key: the back stiffness on the first screen when asked, else the side just done."""
        if self.coaching.asks_stiffness(self._session):
            self.stiffness.typed(value)
        elif LOOSE <= value <= VERY_TIGHT:
            self.rate(value)

    def rate_stiffness(self, value: int) -> None:
        """The back stiffness before the routine (a key or a button), kept for this run's record."""
        if self.coaching.asks_stiffness(self._session):
            self.coaching.before = value
            self.rated.emit(stiffness_noted(value))

    def _show_time(self, session: Session) -> None:
        """The one place the countdown's text is set."""
        self.countdown.setText(shown_clock(session))

    def _show_reps(self, text: str) -> None:
        self.reps_label.setText(text)
        self.reps_label.setVisible(bool(text))
        if bool(text) != self._reps_main:
            self._reps_main = bool(text)
            self._apply_fonts()

    def _show_instructions(self, exercise: Exercise, segment: Segment, elapsed: float) -> None:
        current = current_instruction(segment, elapsed, len(exercise.instructions))
        shown = (exercise.id, current, self.palette().windowText().color().name())
        if shown != self._instructions_shown:  # rewritten when the step changes, not every second
            self._instructions_shown = shown
            self.instructions.show_steps(exercise.instructions, current)

    def _show_pause_content(self, segment: Segment, elapsed: float, upcoming: Segment | None,
                            library: Library) -> None:
        self._instructions_shown = None
        self.safety.setText("")
        if segment.phase is Phase.WARMUP:
            self.exercise_label.setText(self.tr("Warm up gently"))
            # What to do is the big line; the list adds why.
            self.instructions.show_text(self.tr("<p>Warm muscles stretch further and more safely.</p>"))
            frame = warmup_frame(elapsed, still=self.reduce_motion)
            self.illustration.show_frame(frame, self.tr("Warm up gently"), warmup_instruction())
            return
        if segment.phase is Phase.REST:
            self.exercise_label.setText(self.tr("Rest and breathe"))
            self.instructions.show_text(self.tr("<p>Relax and breathe slowly.</p>"))
        else:
            self.exercise_label.setText(self.tr("Routine complete"))
            self.instructions.show_text("")
        if upcoming is not None and upcoming.exercise:
            nxt = library[upcoming.exercise]
            self.illustration.show_frame(frame_for(nxt, upcoming, 0.0), nxt.name, nxt.alt)
        else:
            self.illustration.clear()
