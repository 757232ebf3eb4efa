"""The reminder timer is re-armed when logind says the machine woke up."""

from __future__ import annotations

import ctypes
import subprocess
import sys
import time

import pytest

from stretchtimer.platform.wakeups import (
    TFD_TIMER_ABSTIME,
    TFD_TIMER_CANCEL_ON_SET,
    ClockWatch,
    _Itimerspec,
    _Timespec,
)

EMIT = """
import sys, time
from jeepney import DBusAddress, message_bus, new_signal
from jeepney.io.blocking import open_dbus_connection
connection = open_dbus_connection(bus=sys.argv[1])
where = DBusAddress("/org/freedesktop/login1", interface="org.freedesktop.login1.Manager")
connection.send(new_signal(where, "PrepareForSleep", "b", (True,)))
connection.send(new_signal(where, "PrepareForSleep", "b", (False,)))
time.sleep(0.2)
connection.close()
"""


def test_resume_from_sleep_is_reported(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
    try:
        watch = ClockWatch()
        assert watch.wait_ready()
        heard: list[str] = []
        watch.jumped.connect(heard.append)
        with qtbot.waitSignal(watch.jumped, timeout=5000):
            subprocess.run([sys.executable, "-c", EMIT, address], check=True, timeout=10)
        qtbot.wait(100)
        assert heard == ["resume"]  # going to sleep says nothing; waking up does
        watch.close()
    finally:
        daemon.terminate()
        daemon.wait(timeout=5)
        daemon.stdout.close()


def test_without_a_system_bus_a_clock_change_is_reported(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/system_bus")
    watch = ClockWatch()
    try:
        assert watch.wait_ready()  # the sleep watch has given up
        # Setting the wall clock needs privileges; instead the watch's own timerfd is made to fire
        # soon, which wakes the same notifier and handler a clock change (ECANCELED) does.
        soon = _Itimerspec(_Timespec(0, 0), _Timespec(int(time.time()) + 1, 0))
        assert watch._libc.timerfd_settime(watch._fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET,
                                           ctypes.byref(soon), None) == 0
        with qtbot.waitSignal(watch.jumped, timeout=5000) as heard:
            pass
        assert heard.args == ["clock"]
        left = _Itimerspec()
        assert watch._libc.timerfd_gettime(watch._fd, ctypes.byref(left)) == 0
        assert left.it_value.tv_sec > 10**9  # armed again, far off, to hear the next change
    finally:
        watch.close()
