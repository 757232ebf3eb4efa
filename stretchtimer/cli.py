"""The command line: list, validate and run routines, or open the window."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import Any, TextIO

from stretchtimer import APP_NAME, __version__
from stretchtimer.core import catalog, schedule
from stretchtimer.core.errors import UserFileError
from stretchtimer.core.formatting import clock
from stretchtimer.core.loader import load_library, validate_file
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings, load_settings, save_settings
from stretchtimer.core.shared_settings import settings_lock
from stretchtimer.core.timeline import compile_routine
from stretchtimer.localtext import Words

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_PIPE_CLOSED = 128 + 13  # what a shell reports for a command ended by SIGPIPE

# Terminal escape sequences first (so no "[2J" is left over), then every other C0/C1 control
# and the bidirectional overrides that make text read differently from what it is.
_ESCAPES = re.compile(r"(\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: cursor, colours, clearing
                      r"|(\x1b\]|\x9d)[^\x07\x1b\x9c]*(\x07|\x1b\\|\x9c)?"  # OSC: window title, links
                      r"|\x1b[@-_]")
# A carriage return right before a newline is a CSV line end and hides nothing.
_CONTROLS = re.compile(r"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
                       r"\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to show on a terminal: no escapes, no lone carriage returns; tabs become spaces."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text)).replace("\t", " ")


class _PrintableOutput:
    """Wraps stdout or stderr so routine names, descriptions, file names and errors read from
    files cannot move the cursor, recolour or retitle the terminal, or hide text behind a \\r."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _parser(words: Words) -> argparse.ArgumentParser:
    translate = words.translate
    parser = argparse.ArgumentParser(
        prog="stretchtimer",
        description=translate("Cli", "%1 guides you through stretch routines. "
                              "With no command it opens the window.").replace("%1", APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"stretchtimer {__version__}")
    parser.add_argument(
        "--tray", action="store_true",
        help=translate("Cli", "start hidden in the system tray, for the evening reminders"))
    parser.add_argument(
        "--install-desktop-entry", action="store_true",
        help=translate("Cli", "add Stretch Timer to your applications menu (under ~/.local/share)"))
    parser.add_argument(
        "--uninstall-desktop-entry", action="store_true",
        help=translate("Cli", "remove the menu entry, icons and metainfo again"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help=translate("Cli", "list built-in and your routines with their durations"))
    validate = commands.add_parser(
        "validate", help=translate("Cli", "check routine files; exit 0 when all are valid, 1 otherwise"))
    validate.add_argument("files", nargs="+", metavar="FILE")
    history = commands.add_parser("history",
                                  help=translate("Cli", "recent sessions and the current streak"))
    history.add_argument("--csv", action="store_true", help=translate("Cli", "print every session as CSV"))
    remind = commands.add_parser("remind",
                                 help=translate("Cli", "evening reminders: add, list or remove them"))
    actions = remind.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "remind at HH:MM on some weekdays to do a routine"))
    add.add_argument("time", metavar="HH:MM")
    add.add_argument(
        "--days", default=",".join(schedule.WEEKDAYS),
        help=translate("Cli", "comma-separated weekdays, e.g. mon,wed,fri (default: every day)"))
    add.add_argument("--routine", default="Evening routine", help=translate("Cli", "the routine it starts"))
    actions.add_parser("list", help=translate("Cli", "the reminders, with when each is next due"))
    remove = actions.add_parser("remove", help=translate("Cli", "remove a reminder by its id"))
    remove.add_argument("id", type=int, metavar="ID")
    desk = commands.add_parser("desk-breaks", help=translate("Cli", "desk breaks after long sitting"))
    desk_actions = desk.add_subparsers(dest="action", metavar="ACTION", required=True)
    desk_actions.add_parser("status", help=translate(
        "Cli", "activity so far, the next desk break and why none is due (from the running app)"))
    run = commands.add_parser("run", help=translate("Cli", "open the window and start a routine"))
    run.add_argument("routine", metavar="NAME|FILE",
                     help=translate("Cli", "a routine's name or a routine file"))
    edit = commands.add_parser(
        "edit", help=translate("Cli", "open the routine editor on a routine, or on a new one"))
    edit.add_argument("edit", metavar="NAME|FILE", nargs="?", default="",
                      help=translate("Cli", "a routine's name or a routine file; none starts a new routine"))
    return parser


def _library(places: Places) -> Library:
    return load_library(places.library_file)


def _words(places: Places) -> Words:
    """The command line speaks the window's language: the setting, else the system's."""
    from stretchtimer.core.language import choose_language
    from stretchtimer.core.settings import peek_settings

    # Only read here: a file that cannot be used is left for the window to set aside and report.
    setting = str(peek_settings(places.settings_file).get("language"))
    return Words(choose_language(setting, os.environ))


