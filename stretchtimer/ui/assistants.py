"""Spoken coaching and desk breaks, built for the composition root from the settings and places."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretchtimer.core import catalog
from stretchtimer.core.catalog import Entry
from stretchtimer.core.language import TRANSLATED
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.platform.services import HistoryStore, MakeNotifier
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow

if TYPE_CHECKING:
    from stretchtimer.ui.desk_breaks import DeskBreakService
    from stretchtimer.ui.voice import VoiceCoaching


def spoken_coaching(settings: Settings, library: Library, language: str, assets_dir: Path,
                    driver: SessionDriver) -> VoiceCoaching:
    """The voice that speaks each phase after its chime (see ui/voice.py), on the driver."""
    from stretchtimer.audio.player import chime_lengths
    from stretchtimer.audio.voices import make_voice
    from stretchtimer.ui.voice import VoiceCoaching, clips_dir

    lengths: dict[Any, float] = {}

    def chime(kind: Any) -> float:
        if not lengths:
            lengths.update(chime_lengths(assets_dir / "sounds"))
        return lengths[kind]

    coaching = VoiceCoaching(settings, library, language,
                             lambda: make_voice(language, clips_dir(assets_dir), os.environ), chime)
    coaching.attach(driver)
    return coaching


def desk_breaks(settings: Settings, places: Places, window: MainWindow, history: HistoryStore,
                entries: Callable[[], Sequence[Entry]], start: Callable[[Entry], None],
                fallback: Callable[[str, str, Callable[[], None]], None],
                make_notifier: MakeNotifier) -> DeskBreakService:
    """Suggested after a long spell at the computer (off until turned on), said through the
    platform's notifications."""
    from stretchtimer.desk_status import status_path
    from stretchtimer.ui.desk_breaks import DeskBreakService

    def desk_entry() -> Entry | None:
        return (catalog.find(entries(), str(settings.get("desk.routine")), names=TRANSLATED)
                or catalog.find(entries(), "Desk break"))

    def start_break() -> None:
        entry = desk_entry()
        if entry is not None:
            start(entry)

    desk = DeskBreakService(settings, status_path(places), history=history.open,
                            routine_running=window.driver.is_active,
                            fallback=fallback,
                            make_notifier=make_notifier, parent=window)
    desk.start_requested.connect(start_break)
    window.driver.finished.connect(lambda _completed: desk.routine_done())
    return desk
