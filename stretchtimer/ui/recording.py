"""Puts each routine run into the history when it ends, and tells the person of history troubles."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from stretchtimer.ui.main_window import MainWindow

if TYPE_CHECKING:  # the history (and SQLite) load at first use, after the window is up
    from stretchtimer.core.checkin import Rating
    from stretchtimer.core.history import History, Reason, Record
    from stretchtimer.core.recorder import Recorder, Trouble

translate = QCoreApplication.translate


def reason_text(reason: Reason, detail: str) -> str:
    from stretchtimer.core.history import Reason

    return {
        Reason.LOCKED: translate("History", "another program is using it"),
        Reason.READ_ONLY: translate("History", "it or its folder cannot be written"),
        Reason.FULL: translate("History", "the disk is full"),
    }.get(reason, detail)


def trouble_text(trouble: Trouble) -> str:
    """What the person reads in the message bar."""
    from stretchtimer.core.history import Reason
    from stretchtimer.core.recorder import Kind

    if trouble.kind is Kind.SET_ASIDE:
        return translate("History", "Your history file could not be read: it was kept as %1 "
                                    "and a new history was started.").replace("%1", str(trouble.aside))
    if trouble.reason is Reason.NEWER:
        return translate("History", "Your history %1 was written by a newer Stretch Timer: it is left as "
                                    "it is, and sessions done here cannot be added to it.").replace(
            "%1", str(trouble.path))
    if trouble.kind is Kind.SAVED:
        return translate("History", "Sessions that waited are now saved to your history (%1).").replace(
            "%1", str(trouble.count))
    return translate("History", "Your history %1 cannot be written now: %2. Your sessions are kept "
                                "and saved after your next session or when you quit.").replace(
        "%1", str(trouble.path)).replace("%2", reason_text(trouble.reason, trouble.detail))


def _local_now() -> datetime:
    """Now in the system's named zone, so days are counted by its daylight-saving rules."""
    from stretchtimer.core.schedule import system_zone

    return datetime.now(system_zone())


class Recording(QObject):
    """Records every run the window plays, except those tried from the editor."""

    def __init__(self, window: MainWindow, path: Path,
                 now: Callable[[], datetime] | None = None, spill: Path | None = None) -> None:
        """``spill``: where sessions that cannot be saved at quit are kept until the next start."""
        super().__init__(window)
        self.window = window
        self.path = path
        self.spill = spill
        self._now = now or _local_now
        self._recorder: Recorder | None = None
        self._ended: tuple[Record, Record] | None = None  # the last run as saved, and as amended since
        window.driver.finished.connect(self.session_ended)
        window.after_answered.connect(self.amend)

    @property
    def recorder(self) -> Recorder:
        if self._recorder is None:
            from stretchtimer.core.recorder import Recorder

            self._recorder = Recorder(self.path, lambda t: self.window.message_bar.say(trouble_text(t)),
                                      spill=self.spill)
        return self._recorder

    def open(self) -> History | None:
        """Open the history file now (after the first paint), rather than at the first run, and
        write what an earlier run kept aside."""
        history = self.recorder.open()
        if history is not None and self.recorder.amended:
            self.recorder.flush()
        return history

    def session_ended(self, reached_end: bool) -> None:
        from stretchtimer.core.history import session_record

        session = self.window.driver.session
        if session is None or not self.window.recorded:
            return
        ended = self._now()
        checkins = self.window.player.coaching.checkins if self.window.has_player() else None
        ratings = checkins.ratings() if checkins is not None and checkins.timeline is session.timeline else ()
        record = replace(session_record(
            session.timeline, session.spent(), ended - timedelta(seconds=session.wall_seconds()),
            ended, reached_end, session.lengths(), ratings), stiffness_before=self._before())
        self._ended = (record, record)
        self.recorder.add(record)
        if checkins is not None:
            checkins.clear()  # "Again" replays the same timeline: its ratings are its own

    def _before(self) -> int | None:
        """The back stiffness given before this run, taken once: the next run asks again."""
        if not self.window.has_player():
            return None
        coaching = self.window.player.coaching
        before, coaching.before = coaching.before, None
        return before

    def amend(self, side: Rating | None, after: int | None) -> None:
        """The summary's answers (the side that ended the run, the back stiffness after it) go
        into the session just saved; a later answer replaces an earlier one."""
        if self._ended is None:
            return
        saved, last = self._ended
        amended = replace(saved, ratings=saved.ratings + ((side,) if side is not None else ()),
                          stiffness_after=after)
        if amended != last:
            self.recorder.amend(last, amended)
            self._ended = (saved, amended)

    def records(self, limit: int | None = None) -> list[Record]:
        return self.recorder.records(limit)

    def done_on(self, day: date) -> bool:
        """A completed routine that day; a history that cannot be read says no."""
        from stretchtimer.core.history import completed_days

        tz = self._now().tzinfo
        assert tz is not None
        return day in completed_days(self.records(50), tz)

    def close(self) -> None:
        """At quit: one last try; what still cannot be saved is said on the terminal."""
        if self._recorder is None:
            return
        waiting = len(self.recorder.pending) + len(self.recorder.amended)
        if self.recorder.close():
            return
        if self.recorder.spilled:
            print(translate("History", "stretchtimer: %1 session(s) could not be saved to %2; they are kept "
                            "in %3 and saved at the next start.").replace("%1", str(waiting))
                  .replace("%2", str(self.recorder.path)).replace("%3", str(self.recorder.spill)),
                  file=sys.stderr)
        else:
            print(translate("History", "stretchtimer: %1 session(s) could not be saved to %2.")
                  .replace("%1", str(waiting)).replace("%2", str(self.recorder.path)), file=sys.stderr)
