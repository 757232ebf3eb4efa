"""A stand-in notification service for the tests: records Notify calls, answers with actions."""

from __future__ import annotations

import json
import sys

from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def main(address: str, action: str) -> None:
    connection = open_dbus_connection(bus=address)
    connection.send_and_get_reply(message_bus.RequestName(SERVICE))
    print("ready", flush=True)
    while True:
        message = connection.receive()
        if message.header.message_type is not MessageType.method_call:
            continue
        if message.header.fields.get(HeaderFields.member) != "Notify":
            continue
        signature = message.header.fields.get(HeaderFields.signature)
        print(json.dumps({"signature": signature, "body": list(message.body)}), flush=True)
        connection.send(new_method_return(message, "u", (7,)))
        emitter = DBusAddress(PATH, interface=SERVICE)
        connection.send(new_signal(emitter, "ActionInvoked", "us", (7, action)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
