"""Checking the values of a routine or library file one by one; each problem is kept with its place."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from stretchtimer.core.errors import Problem, close_match, did_you_mean
from stretchtimer.core.problems import WORDS, got, place, shorten
from stretchtimer.core.yamldoc import Document, Path

FORMAT_VERSION = 1
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


@dataclass(frozen=True)
class Bound:
    """Whole-number bounds of one duration or count, with the unit to name in messages."""

    low: int
    high: int
    unit: str = "seconds"


BOUNDS: Mapping[str, Bound] = {
    "hold": Bound(1, 1800),
    "reps": Bound(1, 200, "repetitions"),
    "tempo": Bound(1, 20, "seconds per repetition"),
    "prepare": Bound(0, 600),
    "switch": Bound(0, 600),
    "rest": Bound(0, 1800),
    "warmup": Bound(0, 1800),
    "breath.in": Bound(2, 15),
    "breath.out": Bound(2, 20),
    "progress.add": Bound(1, 30),
    "progress.every": Bound(1, 100, "sessions"),
    "progress.max": Bound(1, 1800),
}


class Checker:
    """Collects problems while reading values out of a Document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def error(self, path: Path, message: str, *, key: bool = False) -> None:
        self.problems.append(self.doc.problem(path, message, key=key))

    def fault(self, path: Path, code: str, *, on_key: bool = False, warning: bool = False,
              **args: Any) -> None:
        """A problem worded by its code (core/problems.py), so it can be said in any language."""
        self.problems.append(self.doc.fault(path, code, on_key=on_key, warning=warning, **args))

    def mapping(
        self, path: Path, value: Any, allowed: Iterable[str], required: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fault(path, "not-a-mapping", where=path, got=got(value))
            return None
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                self.fault((*path, key), "unknown-key", on_key=True, where=path, key=shorten(str(key)),
                           suggestion=close_match(str(key), allowed), allowed=", ".join(allowed))
        for key in required:
            if key not in value:
                self.fault(path, "missing-key", where=path, key=key)
        return value

    def integer(self, path: Path, value: Any, bound: Bound) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fault(path, "not-a-number", where=path, unit=bound.unit, low=bound.low, high=bound.high,
                       got=got(value))
            return None
        if not bound.low <= value <= bound.high:
            self.fault(path, "out-of-range", where=path, value=value, unit=bound.unit, low=bound.low,
                       high=bound.high)
            return None
        return value

    def text(self, path: Path, value: Any, max_length: int, *, allow_empty: bool = False) -> str | None:
        if not isinstance(value, str):
            self.fault(path, "not-text", where=path, got=got(value))
            return None
        if not value.strip() and not allow_empty:
            self.error(path, f"{place(path)} is empty; write some text")
            return None
        if len(value) > max_length:
            self.error(path, f"{place(path)} is {len(value)} characters long; "
                             f"keep it under {max_length}")
            return None
        return value.strip()

    def texts(self, path: Path, value: Any, max_length: int, *, allow_empty: bool = True) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fault(path, "not-a-list", where=path, got=got(value))
            return ()
        if not value and not allow_empty:
            self.error(path, f"{place(path)} is an empty list; add at least one item")
        items = [self.text((*path, i), item, max_length) for i, item in enumerate(value)]
        return tuple(item for item in items if item is not None)

    def choice(self, path: Path, value: Any, choices: tuple[str, ...]) -> str | None:
        if value not in choices or not isinstance(value, str):
            shown = shorten(value) if isinstance(value, str) else describe(value)
            hint = did_you_mean(shown, choices) if isinstance(value, str) else ""
            self.error(path, f"{place(path)} is '{shown}'; write one of: "
                             f"{', '.join(choices)}{hint}")
            return None
        return value

    def version(self, data: dict[str, Any]) -> bool:
        if "version" not in data:
            self.fault((), "missing-version", version=FORMAT_VERSION)
            return False
        version = data["version"]
        if version != FORMAT_VERSION or isinstance(version, bool):
            self.error(("version",), f"format version {version!r} is not supported; "
                       f"this Stretch Timer reads version {FORMAT_VERSION} (a newer file needs "
                       f"a newer Stretch Timer)")
            return False
        return True

    def translations(self, path: Path, value: Any, fields: tuple[str, ...],
                     english: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        table = self.mapping(path, value, allowed=[k for k in value] if isinstance(value, dict) else [])
        for language, entry in (table or {}).items():
            where = (*path, language)
            if not _LANGUAGE.match(language):
                self.error(where, f"'{language}' is not a language code; write e.g. 'fr' or 'pt_BR'",
                           key=True)
                continue
            fields_given = self.mapping(where, entry, fields) or {}
            checked: dict[str, Any] = {}
            for name, text in fields_given.items():
                if name not in fields:
                    continue
                if isinstance(english.get(name), tuple):
                    items = self.texts((*where, name), text, 2000)
                    if len(items) != len(english[name]):
                        self.error((*where, name), f"{place((*where, name))} has {len(items)} items "
                                   f"but the English text has {len(english[name])}; translate each item")
                    checked[name] = items
                else:
                    checked[name] = self.text((*where, name), text, 2000)
            result[language] = checked
        return result


def describe(value: Any) -> str:
    kind, text = got(value)
    return WORDS[kind].format(text=text)

