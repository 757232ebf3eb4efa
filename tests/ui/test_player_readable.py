"""The player from the mat: one large line of what to do, the rep count, what comes next, nothing cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from stretchtimer.core.catalog import Entry
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.timeline import Phase
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.progress_bars import pieces

# Segments: 0 warm-up, 1 get ready, 2 hold left, 3 switch, 4 hold right, 5 rest,
# 6 get ready, 7 reps left, 8 switch, 9 reps right, 10 rest, 11 get ready (third exercise) ...
PHASES = """\
version: 1
name: Phases
warmup: 20
defaults: {prepare: 5, switch: 5, rest: 10}
steps:
  - exercise: seated-hamstring-stretch
    hold: 30
  - exercise: romanian-single-leg-deadlift
  - exercise: lying-hamstring-stretch
  - exercise: hip-flexor-lunge-stretch
  - exercise: figure-four-glute-stretch
"""


def at(window: MainWindow, library: Library, clock, index: int, seconds: float = 0.0) -> None:  # type: ignore[no-untyped-def]
    """Start the routine, skip to segment ``index`` and let ``seconds`` pass in it."""
    window.driver.abandon()
    window.start_entry(Entry(Path("phases.yaml"), False, routine_from_text(PHASES, library)))
    for _ in range(index):
        window.driver.skip()
    while seconds > 0:
        step = min(1.0, seconds)
        clock.advance(step)
        seconds -= step
        window.driver.wake()
    assert window.driver.session is not None and window.driver.session.index == index


def test_big_line_says_what_to_do_in_each_phase(window: MainWindow, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    big = window.player.now_label
    at(window, library, fake_clock, 0)
    assert big.text() == "March on the spot, roll your shoulders and circle your hips."
    at(window, library, fake_clock, 1)
    assert big.text() == "Get into position"  # not the name again: it is the line above
    assert window.player.exercise_label.text() == "Seated hamstring stretch"
    steps = library["seated-hamstring-stretch"].instructions
    at(window, library, fake_clock, 2, 1)
    assert big.text() == steps[len(steps) // 2]
    at(window, library, fake_clock, 2, 29)
    assert big.text() == steps[-1]  # the step under way moves on through the hold
    at(window, library, fake_clock, 3)
    assert big.text() == "Right side now"
    at(window, library, fake_clock, 5)
    assert big.text() == "Next: Romanian single-leg deadlift — get into position"
    assert big.font().pixelSize() > window.player.instructions.font().pixelSize() * 1.5


def test_floor_mode_keeps_the_big_line(window: MainWindow, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    at(window, library, fake_clock, 3)
    window.player.set_floor_mode(True)
    assert window.player.now_label.isVisible() and window.player.now_label.text() == "Right side now"
    assert not window.player.instructions.isVisible()


def test_rep_count_is_the_main_number(window: MainWindow, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    at(window, library, fake_clock, 7, 7)
    player = window.player
    assert player.reps_label.text() == "Rep 3 of 8"
    assert player.reps_label.isVisible()
    assert player.countdown.text() == "0:17"
    assert player.reps_label.font().pixelSize() > 2 * player.countdown.font().pixelSize()
    at(window, library, fake_clock, 2, 1)
    assert not player.reps_label.isVisible()  # a hold has no count: the time is the big number again
    assert player.countdown.font().pixelSize() > 80


@pytest.mark.parametrize("index, expected", [
    (0, "Up next: Seated hamstring stretch"),
    (1, "Up next: Hold, left side"),
    (2, "Up next: Switch to the right side"),
    (3, "Up next: Hold, right side"),
    (4, "Up next: Rest"),
    (5, "Up next: Romanian single-leg deadlift"),
    (8, "Up next: Reps, right side"),
])
def test_up_next_names_the_next_phase(window: MainWindow, library: Library, fake_clock, index: int,  # type: ignore[no-untyped-def]
                                      expected: str) -> None:
    at(window, library, fake_clock, index)
    assert window.player.next_label.text() == expected


def test_routine_progress_is_split_by_exercise(window: MainWindow, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    at(window, library, fake_clock, 11)
    assert window.player.exercise_count.text() == "Exercise 3 of 5"
    at(window, library, fake_clock, 10)
    assert window.player.exercise_count.text() == "Exercise 3 of 5"  # the rest before it
    timeline = window.driver.session.timeline
    assert [exercise for _s, _e, exercise in pieces(timeline)].count(True) == 5
    assert pieces(timeline)[0] == (0, 20, False)  # the warm-up is its own thin piece


def test_warm_up_marches_unless_motion_is_reduced(window: MainWindow, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    picture = window.player.illustration
    at(window, library, fake_clock, 0, 0.5)
    assert picture._frame == "warmup-march-1"
    assert picture.accessibleDescription().startswith("Marching on the spot")
    at(window, library, fake_clock, 0, 1.5)
    assert picture._frame == "warmup-march-2"
    window.settings.set("accessibility.reduce_motion", True)
    at(window, library, fake_clock, 0, 1.5)
    assert picture._frame == "warmup-march-1"


def test_no_sound_output_is_said_plainly_and_steadily(window: MainWindow, library: Library,  # type: ignore[no-untyped-def]
                                                       fake_clock) -> None:
    at(window, library, fake_clock, 2)
    QApplication.processEvents()
    before = window.player.countdown.geometry()
    window.set_sound_available(False)
    QApplication.processEvents()
    player = window.player
    assert player.sound_label.text() == "No sound output — cues are shown on screen only"
    assert player.sound_label.isVisible() and player.sound_icon.isVisible()
    assert not player.buttons["mute"].isEnabled()
    assert "unavailable" in player.buttons["mute"].toolTip()
    assert player.countdown.geometry() == before  # nothing moves when it appears


def label_fits(label: QLabel) -> bool:
    """The label's whole text, at the font it has, fits the box it was given."""
    if not label.text():
        return True
    if label.wordWrap():
        return QLabel.heightForWidth(label, label.width()) <= label.height()
    hint = QLabel.sizeHint(label)  # the plain label's measure, with the font it has now
    return hint.width() <= label.width() and hint.height() <= label.height()


