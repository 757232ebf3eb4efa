"""The words of the problems users meet most, one template per code, in English and for the catalogue.

A problem carries a ``code`` and its ``args``; its English message is built here from them, and the
Qt layer and the command line build the same message in the interface's language by translating the
template (context "Problem") before filling it in. Arguments named ``where`` hold a place in the
document (a path such as ("steps", 1, "hold")), ``got`` a value as written; both are worded here too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from stretchtimer.core.words import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]  # an English template -> the same in the interface's language

# A code with a ":plain" twin uses the twin when it has no close match to suggest.
TEMPLATES: Mapping[str, str] = {
    "unknown-exercise": QT_TRANSLATE_NOOP(
        "Problem", "unknown exercise '{id}' — did you mean '{suggestion}'?"),
    "unknown-exercise:plain": QT_TRANSLATE_NOOP(
        "Problem", "unknown exercise '{id}'; see the exercise ids in the library"),
    "unknown-key": QT_TRANSLATE_NOOP(
        "Problem", "unknown key '{key}' in {where} — did you mean '{suggestion}'?"),
    "unknown-key:plain": QT_TRANSLATE_NOOP("Problem", "unknown key '{key}' in {where}; allowed: {allowed}"),
    "unknown-setting": QT_TRANSLATE_NOOP(
        "Problem", "unknown setting '{key}' — did you mean '{suggestion}'?; it is kept in the file as "
        "written but not used"),
    "unknown-setting:plain": QT_TRANSLATE_NOOP(
        "Problem", "unknown setting '{key}'; it is kept in the file as written but not used"),
    "not-a-number": QT_TRANSLATE_NOOP(
        "Problem", "{where} must be a whole number of {unit} from {low} to {high}, not {got}"),
    "out-of-range": QT_TRANSLATE_NOOP(
        "Problem", "{where} is {value}; write a number of {unit} from {low} to {high}"),
    "not-text": QT_TRANSLATE_NOOP("Problem", "{where} must be text, not {got}"),
    "not-a-mapping": QT_TRANSLATE_NOOP(
        "Problem", "{where} must be a mapping of 'key: value' lines, not {got}"),
    "not-a-list": QT_TRANSLATE_NOOP("Problem", "{where} must be a list ('- item' lines), not {got}"),
    "missing-key": QT_TRANSLATE_NOOP("Problem", "{where} is missing '{key}:'"),
    "missing-version": QT_TRANSLATE_NOOP("Problem", "missing 'version: {version}'; add it as the first line"),
    "bad-hold": QT_TRANSLATE_NOOP(
        "Problem", "{where} is {got}; hold is a whole number of seconds ({low} to {high}) or 'open' "
        "(held until you move on)"),
    "yaml-syntax": QT_TRANSLATE_NOOP("Problem", "YAML syntax: {what}; check the indentation and quoting"),
    "duplicate-key": QT_TRANSLATE_NOOP("Problem", "duplicate key '{key}'; keep only one"),
    "not-a-regular-file": QT_TRANSLATE_NOOP("Problem", "not a regular file ({kind}); give {what}"),
    "too-large": QT_TRANSLATE_NOOP(
        "Problem", "file is {size} bytes; {what} may be at most {limit} bytes — is this the right file?"),
    "progress-max": QT_TRANSLATE_NOOP(
        "Problem", "holds grow to {longest} s at most, the longest the advice allows; 'max: {given}' "
        "is read as {longest}"),
    "grew-too-large": QT_TRANSLATE_NOOP(
        "Problem", "file is over {limit} bytes; {what} may be at most {limit} bytes "
        "— is this the right file?"),
}

# Words that fill the templates: places in a document, values as written, kinds of files.
WORDS: Mapping[str, str] = {
    "the file": QT_TRANSLATE_NOOP("Problem", "the file"),
    "step": QT_TRANSLATE_NOOP("Problem", "step {n}"),
    "exercise": QT_TRANSLATE_NOOP("Problem", "exercise {n}"),
    "item": QT_TRANSLATE_NOOP("Problem", "item {n}"),
    "key": QT_TRANSLATE_NOOP("Problem", "'{key}'"),
    "nothing": QT_TRANSLATE_NOOP("Problem", "nothing"),
    "yes/no": QT_TRANSLATE_NOOP("Problem", "'{text}' (yes/no)"),
    "a mapping": QT_TRANSLATE_NOOP("Problem", "a mapping"),
    "a list": QT_TRANSLATE_NOOP("Problem", "a list"),
    "decimal": QT_TRANSLATE_NOOP("Problem", "'{text}' (a decimal number)"),
    "text": QT_TRANSLATE_NOOP("Problem", "'{text}'"),
    "seconds": QT_TRANSLATE_NOOP("Problem", "seconds"),
    "repetitions": QT_TRANSLATE_NOOP("Problem", "repetitions"),
    "seconds per repetition": QT_TRANSLATE_NOOP("Problem", "seconds per repetition"),
    "a FIFO": QT_TRANSLATE_NOOP("Problem", "a FIFO"),
    "a character device": QT_TRANSLATE_NOOP("Problem", "a character device"),
    "a block device": QT_TRANSLATE_NOOP("Problem", "a block device"),
    "a socket": QT_TRANSLATE_NOOP("Problem", "a socket"),
    "a folder": QT_TRANSLATE_NOOP("Problem", "a folder"),
    "not a plain file": QT_TRANSLATE_NOOP("Problem", "not a plain file"),
    "a routine file": QT_TRANSLATE_NOOP("Problem", "a routine file"),
    "a settings file": QT_TRANSLATE_NOOP("Problem", "a settings file"),
    "warning: ": QT_TRANSLATE_NOOP("Problem", "warning: "),
}
TRANSLATED_ARGS = ("unit", "kind", "what")  # arguments that are one of WORDS' keys


def _same(text: str) -> str:
    return text


def shorten(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` characters for a message, with '…' when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def got(value: Any) -> tuple[str, str]:
    """A value as written, kept as (kind, text) so that each language can word it."""
    if value is None:
        return "nothing", ""
    if isinstance(value, bool):
        return "yes/no", str(value).lower()
    if isinstance(value, dict):
        return "a mapping", ""
    if isinstance(value, list):
        return "a list", ""
    if isinstance(value, float):
        return "decimal", str(value)
    return "text", shorten(str(value))


def place(path: tuple[Any, ...], tr: Translate = _same) -> str:
    """A path in the user's words: ('steps', 1, 'hold') -> "step 2, 'hold'"."""
    parts: list[str] = []
    for i, part in enumerate(path):
        if isinstance(part, int):
            owner = str(path[i - 1]) if i else "item"
            singular = {"steps": "step", "exercises": "exercise"}.get(owner, "item")
            if parts and parts[-1] == tr(WORDS["key"]).format(key=owner):
                parts.pop()
            parts.append(tr(WORDS[singular]).format(n=part + 1))
        else:
            parts.append(tr(WORDS["key"]).format(key=part))
    return ", ".join(parts) if parts else tr(WORDS["the file"])


def render(code: str, args: Mapping[str, Any], tr: Translate = _same) -> str:
    """The message for ``code`` filled with ``args``; ``tr`` gives the language (English without it)."""
    key = code if args.get("suggestion") or f"{code}:plain" not in TEMPLATES else f"{code}:plain"
    filled = dict(args)
    if "where" in args:
        filled["where"] = place(tuple(args["where"]), tr)
    if "got" in args:
        kind, text = args["got"]
        filled["got"] = tr(WORDS[kind]).format(text=text)
    for name in TRANSLATED_ARGS:
        if name in args and args[name] in WORDS:
            filled[name] = tr(WORDS[args[name]])
    for name in ("size", "limit"):
        if isinstance(args.get(name), int):
            filled[name] = f"{args[name]:,}"
    return tr(TEMPLATES[key]).format(**filled)
