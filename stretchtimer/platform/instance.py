"""One running Stretch Timer per user: a second launch hands its request over and exits.

Whatever connects is held to a few kilobytes and a second and a half, must be this user's,
and is closed and freed when done, so no local process can freeze or wear down the window.
"""

from __future__ import annotations

import json
import os
import socket as sockets
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from stretchtimer.handover import MAX_REQUEST, TIMEOUT_S, is_ours, server_name, socket_path

TIMEOUT_MS = int(TIMEOUT_S * 1000)
MAX_CONNECTIONS = 8  # at once; a launch needs one for a moment
RELISTEN_MS = 2000  # Qt stops listening for good when accepting fails (too many open files)


def default_name() -> str | None:
    """A socket path in a private folder on Unix (None when there is none), a pipe name on Windows."""
    return socket_path() if os.name == "posix" else server_name()


def hand_over(request: dict[str, Any], name: str | None = None) -> bool:
    """Send ``request`` to a running instance; False when none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name or default_name() or "")
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    if os.name == "posix" and not is_ours(int(socket.socketDescriptor())):
        socket.abort()
        return False
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.waitForReadyRead(TIMEOUT_MS)  # the answer says it was taken
    socket.disconnectFromServer()
    return True


def _stale(path: str) -> bool:
    """A socket file nobody listens on any more (left by a crash); False when unsure."""
    if os.name != "posix" or not os.path.isabs(path):
        return True  # Qt's own names: removeServer only clears what is left behind
    try:
        with sockets.socket(sockets.AF_UNIX, sockets.SOCK_STREAM) as probe:
            probe.settimeout(TIMEOUT_S)
            probe.connect(path)
    except (ConnectionRefusedError, FileNotFoundError):
        return True
    except OSError:
        return False
    return False  # someone listens: leave it be


class Instance(QObject):
    """Listens for requests from later launches: {"action": "show" | "run" | "tray", ...}."""

    requested = Signal(dict)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or default_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._watch = QTimer(self)
        self._watch.setInterval(RELISTEN_MS)
        self._watch.timeout.connect(self._keep_listening)

    def listen(self) -> bool:
        if not self.name:
            return False  # no private place for the socket: run on our own
        self._watch.start()
        return self._listen()

    def _listen(self) -> bool:
        assert self.name
        if self._server.listen(self.name):
            return True
        if _stale(self.name):
            QLocalServer.removeServer(self.name)  # left behind by a crash
        return self._server.listen(self.name)

    def _keep_listening(self) -> None:
        if not self._server.isListening():
            self._listen()

    def connections(self) -> int:
        """Connections not yet freed (Qt keeps them as the server's children until deleted)."""
        return len(self._server.findChildren(QLocalSocket))

    def _accept(self) -> None:
        # Only Qt's own slots end the sockets, so nothing of ours runs while they are destroyed.
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            if self.connections() > MAX_CONNECTIONS or (
                    os.name == "posix" and not is_ours(int(socket.socketDescriptor()))):
                socket.abort()  # too many at once, or another user's process
                socket.deleteLater()
                continue
            socket.readyRead.connect(self._ready)  # no Python reference to the socket is kept
            deadline = QTimer(socket)  # too slow to say what it wants: cut off
            deadline.setSingleShot(True)
            deadline.timeout.connect(socket.deleteLater)  # which closes it
            deadline.start(TIMEOUT_MS)

    def _ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)  # too slow to say what it wants

    def _read(self, socket: QLocalSocket) -> None:
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_REQUEST:
                socket.abort()
            return
        line = bytes(socket.readLine(MAX_REQUEST + 1).data())
        if len(line) > MAX_REQUEST or not line.endswith(b"\n"):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()  # sends the answer first; `disconnected` then frees it
        try:
            request = json.loads(line.decode("utf-8", "replace"))
        except ValueError:
            return
        if isinstance(request, dict):
            self.requested.emit(request)
