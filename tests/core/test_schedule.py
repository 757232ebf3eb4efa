"""Reminders: weekdays, DST, midnight, missed while asleep, snooze, pause, skip when done."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from stretchtimer.core import schedule
from stretchtimer.core.schedule import Reminder, ScheduleError, Scheduler, next_due

PARIS = ZoneInfo("Europe/Paris")
MON_WED_FRI = frozenset({0, 2, 4})


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


def test_next_due_keeps_to_the_chosen_weekdays() -> None:
    reminder = Reminder(1, time(21, 30), MON_WED_FRI)
    assert next_due(reminder, at("2026-11-24T12:00"), PARIS) == at("2026-11-25T21:30")  # Tue -> Wed
    assert next_due(reminder, at("2026-11-25T21:30"), PARIS) == at("2026-11-27T21:30")  # Wed -> Fri
    assert next_due(reminder, at("2026-11-27T22:00"), PARIS) == at("2026-11-30T21:30")  # Fri -> Mon


def test_next_due_across_midnight() -> None:
    reminder = Reminder(1, time(0, 15))
    assert next_due(reminder, at("2026-11-24T23:59"), PARIS) == at("2026-11-25T00:15")


def test_spring_forward_moves_a_skipped_time_on() -> None:
    # 29 March 2026: Paris clocks jump from 02:00 to 03:00.
    reminder = Reminder(1, time(2, 30))
    due = next_due(reminder, at("2026-03-29T00:00"), PARIS)
    assert due is not None and (due.hour, due.minute) == (3, 0) and due.date() == date(2026, 3, 29)
    evening = Reminder(2, time(21, 30))
    due = next_due(evening, at("2026-03-28T22:00"), PARIS)
    assert due == at("2026-03-29T21:30") and due.utcoffset() == timedelta(hours=2)


def test_fall_back_fires_once_at_the_first_occurrence() -> None:
    # 25 October 2026: 02:30 happens twice in Paris.
    reminder = Reminder(1, time(2, 30))
    start = at("2026-10-25T00:00")
    due = schedule.occurrences(reminder, start, start + timedelta(hours=6), PARIS)
    assert len(due) == 1 and due[0].utcoffset() == timedelta(hours=2)


def make(reminders: list[Reminder], last: datetime, **kwargs) -> Scheduler:  # type: ignore[no-untyped-def]
    return Scheduler(reminders, PARIS, last, **kwargs)


def test_fires_when_due_and_not_again() -> None:
    sched = make([Reminder(1, time(21, 30))], at("2026-11-25T21:00"))
    assert sched.next_wakeup(at("2026-11-25T21:00")) == at("2026-11-25T21:30")
    assert sched.check(at("2026-11-25T21:29:59")) == []
    (fire,) = sched.check(at("2026-11-25T21:30"))
    assert fire.due == at("2026-11-25T21:30") and not fire.late
    assert sched.check(at("2026-11-25T21:31")) == []


def test_disabled_or_other_weekday_does_not_fire() -> None:
    sched = make([Reminder(1, time(21, 30), frozenset({0})), Reminder(2, time(21, 30), enabled=False)],
                 at("2026-11-25T21:00"))  # a Wednesday
    assert sched.check(at("2026-11-25T22:00")) == []


def test_missed_during_sleep_fires_once_when_less_than_an_hour_late() -> None:
    sched = make([Reminder(1, time(21, 30))], at("2026-11-25T21:00"))
    (fire,) = sched.check(at("2026-11-25T22:10"))  # woke 40 minutes late
    assert fire.late and fire.due == at("2026-11-25T21:30")
    assert sched.check(at("2026-11-25T22:11")) == []


def test_missed_by_more_than_the_grace_is_dropped_and_days_away_do_not_flood() -> None:
    sched = make([Reminder(1, time(21, 30))], at("2026-11-20T21:00"))
    assert sched.check(at("2026-11-25T23:00")) == []  # five missed evenings, latest 90 min ago
    sched = make([Reminder(1, time(21, 30))], at("2026-11-20T21:00"), grace=timedelta(hours=2))
    assert len(sched.check(at("2026-11-25T23:00"))) == 1


def test_snooze_fires_again_after_its_length() -> None:
    reminder = Reminder(1, time(21, 30))
    sched = make([reminder], at("2026-11-25T21:00"))
    (_fire,) = sched.check(at("2026-11-25T21:30"))
    until = sched.snooze(reminder, at("2026-11-25T21:31"))
    assert until == at("2026-11-25T21:41")
    assert sched.next_wakeup(at("2026-11-25T21:31")) == until
    assert sched.check(at("2026-11-25T21:40")) == []
    (again,) = sched.check(at("2026-11-25T21:41"))
    assert again.due == until
    assert sched.check(at("2026-11-25T21:52")) == []


def test_pause_for_today_skips_until_midnight() -> None:
    sched = make([Reminder(1, time(21, 30)), Reminder(2, time(0, 30))], at("2026-11-25T20:00"))
    sched.pause_today(at("2026-11-25T20:00"))
    assert sched.check(at("2026-11-25T21:30")) == []
    (fire,) = sched.check(at("2026-11-26T00:30"))
    assert fire.reminder.id == 2


def test_skips_a_day_already_done() -> None:
    done = {date(2026, 11, 25)}
    sched = make([Reminder(1, time(21, 30))], at("2026-11-25T21:00"), done_on=lambda d: d in done)
    assert sched.check(at("2026-11-25T21:30")) == []
    sched.last_check = at("2026-11-26T21:00")
    assert len(sched.check(at("2026-11-26T21:30"))) == 1


@pytest.mark.parametrize("data, message", [
    ({"id": 1, "time": "25:00"}, "not a time of day"),
    ({"id": 1, "time": "21:30", "days": ["mon", "moon"]}, "'moo' is not a weekday"),
    ({"id": 0, "time": "21:30"}, "'id'"),
    ({"id": 1, "time": "21:30", "colour": "red"}, "unknown reminder key 'colour'"),
    ({"id": 1, "time": "21:30", "enabled": "yes"}, "true or false"),
])
def test_bad_reminders_say_what_to_write(data: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ScheduleError, match=message):
        schedule.reminder_from_dict(data)


def test_unquoted_yaml_time_is_understood() -> None:
    reminder = schedule.reminder_from_dict({"id": 1, "time": 21 * 60 + 30})  # YAML 1.1's 21:30
    assert reminder.at == time(21, 30)
    assert schedule.reminder_from_dict(reminder.to_dict()) == reminder


def test_ical_export_has_weekly_recurrences() -> None:
    reminders = [Reminder(1, time(21, 30), MON_WED_FRI, "Evening routine"),
                 Reminder(2, time(7, 0), enabled=False)]
    text = schedule.to_ical(reminders, date(2026, 11, 25), at("2026-11-25T12:00"))
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 1
    assert "DTSTART:20261125T213000" in lines
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR" in lines
    assert "SUMMARY:Stretch: Evening routine" in lines
    assert "DTSTAMP:20261125T110000Z" in lines


def test_system_zone_is_a_named_zone_with_its_rules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert schedule.system_zone({"TZ": "Europe/Paris"}) == PARIS
    assert schedule.system_zone({"TZ": ":Europe/Paris"}) == PARIS
    link = tmp_path / "localtime"
    link.symlink_to("/usr/share/zoneinfo/America/New_York")
    assert schedule.system_zone({}, str(link)) == ZoneInfo("America/New_York")
    copied = tmp_path / "copied"
    copied.write_bytes(Path("/usr/share/zoneinfo/Europe/Paris").read_bytes())
    zone = schedule.system_zone({}, str(copied))  # a copy, not a link: read the file itself
    summer, winter = datetime(2026, 7, 1, 12), datetime(2026, 1, 1, 12)
    assert summer.replace(tzinfo=zone).utcoffset() == timedelta(hours=2)
    assert winter.replace(tzinfo=zone).utcoffset() == timedelta(hours=1)
    # A POSIX rule or no zone at all: the current offset, the only thing left to go by.
    assert schedule.system_zone({"TZ": "CET-1CEST"}).utcoffset(None) is not None
    assert schedule.system_zone({}, str(tmp_path / "none")).utcoffset(None) is not None


@pytest.mark.parametrize("typed, expected", [
    ("21:30", time(21, 30)), ("21.30", time(21, 30)), ("21h30", time(21, 30)), ("21H30", time(21, 30)),
    ("2130", time(21, 30)), ("930", time(9, 30)), ("7", time(7, 0)), ("21h", time(21, 0)),
    (" 9:30 pm ", time(21, 30)), ("9:30PM", time(21, 30)), ("9.30 p.m.", time(21, 30)),
    ("12:15 am", time(0, 15)), ("12 pm", time(12, 0)), ("9pm", time(21, 0)), ("0:05", time(0, 5)),
])
def test_time_is_read_as_people_type_it(typed: str, expected: time) -> None:
    assert schedule.parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["24:00", "21:60", "13 pm", "0 am", "2160", "21:3", "soon", "", "12345"])
def test_impossible_times_say_what_to_write(typed: str) -> None:
    with pytest.raises(ScheduleError, match=r"write HH:MM, e\.g\. 21:30"):
        schedule.parse_time(typed)


@pytest.mark.parametrize("typed, days", [
    ("weekdays", {0, 1, 2, 3, 4}), ("Weekends", {5, 6}), ("every day", set(range(7))),
    ("every-day", set(range(7))), ("mon,sat", {0, 5}),
])
def test_day_presets_are_understood(typed: str, days: set[int]) -> None:
    assert schedule.parse_days(typed) == frozenset(days)


def test_todays_reminder_is_said_skipped_once_a_routine_is_done() -> None:
    reminder = Reminder(1, time(21, 30))
    done = {date(2026, 11, 25)}
    now = at("2026-11-25T18:00")
    assert schedule.skipped_today(reminder, now, PARIS, lambda d: d in done)
    assert schedule.next_sounding(reminder, now, PARIS, lambda d: d in done) == at("2026-11-26T21:30")
    assert not schedule.skipped_today(reminder, now, PARIS, lambda d: False)
    assert schedule.next_sounding(reminder, now, PARIS, lambda d: False) == at("2026-11-25T21:30")
    later = at("2026-11-25T22:00")  # today's has passed: nothing is being skipped any more
    assert not schedule.skipped_today(reminder, later, PARIS, lambda d: d in done)
