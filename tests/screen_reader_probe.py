"""What a screen reader hears from Stretch Timer, printed as JSON (run with the system python3).

Listens for announcements over AT-SPI while the app runs a routine, then walks the app's
accessible tree: each control's role, name and description, and the text of its labels.
Usage: /usr/bin/python3 tests/screen_reader_probe.py SECONDS  (the app is started beside it)
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAMES = ("stretchtimer", "Stretch Timer", "python3", "python")


def find_app():  # type: ignore[no-untyped-def]
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        for window in app:
            if window is not None and "Stretch Timer" in (window.name or ""):
                return app
    return None


def walk(node, depth=0, out=None):  # type: ignore[no-untyped-def]
    out = [] if out is None else out
    if node is None or depth > 40:
        return out
    try:
        role = node.getRoleName()
        entry = {"role": role, "name": node.name or "", "description": node.description or ""}
        states = node.getState()
        entry["showing"] = states.contains(pyatspi.STATE_SHOWING)
        entry["focusable"] = states.contains(pyatspi.STATE_FOCUSABLE)
        try:
            text = node.queryText()
            entry["text"] = text.getText(0, text.characterCount)
        except NotImplementedError:
            pass
        out.append(entry)
        for child in node:
            walk(child, depth + 1, out)
    except Exception as exc:  # a node that went away while walking
        out.append({"role": "gone", "error": str(exc)})
    return out


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 8
    heard: list[str] = []

    def on_announcement(event) -> None:  # type: ignore[no-untyped-def]
        heard.append(str(event.any_data))

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    started = time.monotonic()
    result: dict = {}

    def finish() -> bool:
        app = find_app()
        if app is None and time.monotonic() - started < seconds + 20:
            return True  # keep waiting for the window
        result["tree"] = walk(app) if app is not None else []
        pyatspi.Registry.stop()
        return False

    GLib.timeout_add(int(seconds * 1000), finish)
    pyatspi.Registry.start()
    result["announcements"] = heard
    print(json.dumps(result))


if __name__ == "__main__":
    main()
