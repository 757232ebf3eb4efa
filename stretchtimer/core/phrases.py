"""What the voice says, and when: spoken phrases derived from a running session's events.

The phrases are structured (what, which exercise, side, seconds, count), not text: the words
come from the translation catalogue, so the same rules speak every interface language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum, IntEnum

from stretchtimer.core.events import CueDue, Event, PhaseStarted, SecondElapsed
from stretchtimer.core.timeline import TICKS, CueKind, Phase, Segment, Timeline

HALFWAY_FROM = 20  # holds at least this long (seconds) hear "Halfway"
COACH_AT = 8  # seconds into a hold when its coaching is said
COACH_ROOM = TICKS + 3  # coaching needs this many seconds left in the hold, so it ends before the count
# The article's own coaching for the holds it describes "each time you exhale, go further".
COACHED = frozenset({"standing-wide-hamstring-stretch", "lying-hamstring-stretch"})
CHIME = 0.5  # seconds a chime lasts when its length is not known: speech starts after it


class Priority(IntEnum):
    """A phrase is never cut off by one of lower priority; a higher one goes first."""

    COUNT = 0
    HALFWAY = 1
    COACHING = 2
    NEXT = 3
    PHASE = 4


# How long a phrase stays worth saying after its due time: a late count would mislead.
LIFETIME: Mapping[Priority, float] = {
    Priority.COUNT: 0.8, Priority.HALFWAY: 3.0, Priority.COACHING: 5.0,
    Priority.NEXT: 10.0, Priority.PHASE: 10.0,
}


class Say(str, Enum):
    """Each kind of phrase; each has one template in the catalogue."""

    BEGIN = "begin"  # the routine's name, then "Let's begin"
    WARMUP = "warmup"  # warm up for <length>
    PREPARE = "prepare"  # get into position
    HOLD = "hold"  # <exercise>, <side>, <length>
    HOLD_OPEN = "hold-open"  # <exercise>, <side>, as long as you like
    REPS = "reps"  # <exercise>, <side>, <count> reps
    SWITCH = "switch"  # switch to the <side> side
    REST = "rest"
    NEXT = "next"  # next: <exercise>[, <side>]
    HALFWAY = "halfway"
    COACH = "coach"  # breathe out, and go a little deeper
    COUNT = "count"  # a number alone: 3-2-1, or the repetition
    DONE = "done"


@dataclass(frozen=True)
class Phrase:
    say: Say
    due: float  # when to start speaking, on the monotonic clock
    priority: Priority
    segment: int  # the timeline segment it belongs to
    exercise: str | None = None  # exercise id
    side: str | None = None  # "left" | "right"
    seconds: int | None = None  # a length
    count: int | None = None  # a number said alone, or a number of reps

    @property
    def expires(self) -> float:
        return self.due + LIFETIME[self.priority]


def length_parts(seconds: int) -> tuple[int, int]:
    """A length as (minutes, seconds) the way it is said: "forty-five seconds", "one minute
    thirty"; so every number said is under sixty, and the recorded numbers stay few."""
    return divmod(seconds, 60)


_PHASE_SAYS: Mapping[Phase, Say] = {
    Phase.WARMUP: Say.WARMUP, Phase.PREPARE: Say.PREPARE, Phase.SWITCH: Say.SWITCH,
    Phase.REST: Say.REST, Phase.DONE: Say.DONE,
}
_PHASE_CUES = frozenset({CueKind.START, CueKind.PREPARE, CueKind.NEXT, CueKind.HOLD, CueKind.SWITCH,
                         CueKind.REST, CueKind.DONE})


