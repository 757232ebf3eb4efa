"""Located problems in user files, collected into one exception."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from stretchtimer.core.problems import WORDS, Translate, render


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) at a place in a file."""

    file: str
    line: int  # 1-based; 0 when the problem concerns the whole file
    column: int  # 1-based
    message: str
    warning: bool = False
    # Where in the document: ("steps", 2, "hold"); lets the editor put a message beside its field.
    path: tuple[str | int, ...] = field(default=(), compare=False)
    # Which problem, and what fills its words (core/problems.py); "" for one said in English only.
    code: str = field(default="", compare=False)
    args: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def coded(cls, file: str, line: int, column: int, code: str, args: Mapping[str, Any], *,
              warning: bool = False, path: tuple[str | int, ...] = ()) -> Problem:
        """A problem whose English message is built from its code's template."""
        return cls(file, line, column, render(code, args), warning, path, code, dict(args))

    def said(self, tr: Translate | None = None) -> str:
        """FILE:LINE:COL: message, the message in ``tr``'s language when its code has words there."""
        place = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        if tr is None:
            return f"{place}: {'warning: ' if self.warning else ''}{self.message}"
        return f"{place}: {tr(WORDS['warning: ']) if self.warning else ''}{self.text(tr)}"

    def text(self, tr: Translate | None = None) -> str:
        """The message alone, in ``tr``'s language when its code has words there."""
        return render(self.code, self.args, tr) if self.code and tr is not None else self.message

    def __str__(self) -> str:
        return self.said()


class UserFileError(Exception):
    """A file could not be used; ``problems`` says every reason and where."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def close_match(word: str, choices: Iterable[str]) -> str:
    """The choice closest to ``word`` when one is close enough, else ""."""
    import difflib  # only when something is already wrong

    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return match[0] if match else ""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A " — did you mean 'x'?" suffix when a close match exists, else ""."""
    match = close_match(word, choices)
    return f" — did you mean '{match}'?" if match else ""
