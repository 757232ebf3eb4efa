"""Settings: one declaration per setting gives loading, validation, defaults and widget ranges."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from stretchtimer.core.atomic import write_atomic
from stretchtimer.core.deskbreaks import day_name_problem
from stretchtimer.core.errors import Problem, RoutineError
from stretchtimer.core.schedule import ScheduleError, reminder_from_dict
from stretchtimer.core.yamldoc import read

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Setting:
    name: str  # dotted: "sound.volume" is stored as sound: {volume: ...}
    type: type
    default: Any
    low: int | None = None
    high: int | None = None
    doc: str = ""
    item_check: Callable[[Any], str | None] | None = None  # for lists: why an item is wrong
    shown: bool = True  # in the settings dialog; False for what the app keeps for itself
    unit: str = ""  # "%", "min": shown after the number

    def check(self, value: Any) -> str | None:
        """Why ``value`` is not acceptable, or None when it is."""
        if self.type is list and isinstance(value, list) and self.item_check is not None:
            for number, item in enumerate(value, 1):
                reason = self.item_check(item)
                if reason:
                    return f"item {number}: {reason}"
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            return f"must be a whole number from {self.low} to {self.high}"
        if self.type is bool and not isinstance(value, bool):
            return "must be true or false"
        if self.type is str and not isinstance(value, str):
            return "must be text"
        if self.type is list and not isinstance(value, list):
            return "must be a list"
        if self.type is int and self.low is not None and self.high is not None:
            if not self.low <= value <= self.high:
                return f"must be from {self.low} to {self.high}"
        return None


def _reminder_problem(item: Any) -> str | None:
    try:
        reminder_from_dict(item)
    except ScheduleError as exc:
        return str(exc)
    return None


# Desk breaks (core/deskbreaks.py reads them through Rules.from_settings).
DESK_SETTINGS: tuple[Setting, ...] = (
    Setting("desk.enabled", bool, False, doc="Suggest a desk break after a long spell at the computer"),
    Setting("desk.work_minutes", int, 50, 1, 240, doc="Suggest a break after this much activity",
            unit="min"),
    Setting("desk.break_minutes", int, 5, 1, 60,
            doc="An idle spell this long counts as a break", unit="min"),
    Setting("desk.snooze_minutes", int, 10, 1, 120, doc="Snooze length for desk breaks", unit="min"),
    Setting("desk.skip_limit", int, 0, 0, 20, doc="Skips allowed a day (0: no limit)"),
    Setting("desk.hours_from", int, 8, 0, 23, doc="Desk breaks from this hour", unit="h"),
    Setting("desk.hours_until", int, 18, 1, 24, doc="Desk breaks until this hour", unit="h"),
    Setting("desk.days", list, ["mon", "tue", "wed", "thu", "fri"], doc="Weekdays for desk breaks",
            item_check=day_name_problem, unit="weekdays"),
    Setting("desk.routine", str, "Desk break", doc="Routine a desk break starts"),
)

SETTINGS: tuple[Setting, ...] = (
    Setting("sound.muted", bool, False, doc="Silence every sound cue"),
    Setting("sound.volume", int, 80, 0, 100, doc="Cue volume in percent", unit="%"),
    Setting("sound.voice", bool, False, doc="Speak phase names as well as the tones"),
    Setting("window.geometry", str, "", doc="Size and position of the main window", shown=False),
    Setting("window.floor_mode", bool, False, doc="Open the player in floor mode"),
    Setting("language", str, "", doc="Language code, or empty to follow the system"),
    Setting("home.first_routine", str, "Evening routine", doc="Routine listed first at home"),
    Setting("accessibility.announce", bool, True,
            doc="Screen readers announce each new phase, exercise, side and length"),
    Setting("accessibility.reduce_motion", bool, False,
            doc="Show one still picture a phase instead of frames that move with the exercise"),
    Setting("schedule.reminders", list, [], doc="Evening reminders", item_check=_reminder_problem,
            shown=False),
    Setting("schedule.snooze_minutes", int, 10, 1, 120, doc="Snooze length in minutes", unit="min"),
    Setting("schedule.grace_minutes", int, 60, 0, 1440,
            doc="A reminder missed while asleep still fires when at most this late", unit="min"),
    Setting("schedule.start_at_login", bool, False, doc="Start in the tray when you log in"),
    Setting("schedule.last_check", str, "", doc="When reminders were last looked at (ISO time)",
            shown=False),
    Setting("schedule.told_tray", bool, False,
            doc="The window has said once that closing it keeps the app in the tray", shown=False),
    *DESK_SETTINGS,
)
BY_NAME: Mapping[str, Setting] = {s.name: s for s in SETTINGS}

# Migrations from each older schema version to the next, run in order.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Settings:
    """Current values; unknown keys read from the file are kept and written back."""

    def __init__(self, values: Mapping[str, Any] | None = None,
                 extra: Mapping[str, Any] | None = None) -> None:
        self._values = {s.name: s.default for s in SETTINGS}
        self._extra = dict(extra or {})
        for name, value in (values or {}).items():
            self.set(name, value)

    def get(self, name: str) -> Any:
        return self._values[name]

    def set(self, name: str, value: Any) -> None:
        setting = BY_NAME.get(name)
        if setting is None:
            raise KeyError(f"no setting named '{name}'")
        reason = setting.check(value)
        if reason:
            raise ValueError(f"setting '{name}' {reason}")
        self._values[name] = value

    def to_document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"version": SCHEMA_VERSION}
        for name, value in {**self._extra, **self._values}.items():
            *groups, leaf = name.split(".")
            target = doc
            for group in groups:
                target = target.setdefault(group, {})
            target[leaf] = value
        return doc


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and name not in BY_NAME:
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    notice: str | None = None  # said once in the window when the file could not be used
    writable: bool = True  # False when saving would overwrite a file the user may still want


def _set_aside(path: Path, now: Callable[[], float]) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now()))
    aside = path.with_name(f"{path.name}.bad-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.bad-{stamp}-{n}")
    path.rename(aside)
    return aside


def parse_settings(raw: bytes, file: str) -> tuple[Settings, list[Problem]]:
    """Settings from a file's bytes; problems name the bad places (bad values fall back)."""
    doc = read(raw, file)
    problems: list[Problem] = []
    if not isinstance(doc.data, dict):
        raise RoutineError([doc.problem((), "settings must be a mapping of 'key: value' lines")])
    version = doc.data.get("version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise RoutineError([doc.problem(("version",), "'version' must be a whole number")])
    if version > SCHEMA_VERSION:
        raise RoutineError([doc.problem(("version",), f"settings version {version} was written by a "
                                        f"newer Stretch Timer; this one reads up to {SCHEMA_VERSION}")])
    data = dict(doc.data)
    for step in range(version, SCHEMA_VERSION):
        data = MIGRATIONS[step](data)
    data.pop("version", None)
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in _flatten(data).items():
        setting = BY_NAME.get(name)
        if setting is None:
            extra[name] = value
            continue
        reason = setting.check(value)
        if reason:
            path = tuple(name.split("."))
            problems.append(doc.problem(path, f"'{name}' {reason}; using {setting.default!r}"))
        else:
            values[name] = value
    return Settings(values, extra), problems


def load_settings(path: Path, now: Callable[[], float] = time.time) -> Loaded:
    """Read settings; an unusable file is kept aside under a timestamped name, defaults used."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Loaded(Settings())
    except OSError as exc:
        return Loaded(Settings(), f"Could not read {path} ({exc.strerror}); using default settings.",
                      writable=False)
    try:
        settings, problems = parse_settings(raw, str(path))
    except RoutineError as exc:
        settings, problems = Settings(), list(exc.problems)
    if not problems:
        return Loaded(settings)
    try:
        aside = _set_aside(path, now)
    except OSError as exc:
        return Loaded(settings, f"{problems[0]}. The file could not be set aside ({exc.strerror}); "
                      "changes will not be saved over it.", writable=False)
    return Loaded(settings, f"{problems[0]}. The file was kept as {aside.name}; "
                  "default settings are used where it was wrong.")


def save_settings(path: Path, settings: Settings) -> None:
    text = yaml.safe_dump(settings.to_document(), sort_keys=False, allow_unicode=True)
    write_atomic(path, text.encode("utf-8"))