@pytest.mark.parametrize("size", [(800, 600), (1920, 1080)])
@pytest.mark.parametrize("floor", [False, True])
def test_no_label_is_cut(window: MainWindow, library: Library, fake_clock, size: tuple[int, int],  # type: ignore[no-untyped-def]
                         floor: bool) -> None:
    window.resize(*size)
    window.set_sound_available(False)  # the longest state of the bottom rows
    for index, phase in ((0, Phase.WARMUP), (1, Phase.PREPARE), (2, Phase.HOLD), (3, Phase.SWITCH),
                         (7, Phase.REPS), (5, Phase.REST)):
        at(window, library, fake_clock, index, 7 if phase is Phase.REPS else 1)
        window.player.set_floor_mode(floor)
        for _ in range(3):  # a wrapped label's height follows its width: let the layout settle
            QApplication.processEvents()
        cut = [f"{label.objectName() or type(label).__name__}: {label.text()!r} "
               f"in {label.width()}x{label.height()}"
               for label in window.player.findChildren(QLabel)
               if label.isVisible() and not label_fits(label)]
        assert cut == [], (phase, size, floor)


def test_the_list_of_steps_shows_whole_lines_and_the_step_under_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.ui.step_list import StepList

    steps = tuple(f"Step {n}: " + "keep breathing slowly and let the stretch grow " * 3 for n in range(1, 6))
    view = StepList()
    qtbot.addWidget(view)
    view.resize(360, 90)
    view.show()
    view.show_steps(steps, 3)
    assert view.toPlainText().startswith("4.")  # the steps already done gave way to the one under way
    edge = view.viewport().height()
    document = view.document()
    block = document.begin()
    while block.isValid():
        top = document.documentLayout().blockBoundingRect(block).top()
        for i in range(block.layout().lineCount()):
            line = block.layout().lineAt(i).rect()
            assert top + line.bottom() <= edge or top + line.top() >= edge  # never across the edge
        block = block.next()
    assert edge < 90  # a line that did not fit whole was left out


def test_the_picture_shows_only_the_part_its_frames_draw_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.ui.illustration import Illustration

    picture = Illustration(Places.from_environment().assets_dir / "illustrations")
    qtbot.addWidget(picture)
    lying = picture.view_of("lying-hamstring-stretch-1")
    assert lying.height() < 0.7 * 300  # the empty sky above a figure lying down is not shown
    assert lying == picture.view_of("lying-hamstring-stretch-2")  # same size as the frames alternate
    standing = picture.view_of("warmup-march-1")
    assert standing.top() < lying.top() and standing.width() <= 400


