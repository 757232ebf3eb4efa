"""Which illustration frame the player shows at each moment of a routine."""

from __future__ import annotations

from stretchtimer.core.model import Exercise
from stretchtimer.core.timeline import Phase, Segment

WARMUP_FRAMES = ("warmup-march-1", "warmup-march-2")


def warmup_frame(elapsed: float, *, still: bool = False) -> str:
    """Marching on the spot: the two frames in turn, a step a second (one still frame if asked)."""
    return WARMUP_FRAMES[0] if still else WARMUP_FRAMES[int(elapsed) % 2]


def frame_for(exercise: Exercise, segment: Segment, elapsed: float, *, still: bool = False) -> str:
    """The picture for the moment: start and end frames in time with the moves, else the side's frame.

    Frames are "<id>-1" and "<id>-2": start and end of a move, or the left and right side of
    a sided stretch, or the set-up and the held position of a stretch done once. ``still``
    (reduce motion) keeps one picture through a phase instead of alternating.
    """
    frames = exercise.frames
    if not frames:
        return ""
    if len(frames) == 1:
        return frames[0]
    moving = segment.phase in (Phase.HOLD, Phase.REPS)
    if segment.phase is Phase.REPS and segment.tempo:
        if still:
            return frames[0]
        return frames[1] if (elapsed % segment.tempo) >= segment.tempo / 2 else frames[0]
    if exercise.kind == "roller":
        return frames[int(elapsed // 2) % 2] if moving and not still else frames[0]
    if exercise.kind == "dynamic" or not exercise.sided:
        return frames[1] if moving else frames[0]
    return frames[1] if segment.side == "right" else frames[0]
