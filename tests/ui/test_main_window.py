"""The main window: keys drive the session, the title and countdown follow, floor mode toggles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QLabel

from stretchtimer.core.catalog import Entry, builtin_entries
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.session import State
from stretchtimer.core.settings import Settings
from stretchtimer.ui import dialogs
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from tests import conftest

SHORT = conftest.SHORT.replace("hold: 20", "hold: 27")  # a first hold of 27 s


@pytest.fixture
def entry(library: Library) -> Entry:
    return Entry(Path("short.yaml"), False, routine_from_text(SHORT, library))


def advance(window: MainWindow, clock, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """Let time pass as the timer would: waking at least once a second."""
    while seconds > 0:
        step = min(1.0, seconds)
        clock.advance(step)
        seconds -= step
        window.driver.wake()


def test_home_lists_the_presets_evening_first(window: MainWindow) -> None:
    names = [card.entry.routine.name for card in window.home.cards if card.entry.routine]
    assert names[:3] == ["Evening routine", "Post-workout", "Pre-workout warm-up"]
    assert window.windowTitle() == "Stretch Timer"
    assert not window.driver.is_armed()


def test_title_follows_the_design_contract(window: MainWindow, entry: Entry, fake_clock) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    assert window.stack.currentWidget() is window.player
    assert window.windowTitle() == "0:05 · Get ready · Seated hamstring stretch (left side) — Stretch Timer"
    advance(window, fake_clock, 5)
    assert window.windowTitle() == "0:27 · Hold · Seated hamstring stretch (left side) — Stretch Timer"
    advance(window, fake_clock, 0.4)
    assert window.player.countdown.text() == "0:27"
    advance(window, fake_clock, 0.6)
    assert window.player.countdown.text() == "0:26"
    assert window.player.side_label.text() == "Left side"


def test_space_pauses_and_resumes(qtbot, window: MainWindow, entry: Entry, fake_clock) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    advance(window, fake_clock, 2)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.driver.session.state is State.PAUSED
    assert window.windowTitle().startswith("Paused · 0:03 · Get ready")
    assert not window.driver.is_armed()
    advance(window, fake_clock, 100)
    assert window.player.countdown.text() == "0:03"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.driver.session.state is State.RUNNING
    assert window.driver.is_armed()


@pytest.mark.parametrize("forward, backward", [
    (Qt.Key.Key_Right, Qt.Key.Key_Left), (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)])
def test_arrows_and_clicker_keys_skip_and_go_back(qtbot, window: MainWindow, entry: Entry,  # type: ignore[no-untyped-def]
                                                  forward: Qt.Key, backward: Qt.Key) -> None:
    window.start_entry(entry)
    qtbot.keyClick(window, forward)
    qtbot.keyClick(window, forward)
    assert window.driver.session.index == 2
    assert window.windowTitle().startswith("0:05 · Switch sides · Seated hamstring stretch (right side)")
    qtbot.keyClick(window, backward)
    assert window.driver.session.index == 1


def test_r_restarts(qtbot, window: MainWindow, entry: Entry, fake_clock) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    advance(window, fake_clock, 12)
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.driver.session.index == 0
    assert window.player.countdown.text() == "0:05"


def test_floor_mode_toggles_with_f_and_leaves_with_escape(qtbot, window: MainWindow, entry: Entry) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    normal = window.player.countdown.font().pixelSize()
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.player.floor_mode
    assert window.settings.get("window.floor_mode") is True
    assert not window.player.instructions.isVisible()
    qtbot.waitUntil(lambda: window.player.countdown.font().pixelSize() > normal)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.player.floor_mode
    assert window.player.instructions.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.player.floor_mode


def test_m_mutes_and_unmutes(qtbot, window: MainWindow, entry: Entry) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.settings.get("sound.muted") is True
    assert window.player.buttons["mute"].text() == "Unmute"
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.settings.get("sound.muted") is False


def test_stopping_a_running_routine_asks_first(window: MainWindow, entry: Entry,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    answers: list[str] = []

    def answer(parent, title, text, yes, no):  # type: ignore[no-untyped-def]
        answers.append(title)
        return len(answers) > 1

    monkeypatch.setattr(dialogs, "ask", answer)
    window.start_entry(entry)
    window.player.buttons["stop"].click()
    assert window.stack.currentWidget() is window.player and window.driver.is_active()
    window.player.buttons["stop"].click()
    assert window.stack.currentWidget() is window.home and not window.driver.is_active()
    assert answers == ["Leave the routine?", "Leave the routine?"]


def test_finished_routine_shows_a_summary(window: MainWindow, entry: Entry, fake_clock) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    total = window.driver.session.timeline.total
    for _ in range(total + 1):
        advance(window, fake_clock, 1)
    assert window.stack.currentWidget() is window.summary
    assert "Short" in window.summary.details.text()
    assert "Seated hamstring stretch" in window.summary.details.text()
    assert not window.driver.is_armed()
    window.summary.home_button.click()
    assert window.stack.currentWidget() is window.home


def test_title_pattern_holds_through_a_preset(window: MainWindow, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    evening = window.home.cards[0].entry
    window.start_entry(evening)
    pattern = re.compile(r"^\d+:\d\d · [A-Z][\w -]+( · [^·]+)? — Stretch Timer$")
    seen = set()
    while window.driver.is_active():
        assert pattern.match(window.windowTitle()), window.windowTitle()
        seen.add(window.windowTitle().split(" · ")[1].split(" — ")[0])
        advance(window, fake_clock, 1)
    assert {"Warm-up", "Get ready", "Hold", "Switch sides", "Rest"} <= seen


def test_progress_view_shows_streak_and_sessions(qtbot, library: Library, fake_clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from stretchtimer.core.history import Record

    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    now = datetime.now().astimezone()
    records = [Record("Evening routine", now - timedelta(days=d), now - timedelta(days=d), 460, True)
               for d in (0, 1, 2)]
    places = Places.from_environment()
    win = MainWindow(library, lambda: builtin_entries(places.builtin_dir, library), Settings(),
                     SessionDriver(clock=fake_clock), places.assets_dir, records=lambda: records)
    qtbot.addWidget(win)
    win.home.progress_button.click()
    assert win.stack.currentWidget() is win.progress
    assert win.progress.streak.text() == "3-day streak"
    assert win.progress.recent.count() == 3
    assert "Evening routine" in win.progress.recent.item(0).text()
    assert win.progress.chart.minutes[-1] > 0


def test_picture_follows_the_side_and_describes_itself(window: MainWindow, entry: Entry, fake_clock) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    advance(window, fake_clock, 6)  # into the left-side hold
    picture = window.player.illustration
    assert picture._frame == "seated-hamstring-stretch-1"
    assert "left leg straight" in picture.accessibleDescription()
    window.driver.skip()
    window.driver.skip()  # the right-side hold
    assert picture._frame == "seated-hamstring-stretch-2"
    assert "right leg straight" in picture.accessibleDescription()


def test_each_phase_is_announced_once_not_every_second(window: MainWindow, entry: Entry, fake_clock,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    from stretchtimer.ui import main_window

    said: list[str] = []
    monkeypatch.setattr(main_window, "announce", lambda widget, text: said.append(text))
    window.start_entry(entry)
    advance(window, fake_clock, 8)
    assert said == ["Get ready, Seated hamstring stretch, left side, 5 seconds",
                    "Hold, Seated hamstring stretch, left side, 27 seconds"]
    window.settings.set("accessibility.announce", False)
    window.driver.skip()
    assert len(said) == 2


def test_announcement_reaches_qt_accessibility(window: MainWindow, entry: Entry, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible

    events: list = []
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: events.append((event.type(), event.message())))
    window.start_entry(entry)
    assert events and events[0][1] == "Get ready, Seated hamstring stretch, left side, 5 seconds"
    assert events[0][0] == QAccessible.Event.Announcement


def test_reduce_motion_setting_stops_the_moving_frames(window: MainWindow, library: Library,  # type: ignore[no-untyped-def]
                                                       fake_clock) -> None:
    reps = Entry(Path("reps.yaml"), False, routine_from_text(
        "version: 1\nname: Reps\ndefaults: {prepare: 1}\nsteps:\n"
        "  - exercise: romanian-single-leg-deadlift\n    reps: 4\n    tempo: 2\n", library))
    picture = window.player.illustration

    def frames_seen() -> set[str]:
        seen = set()
        for _ in range(6):
            advance(window, fake_clock, 0.5)
            seen.add(picture._frame)
        return seen

    window.start_entry(reps)
    advance(window, fake_clock, 1)  # into the counted moves
    assert frames_seen() == {"romanian-single-leg-deadlift-1", "romanian-single-leg-deadlift-2"}
    window.settings.set("accessibility.reduce_motion", True)
    window.start_entry(reps)
    advance(window, fake_clock, 1)
    assert frames_seen() == {"romanian-single-leg-deadlift-1"}


def test_a_broken_routine_file_offers_to_open_it(qtbot, library: Library, fake_clock, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch) -> None:
    from stretchtimer.core.catalog import load_entry
    from stretchtimer.ui import home_view

    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: Broken\nsteps:\n  - exercise: nope\n")
    opened: list[Path] = []
    monkeypatch.setattr(home_view, "open_file", opened.append)
    places = Places.from_environment()
    win = MainWindow(library, lambda: [load_entry(broken, library, builtin=False)], Settings(),
                     SessionDriver(clock=fake_clock), places.assets_dir)
    qtbot.addWidget(win)
    card = win.home.cards[0]
    assert "broken.yaml:4:15" in card.findChild(QLabel, "cardDetail").text()
    assert not hasattr(card, "start_button")
    card.open_button.click()
    assert opened == [broken]


LONG = "version: 1\nname: Long\ndefaults: {prepare: 5, switch: 5, rest: 10}\nsteps:\n" + "".join(
    "  - exercise: lying-hamstring-stretch\n    hold: 30\n" for _ in range(8))

OPEN = """\
version: 1
name: Open
steps:
  - exercise: foam-roll-hamstrings
    hold: open
    sides: left
  - exercise: standing-wide-hamstring-stretch
