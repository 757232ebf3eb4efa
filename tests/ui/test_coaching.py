"""Coaching in the window: keys 1-5 rate the side just done and the rating reaches the history,
the pacer follows the hold (a calm count with reduce motion), the exhale line, grown holds."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Qt, QTimer

from stretchtimer.core import catalog
from stretchtimer.core.catalog import Entry
from stretchtimer.core.checkin import Rating
from stretchtimer.core.history import History, Record
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.session import State
from stretchtimer.core.settings import Settings
from stretchtimer.core.timeline import Phase
from stretchtimer.ui import dialogs
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.keys import KeysDialog
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.recording import Recording
from stretchtimer.ui.stiffness_row import StiffnessRow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
NOW = datetime(2026, 11, 25, 21, 50, tzinfo=ZoneInfo("Europe/Paris"))
TWO_SIDED = """\
version: 1
name: Two sides
after_exercise: true
defaults: {prepare: 2, hold: 20, switch: 5, rest: 10}
breath: {in: 4, out: 6}
progress: {add: 5, every: 2, max: 60}
steps:
  - exercise: lying-hamstring-stretch
  - exercise: standing-wide-hamstring-stretch
"""


@pytest.fixture
def app(qtbot, library: Library, fake_clock, monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    places = Places.from_environment()
    window = MainWindow(library, lambda: catalog.builtin_entries(places.builtin_dir, library), Settings(),
                        SessionDriver(clock=fake_clock), places.assets_dir,
                        records=lambda: recording.records(200))
    qtbot.addWidget(window)
    recording = Recording(window, tmp_path / "history.sqlite3", now=lambda: NOW)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window, recording


def timers_running(widget: QObject) -> list[QTimer]:
    return [t for t in widget.findChildren(QTimer) if t.isActive()]


def go_to(window: MainWindow, phase: Phase, side: str | None = None, clock=None) -> None:  # type: ignore[no-untyped-def]
    """Skip to ``phase``; with ``clock``, each hold on the way is held 4 s first (a side skipped
    at once is not asked about)."""
    session = window.driver.session
    assert session is not None
    held: set[int] = set()
    while not (session.segment.phase is phase and (side is None or session.segment.side == side)):
        segment = session.segment
        if clock is not None and segment.phase in (Phase.HOLD, Phase.REPS) and segment.index not in held:
            held.add(segment.index)
            for _ in range(4):  # long enough to count as tried, a second at a time (a jump is a gap)
                clock.advance(1.0)
                window.driver.wake()
            continue
        assert session.state is not State.FINISHED, f"no {phase} left"
        window.driver.skip()


def test_keys_rate_each_side_and_the_ratings_reach_the_history(qtbot, app, library: Library,  # type: ignore[no-untyped-def]
                                                               fake_clock, tmp_path: Path) -> None:
    window, _ = app
    window.start_entry(Entry(Path("two.yaml"), False, routine_from_text(TWO_SIDED, library)))
    qtbot.keyClick(window, Qt.Key.Key_3)  # while getting ready: nothing to rate
    assert window.player.coaching.checkins is not None
    assert window.player.coaching.checkins.ratings() == ()
    go_to(window, Phase.SWITCH, clock=fake_clock)
    assert window.player.checkin.isVisible()
    assert window.player.checkin.label.text() == "How tight was the left side?"
    qtbot.keyClick(window, Qt.Key.Key_3)
    assert window.player.checkin.label.text() == "Left side: 3 of 5, noted"
    go_to(window, Phase.REST, clock=fake_clock)
    qtbot.keyClick(window, Qt.Key.Key_4)
    while window.driver.is_active():
        fake_clock.advance(1.0)
        window.driver.wake()
    (record,) = History(tmp_path / "history.sqlite3").records()
    assert record.ratings == (Rating("lying-hamstring-stretch", "left", 3),
                              Rating("lying-hamstring-stretch", "right", 4))


def test_a_side_skipped_past_is_not_asked_about(qtbot, app, library: Library,  # type: ignore[no-untyped-def]
                                                fake_clock, tmp_path: Path) -> None:
    window, _ = app
    window.settings.set("coach.stiffness", True)
    window.start_entry(Entry(Path("ends.yaml"), False, routine_from_text(ENDS_TWO_SIDED, library)))
    go_to(window, Phase.SWITCH)  # the left side skipped at once: nothing to rate
    assert not window.player.checkin.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_3)
    assert window.player.coaching.checkins is not None and window.player.coaching.checkins.ratings() == ()
    while window.driver.is_active():  # the right side, which ends the routine, skipped too
        window.driver.skip()
    summary = window.summary
    assert not summary.side_row.isVisibleTo(summary) and summary.stiffness_row.isVisibleTo(summary)
    qtbot.keyClick(window, Qt.Key.Key_4)  # so the digit is the back's
    assert summary.stiffness_row.value == 4 and summary.side_rating is None


def test_f1_lists_the_rating_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    assert any(keys == "1, 2, 3, 4, 5" and "1 loose to 5 very tight" in what for keys, what in dialog.rows)


def test_the_pacer_follows_the_hold_and_says_go_deeper_on_the_out_breath(qtbot, app,  # type: ignore[no-untyped-def]
                                                                          library: Library,
                                                                          fake_clock) -> None:
    window, _ = app
    window.start_entry(Entry(Path("two.yaml"), False, routine_from_text(TWO_SIDED, library)))
    go_to(window, Phase.HOLD)
    player = window.player
    assert player.pacer.isVisible() and not timers_running(player.pacer)
    assert player.pacer.text() == "Breathe in"
    fullness = []
    for _ in range(5):
        fake_clock.advance(1.0)
        window.driver.wake()
        assert not timers_running(player.pacer)  # stepped by the player's second, no timer of its own
        assert player.pacer.breath is not None
        fullness.append(player.pacer.breath.fullness)
    assert fullness == [0.25, 0.5, 0.75, 1.0, pytest.approx(5 / 6)]
    assert player.pacer.text() == "Breathe out"
    assert player.now_label.text() == "Breathe out — go a little deeper"
    window.player.reduce_motion = True
    fake_clock.advance(1.0)
    window.driver.wake()
    assert player.pacer.text() == "Breathe out · 4"
    go_to(window, Phase.SWITCH)
    assert not player.pacer.isVisible() and player.pacer.breath is None


def test_the_hold_grows_with_completed_sessions(qtbot, app, library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, recording = app
    for day in range(5):
        when = NOW.replace(day=day + 1)
        recording.recorder.add(Record("Two sides", when, when, 60, True))
    window.start_entry(Entry(Path("two.yaml"), False, routine_from_text(TWO_SIDED, library)))
    go_to(window, Phase.HOLD)
    assert window.driver.session is not None and window.driver.session.duration == 30  # 20 + 2 steps of 5
    assert window.player.safety.text() == "Hold grown by 10 s as you keep going"
    window.set_floor_mode(True)
    assert window.player.safety.isVisible()  # compact, but said from the mat too
    go_to(window, Phase.SWITCH)
    assert not window.player.safety.isVisible()  # floor mode leaves out the other notes


def test_the_progress_view_draws_both_sides_and_says_which_is_tighter(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from stretchtimer.ui.progress_view import ProgressView

    view = ProgressView(names=lambda i: library[i].name)
    qtbot.addWidget(view)
    now = datetime(2026, 12, 2, 20, tzinfo=ZoneInfo("Europe/Paris"))
    records = [Record("Two sides", now - timedelta(days=d), now - timedelta(days=d), 60, True,
                      ratings=(Rating("lying-hamstring-stretch", "left", 2),
                               Rating("lying-hamstring-stretch", "right", 4))) for d in (1, 8, 15)]
    view.show_records(records, now)
    assert view.sides.trend[0][0] == "lying-hamstring-stretch"
    assert view.tighter.text() == ("Your right side has been tighter than your left in "
                                   "Lying hamstring stretch for 3 weeks")
    assert "left 2.0, right 4.0" in view.sides.accessibleDescription()
    view.show_records(records[:1], now)
    assert view.tighter.isHidden()


def test_the_editor_shows_the_progression_and_its_step(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.core.drafts import from_routine
    from stretchtimer.core.model import Progression
    from stretchtimer.ui.editor.routine_form import DurationsForm

    draft = from_routine(routine_from_text(TWO_SIDED, library))
    form = DurationsForm(lambda: draft)
    qtbot.addWidget(form)
    form.completed = lambda name: 7 if name == "Two sides" else 0
    form.show_draft(draft)
    assert form.grow.isChecked() and form.grow_spins["every"].value() == 2
    assert form.grow_step.text() == ("Now: step 3, holds 15 s longer after 7 completed sessions; "
                                     "never past 60 s")
    with qtbot.waitSignal(form.edited) as edit:
        form.grow_spins["add"].setValue(10)
    assert edit.args[0].progress == Progression(10, 2, 60)
    with qtbot.waitSignal(form.edited) as edit:
        form.grow.setChecked(False)
    assert edit.args[0].progress is None


def test_a_soft_sound_as_each_breath_turns_when_asked(qtbot, library: Library, fake_clock,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    from stretchtimer.core.events import CueDue
    from stretchtimer.core.timeline import CueKind

    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    places = Places.from_environment()
    heard: list[object] = []
    settings = Settings()
    settings.set("coach.breath_sound", True)
    window = MainWindow(library, lambda: [], settings, SessionDriver(clock=fake_clock), places.assets_dir,
                        on_cue=heard.append)
    qtbot.addWidget(window)
    window.start_entry(Entry(Path("two.yaml"), False, routine_from_text(TWO_SIDED, library)))
    go_to(window, Phase.HOLD)
    session = window.driver.session
    began = session.deadline - session.duration
    heard.clear()
    for _ in range(12):  # 4 s in, 6 s out, then in again: two turns
        fake_clock.advance(1.0)
        window.driver.wake()
    nudges = [e for e in heard if isinstance(e, CueDue) and e.cue.kind is CueKind.NUDGE]
    assert len(nudges) == 2
    # Due as each turn comes (the player waits for a cue's moment), not at the hold's end.
    assert [round(n.at - began, 3) for n in nudges] == [4.0, 10.0]
    settings.set("coach.breath_sound", False)
    window.start_entry(Entry(Path("two.yaml"), False, routine_from_text(TWO_SIDED, library)))
    go_to(window, Phase.HOLD)
    heard.clear()
    for _ in range(12):
        fake_clock.advance(1.0)
        window.driver.wake()
    assert not [e for e in heard if isinstance(e, CueDue) and e.cue.kind is CueKind.NUDGE]


def test_leaving_a_hold_hides_the_pacer(qtbot, app, library: Library) -> None:  # type: ignore[no-untyped-def]
    window, _ = app
    window.start_entry(Entry(Path("two.yaml"), False, routine_from_text(TWO_SIDED, library)))
    go_to(window, Phase.HOLD)
    assert window.player.pacer.breath is not None
    window.stop()  # "Leave the routine?" answered yes: back home, in the middle of the hold
    assert window.stack.currentWidget() is window.home
    assert window.player.pacer.breath is None and not timers_running(window.player)


ENDS_TWO_SIDED = """\
version: 1
name: Ends on a side
defaults: {prepare: 2, hold: 5, switch: 5, rest: 5}
steps:
  - exercise: standing-wide-hamstring-stretch
  - exercise: lying-hamstring-stretch
