"""Tightness check-ins on a real X server: during a two-sided stretch, 3 pressed while switching
after the left side and 4 during the rest after the right side end up in `stretchtimer history --csv`;
so do the back stiffness (6 on the first screen, 2 on the summary) and the rating of the side that
ends the routine, given on the summary (5) after the session was saved.

Starts Xvfb, runs a short routine with the app, gives its window the focus (there is no window
manager), presses the keys with xdotool when the window title shows the phase, lets the routine
end, then reads the history from the command line as a user would.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from xserver import START_XVFB

ROUTINE = """\
version: 1
name: Check-in check
after_exercise: true
defaults: {prepare: 2, hold: 4, switch: 5, rest: 5}
steps:
  - exercise: lying-hamstring-stretch
  - exercise: standing-wide-hamstring-stretch
  - exercise: seated-hamstring-stretch
"""
SETTINGS = "version: 2\ncoach: {stiffness: true}\n"

SCRIPT = START_XVFB + r"""
title() { xdotool getwindowname "$1" 2>/dev/null; }
window_of() {
    for _ in $(seq 100); do
        wid=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | head -1)
        [ -n "$wid" ] && { echo "$wid"; return; }
        sleep 0.1
    done
}
wait_title() {  # $1 window, $2 pattern, within 20 s
    for _ in $(seq 400); do case "$(title "$1")" in $2) return 0;; esac; sleep 0.05; done
    return 1
}

"$PYTHON" -m stretchtimer run "$OUT/checkin.yaml" > "$OUT/app.log" 2>&1 &
app=$!
wid=$(window_of $app)
sleep 0.5
xdotool windowfocus --sync "$wid"
wait_title "$wid" "*Get ready*"
xdotool key 6                     # the back stiffness, asked on the first screen
wait_title "$wid" "*Switch sides*"
echo "switch: $(title "$wid")" > "$OUT/titles.txt"
xdotool key 3
wait_title "$wid" "*Rest*"
echo "rest: $(title "$wid")" >> "$OUT/titles.txt"
xdotool key 4
sleep 0.3
for _ in $(seq 30); do            # on to the last side, a phase at a time; it is held
    case "$(title "$wid")" in *"Hold · Seated hamstring stretch (right side)"*|Done*) break;; esac
    xdotool key Right; sleep 0.15
done
wait_title "$wid" "Done*"
echo "done: $(title "$wid")" >> "$OUT/titles.txt"
sleep 0.5
"$PYTHON" -m stretchtimer history --csv > "$OUT/saved.csv" 2>> "$OUT/app.log"
xdotool key 5                     # the summary: the right side of the last stretch...
sleep 0.3
xdotool key 2                     # ...then the back stiffness after the routine
sleep 0.5
kill $app; wait $app 2>/dev/null
kill $xvfb 2>/dev/null
"$PYTHON" -m stretchtimer history --csv > "$OUT/history.csv" 2>> "$OUT/app.log"
"""


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    for tool in ("Xvfb", "xdotool", "xdpyinfo"):
        assert shutil.which(tool), f"{tool} is needed: ./dev.sh test installs it"
    out = tmp_path_factory.mktemp("coaching-desktop")
    (out / "checkin.yaml").write_text(ROUTINE)
    (out / "config" / "stretchtimer").mkdir(parents=True)
    (out / "config" / "stretchtimer" / "settings.yaml").write_text(SETTINGS)
    runtime = out / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "OUT": str(out), "PYTHON": sys.executable,
           "DISPLAY_NUMBER": os.environ.get("ST_TEST_DISPLAY") or str(110 + os.getpid() % 9),
           "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8", "LANGUAGE": "", "XDG_RUNTIME_DIR": str(runtime),
           "XDG_CONFIG_HOME": str(out / "config"), "XDG_DATA_HOME": str(out / "data")}
    subprocess.run(["bash", "-c", SCRIPT], env=env, timeout=120, check=False)
    assert "Traceback" not in (out / "app.log").read_text()
    return out


@pytest.mark.slow
def test_keys_after_each_side_end_up_in_the_csv_history(played: Path) -> None:
    titles = (played / "titles.txt").read_text()
    assert "Switch sides · Lying hamstring stretch (right" in titles, titles
    assert "rest: " in titles and "Rest" in titles.split("rest: ")[1], titles
    saved = list(csv.DictReader(io.StringIO((played / "saved.csv").read_text())))
    rows = list(csv.DictReader(io.StringIO((played / "history.csv").read_text())))
    assert [row["routine"] for row in rows] == ["Check-in check"], rows
    both = "lying-hamstring-stretch:left:3;lying-hamstring-stretch:right:4"
    assert saved[0]["ratings"] == both and saved[0]["stiffness_after"] == ""  # as saved at the end
    assert rows[0]["ratings"] == both + ";seated-hamstring-stretch:right:5"  # amended from the summary
    assert (rows[0]["stiffness_before"], rows[0]["stiffness_after"]) == ("6", "2")
    assert rows[0]["started_at"] == saved[0]["started_at"]
    assert list(rows[0])[-3:] == ["ratings", "stiffness_before", "stiffness_after"]  # new columns last
