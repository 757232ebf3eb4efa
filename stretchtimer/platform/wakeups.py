"""Tells when the wall clock may have jumped: the machine woke from sleep, or the clock was set.

Single-shot timers count monotonic time, which stops during suspend, so the reminder
timer must be re-armed at these moments. Resume comes from logind's PrepareForSleep
signal on the system bus; a clock change from a Linux timerfd armed with
TFD_TIMER_CANCEL_ON_SET. Where either is missing the other still works.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import sys
import threading
from typing import Any

from jeepney import MatchRule, message_bus
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import QObject, QSocketNotifier, Signal

from stretchtimer.platform.native import open_library

LOGIN1 = "org.freedesktop.login1"


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


CLOCK_REALTIME = 0
TFD_TIMER_ABSTIME = 1
TFD_TIMER_CANCEL_ON_SET = 2
TFD_NONBLOCK = 0o4000
TFD_CLOEXEC = 0o2000000


class ClockWatch(QObject):
    """Emits ``jumped`` after a resume from sleep or a change of the wall clock."""

    jumped = Signal(str)  # "resume" or "clock"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fd = -1
        self._notifier: QSocketNotifier | None = None
        self._connection: Any = None
        self._watching = threading.Event()
        self._watch_clock()
        self._thread = threading.Thread(target=self._watch_sleep, name="sleep-watch", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = 2.0) -> bool:
        """Until the sleep watch listens (or gave up); start-up does not wait for it."""
        return self._watching.wait(timeout)

    # --- clock changes (Linux) ----------------------------------------------------
    def _watch_clock(self) -> None:
        if not sys.platform.startswith("linux"):
            return
        libc = open_library("libc.so.6", "c", use_errno=True)
        if libc is None:
            return
        fd = libc.timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC)
        if fd < 0:
            return
        self._libc, self._fd = libc, fd
        if not self._arm():
            os.close(fd)
            self._fd = -1
            return
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._clock_event)

    def _arm(self) -> bool:
        far = _Itimerspec(_Timespec(0, 0), _Timespec(2**40, 0))  # never expires: only cancels
        failed: int = self._libc.timerfd_settime(self._fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET,
                                                 ctypes.byref(far), None)
        return failed == 0

    def _clock_event(self) -> None:
        try:
            os.read(self._fd, 8)
        except OSError as exc:
            if exc.errno != errno.ECANCELED:
                return
        self._arm()
        self.jumped.emit("clock")

    # --- resume from sleep (logind) --------------------------------------------------
    def _watch_sleep(self) -> None:
        try:
            connection = self._connection = open_dbus_connection(bus="SYSTEM")
        except Exception:
            self._watching.set()
            return  # no system bus (a container, another OS): clock changes still count
        try:
            # No sender in the rule: the filter below compares it with logind's unique name.
            rule = MatchRule(type="signal", interface=f"{LOGIN1}.Manager",
                             member="PrepareForSleep", path="/org/freedesktop/login1")
            connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=2)
            with connection.filter(rule) as queue:
                self._watching.set()
                while True:
                    (going_to_sleep,) = connection.recv_until_filtered(queue).body
                    if not going_to_sleep:
                        self.jumped.emit("resume")
        except Exception:
            self._watching.set()
        finally:
            connection.close()

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.sock.shutdown(2)
            self._thread.join(timeout=2)
            self._connection = None
