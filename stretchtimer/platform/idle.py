"""How long the desktop session has been idle, from the desktop itself (no input devices read).

Sources, tried in this order: GNOME's Mutter IdleMonitor and org.freedesktop.ScreenSaver
over the session bus, then the X server's MIT-SCREEN-SAVER extension (libXss through
ctypes). Where none answers, ``NullIdle`` says idle time is unknown and desk breaks say
they are unavailable. Each source is asked only when the rules need a look.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Mapping
from typing import Any, Protocol

from stretchtimer.platform.native import open_library

MUTTER = ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
          "org.gnome.Mutter.IdleMonitor", "GetIdletime")
SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
               "org.freedesktop.ScreenSaver", "GetSessionIdleTime")


class IdleSource(Protocol):
    """Seconds since the last input in this session; None when it cannot be told now."""

    name: str

    def idle_seconds(self) -> float | None: ...

    def close(self) -> None: ...


class NullIdle:
    name = ""

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass


class SessionBus:
    """One session-bus connection for plain method calls; any failure reads as None."""

    def __init__(self) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self._connection: Any = open_dbus_connection(bus="SESSION")

    def has_owner(self, name: str) -> bool:
        from jeepney import message_bus

        reply = self._connection.send_and_get_reply(message_bus.NameHasOwner(name), timeout=2)
        return bool(reply.body and reply.body[0])

    def call(self, service: str, path: str, interface: str, method: str,
             signature: str | None = None, body: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        from jeepney import DBusAddress, MessageFlag, MessageType, new_method_call

        message = new_method_call(DBusAddress(path, bus_name=service, interface=interface),
                                  method, signature, body)
        message.header.flags |= MessageFlag.no_auto_start  # asking must not start a service
        try:
            reply = self._connection.send_and_get_reply(message, timeout=2)
        except Exception:  # the bus went away or the call timed out: unknown for now
            return None
        if reply.header.message_type is not MessageType.method_return:
            return None
        return tuple(reply.body)

    def close(self) -> None:
        self._connection.close()


class BusIdle:
    """Idle time from a D-Bus method returning milliseconds (Mutter; KDE's ScreenSaver answers
    with KIdleTime's milliseconds, and with an error under Wayland, where it cannot tell)."""

    def __init__(self, bus: SessionBus, target: tuple[str, str, str, str], name: str) -> None:
        self.name = name
        self._bus = bus
        self._target = target

    def idle_seconds(self) -> float | None:
        body = self._bus.call(*self._target)
        if not body or not isinstance(body[0], int):
            return None
        return body[0] / 1000

    def close(self) -> None:
        self._bus.close()


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("event_mask", ctypes.c_ulong)]


class X11Idle:
    """The X server's own idle counter (MIT-SCREEN-SAVER), over a connection of its own."""

    name = "x11"

    def __init__(self, display_name: str) -> None:
        x11, xss = open_library("libX11.so.6", "X11"), open_library("libXss.so.1", "Xss")
        if x11 is None or xss is None:
            raise OSError("libX11 or libXss is missing")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                   ctypes.POINTER(ctypes.c_int)]
        xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                              ctypes.POINTER(_XScreenSaverInfo)]
        self._x11, self._xss = x11, xss
        self._display = x11.XOpenDisplay(display_name.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display_name}")
        event, error = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(self._display, ctypes.byref(event), ctypes.byref(error)):
            self.close()
            raise OSError("the X server has no MIT-SCREEN-SAVER extension")
        self._root = x11.XDefaultRootWindow(self._display)
        self._info = _XScreenSaverInfo()

    def idle_seconds(self) -> float | None:
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, ctypes.byref(self._info)):
            return None
        return float(self._info.idle) / 1000

    @property
    def display(self) -> Any:
        """The Xlib connection (for the full-screen check)."""
        return self._display

    def close(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None


def _bus_source() -> IdleSource | None:
    try:
        bus = SessionBus()
    except Exception:  # no session bus here
        return None
    for target, name in ((MUTTER, "gnome"), (SCREENSAVER, "screensaver")):
        try:
            if bus.has_owner(target[0]):
                source = BusIdle(bus, target, name)
                if source.idle_seconds() is not None:
                    return source
        except Exception:
            break
    bus.close()
    return None


def open_idle_source(environ: Mapping[str, str] | None = None) -> IdleSource:
    """The first source that answers in this session, or a NullIdle."""
    env = os.environ if environ is None else environ
    source = _bus_source()
    if source is not None:
        return source
    # Under Wayland, XWayland's counter sees only input to X windows: better unavailable than wrong.
    if env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        try:
            return X11Idle(env["DISPLAY"])
        except OSError:
            pass
    return NullIdle()
