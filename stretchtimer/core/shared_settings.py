"""The settings file shared by the running app, the command line and hand edits.

Every read-modify-write holds an exclusive lock on ``settings.yaml.lock`` beside the file, and
the app merges what others changed on disk since it last read or wrote it (a reminder added by
``stretchtimer remind add``, a value edited by hand) instead of writing its own copy over them.
"""

from __future__ import annotations

import copy
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from stretchtimer.core.settings import Loaded, Settings, load_settings, save_settings

REMINDERS = "schedule.reminders"


@contextmanager
def settings_lock(path: Path) -> Iterator[None]:
    """Hold the settings file's lock (``NAME.lock`` beside it) for a read-modify-write."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield  # a folder no one can write: the save that follows fails and says so
        return
    try:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def merge_reminders(base: Sequence[Any], ours: Sequence[Any], theirs: Sequence[Any]) -> list[Any]:
    """Reminders changed on both sides, merged by id: each side's additions, removals and edits
    are kept; a reminder both added under the same id gets the next free one."""
    def by_id(items: Sequence[Any]) -> dict[int, Any]:
        return {item["id"]: item for item in items}

    before, mine, disk = by_id(base), by_id(ours), by_id(theirs)
    merged: list[Any] = []
    for ident, item in mine.items():
        if ident in before and item == before[ident]:
            if ident not in disk:
                continue  # removed on disk, untouched here
            item = disk[ident]  # edited on disk (or the same)
        merged.append(item)
    next_id = max([*mine, *disk, 0]) + 1
    for ident, item in disk.items():
        if ident in before or item in merged:
            continue
        if ident in mine:  # both added a reminder numbered the same
            item = {**item, "id": next_id}
            next_id += 1
        merged.append(item)
    return merged


class SharedSettings:
    """Saves the app's settings under the lock, keeping what others changed on disk meanwhile."""

    def __init__(self, path: Path, settings: Settings, now: Callable[[], float] = time.time) -> None:
        self.path = path
        self._now = now
        self._base = self._snapshot(settings)  # the values as last read from or written to disk

    @staticmethod
    def _snapshot(settings: Settings) -> tuple[dict[str, Any], dict[str, Any]]:
        return settings.values(), copy.deepcopy(settings.unknown)

    def take_from_disk(self, settings: Settings) -> list[str]:
        """Bring changes made on disk into ``settings``; the names of the settings taken."""
        with settings.held(), settings_lock(self.path):  # subscribers are told once the lock is let go
            loaded = load_settings(self.path, self._now)
            return self._merge(settings, loaded)

    def save(self, settings: Settings) -> tuple[list[str], str | None]:
        """Merge what changed on disk into ``settings``, then write them.

        Returns the names taken from disk, and a notice when the file on disk could not be
        used (it was kept aside, or is left alone and not written over). OSError when the
        write fails.
        """
        with settings.held(), settings_lock(self.path):  # subscribers are told once the lock is let go
            loaded = load_settings(self.path, self._now)
            if not loaded.writable:
                return [], loaded.notice
            taken = self._merge(settings, loaded)
            save_settings(self.path, settings)
            self._base = self._snapshot(settings)
        return taken, loaded.notice if loaded.aside else None

    def _merge(self, settings: Settings, loaded: Loaded) -> list[str]:
        if loaded.aside is not None or not loaded.writable or not self.path.exists():
            return []  # nothing usable on disk to keep (a deleted file is not a wish for defaults)
        base, base_unknown = self._base
        theirs = loaded.settings
        taken: list[str] = []
        for name, before in base.items():
            mine, disk = settings.get(name), theirs.get(name)
            if disk in (before, mine):
                continue
            if mine == before:
                settings.set(name, disk)
            elif name == REMINDERS:
                settings.set(name, merge_reminders(before, mine, disk))
            else:
                continue  # changed on both sides: this save is the newer word
            taken.append(name)
        if settings.unknown == base_unknown:
            settings.unknown = copy.deepcopy(theirs.unknown)  # the app never edits those
        self._base = self._snapshot(theirs)
        return taken
