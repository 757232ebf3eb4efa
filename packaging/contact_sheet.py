"""Render every illustration frame and the icon onto one sheet, to look at them side by side;
or, with --screens DIR, the screenshots packaging/screenshots.py wrote there.

Run: python packaging/contact_sheet.py OUT.png [--dark] [--screens DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def main(out: Path, dark: bool) -> None:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = [*sorted((ASSETS / "illustrations").glob("*.svg")), ASSETS / "icons" / "stretchtimer.svg"]
    columns, cell_w, cell_h, label = 4, 320, 240, 22
    rows = (len(files) + columns - 1) // columns
    sheet = QImage(columns * cell_w, rows * (cell_h + label), QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#202428" if dark else "#FFFFFF"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#E8EAED" if dark else "#202428"))
    for i, path in enumerate(files):
        x, y = (i % columns) * cell_w, (i // columns) * (cell_h + label)
        renderer = QSvgRenderer(str(path))
        size = renderer.defaultSize().scaled(cell_w - 10, cell_h - 10, Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, QRectF(x + 5, y + 5, size.width(), size.height()))
        painter.drawText(QRectF(x, y + cell_h, cell_w, label), Qt.AlignmentFlag.AlignCenter, path.stem)
    painter.end()
    sheet.save(str(out))


def screens(out: Path, folder: Path, columns: int = 6, cell_w: int = 400) -> None:
    """Every PNG screenshot in ``folder``, scaled to one width, named below, on one sheet."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = sorted(p for p in folder.glob("*.png") if p != out)
    images = [QImage(str(p)) for p in files]
    label = 22
    cell_h = max((int(i.height() * cell_w / max(1, i.width())) for i in images), default=0) + label
    rows = (len(files) + columns - 1) // columns
    sheet = QImage(columns * cell_w, rows * cell_h, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for i, (path, image) in enumerate(zip(files, images, strict=True)):
        x, y = (i % columns) * cell_w, (i // columns) * cell_h
        scaled = image.scaledToWidth(cell_w - 8, Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(x + 4, y + 4, scaled)
        painter.drawText(QRectF(x, y + cell_h - label, cell_w, label), Qt.AlignmentFlag.AlignCenter,
                         path.stem)
    painter.end()
    sheet.save(str(out))


if __name__ == "__main__":
    if "--screens" in sys.argv:
        screens(Path(sys.argv[1]), Path(sys.argv[sys.argv.index("--screens") + 1]))
    else:
        main(Path(sys.argv[1]), "--dark" in sys.argv)