def _count(words: Words, count: int) -> str:
    if count == 1:
        return words.translate("Home", "1 exercise")
    return words.translate("Home", "%1 exercises").replace("%1", str(count))


def _print_entry(entry: catalog.Entry, library: Library, width: int, words: Words) -> None:
    if entry.routine is None:
        error = words.translate("Cli", "error:")
        print(f"  {entry.file.name:<{width}}  {error} {words.problem(entry.problems[0])}")
        for problem in entry.problems[1:]:
            print(f"  {'':<{width}}  {'':<{len(error)}} {words.problem(problem)}")
        return
    timeline = compile_routine(entry.routine, library)
    name = entry.routine.display_name(words.language)
    print(f"  {name:<{width}}  {clock(timeline.total):>7}  {_count(words, entry.routine.exercise_count())}")


def cmd_list(places: Places, words: Words) -> int:
    translate = words.translate
    library = _library(places)
    builtins = catalog.builtin_entries(places.builtin_dir, library)
    users = catalog.user_entries(places.routines_dir, library)
    width = max([len(e.routine.display_name(words.language) if e.routine else e.name)
                 for e in builtins + users] + [20])
    print(translate("Cli", "Built-in routines"))
    for entry in builtins:
        _print_entry(entry, library, width, words)
    print()
    print(translate("Cli", "Your routines (%1)").replace("%1", str(places.routines_dir)))
    if not users:
        print("  " + translate("Cli", "none yet: build one in the editor, or put routine files (*.yaml) "
                                      "in that folder"))
    for entry in users:
        _print_entry(entry, library, width, words)
    print()
    print(translate("Cli", "Exercises (a routine file names them by the id on the left)"))
    kinds = {"dynamic": translate("Cli", "moving"), "static": translate("Cli", "held"),
             "roller": translate("Cli", "foam roller")}
    id_width = max(len(e.id) for e in library)
    for exercise in library.localized(words.language):
        if exercise.reps:
            amount = translate("Cli", "%1 repetitions").replace("%1", str(exercise.reps))
        else:
            amount = translate("Cli", "%1 s").replace("%1", str(exercise.hold))
        sided = translate("Cli", "each side") if exercise.sided else ""
        detail = ", ".join(part for part in (kinds.get(exercise.kind, exercise.kind), amount, sided) if part)
        print(f"  {exercise.id:<{id_width}}  {exercise.name} ({detail})")
    return EXIT_OK


def cmd_validate(places: Places, files: Sequence[str], words: Words) -> int:
    translate = words.translate
    library = _library(places)
    status = EXIT_OK
    for file in files:
        problems = sorted(validate_file(file, library), key=lambda p: (p.line, p.column))
        for problem in problems:
            print(words.problem(problem), file=sys.stderr if not problem.warning else sys.stdout)
        if any(not p.warning for p in problems):
            status = EXIT_INVALID
        else:
            warnings = len(problems)
            if not warnings:
                print(translate("Cli", "%1: ok").replace("%1", file))
            elif warnings == 1:
                print(translate("Cli", "%1: ok (1 warning)").replace("%1", file))
            else:
                print(translate("Cli", "%1: ok (%2 warnings)").replace("%1", file)
                      .replace("%2", str(warnings)))
    return status


def _reminders(settings: Settings) -> list[schedule.Reminder]:
    return [schedule.reminder_from_dict(item) for item in settings.get("schedule.reminders")]


def _done_today(places: Places, tz: tzinfo, now: datetime) -> Callable[[date], bool]:
    """Whether a routine was completed on a day; a history that cannot be read says no."""
    from stretchtimer.core import history

    if not places.history_file.exists():  # listing reminders never makes a history file
        return lambda day: False
    try:
        store = history.History(places.history_file)
        try:
            days = history.completed_days(store.records(), tz)
        finally:
            store.close()
    except Exception:  # the list is still shown: at worst a skip goes unsaid
        days = set()
    return lambda day: day in days


def cmd_remind(places: Places, args: argparse.Namespace, words: Words) -> int:
    from datetime import datetime

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
                library = _library(places)
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
                shown = {e.routine.name: e.routine.display_name(words.language)
                         for e in catalog.builtin_entries(places.builtin_dir, _library(places)) if e.routine}
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


def cmd_desktop_entry(places: Places, install: bool) -> int:
    from stretchtimer import desktop_entry

    share = places.data_dir.parent
    try:
        if install:
            written = desktop_entry.install(places, share)
            print(f"Installed the menu entry, icons and metainfo ({len(written)} files) under {share}")
        else:
            removed = desktop_entry.uninstall(share)
            print(f"Removed {len(removed)} files from {share}" if removed
                  else f"Nothing to remove under {share}")
    except OSError as exc:
        print(f"stretchtimer: could not write under {share}: {exc.strerror} ({exc.filename})",
              file=sys.stderr)
        return EXIT_INVALID
    desktop_entry.refresh_caches(share)
    return EXIT_OK


