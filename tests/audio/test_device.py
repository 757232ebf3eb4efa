"""The sound output check: asked once, off the window's thread, answered in plain words."""

from __future__ import annotations

import threading

from stretchtimer.audio.device import output_available
from stretchtimer.platform.sound_check import SoundCheck


def test_an_output_that_opens_is_available() -> None:
    assert output_available(lambda: 0, platform="linux")


def test_an_output_that_does_not_open_is_not() -> None:
    assert not output_available(lambda: -2, platform="linux")  # ALSA's -ENOENT


def test_a_failing_sound_library_means_no_output() -> None:
    def broken() -> int:
        raise OSError("libasound.so.2: cannot open shared object file")

    assert not output_available(broken, platform="linux")


def test_other_platforms_are_not_asked() -> None:
    asked: list[bool] = []
    assert output_available(lambda: asked.append(True) or -1, platform="win32")
    assert asked == []


def test_the_check_runs_off_the_window_thread_and_answers_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    threads: list[threading.Thread] = []

    def probe() -> bool:
        threads.append(threading.current_thread())
        return False

    check = SoundCheck(probe)
    answers: list[tuple[bool, threading.Thread]] = []
    check.checked.connect(lambda found: answers.append((found, threading.current_thread())))
    with qtbot.waitSignal(check.checked, timeout=2000):
        check.start()
    qtbot.waitUntil(lambda: bool(answers))
    assert threads[0] is not threading.main_thread()
    assert answers == [(False, threading.main_thread())]
