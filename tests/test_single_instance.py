"""The single-instance socket against other local users and against hostile requests.

Another user (``nobody``) squats every socket name it can compute; Stretch Timer must neither
hand its request to it nor fail to open. A running app must not freeze on a FIFO named in a
request. The squatting tests need root, to act as ``nobody``.
"""

from __future__ import annotations

import getpass
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretchtimer import handover

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
as_nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "/usr/bin/python3", "-c"]
needs_root = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"),
                                reason="acting as another local user (nobody) needs root and setpriv")

# Listens on every path given, answers "ok" like Stretch Timer, and logs what it is told.
SQUATTER = r"""
import os, socket, sys, select
log = sys.argv[1]
servers = []
for path in sys.argv[2:]:
    s = socket.socket(socket.AF_UNIX); s.bind(path); os.chmod(path, 0o777); s.listen(); servers.append(s)
open(log + ".ready", "w").close()
while True:
    for s in select.select(servers, [], [])[0]:
        c, _ = s.accept(); c.settimeout(2)
        try:
            data = c.recv(65536); c.sendall(b"ok\n")
        except OSError:
            data = b""
        with open(log, "ab") as out:
            out.write(data or b"(connected)\n")
        c.close()
"""


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder like /tmp: anyone may create in it (sticky), reachable by nobody."""
    folder = Path(tempfile.mkdtemp(prefix="st-shared-", dir="/tmp"))
    folder.chmod(0o1777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def short_home() -> Iterator[Path]:
    """A home with a short path: a Unix socket's whole path must fit in 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="st-home-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _app_env(home: Path, shared: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env.update(TMPDIR=str(shared), QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def _squat(shared: Path, config_dir: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """nobody takes the old socket name in the shared folder and our fallback folder's name."""
    theirs = shared / "theirs"
    fallback = shared / f"stretchtimer-{os.getuid()}"  # where we would make our private folder
    for folder in (theirs, fallback):
        subprocess.run([*as_nobody, f"import os; os.mkdir({str(folder)!r}, 0o777)"], check=True)
    old = shared / f"stretchtimer-{getpass.getuser()}-{zlib.crc32(str(config_dir).encode()):08x}"
    new = fallback / handover.server_name(config_dir)
    log = theirs / "heard.log"
    squatter = subprocess.Popen([*as_nobody, SQUATTER, str(log), str(old), str(new)])
    for _ in range(100):
        if Path(str(log) + ".ready").exists():
            break
        time.sleep(0.05)
    else:
        squatter.kill()
        raise AssertionError("the squatter never listened")
    return squatter, log


@needs_root
def test_another_users_socket_is_refused_and_the_app_opens_its_own_window(
        short_home: Path, shared_tmp: Path) -> None:
    tmp_path = short_home
    env = _app_env(tmp_path, shared_tmp)
    squatter, log = _squat(shared_tmp, tmp_path / "config" / "stretchtimer")
    try:
        app = subprocess.Popen([sys.executable, "-m", "stretchtimer"], env=env, cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            # It opens its own window and listens in its own settings folder instead...
            own = tmp_path / "config" / "stretchtimer" / "run" / handover.server_name(
                tmp_path / "config" / "stretchtimer")
            for _ in range(200):
                if own.exists() or app.poll() is not None:
                    break
                time.sleep(0.05)
            assert app.poll() is None, app.communicate()[0]
            # ...where a second launch finds it.
            second = subprocess.run([sys.executable, "-m", "stretchtimer"], env=env, cwd=REPO,
                                    capture_output=True, text=True, timeout=20)
            assert "already running" in second.stdout and second.returncode == 0, second
        finally:
            app.terminate()
            output = app.communicate(timeout=20)[0]
        assert "already running" not in output
        assert not log.exists(), log.read_bytes()  # the squatter heard nothing, not even a connection
    finally:
        squatter.kill()
        squatter.wait()


@needs_root
def test_peer_credentials_are_checked_on_both_sides(qtbot, shared_tmp: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtNetwork import QLocalServer

    from stretchtimer.platform.instance import Instance

    # The client side: a socket of nobody's, even where we look, is told nothing.
    squatter, log = _squat(shared_tmp, Path("/nowhere"))
    try:
        old = next(p for p in shared_tmp.iterdir() if p.name.startswith("stretchtimer-root-"))
        assert handover.tell_running_app({"action": "run", "file": "/home/me/secret.yaml"}, str(old)) is False
        time.sleep(0.3)
        assert not log.exists() or b"secret" not in log.read_bytes()
    finally:
        squatter.kill()
        squatter.wait()
    # The server side: a socket anyone may reach (as an old Qt or a bad umask could leave it)
    # still takes nothing from another user.
    server = Instance(str(shared_tmp / "open.sock"))
    server._server.setSocketOptions(QLocalServer.SocketOption.WorldAccessOption)
    assert server.listen()
    heard: list[dict[str, str]] = []
    server.requested.connect(heard.append)
    client = ("import socket, sys; s = socket.socket(socket.AF_UNIX); s.settimeout(3);"
              "s.connect(sys.argv[1]);"
              "s.sendall(b'{\"action\": \"run\", \"file\": \"/tmp/evil.yaml\"}\\n');"
              "print(s.recv(16))")
    result = subprocess.Popen([*as_nobody, client, str(shared_tmp / "open.sock")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: result.poll() is not None, timeout=10000)
    qtbot.wait(200)
    out, _err = result.communicate()
    assert heard == []
    assert "ok" not in out


def test_the_socket_folder_is_private(short_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = short_home
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    config = tmp_path / "config" / "stretchtimer"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert handover.socket_dir(config) == str(runtime)
    runtime.chmod(0o755)  # not the private runtime folder the spec promises: not used
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    fallback = tmp_path / f"stretchtimer-{os.getuid()}"
    assert handover.socket_dir(config) == str(fallback)
    assert stat.S_IMODE(fallback.stat().st_mode) == 0o700
    fallback.chmod(0o777)  # opened up by someone: refused, our own settings folder serves instead
    own = config / "run"
    assert handover.socket_dir(config) == str(own)
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    fallback.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    fallback.symlink_to(elsewhere)  # a link planted in its place: refused too
    assert handover.socket_dir(config) == str(own)
    own.chmod(0o755)
    assert handover.socket_dir(config) is None  # nowhere private: no hand-over, the app runs on its own
    own.chmod(0o700)
    assert handover.socket_dir(tmp_path / ("deep" * 30)) is None  # no socket path would fit there


def test_a_run_request_names_an_absolute_path_or_nothing(tmp_path: Path) -> None:
    good = tmp_path / "evening.yaml"
    assert handover.requested_file({"action": "run", "file": str(good)}) == good
    for hostile in ("evening.yaml", "../evening.yaml", "/a\0b", "", 7, None, ["/x"]):
        assert handover.requested_file({"action": "run", "file": hostile}) is None, hostile


def test_a_fifo_named_in_a_request_does_not_freeze_the_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_RUNTIME_DIR": str(tmp_path / "run"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    (tmp_path / "run").mkdir(mode=0o700)
    fifo = tmp_path / "stuck.yaml"
    os.mkfifo(fifo)
    app = subprocess.Popen([sys.executable, "-m", "stretchtimer"], env=env, cwd=REPO,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    path = str(tmp_path / "run" / handover.server_name(tmp_path / "config" / "stretchtimer"))
    try:
        for _ in range(200):
            if os.path.exists(path):
                break
            time.sleep(0.05)
        for hostile in (str(fifo), "/dev/zero"):
            assert handover.tell_running_app({"action": "run", "file": hostile}, path)
        time.sleep(0.5)
        assert handover.tell_running_app({"action": "show"}, path)  # still answering: not stuck on the FIFO
    finally:
        app.terminate()
        app.wait(timeout=20)
