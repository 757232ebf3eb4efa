"""Keeps sessions that could not be written to the history yet, and writes them when it can.

A full disk, a read-only folder or a lock held by another program are passing
troubles: the file stays where it is, the sessions wait in memory, and each
session's end (and quitting) tries again. The person hears of it once.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from stretchtimer.core.history import History, HistoryError, Reason, Record, reason_of


class Kind(str, Enum):
    SET_ASIDE = "set-aside"  # the file was damaged: kept under ``aside``, a new history started
    UNAVAILABLE = "unavailable"  # the file cannot be opened or read now; it is left alone
    UNSAVED = "unsaved"  # sessions could not be written; they wait in memory
    SAVED = "saved"  # sessions that waited were written at last


@dataclass(frozen=True)
class Trouble:
    """Something about the history the person should hear of, once."""

    kind: Kind
    path: Path
    reason: Reason = Reason.OTHER
    detail: str = ""
    aside: Path | None = None
    count: int = 0  # sessions waiting (UNSAVED) or just saved (SAVED)


def session_key(record: Record) -> tuple[str, datetime]:
    """What tells one session from another: its routine and its start (as the history's
    ``amend`` finds its row)."""
    return record.routine, record.started_at


class Recorder:
    """Writes sessions to the history; those that cannot be written yet stay in ``pending``.

    Every ``add`` and ``flush`` tries the file again (opening it first when needed);
    ``say`` hears of a problem once until it goes away, and of the waiting sessions
    being saved.
    """

    def __init__(self, path: Path, say: Callable[[Trouble], None],
                 opener: Callable[[Path], History] = History, spill: Path | None = None) -> None:
        """``spill``: where what still waits at ``close`` is kept (a history of its own, in
        another folder), to be written from there at the next start."""
        self.path = path
        self.pending: list[Record] = []
        self.amended: list[Record] = []  # answers given after a saved session, not written yet
        self.spill = spill
        self.spilled = False  # what waited at close went to ``spill``
        self._say = say
        self._opener = opener
        self._history: History | None = None
        self._told = False  # the current trouble was said
        self.amended += self._spilled()  # written as answers: a session already saved is not doubled
        self._from_spill = bool(self.amended)  # ``spill`` goes once they are in the history
        self._waited = bool(self.amended)  # some session already failed to be written once

    def _trouble(self, kind: Kind, exc: BaseException) -> None:
        self._waited = self._waited or bool(self.pending or self.amended)
        if self._history is not None:
            self._history.close()  # reopened, and checked again, at the next try
            self._history = None
        if not self._told:
            self._told = True
            self._say(Trouble(kind, self.path, reason_of(exc), str(exc), count=len(self.pending)))

    def open(self) -> History | None:
        if self._history is None:
            try:
                self._history = self._opener(self.path)
            except HistoryError as exc:
                self._trouble(Kind.UNAVAILABLE, exc)
                return None
            if self._history.aside is not None:
                self._say(Trouble(Kind.SET_ASIDE, self.path, aside=self._history.aside))
            if not self.pending:  # open, and nothing waits: any trouble is over
                self._told = False
        return self._history

    def add(self, record: Record) -> bool:
        """Keep ``record``; True when it (and any waiting before it) reached the file."""
        self.pending.append(record)
        return self.flush()

    def flush(self) -> bool:
        """Write the waiting sessions, then the waiting answers; True when none is left waiting."""
        if not self.pending and not self.amended:
            return True
        history = self.open()
        if history is None:
            return False
        saved = 0
        try:
            while self.pending:
                history.add(self.pending[0])
                self.pending.pop(0)
                saved += 1
            while self.amended:
                if not history.amend(self.amended[0]):  # a session kept aside at an earlier quit
                    history.add(self.amended[0])
                self.amended.pop(0)
                saved += 1
        except sqlite3.Error as exc:
            self._trouble(Kind.UNSAVED, exc)
            return False
        self._told = False
        if self._from_spill and self.spill is not None:
            self._from_spill = False
            with contextlib.suppress(OSError):
                self.spill.unlink(missing_ok=True)  # what was kept there is in the history now
        if self._waited:
            self._waited = False
            self._say(Trouble(Kind.SAVED, self.path, count=saved))
        return True

    def amend(self, old: Record, new: Record) -> bool:
        """Replace ``old`` (a session already added) by ``new``, the same session with what was
        given after it ended; True when the change reached the file. Otherwise it waits, as the
        sessions do, for the next try."""
        for i, waiting in enumerate(self.pending):
            if waiting is old:
                self.pending[i] = new
                return self.flush()
        # Waits like a session when the file cannot take it now; a later answer replaces it.
        self.amended = [a for a in self.amended if session_key(a) != session_key(new)]
        self.amended.append(new)
        return self.flush()

    def records(self, limit: int | None = None) -> list[Record]:
        """Saved and waiting sessions, newest first; only the waiting ones when the file cannot be read."""
        saved: list[Record] = []
        history = self.open()
        if history is not None:
            try:
                saved = history.records(limit)
            except (sqlite3.Error, ValueError, KeyError) as exc:  # unreadable rows count as unreadable
                self._trouble(Kind.UNAVAILABLE, exc)
        answered = {session_key(a): a for a in self.amended}
        saved = [answered.get(session_key(r), r) for r in saved]
        both = sorted(saved + self.pending, key=lambda r: r.started_at, reverse=True)
        return both[:limit] if limit else both

    def close(self) -> bool:
        """One last try to save, then close; False when sessions could not be saved (they are
        kept in ``spill`` when it can be written: see ``spilled``)."""
        flushed = self.flush()
        if self._history is not None:
            self._history.close()
            self._history = None
        self.spilled = not flushed and self._spill()
        return flushed

    def _spilled(self) -> list[Record]:
        """What an earlier run could not save, kept in ``spill``; nothing when it cannot be read."""
        if self.spill is None or not self.spill.is_file():
            return []
        try:
            kept = History(self.spill)
            try:
                return sorted(kept.records(), key=lambda r: r.started_at)
            finally:
                kept.close()
        except (HistoryError, sqlite3.Error, ValueError, KeyError):
            return []  # left where it is (a damaged one is set aside, as a history is), for later

    def _spill(self) -> bool:
        """Keep what waits in ``spill`` (replacing what was kept there, which now waits too)."""
        if self.spill is None:
            return False
        fresh = self.spill.with_name(self.spill.name + ".new")
        try:
            fresh.unlink(missing_ok=True)
            kept = History(fresh)
            try:
                for record in [*self.pending, *self.amended]:
                    kept.add(record)
            finally:
                kept.close()
            os.replace(fresh, self.spill)
        except (OSError, HistoryError, sqlite3.Error):
            return False
        return True
