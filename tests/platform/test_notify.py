"""Notifications go over a real session bus with a uint32 id and Start/Snooze actions."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretchtimer.platform.notify import DesktopNotifier

HERE = Path(__file__).resolve().parent


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)
    daemon.stdout.close()


@pytest.fixture
def notifications(session_bus: str) -> Iterator[subprocess.Popen[str]]:
    """A fake notification service on the session bus; its stdout reports each call as JSON."""
    server = subprocess.Popen([sys.executable, str(HERE / "fake_notifications.py"), session_bus, "start"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        yield server
    finally:
        server.terminate()
        server.wait(timeout=5)
        if server.stdout is not None:
            server.stdout.close()


def test_notify_sends_typed_arguments_and_hears_the_action(qtbot, notifications) -> None:  # type: ignore[no-untyped-def]
    notifier = DesktopNotifier()
    assert notifier.available, notifier.reason
    with qtbot.waitSignal(notifier.action_invoked, timeout=5000) as heard:
        ident = notifier.notify("Stretch Timer", "Time for your Evening routine.",
                                [("start", "Start"), ("snooze", "Snooze")])
    assert ident == 7
    call = json.loads(notifications.stdout.readline())
    assert call["signature"] == "susssasa{sv}i"
    app, replaces, _icon, title, body, actions, _hints, timeout = call["body"]
    assert (app, replaces, title, timeout) == ("Stretch Timer", 0, "Stretch Timer", -1)
    assert body == "Time for your Evening routine."
    assert actions == ["start", "Start", "snooze", "Snooze"]
    assert heard.args == [7, "start"]
    notifier.close()


def test_a_routine_name_in_the_body_is_text_not_markup(qtbot, notifications) -> None:  # type: ignore[no-untyped-def]
    notifier = DesktopNotifier()
    notifier.notify("Stretch Timer", "Time for your <img src=/etc/passwd> & more.", [])
    body = json.loads(notifications.stdout.readline())["body"][4]
    assert body == "Time for your &lt;img src=/etc/passwd&gt; &amp; more."
    notifier.close()


def test_no_notification_service_means_not_available(qapp, session_bus: str) -> None:  # type: ignore[no-untyped-def]
    notifier = DesktopNotifier()
    assert not notifier.available
    assert notifier.reason == "no notification service is running"
    assert notifier.notify("x", "y", []) is None
    notifier.close()


def test_no_session_bus_means_not_available(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    notifier = DesktopNotifier()
    assert not notifier.available and "session bus" in notifier.reason
