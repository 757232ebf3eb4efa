"""The exercise's steps, the one under way in bold, showing whole lines only: never half of one."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

INDENT = 28  # pixels of the hanging indent that keeps a step's number apart from its text


class StepList(QTextBrowser):
    """Text, not pixels, so a screen reader reads it. When the steps do not all fit, the ones
    already done give way first; a last line that would show only in part is left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="instructions")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        # It takes no focus, so the arrow keys stay the player's.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        # It takes what the big line leaves rather than claiming its own size.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._steps: tuple[str, ...] = ()
        self._current = 0
        self._text = ""
        self._laid_out_for = QSize()

    def show_steps(self, steps: tuple[str, ...], current: int) -> None:
        self._steps, self._current, self._text = steps, current, ""
        self._lay_out()

    def show_text(self, text: str) -> None:
        """Plain paragraphs (the warm-up's and the rest's advice)."""
        self._steps, self._text = (), text
        self._lay_out()

    def _html(self, first: int) -> str:
        colour, back = self.palette().windowText().color(), self.palette().window().color()
        dim = QColor(*((a * 55 + b * 45) // 100 for a, b in zip((colour.red(), colour.green(), colour.blue()),
                                                                  (back.red(), back.green(), back.blue()),
                                                                  strict=True))).name()
        items = []
        for i in range(first, len(self._steps)):
            text = f"{i + 1}.\u2002{html.escape(self._steps[i])}"
            style = f"margin-left:{INDENT}px; text-indent:-{INDENT}px; margin-top:0; margin-bottom:6px"
            if i == self._current:
                items.append(f"<p style='{style}'><b>{text}</b></p>")
            else:
                items.append(f"<p style='{style}; color:{dim}'>{text}</p>")
        return "".join(items)

    def _lay_out(self) -> None:
        self._laid_out_for = self.size()
        self.setViewportMargins(0, 0, 0, 0)
        room = self.contentsRect().height()
        if self._text or not self._steps:
            self.setHtml(self._text)
        else:
            first = 0
            while True:  # drop the steps already done until the one under way fits
                self.setHtml(self._html(first))
                if first >= self._current or self.document().size().height() <= room:
                    break
                first += 1
        self.verticalScrollBar().setValue(0)
        self.setViewportMargins(0, 0, 0, max(0, room - self._whole_lines_height(room)))

    def _whole_lines_height(self, room: int) -> int:
        """Where to end the view in ``room`` pixels: after the last step that fits whole, or, when
        not even the first does, after its last line that fits whole."""
        document = self.document()
        layout = document.documentLayout()
        last_line = last_step = 0.0
        block = document.begin()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            for i in range(lines.lineCount()):
                bottom = top + lines.lineAt(i).rect().bottom()
                if bottom > room:
                    return int(last_step or last_line) + 1
                last_line = bottom
            last_step = last_line
            block = block.next()
        return room

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The viewport's own resizes (from the margin set below) come here too: only the list's count.
        if self.size() != self._laid_out_for:
            self._lay_out()
