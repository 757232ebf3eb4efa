"""One factory per platform service: the desktop's real ones, or null ones for tests and bare machines.

Each real implementation is imported only when its factory is called, so what the first
screen does not need loads after it is painted.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from stretchtimer.platform.services import (
    HistoryStore,
    InstanceServer,
    Notifier,
    NoTray,
    NullHistory,
    NullInstance,
    NullNotifier,
    NullWatch,
    Request,
    TrayHost,
    Watch,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QIcon

    from stretchtimer.audio.player import CuePlayer
    from stretchtimer.core.places import Places
    from stretchtimer.ui.main_window import MainWindow


@dataclass(frozen=True)
class Platform:
    """The factories the composition root builds its services from."""

    hand_over: Callable[[Request], bool]  # True when a running app took the request
    cue_player: Callable[[Path], CuePlayer]  # from the assets folder; made at first use
    sound_check: Callable[[Callable[[bool], None], QObject], None]  # calls back: is there an output?
    notifier: Callable[[Callable[[int, str], None]], Notifier]  # calls back (id, action key)
    tray: Callable[[QIcon], TrayHost]
    instance: Callable[[Callable[[Request], None], QObject], InstanceServer]
    clock_watch: Callable[[Callable[[str], None]], Watch]  # calls back after sleep or a clock change
    folder_watch: Callable[[Path, Callable[[], None], QObject], Watch]
    history: Callable[[MainWindow, Places], HistoryStore]
    clock: Callable[[], float] = time.monotonic  # the routine player's clock


def hand_over(request: Request) -> bool:
    """Give the request to a Stretch Timer already running; False when none is."""
    from stretchtimer.handover import tell_running_app

    if os.name == "posix":  # QLocalServer listens on a Unix socket there
        return tell_running_app(request)
    from stretchtimer.platform.instance import hand_over as qt_hand_over  # Windows: QLocalSocket's pipes

    return qt_hand_over(request)


def cue_player(assets_dir: Path) -> CuePlayer:
    from stretchtimer.audio import make_player

    return make_player(assets_dir)


def sound_check(on_checked: Callable[[bool], None], parent: QObject) -> None:
    from stretchtimer.platform.sound_check import SoundCheck

    check = SoundCheck(parent=parent)
    check.checked.connect(on_checked)
    check.start()


def notifier(on_action: Callable[[int, str], None]) -> Notifier:
    from stretchtimer.platform.notify import DesktopNotifier

    desktop = DesktopNotifier()
    desktop.action_invoked.connect(on_action)
    return desktop


def tray(icon: QIcon) -> TrayHost:
    from stretchtimer.ui.tray import Tray

    return Tray(icon) if Tray.here() else NoTray()


def instance(on_request: Callable[[Request], None], parent: QObject) -> InstanceServer:
    from stretchtimer.platform.instance import Instance

    single = Instance(parent=parent)
    single.requested.connect(on_request)
    return single


def clock_watch(on_jump: Callable[[str], None]) -> Watch:
    from stretchtimer.platform.wakeups import ClockWatch

    watch = ClockWatch()
    watch.jumped.connect(on_jump)
    return watch


def folder_watch(folder: Path, on_change: Callable[[], None], parent: QObject) -> Watch:
    from stretchtimer.platform.folder_watch import FolderWatch

    watch = FolderWatch(folder, parent=parent)
    watch.changed.connect(on_change)
    return watch


def history(window: MainWindow, places: Places) -> HistoryStore:
    from stretchtimer.ui.recording import Recording

    # What cannot be saved at quit is kept with the settings, a folder the app writes at every
    # quit, apart from the history's.
    return Recording(window, places.history_file, spill=places.config_dir / "unsaved-sessions.sqlite3")


def desktop() -> Platform:
    """The real services of this desktop (each falls back to silence where its part is missing)."""
    return Platform(hand_over, cue_player, sound_check, notifier, tray, instance, clock_watch,
                    folder_watch, history)


def silent_player(assets_dir: Path) -> CuePlayer:
    from stretchtimer.audio import NullPlayer

    return NullPlayer()


def null(clock: Callable[[], float] = time.monotonic) -> Platform:
    """Nothing of the desktop: no sound, notifications, tray, other launches, watches or history."""
    return Platform(
        hand_over=lambda request: False,
        cue_player=silent_player,
        sound_check=lambda on_checked, parent: on_checked(False),
        notifier=lambda on_action: NullNotifier(),
        tray=lambda icon: NoTray(),
        instance=lambda on_request, parent: NullInstance(),
        clock_watch=lambda on_jump: NullWatch(),
        folder_watch=lambda folder, on_change, parent: NullWatch(),
        history=lambda window, places: NullHistory(),
        clock=clock,
    )
