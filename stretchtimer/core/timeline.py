"""Compile a routine into a flat timeline of segments with their cue points."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from stretchtimer.core import steps as rules
from stretchtimer.core.model import Library, Routine

TICKS = 3  # audible count-down seconds before a phase ends
MIN_TICKED = 5  # shorter phases get no count-down
NUDGE_EVERY = 15  # seconds between the soft cues of an open hold


class Phase(str, Enum):
    WARMUP = "warmup"
    PREPARE = "prepare"
    HOLD = "hold"
    SWITCH = "switch"
    REPS = "reps"
    REST = "rest"
    DONE = "done"


class CueKind(str, Enum):
    START = "start"  # the routine begins
    PREPARE = "prepare"  # get into position for the first exercise
    NEXT = "next"  # get into position for a following exercise
    HOLD = "hold"  # hold (or the counted moves) begins
    REP = "rep"  # one counted repetition begins
    TICK = "tick"  # 3-2-1 before a phase ends
    SWITCH = "switch"  # change sides
    REST = "rest"
    DONE = "done"  # the routine is complete
    NUDGE = "nudge"  # a soft reminder every NUDGE_EVERY seconds of an open hold


@dataclass(frozen=True)
class Cue:
    offset: int  # seconds from the start of its segment
    kind: CueKind
    count: int = 0  # the tick's 3/2/1, or the repetition's number


@dataclass(frozen=True)
class Segment:
    index: int
    phase: Phase
    start: int  # seconds from the start of the routine
    duration: int
    cues: tuple[Cue, ...]
    step: int | None = None  # index into the routine's steps
    exercise: str | None = None
    side: str | None = None  # "left" | "right" | None
    reps: int | None = None
    tempo: int | None = None
    # An open hold lasts until the user moves on; ``duration`` is then only its nominal length
    # (for totals and estimates), and its nudges are made by the session, not listed in ``cues``.
    open: bool = False

    @property
    def end(self) -> int:
        return self.start + self.duration

    def rep_at(self, elapsed: float) -> int:
        """The 1-based repetition under way ``elapsed`` seconds into a reps segment."""
        if not self.reps or not self.tempo:
            return 0
        return min(self.reps, int(elapsed // self.tempo) + 1)


@dataclass(frozen=True)
class Timeline:
    routine: Routine
    segments: tuple[Segment, ...]

    @property
    def total(self) -> int:
        return self.segments[-1].end if self.segments else 0

    def __len__(self) -> int:
        return len(self.segments)

    def __getitem__(self, index: int) -> Segment:
        return self.segments[index]

    def __iter__(self) -> Iterator[Segment]:
        return iter(self.segments)

    def next_exercise(self, index: int) -> Segment | None:
        """The first segment of the next step after segment ``index`` (for "up next")."""
        current = self.segments[index].step
        for segment in self.segments[index + 1 :]:
            if segment.step is not None and segment.step != current:
                return segment
        return None


def _ticks(phase: Phase, duration: int, open_ended: bool) -> tuple[Cue, ...]:
    if phase in (Phase.REPS, Phase.DONE) or duration < MIN_TICKED or open_ended:
        return ()
    return tuple(Cue(duration - n, CueKind.TICK, n) for n in range(TICKS, 0, -1))


def compile_routine(routine: Routine, library: Library, completed: int = 0) -> Timeline:
    """The routine as segments; zero-length phases are left out, a DONE segment ends it.

    ``completed``: sessions of this routine completed so far, for holds that grow."""
    segments: list[Segment] = []
    clock = 0

    def add(phase: Phase, duration: int, cue: CueKind, **where: object) -> None:
        nonlocal clock
        if duration <= 0:
            return
        first = CueKind.START if not segments else cue
        cues: list[Cue] = [Cue(0, first)]
        reps, tempo = where.get("reps"), where.get("tempo")
        if phase is Phase.REPS and isinstance(reps, int) and isinstance(tempo, int):
            cues += [Cue(k * tempo, CueKind.REP, k + 1) for k in range(1, reps)]
        cues += _ticks(phase, duration, where.get("open") is True)
        segments.append(Segment(len(segments), phase, clock, duration, tuple(cues), **where))  # type: ignore[arg-type]
        clock += duration

    defaults = routine.defaults
    add(Phase.WARMUP, routine.warmup, CueKind.START)
    for number, step in enumerate(routine.steps):
        exercise = library[step.exercise]
        sides = rules.sides(step, exercise)
        prepare = rules.prepare(step, defaults)
        where: dict[str, object] = {"step": number, "exercise": exercise.id}
        add(Phase.PREPARE, prepare, CueKind.NEXT if number else CueKind.PREPARE,
            side=sides[0], **where)
        reps = rules.reps(step, exercise)
        for i, side in enumerate(sides):
            if i:
                add(Phase.SWITCH, defaults.switch, CueKind.SWITCH, side=side, **where)
            if reps:
                tempo = rules.tempo(step, defaults, exercise)
                add(Phase.REPS, reps * tempo, CueKind.HOLD, side=side, reps=reps, tempo=tempo,
                    **where)
            else:
                hold = rules.hold(step, defaults, exercise, routine.progress, completed)
                add(Phase.HOLD, hold, CueKind.HOLD, side=side, open=step.open, **where)
        if number < len(routine.steps) - 1:
            add(Phase.REST, rules.rest(step, defaults), CueKind.REST)
    segments.append(Segment(len(segments), Phase.DONE, clock, 0, (Cue(0, CueKind.DONE),)))
    return Timeline(routine, tuple(segments))
