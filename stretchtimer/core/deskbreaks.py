"""Desk breaks: after a long spell at the computer, suggest a short standing routine.

The rules are fed samples of the session's idle time (seconds since the last key press or
pointer move). Activity runs from the first input after a break to the latest input;
short pauses count as part of it, an idle spell of ``natural_break`` seconds is a break
that starts the count again, and so is a machine that slept that long. Time is injected:
``monotonic`` stops while the machine sleeps (like time.monotonic), ``wall`` does not, so
the difference between the two tells how long it slept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from stretchtimer.core.schedule import WEEKDAYS

IdleReader = Callable[[], "float | None"]  # seconds since the last input; None when unknown now
AWAY_LOOK = 60.0  # how often to look for the person's return while on a break, at most
BUSY_LOOK = 60.0  # how often to look again while a due suggestion is held back
SOONEST = 1.0  # never look again sooner than this: the rules never need it


class Hold(str, Enum):
    """Why no desk break is suggested now."""

    OFF = "off"  # turned off in the settings
    UNAVAILABLE = "unavailable"  # the desktop does not say how long it has been idle
    ROUTINE = "routine"  # a routine is running: that is a break already
    DAY_OFF = "day-off"  # not one of the chosen weekdays
    OUTSIDE_HOURS = "outside-hours"  # outside the chosen hours
    BUSY = "busy"  # a full-screen window, a presentation, a call or Do Not Disturb
    AWAY = "away"  # on a break now (idle, or no input seen since the last break)
    NOT_YET = "not-yet"  # not at the desk long enough yet
    SNOOZED = "snoozed"
    WAITING = "waiting"  # a suggestion is shown and not answered yet


@dataclass(frozen=True)
class Rules:
    """Lengths in seconds; ``hours`` is (from, until) in whole hours, until 24 meaning midnight."""

    work: float = 50 * 60
    natural_break: float = 5 * 60
    snooze: float = 10 * 60
    days: frozenset[int] = frozenset(range(5))
    hours: tuple[int, int] = (8, 18)
    skip_limit: int = 0  # skips allowed a day; 0 for no limit

    @classmethod
    def from_settings(cls, get: Callable[[str], Any], seconds_per_minute: float = 60.0) -> Rules:
        """The rules from the ``desk.*`` settings; tests may shorten a minute."""
        return cls(work=float(get("desk.work_minutes")) * seconds_per_minute,
                   natural_break=float(get("desk.break_minutes")) * seconds_per_minute,
                   snooze=float(get("desk.snooze_minutes")) * seconds_per_minute,
                   days=days_from_names(get("desk.days")),
                   hours=(int(get("desk.hours_from")), int(get("desk.hours_until"))),
                   skip_limit=int(get("desk.skip_limit")))

    def in_hours(self, moment: datetime) -> bool:
        start, end = self.hours
        if start < end:
            return start <= moment.hour < end
        return moment.hour >= start or moment.hour < end  # e.g. 22 to 6: across midnight

    def can_skip(self, skips_today: int) -> bool:
        return self.skip_limit == 0 or skips_today < self.skip_limit


def days_from_names(names: Iterable[str]) -> frozenset[int]:
    return frozenset(WEEKDAYS.index(n) for n in names if n in WEEKDAYS)


def day_name_problem(item: Any) -> str | None:
    """Why a list item is not a weekday name (for the settings declaration)."""
    if item not in WEEKDAYS:
        return f"'{item}' is not a weekday; write mon, tue, wed, thu, fri, sat or sun"
    return None


@dataclass(frozen=True)
class Status:
    """What the rules say after a look at the desktop."""

    active: float  # seconds of activity since the last break
    hold: Hold | None  # why nothing is suggested; None when ``suggest`` is True
    next_look: float  # seconds (monotonic) until the rules need to look again
    due_at: datetime | None = None  # wall time a suggestion comes if activity goes on
    detail: str = ""  # for BUSY: what holds it back
    suggest: bool = False  # show a desk break now


class DeskBreaks:
    """The activity count and the answers to suggestions. Call ``look`` when ``next_look`` says."""

    def __init__(self, rules: Rules, monotonic: Callable[[], float], wall: Callable[[], datetime],
                 idle: IdleReader) -> None:
        self.rules = rules
        self._monotonic = monotonic
        self._wall = wall
        self._idle = idle
        self._last: tuple[float, datetime] | None = None  # the previous look
        self._start: float | None = None  # monotonic start of the current activity; None: on a break
        self._last_input = 0.0
        self._snoozed_until: float | None = None
        self._shown_at: float | None = None  # an unanswered suggestion

    def _sample(self, now: float, wall: datetime, idle: float) -> None:
        """Move the activity count on by what the idle time says happened since the last look."""
        since, slept = 0.0, 0.0
        if self._last is not None:
            since = max(0.0, now - self._last[0])
            slept = max(0.0, (wall - self._last[1]).total_seconds() - since)
        first = self._last is None
        self._last = (now, wall)
        if idle >= self.rules.natural_break or slept >= self.rules.natural_break:
            self._take_break()
            if idle >= self.rules.natural_break:
                return
        if self._start is None and (first or idle < since):
            # Input since the last look: activity began somewhere in between; count from there.
            self._start = now - idle if first else now - since
        self._last_input = now - idle

    def _take_break(self) -> None:
        self._start = None
        self._snoozed_until = None
        self._shown_at = None

    def active(self) -> float:
        return 0.0 if self._start is None else max(0.0, self._last_input - self._start)

    def look(self, busy: Callable[[], str] = lambda: "", routine_running: bool = False,
             enabled: bool = True) -> Status:
        """Sample the idle time and decide. ``busy`` says what holds suggestions back now (or "");
        it is asked only when a suggestion would otherwise be made."""
        if not enabled:
            return Status(0.0, Hold.OFF, BUSY_LOOK * 10)
        idle = self._idle()
        if idle is None:
            return Status(self.active(), Hold.UNAVAILABLE, BUSY_LOOK * 10)
        now, wall = self._monotonic(), self._wall()
        self._sample(now, wall, max(0.0, idle))
        if routine_running:
            self._take_break()
            return Status(0.0, Hold.ROUTINE, self.rules.natural_break)
        hold = self._hold(now, wall)
        detail = ""
        if hold is None:
            detail = busy()
            hold = Hold.BUSY if detail else None
        if hold is None:
            self._shown_at = now
            wait = min(self.rules.snooze, self.rules.natural_break - idle)
            return Status(self.active(), None, max(SOONEST, wait), suggest=True)
        return Status(self.active(), hold, self._next_look(now, idle, hold),
                      self._due_at(now, wall, idle), detail)

    def _hold(self, now: float, wall: datetime) -> Hold | None:
        if self._start is None:
            return Hold.AWAY
        if self.active() < self.rules.work:
            return Hold.NOT_YET
        if wall.weekday() not in self.rules.days:
            return Hold.DAY_OFF
        if not self.rules.in_hours(wall):
            return Hold.OUTSIDE_HOURS
        if self._snoozed_until is not None and now < self._snoozed_until:
            return Hold.SNOOZED
        if self._shown_at is not None and now < self._shown_at + self.rules.snooze:
            return Hold.WAITING  # unanswered: shown again after a snooze's length
        return None

    def _next_look(self, now: float, idle: float, hold: Hold) -> float:
        rules = self.rules
        if self._start is None:  # on a break: look for the return now and then
            wait = min(AWAY_LOOK, rules.natural_break / 2)
            if idle < rules.natural_break:
                wait = min(wait, rules.natural_break - idle)
            return max(SOONEST, wait)
        # A natural break cannot end before natural_break - idle from now: look then, and no
        # later, so none is missed; and look when the activity may reach ``work``.
        waits = [rules.natural_break - idle]
        if hold is Hold.NOT_YET:
            waits.append(rules.work - self.active())
        elif hold is Hold.SNOOZED and self._snoozed_until is not None:
            waits.append(self._snoozed_until - now)
        elif hold is Hold.WAITING and self._shown_at is not None:
            waits.append(self._shown_at + rules.snooze - now)
        else:  # held by the hours or by the desktop: look again in a while
            waits.append(min(BUSY_LOOK, rules.natural_break / 2))
        return max(SOONEST, min(waits))

    def _due_at(self, now: float, wall: datetime, idle: float) -> datetime | None:
        """When a suggestion comes if the person keeps working (ignoring the hours)."""
        if self._start is None:
            return None
        wait = max(0.0, self.rules.work - self.active() - idle)
        if self._snoozed_until is not None:
            wait = max(wait, self._snoozed_until - now)
        return wall + timedelta(seconds=wait)

    # The answers to a suggestion.
    def snooze(self) -> None:
        self._snoozed_until = self._monotonic() + self.rules.snooze
        self._shown_at = None

    def skip(self) -> None:
        """The break is skipped: the count starts again from now."""
        self._start = self._last_input = self._monotonic()
        self._snoozed_until = None
        self._shown_at = None

    def routine_started(self) -> None:
        """A routine is a break: the count starts again after it."""
        self._take_break()
