"""The whole app, built by its real composition root from fake platform services, runs in-process."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from stretchtimer.core import schedule
from stretchtimer.core.catalog import Entry, load_entry
from stretchtimer.core.history import History
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.platform import factories
from stretchtimer.platform.services import NoTray, Request
from stretchtimer.ui.app import run_app
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.reminding import Reminding
from stretchtimer.ui.tray import ReminderService
from tests.conftest import SHORT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


class FakeNotifier:
    """Remembers what it showed; ``shown`` is None to act as a desktop without notifications."""

    def __init__(self, on_action: object, shown: int | None = 7) -> None:
        self.on_action = on_action
        self.shown = shown
        self.sent: list[tuple[str, str]] = []
        self.closed = False

    def notify(self, title: str, body: str, actions: list[tuple[str, str]], icon: str = "") -> int | None:
        self.sent.append((title, body))
        return self.shown

    def close(self) -> None:
        self.closed = True


class FakeInstance:
    def __init__(self, on_request: object, requests: list[object]) -> None:
        requests.append(on_request)

    def listen(self) -> bool:
        return True


def test_the_real_root_runs_a_routine_to_its_end_with_fake_services(qapp, fake_clock) -> None:  # type: ignore[no-untyped-def]
    places = Places.from_environment()
    places.routines_dir.mkdir(parents=True)
    (places.routines_dir / "short.yaml").write_text(SHORT)
    listening: list[object] = []
    notifiers: list[FakeNotifier] = []
    platform = replace(factories.null(fake_clock), history=factories.history,
                       instance=lambda on_request, parent: FakeInstance(on_request, listening),
                       notifier=lambda on_action: notifiers.append(FakeNotifier(on_action)) or notifiers[-1])
    seen: dict[str, object] = {}
    waits: list[int] = []

    def play_out() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        waits.append(1)
        if not listening and len(waits) < 100:  # a slow first frame: the late services start after it
            QTimer.singleShot(50, play_out)
            return
        seen["started"] = window.driver.is_active()
        began = fake_clock.now
        while window.driver.is_active():  # wakes at least once a second, as the timer would
            fake_clock.advance(1.0)
            window.driver.wake()
        seen["ran"] = fake_clock.now - began
        seen["summary"] = window.stack.currentWidget() is window.summary
        seen["heading"] = window.summary.heading.text()
        window.close()

    QTimer.singleShot(300, play_out)
    locale = QLocale()
    try:
        assert run_app(places, routine="Short", platform=platform) == 0
    finally:
        QLocale.setDefault(locale)  # the app sets the default locale; later tests expect theirs
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
    assert seen["started"] and seen["summary"] and seen["heading"]
    assert len(listening) == 1  # the late services started after the first paint
    store = History(places.history_file)
    try:
        records = store.records()
    finally:
        store.close()
    assert [(r.routine, r.seconds) for r in records] == [("Short", seen["ran"])]
    assert seen["ran"] == 80  # prepare 5, both sides of 20 with a switch of 5, rest 10, hold 15


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the dialogs, off-screen
def test_on_a_plain_launch_the_home_buttons_reach_their_dialogs_after_the_first_paint(qapp) -> None:  # type: ignore[no-untyped-def]
    """The services built after the first paint outlive the function that built them: the
    window's signals hold only weak references to them."""
    opened: list[str] = []

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        if dialog is not None:
            dialog.close()

    def press_the_buttons() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        gc.collect()  # what is left without an owner goes now, not at some later moment
        for button in (window.home.reminders_requested, window.home.settings_requested):
            QTimer.singleShot(200, answer_dialog)
            button.emit()  # returns once the dialog is closed
        window.close()

    QTimer.singleShot(600, press_the_buttons)
    locale = QLocale()
    try:
        assert run_app(Places.from_environment(), platform=factories.null()) == 0
    finally:
        QLocale.setDefault(locale)
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
    assert opened == ["ScheduleDialog", "SettingsDialog"]


