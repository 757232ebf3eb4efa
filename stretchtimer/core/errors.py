"""Located problems in user files, collected into one exception."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


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

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        kind = "warning: " if self.warning else ""
        return f"{place}: {kind}{self.message}"


class UserFileError(Exception):
    """A file could not be used; ``problems`` says every reason and where."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A " — did you mean 'x'?" suffix when a close match exists, else ""."""
    import difflib  # only when something is already wrong

    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" — did you mean '{match[0]}'?" if match else ""
