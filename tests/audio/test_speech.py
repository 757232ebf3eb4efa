"""The speech queue's priorities, the recorded-clip voice, and the choice of voice."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from stretchtimer.audio.speech import GAP, ClipVoice, NullVoice, SpeechQueue, Utterance
from stretchtimer.audio.ssip import SpeechDispatcherVoice
from stretchtimer.audio.voices import make_voice
from stretchtimer.core.phrases import Phrase, Priority, Say

CLIPS = Path(__file__).resolve().parents[2] / "assets" / "sounds" / "voice"


class TimedVoice(NullVoice):
    """Speaks each utterance for ``length`` seconds (real time), and remembers what happened."""

    def __init__(self, length: float = 0.3) -> None:
        super().__init__("")
        self.available = True
        self.length = length
        self.events: list[tuple[str, str, float]] = []  # ("start" | "stop", text, when)
        self._until = 0.0
        self._text = ""
        self.done = threading.Event()

    def start(self, utterance: Utterance) -> None:
        self._text = utterance.text
        self._until = time.monotonic() + self.length
        self.events.append(("start", utterance.text, time.monotonic()))

    def speaking(self) -> bool:
        return time.monotonic() < self._until

    def stop(self) -> None:
        if self.speaking():
            self.events.append(("stop", self._text, time.monotonic()))
        self._until = 0.0


def utterance(text: str, priority: Priority, due: float, segment: int = 0) -> Utterance:
    return Utterance(Phrase(Say.HALFWAY, due, priority, segment), text)


def run_queue(voice: TimedVoice, items: list[Utterance], seconds: float) -> SpeechQueue:
    queue = SpeechQueue(lambda: voice)
    assert queue.ready.wait(2)
    queue.say(items)
    time.sleep(seconds)
    queue.close()
    return queue


def test_a_phrase_is_never_cut_off_by_a_minor_one_and_a_stale_count_is_dropped() -> None:
    voice = TimedVoice(length=1.0)
    now = time.monotonic()
    run_queue(voice, [utterance("Lying hamstring stretch, left side", Priority.PHASE, now),
                      utterance("3", Priority.COUNT, now + 0.1),  # stale (0.8 s) before the phase ends
                      utterance("Halfway", Priority.HALFWAY, now + 0.2)], 2.3)
    assert [(kind, text) for kind, text, _ in voice.events] == [
        ("start", "Lying hamstring stretch, left side"), ("start", "Halfway")]
    phase_start, halfway_start = voice.events[0][2], voice.events[1][2]
    assert halfway_start - phase_start >= 1.0  # it waited for the phase phrase to end


def test_a_more_important_phrase_cuts_a_minor_one_off_at_its_due_time() -> None:
    voice = TimedVoice(length=1.0)
    now = time.monotonic()
    run_queue(voice, [utterance("Halfway", Priority.HALFWAY, now),
                      utterance("Switch to the right side", Priority.PHASE, now + 0.3, segment=1)], 1.6)
    kinds = [(kind, text) for kind, text, _ in voice.events]
    assert kinds == [("start", "Halfway"), ("stop", "Halfway"), ("start", "Switch to the right side")]
    assert voice.events[1][2] - now >= 0.3  # not before the phase phrase was due


def test_equal_phrases_of_one_phase_are_said_in_turn() -> None:
    voice = TimedVoice(length=0.2)
    now = time.monotonic()
    run_queue(voice, [utterance("Rest", Priority.PHASE, now),
                      utterance("Next: seated hamstring stretch", Priority.NEXT, now)], 0.8)
    assert [text for kind, text, _ in voice.events if kind == "start"] == [
        "Rest", "Next: seated hamstring stretch"]
    assert not [e for e in voice.events if e[0] == "stop"]


def test_hush_stops_speaking_and_forgets_what_waits() -> None:
    voice = TimedVoice(length=1.0)
    queue = SpeechQueue(lambda: voice)
    assert queue.ready.wait(2)
    now = time.monotonic()
    queue.say([utterance("Rest", Priority.PHASE, now), utterance("Next", Priority.NEXT, now)])
    time.sleep(0.2)
    queue.hush()
    time.sleep(0.3)
    queue.close()
    assert [(kind, text) for kind, text, _ in voice.events] == [("start", "Rest"), ("stop", "Rest")]


class FakeDevice:
    def __init__(self) -> None:
        self.played: list[tuple[bytes, int, int, int]] = []

    def __call__(self, data: bytes, channels: int, width: int, rate: int) -> object:
        self.played.append((data, channels, width, rate))
        return None


def test_clips_are_joined_with_short_silences_and_a_missing_part_is_left_out() -> None:
    device = FakeDevice()
    voice = ClipVoice(CLIPS / "en", play_buffer=device)
    voice.set_volume(100)
    one, _ = voice.pcm(["words/halfway"])
    two, _ = voice.pcm(["words/rest"])
    joined, rate = voice.pcm([None, "words/halfway", "", "words/rest"])  # None: a name a user wrote
    assert rate == 16000
    pause = 2 * int(2 * GAP * rate) + 2 * int(GAP * rate)
    assert len(joined) == len(one) + len(two) + pause
    voice.start(Utterance(Phrase(Say.REST, 0.0, Priority.PHASE, 0), "Rest.", ("words/rest",)))
    assert device.played == [(two, 1, 2, 16000)]


def test_the_parts_of_a_number_follow_each_other_without_a_pause() -> None:
    voice = ClipVoice(CLIPS / "en", play_buffer=FakeDevice())
    forty, _ = voice.pcm(["numbers/40"])
    five, _ = voice.pcm(["numbers/5"])
    joined, _ = voice.pcm(["numbers/40", "&numbers/5"])
    assert joined == forty + five


def test_clip_volume_is_its_own() -> None:
    voice = ClipVoice(CLIPS / "fr", play_buffer=FakeDevice())
    voice.set_volume(100)
    loud, _ = voice.pcm(["words/repos"])
    voice.set_volume(25)
    soft, _ = voice.pcm(["words/repos"])
    peak = max(abs(int.from_bytes(loud[i:i + 2], "little", signed=True)) for i in range(0, len(loud), 2))
    quiet = max(abs(int.from_bytes(soft[i:i + 2], "little", signed=True)) for i in range(0, len(soft), 2))
    assert abs(quiet - peak // 4) <= 1


def test_without_a_speech_service_the_recorded_clips_speak(tmp_path: Path) -> None:
    environ = {"SPEECHD_ADDRESS": f"unix_socket:{tmp_path}/none.sock"}
    voice = make_voice("fr", CLIPS, environ)
    assert isinstance(voice, ClipVoice) and voice.available


def test_with_neither_a_service_nor_recordings_the_voice_says_why(tmp_path: Path) -> None:
    environ = {"SPEECHD_ADDRESS": f"unix_socket:{tmp_path}/none.sock"}
    voice = make_voice("de", CLIPS, environ)
    assert not voice.available
    assert "speech-dispatcher is not running" in voice.reason and "no recorded phrases" in voice.reason


def test_a_service_that_does_not_answer_is_not_used(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)  # accepts, never answers
    try:
        started = time.monotonic()
        voice = SpeechDispatcherVoice(path, "en")
        assert not voice.available and "did not answer" in voice.reason
        assert time.monotonic() - started < 3
    finally:
        server.close()


class FakeSpeechd(threading.Thread):
    """Answers SSIP as speech-dispatcher does, on a Unix socket; a message "speaks" for 0.3 s."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        import socket

        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(1)
        self.commands: list[str] = []
        self.spoken: list[str] = []
        self.start()

    def run(self) -> None:
        while not self.serve():  # a connection that only looks whether one listens: the next
            pass
        self.server.close()

    def serve(self) -> bool:
        """One client, until it leaves; True when it said QUIT."""
        connection, _ = self.server.accept()
        reader = connection.makefile("rb")
        quit_ = False
        timers: list[threading.Timer] = []
        lock = threading.Lock()
        open_ = [True]

        def send(data: bytes) -> None:
            with lock:
                if open_[0]:
                    try:
                        connection.sendall(data)
                    except BrokenPipeError:  # the client may close without waiting for "QUIT"'s answer
                        open_[0] = False

        message = 0
        while line := reader.readline():
            command = line.decode().rstrip("\r\n")
            self.commands.append(command)
            if command == "SPEAK":
                send(b"230 OK RECEIVING DATA\r\n")
                text = []
                while (data := reader.readline().decode().rstrip("\r\n")) != ".":
                    text.append(data)
                self.spoken.append("\n".join(text))
                message += 1
                send(f"225-{message}\r\n225 OK MESSAGE QUEUED\r\n".encode())
                ending = f"702-{message}\r\n702-1\r\n702 END\r\n".encode()
                timers.append(threading.Timer(0.3, lambda data=ending: send(data)))
                timers[-1].start()
            elif command == "LIST OUTPUT_MODULES":
                send(b"250-espeak-ng\r\n250 OK MODULE LIST SENT\r\n")
            elif command == "STOP SELF":
                send(b"210 OK STOPPED\r\n")
            elif command == "QUIT":
                send(b"231 HAPPY HACKING\r\n")
                quit_ = True
                break
            else:
                send(b"208 OK SET\r\n")
        for timer in timers:
            timer.cancel()
        with lock:
            open_[0] = False
        reader.close()
        connection.close()
        return quit_


