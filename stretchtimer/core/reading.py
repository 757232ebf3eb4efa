"""Reading a user's file without trusting it: regular files only, and never more than a limit.

A path may name a FIFO (reading waits forever), a device (/dev/zero never ends) or a file far
larger than any routine. Each is refused from its ``stat`` before a byte is read, and checked
again on the opened descriptor, so a FIFO swapped in between cannot hang the reader.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from stretchtimer.core.problems import render

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


class Refused(Exception):
    """The file is not one to read; the message says why and what to give instead."""

    def __init__(self, code: str, **args: Any) -> None:
        self.code, self.args_ = code, args  # core/problems.py words it, in any language
        super().__init__(render(code, args))


def _check(mode: int, size: int, limit: int, what: str) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a plain file")
        raise Refused("not-a-regular-file", kind=kind, what=what)
    if size > limit:
        raise Refused("too-large", size=size, what=what, limit=limit)


def read_bounded(path: Path | str, limit: int, what: str) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``limit`` of them.

    Raises Refused for anything else, OSError when the file cannot be opened or read.
    """
    first = os.stat(path)
    _check(first.st_mode, first.st_size, limit, what)
    # O_NONBLOCK: should a FIFO replace the file after the stat, opening it does not wait
    # for a writer; the fstat below then refuses it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        opened = os.fstat(fd)
        _check(opened.st_mode, opened.st_size, limit, what)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:  # a file growing while read still stops one byte past the limit
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:
        raise Refused("grew-too-large", what=what, limit=limit)
    return b"".join(chunks)