class Coach:
    """Turns session events into phrases, each due after its chime ends.

    ``chime`` gives each cue's length in seconds; ``clock`` the time a shown second is
    reached (for "Halfway" and the coaching, which follow the shown countdown).
    """

    def __init__(self, timeline: Timeline, clock: Callable[[], float], *, count_down: bool = True,
                 chime: Callable[[CueKind], float] = lambda kind: CHIME) -> None:
        self.timeline = timeline
        self._clock = clock
        self.count_down = count_down
        self._chime = chime
        self._said: set[tuple[int, Say]] = set()  # halfway and coaching, once per phase

    def handle(self, event: Event) -> list[Phrase]:
        if isinstance(event, PhaseStarted):
            self._said = {said for said in self._said if said[0] != event.segment.index}
            return []
        if isinstance(event, CueDue):
            return self._on_cue(event)
        if isinstance(event, SecondElapsed):
            return self._on_second(event.segment, event.remaining)
        return []

    def _on_cue(self, event: CueDue) -> list[Phrase]:
        cue, segment = event.cue, event.segment
        # A cue handed over late (the sound player being made for the first one) rings when
        # handed over: its phrase follows it from then.
        due = max(event.at, self._clock()) + self._chime(cue.kind)
        if cue.kind is CueKind.TICK:
            return [Phrase(Say.COUNT, due, Priority.COUNT, segment.index, count=cue.count)] \
                if self.count_down else []
        if cue.kind is CueKind.REP:
            return [Phrase(Say.COUNT, due, Priority.COUNT, segment.index, count=cue.count)]
        if cue.kind not in _PHASE_CUES:
            return []
        phrases = [Phrase(Say.BEGIN, due, Priority.PHASE, segment.index)] \
            if cue.kind is CueKind.START else []
        phrases.append(self._phase(segment, due))
        upcoming = self._upcoming(segment)
        if upcoming is not None:
            phrases.append(Phrase(Say.NEXT, due, Priority.NEXT, segment.index,
                                  exercise=upcoming.exercise, side=upcoming.side))
        return phrases

    def _phase(self, segment: Segment, due: float) -> Phrase:
        exercise, side = segment.exercise, segment.side
        if segment.phase is Phase.HOLD:
            if segment.open:
                return Phrase(Say.HOLD_OPEN, due, Priority.PHASE, segment.index, exercise, side)
            return Phrase(Say.HOLD, due, Priority.PHASE, segment.index, exercise, side, segment.duration)
        if segment.phase is Phase.REPS:
            return Phrase(Say.REPS, due, Priority.PHASE, segment.index, exercise, side, count=segment.reps)
        seconds = segment.duration if segment.phase is Phase.WARMUP else None
        side = segment.side if segment.phase is Phase.SWITCH else None
        return Phrase(_PHASE_SAYS[segment.phase], due, Priority.PHASE, segment.index, side=side,
                      seconds=seconds)

    def _upcoming(self, segment: Segment) -> Segment | None:
        """What comes next, said during a rest and while getting ready (once: getting ready
        right after a rest does not say it again)."""
        if segment.phase is Phase.PREPARE:
            before = self.timeline[segment.index - 1] if segment.index else None
            return None if before is not None and before.phase is Phase.REST else segment
        if segment.phase is Phase.REST:
            return self.timeline.next_exercise(segment.index)
        return None

    def _on_second(self, segment: Segment, remaining: int) -> list[Phrase]:
        if segment.phase is not Phase.HOLD:
            return []
        held = -remaining if segment.open else segment.duration - remaining
        phrases: list[Phrase] = []
        if (segment.exercise in COACHED and held >= COACH_AT
                and (segment.open or remaining >= COACH_ROOM)):
            phrases += self._once(segment, Say.COACH, Priority.COACHING)
        if not segment.open and segment.duration >= HALFWAY_FROM and remaining <= segment.duration // 2 \
                and remaining > TICKS:
            phrases += self._once(segment, Say.HALFWAY, Priority.HALFWAY)
        return phrases

    def _once(self, segment: Segment, say: Say, priority: Priority) -> list[Phrase]:
        if (segment.index, say) in self._said:
            return []
        self._said.add((segment.index, say))
        return [Phrase(say, self._clock(), priority, segment.index, exercise=segment.exercise)]


def cuts_off(new: Phrase, speaking: Phrase) -> bool:
    """Whether ``new`` may interrupt ``speaking``: only a more important phrase, or a later
    phase's own phrase (the phase it spoke of is over)."""
    if new.priority > speaking.priority:
        return True
    return new.priority is Priority.PHASE and speaking.priority is Priority.PHASE \
        and new.segment > speaking.segment


def next_to_say(pending: list[Phrase], now: float) -> Phrase | None:
    """Of the phrases due by ``now`` and not yet stale, the most important (then the earliest);
    stale ones are dropped from ``pending``."""
    pending[:] = [p for p in pending if p.expires >= now]
    due = [p for p in pending if p.due <= now]
    if not due:
        return None
    return min(due, key=lambda p: (-p.priority, p.due))