def test_speech_dispatcher_speaks_in_the_interface_language_until_it_reports_the_end(tmp_path: Path) -> None:
    path = tmp_path / "speechd.sock"
    service = FakeSpeechd(path)
    voice = SpeechDispatcherVoice(path, "fr")
    assert voice.available, voice.reason
    voice.set_rate(-20)
    voice.set_volume(80)
    voice.start(Utterance(Phrase(Say.REST, 0.0, Priority.PHASE, 0), "Repos.\n.caché"))
    assert voice.speaking()
    deadline = time.monotonic() + 2
    while voice.speaking() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not voice.speaking()
    voice.close()
    service.join(2)
    assert "SET SELF LANGUAGE fr" in service.commands
    assert "SET SELF RATE -20" in service.commands and "SET SELF VOLUME 60" in service.commands
    assert service.spoken == ["Repos.\n..caché"]  # a line starting with a dot is escaped


def test_speech_dispatcher_is_stopped_when_a_phrase_is_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "speechd.sock"
    service = FakeSpeechd(path)
    voice = SpeechDispatcherVoice(path, "en")
    voice.start(Utterance(Phrase(Say.HALFWAY, 0.0, Priority.HALFWAY, 0), "Halfway."))
    voice.stop()
    assert not voice.speaking()
    voice.close()
    service.join(2)
    assert service.commands[-2:] == ["STOP SELF", "QUIT"]


def test_speech_dispatcher_first_when_it_runs(tmp_path: Path) -> None:
    path = tmp_path / "speechd.sock"
    service = FakeSpeechd(path)
    voice = make_voice("en", CLIPS, {"SPEECHD_ADDRESS": f"unix_socket:{path}"})
    assert isinstance(voice, SpeechDispatcherVoice) and voice.available
    voice.close()
    service.join(2)
