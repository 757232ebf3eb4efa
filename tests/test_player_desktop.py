"""The player driven from the keyboard on a real X server, as someone on a mat would.

Starts Xvfb, launches the app, gives its window the focus (there is no window manager)
and presses keys with xdotool, reading the window title after each press: Enter on the
home screen starts the first routine; twenty quick Right presses never pause the routine;
`+` adds ten seconds to a hold; an open hold counts up and Space moves on from it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from xserver import START_XVFB

ROUTINE = """\
version: 1
name: Mat check
defaults: {prepare: 3, switch: 2, rest: 2}
steps:
  - exercise: standing-wide-hamstring-stretch
    hold: 40
  - exercise: foam-roll-hamstrings
    hold: open
    sides: left
  - exercise: lying-hamstring-stretch
    hold: 20
"""

SCRIPT = START_XVFB + r"""
title() { xdotool getwindowname "$1" 2>/dev/null; }
window_of() {  # the app's visible window, once it is there
    for _ in $(seq 100); do
        wid=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | head -1)
        [ -n "$wid" ] && { echo "$wid"; return; }
        sleep 0.1
    done
}
wait_title() {  # $1 window, $2 pattern
    for _ in $(seq 100); do case "$(title "$1")" in $2) return 0;; esac; sleep 0.05; done
    return 1
}

# 1. Enter on the home screen starts the first routine.
"$PYTHON" -m stretchtimer > "$OUT/home-app.log" 2>&1 &
app=$!
wid=$(window_of $app)
sleep 0.5
xdotool windowfocus --sync "$wid"
echo "home: $(title "$wid")" > "$OUT/home.txt"
xdotool key Return
wait_title "$wid" "*·*"
echo "after-enter: $(title "$wid")" >> "$OUT/home.txt"
kill $app; wait $app 2>/dev/null

# 2. Twenty quick skips, + on a hold, an open hold counted up and left with Space.
"$PYTHON" -m stretchtimer run "$OUT/mat.yaml" > "$OUT/run-app.log" 2>&1 &
app=$!
wid=$(window_of $app)
sleep 0.5
xdotool windowfocus --sync "$wid"
wait_title "$wid" "*Hold*" || xdotool key Right
wait_title "$wid" "*Hold*"
echo "hold: $(title "$wid")" > "$OUT/run.txt"
xdotool key plus
sleep 0.2
echo "plus: $(title "$wid")" >> "$OUT/run.txt"
xdotool key Right Right Right   # rest, get ready: on to the open hold
wait_title "$wid" "+0:0*"
sleep 2.2
echo "open: $(title "$wid")" >> "$OUT/run.txt"
xdotool key space
sleep 0.3
echo "after-space: $(title "$wid")" >> "$OUT/run.txt"
xdotool key r            # from the start again, then twenty quick skips
sleep 0.3
for _ in $(seq 20); do
    xdotool key Right
    sleep 0.3
    echo "skip: $(title "$wid")" >> "$OUT/skips.txt"
done
kill $app; wait $app 2>/dev/null
kill $xvfb 2>/dev/null
"""


def run_script(tmp_path: Path) -> None:
    for tool in ("Xvfb", "xdotool", "xdpyinfo"):
        assert shutil.which(tool), f"{tool} is needed: ./dev.sh test installs it"
    (tmp_path / "mat.yaml").write_text(ROUTINE)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "OUT": str(tmp_path), "PYTHON": sys.executable,
           "DISPLAY_NUMBER": str(100 + os.getpid() % 9), "QT_QPA_PLATFORM": "xcb",
           "LANG": "C.UTF-8", "LANGUAGE": "", "XDG_RUNTIME_DIR": str(runtime),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    subprocess.run(["bash", "-c", SCRIPT], env=env, timeout=150, check=False)


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("player-desktop")
    run_script(out)
    for log in ("home-app.log", "run-app.log"):
        assert "Traceback" not in (out / log).read_text()
    return out


def lines(path: Path, key: str) -> list[str]:
    return [line.split(": ", 1)[1] for line in path.read_text().splitlines() if line.startswith(key + ": ")]


def seconds(title: str) -> int:
    minutes, secs = title.lstrip("+").split(" ")[0].split(":")
    return int(minutes) * 60 + int(secs)


@pytest.mark.slow
def test_enter_on_the_home_screen_starts_the_first_routine(played: Path) -> None:
    (home,) = lines(played / "home.txt", "home")
    (after,) = lines(played / "home.txt", "after-enter")
    assert home == "Stretch Timer"
    assert " · " in after and after.endswith("— Stretch Timer"), after


@pytest.mark.slow
def test_plus_adds_ten_seconds_to_a_hold(played: Path) -> None:
    (hold,) = lines(played / "run.txt", "hold")
    (plus,) = lines(played / "run.txt", "plus")
    assert "Hold · Standing wide-leg hamstring stretch" in hold, hold
    assert "Hold · Standing wide-leg hamstring stretch" in plus, plus
    assert 9 <= seconds(plus) - seconds(hold) <= 10, (hold, plus)


@pytest.mark.slow
def test_an_open_hold_counts_up_and_space_moves_on(played: Path) -> None:
    (opened,) = lines(played / "run.txt", "open")
    (after,) = lines(played / "run.txt", "after-space")
    assert opened.startswith("+0:0") and "Hold · Foam-roller hamstring release (left side)" in opened, opened
    assert seconds(opened) >= 2
    assert not after.startswith("+") and "Paused" not in after, after


@pytest.mark.slow
def test_twenty_quick_skips_never_pause_the_routine(played: Path) -> None:
    titles = lines(played / "skips.txt", "skip")
    assert len(titles) == 20
    assert not [t for t in titles if "Paused" in t], titles
    assert titles[-1] == "Not counted — Stretch Timer" or "·" in titles[-1], titles  # all skipped
