"""A short routine run in the real app to its end, then found by `stretchtimer history`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.slow
def test_routine_run_to_the_end_shows_up_in_history(tmp_path: Path) -> None:
    routine = tmp_path / "quick.yaml"
    routine.write_text("version: 1\nname: Quick check\ndefaults: {prepare: 0, rest: 0}\n"
                       "steps:\n  - exercise: standing-wide-hamstring-stretch\n    hold: 2\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "stretchtimer", "run", str(routine)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        listed = ""
        while time.monotonic() < deadline and "Quick check" not in listed:
            time.sleep(0.5)
            listed = subprocess.run([sys.executable, "-m", "stretchtimer", "history"], env=env,
                                    capture_output=True, text=True, timeout=30).stdout
    finally:
        app.terminate()
        _, err = app.communicate(timeout=10)
    assert "Quick check" in listed and "completed" in listed
    assert "Current streak: 1 day" in listed
    assert "Traceback" not in err
    csv = subprocess.run([sys.executable, "-m", "stretchtimer", "history", "--csv"], env=env,
                         capture_output=True, text=True, timeout=30).stdout
    assert csv.splitlines()[1].startswith("Quick check,")
    assert ",2,yes," in csv.splitlines()[1]
