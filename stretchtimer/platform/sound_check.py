"""Looks for a sound output once, on a worker thread, and tells the window on its own thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from stretchtimer.audio.device import output_available


class SoundCheck(QObject):
    """``checked(bool)`` arrives on the GUI thread once the answer is known."""

    checked = Signal(bool)

    def __init__(self, probe: Callable[[], bool] = output_available, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._probe = probe

    def start(self) -> None:
        # Opening a device can block (a busy or a networked one): never on the window's thread.
        threading.Thread(target=self._run, name="sound-check", daemon=True).start()

    def _run(self) -> None:
        try:
            found = self._probe()
        except Exception:  # a broken sound stack means no sound, not a crash
            found = False
        self.checked.emit(found)
