"""What the player adds from the article's coaching: the breath pacer during holds, the line that
says to go a little deeper on each out-breath, the check-in after a side, a hold that has grown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from stretchtimer.core import steps as rules
from stretchtimer.core.breath import Half, breath_shown
from stretchtimer.core.checkin import CheckIns, Rating, rated_side
from stretchtimer.core.model import Library, Pace
from stretchtimer.core.session import Session, State
from stretchtimer.core.settings import Settings
from stretchtimer.core.timeline import Phase, Segment, Timeline
from stretchtimer.ui.breath_pacer import BreathPacer
from stretchtimer.ui.checkin_row import CheckInRow

translate = QCoreApplication.translate


@dataclass
class Coaching:
    """What this run asks for: the pace (None: no pacer) and the check-ins (None: not asked)."""

    pace: Pace | None = None
    checkins: CheckIns | None = None
    sound: bool = False  # a soft sound as each breath turns
    stiffness: bool = False  # back stiffness asked before (the first screen) and after (the summary)
    before: int | None = None  # the back stiffness given before this run
    breath: tuple[int, int, Half] | None = None  # the breath last shown: segment, number, half

    def rate(self, session: Session | None, value: int) -> Rating | None:
        """Rate the side just done in ``session``'s run; None when nothing can be rated now."""
        checkins = self.checkins
        if session is None or checkins is None or checkins.timeline is not session.timeline:
            return None
        return checkins.rate(session.index, value, session.spent())

    def asks_stiffness(self, session: Session | None) -> bool:
        """Back stiffness is asked on the run's first screen, while it runs or is paused."""
        return self.stiffness and session is not None and session.index == 0 \
            and session.state in (State.RUNNING, State.PAUSED)

    def turned(self, session: Session) -> bool:
        """True once as the breath turns (in to out, out to in) during a running hold; the hold's
        own start has its cue already."""
        if self.pace is None or session.segment.phase is not Phase.HOLD:
            self.breath = None
            return False
        now = breath_shown(session, self.pace)
        shown = (session.index, now.number, now.half)
        turned = self.breath is not None and self.breath[0] == session.index and self.breath != shown
        self.breath = shown
        return turned and session.state is State.RUNNING


def coaching_for(timeline: Timeline, settings: Settings) -> Coaching:
    """A routine's own ``breath:`` turns the pacer on at its pace; otherwise the settings decide."""
    pace = timeline.routine.breath
    if pace is None and settings.get("coach.breath"):
        pace = Pace(int(settings.get("coach.breath_in")), int(settings.get("coach.breath_out")))
    return Coaching(pace, CheckIns(timeline) if settings.get("coach.check_in") else None,
                    bool(settings.get("coach.breath_sound")), bool(settings.get("coach.stiffness")))


def deeper_line() -> str:
    return translate("Player", "Breathe out — go a little deeper")


def grown_by(timeline: Timeline, segment: Segment, library: Library) -> int:
    """Seconds a hold has grown with the routine's progression (0 when it has not)."""
    routine = timeline.routine
    if routine.progress is None or segment.phase is not Phase.HOLD or segment.step is None or segment.open:
        return 0
    step = routine.steps[segment.step]
    return segment.duration - rules.hold(step, routine.defaults, library[step.exercise])


def grown_note(seconds: int) -> str:
    return translate("Player", "Hold grown by %1 s as you keep going").replace("%1", str(seconds))


def show(coaching: Coaching, session: Session, library: Library, pacer: BreathPacer,
         row: CheckInRow, colour: QColor, line: str) -> str:
    """Show the pacer and the check-in for the moment; returns the big line to show."""
    segment = session.segment
    pace = coaching.pace if segment.phase is Phase.HOLD else None
    breath = breath_shown(session, pace) if pace is not None else None
    pacer.show_breath(breath, colour)
    checkins = coaching.checkins
    held = rated_side(session.timeline, session.index, session.spent()) if checkins is not None else None
    if checkins is not None and held is not None:
        row.ask(held.side, checkins.given(session.index))
    else:
        row.hide()
    if breath is not None and segment.exercise is not None \
            and library[segment.exercise].deepen_on_exhale and breath.half is Half.OUT:
        return deeper_line()
    return line
