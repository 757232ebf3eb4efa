"""The app's one visual language: palette roles, spacing, corner radius and type scale, as a style sheet
drawn from the desktop's palette, so light, dark and high contrast follow the system."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

# Spacing steps (pixels): between related things, between groups, around a screen.
SPACE_S, SPACE_M, SPACE_L = 6, 12, 24
RADIUS = 12  # cards
RADIUS_BUTTON = 8
# Type scale, relative to the desktop's own font size (which the person may have made larger).
TITLE, HEADING, LARGE, CAPTION = 1.8, 1.35, 1.15, 0.92


@dataclass(frozen=True)
class Roles:
    """The colours the style sheet uses, each from the palette the desktop gives."""

    window: str
    text: str
    dim: str  # secondary text: descriptions, dates
    card: str
    border: str
    accent: str
    accent_text: str
    accent_hover: str
    hover: str  # a flat button under the pointer
    dark: bool
    high_contrast: bool


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in zip((a.redF(), a.greenF(), a.blueF()),
                                                                    (b.redF(), b.greenF(), b.blueF()),
                                                                    strict=True)))


def is_dark(palette: QPalette | None = None) -> bool:
    """The system's colour scheme (Qt ≥ 6.5), else the palette's own lightness."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme is not Qt.ColorScheme.Unknown:
        return scheme is Qt.ColorScheme.Dark
    window = (palette or QGuiApplication.palette()).window().color()
    return window.lightnessF() < 0.5


def wants_high_contrast(palette: QPalette | None = None) -> bool:
    """The desktop asks for high contrast (Qt ≥ 6.10), or its palette is black on white or the reverse."""
    hints = QGuiApplication.styleHints()
    access = getattr(hints, "accessibility", None)
    if access is not None and access().contrastPreference() is Qt.ContrastPreference.HighContrast:
        return True
    used = palette or QGuiApplication.palette()
    window, text = used.window().color(), used.windowText().color()
    return abs(window.lightnessF() - text.lightnessF()) > 0.97


def roles(palette: QPalette | None = None) -> Roles:
    used = palette or QGuiApplication.palette()
    window, text = used.window().color(), used.windowText().color()
    accent, accent_text = used.highlight().color(), used.highlightedText().color()
    dark, contrast = is_dark(used), wants_high_contrast(used)
    if contrast:  # no tints: plain window colour, full-strength text and borders
        card, border, dim, hover = window, text, text, window
    else:  # libadwaita's way: cards a shade lighter than the window in dark, white on grey in light
        card = _mix(window, text, 0.06) if dark else used.base().color()
        border = _mix(window, text, 0.16 if dark else 0.13)
        dim = _mix(window, text, 0.68)
        hover = _mix(window, text, 0.08)
    return Roles(window.name(), text.name(), dim.name(), card.name(), border.name(), accent.name(),
                 accent_text.name(), _mix(accent, text if dark else window, 0.12).name(), hover.name(),
                 dark, contrast)


def sheet(palette: QPalette | None = None) -> str:
    """The style sheet for the whole app, in the palette's colours."""
    r = roles(palette)
    line = 2 if r.high_contrast else 1
    return f"""
QFrame#routineCard, QFrame#card, QFrame#emptyCard {{
    background: {r.card}; border: {line}px solid {r.border}; border-radius: {RADIUS}px;
}}
QFrame#routineCard QLabel, QFrame#card QLabel, QFrame#emptyCard QLabel {{
    background: transparent; border: none;
}}
QFrame#messageBar {{
    background: {r.card}; border: {line}px solid {r.border}; border-radius: {RADIUS_BUTTON}px;
}}
QLabel[role="dim"] {{ color: {r.dim}; }}
QPushButton {{
    padding: 6px 16px; border: {line}px solid {r.border}; border-radius: {RADIUS_BUTTON}px;
    background: palette(button); color: palette(button-text); min-height: 22px;
}}
QPushButton:hover {{ border-color: {r.accent}; }}
QPushButton:pressed {{ background: {r.hover}; }}
QPushButton:disabled {{ color: {r.dim}; border-color: {r.border}; }}
QPushButton:focus {{ border: 3px solid {r.accent}; padding: 4px 14px; }}
QPushButton[flat="true"] {{
    background: transparent; border: {line if r.high_contrast else 0}px solid {r.border}; padding: 6px 12px;
}}
QPushButton[flat="true"]:hover {{ background: {r.hover}; }}
QPushButton[flat="true"]:focus {{ border: 3px solid {r.accent}; padding: 3px 9px; }}
QPushButton[accent="true"] {{
    background: {r.accent}; color: {r.accent_text}; border: {line}px solid {r.accent}; font-weight: bold;
}}
QPushButton[accent="true"]:hover {{ background: {r.accent_hover}; }}
QPushButton[accent="true"]:focus {{ border: 3px solid {r.text}; padding: 4px 14px; }}
QPushButton[large="true"] {{ min-height: 36px; padding: 6px 32px; }}
QPushButton[large="true"]:focus {{ padding: 4px 30px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QAbstractScrollArea:focus, QAbstractItemView:focus, QLineEdit:focus {{
    border: 2px solid {r.accent}; border-radius: 4px;
}}
"""


def fitted(wanted: QSize, available: QSize) -> QSize:
    """``wanted``, made smaller where the screen is: room is kept for the window's frame and title."""
    return wanted.boundedTo(QSize(available.width() - 24, available.height() - 48))


def apply(app: QApplication) -> None:
    """Style the whole app, and again whenever the desktop switches light, dark or contrast."""
    app.setStyleSheet(sheet())
    if app.property("stretchtimerStyled"):
        return
    app.setProperty("stretchtimerStyled", True)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: app.setStyleSheet(sheet()))
    access = getattr(hints, "accessibility", None)
    if access is not None:
        access().contrastPreferenceChanged.connect(lambda _c: app.setStyleSheet(sheet()))


def scaled(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    """``widget``'s font at a step of the type scale (TITLE, HEADING, LARGE, CAPTION)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def accent(button: QPushButton) -> QPushButton:
    """The screen's one main action, in the accent colour."""
    button.setProperty("accent", True)
    return button


def flat(button: QPushButton) -> QPushButton:
    """A secondary action: no box until pointed at or focused."""
    button.setProperty("flat", True)
    return button
