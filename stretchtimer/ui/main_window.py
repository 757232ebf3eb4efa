"""The main window: home, player and summary views, keys, title and floor mode."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from stretchtimer import APP_NAME
from stretchtimer.core.catalog import Entry
from stretchtimer.core.model import Library
from stretchtimer.core.progression import completed_runs, in_use
from stretchtimer.core.session import PhaseStarted, Session, State
from stretchtimer.core.settings import Settings
from stretchtimer.core.timeline import Segment
from stretchtimer.ui import dialogs, style, window_words
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.home_view import HomeView
from stretchtimer.ui.keys import KeysDialog
from stretchtimer.ui.message_bar import MessageBar, announce
from stretchtimer.ui.window_keys import WindowKeys

if TYPE_CHECKING:
    from stretchtimer.core.history import Record
    from stretchtimer.ui.player_view import PlayerView
    from stretchtimer.ui.progress_view import ProgressView
    from stretchtimer.ui.summary_view import SummaryView

DEFAULT_SIZE = QSize(1100, 760)  # pixels: the window's size until it has one of its own


ANNOUNCE_AFTER_SHOWN_MS = 500  # time for a screen reader to take in a window that just appeared


class MainWindow(WindowKeys, QMainWindow):
    first_painted = Signal()  # once, after the window first reached the screen
    hidden_to_tray = Signal()  # closing hid the window: the app stays in the tray
    after_answered = Signal(object, object)  # on the summary: the last side's Rating, the back stiffness

    def __init__(
        self,
        library: Library,
        entries: Callable[[], Sequence[Entry]],
        settings: Settings,
        driver: SessionDriver,
        assets_dir: Path,
        language: str = "en",
        on_cue: Callable[[object], None] | None = None,
        records: Callable[[], list[Record]] | None = None,
        keep_in_tray: Callable[[], bool] = lambda: False,
        may_quit: Callable[[], bool] = lambda: True,
    ) -> None:
        """``keep_in_tray``: when it says yes, closing hides the window and the app stays in the
        tray. ``may_quit``: asked before quitting; False keeps the app running (an editor with
        unsaved changes)."""
        super().__init__()
        self.library = library
        self.language = language
        self._entries = entries
        self.settings = settings
        self.driver = driver
        for name in ("sound.muted", "accessibility.reduce_motion"):
            settings.subscribe(name, lambda _changes: self._follow_settings())
        settings.subscribe("home.first_routine", lambda _changes: self.refresh_home())
        self._records = records
        self._keep_in_tray, self._may_quit = keep_in_tray, may_quit
        self._quitting = False
        self.recorded = True  # the run under way goes into the history (not one tried from the editor)
        self._painted = False
        self.sound_available = True
        self.keys_dialog: KeysDialog | None = None
        self._pending_announcement: tuple[int, str] | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)

        self._assets_dir = assets_dir
        self.home = HomeView(assets_dir)
        # The player and summary are made when first needed: the home screen shows sooner.
        self._player: PlayerView | None = None
        self._summary: SummaryView | None = None
        self.progress: ProgressView | None = None  # made when first opened
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.message_bar = MessageBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(12, 12, 12, 12)
        column.addWidget(self.message_bar)
        column.addWidget(self.stack, 1)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # cards, one accent action, a clear ring on what has the keyboard
            style.apply(app)
        self.setCentralWidget(central)

        self.home.start_requested.connect(self.start_entry)
        self.home.progress_requested.connect(self.show_progress)
        self.home.progress_button.setVisible(records is not None)
        self.driver.changed.connect(self._refresh)
        self.driver.finished.connect(self._finished)
        self.driver.phase_started.connect(self._announce)
        self.driver.paused.connect(self._paused)
        self._on_cue = on_cue
        if on_cue is not None:
            self.driver.cue_due.connect(on_cue)
        self._install_keys()
        self.stack.currentChanged.connect(self._page_changed)
        self.refresh_home()

    @property
    def player(self) -> PlayerView:
        if self._player is None:
            from stretchtimer.ui.player_view import PlayerView

            player = PlayerView(self._assets_dir)
            player.toggle_requested.connect(self.toggle)
            player.skip_requested.connect(self.driver.skip)
            player.back_requested.connect(self.driver.back)
            player.restart_requested.connect(self.driver.restart)
            player.floor_requested.connect(self.toggle_floor_mode)
            player.mute_requested.connect(self.toggle_mute)
            player.stop_requested.connect(self.stop)
            player.adjust_requested.connect(self._player_adjust)
            player.rated.connect(lambda text: announce(player, text))
            player.breath_turned.connect(self._breath_sound)
            self.driver.finished.connect(lambda _done: player.pacer.stop())  # ended or left mid-hold
            player.set_sound_available(self.sound_available)
            self._player = player
            self._follow_settings()
            self.stack.addWidget(player)
        return self._player

    def _follow_settings(self) -> None:
        """The player, once made, shows the settings as they are now (mute, reduced motion)."""
        if self._player is not None:
            self._player.set_muted(bool(self.settings.get("sound.muted")))
            self._player.reduce_motion = bool(self.settings.get("accessibility.reduce_motion"))

    @property
    def summary(self) -> SummaryView:
        if self._summary is None:
            from stretchtimer.ui.summary_view import SummaryView

            summary = SummaryView()
            summary.home_requested.connect(self.show_home)
            summary.again_requested.connect(self.driver.restart)
            summary.again_requested.connect(lambda: self.stack.setCurrentWidget(self.player))
            summary.progress_requested.connect(self.show_progress)
            summary.progress_button.setVisible(self._records is not None)
            summary.answered.connect(lambda text: announce(summary, text))
            summary.after_answered.connect(self.after_answered)
            self.stack.addWidget(summary)
            self._summary = summary
        return self._summary

    def _breath_sound(self) -> None:
        """The soft nudge as the breath turns, through the cue player only (the voice stays quiet)."""
        session = self.driver.session
        if self._on_cue is not None and session is not None:
            from stretchtimer.core.breath import turn_cue

            self._on_cue(turn_cue(session, self.driver.clock()))

    def has_player(self) -> bool:
        return self._player is not None

    def _showing_player(self) -> bool:
        return self._player is not None and self.stack.currentWidget() is self._player

    def _floor(self) -> bool:
        return self._player is not None and self._player.floor_mode

    # --- routines ------------------------------------------------------------------
    def refresh_home(self) -> None:
        entries = list(self._entries())
        first = str(self.settings.get("home.first_routine")).casefold()
        entries.sort(key=lambda e: not (e.routine and e.routine.name.casefold() == first))
        self.home.show_entries(entries, self.library, self.language)
        if self._painted:  # the history waits until the window is on screen: it shows sooner
            self.refresh_history()

    def refresh_history(self) -> None:
        """Today's status in the home header and each card's last done day, from the history."""
        now = self._history_now()
        if now is not None:
            from stretchtimer.core import history

            records, zone, today = now
            self.home.show_progress(*history.standing(records, zone, today))
            self.home.show_last_done(history.last_done(records, zone))
            self.home.show_totals(lambda routine: in_use(routine, self.library, records).total)

    def _history_now(self) -> tuple[list[Record], tzinfo, date] | None:
        """The history's records, the local time zone and today; None without a history."""
        if self._records is None:
            return None
        from stretchtimer.core.schedule import system_zone

        try:
            records = self._records()
        except Exception:  # the history's own trouble is said where it is opened; the window works on
            return None
        zone = system_zone()
        return records, zone, datetime.now(zone).date()

    def start_entry(self, entry: Entry, record: bool = True) -> None:
        """Play ``entry``; ``record`` False keeps the run out of the history (a try from the editor)."""
        if entry.routine is None:
            return
        if self.driver.is_active() and not self._confirm_abandon():
            return
        self.driver.abandon()  # the run left behind is recorded as it was started
        self.recorded = record
        self.current = entry
        self.stack.setCurrentWidget(self.player)
        self.set_floor_mode(bool(self.settings.get("window.floor_mode")), remember=False)
        from stretchtimer.ui.coaching import coaching_for

        grows = entry.routine.progress is not None  # the history is read only for holds that grow
        timeline = in_use(entry.routine, self.library, self._records() if self._records and grows else ())
        self.player.coaching = coaching_for(timeline, self.settings)
        self.driver.start(timeline)

    def completed_runs(self, name: str, source: str | None = None) -> int:
        """Completed sessions of a routine so far, for holds that grow (0 without a history)."""
        return completed_runs(self._records() if self._records is not None else (), name, source)

    def toggle(self) -> None:
        if self._showing_player() and self.driver.session is not None:
            self.driver.toggle()

    def stop(self) -> None:
        if self.driver.is_active() and not self._confirm_abandon():
            return
        self.driver.abandon()
        self.show_home()

    def show_home(self) -> None:
        if self.stack.currentWidget() is not self.home:
            self.refresh_history()  # a routine just done shows as done today
        self.set_floor_mode(False, remember=False)
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle(APP_NAME)

    def show_progress(self) -> None:
        if self._records is None:
            return
        if self.progress is None:
            from stretchtimer.ui.progress_view import ProgressView

            self.progress = ProgressView(names=lambda i: self.library[i].name if i in self.library else i)
            self.progress.home_requested.connect(self.show_home)
            self.stack.addWidget(self.progress)
        from stretchtimer.core.schedule import system_zone

        self.progress.show_records(self._records(), datetime.now(system_zone()))
        self.stack.setCurrentWidget(self.progress)

    def _confirm_abandon(self) -> bool:
        return dialogs.ask(
            self, self.tr("Leave the routine?"),
            self.tr("The routine is not finished. Leave it anyway?"),
            self.tr("Leave routine"), self.tr("Keep going"))

    def _finished(self, reached_end: bool) -> None:
        """At the end (reached by the timer or by skipping) the summary says what was really done."""
        session = self.driver.session
        if reached_end and session is not None:
            self.set_floor_mode(False, remember=False)
            self.summary.show_summary(session, self.library, self.language, recorded=self.recorded,
                                      streak=self._streak_with(session))
            self.summary.ask_after(self.player.coaching, session, self.recorded)
            self.stack.setCurrentWidget(self.summary)
            self.setWindowTitle(window_words.finished_title(session))

    def _streak_with(self, session: Session) -> int | None:
        """The streak, counting the run just ended when it completed and goes into the history."""
        now = self._history_now()
        if now is None:
            return None
        from stretchtimer.core.history import standing
        from stretchtimer.core.outcome import summarize

        done = self.recorded and summarize(session.timeline, session.spent(), session.lengths()).completed
        return standing(*now, also_done_today=done)[0]

    def announcement(self, segment: Segment) -> str:
        """What a screen reader says when a phase starts (see ui/window_words.py)."""
        return window_words.announcement(segment, self.library)

    def _announce(self, event: object) -> None:
        """Once per phase, never per second, unless turned off in the settings."""
        if not self.settings.get("accessibility.announce") or not isinstance(event, PhaseStarted):
            return
        text = self.announcement(event.segment)
        if not self._painted:
            # Started with the window (`stretchtimer run`): a screen reader is still finding
            # the new window, so the first phase is said once it is on screen.
            self._pending_announcement = (event.segment.index, text)
            return
        announce(self, text)

    def _announce_pending(self) -> None:
        pending, self._pending_announcement = self._pending_announcement, None
        session = self.driver.session
        if pending is not None and session is not None and session.state is State.RUNNING \
                and session.index == pending[0]:  # said only while that phase still runs
            announce(self, pending[1])

    def _paused(self, suspended: bool) -> None:
        if suspended:
            self.message_bar.say(self.tr(
                "The routine was paused because the computer slept. Press Space to go on."))

    # --- view updates --------------------------------------------------------------
    def _refresh(self) -> None:
        session = self.driver.session
        if session is None or session.state in (State.READY, State.FINISHED):
            return
        self.player.show_session(session, self.library)
        self.setWindowTitle(self.title_text())

    def title_text(self) -> str:
        """The window's title: the clock, phase and exercise while a routine runs."""
        return window_words.title(self.driver.session, self.library)

    # --- floor mode and sound ---------------------------------------------------------
    def toggle_floor_mode(self) -> None:
        if self._showing_player():
            self.set_floor_mode(not self.player.floor_mode)

    def set_floor_mode(self, on: bool, *, remember: bool = True) -> None:
        if on == self._floor() and on == self.isFullScreen():
            return
        self.player.set_floor_mode(on)
        if on:
            self.showFullScreen()
        elif self.isFullScreen():
            self.showNormal()
        if remember:
            self.settings.set("window.floor_mode", on)

    def set_sound_available(self, available: bool) -> None:
        """Whether a sound output was found; the player says so when not."""
        self.sound_available = available
        if self._player is not None:
            self._player.set_sound_available(available)

    def toggle_mute(self) -> None:
        if not self.sound_available:
            return
        muted = not self.settings.get("sound.muted")
        self.settings.set("sound.muted", muted)  # the player and the sound follow the setting

    # --- window ----------------------------------------------------------------------
    def restore_geometry(self) -> None:
        """Where it was (Qt keeps it on a changed screen), else its size, or most of a small screen."""
        saved = str(self.settings.get("window.geometry"))
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(DEFAULT_SIZE.boundedTo(self.screen().availableGeometry().size() * 0.95))

    def quit_app(self) -> None:
        """Leave for good, tray or not (Ctrl+Q, the tray's Quit)."""
        if not self._may_quit():
            return
        self._quitting = True
        if not self.close():
            self._quitting = False
            return
        QApplication.quit()

    def start_in_front(self, entry: Entry) -> None:
        """From the tray, a notification or another launch: the window comes forward and runs it."""
        self.bring_to_front()
        self.start_entry(entry)

    def open_in_front(self) -> None:
        self.refresh_home()
        self.bring_to_front()

    def bring_to_front(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self.stack.currentWidget() is self.home:
                self.home.focus_first()  # Enter starts the first routine straight away
            QTimer.singleShot(0, self.first_painted.emit)
            QTimer.singleShot(0, self.refresh_history)
            QTimer.singleShot(ANNOUNCE_AFTER_SHOWN_MS, self._announce_pending)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.driver.is_active() and not self._confirm_abandon():
            event.ignore()
            return
        self.driver.abandon()
        if not self._quitting and self._keep_in_tray():
            self.show_home()
            self._save_geometry()
            self.hide()
            self.hidden_to_tray.emit()
            event.ignore()
            return
        self._save_geometry()
        event.accept()

    def _save_geometry(self) -> None:
        if not self.isFullScreen():
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.settings.set("window.geometry", geometry)
