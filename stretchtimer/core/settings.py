"""Settings: the current values, their file (read, migrated, saved) and who follows their changes."""

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
from stretchtimer.core.errors import Problem, UserFileError, close_match
from stretchtimer.core.problems import shorten
from stretchtimer.core.reading import Refused, read_bounded
from stretchtimer.core.settings_schema import BY_NAME, GROUPS, SETTINGS
from stretchtimer.core.yamldoc import MAX_BYTES, Document, read

SCHEMA_VERSION = 2


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
