"""The breath pacer: a disc that fills on the in-breath and empties on the out-breath, with
its word beside it; reduce motion shows a calm count instead of the animation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.core.breath import Breath, Half, breath_at
from stretchtimer.core.model import Pace

FRAME_MS = 50  # smooth enough for a slow breath; runs only while a hold with the pacer plays

translate = QCoreApplication.translate


def breath_word(half: Half) -> str:
    return translate("Breath", "Breathe in") if half is Half.IN else translate("Breath", "Breathe out")


class BreathPacer(QWidget):
    """Follows ``elapsed`` (seconds into the hold) at ``pace``; the phase comes from the core."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="breathPacer")
        self.pace: Pace | None = None
        self.colour = QColor("#23884F")
        self.reduce_motion = False
        self._elapsed: Callable[[], float] = lambda: 0.0
        self.breath: Breath | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(120)
        # Named once; the breaths themselves are not told to screen readers, one every few seconds
        # would drown everything else.
        self.setAccessibleName(translate("Breath", "Breath pacer"))
        self.setAccessibleDescription(
            translate("Breath", "Fills as you breathe in, empties as you breathe out"))

    def follow(self, pace: Pace | None, elapsed: Callable[[], float], running: bool, colour: QColor) -> None:
        """Show the pacer for a hold (``pace`` None hides it); animate while ``running``."""
        self.pace, self._elapsed, self.colour = pace, elapsed, QColor(colour)
        self.setVisible(pace is not None)
        animate = pace is not None and running and not self.reduce_motion
        if animate and not self._timer.isActive():
            self._timer.start()
        elif not animate:
            self._timer.stop()
        self._tick()

    def stop(self) -> None:
        self.follow(None, lambda: 0.0, False, self.colour)

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def _tick(self) -> None:
        if self._timer.isActive() and not self.isVisible():
            self._timer.stop()  # the player was left (home, tray): no wake-ups for a hidden pacer
        self.breath = breath_at(self._elapsed(), self.pace) if self.pace is not None else None
        self.update()

    def text(self) -> str:
        """'Breathe in' with the animation, 'Breathe in · 3' as the calm count of reduce motion."""
        if self.breath is None:
            return ""
        word = breath_word(self.breath.half)
        return f"{word} · {self.breath.count}" if self.reduce_motion else word

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.breath is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self.height() - 8
        ring = QRectF(4, 4, size, size)
        track = QColor(self.colour)
        track.setAlpha(110)  # the empty ring must still show on a dark desktop
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawEllipse(ring)
        # Reduce motion: a still, half-filled disc; the count says where the breath is.
        fullness = 0.5 if self.reduce_motion else self.breath.fullness
        inner = size * (0.25 + 0.75 * fullness)
        painter.setBrush(self.colour)
        centre = ring.center()
        painter.drawEllipse(QRectF(centre.x() - inner / 2, centre.y() - inner / 2, inner, inner))
        font = QFont(self.font())
        font.setPixelSize(max(12, int(self.height() * 0.36)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().windowText().color())
        text_box = QRectF(size + 24, 0, self.width() - size - 28, self.height())
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text())
        painter.end()
