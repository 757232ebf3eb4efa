"""Left and right over the weeks: the tightness ratings of each exercise as two lines, and the
plain note when one side has been tighter for weeks (the rule is core/checkin.tighter_sides)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.core.checkin import LOOSE, VERY_TIGHT, Tighter, Week

translate = QCoreApplication.translate
SHOWN = 3  # exercises drawn side by side; the most rated first
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
            painter.setPen(text)
            painter.drawText(QRectF(box.x(), box.y(), box.width(), line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.fontMetrics().elidedText(self._names(exercise), Qt.TextElideMode.ElideRight,
                                                           int(box.width())))
            plot = QRectF(box.x() + 4, box.y() + line_height + 6, box.width() - 8,
                          box.height() - 2 * line_height - 12)
            grid = QColor(text)
            grid.setAlpha(50)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
            painter.drawLine(plot.topLeft(), plot.topRight())
            self._draw_side(painter, plot, [w[0] for w in weeks], LEFT_COLOUR, Qt.PenStyle.SolidLine)
            self._draw_side(painter, plot, [w[1] for w in weeks], RIGHT_COLOUR, Qt.PenStyle.DashLine)
            legend = QRectF(box.x(), box.bottom() - line_height, box.width(), line_height)
            painter.setPen(LEFT_COLOUR)
            painter.drawText(legend, Qt.AlignmentFlag.AlignLeft, translate("Progress", "— left"))
            painter.setPen(RIGHT_COLOUR)
            painter.drawText(legend, Qt.AlignmentFlag.AlignRight, translate("Progress", "- - right"))
        painter.end()

    @staticmethod
    def _draw_side(painter: QPainter, plot: QRectF, values: Sequence[float | None], colour: QColor,
                   style: Qt.PenStyle) -> None:
        count = max(1, len(values) - 1)
        points = [QPointF(plot.left() + plot.width() * i / count,
                          plot.bottom() - plot.height() * (v - LOOSE) / (VERY_TIGHT - LOOSE))
                  for i, v in enumerate(values) if v is not None]
        painter.setPen(QPen(colour, 3, style))
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(point, 4, 4)
