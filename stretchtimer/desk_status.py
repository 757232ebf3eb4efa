"""The desk-break status file the running app writes, and its text for `stretchtimer desk-breaks status`.

The app rewrites the small JSON file atomically at each look at the desktop (a few times
an hour) and removes it on quitting; the command line reads it. It lives under
$XDG_RUNTIME_DIR/stretchtimer/ (memory, gone at logout), else in the data directory.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from stretchtimer.core.atomic import write_atomic
from stretchtimer.core.places import APP_DIR, Places
from stretchtimer.core.words import QT_TRANSLATE_NOOP

FILE_NAME = "desk-breaks.json"

# Why no desk break is due, by core.deskbreaks.Hold value, and what holds it back when busy.
HOLD_TEXT: Mapping[str, str] = {
    "off": QT_TRANSLATE_NOOP("DeskBreaks", "desk breaks are off; turn them on in Settings"),
    "unavailable": QT_TRANSLATE_NOOP(
        "DeskBreaks", "this desktop does not tell how long it has been idle, so desk breaks are unavailable"),
    "routine": QT_TRANSLATE_NOOP("DeskBreaks", "a routine is running"),
    "day-off": QT_TRANSLATE_NOOP("DeskBreaks", "today is not one of your desk-break days"),
    "outside-hours": QT_TRANSLATE_NOOP("DeskBreaks", "it is outside your desk-break hours (%1 h to %2 h)"),
    "away": QT_TRANSLATE_NOOP("DeskBreaks", "you are on a break now"),
    "not-yet": QT_TRANSLATE_NOOP("DeskBreaks", "you have not been at the computer for %1 min yet"),
    "snoozed": QT_TRANSLATE_NOOP("DeskBreaks", "the desk break is snoozed"),
    "waiting": QT_TRANSLATE_NOOP("DeskBreaks", "a desk break is shown and waits for your answer"),
    "fullscreen": QT_TRANSLATE_NOOP("DeskBreaks", "a full-screen window is open"),
    "inhibited": QT_TRANSLATE_NOOP("DeskBreaks", "a presentation, call or video asks not to be disturbed"),
    "do-not-disturb": QT_TRANSLATE_NOOP("DeskBreaks", "Do Not Disturb is on"),
}

Translate = Callable[[str, str], str]


def status_path(places: Places, environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime) / APP_DIR / FILE_NAME
    return places.data_dir / FILE_NAME


def write_status(path: Path, status: Mapping[str, Any]) -> None:
    import json  # here, not at start-up

    write_atomic(path, json.dumps({**status, "pid": os.getpid()}).encode("utf-8"))


def read_status(path: Path) -> dict[str, Any] | None:
    """The status the running app wrote, or None when no app that wrote one runs now."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not _alive(data.get("pid")):
        return None  # left behind by an app that did not quit cleanly
    return data


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def why_text(status: Mapping[str, Any], translate: Translate) -> str:
    """Why no desk break is due now, in words."""
    hold = str(status.get("hold") or "")
    key = str(status.get("detail") or "") if hold == "busy" else hold
    text = translate("DeskBreaks", HOLD_TEXT.get(key, key))
    hours = status.get("hours") or [0, 24]
    return (text.replace("%1", str(status.get("work_minutes", ""))) if hold == "not-yet"
            else text.replace("%1", str(hours[0])).replace("%2", str(hours[1])))


def status_lines(status: Mapping[str, Any] | None, translate: Translate,
                 moment: Callable[[datetime], str]) -> list[str]:
    """What `stretchtimer desk-breaks status` prints; ``moment`` writes a time as the locale does."""
    if status is None:
        return [translate("DeskBreaks", "Stretch Timer is not running, so no desk breaks are suggested; "
                                        "start it with 'stretchtimer --tray'.")]
    if status.get("hold") in ("off", "unavailable"):
        return [translate("DeskBreaks", "Desk breaks: %1.").replace("%1", why_text(status, translate))]
    lines = [translate("DeskBreaks", "Desk breaks: on (idle time from %1)").replace(
                 "%1", str(status.get("source") or "?")),
             translate("DeskBreaks", "Activity since the last break: %1 min").replace(
                 "%1", str(status.get("active_minutes", 0)))]
    due = status.get("due_at")
    if isinstance(due, str) and status.get("hold"):
        lines.append(translate("DeskBreaks", "Next desk break: %1, if you keep working").replace(
            "%1", moment(datetime.fromisoformat(due))))
    if status.get("hold"):
        why = why_text(status, translate)
        lines.append(translate("DeskBreaks", "None is due now: %1.").replace("%1", why))
    else:
        lines.append(translate("DeskBreaks", "A desk break is due now."))
    lines.append(translate("DeskBreaks", "Today: %1 started, %2 snoozed, %3 skipped").replace(
        "%1", str(status.get("started_today", 0))).replace("%2", str(status.get("snoozed_today", 0)))
        .replace("%3", str(status.get("skipped_today", 0))))
    return lines


def command(places: Places, words: Any) -> int:
    """`stretchtimer desk-breaks status`: 0 when the app runs and said its status, 1 when not."""
    from stretchtimer.localtext import locale_for, moment_text

    locale = locale_for(words.language)
    status = read_status(status_path(places))
    for line in status_lines(status, words.translate, lambda when: moment_text(when.astimezone(), locale)):
        print(line)
    return 0 if status is not None else 1
