"""Evening reminders: weekday and time rules, next-due times across DST, missed and snoozed ones.

Pure functions of an aware wall-clock time and a time zone, both passed in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from stretchtimer.core.yamldoc import shorten

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALL_DAYS = frozenset(range(7))
DEFAULT_GRACE = timedelta(hours=1)
DEFAULT_SNOOZE = timedelta(minutes=10)
# 21:30, 21.30, 21h30, 2130, 930, 21 — and 9:30 pm, 9pm, 9.30 a.m. for people who use a 12-hour clock.
_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.hH]\s*(\d{2})?)?\s*(?:([aApP])\.?\s*[mM]\.?)?$")
_DIGITS = re.compile(r"^(\d{1,2})(\d{2})\s*(?:([aApP])\.?\s*[mM]\.?)?$")
# Quick choices in the reminders dialog and on the command line, besides single days.
DAY_PRESETS: dict[str, frozenset[int]] = {
    "every day": ALL_DAYS,
    "weekdays": frozenset(range(5)),
    "weekends": frozenset({5, 6}),
}


class ScheduleError(ValueError):
    """A reminder that cannot be read; the message says what to write instead."""


@dataclass(frozen=True)
class Reminder:
    id: int
    at: time
    days: frozenset[int] = ALL_DAYS  # 0 = Monday
    routine: str = "Evening routine"
    enabled: bool = True

    def days_text(self) -> str:
        for name, days in DAY_PRESETS.items():
            if self.days == days:
                return name
        return ",".join(WEEKDAYS[d] for d in sorted(self.days))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "time": self.at.strftime("%H:%M"),
                "days": [WEEKDAYS[d] for d in sorted(self.days)],
                "routine": self.routine, "enabled": self.enabled}


def parse_time(text: str) -> time:
    """A time of day as people type it: ``21:30``, ``21.30``, ``21h30``, ``2130``, ``9:30 pm``."""
    written = text.strip()
    match = _TIME.match(written) or _DIGITS.match(written)
    hour = minute = -1
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        half = (match.group(3) or "").lower()
        if half and not 1 <= hour <= 12:
            hour = -1  # "13 pm" says two different things
        elif half:
            hour = hour % 12 + (12 if half == "p" else 0)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ScheduleError(f"'{shorten(text)}' is not a time of day; write HH:MM, e.g. 21:30")
    return time(hour, minute)


def parse_days(text: str | Iterable[str]) -> frozenset[int]:
    """Days as ``mon,wed,fri`` or one of DAY_PRESETS (``weekdays``, ``weekends``, ``every day``)."""
    if isinstance(text, str) and text.strip().lower().replace("-", " ") in DAY_PRESETS:
        return DAY_PRESETS[text.strip().lower().replace("-", " ")]
    words = [w.strip().lower()[:3] for w in (text.split(",") if isinstance(text, str) else text)]
    if not words or words == [""]:
        raise ScheduleError("no days given; write e.g. mon,wed,fri")
    days = set()
    for word in words:
        if word not in WEEKDAYS:
            raise ScheduleError(f"'{word}' is not a weekday; write mon, tue, wed, thu, fri, sat or sun")
        days.add(WEEKDAYS.index(word))
    return frozenset(days)


def reminder_from_dict(data: Mapping[str, Any]) -> Reminder:
    """A reminder as stored in settings.yaml; ScheduleError says what is wrong."""
    if not isinstance(data, Mapping):
        raise ScheduleError("each reminder must be a mapping with 'time', 'days' and 'routine'")
    unknown = set(data) - {"id", "time", "days", "routine", "enabled"}
    if unknown:
        raise ScheduleError(f"unknown reminder key '{shorten(str(sorted(unknown)[0]))}'")
    ident = data.get("id")
    if isinstance(ident, bool) or not isinstance(ident, int) or ident < 1:
        raise ScheduleError("a reminder's 'id' must be a whole number from 1")
    routine = data.get("routine", "Evening routine")
    enabled = data.get("enabled", True)
    if not isinstance(routine, str) or not routine.strip():
        raise ScheduleError("a reminder's 'routine' must be a routine name")
    if not isinstance(enabled, bool):
        raise ScheduleError("a reminder's 'enabled' must be true or false")
    days = data.get("days", list(WEEKDAYS))
    at = data.get("time", "")
    if isinstance(at, int) and not isinstance(at, bool) and 0 <= at < 24 * 60:
        at = f"{at // 60}:{at % 60:02d}"  # YAML 1.1 reads an unquoted 21:30 as 1290 (base 60)
    return Reminder(ident, parse_time(str(at)), parse_days(days), routine, enabled)


def local_moment(day: date, at: time, tz: tzinfo) -> datetime:
    """``at`` on ``day`` in ``tz``. A time the clocks skip (spring forward) becomes the first
    moment after the jump (02:30 -> 03:00); a time that happens twice (fall back) is its first
    occurrence."""
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=tz, fold=0)
    if first.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) == naive:
        return first
    return _end_of_gap(naive, tz)


def _end_of_gap(naive: datetime, tz: tzinfo) -> datetime:
    """The first instant whose wall-clock time is at least ``naive``, a time inside a gap.

    Read with the offsets from before and after the jump, ``naive`` gives two instants that
    bracket the jump; halving between them finds it to the second.
    """
    low, high = sorted(naive.replace(tzinfo=tz, fold=fold).astimezone(timezone.utc) for fold in (0, 1))
    while high - low > timedelta(seconds=1):
        middle = low + timedelta(seconds=(high - low).total_seconds() // 2)
        if middle.astimezone(tz).replace(tzinfo=None) >= naive:
            high = middle
        else:
            low = middle
    return high.astimezone(tz)


def system_zone(environ: Mapping[str, str] | None = None, localtime: str = "/etc/localtime") -> tzinfo:
    """The system's time zone with its rules (so reminders keep their wall-clock time across
    daylight-saving changes): ``TZ`` if it names a zone, else /etc/localtime, else the current
    fixed offset as a last resort."""
    from zoneinfo import ZoneInfo

    env = os.environ if environ is None else environ
    name = env.get("TZ", "").lstrip(":")
    try:
        candidate = name or os.readlink(localtime)
    except OSError:
        candidate = ""
    if candidate:
        try:  # "Europe/Paris", or a path such as /usr/share/zoneinfo/Europe/Paris
            return ZoneInfo(candidate.split("zoneinfo/", 1)[-1])
        except (ValueError, OSError, LookupError):  # not a zone name: a POSIX TZ rule
            pass
    if not name:
        try:
            with open(localtime, "rb") as data:  # a copied zone file rather than a link
                return ZoneInfo.from_file(data)
        except (OSError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or timezone.utc


def occurrences(reminder: Reminder, start: datetime, end: datetime, tz: tzinfo) -> list[datetime]:
    """Every moment the reminder is due in (start, end]."""
    found = []
    day = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date() + timedelta(days=1)
    while day <= last:
        if day.weekday() in reminder.days:
            moment = local_moment(day, reminder.at, tz)
            if start < moment <= end:
                found.append(moment)
        day += timedelta(days=1)
    return found


def next_due(reminder: Reminder, after: datetime, tz: tzinfo) -> datetime | None:
    """The first moment strictly after ``after`` that the reminder is due."""
    if not reminder.enabled or not reminder.days:
        return None
    day = after.astimezone(tz).date()
    for offset in range(9):
        candidate = day + timedelta(days=offset)
        if candidate.weekday() in reminder.days:
            moment = local_moment(candidate, reminder.at, tz)
            if moment > after:
                return moment
    return None


def skipped_today(reminder: Reminder, now: datetime, tz: tzinfo, done_on: Callable[[date], bool]) -> bool:
    """Whether the reminder was still to come today but stays silent: a routine is already done."""
    due = next_due(reminder, now, tz)
    today = now.astimezone(tz).date()
    return due is not None and due.astimezone(tz).date() == today and done_on(today)


def next_sounding(reminder: Reminder, now: datetime, tz: tzinfo,
                  done_on: Callable[[date], bool]) -> datetime | None:
    """The next moment the reminder will really sound: today's is passed over once today is done."""
    if skipped_today(reminder, now, tz, done_on):
        tomorrow = now.astimezone(tz).date() + timedelta(days=1)
        return next_due(reminder, local_moment(tomorrow, time(0, 0), tz) - timedelta(microseconds=1), tz)
    return next_due(reminder, now, tz)