"""


class FakeSuspended:
    """Seconds the machine spent suspended, moved by hand."""

    def __init__(self) -> None:
        self.total = 0.0

    def __call__(self) -> float:
        return self.total


def test_twenty_rapid_skips_never_say_paused(qtbot, window: MainWindow, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(Entry(Path("long.yaml"), False, routine_from_text(LONG, library)))
    for _ in range(20):
        fake_clock.advance(0.3)
        qtbot.keyClick(window, Qt.Key.Key_Right)
        assert "Paused" not in window.windowTitle()
    advance(window, fake_clock, 0.3)
    assert window.driver.session.index == 20
    assert "Paused" not in window.windowTitle() and window.message_bar.isHidden()


def test_plus_and_minus_change_the_hold(qtbot, window: MainWindow, entry: Entry, fake_clock) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    advance(window, fake_clock, 6)
    assert window.player.countdown.text() == "0:26"
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert window.player.countdown.text() == "0:36"
    assert window.windowTitle().startswith("0:36 · Hold · ")
    qtbot.keyClick(window, Qt.Key.Key_Equal)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    assert window.player.countdown.text() == "0:56"
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.KeypadModifier)
    assert window.player.countdown.text() == "0:36"
    session = window.driver.session
    assert session.total_remaining() == pytest.approx(session.timeline.total - 6 + 10)
    window.show_home()
    qtbot.keyClick(window, Qt.Key.Key_Plus)  # the player's keys do nothing elsewhere
    assert window.driver.session.remaining() == pytest.approx(36)


def test_an_open_hold_counts_up_in_the_title_and_space_goes_on(qtbot, window: MainWindow, library: Library,  # type: ignore[no-untyped-def]
                                                               fake_clock, monkeypatch) -> None:
    from stretchtimer.ui import main_window

    said: list[str] = []
    monkeypatch.setattr(main_window, "announce", lambda widget, text: said.append(text))
    window.start_entry(Entry(Path("open.yaml"), False, routine_from_text(OPEN, library)))
    advance(window, fake_clock, 5)
    assert window.windowTitle() == "+0:00 · Hold · Foam-roller hamstring release (left side) — Stretch Timer"
    assert said[-1] == "Hold, Foam-roller hamstring release, left side, until you move on"
    advance(window, fake_clock, 7)
    assert window.windowTitle() == "+0:07 · Hold · Foam-roller hamstring release (left side) — Stretch Timer"
    assert window.player.countdown.text() == "+0:07"
    advance(window, fake_clock, 120)
    assert window.windowTitle().startswith("+2:07 · Hold")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.driver.session.state is State.RUNNING
    assert window.windowTitle().startswith("0:10 · Rest")
    qtbot.keyClick(window, Qt.Key.Key_Space)  # elsewhere Space still pauses
    assert window.driver.session.state is State.PAUSED


def test_sleep_pauses_with_one_message_however_often(qtbot, library: Library, fake_clock,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    places = Places.from_environment()
    suspended = FakeSuspended()
    win = MainWindow(library, lambda: [], Settings(), SessionDriver(clock=fake_clock, suspended=suspended),
                     places.assets_dir)
    qtbot.addWidget(win)
    win.start_entry(Entry(Path("long.yaml"), False, routine_from_text(LONG, library)))
    advance(win, fake_clock, 10)  # a stalled loop is not sleep
    fake_clock.advance(10)
    win.driver.wake()
    assert win.driver.session.state is State.RUNNING and win.message_bar.isHidden()
    for _ in range(3):
        suspended.total += 60
        fake_clock.advance(0.5)
        win.driver.wake()
        assert win.windowTitle().startswith("Paused · ")
        win.driver.toggle()
    assert win.message_bar.label.text() == (
        "The routine was paused because the computer slept. Press Space to go on.")


def test_the_driver_measures_sleep_only_with_the_system_clock(fake_clock) -> None:  # type: ignore[no-untyped-def]
    import sys
    import time

    from stretchtimer.ui.driver import suspended_seconds

    assert SessionDriver(clock=fake_clock)._suspended is None
    if sys.platform.startswith("linux"):
        source = suspended_seconds()
        assert source is not None and source() >= -0.01
        assert SessionDriver()._suspended is not None
    else:
        assert SessionDriver(clock=time.monotonic)._suspended is None


def test_the_title_says_done_only_for_a_run_that_counts(window: MainWindow, entry: Entry, fake_clock) -> None:  # type: ignore[no-untyped-def]
    window.start_entry(entry)
    while window.driver.is_active():
        window.driver.skip()
    assert window.windowTitle() == "Not counted — Stretch Timer"
    window.start_entry(entry)
    while window.driver.is_active():
        advance(window, fake_clock, 1)
    assert window.windowTitle() == "Done — Stretch Timer"


ONE_STEP = """\
version: 1
name: One step
defaults: {prepare: 2}
steps:
  - exercise: standing-wide-hamstring-stretch
    hold: 15
