"""Desktop notifications through org.freedesktop.Notifications, with Start and Snooze actions.

jeepney speaks D-Bus here because Notify needs a uint32 argument that PySide6's
QDBusInterface cannot send. A listener thread hears ActionInvoked and hands it to
Qt through a signal.
"""

from __future__ import annotations

import contextlib
import html
import threading
from typing import Any

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import QObject, Signal

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class DesktopNotifier(QObject):
    """Sends notifications; ``available`` is False (with ``reason``) when no service answers."""

    action_invoked = Signal(int, str)  # notification id, action key

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = False
        self.reason = ""
        self._connection: Any = None
        self._listen_connection: Any = None
        try:
            self._connection = open_dbus_connection(bus="SESSION")
            reply = self._connection.send_and_get_reply(
                message_bus.NameHasOwner(SERVICE), timeout=2)
            if not reply.body[0]:
                self.reason = "no notification service is running"
                return
        except Exception as exc:  # no session bus, refused, timed out: all mean "use the tray"
            self.reason = f"the session bus is not reachable ({exc})"
            self.close()
            return
        self.available = True
        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        self._listening = threading.Event()
        self._listener = threading.Thread(target=self._listen, name="notifications", daemon=True)
        self._listener.start()
        self._listening.wait(2)  # so an action right after the first notification is heard

    def notify(self, title: str, body: str, actions: list[tuple[str, str]], icon: str = "") -> int | None:
        """Show a notification; returns its id, or None when it could not be sent."""
        if not self.available:
            return None
        flat = [part for key, label in actions for part in (key, label)]
        # The body may be read as markup by the server: a routine's name is text, never tags.
        text = html.escape(body, quote=False)
        message = new_method_call(self._address, "Notify", "susssasa{sv}i",
                                  ("Stretch Timer", 0, icon, title, text, flat,
                                   {"urgency": ("y", 1), "desktop-entry":
                                    ("s", "io.github.stretchtimer.StretchTimer")}, -1))
        try:
            reply = self._connection.send_and_get_reply(message, timeout=2)
        except Exception as exc:
            self.available = False
            self.reason = f"the notification service stopped answering ({exc})"
            return None
        return int(reply.body[0]) if reply.body else None

    def _listen(self) -> None:
        try:
            connection = self._listen_connection = open_dbus_connection(bus="SESSION")
        except Exception:
            self._listening.set()
            return
        try:
            rule = MatchRule(type="signal", interface=SERVICE, member="ActionInvoked", path=PATH)
            connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=2)
            with connection.filter(rule) as queue:
                self._listening.set()
                while True:
                    signal = connection.recv_until_filtered(queue)
                    ident, key = signal.body
                    self.action_invoked.emit(int(ident), str(key))
        except Exception:
            self._listening.set()  # the bus went away: notifications stop offering actions
        finally:
            connection.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._listen_connection is not None:
            with contextlib.suppress(OSError):
                self._listen_connection.sock.shutdown(2)  # wakes the listener, which closes it
            self._listener.join(timeout=2)
            self._listen_connection = None