def test_the_ten_second_buttons_change_the_hold(window: MainWindow, library: Library, fake_clock) -> None:  # type: ignore[no-untyped-def]
    at(window, library, fake_clock, 2, 1)
    player = window.player
    assert player.countdown.text() == "0:29"
    assert player.buttons["more"].isVisible() and player.buttons["less"].isVisible()  # a hold, room for them
    player.buttons["more"].click()
    assert player.countdown.text() == "0:39"
    player.buttons["less"].click()
    player.buttons["less"].click()
    assert player.countdown.text() == "0:19"
    at(window, library, fake_clock, 3)
    assert not player.buttons["more"].isVisible()  # only a hold has them


@pytest.mark.parametrize("size", [(800, 600), (1366, 768), (1920, 1080)])
def test_the_summary_grows_with_the_screen_and_shows_everything(  # type: ignore[no-untyped-def]
        window: MainWindow, library: Library, fake_clock, size: tuple[int, int]) -> None:
    window.settings.set("coach.stiffness", True)
    window.resize(*size)
    at(window, library, fake_clock, 0)
    while window.driver.is_active():
        window.driver.skip()
    summary = window.summary
    assert window.stack.currentWidget() is summary and summary.stiffness_row.isVisible()
    for _ in range(3):
        QApplication.processEvents()
    small = window.font().pointSizeF()
    grown = summary.stiffness_row.label.font().pointSizeF() / small
    assert grown == pytest.approx(1.0 if size[1] < 720 else min(size[1] / 720, size[0] / 1100), rel=0.05)
    hidden = [w.objectName() or w.text() for w in summary.findChildren(QWidget)
              if w.isVisible() and isinstance(w, (QLabel, QPushButton))
              and not summary.rect().contains(w.mapTo(summary, w.rect().bottomRight()))]
    assert hidden == []
    buttons = summary.stiffness_row.buttons
    assert all(b.height() >= b.minimumHeight() and b.visibleRegion().boundingRect().height() == b.height()
               for b in buttons), [b.visibleRegion().boundingRect() for b in buttons]
    cut = [label.text() for label in summary.findChildren(QLabel)
           if label.isVisible() and not label_fits(label)]
    assert cut == []


@pytest.mark.parametrize(("size", "language"), [((1920, 1080), "en"), ((800, 600), "fr")])
def test_the_rating_buttons_read_from_the_mat(window: MainWindow, library: Library, fake_clock,  # type: ignore[no-untyped-def]
                                              request, size: tuple[int, int], language: str) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    window.resize(*size)
    at(window, library, fake_clock, 2, 5)  # held a while: the switch then asks about the left side
    window.driver.skip()
    window.player.set_floor_mode(True)
    for _ in range(3):
        QApplication.processEvents()
    row = window.player.checkin
    assert row.isVisible()
    controls = window.player.buttons["toggle"].font().pixelSize()  # Pause: grown for floor mode
    assert controls >= (24 if size[1] >= 1080 else 14)
    assert all(b.font().pixelSize() == controls and b.height() >= controls * 2 for b in row.buttons)
    assert label_fits(row.label), row.label.text()  # the question beside them is whole


@pytest.mark.parametrize("phase_index", [1, 2])  # getting ready, then the hold's last step
def test_a_short_big_line_leaves_its_room_to_the_steps(window: MainWindow, library: Library, fake_clock,  # type: ignore[no-untyped-def]
                                                      phase_index: int) -> None:
    window.resize(1366, 768)
    at(window, library, fake_clock, phase_index, 29 if phase_index == 2 else 0)
    for _ in range(3):
        QApplication.processEvents()
    steps = library["seated-hamstring-stretch"].instructions
    shown = window.player.instructions.toPlainText()
    assert shown.startswith("1.") and f"{len(steps)}." in shown, shown  # every step, none dropped
    big = window.player.now_label
    assert big.height() <= big.sizeHint().height() + 8  # no empty band under the big line


@pytest.mark.parametrize("size", [(800, 600), (1366, 768)])
def test_in_floor_mode_the_big_line_takes_the_steps_room_not_the_title_s(  # type: ignore[no-untyped-def]
        window: MainWindow, library: Library, fake_clock, size: tuple[int, int]) -> None:
    window.resize(*size)
    at(window, library, fake_clock, 5)  # a rest: its title and the next exercise's long big line
    window.player.set_floor_mode(True)
    for _ in range(3):
        QApplication.processEvents()
    title, body = window.player.exercise_label, window.player.instructions
    assert title.font().pixelSize() >= 1.5 * body.font().pixelSize(), (title.font().pixelSize(),
                                                                         body.font().pixelSize())