"""


@pytest.mark.parametrize(("language", "one", "two"), [("en", "exercise", "exercises"),
                                                        ("fr", "exercice", "exercices")])
def test_the_words_under_the_summary_counts_agree_with_them(qapp, window: MainWindow, entry: Entry,  # type: ignore[no-untyped-def]
                                                             library: Library, fake_clock, language: str,
                                                             one: str, two: str) -> None:
    from stretchtimer.ui.app import install_translator

    before = set(qapp.findChildren(QTranslator))
    install_translator(qapp, language)
    try:
        window.start_entry(Entry(Path("one.yaml"), False, routine_from_text(ONE_STEP, library)))
        while window.driver.is_active():
            advance(window, fake_clock, 1)
        assert window.summary.exercises.text() == "1" and window.summary.exercises_words.text() == one
        window.start_entry(entry)  # two exercises
        while window.driver.is_active():
            advance(window, fake_clock, 1)
        assert window.summary.exercises_words.text() == two
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)


def test_a_first_window_fits_the_screen(window: MainWindow) -> None:
    from stretchtimer.ui.main_window import DEFAULT_SIZE

    window.settings.set("window.geometry", "")
    window.restore_geometry()
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    if room.width() >= DEFAULT_SIZE.width() / 0.95 and room.height() >= DEFAULT_SIZE.height() / 0.95:
        assert window.size() == DEFAULT_SIZE
    else:  # a small screen: nearly all of it, in both directions that lack room
        assert window.width() >= min(DEFAULT_SIZE.width(), room.width() * 0.9)
        assert window.height() >= min(DEFAULT_SIZE.height(), room.height() * 0.9)
