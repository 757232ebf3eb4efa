"""The window's spoken coaching: the driver's events become phrases in the interface language."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from stretchtimer.audio.speech import NullVoice, Utterance, Voice
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.settings import Settings
from stretchtimer.core.timeline import compile_routine
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.voice import VoiceCoaching

ROUTINE = """version: 1
name: Quick
defaults: {prepare: 5, switch: 5}
steps:
  - exercise: seated-hamstring-stretch
    hold: 20
"""


class ListQueue:
    """Takes what the coaching says, instead of speaking it."""

    def __init__(self, make_voice: Callable[[], Voice], on_ready: Callable[[Voice], None]) -> None:
        self.voice = make_voice()
        self.ready = threading.Event()
        self.ready.set()
        self.said: list[Utterance] = []
        self.hushed = 0
        self.rate = self.volume = 0
        on_ready(self.voice)

    def say(self, utterances: list[Utterance]) -> None:
        self.said += utterances

    def hush(self) -> None:
        self.hushed += 1

    def set_rate(self, rate: int) -> None:
        self.rate = rate

    def set_volume(self, percent: int) -> None:
        self.volume = percent

    def close(self) -> None:
        pass


class Speaking(NullVoice):
    def __init__(self) -> None:
        super().__init__("")
        self.available = True


def coaching_for(qtbot: Any, library: Library, fake_clock: Any, mode: str, language: str = "en",
                 reader: bool = False, voice: Voice | None = None) -> tuple[VoiceCoaching, SessionDriver]:
    settings = Settings({"voice.mode": mode, "voice.rate": 120, "voice.volume": 60})
    driver = SessionDriver(clock=fake_clock)
    coaching = VoiceCoaching(settings, library.localized(language), language, lambda: voice or Speaking(),
                             lambda kind: 0.5, screen_reader=lambda: reader, make_queue=ListQueue)
    coaching.attach(driver)
    return coaching, driver


def said(coaching: VoiceCoaching) -> list[tuple[float, str]]:
    queue = coaching.queue()
    assert isinstance(queue, ListQueue)
    return [(round(u.phrase.due - 1000.0, 6), u.text) for u in queue.said]


def run(driver: SessionDriver, library: Library, fake_clock: Any, until: float) -> None:
    driver.start(compile_routine(routine_from_text(ROUTINE, library), library))
    while driver.session is not None and (wake := driver.session.next_wakeup()) is not None \
            and wake - 1000.0 <= until:
        fake_clock.now = wake
        driver.wake()


def test_each_phase_is_spoken_after_its_chime(qtbot, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    coaching, driver = coaching_for(qtbot, library, fake_clock, "on")
    run(driver, library, fake_clock, until=16)
    assert said(coaching) == [
        (0.5, "Quick. Let's begin."), (0.5, "Get into position."),
        (0.5, "Next: Seated hamstring stretch, left side."),
        (2.5, "3"), (3.5, "2"), (4.5, "1"),
        (5.5, "Seated hamstring stretch, left side, 20 seconds."),
        (15.0, "Halfway."),
    ]
    queue = coaching.queue()
    assert isinstance(queue, ListQueue) and (queue.rate, queue.volume) == (20, 60)


def test_in_a_french_window_the_phrases_are_french(qtbot, library: Library, fake_clock, french) -> None:  # type: ignore[no-untyped-def]
    coaching, driver = coaching_for(qtbot, library, fake_clock, "on", language="fr")
    run(driver, library, fake_clock, until=6)
    assert said(coaching) == [
        (0.5, "Quick. C’est parti."), (0.5, "Mettez-vous en place."),
        (0.5, "Ensuite : Étirement des ischio-jambiers assis, côté gauche."),
        (2.5, "3"), (3.5, "2"), (4.5, "1"),
        (5.5, "Étirement des ischio-jambiers assis, côté gauche, 20 secondes."),
    ]


@pytest.mark.parametrize(("mode", "reader", "speaks"), [
    ("off", False, False), ("on", True, True), ("no-screen-reader", True, False),
    ("no-screen-reader", False, True)])
def test_the_voice_setting_and_a_running_screen_reader(qtbot, library: Library, fake_clock,  # type: ignore[no-untyped-def]
                                                      mode: str, reader: bool, speaks: bool) -> None:
    coaching, driver = coaching_for(qtbot, library, fake_clock, mode, reader=reader)
    run(driver, library, fake_clock, until=6)
    assert bool(said(coaching)) is speaks


def test_muting_silences_the_voice_too(qtbot, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    coaching, driver = coaching_for(qtbot, library, fake_clock, "on")
    coaching.settings.set("sound.muted", True)
    run(driver, library, fake_clock, until=6)
    assert said(coaching) == []


def test_the_settings_dialog_offers_the_voice_modes_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from stretchtimer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings({"voice.mode": "no-screen-reader"}), {})
    qtbot.addWidget(dialog)
    combo = dialog.widgets["voice.mode"]
    assert isinstance(combo, QComboBox)
    assert [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == [
        ("off", "Off"), ("on", "On"), ("no-screen-reader", "Only when no screen reader is running")]
    assert dialog.values()["voice.mode"] == "no-screen-reader"
    combo.setCurrentIndex(1)
    assert dialog.values()["voice.mode"] == "on"


def test_pausing_hushes_the_voice(qtbot, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    coaching, driver = coaching_for(qtbot, library, fake_clock, "on")
    run(driver, library, fake_clock, until=2)
    driver.toggle()
    queue = coaching.queue()
    assert isinstance(queue, ListQueue) and queue.hushed == 1


def test_turning_voice_on_when_nothing_can_speak_says_why(qtbot, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    coaching, _ = coaching_for(qtbot, library, fake_clock, "off",
                               voice=NullVoice("speech-dispatcher is not running, and no recorded phrases"))
    told: list[str] = []
    coaching.unavailable.connect(told.append)
    coaching.apply_settings()
    assert told == []  # off: nothing looked for
    coaching.settings.set("voice.mode", "on")
    coaching.apply_settings()
    assert told == ["Spoken coaching is off: speech-dispatcher is not running, and no recorded phrases. "
                    "The tones still play."]
