"""Phase-boundary and cue-onset timing over a real-time routine, idle and with both cores busy.

Prints the errors against the session's deadlines for an unloaded run (the baseline)
and a loaded run, their ratio, and PASS/FAIL against the goals: onsets within 10 ms
median and 50 ms worst, zero accumulated drift. Exits 1 when a goal is missed.
With --voice, the loaded run is made twice, without and with spoken coaching (recorded
clips, played to a device that takes as long as the phrase lasts), and the goals apply to
both: speech must not make the chimes later.
Run: python bench/cue_timing.py [--voice]
"""

from __future__ import annotations

import multiprocessing
import statistics
import sys
import time
from pathlib import Path

from stretchtimer.audio import SimpleaudioPlayer
from stretchtimer.core.loader import load_library, routine_from_text
from stretchtimer.core.places import Places
from stretchtimer.core.session import CueDue, Finished, PhaseStarted, Session, State
from stretchtimer.core.timeline import compile_routine

ROUTINE = """\
version: 1
name: Timing
defaults: {prepare: 1, switch: 1, rest: 1}
steps:
""" + "".join(f"  - exercise: seated-hamstring-stretch\n    hold: {2 + i % 2}\n" for i in range(5)) + \
    "  - exercise: romanian-single-leg-deadlift\n    reps: 3\n    tempo: 1\n"


def spin(stop: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    while not stop.is_set():
        sum(i * i for i in range(10_000))


class Speaking:
    """A phrase being played: as long as the real one would last."""

    def __init__(self, data: bytes, channels: int, width: int, rate: int) -> None:
        self.until = time.monotonic() + len(data) / (channels * width * rate)

    def is_playing(self) -> bool:
        return time.monotonic() < self.until

    def stop(self) -> None:
        self.until = 0.0


def coaching(places: Places, timeline: object) -> tuple[object, object, object]:
    """The coach, the words and the speech queue the window would use, in English."""
    from stretchtimer.audio.player import chime_lengths
    from stretchtimer.audio.speech import ClipVoice, SpeechQueue
    from stretchtimer.core.phrases import Coach
    from stretchtimer.localtext import Words as Catalogue
    from stretchtimer.ui.voice_words import Words

    library = load_library(places.library_file)
    lengths = chime_lengths(places.assets_dir / "sounds")
    coach = Coach(timeline, time.monotonic, chime=lengths.__getitem__)  # type: ignore[arg-type]
    words = Words(Catalogue("en").translate, lambda i: library[i].name, ("Timing", False))
    clips = places.assets_dir / "sounds" / "voice" / "en"
    queue = SpeechQueue(lambda: ClipVoice(clips, play_buffer=Speaking))
    return coach, words, queue


def run_once(voice: bool = False) -> dict[str, float]:
    places = Places.from_environment()
    library = load_library(places.library_file)
    timeline = compile_routine(routine_from_text(ROUTINE, library), library)
    onsets: list[float] = []
    player = SimpleaudioPlayer(places.assets_dir / "sounds",
                               play_buffer=lambda *args: onsets.append(time.monotonic()))
    session = Session(timeline, time.monotonic)
    coach = words = queue = None
    if voice:
        from stretchtimer.audio.speech import Utterance

        coach, words, queue = coaching(places, timeline)
    spoken = 0
    dues: list[float] = []
    boundary_errors: list[float] = []
    begin = time.monotonic()

    def handle(events: list) -> None:  # type: ignore[type-arg]
        nonlocal spoken
        now = time.monotonic()
        for event in events:
            if coach is not None:
                phrases = coach.handle(event)  # type: ignore[attr-defined]
                spoken += len(phrases)
                queue.say([Utterance(p, words.text(p), tuple(words.clips(p)))  # type: ignore[attr-defined]
                           for p in phrases])
            if isinstance(event, CueDue):
                dues.append(event.at)
                player.play(event.cue.kind, due=event.at)
            elif isinstance(event, PhaseStarted):
                # When the wake-up that started the phase happened, against its deadline.
                boundary_errors.append(now - event.at)
            elif isinstance(event, Finished):
                handle.end = event.at  # type: ignore[attr-defined]

    handle(session.start())
    begin = session.started_at or begin
    while session.state is State.RUNNING:
        wake = session.next_wakeup()
        assert wake is not None
        delay = wake - time.monotonic()
        if delay > 0:
            time.sleep(delay)  # as the single-shot timer would
        handle(session.update())
    time.sleep(0.2)
    player.close()
    if queue is not None:
        queue.close()  # type: ignore[attr-defined]
    errors = [abs(o - d) * 1000 for o, d in zip(onsets, dues, strict=False)]
    drift = (handle.end - begin - timeline.total) * 1000  # type: ignore[attr-defined]
    return {
        "cues": len(dues), "played": len(onsets),
        "onset_median": statistics.median(errors), "onset_worst": max(errors),
        "boundary_median": statistics.median(boundary_errors) * 1000,
        "boundary_worst": max(boundary_errors) * 1000, "drift": drift,
        "seconds": timeline.total, "phrases": spoken,
    }


def loaded_run(voice: bool) -> dict[str, float]:
    stop = multiprocessing.Event()
    workers = [multiprocessing.Process(target=spin, args=(stop,)) for _ in range(2)]
    for worker in workers:
        worker.start()
    try:
        return run_once(voice)
    finally:
        stop.set()
        for worker in workers:
            worker.join()


def main() -> int:
    baseline = run_once()
    loaded = loaded_run(voice=False)
    ok = report(baseline, loaded)
    if "--voice" in sys.argv:
        print()
        spoken = loaded_run(voice=True)
        print(f"with voice: {spoken['phrases']} phrases; ratio is voice on / voice off, both cores busy")
        ok = report(loaded, spoken, ("voice off", "voice on")) and ok
    return 0 if ok else 1


def report(baseline: dict[str, float], loaded: dict[str, float],
           columns: tuple[str, str] = ("idle", "2 cores busy")) -> bool:
    print(f"routine: {loaded['seconds']} s, {loaded['cues']} cues, {loaded['played']} played")
    print(f"{'':24}{columns[0]:>10}{columns[1]:>14}{'ratio':>8}")
    for key, label in (("onset_median", "cue onset median (ms)"), ("onset_worst", "cue onset worst (ms)"),
                       ("boundary_median", "phase wake median (ms)"),
                       ("boundary_worst", "phase wake worst (ms)"), ("drift", "end drift (ms)")):
        ratio = loaded[key] / baseline[key] if baseline[key] else float("nan")
        print(f"{label:24}{baseline[key]:>10.2f}{loaded[key]:>14.2f}{ratio:>8.2f}")
    goals = [
        ("onset median <= 10 ms", loaded["onset_median"] <= 10),
        ("onset worst <= 50 ms", loaded["onset_worst"] <= 50),
        ("zero accumulated drift", abs(loaded["drift"]) < 1e-6),
        ("every cue played", loaded["played"] == loaded["cues"]),
    ]
    for name, ok in goals:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return all(ok for _, ok in goals)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
