"""Progress: streak, this week's days, minutes stretched, a bar chart and the last sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.core import history
from stretchtimer.core.checkin import Week, side_trend, stiffness_trend, tighter_sides
from stretchtimer.core.formatting import clock
from stretchtimer.core.outcome import Result
from stretchtimer.core.timeline import Phase
from stretchtimer.localtext import day_names, moment_text
from stretchtimer.ui import style
from stretchtimer.ui.icons import action_icon
from stretchtimer.ui.look import phase_colour
from stretchtimer.ui.sides_chart import SidesChart, tighter_note


class WeeksChart(QWidget):
    """Minutes per week as bars, oldest on the left, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes: list[float] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Minutes stretched per week"))

    def set_minutes(self, minutes: Sequence[float]) -> None:
        self.minutes = list(minutes)
        self.setAccessibleDescription(", ".join(f"{m:.0f}" for m in self.minutes))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        count = max(1, len(self.minutes))
        top = max([1.0, *self.minutes])
        label_height = self.fontMetrics().height() + 4
        area_height = self.height() - 2 * label_height
        slot = self.width() / count
        for i, value in enumerate(self.minutes):
            height = area_height * value / top
            x = i * slot + slot * 0.2
            bar = QRectF(x, label_height + area_height - height, slot * 0.6, height)
            painter.setPen(Qt.PenStyle.NoPen)
            # Minutes held, in the player's Hold colour: this week in full, the weeks before paler.
            held = phase_colour(Phase.HOLD)
            held.setAlphaF(1.0 if i == count - 1 else 0.45)
            painter.setBrush(held)
            painter.drawRoundedRect(bar, 4, 4)
            painter.setPen(palette.windowText().color())
            painter.drawText(QRectF(i * slot, bar.top() - label_height, slot, label_height),
                             Qt.AlignmentFlag.AlignCenter, f"{value:.0f}")
            week = self.tr("this week") if i == count - 1 else self.tr("%1 wk").replace(
                "%1", str(count - 1 - i))
            painter.drawText(QRectF(i * slot, self.height() - label_height, slot, label_height),
                             Qt.AlignmentFlag.AlignCenter, week)
        painter.end()


def stiffness_text(weeks: Sequence[Week], locale: QLocale) -> str:
    """'Back stiffness, before → after (0–10): 2 wk 7.5 → 5 · this week 6 → 3', the weeks with
    a rating only; empty when none was given."""
    translate = QCoreApplication.translate

    def number(value: float | None) -> str:
        if value is None:
            return "–"
        return str(int(value)) if value == int(value) else locale.toString(value, "f", 1)

    count = len(weeks)
    shown = []
    for i, (before, after) in enumerate(weeks):
        if before is None and after is None:
            continue
        week = (translate("WeeksChart", "this week") if i == count - 1 else
                translate("WeeksChart", "%1 wk").replace("%1", str(count - 1 - i)))
        shown.append(f"{week} {number(before)} → {number(after)}")
    if not shown:
        return ""
    shown = shown[-4:]  # the latest weeks: one line to read
    return translate("Progress", "Back stiffness, before → after (0 not stiff, 10 very stiff): %1").replace(
        "%1", "  ·  ".join(shown))


