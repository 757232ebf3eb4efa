"""The command line: reads the arguments, then lists, validates or runs routines, or opens the window.

What each command does lives in the ``stretchtimer.commands`` package.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import traceback
from collections.abc import Sequence
from typing import Any, TextIO

from stretchtimer import APP_NAME, __version__
from stretchtimer.commands import EXIT_INVALID, EXIT_USAGE
from stretchtimer.core.errors import UserFileError
from stretchtimer.core.places import Places
from stretchtimer.core.schedule import WEEKDAYS
from stretchtimer.localtext import Words

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
        "--days", default=",".join(WEEKDAYS),
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


def _words(places: Places) -> Words:
    """The command line speaks the window's language: the setting, else the system's."""
    from stretchtimer.core.language import choose_language
    from stretchtimer.core.settings import peek_settings

    # Only read here: a file that cannot be used is left for the window to set aside and report.
    setting = str(peek_settings(places.settings_file).get("language"))
    return Words(choose_language(setting, os.environ))


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
        return _command(places, args, words)
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


def _command(places: Places, args: argparse.Namespace, words: Words) -> int:
    """Run the command asked for; each is imported only when asked, so opening the window loads none."""
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from stretchtimer.commands.menu_entry import cmd_desktop_entry

        return cmd_desktop_entry(places, install=args.install_desktop_entry)
    if args.command in ("list", "validate"):
        from stretchtimer.commands.routines import cmd_list, cmd_validate

        return cmd_list(places, words) if args.command == "list" else cmd_validate(places, args.files, words)
    if args.command == "history":
        from stretchtimer.commands.history import cmd_history

        return cmd_history(places, args.csv, words)
    if args.command == "remind":
        from stretchtimer.commands.remind import cmd_remind

        return cmd_remind(places, args, words)
    if args.command == "desk-breaks":
        from stretchtimer import desk_status

        return desk_status.command(places, words)
    from stretchtimer.ui.app import run_app

    return run_app(places, routine=getattr(args, "routine", None), tray=args.tray,
                   edit=getattr(args, "edit", None))
