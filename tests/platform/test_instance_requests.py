"""What connects to the running app's socket cannot freeze it, wear it down or shut it."""

from __future__ import annotations

import os
import resource
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from stretchtimer.platform.instance import Instance


@pytest.fixture
def server(qtbot, tmp_path: Path) -> Iterator[Instance]:  # type: ignore[no-untyped-def]
    instance = Instance(str(tmp_path / "app.sock"))
    assert instance.listen()
    yield instance
    instance.deleteLater()


def _client(server: Instance) -> socket.socket:
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.connect(server.name)
    return connection


def _answered(connection: socket.socket) -> bool:
    try:
        return connection.recv(16) == b"ok\n"
    except BlockingIOError:
        return False


def _open(server: Instance) -> int:
    """Connections the server still holds (each a QLocalSocket child until deleted)."""
    return len(server.findChildren(QLocalSocket))


def test_an_endless_request_is_cut_off(qtbot, server: Instance) -> None:  # type: ignore[no-untyped-def]
    heard: list[dict[str, str]] = []
    server.requested.connect(heard.append)
    connection = _client(server)
    connection.setblocking(False)
    sent = 0
    for _ in range(200):  # a megabyte with no end of line, as fast as it is taken
        try:
            sent += connection.send(b"x" * 8192)
        except BlockingIOError:
            qtbot.wait(10)
        except OSError:
            break  # the server closed it: what should happen
    qtbot.waitUntil(lambda: _open(server) == 0, timeout=3000)
    assert heard == [] and sent < 1 << 20
    connection.close()


def test_a_silent_connection_is_closed_and_freed(qtbot, server: Instance) -> None:  # type: ignore[no-untyped-def]
    connection = _client(server)
    qtbot.waitUntil(lambda: _open(server) == 1, timeout=2000)
    qtbot.waitUntil(lambda: _open(server) == 0, timeout=4000)  # after about a second and a half
    connection.settimeout(0.5)
    assert connection.recv(16) == b""  # closed from the server's side
    connection.close()


def test_every_finished_connection_is_freed(qtbot, server: Instance) -> None:  # type: ignore[no-untyped-def]
    heard: list[dict[str, str]] = []
    server.requested.connect(heard.append)
    for _ in range(50):
        connection = _client(server)
        connection.sendall(b'{"action": "show"}\n')
        connection.setblocking(False)
        qtbot.waitUntil(lambda c=connection: _answered(c), timeout=2000)  # type: ignore[misc]
        connection.close()
    qtbot.waitUntil(lambda: len(heard) == 50, timeout=3000)
    qtbot.waitUntil(lambda: _open(server) == 0, timeout=3000)


def test_running_out_of_file_descriptors_does_not_stop_the_server_for_good(
        qtbot, server: Instance) -> None:  # type: ignore[no-untyped-def]
    heard: list[dict[str, str]] = []
    server.requested.connect(heard.append)
    waiting = _client(server)  # in the backlog, to be accepted when the limit is reached
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    lowest_free = os.dup(0)
    os.close(lowest_free)
    resource.setrlimit(resource.RLIMIT_NOFILE, (lowest_free, hard))  # no new descriptor at all
    try:
        qtbot.wait(300)  # accepting now fails with EMFILE
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    waiting.close()

    def answered() -> bool:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            try:
                connection.connect(server.name or "")
                connection.sendall(b'{"action": "show"}\n')
            except OSError:
                return False  # not listening again yet
        return True

    qtbot.waitUntil(answered, timeout=5000)
    qtbot.waitUntil(lambda: heard == [{"action": "show"}], timeout=3000)


def test_a_request_is_taken_with_only_one_descriptor_to_spare(
        qtbot, server: Instance) -> None:  # type: ignore[no-untyped-def]
    """Checking who is at the other end needs no descriptor of its own."""
    heard: list[dict[str, str]] = []
    server.requested.connect(heard.append)
    client = _client(server)
    client.sendall(b'{"action": "show"}\n')
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    lowest_free = os.dup(0)
    os.close(lowest_free)
    resource.setrlimit(resource.RLIMIT_NOFILE, (lowest_free + 1, hard))  # room for the accepted one
    try:
        qtbot.waitUntil(lambda: heard == [{"action": "show"}], timeout=2000)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
        client.close()
