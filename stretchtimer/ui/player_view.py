"""The player: picture, instructions, a countdown readable from the floor, and controls."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.core.formatting import clock
from stretchtimer.core.model import Exercise, Library
from stretchtimer.core.session import Session, State, shown_clock
from stretchtimer.core.timeline import Phase, Segment
from stretchtimer.ui.illustration import Illustration
from stretchtimer.ui.look import PHASE_COLOURS, phase_word, side_word


def current_instruction(segment: Segment, elapsed: float, count: int) -> int:
    """Which instruction to emphasise: the set-up steps while preparing, the later ones while holding."""
    if count <= 1 or segment.duration <= 0:
        return 0
    fraction = min(0.999, max(0.0, elapsed / segment.duration))
    if segment.phase is Phase.PREPARE:
        return int(fraction * (count - 1))
    if segment.phase in (Phase.HOLD, Phase.REPS):
        first = count // 2
        return first + int(fraction * (count - first))
    return 0


def frame_for(exercise: Exercise, segment: Segment, elapsed: float, *, still: bool = False) -> str:
    """The picture for the moment: start and end frames in time with the moves, else the side's frame.

    Frames are "<id>-1" and "<id>-2": start and end of a move, or the left and right side of
    a sided stretch, or the set-up and the held position of a stretch done once. ``still``
    (reduce motion) keeps one picture through a phase instead of alternating.
    """
    frames = exercise.frames
    if not frames:
        return ""
    if len(frames) == 1:
        return frames[0]
    moving = segment.phase in (Phase.HOLD, Phase.REPS)
    if segment.phase is Phase.REPS and segment.tempo:
        if still:
            return frames[0]
        return frames[1] if (elapsed % segment.tempo) >= segment.tempo / 2 else frames[0]
    if exercise.kind == "roller":
        return frames[int(elapsed // 2) % 2] if moving and not still else frames[0]
    if exercise.kind == "dynamic" or not exercise.sided:
        return frames[1] if moving else frames[0]
    return frames[1] if segment.side == "right" else frames[0]


class PlayerView(QWidget):
    """Shows the session; the buttons ask the window to act through signals."""

    back_requested = Signal()
    toggle_requested = Signal()
    skip_requested = Signal()
    restart_requested = Signal()
    floor_requested = Signal()
    mute_requested = Signal()
    stop_requested = Signal()

    def __init__(self, assets_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reduce_motion = False  # one still picture a phase instead of moving frames
        self.floor_mode = False
        self.banner = QFrame(objectName="phaseBanner")
        self.phase_label = QLabel(objectName="phaseLabel")
        self.side_label = QLabel(objectName="sideLabel")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(18, 8, 18, 8)
        banner_row.addWidget(self.phase_label, 1)
        banner_row.addWidget(self.side_label)

        self.illustration = Illustration(assets_dir / "illustrations")
        self.exercise_label = QLabel(objectName="exerciseLabel")
        self.exercise_label.setWordWrap(True)
        self.countdown = QLabel("0:00", objectName="countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # A screen reader reads the time itself as the name, and this as what it is.
        self.countdown.setAccessibleDescription(self.tr("Time left in this phase"))
        self.reps_label = QLabel(objectName="repsLabel")
        self.reps_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Text, not pixels: a screen reader reads it, and a small window scrolls it to the
        # step under way. It takes no focus, so the arrow keys stay the player's.
        self.instructions = QTextBrowser(objectName="instructions")
        self.instructions.setFrameShape(QFrame.Shape.NoFrame)
        self.instructions.setOpenLinks(False)
        self.instructions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.instructions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.instructions.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.instructions.viewport().setAutoFillBackground(False)
        self.instructions.setStyleSheet("QTextBrowser { background: transparent; }")
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self._instructions_shown: tuple[str, int, str] | None = None
        self.safety = QLabel(objectName="safety")
        self.safety.setWordWrap(True)

        text_column = QVBoxLayout()
        text_column.addWidget(self.exercise_label)
        text_column.addWidget(self.countdown)
        text_column.addWidget(self.reps_label)
        text_column.addWidget(self.instructions, 1)
        text_column.addWidget(self.safety)
        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 5)
        middle.addLayout(text_column, 6)

        self.phase_progress = QProgressBar(objectName="phaseProgress", textVisible=False)
        self.phase_progress.setAccessibleName(self.tr("Phase progress"))
        self.routine_progress = QProgressBar(objectName="routineProgress", textVisible=False)
        self.routine_progress.setAccessibleName(self.tr("Routine progress"))
        self.remaining_label = QLabel(objectName="remainingLabel")
        self.next_label = QLabel(objectName="nextLabel")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        info_row = QHBoxLayout()
        info_row.addWidget(self.remaining_label, 1)
        info_row.addWidget(self.next_label, 1)

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        for key, text, tip, signal in (
            ("back", self.tr("◀ Back"), self.tr("Previous phase (Left, Page Up)"), self.back_requested),
            ("toggle", self.tr("Pause"), self.tr("Pause or resume (Space)"), self.toggle_requested),
            ("skip", self.tr("Skip ▶"), self.tr("Next phase (Right, Page Down)"), self.skip_requested),
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
            button.clicked.connect(signal)
            controls.addWidget(button)
            self.buttons[key] = button
        controls.insertStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.phase_progress)
        layout.addWidget(self.routine_progress)
        layout.addLayout(info_row)
        layout.addLayout(controls)
        self._details = [self.instructions, self.safety]
        self._apply_fonts()

    # --- look ----------------------------------------------------------------
    def set_floor_mode(self, on: bool) -> None:
        self.floor_mode = on
        for widget in self._details:
            widget.setVisible(not on)
        for key in ("restart", "mute", "stop"):
            self.buttons[key].setVisible(not on)
        self.buttons["floor"].setText(self.tr("Leave floor mode") if on else self.tr("Floor mode"))
        self._apply_fonts()

    def set_muted(self, muted: bool) -> None:
        self.buttons["mute"].setText(self.tr("Unmute") if muted else self.tr("Mute"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        height = max(300, self.height())
        width = max(400, self.width())
        share = 0.34 if self.floor_mode else 0.2
        digits = QFont(self.font())
        digits.setPixelSize(int(min(height * share, width * (0.2 if self.floor_mode else 0.12))))
        digits.setBold(True)
        digits.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(digits)
        banner = QFont(self.font())
        banner.setPixelSize(int(height * (0.075 if self.floor_mode else 0.045)))
        banner.setBold(True)
        self.phase_label.setFont(banner)
        self.side_label.setFont(banner)
        self.banner.setMinimumHeight(int(banner.pixelSize() * 1.6) + 16)
        name = QFont(self.font())
        name.setPixelSize(int(height * (0.06 if self.floor_mode else 0.04)))
        name.setBold(True)
        self.exercise_label.setFont(name)
        info = QFont(self.font())
        info.setPixelSize(int(height * (0.035 if self.floor_mode else 0.022)) + 6)
        self.reps_label.setFont(info)
        self.next_label.setFont(info)
        self.remaining_label.setFont(info)
        body = QFont(self.font())
        body.setPixelSize(int(height * 0.014) + 8)
        self.instructions.setFont(body)
        self.safety.setFont(body)

    def _paint_banner(self, phase: Phase, paused: bool) -> None:
        colour = "#6B6B6B" if paused else PHASE_COLOURS[phase]
        self.banner.setStyleSheet(
            f"#phaseBanner {{ background: {colour}; border-radius: 10px; }}"
            "#phaseBanner QLabel { color: white; }"
        )

    # --- content ---------------------------------------------------------------
    def show_session(self, session: Session, library: Library) -> None:
        """Show everything about the session at this moment."""
        segment = session.segment
        paused = session.state is State.PAUSED
        elapsed = session.elapsed()
        exercise = library[segment.exercise] if segment.exercise else None
        upcoming = session.timeline.next_exercise(segment.index)

        phase_text = phase_word(segment.phase)
        self.phase_label.setText(self.tr("Paused — %1").replace("%1", phase_text) if paused
                                 else phase_text)
        side = side_word(segment.side)
        side_text = self.tr("%1 side").replace("%1", side)
        self.side_label.setText(side_text[:1].upper() + side_text[1:] if side else "")
        self.side_label.setVisible(bool(side))
        self._paint_banner(segment.phase, paused)

        self.countdown.setText(shown_clock(session))
        if segment.phase is Phase.REPS and segment.reps:
            self.reps_label.setText(self.tr("Rep %1 of %2")
                                    .replace("%1", str(segment.rep_at(elapsed)))
                                    .replace("%2", str(segment.reps)))
        else:
            self.reps_label.setText("")

        if exercise is not None:
            self.exercise_label.setText(exercise.name)
            frame = frame_for(exercise, segment, elapsed, still=self.reduce_motion)
            self.illustration.show_frame(frame, exercise.name, exercise.alt)
            self._show_instructions(exercise, segment, elapsed)
            self.safety.setText(self.tr("Safety: %1").replace("%1", exercise.safety[0])
                                if exercise.safety else "")
        else:
            self._show_pause_content(segment, upcoming, library)

        phase_share = 1000 if segment.duration == 0 else int(1000 * elapsed / segment.duration)
        self.phase_progress.setRange(0, 1000)
        self.phase_progress.setValue(phase_share)
        total = max(1, session.timeline.total)
        self.routine_progress.setRange(0, 1000)
        self.routine_progress.setValue(int(1000 * session.done_seconds() / total))
        self.remaining_label.setText(self.tr("%1 left in the routine")
                                     .replace("%1", clock(session.total_remaining())))
        if upcoming is not None and upcoming.exercise:
            self.next_label.setText(self.tr("Up next: %1").replace("%1", library[upcoming.exercise].name))
        else:
            self.next_label.setText(self.tr("Up next: finish") if segment.phase is not Phase.DONE else "")
        self.buttons["toggle"].setText(self.tr("Resume") if paused else self.tr("Pause"))

    def _show_instructions(self, exercise: Exercise, segment: Segment, elapsed: float) -> None:
        current = current_instruction(segment, elapsed, len(exercise.instructions))
        text, back = self.palette().windowText().color(), self.palette().window().color()
        shown = (exercise.id, current, text.name())
        if shown == self._instructions_shown:
            return  # rewritten only when the step under way changes, not every second
        self._instructions_shown = shown
        dim = QColor(
            (text.red() * 55 + back.red() * 45) // 100,
            (text.green() * 55 + back.green() * 45) // 100,
            (text.blue() * 55 + back.blue() * 45) // 100,
        ).name()
        items = []
        for i, step in enumerate(exercise.instructions):
            text = html.escape(step)
            anchor = f"<a name='step{i}'></a>"
            if i == current:
                items.append(f"<li style='margin-bottom:6px'>{anchor}<b>{text}</b></li>")
            else:
                items.append(f"<li style='margin-bottom:6px; color:{dim}'>{anchor}{text}</li>")
        self.instructions.setHtml(f"<ol style='margin-left:0'>{''.join(items)}</ol>")
        self.instructions.scrollToAnchor(f"step{current}")

    def _show_pause_content(self, segment: Segment, upcoming: Segment | None,
                            library: Library) -> None:
        self._instructions_shown = None
        if segment.phase is Phase.WARMUP:
            self.exercise_label.setText(self.tr("Warm up gently"))
            self.instructions.setText(self.tr(
                "<p>March on the spot, roll your shoulders and circle your hips.</p>"
                "<p>Warm muscles stretch further and more safely.</p>"))
        elif segment.phase is Phase.REST:
            self.exercise_label.setText(self.tr("Rest and breathe"))
            self.instructions.setText(self.tr("<p>Relax and breathe slowly.</p>"))
        else:
            self.exercise_label.setText(self.tr("Routine complete"))
            self.instructions.setText("")
        self.safety.setText("")
        if upcoming is not None and upcoming.exercise:
            nxt = library[upcoming.exercise]
            self.illustration.show_frame(frame_for(nxt, upcoming, 0.0), nxt.name, nxt.alt)
        else:
            self.illustration.clear()
