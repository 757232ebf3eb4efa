"""Shared test set-up: offscreen Qt and relocated user directories."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A private runtime folder for this run: the single-instance socket of every app a test
# starts lives there, so two test runs on one machine never hand requests to each other.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="stretchtimer-tests-")
atexit.register(shutil.rmtree, os.environ["XDG_RUNTIME_DIR"], True)

REPO = Path(__file__).resolve().parent.parent

# Two exercises, the first on both sides. Its timeline: 0 prepare, 1 hold left (20 s), 2 switch,
# 3 hold right (20 s), 4 rest, 5 prepare, 6 hold (15 s), 7 done.
SHORT = """\
version: 1
name: Short
defaults: {prepare: 5, switch: 5, rest: 10}
steps:
  - exercise: seated-hamstring-stretch
    hold: 20
  - exercise: standing-wide-hamstring-stretch
    hold: 15
"""


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own config and data directories."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture(scope="session")
def library():  # type: ignore[no-untyped-def]
    """The built-in exercise library."""
    from stretchtimer.core.loader import load_library

    return load_library(os.environ.get("ST_TEST_LIBRARY") or REPO / "routines" / "exercises.yaml")


class FakeClock:
    """A monotonic clock moved by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot, library, fake_clock, monkeypatch):  # type: ignore[no-untyped-def]
    """The main window on the built-in routines, shown and active, timed by ``fake_clock``."""
    from stretchtimer.core.catalog import builtin_entries
    from stretchtimer.core.places import Places
    from stretchtimer.core.settings import Settings
    from stretchtimer.ui import dialogs
    from stretchtimer.ui.driver import SessionDriver
    from stretchtimer.ui.main_window import MainWindow

    # Closing the window at teardown must not wait for a person to answer.
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    places = Places.from_environment()
    win = MainWindow(library, lambda: builtin_entries(places.builtin_dir, library), Settings(),
                     SessionDriver(clock=fake_clock), places.assets_dir)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    return win


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    """The interface in French for one test."""
    from PySide6.QtCore import QTranslator

    from stretchtimer.ui.app import install_translator

    before = set(qapp.findChildren(QTranslator))
    install_translator(qapp, "fr")
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