@dataclass(frozen=True)
class Fire:
    """A reminder to show now; ``due`` is when it was meant for."""

    reminder: Reminder
    due: datetime
    late: bool


@dataclass
class Scheduler:
    """Which reminders fire when. Call ``check(now)`` at ``next_wakeup(now)``, on wake and at start."""

    reminders: Sequence[Reminder]
    tz: tzinfo
    last_check: datetime
    grace: timedelta = DEFAULT_GRACE
    done_on: Callable[[date], bool] = lambda day: False
    snoozed: dict[int, datetime] = field(default_factory=dict)
    paused_until: datetime | None = None

    def check(self, now: datetime) -> list[Fire]:
        """Reminders due since the last check: each at most once, none older than ``grace``."""
        fires: list[Fire] = []
        for reminder in self.reminders:
            if not reminder.enabled:
                continue
            due = occurrences(reminder, self.last_check, now, self.tz)
            snooze = self.snoozed.get(reminder.id)
            if snooze is not None and self.last_check < snooze <= now:
                due.append(snooze)
                del self.snoozed[reminder.id]
            if not due:
                continue
            latest = max(due)  # a machine asleep for days still gets one reminder, not a flood
            if now - latest > self.grace:
                continue
            if self.paused_until is not None and latest < self.paused_until:
                continue
            if self.done_on(latest.astimezone(self.tz).date()):
                continue
            fires.append(Fire(reminder, latest, late=now - latest > timedelta(minutes=1)))
        self.last_check = now
        return fires

    def next_wakeup(self, now: datetime) -> datetime | None:
        """The next moment anything could fire: one timer to it, nothing periodic."""
        moments = [m for r in self.reminders if (m := next_due(r, now, self.tz)) is not None]
        moments += [s for s in self.snoozed.values() if s > now]
        return min(moments) if moments else None

    def snooze(self, reminder: Reminder, now: datetime, length: timedelta = DEFAULT_SNOOZE) -> datetime:
        until = now + length
        self.snoozed[reminder.id] = until
        return until

    def pause_today(self, now: datetime) -> None:
        """No more reminders until local midnight."""
        tomorrow = now.astimezone(self.tz).date() + timedelta(days=1)
        self.paused_until = local_moment(tomorrow, time(0, 0), self.tz)
        self.snoozed.clear()


