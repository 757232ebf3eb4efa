"""Built-in and user routines, found on disk; a broken file never hides the others."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from stretchtimer.core.errors import Problem, UserFileError, did_you_mean
from stretchtimer.core.language import TRANSLATED
from stretchtimer.core.loader import read_routine
from stretchtimer.core.model import Library, Routine
from stretchtimer.core.places import Places

BUILTIN_ORDER = ("evening-routine", "post-workout", "pre-workout-warm-up", "desk-break")
LIBRARY_FILE = "exercises.yaml"


@dataclass(frozen=True)
class Entry:
    """One routine file: its routine when it loads, else the reasons it does not."""

    file: Path
    builtin: bool
    routine: Routine | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return self.routine.name if self.routine else self.file.name


def load_entry(file: Path, library: Library, builtin: bool) -> Entry:
    """One routine file as an entry: its routine, or the problems that stop it loading."""
    try:
        return Entry(file, builtin, read_routine(file, library, builtin=builtin))
    except UserFileError as exc:
        return Entry(file, builtin, None, exc.problems)


def _files(folder: Path) -> list[Path]:
    """The folder's routine files. A FIFO or device named *.yaml is listed too, to be shown as
    broken with the reason; the loader refuses it from its stat, without reading."""
    try:
        return sorted(p for p in folder.glob("*.yaml") if p.name != LIBRARY_FILE and not p.is_dir())
    except OSError:
        return []


def builtin_entries(builtin_dir: Path, library: Library) -> list[Entry]:
    files = _files(builtin_dir)
    rank = {stem: i for i, stem in enumerate(BUILTIN_ORDER)}
    files.sort(key=lambda p: (rank.get(p.stem, len(rank)), p.name))
    return [load_entry(f, library, builtin=True) for f in files]


def user_entries(routines_dir: Path, library: Library) -> list[Entry]:
    entries = [load_entry(f, library, builtin=False) for f in _files(routines_dir)]
    entries.sort(key=lambda e: (e.routine is None, e.name.casefold()))
    return entries


def find(entries: Iterable[Entry], query: str, names: Sequence[str] = ()) -> Entry | None:
    """The entry whose routine name, translated name or file stem matches ``query``."""
    wanted = query.strip().casefold()
    for entry in entries:
        if entry.routine is None:
            continue
        candidates = {entry.routine.name, entry.file.stem, entry.file.name}
        candidates.update(entry.routine.display_name(lang) for lang in names)
        if wanted in {c.casefold() for c in candidates}:
            return entry
    return None


def all_entries(places: Places, library: Library) -> list[Entry]:
    """The built-in routines, then the person's own."""
    return builtin_entries(places.builtin_dir, library) + user_entries(places.routines_dir, library)


def find_routine(places: Places, library: Library, query: str) -> Entry:
    """A routine by file path, name (in any language) or file stem; UserFileError says what exists instead."""
    path = Path(query)
    if path.suffix in (".yaml", ".yml") or path.is_file():
        entry = load_entry(path, library, builtin=False)
        if entry.routine is None:
            raise UserFileError(entry.problems)
        return entry
    entries = all_entries(places, library)
    found = find(entries, query, names=TRANSLATED)
    if found is None:
        names = [e.routine.name for e in entries if e.routine]
        hint = did_you_mean(query, names)
        raise UserFileError([Problem(query, 0, 0, f"no routine of that name{hint}; "
                                    f"'stretchtimer list' shows them: {', '.join(names)}")])
    return found
