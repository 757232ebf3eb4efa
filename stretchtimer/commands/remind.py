"""`stretchtimer remind add|list|remove`: the evening reminders, kept in the settings file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime, tzinfo

from stretchtimer.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from stretchtimer.core import catalog, schedule
from stretchtimer.core.loader import load_library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings, load_settings, save_settings
from stretchtimer.core.shared_settings import settings_lock
from stretchtimer.localtext import Words


def _reminders(settings: Settings) -> list[schedule.Reminder]:
    return [schedule.reminder_from_dict(item) for item in settings.get("schedule.reminders")]


def _done_today(places: Places, tz: tzinfo, now: datetime) -> Callable[[date], bool]:
    """Whether a routine was completed on a day; a history that cannot be read says no."""
    from stretchtimer.commands.history import quiet_records
    from stretchtimer.core import history

    days = history.completed_days(quiet_records(places), tz)  # at worst a skip goes unsaid
    return lambda day: day in days


def cmd_remind(places: Places, args: argparse.Namespace, words: Words) -> int:
    from stretchtimer.localtext import days_text, locale_for, moment_text, time_text

    translate = words.translate
    locale = locale_for(words.language)

    def days(reminder: schedule.Reminder) -> str:
        return days_text(reminder.days, locale, translate("Cli", "every day"), translate("Cli", "weekdays"),
                         translate("Cli", "weekends"))

    # Locked from read to write: two commands at once both keep their change, and the
    # running app, which takes the same lock to save, does not write between them.
    with settings_lock(places.settings_file):
        loaded = load_settings(places.settings_file)
        if loaded.notice:
            print(f"stretchtimer: {loaded.notice}", file=sys.stderr)
        settings = loaded.settings
        reminders = _reminders(settings)
        try:
            if args.action == "add":
                library = load_library(places.library_file)
                entry = catalog.find_routine(places, library, args.routine)
                assert entry.routine is not None
                reminder = schedule.add_reminder(reminders, schedule.parse_time(args.time),
                                                 schedule.parse_days(args.days), entry.routine.name)
                reminders.append(reminder)
                said = (translate("Cli", "Added reminder %1: %2 %3, %4").replace("%1", str(reminder.id))
                        .replace("%2", time_text(reminder.at, locale)).replace("%3", days(reminder))
                        .replace("%4", entry.routine.display_name(words.language)))
            elif args.action == "remove":
                reminders = schedule.without(reminders, args.id)
                said = translate("Cli", "Removed reminder %1").replace("%1", str(args.id))
            else:
                tz = schedule.system_zone()  # its rules, so a time after a DST change is right
                now = datetime.now(tz)
                if not reminders:
                    print(translate("Cli", "No reminders yet: add one with 'stretchtimer remind add 21:30'."))
                done_today = _done_today(places, tz, now)
                builtins = catalog.builtin_entries(places.builtin_dir, load_library(places.library_file))
                shown = {e.routine.name: e.routine.display_name(words.language)
                         for e in builtins if e.routine}
                for reminder in reminders:
                    due = schedule.next_sounding(reminder, now, tz, done_today)
                    when = (translate("Cli", "next %1").replace("%1", moment_text(due, locale)) if due
                            else translate("Cli", "off"))
                    if schedule.skipped_today(reminder, now, tz, done_today):
                        when = translate("Cli", "skipped today (a routine is done), %1").replace("%1", when)
                    at = time_text(reminder.at, locale)
                    name = shown.get(reminder.routine, reminder.routine)
                    print(f"  {reminder.id:>3}  {at:>8}  {days(reminder):<28} {name:<24} {when}")
                return EXIT_OK
        except schedule.ScheduleError as exc:
            print(f"stretchtimer: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if not loaded.writable:
            print(f"stretchtimer: {places.settings_file} could not be read, so it was not changed",
                  file=sys.stderr)
            return EXIT_INVALID
        settings.set("schedule.reminders", [r.to_dict() for r in reminders])
        try:
            save_settings(places.settings_file, settings)
        except OSError as exc:
            print(f"stretchtimer: could not save {places.settings_file}: {exc.strerror}", file=sys.stderr)
            return EXIT_INVALID
    print(said)  # only once it is saved
    # A running Stretch Timer takes the change at once, and so will not save over it.
    from stretchtimer.handover import tell_running_app

    tell_running_app({"action": "reload-reminders"})
    return EXIT_OK
