"""Phase colours and words shared by the player, the title and the home view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from stretchtimer.core.timeline import Phase

# Saturated enough to carry white text on a light or a dark desktop.
PHASE_COLOURS: dict[Phase, str] = {
    Phase.WARMUP: "#C77700",
    Phase.PREPARE: "#2F6FD0",
    Phase.HOLD: "#23884F",
    Phase.SWITCH: "#8A4FD0",
    Phase.REPS: "#12808C",
    Phase.REST: "#5A6778",
    Phase.DONE: "#A2791A",
}


def phase_colour(phase: Phase) -> QColor:
    return QColor(PHASE_COLOURS[phase])


def phase_word(phase: Phase) -> str:
    """The phase as the title and the banner say it."""
    words = {
        Phase.WARMUP: QCoreApplication.translate("Phase", "Warm-up"),
        Phase.PREPARE: QCoreApplication.translate("Phase", "Get ready"),
        Phase.HOLD: QCoreApplication.translate("Phase", "Hold"),
        Phase.SWITCH: QCoreApplication.translate("Phase", "Switch sides"),
        Phase.REPS: QCoreApplication.translate("Phase", "Reps"),
        Phase.REST: QCoreApplication.translate("Phase", "Rest"),
        Phase.DONE: QCoreApplication.translate("Phase", "Done"),
    }
    return words[phase]


def side_word(side: str | None) -> str:
    """'left side', 'right side': whole phrases, so French says "côté droit" (not "droite")."""
    if side == "left":
        return QCoreApplication.translate("Side", "left side")
    if side == "right":
        return QCoreApplication.translate("Side", "right side")
    return ""


def exercises_count(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Home", "1 exercise")
    return QCoreApplication.translate("Home", "%1 exercises").replace("%1", str(count))
