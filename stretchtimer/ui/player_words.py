"""What the player says in words: the step under way, the big line, what comes next, where we are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stretchtimer.core.model import Library
from stretchtimer.core.timeline import Phase, Segment, Timeline
from stretchtimer.ui.look import phase_word

translate = QCoreApplication.translate


def current_instruction(segment: Segment, elapsed: float, count: int) -> int:
    """Which instruction to emphasise: the set-up steps while preparing, the later ones while holding."""
    if count <= 1 or segment.duration <= 0:
        return 0
    fraction = min(0.999, max(0.0, elapsed / segment.duration))
    if segment.phase is Phase.PREPARE:
        return int(fraction * (count - 1))
    if segment.phase in (Phase.HOLD, Phase.REPS):
        first = count // 2
        return first + int(fraction * (count - first))
    return 0


def warmup_instruction() -> str:
    return translate("Player", "March on the spot, roll your shoulders and circle your hips.")


def side_phrase(side: str | None) -> str:
    """'Left side', 'Right side': whole phrases, so French can say "côté droit" (not "côté droite")."""
    if side == "left":
        return translate("Player", "Left side")
    if side == "right":
        return translate("Player", "Right side")
    return ""


def side_now(side: str | None) -> str:
    """'Right side now' at a switch; the side words are whole phrases so each language says them well."""
    if side == "right":
        return translate("Player", "Right side now")
    if side == "left":
        return translate("Player", "Left side now")
    return translate("Player", "Other side now")


def get_into_position(name: str) -> str:
    return translate("Player", "Next: %1 — get into position").replace("%1", name)


def big_line(timeline: Timeline, segment: Segment, elapsed: float, library: Library) -> str:
    """The one line readable from the mat: what to do right now."""
    if segment.phase is Phase.WARMUP:
        return warmup_instruction()
    if segment.phase is Phase.SWITCH:
        return side_now(segment.side)
    if segment.phase is Phase.PREPARE and segment.exercise:
        return translate("Player", "Get into position")  # the exercise's name stands just above
    if segment.phase is Phase.REST:
        upcoming = timeline.next_exercise(segment.index)
        if upcoming is not None and upcoming.exercise:
            return get_into_position(library[upcoming.exercise].name)
        return translate("Player", "Relax and breathe slowly.")
    if segment.phase in (Phase.HOLD, Phase.REPS) and segment.exercise:
        steps = library[segment.exercise].instructions
        if steps:
            return steps[current_instruction(segment, elapsed, len(steps))]
    return ""


def up_next(timeline: Timeline, segment: Segment, library: Library) -> str:
    """'Up next: Switch to the right side', 'Up next: Rest', 'Up next: Seated hamstring stretch'."""
    if segment.phase is Phase.DONE or segment.index + 1 >= len(timeline):
        return ""
    following = timeline[segment.index + 1]
    if following.phase is Phase.DONE:
        return translate("Player", "Up next: finish")
    if following.phase is Phase.REST:
        return translate("Player", "Up next: Rest")
    if following.phase is Phase.SWITCH:
        if following.side == "right":
            return translate("Player", "Up next: Switch to the right side")
        if following.side == "left":
            return translate("Player", "Up next: Switch to the left side")
        return translate("Player", "Up next: Switch sides")
    same = following.step is not None and following.step == segment.step
    if same and following.phase in (Phase.HOLD, Phase.REPS):
        what = phase_word(following.phase)
        if following.side == "right":
            return translate("Player", "Up next: %1, right side").replace("%1", what)
        if following.side == "left":
            return translate("Player", "Up next: %1, left side").replace("%1", what)
        return translate("Player", "Up next: %1").replace("%1", what)
    name = library[following.exercise].name if following.exercise else phase_word(following.phase)
    return translate("Player", "Up next: %1").replace("%1", name)


def step_number(timeline: Timeline, segment: Segment) -> int:
    """The 1-based routine step under way; during the warm-up or a rest, the one coming."""
    if segment.step is not None:
        return segment.step + 1
    for later in timeline.segments[segment.index:]:
        if later.step is not None:
            return later.step + 1
    return len(timeline.routine.steps)


def exercise_of(timeline: Timeline, segment: Segment) -> str:
    """'Exercise 3 of 5'."""
    return (translate("Player", "Exercise %1 of %2").replace("%1", str(step_number(timeline, segment)))
            .replace("%2", str(len(timeline.routine.steps))))


def rep_of(segment: Segment, elapsed: float) -> str:
    """'Rep 3 of 8' during counted moves, else nothing."""
    if segment.phase is not Phase.REPS or not segment.reps:
        return ""
    return (translate("Player", "Rep %1 of %2").replace("%1", str(segment.rep_at(elapsed)))
            .replace("%2", str(segment.reps)))
