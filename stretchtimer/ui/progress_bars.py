"""The player's two progress bars: the phase in its colour, the routine in one piece per exercise."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.core.timeline import Phase, Timeline

GAP = 4  # pixels between two exercises' pieces


class _Bar(QWidget):
    """A full-width strip of a fixed height."""

    def __init__(self, name: str, height: int, parent: QWidget | None) -> None:
        super().__init__(parent, objectName=name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(300, self.height())


class PhaseBar(_Bar):
    """How far into the phase: a thick bar in the phase's colour on a pale track."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("phaseProgress", 14, parent)
        self.fraction = 0.0
        self.colour = QColor("#23884F")

    def set_progress(self, fraction: float, colour: QColor) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if (fraction, colour) != (self.fraction, self.colour):
            self.fraction, self.colour = fraction, QColor(colour)
            self.setAccessibleDescription(f"{round(fraction * 100)} %")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.colour)
        track = QColor(self.colour)
        track.setAlpha(55)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = box.height() / 2
        painter.setBrush(track)
        painter.drawRoundedRect(box, radius, radius)
        if self.fraction > 0:
            painter.setBrush(self.colour)
            done = QRectF(box.x(), box.y(), max(box.height(), box.width() * self.fraction), box.height())
            painter.drawRoundedRect(done, radius, radius)
        painter.end()


def pieces(timeline: Timeline) -> list[tuple[int, int, bool]]:
    """(start, end, is an exercise) spans of the routine: one per step, warm-up and rests between."""
    spans: list[tuple[int, int, bool]] = []
    last: int | None = -1
    for segment in timeline:
        if segment.duration <= 0 or segment.phase is Phase.DONE:
            continue
        if spans and segment.step == last:
            spans[-1] = (spans[-1][0], segment.end, spans[-1][2])
        else:
            spans.append((segment.start, segment.end, segment.step is not None))
        last = segment.step
    return spans


class RoutineBar(_Bar):
    """The routine's progress, one piece per exercise (thin pieces for the warm-up and rests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("routineProgress", 18, parent)
        self._spans: list[tuple[int, int, bool]] = []
        self._total = 1
        self._done = 0.0
        self.colour = QColor("#4A6FA5")

    def set_timeline(self, timeline: Timeline) -> None:
        self._spans = pieces(timeline)
        self._total = max(1, timeline.total)
        self.update()

    def set_done(self, seconds: float, colour: QColor) -> None:
        if (seconds, colour) != (self._done, self.colour):
            self._done, self.colour = seconds, QColor(colour)
            self.setAccessibleDescription(f"{round(100 * seconds / self._total)} %")
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 0))
        width = self.width() - GAP * max(0, len(self._spans) - 1)
        track = QColor(self.palette().mid().color())
        x = 0.0
        for start, end, exercise in self._spans:
            length = width * (end - start) / self._total
            height = self.height() if exercise else self.height() / 3
            box = QRectF(x, (self.height() - height) / 2, max(1.0, length), height)
            painter.setBrush(track)
            painter.drawRoundedRect(box, 3, 3)
            if self._done > start:
                share = min(1.0, (self._done - start) / max(1, end - start))
                painter.setBrush(self.colour)
                painter.drawRoundedRect(QRectF(box.x(), box.y(), box.width() * share, box.height()), 3, 3)
            x += length + GAP
        painter.end()
