"""`stretchtimer history`: the streak, this week and recent sessions, or every session as CSV."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from stretchtimer.commands import EXIT_INVALID, EXIT_OK
from stretchtimer.core import schedule
from stretchtimer.core.formatting import clock
from stretchtimer.core.places import Places
from stretchtimer.localtext import Words

if TYPE_CHECKING:  # the history (and SQLite) load only when a command reads it
    from stretchtimer.core.history import Record


def quiet_records(places: Places) -> list[Record]:
    """The history's sessions for a command that only shows them beside something else; none
    when there is no history or it cannot be read (the command still shows its list)."""
    from stretchtimer.core import history

    if not places.history_file.exists():  # listing never makes a history file
        return []
    try:
        store = history.History(places.history_file)
        try:
            return store.records()
        finally:
            store.close()
    except Exception:
        return []


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
