"""Spoken coaching in the window's language: the driver's events, through the coach, to the voice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from stretchtimer.audio.speech import SpeechQueue, Utterance, Voice
from stretchtimer.core.events import Event
from stretchtimer.core.model import Library
from stretchtimer.core.phrases import Coach
from stretchtimer.core.settings import Settings
from stretchtimer.core.timeline import CueKind
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.voice_words import Words


def screen_reader_running() -> bool:
    """Whether a screen reader says things already: AT-SPI's ScreenReaderEnabled flag (Orca
    sets it), or an Orca process where that flag cannot be read."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if bus.isConnected():
            status = QDBusInterface("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", bus)
            status.setTimeout(500)
            reply = status.call("Get", "org.a11y.Status", "ScreenReaderEnabled")
            arguments = reply.arguments()
            value = arguments[0] if arguments else None
            if value is not None and hasattr(value, "variant"):  # a QDBusVariant
                value = value.variant()
            if isinstance(value, bool):
                return value
    except ImportError:
        pass
    proc = Path("/proc")
    try:
        return any((entry / "comm").read_text().strip() == "orca" for entry in proc.iterdir()
                   if entry.name.isdigit() and (entry / "comm").is_file())
    except OSError:
        return False


def _say_why(text: str) -> str:
    return QCoreApplication.translate("App", "Spoken coaching is off: %1. The tones still play.") \
        .replace("%1", text)


class VoiceCoaching(QObject):
    """Speaks each phase after its chime, while the voice setting allows it.

    ``make_voice`` finds the voice (on the speech thread); ``chime`` gives a cue's length so
    speech starts when its tone ends; ``screen_reader`` tells whether one runs.
    """

    unavailable = Signal(str)  # why nothing can speak, in the window's words

    def __init__(self, settings: Settings, library: Library, language: str,
                 make_voice: Callable[[], Voice], chime: Callable[[CueKind], float],
                 screen_reader: Callable[[], bool] = screen_reader_running,
                 parent: QObject | None = None, make_queue: Callable[..., SpeechQueue] = SpeechQueue) -> None:
        super().__init__(parent)
        self.settings = settings
        self._library = library
        self._language = language
        self._make_voice = make_voice
        self._chime = chime
        self._screen_reader = screen_reader
        self._make_queue = make_queue
        self._reader: bool | None = None  # looked at when a routine starts
        self._queue: SpeechQueue | None = None
        self._coach: Coach | None = None
        self._driver: SessionDriver | None = None
        self._told = False
        settings.subscribe("voice", lambda _changes: self.apply_settings())

    def attach(self, driver: SessionDriver) -> None:
        self._driver = driver
        for signal in (driver.phase_started, driver.cue_due, driver.second_elapsed):
            signal.connect(self._on_event)
        driver.paused.connect(lambda _suspended: self.hush())
        driver.finished.connect(lambda completed: None if completed else self.hush())

    def wanted(self) -> bool:
        if self.settings.get("sound.muted"):
            return False  # M silences everything, the voice too
        mode = self.settings.get("voice.mode")
        if mode == "no-screen-reader":
            if self._reader is None:
                self._reader = self._screen_reader()
            return not self._reader
        return bool(mode == "on")

    def queue(self) -> SpeechQueue:
        """The speech queue, made (and its voice looked for) on first use."""
        if self._queue is None:
            self._queue = self._make_queue(self._make_voice, on_ready=self._ready)
            self.apply_settings()
        return self._queue

    def _ready(self, voice: Voice) -> None:  # on the speech thread: the signal crosses over
        if not voice.available and not self._told:
            self._told = True
            self.unavailable.emit(_say_why(voice.reason))

    def apply_settings(self) -> None:
        """After the settings changed: rate and volume; turning voice on finds the voice now,
        so a voice that cannot speak is said at once, not in the middle of a routine."""
        self._reader = None
        if self.settings.get("voice.mode") == "off":
            self._told = False  # turned on again later, it says again why it cannot speak
            if self._queue is not None:
                self._queue.hush()
            return
        if self._queue is None:
            self.queue()  # calls this again once made
            return
        self._queue.set_rate(int(self.settings.get("voice.rate")) - 100)
        self._queue.set_volume(int(self.settings.get("voice.volume")))
        if self._queue.ready.is_set():
            self._ready(self._queue.voice)

    def hush(self) -> None:
        if self._queue is not None:
            self._queue.hush()

    def _on_event(self, event: Event) -> None:
        driver = self._driver
        if driver is None or driver.session is None:
            return
        if self._coach is None or self._coach.timeline is not driver.session.timeline:
            self._coach = Coach(driver.session.timeline, driver.clock, chime=self._chime)
            self._reader = None
        if not self.wanted():
            return
        self._coach.count_down = bool(self.settings.get("voice.count_down"))
        phrases = self._coach.handle(event)
        if not phrases:
            return
        routine = driver.session.timeline.routine
        words = Words(QCoreApplication.translate, lambda ident: self._library[ident].name,
                      (routine.display_name(self._language), routine.builtin))
        self.queue().say([Utterance(p, words.text(p), tuple(words.clips(p))) for p in phrases])

    def close(self) -> None:
        if self._queue is not None:
            self._queue.close()


def clips_dir(assets_dir: Path) -> Path:
    return assets_dir / "sounds" / "voice"
