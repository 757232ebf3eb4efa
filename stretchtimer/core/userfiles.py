"""The user's routine files: saved, renamed, deleted into a trash folder, imported and exported.

Nothing here writes a file the user did not ask to write, and nothing is removed for good:
a deleted routine goes to the trash folder and can come back.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from stretchtimer.core.atomic import write_atomic
from stretchtimer.core.drafts import Draft, from_routine, to_yaml
from stretchtimer.core.loader import read_routine_bytes, routine_from_bytes
from stretchtimer.core.model import Library, Routine

SUFFIX = ".yaml"


def slug(name: str) -> str:
    """A file stem from a routine name: "Soir d'été" -> "soir-d-ete"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")
    return stem[:60].strip("-") or "routine"


def free_path(folder: Path, name: str) -> Path:
    """A path in ``folder`` for a routine called ``name`` that no other file uses."""
    stem = slug(name)
    candidate = folder / f"{stem}{SUFFIX}"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{SUFFIX}"
    return candidate


def unique_name(name: str, taken: Iterable[str]) -> str:
    """``name``, or "name (2)", "name (3)"... when another routine already has it."""
    used = {t.casefold() for t in taken}
    if name.casefold() not in used:
        return name
    n = 2
    while f"{name} ({n})".casefold() in used:
        n += 1
    return f"{name} ({n})"


def save(draft: Draft, folder: Path, path: Path | None = None) -> Path:
    """Write the draft to ``path`` (a new file named after it when None); returns where it went.

    A routine keeps its file when renamed only if the file name still fits; otherwise the file
    is written under the new name first and the old one removed after, so a failure in between
    leaves at least one whole copy.
    """
    data = to_yaml(draft).encode("utf-8")
    stem = slug(draft.name)
    fits = path is not None and path.parent == folder and re.fullmatch(
        rf"{re.escape(stem)}(-[0-9]+)?", path.stem) is not None
    target = path if fits and path is not None else free_path(folder, draft.name)
    write_atomic(target, data)
    if path is not None and path != target and path.exists():
        path.unlink()
    return target


@dataclass(frozen=True)
class Trashed:
    original: Path
    kept: Path  # where the file sits in the trash


def trash(path: Path, trash_dir: Path, now: Callable[[], float] = time.time) -> Trashed:
    """Move a routine file into the trash folder, under a timestamped name."""
    trash_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now()))
    kept = trash_dir / f"{path.stem}.{stamp}{SUFFIX}"
    n = 1
    while kept.exists():
        n += 1
        kept = trash_dir / f"{path.stem}.{stamp}-{n}{SUFFIX}"
    os.replace(path, kept)
    return Trashed(path, kept)


def restore(trashed: Trashed) -> Path:
    """Bring a trashed file back to its folder; under a free name if its old one was taken."""
    target = trashed.original
    n = 1
    while target.exists():
        n += 1
        target = trashed.original.with_name(f"{trashed.original.stem}-{n}{SUFFIX}")
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(trashed.kept, target)
    return target


@dataclass(frozen=True)
class Imported:
    path: Path
    routine: Routine
    renamed_from: str | None = None  # the name in the file, when another routine had it


def import_file(source: Path, folder: Path, library: Library, taken_names: Iterable[str]) -> Imported:
    """Check ``source`` by the loader's rules and copy it into the user's routines folder.

    The file is copied as written (comments and all) unless its name clashes with a routine
    already there; then it is saved under "name (2)". Raises UserFileError when it is not valid.
    """
    raw = read_routine_bytes(source)  # read once: what is checked is what is copied
    routine = routine_from_bytes(raw, library, str(source))
    name = unique_name(routine.name, taken_names)
    if name == routine.name:
        target = free_path(folder, name)
        write_atomic(target, raw)
        return Imported(target, routine)
    draft = from_routine(routine).replace(name=name)
    target = save(draft, folder)
    return Imported(target, routine, renamed_from=routine.name)


def export_file(draft: Draft, target: Path) -> None:
    """Write the routine to a file of the user's choice (atomic: an existing file is whole either way)."""
    write_atomic(target, to_yaml(draft).encode("utf-8"))