class ProgressView(QWidget):
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None, names: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._names = names or (lambda exercise: exercise)  # exercise id -> its name as shown
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        heading = QLabel(self.tr("Your progress"))
        heading.setFont(big)
        self.streak = QLabel(objectName="streakLabel")
        self.streak.setFont(big)
        self.week = QLabel(objectName="weekLabel")
        self.minutes = QLabel(objectName="minutesLabel")
        self.chart = WeeksChart()
        self.sides = SidesChart(self._names)
        self.tighter = QLabel(objectName="tighterLabel")
        self.tighter.setWordWrap(True)
        self.tighter.setTextFormat(Qt.TextFormat.PlainText)
        noted = self.tighter.font()
        noted.setBold(True)  # the one thing to act on in this view: stretch the tighter side a bit longer
        self.tighter.setFont(noted)
        self.stiffness = QLabel(objectName="stiffnessLabel")
        self.stiffness.setWordWrap(True)
        self.stiffness.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(objectName="emptyProgress")
        self.empty.setText(self.tr("Your streak, the minutes you stretch each week and how each side "
                                   "feels show here once you have done a routine."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "dim")
        self.recent = QListWidget(objectName="recentSessions")
        self.recent.setAccessibleName(self.tr("Last sessions"))
        back = style.flat(QPushButton(action_icon("back"), self.tr("Back to routines")))
        back.clicked.connect(self.home_requested)
        row = QHBoxLayout()
        row.addWidget(heading, 1)
        row.addWidget(back)
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        # The rest scrolls in a small window rather than drawing the charts over each other.
        body = self._body = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.streak)
        layout.addWidget(self.week)
        layout.addWidget(self.minutes)
        layout.addWidget(self.empty)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.sides, 1)
        layout.addWidget(self.tighter)
        layout.addWidget(self.stiffness)
        self.recent_heading = QLabel(self.tr("Last sessions"))
        layout.addWidget(self.recent_heading)
        layout.addWidget(self.recent, 1)
        layout.addStretch(0)

    def result_word(self, result: Result) -> str:
        return {Result.COMPLETED: self.tr("completed"),
                Result.SKIPPED: self.tr("mostly skipped — not counted"),
                Result.STOPPED: self.tr("stopped early")}[result]

    def show_records(self, records: Sequence[history.Record], now: datetime) -> None:
        tz = now.tzinfo
        assert tz is not None
        summary = history.progress(records, tz, now)
        self.streak.setText(self.tr("%n-day streak", "", summary.streak)
                            if summary.streak else self.tr("No streak yet — today is a good day"))
        days = day_names(QLocale())
        self.week.setText(self.tr("This week: %1").replace("%1", "   ".join(
            f"{d} {'✓' if done else '·'}" for d, done in zip(days, summary.week, strict=True))))
        week = round(summary.week_minutes)
        # English has no catalogue to choose its plural: one minute is its own line.
        minutes = (self.tr("1 minute this week, %2 this month") if week == 1
                   else self.tr("%n minutes this week, %2 this month", "", week))
        self.minutes.setText(minutes.replace("%2", f"{summary.month_minutes:.0f}"))
        self.chart.set_minutes(summary.weeks)
        trend = side_trend(records, tz, now.astimezone(tz).date(), len(summary.weeks))
        self.sides.set_trend(trend)
        notes = [tighter_note(t, self._names(t.exercise)) for t in tighter_sides(trend)]
        self.tighter.setText("\n".join(notes))
        self.tighter.setVisible(bool(self.tighter.text()))
        self.stiffness.setText(stiffness_text(
            stiffness_trend(records, tz, now.astimezone(tz).date(), len(summary.weeks)), QLocale()))
        self.stiffness.setVisible(bool(self.stiffness.text()))
        self.recent.clear()
        for record in records[:30]:
            when = moment_text(record.started_at.astimezone(tz), QLocale())
            line = (f"{when}   {record.routine}   {clock(record.seconds)}   "
                    f"{self.result_word(record.result)}")
            if record.stiffness_before is not None or record.stiffness_after is not None:
                line += "   " + self.tr("back %1 → %2").replace(
                    "%1", "–" if record.stiffness_before is None else str(record.stiffness_before)).replace(
                    "%2", "–" if record.stiffness_after is None else str(record.stiffness_after))
            self.recent.addItem(line)
        # Nothing done yet: a line saying what will show here, not empty charts and lists.
        for widget in (self.chart, self.recent_heading, self.recent):
            widget.setVisible(bool(records))
        self.empty.setVisible(not records)
        self._body.setMinimumHeight(620 if records else 0)
