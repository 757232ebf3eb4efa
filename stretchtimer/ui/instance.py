"""One running Stretch Timer per user: a second launch hands its request over and exits."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from stretchtimer.handover import server_name

TIMEOUT_MS = 1500


def hand_over(request: dict[str, Any], name: str | None = None) -> bool:
    """Send ``request`` to a running instance; False when none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.waitForReadyRead(TIMEOUT_MS)  # the answer says it was taken
    socket.disconnectFromServer()
    return True


class Instance(QObject):
    """Listens for requests from later launches: {"action": "show" | "run" | "tray", ...}."""

    requested = Signal(dict)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # left behind by a crash
        return self._server.listen(self.name)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        try:
            request = json.loads(line)
        except ValueError:
            return
        if isinstance(request, dict):
            self.requested.emit(request)
