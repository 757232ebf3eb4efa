"""Symbolic action icons: the desktop icon theme's when it has them, else our own bundled shapes
(assets/icons/actions/, drawn by packaging/action_icons.py) in the colour of the text beside them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ACTIONS_DIR = Path(__file__).resolve().parent.parent.parent / "assets" / "icons" / "actions"
if not ACTIONS_DIR.is_dir():  # installed: the assets sit inside the package
    ACTIONS_DIR = Path(__file__).resolve().parent.parent / "assets" / "icons" / "actions"

# One icon per action, each its own: theme names (freedesktop and symbolic) tried in order.
THEME_NAMES: dict[str, tuple[str, ...]] = {
    "start": ("media-playback-start-symbolic", "media-playback-start"),
    "try": ("media-playlist-play-symbolic", "system-run-symbolic"),
    "edit": ("document-edit-symbolic", "document-edit"),
    "new": ("list-add-symbolic", "list-add"),
    "reminders": ("alarm-symbolic", "appointment-soon-symbolic", "appointment-soon"),
    "progress": ("view-statistics-symbolic", "view-statistics"),
    "settings": ("preferences-system-symbolic", "configure", "preferences-system"),
    "done": ("object-select-symbolic", "dialog-ok"),
    "restart": ("view-refresh-symbolic", "view-refresh"),
    "undo": ("edit-undo-symbolic", "edit-undo"),
    "redo": ("edit-redo-symbolic", "edit-redo"),
    "save": ("document-save-symbolic", "document-save"),
    "open": ("document-open-symbolic", "document-open"),
    "back": ("go-previous-symbolic", "go-previous"),
    "find": ("edit-find-symbolic", "edit-find"),
    "streak": ("starred-symbolic", "emblem-favorite"),
}
SIZES = (16, 24, 32, 48)


def action_icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon for action ``name`` (a key of THEME_NAMES), bundled shapes drawn in ``colour``
    (the palette's button text when None)."""
    for theme_name in THEME_NAMES[name]:
        if QIcon.hasThemeIcon(theme_name):
            return QIcon.fromTheme(theme_name)
    if colour is None:
        from PySide6.QtWidgets import QApplication

        colour = QApplication.palette().buttonText().color()
    return _bundled(name, colour.name(QColor.NameFormat.HexArgb))


@lru_cache(maxsize=128)
def _bundled(name: str, colour: str) -> QIcon:
    text = (ACTIONS_DIR / f"{name}.svg").read_text(encoding="utf-8").replace("#000000", "#" + colour[3:])
    alpha = int(colour[1:3], 16) / 255
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    icon = QIcon()
    for size in SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setOpacity(alpha)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            icon.addPixmap(pixmap)
    return icon
