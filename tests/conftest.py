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