"""


def play_to_the_end(window: MainWindow, fake_clock) -> None:  # type: ignore[no-untyped-def]
    while window.driver.is_active():
        fake_clock.advance(1.0)
        window.driver.wake()


def test_the_side_that_ends_the_routine_and_the_stiffness_are_rated_on_the_summary(  # type: ignore[no-untyped-def]
        qtbot, app, library: Library, fake_clock, tmp_path: Path) -> None:
    window, _ = app
    window.settings.set("coach.stiffness", True)
    window.start_entry(Entry(Path("ends.yaml"), False, routine_from_text(ENDS_TWO_SIDED, library)))
    assert window.player.stiffness.isVisible()
    assert window.player.stiffness.label.text().startswith("How stiff is your back before you start?")
    qtbot.keyClick(window, Qt.Key.Key_7)  # the first screen: the back stiffness, not a side
    assert window.player.stiffness.label.text() == "Back stiffness: 7 of 10, noted"
    go_to(window, Phase.SWITCH, clock=fake_clock)
    assert not window.player.stiffness.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2)
    play_to_the_end(window, fake_clock)
    summary = window.summary
    assert window.stack.currentWidget() is summary
    (saved,) = History(tmp_path / "history.sqlite3").records()
    assert saved.ratings == (Rating("lying-hamstring-stretch", "left", 2),)  # the right side: not yet
    assert summary.side_row.isVisible() and summary.stiffness_row.isVisible()
    assert summary.side_row.label.text() == "How tight was the right side?"
    qtbot.keyClick(window, Qt.Key.Key_4)  # the last side first...
    qtbot.keyClick(window, Qt.Key.Key_3)  # ...then the back, now that the side is rated
    assert summary.side_row.label.text() == "Right side: 4 of 5, noted"
    assert summary.stiffness_row.label.text() == "Back stiffness: 3 of 10, noted"
    qtbot.keyClick(window, Qt.Key.Key_1)  # 1 then 0 at once: 10
    qtbot.keyClick(window, Qt.Key.Key_0)
    assert summary.stiffness_row.label.text() == "Back stiffness: 10 of 10, noted"
    (amended,) = History(tmp_path / "history.sqlite3").records()
    assert amended.ratings == (Rating("lying-hamstring-stretch", "left", 2),
                               Rating("lying-hamstring-stretch", "right", 4))
    assert (amended.stiffness_before, amended.stiffness_after) == (7, 10)
    assert amended.started_at == saved.started_at


def test_doing_nothing_on_the_summary_skips_the_questions(qtbot, app, library: Library,  # type: ignore[no-untyped-def]
                                                          fake_clock, tmp_path: Path) -> None:
    window, _ = app
    window.start_entry(Entry(Path("ends.yaml"), False, routine_from_text(ENDS_TWO_SIDED, library)))
    assert not window.player.stiffness.isVisible()  # off unless asked for in the settings
    qtbot.keyClick(window, Qt.Key.Key_7)
    play_to_the_end(window, fake_clock)
    assert window.summary.side_row.isVisible() and not window.summary.stiffness_row.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    (saved,) = History(tmp_path / "history.sqlite3").records()
    assert (saved.ratings, saved.stiffness_before, saved.stiffness_after) == ((), None, None)
    qtbot.keyClick(window, Qt.Key.Key_4)  # home: the digits do nothing
    assert History(tmp_path / "history.sqlite3").records() == [saved]


def test_the_progress_view_shows_the_back_stiffness_before_and_after(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from stretchtimer.ui.progress_view import ProgressView

    view = ProgressView(names=lambda i: library[i].name)
    qtbot.addWidget(view)
    now = datetime(2026, 12, 2, 20, tzinfo=ZoneInfo("Europe/Paris"))  # a Wednesday
    records = [Record("Two sides", now - timedelta(days=d), now - timedelta(days=d), 60, True,
                      stiffness_before=before, stiffness_after=after)
               for d, before, after in ((0, 6, 3), (7, 7, 4), (8, 8, 5), (14, None, None))]
    view.show_records(records, now)
    assert view.stiffness.text() == ("Back stiffness, before → after (0 not stiff, 10 very stiff): "
                                     "1 wk 7.5 → 4.5  ·  this week 6 → 3")
    assert view.recent.item(0).text().endswith("back 6 → 3")
    view.show_records(records[3:], now)
    assert view.stiffness.isHidden()


def test_the_home_card_totals_the_routine_with_its_holds_grown(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.core.formatting import clock
    from stretchtimer.core.progression import in_use
    from stretchtimer.core.timeline import compile_routine
    from stretchtimer.ui.home_view import HomeView

    routine = routine_from_text(TWO_SIDED, library)
    home = HomeView()
    qtbot.addWidget(home)
    home.show_entries([Entry(Path("two.yaml"), False, routine)], library, "en")
    (card,) = home.cards
    as_written = compile_routine(routine, library).total
    assert card.facts.text().startswith(clock(as_written) + " · ")
    records = [Record("Two sides", NOW - timedelta(days=d), NOW, 60, True) for d in range(5)]
    home.show_totals(lambda r: in_use(r, library, records).total)
    assert card.facts.text().startswith(clock(as_written + 3 * 10) + " · ")  # 2 steps of 5 s, 3 holds


def test_ten_is_typed_as_1_then_0_within_a_moment(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [100.0]
    row = StiffnessRow(after=True, clock=lambda: now[0])
    qtbot.addWidget(row)
    given: list[int] = []
    row.rated.connect(given.append)
    row.typed(1)
    now[0] += 1.0
    row.typed(0)
    assert given == [1, 10] and row.value == 10
    now[0] += 1.0
    row.typed(0)  # a 0 after the 10: a new answer, 0
    row.typed(1)
    now[0] += 2.0
    row.typed(0)  # too late to make 10
    row.typed(5)
    row.typed(0)  # only a 1 before it makes 10
    assert given == [1, 10, 0, 1, 0, 5, 0] and row.value == 0
    assert row.buttons[10].toolTip() == "Keys 1 then 0"


def _minutes_line(qtbot, library: Library, seconds: list[int]) -> str:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from stretchtimer.ui.progress_view import ProgressView

    view = ProgressView(names=lambda i: library[i].name)
    qtbot.addWidget(view)
    now = datetime(2026, 12, 2, 20, tzinfo=ZoneInfo("Europe/Paris"))
    view.show_records([Record("Two sides", now - timedelta(hours=h), now - timedelta(hours=h), s, True)
                       for h, s in enumerate(seconds)], now)
    return view.minutes.text()


def test_the_week_s_minutes_agree_with_their_count(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    assert _minutes_line(qtbot, library, [60]) == "1 minute this week, 1 this month"
    assert _minutes_line(qtbot, library, [60, 60]) == "2 minutes this week, 2 this month"


def test_the_week_s_minutes_agree_with_their_count_in_french(qtbot, library: Library, french) -> None:  # type: ignore[no-untyped-def]
    assert _minutes_line(qtbot, library, [60]) == "1 minute cette semaine, 1 ce mois-ci"
    assert _minutes_line(qtbot, library, [120, 60]) == "3 minutes cette semaine, 3 ce mois-ci"


def test_progress_before_any_session_says_what_will_show(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.ui.progress_view import ProgressView

    view = ProgressView(names=lambda i: library[i].name)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    now = datetime(2026, 12, 2, 20, tzinfo=ZoneInfo("Europe/Paris"))
    view.show_records([], now)
    assert view.empty.isVisible() and not view.chart.isVisible() and not view.recent.isVisible()
    view.show_records([Record("Two sides", now, now, 60, True)], now)
    assert not view.empty.isVisible() and view.chart.isVisible() and view.recent.count() == 1


def test_the_first_and_last_weeks_dots_stay_within_the_axis(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from stretchtimer.ui.sides_chart import RIGHT_COLOUR, SidesChart

    chart = SidesChart(lambda exercise: "Kneeling hip-flexor stretch")
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.set_trend({"hip-flexor-lunge-stretch": [(None, 2.0), (None, None), (None, 4.0)]})
    image = chart.grab().toImage()
    width, height = image.width(), image.height()
    background = image.pixel(width // 2, height // 2)
    wanted = RIGHT_COLOUR.rgb() & 0xFFFFFF
    dots = [x for x in range(width) for y in range(height // 3, height)
            if QColor(image.pixel(x, y)).rgb() & 0xFFFFFF == wanted]
    assert dots, "the right side's dots are drawn"
    # The bottom axis: the lower row with the most drawn pixels; the dots keep within its ends.
    axis_row = max(range(height // 2, height),
                   key=lambda y: sum(image.pixel(x, y) != background for x in range(width)))
    axis = [x for x in range(width) if image.pixel(x, axis_row) != background]
    assert min(axis) <= min(dots) and max(dots) <= max(axis), (min(axis), max(axis), min(dots), max(dots))
