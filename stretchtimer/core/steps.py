"""What a step does once its own values, the routine's defaults and the exercise's are weighed.

One place for these rules: the timeline compiles them and the editor shows them, so the two
cannot disagree. The order is always the step's own value, then the routine's default, then
the exercise's, then the fallback (tempo: the exercise's before the routine's, as a tempo
belongs to the movement).
"""

from __future__ import annotations

from stretchtimer.core.model import Defaults, Exercise, Progression, Step

FALLBACK_HOLD = 30  # seconds, when neither the routine nor the exercise gives a hold
SHORT_HOLD = 15  # the article's range for a static hold, in seconds: shorter or longer draws advice
LONG_HOLD = 60
FALLBACK_REPS = 8  # repetitions offered when a held exercise is switched to counting

_SIDES: dict[str, tuple[str | None, ...]] = {
    "both": ("left", "right"), "left": ("left",), "right": ("right",)}


def default_hold(defaults: Defaults, exercise: Exercise) -> int:
    """The hold of a step that gives none of its own."""
    return defaults.hold or exercise.hold or FALLBACK_HOLD


def hold(step: Step, defaults: Defaults, exercise: Exercise,
         progress: Progression | None = None, completed: int = 0) -> int:
    """Seconds the step is held (on each side), when it is held rather than counted; with a
    progression, grown after ``completed`` sessions of the routine."""
    from stretchtimer.core.progression import grown_hold  # progression reads LONG_HOLD from here

    return grown_hold(step.hold or default_hold(defaults, exercise), progress, completed)


def reps(step: Step, exercise: Exercise) -> int | None:
    """Repetitions when the step is counted; None when it is held (a step's own hold wins,
    an open hold included)."""
    if step.hold is not None or step.open:
        return None
    count = step.reps if step.reps is not None else exercise.reps
    return count or None


def counted(step: Step, exercise: Exercise) -> bool:
    """True when the step counts repetitions, False when it is held."""
    return reps(step, exercise) is not None


def default_tempo(defaults: Defaults, exercise: Exercise) -> int:
    """Seconds per repetition of a step that gives no tempo of its own."""
    return exercise.tempo or defaults.tempo


def tempo(step: Step, defaults: Defaults, exercise: Exercise) -> int:
    """Seconds per repetition."""
    return step.tempo or default_tempo(defaults, exercise)


def sides(step: Step, exercise: Exercise) -> tuple[str | None, ...]:
    """The sides in the order they are done: ("left", "right"), one of them, or (None,) for no side."""
    return _SIDES.get(step.sides or ("both" if exercise.sided else "none"), (None,))


def prepare(step: Step, defaults: Defaults) -> int:
    """Seconds to get into position before the step."""
    return defaults.prepare if step.prepare is None else step.prepare


def rest(step: Step, defaults: Defaults) -> int:
    """Seconds of rest after the step (when another follows)."""
    return defaults.rest if step.rest is None else step.rest
