"""A label whose text is always shown whole: wrapped at word breaks, at the largest size that fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

UNBOUNDED = 100_000


class FitLabel(QLabel):
    """Plain text, word-wrapped, in the largest pixel size up to a cap that fits its own box.

    Its height does not follow its font (the font follows its height), so a layout gives it
    what is there and the text shrinks to fit instead of being cut.
    """

    def __init__(self, object_name: str, *, wrap: bool = True, bold: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self._bold = bold
        self._largest = 24
        self._smallest = 9
        self._fitted: tuple[str, int, int, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_pixel_sizes(self, largest: int, smallest: int = 9) -> None:
        """The size it shows at when there is room, and the least it goes down to."""
        if (largest, smallest) != (self._largest, self._smallest):
            self._largest, self._smallest = max(smallest, largest), smallest
            self._fitted = None
            self.updateGeometry()
            self._fit()

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self.updateGeometry()
            self._fit()

    def _font(self, pixels: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(self._bold)
        return font

    def _flags(self) -> int:
        wrap = Qt.TextFlag.TextWordWrap if self.wordWrap() else 0
        return int(self.alignment()) | int(wrap)

    def _needs(self, pixels: int, width: int) -> QSize:
        """The box the text takes at ``pixels`` when wrapped to ``width``."""
        metrics = QFontMetrics(self._font(pixels))
        box = metrics.boundingRect(QRect(0, 0, max(1, width), UNBOUNDED), self._flags(), self.text())
        return QSize(box.width(), box.height())

    def _fits(self, pixels: int, width: int, height: int) -> bool:
        needs = self._needs(pixels, width)
        return needs.width() <= width and needs.height() <= height

    def _fit(self) -> None:
        room = self.contentsRect()
        # A little slack: QLabel lays text out with its own margins and rounding.
        width, height = room.width() - 4, room.height() - 2
        key = (self.text(), width, height, self._largest)
        if key == self._fitted:
            return
        self._fitted = key
        low, high = self._smallest, self._largest
        if self._fits(high, width, height) or not self.text():
            best = high
        else:
            best = low
            while low <= high:  # the largest size that fits
                middle = (low + high) // 2
                if self._fits(middle, width, height):
                    best, low = middle, middle + 1
                else:
                    high = middle - 1
        if self.font().pixelSize() != best or self.font().bold() != self._bold:
            self.setFont(self._font(best))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the least height it needs follows its width
        self._fit()

    def hasHeightForWidth(self) -> bool:
        return False  # the font follows the height, not the other way round

    def _box(self, pixels: int) -> QSize:
        """The whole text at ``pixels`` across the width it has now, margins included."""
        width = max(self.width(), 200)
        needs = self._needs(pixels, width - 4) if self.text() else QSize(0, 0)
        margins = self.contentsMargins()
        return QSize(min(needs.width(), width) + 4 + margins.left() + margins.right(),
                     needs.height() + 2 + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """Room for the text at the largest size that fits its width (a long unbroken line is
        made smaller to fit across, so it does not ask for height it cannot use)."""
        width = max(self.width(), 200) - 4
        low, high, best = self._smallest, self._largest, self._smallest
        if self._needs(high, width).width() <= width:
            best = high
        else:
            while low <= high:
                middle = (low + high) // 2
                if self._needs(middle, width).width() <= width:
                    best, low = middle, middle + 1
                else:
                    high = middle - 1
        return self._box(best)

    def minimumSizeHint(self) -> QSize:
        """Room for the whole text at its smallest size: it is never cut, only made smaller."""
        return QSize(40, self._box(self._smallest).height())
