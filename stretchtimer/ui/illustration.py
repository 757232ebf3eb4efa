"""Exercise pictures: the SVG frame for the moment, scaled to fill its room and kept in proportion,
and small thumbnails of an exercise's first frame for lists."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.core.model import Exercise

THUMB = 48  # pixels, the side of a list's thumbnail

_thumbnails: dict[tuple[Path, str, int], QIcon] = {}


def _read_alt(path: Path) -> dict[str, str]:
    """Each frame's alternative text; pictures without one fall back to the exercise's."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


SAMPLE_WIDTH = 100  # pixels the picture is drawn at to find where it has anything on it
MARGIN = 0.03  # of the canvas's width, kept around what is drawn


def drawn_part(renderer: QSvgRenderer) -> QRectF:
    """The part of the picture's canvas that has anything drawn on it, in the canvas's own units."""
    box = renderer.viewBoxF()
    if box.isEmpty():
        return box
    scale = SAMPLE_WIDTH / box.width()
    image = QImage(SAMPLE_WIDTH, max(1, round(box.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixel(x, y) >> 24:
                xs.append(x)
                ys.append(y)
    if not xs:
        return box
    margin = MARGIN * box.width()
    found = QRectF(box.x() + min(xs) / scale - margin, box.y() + min(ys) / scale - margin,
                   (max(xs) - min(xs) + 1) / scale + 2 * margin, (max(ys) - min(ys) + 1) / scale + 2 * margin)
    return found.intersected(box)


class Illustration(QWidget):
    """Paints one SVG frame; falls back to a plain placeholder when the file is missing."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._alt = _read_alt(folder / "alt.yaml")
        self._renderers: dict[str, QSvgRenderer | None] = {}
        self._drawn: dict[str, QRectF] = {}
        self._frame = ""
        self._placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def _renderer(self, frame: str) -> QSvgRenderer | None:
        if frame not in self._renderers:
            path = self._folder / f"{frame}.svg"
            renderer = QSvgRenderer(str(path), self) if path.is_file() else None
            valid = renderer if renderer and renderer.isValid() else None
            self._renderers[frame] = valid
            if valid is not None:
                self._drawn[frame] = drawn_part(valid)
        return self._renderers[frame]

    def view_of(self, frame: str) -> QRectF:
        """What to show of ``frame``: the part its frames draw on (both of an exercise's, so the
        figure keeps its size as the frames alternate), so the figure fills the room it has."""
        base = frame.rsplit("-", 1)[0]
        view = QRectF()
        for name in (f"{base}-1", f"{base}-2", frame):
            if self._renderer(name) is not None:
                view = view.united(self._drawn[name])
        return view

    def show_frame(self, frame: str, placeholder: str, description: str) -> None:
        """Show ``frame``; ``description`` is what a screen reader says of the picture."""
        if frame != self._frame or placeholder != self._placeholder:
            self._frame, self._placeholder = frame, placeholder
            self.setAccessibleName(placeholder)
            description = self._alt.get(frame) or description
            self.setAccessibleDescription(description)
            self.setToolTip(description)
            self.update()

    def clear(self) -> None:
        self.show_frame("", "", "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer = self._renderer(self._frame) if self._frame else None
        if renderer is not None:
            view = self.view_of(self._frame)
            renderer.setViewBox(view)
            size = view.size().scaled(self.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - size.width()) / 2
            y = (self.height() - size.height()) / 2
            renderer.render(painter, QRectF(x, y, size.width(), size.height()))
        elif self._placeholder:
            pen = painter.pen()
            pen.setColor(self.palette().mid().color())
            pen.setWidth(2)
            painter.setPen(pen)
            box = self.rect().adjusted(8, 8, -8, -8)
            painter.drawRoundedRect(box, 16, 16)
            painter.setPen(self.palette().text().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._placeholder)
        painter.end()


def thumbnail(assets_dir: Path, exercise: Exercise, size: int = THUMB) -> QIcon:
    """The exercise's first frame drawn on a transparent square (drawn once, then reused)."""
    key = (assets_dir, exercise.id, size)
    if key not in _thumbnails:
        _thumbnails[key] = _draw_thumbnail(assets_dir, exercise, size)
    return _thumbnails[key]


def _draw_thumbnail(assets_dir: Path, exercise: Exercise, size: int) -> QIcon:
    """The figure on transparency; selected (on the highlight colour, often as blue as the
    figure) on a light tile of its own, so it stays visible."""
    figure = QPixmap(size, size)
    figure.fill(Qt.GlobalColor.transparent)
    if exercise.frames:
        renderer = QSvgRenderer(str(assets_dir / "illustrations" / f"{exercise.frames[0]}.svg"))
        if renderer.isValid():
            painter = QPainter(figure)
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            renderer.render(painter)
            painter.end()
    selected = QPixmap(size, size)
    selected.fill(Qt.GlobalColor.transparent)
    painter = QPainter(selected)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(selected.rect(), size / 8, size / 8)
    painter.drawPixmap(0, 0, figure)
    painter.end()
    icon = QIcon(figure)
    icon.addPixmap(selected, QIcon.Mode.Selected)
    return icon