def cmd_history(places: Places, as_csv: bool, words: Words) -> int:
    import sqlite3
    from datetime import datetime

    from stretchtimer.core import history
    from stretchtimer.core.outcome import Result

    try:
        store = history.History(places.history_file)
    except history.HistoryError as exc:
        print(f"stretchtimer: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if store.notice:
        print(store.notice, file=sys.stderr)
    try:
        records = store.records()
    except (sqlite3.Error, ValueError) as exc:  # a damaged row: said, and the file left as it is
        print(f"stretchtimer: {places.history_file} could not be read ({exc})", file=sys.stderr)
        return EXIT_INVALID
    finally:
        store.close()
    if as_csv:
        sys.stdout.write(history.to_csv(records))
        return EXIT_OK
    from stretchtimer.localtext import day_names, locale_for, time_text

    translate = words.translate
    locale = locale_for(words.language)
    zone = schedule.system_zone()
    summary = history.progress(records, zone, datetime.now(zone))
    streak = (translate("Cli", "Current streak: 1 day") if summary.streak == 1 else
              translate("Cli", "Current streak: %1 days").replace("%1", str(summary.streak)))
    print(streak)
    week = "  ".join(f"{name} {'✓' if done else '·'}" for name, done in
                     zip(day_names(locale), summary.week, strict=True))
    print(translate("Cli", "This week: %1").replace("%1", week))
    print(translate("Cli", "Minutes stretched: %1 this week, %2 this month")
          .replace("%1", f"{summary.week_minutes:.0f}").replace("%2", f"{summary.month_minutes:.0f}"))
    print()
    if not records:
        print(translate("Cli",
                        "No sessions yet: start a routine with 'stretchtimer run \"Evening routine\"'."))
        return EXIT_OK
    print(translate("Cli", "Recent sessions"))
    for record in records[:20]:
        started = record.started_at.astimezone()
        when = f"{started:%Y-%m-%d} {time_text(started.time(), locale):>8}"
        state = {Result.COMPLETED: translate("Cli", "completed"),
                 Result.SKIPPED: translate("Cli", "mostly skipped — not counted"),
                 Result.STOPPED: translate("Cli", "stopped early")}[record.result]
        print(f"  {when}  {record.routine:<28} {clock(record.seconds):>7}  {state}")
    return EXIT_OK


def _crash_report(places: Places) -> str:
    """Write the traceback of an unexpected error to a log and say where."""
    try:
        places.data_dir.mkdir(parents=True, exist_ok=True)
        log = places.data_dir / "crash.log"
        with log.open("a", encoding="utf-8") as out:
            traceback.print_exc(file=out)
        return f" (details in {log})"
    except OSError:
        return ""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; a reader that goes away (`stretchtimer list | head -1`) ends it quietly."""
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _PrintableOutput(sys.stdout), _PrintableOutput(sys.stderr)
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout, sys.stderr = streams
            sys.stdout.flush()
    except BrokenPipeError:
        # Nothing more can be said to the reader, and Python's own flush at exit must not complain.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED


def _main(argv: Sequence[str] | None) -> int:
    places = Places.from_environment()
    words = _words(places)  # the settings file is read once, for the language of all that follows
    args = _parser(words).parse_args(argv)
    try:
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return cmd_desktop_entry(places, install=args.install_desktop_entry)
        if args.command == "list":
            return cmd_list(places, words)
        if args.command == "validate":
            return cmd_validate(places, args.files, words)
        if args.command == "history":
            return cmd_history(places, args.csv, words)
        if args.command == "remind":
            return cmd_remind(places, args, words)
        if args.command == "desk-breaks":
            from stretchtimer import desk_status

            return desk_status.command(places, words)
        from stretchtimer.ui.app import run_app

        return run_app(places, routine=getattr(args, "routine", None), tray=args.tray,
                       edit=getattr(args, "edit", None))
    except UserFileError as exc:
        print("stretchtimer: " + "\n".join(words.problem(p) for p in exc.problems), file=sys.stderr)
        return EXIT_USAGE if args.command in ("run", "remind", "edit") else EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise  # the reader left: not an error, see main
    except Exception as exc:  # the last guard: a message, never a traceback
        where = _crash_report(places)
        print(f"stretchtimer: unexpected error: {exc}{where}", file=sys.stderr)
        if os.environ.get("STRETCHTIMER_DEBUG"):
            raise
        return 70
