"""Left and right over the weeks: the tightness ratings of each exercise as two lines, and the
plain note when one side has been tighter for weeks (the rule is core/checkin.tighter_sides)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.core.checkin import LOOSE, VERY_TIGHT, Tighter, Week

translate = QCoreApplication.translate
SHOWN = 3  # exercises drawn side by side; the most rated first
DOT = 4  # pixels: the radius of a week's dot
LEFT_COLOUR, RIGHT_COLOUR = QColor("#2F6FD0"), QColor("#C4501B")  # apart for colour-blind eyes too


def tighter_note(found: Tighter, name: str) -> str:
    """'Your right side has been tighter than your left in Lying hamstring stretch for 3 weeks'."""
    text = (translate("Progress", "Your right side has been tighter than your left in %1 for %2 weeks")
            if found.side == "right" else
            translate("Progress", "Your left side has been tighter than your right in %1 for %2 weeks"))
    return text.replace("%1", name).replace("%2", str(found.weeks))


class SidesChart(QWidget):
    """For each exercise rated, mean left (solid) and right (dashed) tightness per week, oldest first."""

    def __init__(self, names: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sidesChart")
        self._names = names
        self.trend: list[tuple[str, Sequence[Week]]] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("Progress", "Tightness of each side over the weeks"))

    def set_trend(self, trend: Mapping[str, Sequence[Week]]) -> None:
        def rated(weeks: Sequence[Week]) -> int:
            return sum(v is not None for week in weeks for v in week)
        ordered = sorted(trend.items(), key=lambda item: -rated(item[1]))[:SHOWN]
        self.trend = ordered
        self.setVisible(bool(ordered))
        described = []
        for exercise, weeks in ordered:
            both = [(lw, rw) for lw, rw in weeks if lw is not None and rw is not None]
            last = both[-1] if both else None
            if last is not None:
                said = translate("Progress", "%1: left %2, right %3 lately")
                described.append(said.replace("%1", self._names(exercise)).replace(
                    "%2", f"{last[0]:.1f}").replace("%3", f"{last[1]:.1f}"))
        self.setAccessibleDescription("; ".join(described))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.trend:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        line_height = self.fontMetrics().height() + 4
        width = self.width() / len(self.trend)
        for n, (exercise, weeks) in enumerate(self.trend):
            box = QRectF(n * width + 8, 0, width - 16, self.height())
            # The name on the left of the top line, the legend on its right: nothing under the plot
            # but the scale, so the two never overlap.
            left_word, right_word = translate("Progress", "— left"), translate("Progress", "- - right")
            metrics = self.fontMetrics()
            legend_width = metrics.horizontalAdvance(f"{left_word}   {right_word}") + 4
            top = QRectF(box.x(), box.y(), box.width(), line_height)
            painter.setPen(text)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(self._names(exercise), Qt.TextElideMode.ElideRight,
                                                int(box.width() - legend_width)))
            painter.setPen(RIGHT_COLOUR)
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right_word)
            painter.setPen(LEFT_COLOUR)
            painter.drawText(top.adjusted(0, 0, -metrics.horizontalAdvance(f"   {right_word}"), 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, left_word)
            plot = QRectF(box.x() + 4, box.y() + 2 * line_height, box.width() - 8,
                          box.height() - 3 * line_height - 4)
            grid = QColor(text)
            grid.setAlpha(50)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
            painter.drawLine(plot.topLeft(), plot.topRight())
            painter.setPen(text)
            scale = self.font()
            scale.setPointSizeF(scale.pointSizeF() * 0.85)
            painter.setFont(scale)
            painter.drawText(QRectF(plot.left(), plot.top() - line_height, plot.width(), line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             translate("Progress", "5 very tight"))
            painter.drawText(QRectF(plot.left(), plot.bottom(), plot.width(), line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             translate("Progress", "1 loose"))
            painter.setFont(self.font())
            self._draw_side(painter, plot, [w[0] for w in weeks], LEFT_COLOUR, Qt.PenStyle.SolidLine)
            self._draw_side(painter, plot, [w[1] for w in weeks], RIGHT_COLOUR, Qt.PenStyle.DashLine)
        painter.end()

    @staticmethod
    def _draw_side(painter: QPainter, plot: QRectF, values: Sequence[float | None], colour: QColor,
                   style: Qt.PenStyle) -> None:
        count = max(1, len(values) - 1)
        inner = plot.width() - 2 * DOT  # the first and last weeks' dots stay within the axis lines
        points = [QPointF(plot.left() + DOT + inner * i / count,
                          plot.bottom() - plot.height() * (v - LOOSE) / (VERY_TIGHT - LOOSE))
                  for i, v in enumerate(values) if v is not None]
        painter.setPen(QPen(colour, 3, style))
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(point, DOT, DOT)
