"""Settings: one declaration per setting gives loading, validation, defaults and widget ranges."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from stretchtimer.core.atomic import write_atomic
from stretchtimer.core.deskbreaks import day_name_problem
from stretchtimer.core.errors import Problem, UserFileError, close_match
from stretchtimer.core.problems import shorten
from stretchtimer.core.reading import Refused, read_bounded
from stretchtimer.core.schedule import ScheduleError, reminder_from_dict
from stretchtimer.core.words import QT_TRANSLATE_NOOP
from stretchtimer.core.yamldoc import MAX_BYTES, Document, read

SCHEMA_VERSION = 2
MAX_TEXT = 1000  # a language code, a routine name, a window geometry: all far shorter


@dataclass(frozen=True)
class Setting:
    name: str  # dotted: "sound.volume" is stored as sound: {volume: ...}
    type: type
    default: Any
    low: int | None = None
    high: int | None = None
    label: str = ""  # the dialog's words for it (English; the Qt layer translates them)
    help: str = ""  # said as the widget's tooltip, when the label is not enough
    item_check: Callable[[Any], str | None] | None = None  # for lists: why an item is wrong
    shown: bool = True  # in the settings dialog; False for what the app keeps for itself
    unit: str = ""  # "%", "min": shown after the number
    choices: tuple[str, ...] = ()  # for text: the only values allowed, when given
    choice_labels: tuple[str, ...] = ()  # the dialog's words for each of the choices

    @property
    def group(self) -> str:
        """The title of the dialog's box this setting is shown in (English)."""
        return GROUP_TITLES.get(self.name.rpartition(".")[0], GROUP_TITLES[""])

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
        if (self.type is int and self.low is not None and self.high is not None
                and not self.low <= value <= self.high):
            return f"must be from {self.low} to {self.high}"
        return None


def _reminder_problem(item: Any) -> str | None:
    try:
        reminder_from_dict(item)
    except ScheduleError as exc:
        return str(exc)
    return None


