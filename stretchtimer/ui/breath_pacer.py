"""The breath pacer: a disc that fills on the in-breath and empties on the out-breath, with
its word beside it; reduce motion shows a calm count instead of the animation.

It owns no timer: the player steps it with its once-a-second countdown update, and each step
shows the core's breath at that second's boundary on the deadline, so it never drifts and
never wakes the machine on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.core.breath import Breath, Half

translate = QCoreApplication.translate


def breath_word(half: Half) -> str:
    return translate("Breath", "Breathe in") if half is Half.IN else translate("Breath", "Breathe out")


class BreathPacer(QWidget):
    """Shows one breath at a time, as the player hands it over each second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="breathPacer")
        self.colour = QColor("#23884F")
        self.reduce_motion = False
        self.breath: Breath | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(120)
        # Named once; the breaths themselves are not told to screen readers, one every few seconds
        # would drown everything else.
        self.setAccessibleName(translate("Breath", "Breath pacer"))
        self.setAccessibleDescription(
            translate("Breath", "Fills as you breathe in, empties as you breathe out"))

    def show_breath(self, breath: Breath | None, colour: QColor) -> None:
        """Show ``breath`` (None hides the pacer); repainted only when something changed."""
        same = breath == self.breath and QColor(colour) == self.colour
        if same and self.isHidden() == (breath is None):
            return
        self.breath, self.colour = breath, QColor(colour)
        self.setVisible(breath is not None)
        self.update()

    def stop(self) -> None:
        self.show_breath(None, self.colour)

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
