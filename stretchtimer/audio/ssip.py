"""The desktop's speech service, speech-dispatcher, over its SSIP socket.

Speaking through it uses the voice, synthesiser and rate the person chose for their desktop
(Orca speaks through it too), and reads any text, names users wrote included.
Every call comes from the speech queue with its lock held, so one socket serves them all.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import socket
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path

from stretchtimer.audio.speech import Utterance

CLIENT = "user:stretchtimer:coach"
TIMEOUT = 2.0  # seconds to wait for an answer from the service
SPAWN_WAIT = 10.0  # seconds to wait for a service started here to listen (a busy machine
# starting it the first time takes seconds; only the speech thread waits)


def socket_path(environ: Mapping[str, str]) -> Path:
    """Where speech-dispatcher listens: SPEECHD_ADDRESS ("unix_socket:PATH"), else its default."""
    address = environ.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.split(":", 1)[1])
    runtime = environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    return Path(runtime) / "speech-dispatcher" / "speechd.sock"


def listening(path: Path) -> bool:
    """Whether a service answers at ``path`` (a socket file can outlive its service)."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.settimeout(TIMEOUT)
        probe.connect(str(path))
        return True
    except OSError:
        return False
    finally:
        probe.close()


def spawn(path: Path) -> None:
    """Start the service as its own clients do (it exits at once when one already runs)."""
    program = shutil.which("speech-dispatcher")
    if program is None:
        return
    try:
        subprocess.run([program, "--spawn", "--communication-method", "unix_socket",
                        "--socket-path", str(path)], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=SPAWN_WAIT,
                       check=False)
    except (OSError, subprocess.SubprocessError):
        return
    deadline = time.monotonic() + SPAWN_WAIT
    while not listening(path) and time.monotonic() < deadline:
        time.sleep(0.05)


class SSIPError(OSError):
    pass


class SpeechDispatcherVoice:
    """Speaks with speech-dispatcher in ``language``; ``available`` False (with why) if it cannot."""

    def __init__(self, path: Path, language: str) -> None:
        self.available = False
        self.reason = ""
        self._buffer = b""
        self._message: str | None = None  # id of the message being spoken
        self._since = 0.0
        self._longest = 0.0  # seconds after which the message is taken as said
        self._sock: socket.socket | None = None
        try:
            self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self._sock.settimeout(TIMEOUT)
            self._sock.connect(str(path))
            for command in (f"SET SELF CLIENT_NAME {CLIENT}", "SET SELF NOTIFICATION ALL on",
                            f"SET SELF LANGUAGE {language}", "SET SELF PRIORITY message"):
                self._command(command)
            modules = self._command("LIST OUTPUT_MODULES")
            if not modules[:-1]:
                raise SSIPError("speech-dispatcher has no speech synthesiser")
            self.available = True
        except (OSError, ValueError) as exc:
            self.reason = f"speech-dispatcher could not be used ({exc})"
            self.close()

    # --- the protocol: a command line, answered by lines "NNN-..." ending with "NNN ..." --------
    def _line(self, wait: float | None) -> str | None:
        assert self._sock is not None
        while b"\r\n" not in self._buffer:
            if wait is not None:
                ready, _, _ = select.select([self._sock], [], [], wait)
                if not ready:
                    return None
            chunk = self._sock.recv(4096)
            if not chunk:
                raise SSIPError("speech-dispatcher closed the connection")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\r\n", 1)
        return line.decode("utf-8", "replace")

    def _reply(self) -> list[str]:
        """The next answer to a command; events (7xx) met on the way are taken note of."""
        lines: list[str] = []
        while True:
            line = self._line(TIMEOUT)
            if line is None:
                raise SSIPError("speech-dispatcher did not answer")
            if line.startswith("7"):
                self._event(line)
                continue
            lines.append(line[4:])
            if line[3:4] == " ":
                if not line.startswith("2"):
                    raise SSIPError(line)
                return lines

    def _event(self, line: str) -> None:
        if line[3:4] == " " and line[:3] in ("702", "703"):  # END, CANCELED
            self._message = None

    def _command(self, command: str) -> list[str]:
        assert self._sock is not None
        self._sock.sendall(command.encode("utf-8") + b"\r\n")
        return self._reply()

    # --- Voice --------------------------------------------------------------------------------
    def start(self, utterance: Utterance) -> None:
        if not self.available or not utterance.text:
            return
        try:
            self._command("SPEAK")
            lines = [("." + line) if line.startswith(".") else line
                     for line in utterance.text.splitlines()]
            assert self._sock is not None
            self._sock.sendall(("\r\n".join(lines) + "\r\n.\r\n").encode("utf-8"))
            answer = self._reply()
            self._message = answer[0] if len(answer) > 1 else "?"
            self._since = time.monotonic()
            self._longest = 3 + 0.15 * len(utterance.text)
        except (OSError, AssertionError) as exc:
            self._fail(exc)

    def speaking(self) -> bool:
        if self._message is None or self._sock is None:
            return False
        # A message the service never reports on (no sound output there) ends after a while.
        if time.monotonic() - self._since > self._longest:
            self._message = None
            return False
        try:
            while self._message is not None:
                line = self._line(0.0)
                if line is None:
                    break
                if line.startswith("7"):
                    self._event(line)
        except OSError as exc:
            self._fail(exc)
        return self._message is not None

    def stop(self) -> None:
        if self._message is None or not self.available:
            return
        try:
            self._command("STOP SELF")
        except OSError as exc:
            self._fail(exc)
        self._message = None

    def set_rate(self, rate: int) -> None:
        self._set(f"SET SELF RATE {max(-100, min(100, rate))}")

    def set_volume(self, percent: int) -> None:
        self._set(f"SET SELF VOLUME {max(0, min(100, percent)) * 2 - 100}")

    def _set(self, command: str) -> None:
        if self.available:
            try:
                self._command(command)
            except OSError as exc:
                self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        self.available = False
        self.reason = f"speech-dispatcher stopped answering ({exc})"
        self._message = None

    def close(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.sendall(b"QUIT\r\n")
            self._sock.close()
            self._sock = None