# The words the settings dialog shows (label, help) are declared here, marked for the catalogue
# under "SettingsDialog"; hidden settings keep a plain note for the reader of this file.
# Desk breaks (core/deskbreaks.py reads them through Rules.from_settings).
DESK_SETTINGS: tuple[Setting, ...] = (
    Setting("desk.enabled", bool, False, label=QT_TRANSLATE_NOOP("SettingsDialog",
        "Suggest a desk break after a long spell at the computer")),
    Setting("desk.work_minutes", int, 50, 1, 240, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Suggest a break after"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "Minutes of keyboard and mouse use, short pauses included, before a break is suggested")),
    Setting("desk.break_minutes", int, 5, 1, 60, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "An idle spell counts as a break after"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "Away from the keyboard and mouse this long, the count starts again")),
    Setting("desk.snooze_minutes", int, 10, 1, 120, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Snooze a desk break for")),
    Setting("desk.skip_limit", int, 0, 0, 20,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Skips allowed a day (0: no limit)"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "After this many skips in a day, desk breaks offer no Skip")),
    Setting("desk.hours_from", int, 8, 0, 23, unit="h", label=QT_TRANSLATE_NOOP("SettingsDialog", "From")),
    Setting("desk.hours_until", int, 18, 1, 24, unit="h", label=QT_TRANSLATE_NOOP("SettingsDialog", "Until")),
    Setting("desk.days", list, ["mon", "tue", "wed", "thu", "fri"], item_check=day_name_problem,
            unit="weekdays", label=QT_TRANSLATE_NOOP("SettingsDialog", "On")),
    Setting("desk.routine", str, "Desk break",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Routine a desk break starts")),
)

# Coaching during a routine (a routine's own ``breath:`` wins over the pace set here).
COACH_SETTINGS: tuple[Setting, ...] = (
    Setting("coach.breath", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Pace your breathing during holds")),
    Setting("coach.breath_in", int, 4, 2, 15, unit="s",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Breathe in for")),
    Setting("coach.breath_out", int, 6, 2, 20, unit="s",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Breathe out for")),
    Setting("coach.breath_sound", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "A soft sound at each breath in and out")),
    Setting("coach.check_in", bool, True, label=QT_TRANSLATE_NOOP(
        "SettingsDialog", "Ask how tight each side felt (keys 1 to 5) after two-sided stretches")),
)

SETTINGS: tuple[Setting, ...] = (
    Setting("sound.muted", bool, False, label=QT_TRANSLATE_NOOP("SettingsDialog", "Mute every sound cue")),
    Setting("sound.volume", int, 80, 0, 100, unit="%", label=QT_TRANSLATE_NOOP("SettingsDialog", "Volume")),
    Setting("voice.mode", str, "off", label=QT_TRANSLATE_NOOP("SettingsDialog", "Spoken coaching"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "Says each exercise, side and length after its tone, what comes next during a rest, "
                "halfway and the last seconds, in the language of the window"),
            choices=("off", "on", "no-screen-reader"),
            choice_labels=(QT_TRANSLATE_NOOP("SettingsDialog", "Off"),
                           QT_TRANSLATE_NOOP("SettingsDialog", "On"),
                           QT_TRANSLATE_NOOP("SettingsDialog", "Only when no screen reader is running"))),
    Setting("voice.count_down", bool, True,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Count the last three seconds aloud")),
    Setting("voice.rate", int, 100, 50, 200, unit="%",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Speech rate")),
    Setting("voice.volume", int, 80, 0, 100, unit="%",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Speech volume")),
    Setting("window.geometry", str, "", label="Size and position of the main window", shown=False),
    Setting("window.floor_mode", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Start routines in floor mode (full screen)")),
    Setting("language", str, "", label=QT_TRANSLATE_NOOP("SettingsDialog", "Language")),
    Setting("home.first_routine", str, "Evening routine",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Routine listed first")),
    Setting("accessibility.announce", bool, True, label=QT_TRANSLATE_NOOP("SettingsDialog",
        "Screen readers announce each new phase, exercise, side and length")),
    Setting("accessibility.reduce_motion", bool, False, label=QT_TRANSLATE_NOOP("SettingsDialog",
        "Reduce motion: one still picture a phase, no moving frames")),
    Setting("schedule.reminders", list, [], label="Evening reminders", item_check=_reminder_problem,
            shown=False),
    Setting("schedule.snooze_minutes", int, 10, 1, 120, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Snooze length"),
            help=QT_TRANSLATE_NOOP("SettingsDialog", "How long Snooze puts a reminder off")),
    Setting("schedule.grace_minutes", int, 60, 0, 1440, unit="min",
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Grace for missed reminders"),
            help=QT_TRANSLATE_NOOP("SettingsDialog",
                "A reminder missed while the computer slept still comes when it is at most this late")),
    Setting("schedule.start_at_login", bool, False,
            label=QT_TRANSLATE_NOOP("SettingsDialog", "Start in the tray when you log in")),
    Setting("schedule.last_check", str, "", label="When reminders were last looked at (ISO time)",
            shown=False),
    Setting("schedule.told_tray", bool, False,
            label="The window has said once that closing it keeps the app in the tray", shown=False),
    *DESK_SETTINGS,
    *COACH_SETTINGS,
)
# The title of the dialog's box for each group; settings outside these go under "General".
GROUP_TITLES: Mapping[str, str] = {
    "sound": QT_TRANSLATE_NOOP("SettingsDialog", "Sound"),
    "voice": QT_TRANSLATE_NOOP("SettingsDialog", "Voice"),
    "window": QT_TRANSLATE_NOOP("SettingsDialog", "Player"),
    "": QT_TRANSLATE_NOOP("SettingsDialog", "General"),
    "home": QT_TRANSLATE_NOOP("SettingsDialog", "General"),
    "accessibility": QT_TRANSLATE_NOOP("SettingsDialog", "Accessibility"),
    "schedule": QT_TRANSLATE_NOOP("SettingsDialog", "Reminders"),
    "desk": QT_TRANSLATE_NOOP("SettingsDialog", "Desk breaks"),
    "coach": QT_TRANSLATE_NOOP("SettingsDialog", "Coaching"),
}
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


# What changed in one set() or update(): each name with its (old, new) values.
Changes = Mapping[str, tuple[Any, Any]]


class Settings:
    """Current values; the parts of the file this version does not know are kept as written.

    Parts of the app follow the settings they use with ``subscribe``: they are told after each
    change, so no code has to re-apply a changed setting to them by hand."""

    def __init__(self, values: Mapping[str, Any] | None = None,
                 unknown: Mapping[str, Any] | None = None) -> None:
        self.migrated_from: int | None = None  # the older schema version the values were read from
        self._values = {s.name: s.default for s in SETTINGS}
        self.unknown: dict[str, Any] = copy.deepcopy(dict(unknown or {}))  # nested, as in the file
        self._subscribers: list[tuple[str, Callable[[Changes], None]]] = []
        self._held: dict[str, tuple[Any, Any]] | None = None  # changes not yet told (see held)
        self.update(values or {})

    def get(self, name: str) -> Any:
        value = self._values[name]
        # A list is handed out as a copy: changed in place and set again, it is still a change.
        return copy.deepcopy(value) if isinstance(value, list) else value

    def set(self, name: str, value: Any) -> None:
        self.update({name: value})

    def update(self, values: Mapping[str, Any]) -> None:
        """Set several settings at once: all are checked before any changes, and each subscriber
        is told once, with every change it follows."""
        for name, value in values.items():
            setting = BY_NAME.get(name)
            if setting is None:
                raise KeyError(f"no setting named '{name}'")
            reason = setting.check(value)
            if reason:
                raise ValueError(f"setting '{name}' {reason}")
        changes: dict[str, tuple[Any, Any]] = {}
        for name, value in values.items():
            old = self._values[name]
            if old != value:
                self._values[name] = copy.deepcopy(value)
                changes[name] = (old, copy.deepcopy(value))
        if self._held is not None:
            for name, (old, new) in changes.items():
                self._held[name] = (self._held.get(name, (old, new))[0], new)
            return
        self._tell(changes)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Changes made inside are told to subscribers once it ends (after a file lock is let go,
        so a subscriber that saves does not wait for a lock its own caller holds)."""
        if self._held is not None:
            yield
            return
        self._held = {}
        try:
            yield
        finally:
            held, self._held = self._held, None
            self._tell({name: (old, new) for name, (old, new) in held.items() if old != new})

    def _tell(self, changes: Mapping[str, tuple[Any, Any]]) -> None:
        for key, callback in list(self._subscribers):
            followed = {name: change for name, change in changes.items() if _follows(key, name)}
            if followed:
                callback(followed)

    def subscribe(self, key: str, callback: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``callback`` after a setting named ``key``, or in the group ``key`` ("sound" for
        "sound.volume"; "" for every setting), changed; returns what ends the subscription."""
        if key and key not in BY_NAME and key not in GROUPS:
            raise KeyError(f"no setting or group named '{key}'")
        entry = (key, callback)
        self._subscribers.append(entry)
        return lambda: self._subscribers.remove(entry) if entry in self._subscribers else None

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


def _follows(key: str, name: str) -> bool:
    return not key or name == key or name.startswith(key + ".")


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
            problems.append(doc.fault(path, "unknown-setting", on_key=True, warning=True,
                                      key=shorten(name), suggestion=close_match(name, BY_NAME)))


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
        raise UserFileError([doc.problem((), "settings must be a mapping of 'key: value' lines")])
    version = doc.data.get("version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UserFileError([doc.problem(("version",), "'version' must be a whole number")])
    if version > SCHEMA_VERSION:
        raise UserFileError([doc.problem(("version",), f"settings version {version} was written by a "
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
    except (OSError, Refused, UserFileError):
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
    except UserFileError as exc:
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
    """Every migration: the file as an older Stretch Timer wrote it is kept beside it
    (``settings.yaml.v1``) before it is rewritten; a different earlier copy is never replaced."""
    backup = path.with_name(f"{path.name}.v{version}")
    n = 1
    while backup.exists():
        try:
            if backup.read_bytes() == raw:
                return  # already kept
        except OSError:
            pass
        n += 1
        backup = path.with_name(f"{path.name}.v{version}-{n}")
    with suppress(OSError):  # the settings still load; only the copy for going back is missing
        write_atomic(backup, raw)


def save_settings(path: Path, settings: Settings) -> None:
    text = yaml.safe_dump(settings.to_document(), sort_keys=False, allow_unicode=True)
    write_atomic(path, text.encode("utf-8"))
