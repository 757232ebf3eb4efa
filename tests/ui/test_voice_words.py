"""The words of the spoken coaching in English and French, and the recordings they need."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from stretchtimer.audio.speech import JOINED, clip_file
from stretchtimer.core.catalog import builtin_entries
from stretchtimer.core.loader import load_library, routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.localtext import Words as Catalogue
from stretchtimer.ui.voice_words import SAID_APART, Words
from tests.conftest import REPO, FakeClock
from tests.core.test_phrases import phrases_of

ROUTINE = """version: 1
name: My mat routine
defaults: {prepare: 5, switch: 5, rest: 5}
steps:
  - exercise: lying-hamstring-stretch
    hold: 45
  - exercise: romanian-single-leg-deadlift
    reps: 3
    tempo: 2
    sides: right
"""
CLIPS = REPO / "assets" / "sounds" / "voice"


def spoken(language: str, text: str = ROUTINE) -> list[tuple[float, str, list[str | None]]]:
    library = load_library(REPO / "routines" / "exercises.yaml").localized(language)
    routine = routine_from_text(text, library)
    words = Words(Catalogue(language).translate, lambda ident: library[ident].name,
                  (routine.name, False))
    clock = FakeClock()
    start = clock.now
    return [(round(p.due - start, 6), words.text(p), words.clips(p))
            for p in phrases_of(text, library, clock, count_down=False)]


def test_a_routine_spoken_in_english() -> None:
    assert [(due, text) for due, text, _ in spoken("en")] == [
        (0.5, "My mat routine. Let's begin."),
        (0.5, "Get into position."),
        (0.5, "Next: Lying hamstring stretch, left side."),
        (5.5, "Lying hamstring stretch, left side, 45 seconds."),
        (13.0, "Breathe out, and go a little deeper."),
        (28.0, "Halfway."),
        (50.5, "Switch to the right side."),
        (55.5, "Lying hamstring stretch, right side, 45 seconds."),
        (63.0, "Breathe out, and go a little deeper."),
        (78.0, "Halfway."),
        (100.5, "Rest."),
        (100.5, "Next: Romanian single-leg deadlift, right side."),
        (105.5, "Get into position."),
        (110.5, "Romanian single-leg deadlift, right side, 3 reps."),
        (112.5, "2"),
        (114.5, "3"),
        (116.5, "Well done. Routine complete."),
    ]


def test_the_same_routine_spoken_in_french_in_french_word_order() -> None:
    assert [(due, text) for due, text, _ in spoken("fr")] == [
        (0.5, "My mat routine. C’est parti."),
        (0.5, "Mettez-vous en place."),
        (0.5, "Ensuite : Étirement des ischio-jambiers allongé, côté gauche."),
        (5.5, "Étirement des ischio-jambiers allongé, côté gauche, 45 secondes."),
        (13.0, "Expirez, et allez un peu plus loin."),
        (28.0, "À mi-parcours."),
        (50.5, "Passez au côté droit."),
        (55.5, "Étirement des ischio-jambiers allongé, côté droit, 45 secondes."),
        (63.0, "Expirez, et allez un peu plus loin."),
        (78.0, "À mi-parcours."),
        (100.5, "Repos."),
        (100.5, "Ensuite : Soulevé de terre roumain sur une jambe, côté droit."),
        (105.5, "Mettez-vous en place."),
        (110.5, "Soulevé de terre roumain sur une jambe, côté droit, 3 répétitions."),
        (112.5, "2"),
        (114.5, "3"),
        (116.5, "Bravo, la routine est terminée."),
    ]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_recordings_follow_the_word_order_and_leave_out_a_users_name(language: str) -> None:
    said = spoken(language)
    begin, hold = said[0][2], said[3][2]
    assert begin[0] is None  # "My mat routine" was written by a user: no recording of it
    expected = {"en": ["exercises/lying-hamstring-stretch", "", "words/left-side", "", "numbers/40",
                       "&numbers/5", "words/seconds"],
                "fr": ["exercises/lying-hamstring-stretch", "", "words/cote-gauche", "", "numbers/40",
                       "&numbers/5", "words/secondes"]}
    assert hold == expected[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_builtin_routine_has_a_recording_for_every_part(language: str, library: Library) -> None:
    """Where no speech service runs, built-in content is said whole from the shipped clips."""
    needed: set[str] = set()
    localized = library.localized(language)
    for entry in builtin_entries(REPO / "routines", library):
        assert entry.routine is not None
        words = Words(Catalogue(language).translate, lambda i: localized[i].name,
                      (entry.routine.display_name(language), True))
        for phrase in phrases_of(entry.file.read_text(encoding="utf-8"), localized, FakeClock()):
            assert None not in words.clips(phrase), phrase
            needed |= {c for c in words.clips(phrase) if c}
    missing = sorted(c for c in needed if not clip_file(CLIPS / language, c.lstrip(JOINED)).is_file())
    assert missing == []
    assert any(c.startswith("routines/") for c in needed)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_number_said_in_a_length_or_count_has_its_recordings(language: str) -> None:
    words = Words(Catalogue(language).translate, lambda i: i)
    for n in range(1, 60):
        clips = [c for p in words.number(n) if (c := p.clip) and c != SAID_APART]
        assert clips and all(clip_file(CLIPS / language, c.lstrip(JOINED)).is_file() for c in clips), n
    assert [p.clip for p in words.number(45)][1:] == ["numbers/40", JOINED + "numbers/5"]


def test_clips_are_small_mono_16_khz_without_clipping() -> None:
    files = sorted(CLIPS.glob("*/*.wav"))
    assert files
    for path in files:
        with wave.open(str(path), "rb") as clip:
            assert (clip.getnchannels(), clip.getsampwidth(), clip.getframerate()) == (1, 2, 16000), path
            assert 0.1 < clip.getnframes() / 16000 < 4.0, path
    assert sum(p.stat().st_size for p in files) < 4_000_000


def test_french_clips_are_not_the_english_ones(tmp_path: Path) -> None:
    for name in ("words-halfway.wav", "words-rest.wav"):
        assert (CLIPS / "en" / name).is_file()
    assert (CLIPS / "fr" / "words-a-mi-parcours.wav").is_file()
    assert (CLIPS / "fr" / "words-repos.wav").is_file()
    assert not (CLIPS / "fr" / "words-halfway.wav").exists()
    english = (CLIPS / "en" / "exercises-lying-hamstring-stretch.wav").read_bytes()
    french = (CLIPS / "fr" / "exercises-lying-hamstring-stretch.wav").read_bytes()
    assert english != french


@pytest.mark.parametrize(("language", "text"), [("en", "Let's begin."), ("fr", "C’est parti.")])
def test_an_empty_value_takes_its_punctuation_along(language: str, text: str) -> None:
    from stretchtimer.core.phrases import Phrase, Priority, Say

    library = load_library(REPO / "routines" / "exercises.yaml").localized(language)
    words = Words(Catalogue(language).translate, lambda ident: library[ident].name)
    assert words.text(Phrase(Say.BEGIN, 0.0, Priority.PHASE, 0)) == text
    sideless = Phrase(Say.HOLD, 0.0, Priority.PHASE, 0, "standing-wide-hamstring-stretch", None, 30)
    assert words.text(sideless) == {
        "en": "Standing wide-leg hamstring stretch, 30 seconds.",
        "fr": "Étirement des ischio-jambiers debout, jambes écartées, 30 secondes."}[language]
