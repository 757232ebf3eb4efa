"""Which voice speaks: the desktop's speech service, else the recorded clips, else none (and why)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from stretchtimer.audio.speech import ClipVoice, NullVoice, Voice
from stretchtimer.audio.ssip import SpeechDispatcherVoice, listening, socket_path, spawn


def make_voice(language: str, clips_dir: Path, environ: Mapping[str, str]) -> Voice:
    """speech-dispatcher when it runs (started as its own clients do, unless SPEECHD_ADDRESS
    names another), else the clips recorded for ``language``, else a silent voice saying why."""
    path = socket_path(environ)
    if "SPEECHD_ADDRESS" not in environ and not listening(path):
        spawn(path)
    service: Voice = NullVoice(f"speech-dispatcher is not running (nothing answers at {path})")
    if listening(path):
        service = SpeechDispatcherVoice(path, language)
        if service.available:
            return service
    clips = ClipVoice(clips_dir / language)
    if clips.available:
        return clips
    return NullVoice(f"{service.reason}, and {clips.reason}")
