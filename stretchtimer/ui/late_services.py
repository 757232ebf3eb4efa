"""What the first screen does not need, started once the window is on the screen: the
single-instance server, the history, the sound files, the folder and clock watches, the reminders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from stretchtimer.platform.factories import Platform
from stretchtimer.platform.services import HistoryStore, Request, Watch
from stretchtimer.ui.cue_sound import CueSound
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.tray import ReminderService


class LateServices:
    """Started by ``start`` after the first paint; ``close`` at quit stops what was started."""

    def __init__(self, platform: Platform, window: MainWindow, routines_dir: Path,
                 history: HistoryStore, sound: CueSound, reminders: ReminderService,
                 handle: Callable[[Request], None], also: Sequence[Callable[[], object]] = (),
                 on_jump: Sequence[Callable[[], object]] = ()) -> None:
        """``also``: more to start after the first paint; ``on_jump``: more to do after sleep or a
        clock change (the reminders always look again)."""
        self._platform = platform
        self._window = window
        self._routines_dir = routines_dir
        self._history = history
        self._sound = sound
        self._reminders = reminders
        self._handle = handle
        self._also = also
        self._on_jump = [reminders.check, *on_jump]
        self.watches: list[Watch] = []

    def start(self) -> None:
        platform, window = self._platform, self._window
        platform.instance(self._handle, window).listen()
        self._history.open()
        self._sound.prepare(window)
        # Routine files changed by other programs show up at once, fixed files included.
        self.watches.append(platform.folder_watch(self._routines_dir, window.refresh_home, window))
        self._reminders.start()
        # After sleep or a clock change, look again and re-arm.
        self.watches.append(platform.clock_watch(self._jumped))
        for start in self._also:
            start()

    def _jumped(self, _reason: str) -> None:
        for look in self._on_jump:
            look()

    def close(self) -> None:
        for watch in self.watches:
            watch.close()
