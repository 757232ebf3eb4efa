"""Where a running Stretch Timer listens, a Qt-free way for the command line to tell it, and
what the running app does with each request.

The socket lives in a folder only this user can enter ($XDG_RUNTIME_DIR, else a 0700 folder
of our own under the temporary folder), and each side checks the other's user id, so another
local user can neither take the name first nor read what is asked.
"""

from __future__ import annotations

import os
import stat
import struct
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretchtimer.core.places import Places

if TYPE_CHECKING:
    from stretchtimer.core.catalog import Entry
    from stretchtimer.core.model import Library

MAX_REQUEST = 8192  # bytes: a short line of JSON, long enough for any file path
TIMEOUT_S = 1.5
MAX_SOCKET_PATH = 107  # bytes in a Unix socket address on Linux, less the final NUL


def server_name(config_dir: Path | None = None) -> str:
    """One name per settings folder, so a relocated profile runs on its own."""
    folder = str(config_dir or Places.from_environment().config_dir)
    return f"stretchtimer-{zlib.crc32(folder.encode()):08x}"


def _private(folder: str) -> bool:
    """A real folder (no symlink) that is ours and that nobody else may enter or write in."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _private_folder(folder: str) -> bool:
    """Make ``folder`` (0700) unless it exists; True when it is ours and private."""
    try:
        os.makedirs(os.path.dirname(folder), mode=0o700, exist_ok=True)
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass  # ours from an earlier run, or someone else's: checked below either way
    except OSError:
        return False
    return _private(folder)


def socket_dir(config_dir: Path | None = None) -> str | None:
    """The folder for the socket; None when no private one can be had (then no hand-over).

    $XDG_RUNTIME_DIR when it is as private as the spec promises; else a folder of ours in
    the temporary folder; and when someone else took that name first, one in our own
    settings folder, where nobody else can create anything.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime) and _private(runtime):
        return runtime
    shared = os.path.join(os.environ.get("TMPDIR") or "/tmp", f"stretchtimer-{os.getuid()}")
    if _private_folder(shared):
        return shared
    own = os.path.join(str(config_dir or Places.from_environment().config_dir), "run")
    if len(os.path.join(own, server_name(config_dir)).encode()) <= MAX_SOCKET_PATH and _private_folder(own):
        return own
    return None


def socket_path(config_dir: Path | None = None) -> str | None:
    folder = socket_dir(config_dir)
    return os.path.join(folder, server_name(config_dir)) if folder else None


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a Unix socket; None where unknown."""
    import socket

    if not hasattr(socket, "SO_PEERCRED"):
        return None  # not Linux: the private folder alone keeps others out
    connection = socket.socket(fileno=descriptor)
    try:
        credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    finally:
        connection.detach()  # the descriptor stays open: it is the caller's (no copy, which could fail)
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return int(uid)


def is_ours(descriptor: int) -> bool:
    """The peer runs as this user (where that can be asked); False when it cannot be told."""
    try:
        uid = peer_uid(descriptor)
    except (OSError, ValueError):
        return False
    return uid is None or uid == os.getuid()


def tell_running_app(request: dict[str, Any], path: str | None = None) -> bool:
    """Send ``request`` to a running instance over its local socket; False when none of ours listens."""
    path = path or socket_path()
    if path is None or not os.path.exists(path):
        return False  # nobody listens: the usual case, answered without loading the socket code
    import json
    import socket

    if not hasattr(socket, "AF_UNIX"):
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(TIMEOUT_S)
            connection.connect(path)
            if not is_ours(connection.fileno()):
                return False  # someone else's socket: say nothing to it, and start on our own
            connection.sendall(json.dumps(request).encode("utf-8") + b"\n")
            return connection.recv(16).startswith(b"ok")  # the answer says it was taken
    except OSError:
        return False


def requested_file(request: dict[str, Any]) -> Path | None:
    """The routine file a `run` request names: an absolute path, else None. Reading it goes
    through the loader, which refuses a FIFO, a device or a huge file without blocking."""
    file = request.get("file")
    if not isinstance(file, str) or not os.path.isabs(file) or "\0" in file:
        return None
    return Path(file)


def launch_request(start: Entry | None, tray: bool, edit: str | None = None,
                   edited: Entry | None = None) -> dict[str, Any]:
    """What a launch asks of an app already running: edit or run a routine, or show its window (or not)."""
    if edit is not None:
        return {"action": "edit", "file": str(edited.file.resolve()) if edited else ""}
    if start is not None:
        return {"action": "run", "file": str(start.file.resolve())}
    return {"action": "tray" if tray else "show"}


@dataclass(frozen=True)
class Requests:
    """Carries out the requests of later launches and of `stretchtimer remind ...`."""

    library: Library
    entries: Callable[[], Sequence[Entry]]
    start: Callable[[Entry], None]  # brings the window forward and runs the routine
    show: Callable[[], None]
    reload_reminders: Callable[[], None]  # the command line changed them in the settings file
    edit: Callable[[Entry | None], None]  # the editor on a routine, or on a new one (None)

    def handle(self, request: dict[str, Any]) -> None:
        from stretchtimer.core import catalog

        action = request.get("action")
        file = requested_file(request) if action == "run" else None  # never a FIFO or device
        if file is not None:
            entry = catalog.load_entry(file, self.library, builtin=False)
            found = catalog.find(self.entries(), entry.routine.name) if entry.routine else None
            self.start(found or entry)
        elif action == "edit":
            self.show()
            chosen = requested_file(request)
            self.edit(catalog.load_entry(chosen, self.library, builtin=False) if chosen else None)
        elif action in ("show", "run"):
            self.show()
        elif action == "reload-reminders":
            self.reload_reminders()
