"""What the window says about the phase under way: its title, and the screen reader's sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stretchtimer import APP_NAME
from stretchtimer.core.model import Library
from stretchtimer.core.session import Session, State, shown_clock
from stretchtimer.core.timeline import Phase, Segment
from stretchtimer.ui.look import phase_word, side_word

translate = QCoreApplication.translate  # in the window's context, where these lines were first said


def announcement(segment: Segment, library: Library) -> str:
    """What a screen reader says when a phase starts: phase, exercise, side and length."""
    parts = [phase_word(segment.phase)]
    if segment.exercise and segment.phase is not Phase.DONE:
        parts.append(library[segment.exercise].name)
    # Whole phrases, so French says "côté droit" (its word for right alone is "droite").
    sides = {"left": translate("MainWindow", "left side"), "right": translate("MainWindow", "right side")}
    side = sides.get(segment.side or "")
    if side:
        parts.append(side)
    if segment.phase is Phase.REPS and segment.reps:
        parts.append(translate("MainWindow", "%1 repetitions").replace("%1", str(segment.reps)))
    elif segment.open:
        parts.append(translate("MainWindow", "until you move on"))
    elif segment.duration == 1:
        parts.append(translate("MainWindow", "1 second"))
    elif segment.duration:
        parts.append(translate("MainWindow", "%1 seconds").replace("%1", str(segment.duration)))
    return ", ".join(parts)


def title(session: Session | None, library: Library) -> str:
    """'0:27 · Hold · Seated hamstring stretch (left) — Stretch Timer', 'Paused · ...' when paused,
    '+0:07 · Hold · ...' on an open hold, counting up; the app's name alone without a routine."""
    if session is None or session.state in (State.READY, State.FINISHED):
        return APP_NAME
    segment = session.segment
    parts = [shown_clock(session), phase_word(segment.phase)]
    if segment.exercise and segment.phase is not Phase.DONE:
        name = library[segment.exercise].name
        side = side_word(segment.side)
        parts.append(f"{name} ({side})" if side else name)
    line = " · ".join(parts)
    if session.state is State.PAUSED:
        paused = translate("MainWindow", "Paused")
        line = f"{paused} · {line}"
    return f"{line} — {APP_NAME}"


def finished_title(session: Session) -> str:
    """'Done — Stretch Timer' after a run that counts as done; 'Not counted — Stretch Timer' after
    one mostly skipped, as its summary says."""
    from stretchtimer.core.outcome import summarize

    if summarize(session.timeline, session.spent(), session.lengths()).completed:
        return translate("MainWindow", "Done — %1").replace("%1", APP_NAME)
    return translate("MainWindow", "Not counted — %1").replace("%1", APP_NAME)
