"""The simpleaudio player: never blocks, lands on time, scales volume, fails silently."""

from __future__ import annotations

import array
import threading
import time
from pathlib import Path

import pytest

from stretchtimer.audio import NullPlayer, SimpleaudioPlayer, make_player
from stretchtimer.core.timeline import CueKind

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"


class FakeDevice:
    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[bytes, float]] = []
        self.fail = fail
        self.played = threading.Event()

    def __call__(self, pcm: bytes, channels: int, width: int, rate: int) -> None:
        assert (channels, width) == (1, 2) and rate in (22050, 44100)
        self.calls.append((pcm, time.monotonic()))
        self.played.set()
        if self.fail:
            raise RuntimeError("Error opening PCM device. -- CODE: -2")


def peak(pcm: bytes) -> int:
    return max(abs(s) for s in array.array("h", pcm))


def wait_for(device: FakeDevice, count: int) -> None:
    deadline = time.monotonic() + 5
    while len(device.calls) < count and time.monotonic() < deadline:
        time.sleep(0.005)
    assert len(device.calls) >= count


def test_play_returns_at_once_and_lands_on_its_due_time() -> None:
    device = FakeDevice()
    player = SimpleaudioPlayer(SOUNDS, play_buffer=device)
    due = time.monotonic() + 0.3
    started = time.perf_counter()
    player.play(CueKind.HOLD, due=due)
    assert time.perf_counter() - started < 0.01
    wait_for(device, 1)
    assert abs(device.calls[0][1] - due) < 0.02
    player.close()


def test_volume_scales_the_samples() -> None:
    device = FakeDevice()
    player = SimpleaudioPlayer(SOUNDS, play_buffer=device)
    player.set_volume(100)
    player.play(CueKind.TICK)
    wait_for(device, 1)
    player.set_volume(50)
    player.play(CueKind.TICK)
    wait_for(device, 2)
    full, half = peak(device.calls[0][0]), peak(device.calls[1][0])
    assert abs(half - full / 2) <= 1
    player.close()


def test_muted_player_plays_nothing() -> None:
    device = FakeDevice()
    player = SimpleaudioPlayer(SOUNDS, play_buffer=device)
    player.set_muted(True)
    player.play(CueKind.DONE)
    player.set_muted(False)
    player.play(CueKind.REST)
    wait_for(device, 1)
    player.close()
    assert len(device.calls) == 1
    assert len(device.calls[0][0]) == len((SOUNDS / "rest.wav").read_bytes()) - 44


def test_stale_cue_is_dropped() -> None:
    device = FakeDevice()
    player = SimpleaudioPlayer(SOUNDS, play_buffer=device)
    player.play(CueKind.TICK, due=time.monotonic() - 5)
    player.play(CueKind.HOLD, due=time.monotonic())
    wait_for(device, 1)
    player.close()
    assert len(device.calls) == 1


def test_a_failing_device_turns_sound_off_quietly(capfd: pytest.CaptureFixture[str]) -> None:
    device = FakeDevice(fail=True)
    player = SimpleaudioPlayer(SOUNDS, play_buffer=device)
    player.play(CueKind.START)
    assert device.played.wait(5)
    deadline = time.monotonic() + 5
    while player.available and time.monotonic() < deadline:
        time.sleep(0.005)
    assert not player.available
    assert "no sound device could be opened" in player.reason
    player.play(CueKind.DONE)  # ignored, no exception
    player.close()
    assert len(device.calls) == 1
    out, err = capfd.readouterr()
    assert out == err == ""


def test_missing_sounds_give_a_silent_player_with_a_reason(tmp_path: Path) -> None:
    player = make_player(tmp_path)
    assert isinstance(player, NullPlayer)
    assert "could not be read" in player.reason


def test_real_device_absent_is_silent_on_stderr(capfd: pytest.CaptureFixture[str],
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An ALSA configuration whose default device cannot open, whatever this machine has.
    (tmp_path / ".asoundrc").write_text('pcm.!default { type hw; card 99 }\n')
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ALSA_CONFIG_PATH", "/usr/share/alsa/alsa.conf")
    player = SimpleaudioPlayer(SOUNDS)
    player.play(CueKind.HOLD)
    deadline = time.monotonic() + 5
    while player.available and time.monotonic() < deadline:
        time.sleep(0.01)
    player.close()
    assert not player.available
    assert capfd.readouterr().err == ""


def test_deferred_player_is_made_on_first_use_with_the_settings_given_before() -> None:
    from stretchtimer.audio import DeferredPlayer, RecordingPlayer

    made: list[RecordingPlayer] = []

    class Remembering(RecordingPlayer):
        def set_volume(self, percent: int) -> None:
            self.volume = percent

    def make() -> RecordingPlayer:
        made.append(Remembering())
        return made[-1]

    player = DeferredPlayer(make)
    player.set_volume(35)
    player.set_muted(True)
    assert made == []  # nothing read or opened yet
    player.play(CueKind.HOLD, due=1.0)
    assert len(made) == 1 and made[0].volume == 35 and made[0].muted is True
    assert made[0].played == []  # muted before it existed, muted now
    player.set_muted(False)
    player.play(CueKind.HOLD, due=2.0)
    assert made[0].played == [(CueKind.HOLD, 0, 2.0)]
    player.set_volume(60)
    assert made[0].volume == 60 and player.prepare() is made[0]


def test_every_cue_has_a_sound_and_the_nudge_is_the_quietest() -> None:
    def peak(kind: CueKind) -> int:
        samples = array.array("h", (SOUNDS / f"{kind.value}.wav").read_bytes()[44:])
        return max(abs(s) for s in samples)

    peaks = {kind: peak(kind) for kind in CueKind}
    assert peaks[CueKind.NUDGE] < min(v for k, v in peaks.items() if k is not CueKind.NUDGE) / 2
    device = FakeDevice()
    player = SimpleaudioPlayer(SOUNDS, play_buffer=device)
    assert player.available, player.reason
    player.play(CueKind.NUDGE)
    assert device.played.wait(2)
    player.close()