def add_reminder(reminders: Sequence[Reminder], at: time, days: frozenset[int], routine: str) -> Reminder:
    ident = max((r.id for r in reminders), default=0) + 1
    return Reminder(ident, at, days, routine)


def without(reminders: Sequence[Reminder], ident: int) -> list[Reminder]:
    if not any(r.id == ident for r in reminders):
        known = ", ".join(str(r.id) for r in reminders) or "none"
        raise ScheduleError(f"no reminder with id {ident} (ids: {known}); see 'stretchtimer remind list'")
    return [r for r in reminders if r.id != ident]




_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def to_ical(reminders: Sequence[Reminder], today: date, stamp: datetime) -> str:
    """The reminders as an iCalendar file of weekly recurring events, in local (floating) time."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stretch Timer//Reminders//EN",
             "CALSCALE:GREGORIAN"]
    for reminder in reminders:
        if not reminder.enabled or not reminder.days:
            continue
        start = datetime.combine(today, reminder.at)
        byday = ",".join(_ICAL_DAYS[d] for d in sorted(reminder.days))
        lines += [
            "BEGIN:VEVENT",
            f"UID:reminder-{reminder.id}@stretchtimer",
            f"DTSTAMP:{stamp.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}",
            f"DTSTART:{start:%Y%m%dT%H%M%S}",
            "DURATION:PT15M",
            f"RRULE:FREQ=WEEKLY;BYDAY={byday}",
            f"SUMMARY:{_ical_text('Stretch: ' + reminder.routine)}",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:PT0M",
            f"DESCRIPTION:{_ical_text('Time for your ' + reminder.routine)}", "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _ical_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
