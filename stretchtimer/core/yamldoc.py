"""Safe, bounded YAML reading that remembers where every key and value came from.

The document is built from the parser's event stream, not by a constructor, so no
YAML tag can build an object, aliases cannot expand, and nesting and size are
bounded before any memory is spent on them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from stretchtimer.core.errors import Problem, UserFileError
from stretchtimer.core.problems import shorten

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1_000_000
MAX_DEPTH = 12
MAX_NODES = 200_000
MAX_NUMBER_CHARS = 100  # no real duration or count needs more; int() of 4,300+ digits refuses anyway

Path = tuple[str | int, ...]
Mark = tuple[int, int]

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_TAG_WORDS = {
    "tag:yaml.org,2002:str": "text",
    "tag:yaml.org,2002:int": "whole number",
    "tag:yaml.org,2002:float": "decimal number",
    "tag:yaml.org,2002:bool": "true/false value",
    "tag:yaml.org,2002:null": "empty value",
}
_MAP_TAGS = {None, "!", "tag:yaml.org,2002:map"}
_SEQ_TAGS = {None, "!", "tag:yaml.org,2002:seq"}

_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()


@dataclass
class Document:
    """Plain Python data read from one file, with the line and column of each part."""

    file: str
    data: Any
    value_marks: dict[Path, Mark] = field(default_factory=dict)
    key_marks: dict[Path, Mark] = field(default_factory=dict)

    def where(self, path: Path, *, key: bool = False) -> Mark:
        """Line and column of the value (or key) at ``path``, else of its nearest parent."""
        if key and path in self.key_marks:
            return self.key_marks[path]
        while path:
            if path in self.value_marks:
                return self.value_marks[path]
            path = path[:-1]
        return self.value_marks.get((), (1, 1))

    def problem(self, path: Path, message: str, *, key: bool = False, warning: bool = False) -> Problem:
        line, column = self.where(path, key=key)
        return Problem(self.file, line, column, message, warning, tuple(path))

    def fault(self, path: Path, code: str, *, on_key: bool = False, warning: bool = False,
              **args: Any) -> Problem:
        """A problem with a code (core/problems.py) at ``path`` (at its key with ``on_key``)."""
        line, column = self.where(path, key=on_key)
        return Problem.coded(self.file, line, column, code, args, warning=warning, path=tuple(path))


def _tag_name(tag: str | None) -> str:
    return str(tag).replace("tag:yaml.org,2002:", "!!")


def _mark(event: Any) -> Mark:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


def _fail(file: str, mark: Mark, message: str) -> UserFileError:
    return UserFileError([Problem(file, mark[0], mark[1], message)])


def _fault(file: str, mark: Mark, code: str, **args: Any) -> UserFileError:
    return UserFileError([Problem.coded(file, mark[0], mark[1], code, args)])


def decode(raw: bytes, file: str) -> str:
    """The text of ``raw`` as UTF-8, or a located error naming the bad byte."""
    if len(raw) > MAX_BYTES:
        raise UserFileError([Problem.coded(file, 0, 0, "too-large",
                                           {"size": len(raw), "what": "a routine file", "limit": MAX_BYTES})])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _fail(
            file, (line, column),
            f"not valid UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
        ) from None


def _scalar(event: Any, file: str) -> Any:
    tag = event.tag
    if tag == "!":
        return event.value
    if tag is None:
        tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
    if tag not in _SCALAR_TAGS:
        raise _fail(file, _mark(event), f"YAML tag '{_tag_name(tag)}' is not allowed here; remove it")
    if tag == "tag:yaml.org,2002:timestamp":
        return event.value  # a date is only ever meant as text in our files
    if tag in _NUMBER_TAGS and len(event.value) > MAX_NUMBER_CHARS:
        raise _fail(file, _mark(event), f"a number {len(event.value):,} characters long "
                    f"('{shorten(event.value)}'); write a small whole number, e.g. 30")
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark)
    try:
        return _constructor.yaml_constructors[tag](_constructor, node)
    except (ValueError, LookupError, ArithmeticError, yaml.YAMLError):
        # Only an explicit tag gets here ('!!int abc', '!!bool maybe'): the text is not what it says.
        raise _fail(file, _mark(event), f"'{shorten(event.value)}' is not a valid {_TAG_WORDS[tag]} "
                    f"as its tag '{_tag_name(tag)}' says; fix the value or remove the tag") from None


def _events(text: str, file: str) -> Iterator[Any]:
    try:
        yield from yaml.parse(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "malformed YAML"
        if "nesting depth" in what:  # libyaml's own bound, met before ours
            raise _fail(file, where, f"nested more than {MAX_DEPTH} levels deep") from None
        raise _fault(file, where, "yaml-syntax", what=what) from None
    except yaml.YAMLError as exc:  # reader errors: characters YAML does not allow
        position = getattr(exc, "position", 0)
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        reason = getattr(exc, "reason", "unreadable text")
        raise _fail(file, (line, column), f"{reason}; remove the character") from None


def parse(text: str, file: str) -> Document:
    """Read one YAML document made of mappings, lists and plain scalars."""
    doc = Document(file, None)
    # Each frame: [container, path, pending key or None]
    stack: list[list[Any]] = []
    documents = 0
    nodes = 0
    have_root = False

    def add(value: Any, mark: Mark, container: bool) -> Path | None:
        nonlocal have_root
        if not stack:
            doc.data = value
            doc.value_marks[()] = mark
            have_root = True
            return ()
        top = stack[-1]
        parent, path = top[0], top[1]
        if isinstance(parent, dict):
            if top[2] is None:
                if container or not isinstance(value, str):
                    raise _fail(file, mark, "keys must be plain words, e.g. 'hold:'")
                if value in parent:
                    raise _fault(file, mark, "duplicate-key", key=value)
                top[2] = value
                doc.key_marks[(*path, value)] = mark
                return None
            key = top[2]
            parent[key] = value
            top[2] = None
            doc.value_marks[(*path, key)] = mark
            return (*path, key)
        parent.append(value)
        doc.value_marks[(*path, len(parent) - 1)] = mark
        return (*path, len(parent) - 1)

    for event in _events(text, file):
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _fail(file, _mark(event), "only one YAML document per file; remove '---'")
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise _fail(file, _mark(event), f"more than {MAX_NODES:,} values; the file is too large")
        if isinstance(event, yaml.AliasEvent):
            raise _fail(file, _mark(event), "YAML aliases ('*name') are not allowed; write the value out")
        if isinstance(event, yaml.ScalarEvent):
            add(_scalar(event, file), _mark(event), False)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            is_map = isinstance(event, yaml.MappingStartEvent)
            if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
                raise _fail(file, _mark(event),
                            f"YAML tag '{_tag_name(event.tag)}' is not allowed here; remove it")
            if len(stack) >= MAX_DEPTH:
                raise _fail(file, _mark(event), f"nested more than {MAX_DEPTH} levels deep")
            container: dict[str, Any] | list[Any] = {} if is_map else []
            path = add(container, _mark(event), True)
            assert path is not None
            stack.append([container, path, None])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
    if not have_root or doc.data is None:
        raise UserFileError([Problem(file, 0, 0, "the file is empty; a routine starts with 'version: 1'")])
    return doc


def read(raw: bytes, file: str) -> Document:
    """Decode and parse a file's bytes."""
    return parse(decode(raw, file), file)
