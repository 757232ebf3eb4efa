"""Idle time and the full-screen check read from a real X server (Xvfb), and the null versions."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest

from stretchtimer.platform.idle import NullIdle, X11Idle, open_idle_source
from stretchtimer.platform.inhibit import FULLSCREEN, NullInhibitors, X11Fullscreen, open_inhibitors


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    for tool in ("Xvfb", "xdpyinfo", "xdotool", "xprop"):
        assert shutil.which(tool), f"{tool} is needed: ./dev.sh test installs it"
    name = f":{os.environ.get('ST_TEST_DISPLAY') or 70 + os.getpid() % 9}"
    server = subprocess.Popen(["Xvfb", name, "-screen", "0", "640x480x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            if subprocess.run(["xdpyinfo", "-display", name], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        yield name
    finally:
        server.terminate()
        server.wait(timeout=5)


def x(display: str, *command: str) -> str:
    return subprocess.run(command, env={**os.environ, "DISPLAY": display}, check=True,
                          capture_output=True, text=True).stdout


@pytest.mark.slow
def test_x11_idle_time_grows_and_input_resets_it(display: str) -> None:
    source = X11Idle(display)
    try:
        x(display, "xdotool", "mousemove", "10", "10")
        first = source.idle_seconds()
        assert first is not None and first < 0.5
        time.sleep(0.6)
        later = source.idle_seconds()
        assert later is not None and later >= 0.5
        x(display, "xdotool", "mousemove", "20", "20")
        again = source.idle_seconds()
        assert again is not None and again < later
    finally:
        source.close()
    assert source.idle_seconds() is None  # closed: unknown, not a crash


@pytest.mark.slow
def test_without_a_session_bus_the_x_server_is_asked(display: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    source = open_idle_source({"DISPLAY": display})
    try:
        assert source.name == "x11" and source.idle_seconds() is not None
    finally:
        source.close()


def test_nothing_to_ask_gives_the_null_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    source = open_idle_source({})
    assert isinstance(source, NullIdle) and source.idle_seconds() is None
    assert isinstance(open_inhibitors(None), NullInhibitors)


@pytest.mark.slow
def test_under_wayland_xwayland_is_not_asked(display: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    source = open_idle_source({"DISPLAY": display, "WAYLAND_DISPLAY": "wayland-0"})
    assert isinstance(source, NullIdle)


@pytest.mark.slow
def test_an_active_full_screen_window_is_busy(display: str) -> None:
    source = X11Idle(display)
    try:
        check = X11Fullscreen(source.display)
        assert not check.fullscreen()  # no window manager: no active window
        wid = x(display, "xdotool", "search", "--maxdepth", "1", "--name", "").split()[0]
        x(display, "xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32i", "-set", "_NET_ACTIVE_WINDOW", "1")
        assert not check.fullscreen()  # an active window that is gone: not busy, and no crash
        x(display, "xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32i", "-set", "_NET_ACTIVE_WINDOW", wid)
        assert not check.fullscreen()
        x(display, "xprop", "-id", wid, "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE",
          "_NET_WM_STATE_FULLSCREEN")
        assert check.fullscreen()
        monkey_bus = open_inhibitors(source.display)
        try:
            assert monkey_bus.busy() == FULLSCREEN
        finally:
            monkey_bus.close()
    finally:
        source.close()
