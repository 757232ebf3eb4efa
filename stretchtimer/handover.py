"""Where a running Stretch Timer listens, and a Qt-free way for the command line to tell it."""

from __future__ import annotations

import getpass
import os
import zlib
from pathlib import Path
from typing import Any

from stretchtimer.core.places import Places


def server_name(config_dir: Path | None = None) -> str:
    """One name per user and settings folder, so a relocated profile runs on its own."""
    folder = str(config_dir or Places.from_environment().config_dir)
    return f"stretchtimer-{getpass.getuser()}-{zlib.crc32(folder.encode()):08x}"


def tell_running_app(request: dict[str, Any], name: str | None = None) -> bool:
    """Send ``request`` to a running instance over its local socket; False when none listens.

    This is the socket QLocalServer makes on Unix (in TMPDIR, else /tmp).
    """
    path = os.path.join(os.environ.get("TMPDIR") or "/tmp", name or server_name())
    if not os.path.exists(path):
        return False  # nobody listens: the usual case, answered without loading the socket code
    import json
    import socket

    if not hasattr(socket, "AF_UNIX"):
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(1.5)
            connection.connect(path)
            connection.sendall(json.dumps(request).encode("utf-8") + b"\n")
            connection.recv(16)  # the answer says it was taken
    except OSError:
        return False
    return True
