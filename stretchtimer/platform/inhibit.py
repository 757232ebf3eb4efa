"""Whether the desktop asks not to be disturbed now: a full-screen window, an idle inhibitor
(presentations, calls and videos take one), or Do Not Disturb where the desktop exposes it.

Asked only when a desk break is due. Each check that cannot be made counts as "not busy":
a break suggested during a call is a nuisance, but one never suggested is a broken feature.
"""

from __future__ import annotations

import ctypes
from typing import Any, Protocol

from stretchtimer.platform.idle import SessionBus
from stretchtimer.platform.native import open_library

FULLSCREEN, INHIBITED, DO_NOT_DISTURB = "fullscreen", "inhibited", "do-not-disturb"
GSM_INHIBIT_IDLE = 8  # org.gnome.SessionManager's flag for "do not mark the session idle"
PROPERTIES = "org.freedesktop.DBus.Properties"

# (service, path, interface, method, signature, body): a True answer means "inhibited".
INHIBIT_CALLS: tuple[tuple[str, str, str, str, str | None, tuple[Any, ...]], ...] = (
    ("org.gnome.SessionManager", "/org/gnome/SessionManager", "org.gnome.SessionManager",
     "IsInhibited", "u", (GSM_INHIBIT_IDLE,)),
    ("org.freedesktop.PowerManagement", "/org/freedesktop/PowerManagement/Inhibit",
     "org.freedesktop.PowerManagement.Inhibit", "HasInhibit", None, ()),
)
# Properties that say Do Not Disturb is on: KDE Plasma's, and dunst's "paused".
DND_PROPERTIES = (
    ("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
     "org.freedesktop.Notifications", "Inhibited"),
    ("org.freedesktop.Notifications", "/org/freedesktop/Notifications", "org.dunstproject.cmd0", "paused"),
)


class Inhibitors(Protocol):
    def busy(self) -> str:
        """Why a break must wait now (FULLSCREEN, INHIBITED, DO_NOT_DISTURB), or ""."""
        ...

    def close(self) -> None: ...


class NullInhibitors:
    def busy(self) -> str:
        return ""

    def close(self) -> None:
        pass


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


@_ERROR_HANDLER
def _ignore_x_errors(_display: Any, _event: Any) -> int:
    return 0


class X11Fullscreen:
    """Whether the active window is full screen, from the window manager's EWMH properties."""

    def __init__(self, display: Any) -> None:
        x11 = open_library("libX11.so.6", "X11")
        if x11 is None:
            raise OSError("libX11 is missing")
        x11.XInternAtom.restype = ctypes.c_ulong
        x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
            ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong))]
        x11.XFree.argtypes = [ctypes.c_void_p]
        x11.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
        x11.XSetErrorHandler.restype = ctypes.c_void_p
        # A window closed between the two reads is an X error, and Xlib's default handler
        # ends the process: report errors as a failed read instead. (Qt speaks xcb, not Xlib.)
        x11.XSetErrorHandler(_ignore_x_errors)
        self._x11, self._display = x11, display
        self._atoms = {name: x11.XInternAtom(display, name.encode(), 0) for name in
                       ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")}

    def _longs(self, window: int, atom: str) -> list[int]:
        kind, size, count, after = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ulong)()
        status = self._x11.XGetWindowProperty(
            self._display, window, self._atoms[atom], 0, 64, 0, 0, ctypes.byref(kind), ctypes.byref(size),
            ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data:
            return []
        try:
            return [data[i] for i in range(count.value)] if size.value == 32 else []
        finally:
            self._x11.XFree(data)

    def fullscreen(self) -> bool:
        active = self._longs(self._x11.XDefaultRootWindow(self._display), "_NET_ACTIVE_WINDOW")
        if not active or not active[0]:
            return False
        return self._atoms["_NET_WM_STATE_FULLSCREEN"] in self._longs(active[0], "_NET_WM_STATE")


class DesktopInhibitors:
    """The session bus's inhibitors and Do Not Disturb, and the X11 full-screen check."""

    def __init__(self, bus: SessionBus | None, fullscreen: X11Fullscreen | None) -> None:
        self._bus, self._fullscreen = bus, fullscreen

    def busy(self) -> str:
        if self._fullscreen is not None and self._fullscreen.fullscreen():
            return FULLSCREEN
        if self._bus is None:
            return ""
        for service, path, interface, method, signature, body in INHIBIT_CALLS:
            answer = self._bus.call(service, path, interface, method, signature, body)
            if answer and answer[0] is True:
                return INHIBITED
        for service, path, interface, name in DND_PROPERTIES:
            answer = self._bus.call(service, path, PROPERTIES, "Get", "ss", (interface, name))
            if answer and answer[0] == ("b", True):
                return DO_NOT_DISTURB
        return ""

    def close(self) -> None:
        if self._bus is not None:
            self._bus.close()
            self._bus = None


def open_inhibitors(x11_display: Any = None) -> Inhibitors:
    """Checks for this session; ``x11_display`` is an open Xlib connection, when there is one."""
    try:
        bus: SessionBus | None = SessionBus()
    except Exception:  # no session bus
        bus = None
    fullscreen = None
    if x11_display:
        try:
            fullscreen = X11Fullscreen(x11_display)
        except OSError:
            fullscreen = None
    if bus is None and fullscreen is None:
        return NullInhibitors()
    return DesktopInhibitors(bus, fullscreen)