def test_a_second_launch_is_handed_over_and_the_app_does_not_start(qapp) -> None:  # type: ignore[no-untyped-def]
    before = len([w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)])
    asked: list[Request] = []
    platform = replace(factories.null(), hand_over=lambda request: asked.append(request) or True)
    assert run_app(Places.from_environment(), tray=True, platform=platform) == 0
    assert asked == [{"action": "tray"}]
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]) == before


@pytest.fixture
def reminding(qtbot, library, fake_clock):  # type: ignore[no-untyped-def]
    places = Places.from_environment()
    short = places.routines_dir / "short.yaml"
    short.parent.mkdir(parents=True)
    short.write_text(SHORT)
    entry = load_entry(short, library, builtin=False)
    window = MainWindow(library, lambda: [entry], Settings(), SessionDriver(clock=fake_clock),
                        places.assets_dir)
    qtbot.addWidget(window)
    reminders = ReminderService(Settings(), tz=timezone.utc)
    started: list[Entry] = []
    made: list[FakeNotifier] = []

    def build(shown: int | None, tray: NoTray | None = None) -> Reminding:
        def make(on_action: object) -> FakeNotifier:
            made.append(FakeNotifier(on_action, shown))
            return made[-1]
        return Reminding(reminders, lambda: [entry], window, tray or NoTray(), make, started.append)
    return build, window, entry, started, made


def fire() -> schedule.Fire:
    reminder = schedule.reminder_from_dict({"id": 1, "time": "09:00", "days": ["mon"], "routine": "Short"})
    return schedule.Fire(reminder, datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc), late=False)


def test_a_reminder_is_a_notification_whose_start_runs_the_routine(reminding) -> None:  # type: ignore[no-untyped-def]
    build, _window, entry, started, made = reminding
    build(7).remind(fire())
    assert made[0].sent == [("Stretch Timer", "Time for your Short.")]
    made[0].on_action(7, "start")
    assert started == [entry]
    made[0].on_action(8, "start")  # another program's notification: not ours
    assert started == [entry]


def test_without_notifications_or_tray_the_window_says_the_reminder(reminding) -> None:  # type: ignore[no-untyped-def]
    build, window, _entry, _started, _made = reminding
    build(None).remind(fire())
    assert window.message_bar.label.text() == "Time for your Short."


class BalloonTray(NoTray):
    """A tray that shows balloons: what it was asked to show, and what a click on it does."""

    available = True

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, Callable[[], None] | None]] = []

    def remind(self, title: str, text: str, clicked: Callable[[], None] | None) -> None:
        self.shown.append((title, text, clicked))


def test_without_notifications_a_balloon_says_it_and_its_click_starts_the_routine(reminding) -> None:  # type: ignore[no-untyped-def]
    build, window, entry, started, _made = reminding
    tray = BalloonTray()
    build(None, tray).remind(fire())
    ((title, text, clicked),) = tray.shown
    assert (title, text) == ("Stretch Timer", "Time for your Short. Click to start.")
    assert clicked is not None and started == []
    clicked()
    assert started == [entry] and window.message_bar.label.text() == ""


def test_no_reminder_while_a_routine_runs(reminding) -> None:  # type: ignore[no-untyped-def]
    build, window, entry, _started, made = reminding
    window.start_entry(entry)
    build(7).remind(fire())
    window.driver.abandon()  # so closing the window asks nothing
    assert made == [] and window.message_bar.label.text() == ""


def test_null_platform_services_do_nothing_and_say_so() -> None:
    platform = factories.null()
    assert platform.hand_over({"action": "show"}) is False
    assert platform.notifier(lambda i, k: None).notify("t", "b", []) is None
    assert platform.tray(None).available is False  # type: ignore[arg-type]
    assert platform.instance(lambda r: None, QObject()).listen() is False
    assert platform.cue_player(Path("nowhere")).available is False
