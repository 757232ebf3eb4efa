"""Settings: one declaration per setting gives loading, validation, defaults and widget ranges."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from stretchtimer.core.atomic import write_atomic
from stretchtimer.core.deskbreaks import day_name_problem
from stretchtimer.core.errors import Problem, RoutineError, did_you_mean
from stretchtimer.core.reading import Refused, read_bounded
from stretchtimer.core.schedule import ScheduleError, reminder_from_dict
from stretchtimer.core.yamldoc import MAX_BYTES, Document, read, shorten

SCHEMA_VERSION = 2
MAX_TEXT = 1000  # a language code, a routine name, a window geometry: all far shorter


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
    choices: tuple[str, ...] = ()  # for text: the only values allowed, when given

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
        if self.type is str and len(value) > MAX_TEXT:
            return f"is {len(value):,} characters long; at most {MAX_TEXT:,}"
        if self.type is list and not isinstance(value, list):
            return "must be a list"
        if self.choices and value not in self.choices:
            return "must be one of " + ", ".join(self.choices)
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
    Setting("voice.mode", str, "off", doc="Speak each phase after its tone: off, on, or only when no "
            "screen reader runs (a screen reader already says the phases)",
            choices=("off", "on", "no-screen-reader")),
    Setting("voice.count_down", bool, True, doc="Count the last three seconds of a phase aloud"),
    Setting("voice.rate", int, 100, 50, 200, doc="Speech rate in percent of normal", unit="%"),
    Setting("voice.volume", int, 80, 0, 100, doc="Speech volume in percent", unit="%"),
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



def _voice_mode(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had ``sound.voice`` (a bool: speak phase words); version 2 has ``voice.mode``."""
    sound = data.get("sound")
    if isinstance(sound, dict) and isinstance(sound.get("voice"), bool):
        sound = dict(sound)
        voice = dict(data["voice"]) if isinstance(data.get("voice"), dict) else {}
        voice.setdefault("mode", "on" if sound.pop("voice") else "off")
        data = {**data, "sound": sound, "voice": voice}
    return data


# Migrations from each older schema version to the next, run in order.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _voice_mode}


class Settings:
    """Current values; the parts of the file this version does not know are kept as written."""

    def __init__(self, values: Mapping[str, Any] | None = None,
                 unknown: Mapping[str, Any] | None = None) -> None:
        self.migrated_from: int | None = None  # the older schema version the values were read from
        self._values = {s.name: s.default for s in SETTINGS}
        self.unknown: dict[str, Any] = copy.deepcopy(dict(unknown or {}))  # nested, as in the file
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

    def values(self) -> dict[str, Any]:
        """Every setting by name (a copy)."""
        return copy.deepcopy(self._values)

    def to_document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"version": SCHEMA_VERSION}
        for name, value in self._values.items():
            *groups, leaf = name.split(".")
            target = doc
            for group in groups:
                target = target.setdefault(group, {})
            target[leaf] = value
        _merge_unknown(doc, self.unknown)
        return doc


def _merge_unknown(doc: dict[str, Any], unknown: Mapping[str, Any]) -> None:
    for key, value in unknown.items():
        if isinstance(value, dict) and isinstance(doc.get(key), dict):
            _merge_unknown(doc[key], value)
        elif key not in doc:
            doc[key] = copy.deepcopy(value)


# Names that hold settings ("sound", "schedule"): their value must be a mapping.
GROUPS = frozenset(".".join(s.name.split(".")[:n]) for s in SETTINGS for n in range(1, s.name.count(".") + 1))


def _read_tree(doc: Document, data: Mapping[str, Any], values: dict[str, Any], unknown: dict[str, Any],
               problems: list[Problem], prefix: tuple[str, ...] = ()) -> None:
    """Known settings into ``values``, the rest into ``unknown`` (nested as written)."""
    for key, value in data.items():
        path = (*prefix, key)
        name = ".".join(path)
        setting = BY_NAME.get(name)
        if setting is not None:
            if isinstance(value, bool) and {"on", "off"} <= set(setting.choices):
                value = "on" if value else "off"  # YAML reads a bare on/off as true/false
            reason = setting.check(value)
            if reason:
                problems.append(doc.problem(path, f"'{name}' {reason}; using {setting.default!r}"))
            else:
                values[name] = value
        elif name in GROUPS:
            if isinstance(value, dict):
                _read_tree(doc, value, values, unknown.setdefault(key, {}), problems, path)
                if not unknown[key]:
                    del unknown[key]
            else:
                problems.append(doc.problem(path, f"'{name}' must be a mapping of 'key: value' lines; "
                                            "using the default settings under it"))
        else:
            unknown[key] = value
            problems.append(doc.problem(
                path, f"unknown setting '{shorten(name)}'{did_you_mean(name, BY_NAME)}; it is kept in the "
                "file as written but not used", key=True, warning=True))


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    notice: str | None = None  # said once in the window when the file could not be used
    writable: bool = True  # False when saving would overwrite a file the user may still want
    aside: Path | None = None  # where a file that could not be used was kept


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
    unknown: dict[str, Any] = {}
    _read_tree(doc, data, values, unknown, problems)
    settings = Settings(values, unknown)
    if version < SCHEMA_VERSION:
        settings.migrated_from = version
    return settings, problems


def read_settings_bytes(path: Path) -> bytes:
    """The settings file's bytes; Refused when it is not a regular file or far too large."""
    return read_bounded(path, MAX_BYTES, "a settings file")


def peek_settings(path: Path) -> Settings:
    """The settings as the file has them, defaults where it cannot be used; never changes it."""
    try:
        return parse_settings(read_settings_bytes(path), str(path))[0]
    except (OSError, Refused, RoutineError):
        return Settings()


def load_settings(path: Path, now: Callable[[], float] = time.time) -> Loaded:
    """Read settings; an unusable file is kept aside under a timestamped name, defaults used."""
    try:
        raw = read_settings_bytes(path)
    except FileNotFoundError:
        return Loaded(Settings())
    except Refused as exc:  # a FIFO or device: left alone, never read nor replaced
        return Loaded(Settings(), f"{path}: {exc}; using default settings.", writable=False)
    except OSError as exc:
        return Loaded(Settings(), f"Could not read {path} ({exc.strerror}); using default settings.",
                      writable=False)
    try:
        settings, problems = parse_settings(raw, str(path))
    except RoutineError as exc:
        settings, problems = Settings(), list(exc.problems)
    warnings = " ".join(str(p) for p in problems if p.warning)
    problems = [p for p in problems if not p.warning]
    if not problems:
        if settings.migrated_from is not None:
            _keep_before_migration(path, raw, settings.migrated_from)
        return Loaded(settings, warnings or None)
    try:
        aside = _set_aside(path, now)
    except OSError as exc:
        return Loaded(settings, f"{problems[0]}. The file could not be set aside ({exc.strerror}); "
                      "changes will not be saved over it.", writable=False)
    return Loaded(settings, f"{problems[0]}. The file was kept as {aside.name}; "
                  "default settings are used where it was wrong.", aside=aside)


def _keep_before_migration(path: Path, raw: bytes, version: int) -> None:
    """The file as an older Stretch Timer wrote it, kept beside it (once) before it is rewritten."""
    backup = path.with_name(f"{path.name}.v{version}")
    if not backup.exists():
        try:
            write_atomic(backup, raw)
        except OSError:
            pass  # the settings still load; only the copy for going back is missing


def save_settings(path: Path, settings: Settings) -> None:
    text = yaml.safe_dump(settings.to_document(), sort_keys=False, allow_unicode=True)
    write_atomic(path, text.encode("utf-8"))
