"""The words of each spoken phrase, from the translation catalogue, as text or as recorded clips.

A template such as "%1, %2, %3." is translated with its own word order; filled in it gives
the text a speech service reads, and cut at its slots it gives the clips to play in turn
where no speech service runs (names, sides and numbers recorded apart, so every
combination need not be).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from stretchtimer.audio.speech import JOINED
from stretchtimer.core.phrases import Phrase, Say, length_parts
from stretchtimer.core.words import QT_TRANSLATE_NOOP

CONTEXT = "Voice"
Translate = Callable[[str, str], str]  # (context, English text) -> text in the interface language

TEMPLATES: Mapping[Say, str] = {
    Say.BEGIN: QT_TRANSLATE_NOOP("Voice", "%1. Let's begin."),  # %1: the routine's name
    Say.WARMUP: QT_TRANSLATE_NOOP("Voice", "Warm up, %1."),  # %1: a length
    Say.PREPARE: QT_TRANSLATE_NOOP("Voice", "Get into position."),
    Say.HOLD: QT_TRANSLATE_NOOP("Voice", "%1, %2, %3."),  # exercise, side, length
    Say.HOLD_OPEN: QT_TRANSLATE_NOOP("Voice", "%1, %2, as long as you like."),
    Say.REPS: QT_TRANSLATE_NOOP("Voice", "%1, %2, %3 reps."),  # exercise, side, number of reps
    Say.SWITCH: QT_TRANSLATE_NOOP("Voice", "Switch to the %1."),  # %1: a side
    Say.REST: QT_TRANSLATE_NOOP("Voice", "Rest."),
    Say.NEXT: QT_TRANSLATE_NOOP("Voice", "Next: %1, %2."),  # exercise, side
    Say.HALFWAY: QT_TRANSLATE_NOOP("Voice", "Halfway."),
    Say.COACH: QT_TRANSLATE_NOOP("Voice", "Breathe out, and go a little deeper."),
    Say.COUNT: "%1",
    Say.DONE: QT_TRANSLATE_NOOP("Voice", "Well done. Routine complete."),
}
SIDES: Mapping[str, str] = {
    "left": QT_TRANSLATE_NOOP("Voice", "left side"),
    "right": QT_TRANSLATE_NOOP("Voice", "right side"),
}
# Lengths, by (minutes, seconds) pattern: "one" is written out, its gender differs by language.
ONE_SECOND = QT_TRANSLATE_NOOP("Voice", "one second")
SECONDS = QT_TRANSLATE_NOOP("Voice", "%1 seconds")
ONE_MINUTE = QT_TRANSLATE_NOOP("Voice", "one minute")
MINUTES = QT_TRANSLATE_NOOP("Voice", "%1 minutes")
ONE_MINUTE_AND = QT_TRANSLATE_NOOP("Voice", "one minute %1")
MINUTES_AND = QT_TRANSLATE_NOOP("Voice", "%1 minutes %2")
# How a number from 21 to 59 is put together from its ten and its unit in the recordings (a
# speech service reads the digits itself): one ending in one ("vingt et un"), and the others.
TENS_ONE = QT_TRANSLATE_NOOP("Voice", "%1 %2")
TENS_UNIT = QT_TRANSLATE_NOOP("Voice", "%1-%2")

_SLOT = re.compile(r"%(\d)")
_PUNCTUATION = re.compile(r"^[\s,.:;!?…]*$")
_LEADING = re.compile(r"^[\s,.:;]+")  # left by a first value that is empty
_JOINER = re.compile(r"^[\s-]+$")  # between the parts of a number: no pause, nothing said
SAID_APART = "+"  # the clip of a part said by the clips of its own parts (a number, a joiner)


@dataclass(frozen=True)
class Piece:
    """Part of a phrase: literal words of a template (``clip`` is its recording's name), or
    a value put in (a name, a number): ``clip`` None when no recording of it can exist, ""
    for a pause, SAID_APART when the pieces after it say it."""

    text: str
    clip: str | None


def clip_name(text: str) -> str:
    """The recording's file name (without .wav) for literal words: "à mi-parcours" -> "a-mi-parcours"."""
    plain = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _literal(text: str) -> list[Piece]:
    if _JOINER.match(text):
        return [Piece(text, SAID_APART)]
    if _PUNCTUATION.match(text):
        return [Piece(text, "")]  # "" : a pause, no words
    return [Piece(text, "words/" + clip_name(text))]


def fill(template: str, values: list[list[Piece]]) -> list[Piece]:
    """The template cut at its %N slots with the values put in; an empty value takes the
    punctuation next to it along (before it, or after it when it comes first)."""
    parts: list[list[Piece] | str] = []
    last = 0
    for match in _SLOT.finditer(template):
        parts.append(template[last:match.start()])
        parts.append(values[int(match.group(1)) - 1])
        last = match.end()
    parts.append(template[last:])
    parts = [p for p in parts if p != ""]
    for i, part in enumerate(parts):
        if isinstance(part, list) and not part:
            near = i + 1 if i == 0 else i - 1
            neighbour = parts[near] if near < len(parts) else None
            if isinstance(neighbour, str) and _PUNCTUATION.match(neighbour):
                parts[near] = ""
    pieces: list[Piece] = []
    for part in parts:
        pieces += _literal(part) if isinstance(part, str) else part
    return [p for p in pieces if p.text or p.clip]


class Words:
    """Phrases in one language: ``translate`` reads the catalogue, ``exercise_name`` gives the
    localized name of an exercise id, ``routine`` the routine's name and whether it is built
    in (a built-in name has a recording; a name a user wrote has none)."""

    def __init__(self, translate: Translate, exercise_name: Callable[[str], str],
                 routine: tuple[str, bool] = ("", False)) -> None:
        self._tr = translate
        self._exercise_name = exercise_name
        self._routine = routine

    def t(self, english: str) -> str:
        return self._tr(CONTEXT, english)

    def number(self, n: int) -> list[Piece]:
        """Digits for a speech service; for the recordings, 21 to 59 from a ten and a unit
        (fewer clips to ship)."""
        if n <= 20 or n >= 60 or not n % 10:
            return [Piece(str(n), f"numbers/{n}")]
        template = self.t(TENS_ONE if n % 10 == 1 else TENS_UNIT)
        parts = fill(template, [[Piece("", f"numbers/{n - n % 10}")], [Piece("", f"numbers/{n % 10}")]])
        clips = [p.clip for p in parts if p.clip and p.clip != SAID_APART]
        # The parts of one number follow each other without the pause put between words.
        return [Piece(str(n), SAID_APART), Piece("", clips[0])] + [Piece("", JOINED + c) for c in clips[1:]]

    def length(self, seconds: int) -> list[Piece]:
        minutes, rest = length_parts(seconds)
        if not minutes:
            return fill(self.t(ONE_SECOND), []) if rest == 1 else fill(self.t(SECONDS), [self.number(rest)])
        if not rest:
            return fill(self.t(ONE_MINUTE), []) if minutes == 1 else fill(self.t(MINUTES),
                                                                          [self.number(minutes)])
        if minutes == 1:
            return fill(self.t(ONE_MINUTE_AND), [self.number(rest)])
        return fill(self.t(MINUTES_AND), [self.number(minutes), self.number(rest)])

    def pieces(self, phrase: Phrase) -> list[Piece]:
        exercise = [Piece(self._exercise_name(phrase.exercise), f"exercises/{phrase.exercise}")] \
            if phrase.exercise else []
        side = _literal(self.t(SIDES[phrase.side])) if phrase.side and phrase.side in SIDES else []
        name, builtin = self._routine
        routine = [Piece(name, f"routines/{clip_name(name)}" if builtin else None)] if name else []
        length = self.length(phrase.seconds) if phrase.seconds else []
        count = self.number(phrase.count) if phrase.count is not None else []
        values: Mapping[Say, list[list[Piece]]] = {
            Say.BEGIN: [routine], Say.WARMUP: [length], Say.HOLD: [exercise, side, length],
            Say.HOLD_OPEN: [exercise, side], Say.REPS: [exercise, side, count], Say.SWITCH: [side],
            Say.NEXT: [exercise, side], Say.COUNT: [count],
        }
        template = TEMPLATES[phrase.say]
        return fill(template if template == "%1" else self.t(template), list(values.get(phrase.say, [])))

    def text(self, phrase: Phrase) -> str:
        """What a speech service is asked to read."""
        return _LEADING.sub("", "".join(p.text for p in self.pieces(phrase))).strip()

    def clips(self, phrase: Phrase) -> list[str | None]:
        """The recordings to play in turn ("" a short pause, None a part that has none)."""
        clips = [p.clip for p in self.pieces(phrase) if p.clip != SAID_APART]
        while clips and clips[-1] == "":
            clips.pop()
        return clips
