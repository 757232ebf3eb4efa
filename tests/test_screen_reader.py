"""What a screen reader hears, end to end: Xvfb, an AT-SPI bus, the app, and a listener.

The probe (tests/screen_reader_probe.py) runs with the system python3 and pyatspi, as Orca
would read the app: it hears the announcements while a short routine plays, then walks the
window's accessible tree. Once on the home screen, once in the player.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from xserver import START_XVFB

REPO = Path(__file__).resolve().parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

SCRIPT = START_XVFB + r"""
"$LAUNCHER" --launch-immediately >/dev/null 2>&1 &
sleep 0.5
probe() {  # $1: seconds to listen, $2: output name, then the app's arguments
    local seconds=$1 name=$2; shift 2
    "$SYSTEM_PYTHON" "$PROBE" "$seconds" > "$OUT/$name.json" 2> "$OUT/$name-probe.log" &
    local listener=$!
    sleep 1
    env $APP_ENV "$PYTHON" -m stretchtimer "$@" > "$OUT/$name-app.log" 2>&1 &
    local app=$!
    wait $listener
    kill $app 2>/dev/null; wait $app 2>/dev/null
}
APP_ENV=""
probe 4 home
probe 12 player run "$OUT/short.yaml"
APP_ENV="XDG_CONFIG_HOME=$OUT/with-reminder"  # no tray host runs here at all
probe 4 notray
kill $xvfb 2>/dev/null
"""

SHORT = """\
version: 1
name: Quick check
defaults: {prepare: 2, switch: 1, rest: 1}
steps:
  - exercise: seated-hamstring-stretch
    hold: 3
  - exercise: standing-wide-hamstring-stretch
    hold: 2
"""


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:  # type: ignore[type-arg]
    for tool in ("Xvfb", "xdpyinfo", "dbus-run-session", LAUNCHER, SYSTEM_PYTHON):
        assert shutil.which(tool), f"{tool} is needed: ./dev.sh test installs it"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    assert check.returncode == 0, "python3-pyatspi is needed: ./dev.sh test installs it"
    out = tmp_path_factory.mktemp("screen-reader")
    (out / "short.yaml").write_text(SHORT)
    settings = out / "with-reminder" / "stretchtimer" / "settings.yaml"
    settings.parent.mkdir(parents=True)
    settings.write_text("version: 1\nschedule:\n  reminders:\n"
                        "  - {id: 1, time: '21:30', routine: Evening routine}\n")
    env = {**os.environ, "OUT": str(out), "PYTHON": sys.executable, "SYSTEM_PYTHON": SYSTEM_PYTHON,
           "LAUNCHER": LAUNCHER, "PROBE": str(REPO / "tests" / "screen_reader_probe.py"),
           "DISPLAY_NUMBER": str(80 + os.getpid() % 9), "QT_QPA_PLATFORM": "xcb",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "LANG": "C.UTF-8", "LANGUAGE": "",
           "XDG_CONFIG_HOME": str(out / "config"), "XDG_DATA_HOME": str(out / "data")}
    subprocess.run(["dbus-run-session", "--", "bash", "-c", SCRIPT], env=env, timeout=120, check=False)
    result = {}
    for name in ("home", "player", "notray"):
        text = (out / f"{name}.json").read_text()
        assert text, (out / f"{name}-probe.log").read_text()
        result[name] = json.loads(text)
        assert "Traceback" not in (out / f"{name}-app.log").read_text()
    return result


def showing(tree: list[dict], role: str) -> list[dict]:  # type: ignore[type-arg]
    return [n for n in tree if n.get("role") == role and n.get("showing")]


@pytest.mark.slow
def test_home_controls_are_named(heard: dict) -> None:  # type: ignore[type-arg]
    buttons = {n["name"] for n in showing(heard["home"]["tree"], "push button")}
    assert {"Start Evening routine", "Edit Evening routine", "New routine", "Settings"} <= buttons
    assert all(name.strip() for name in buttons)


@pytest.mark.slow
def test_each_phase_is_announced_once_with_exercise_side_and_length(heard: dict) -> None:  # type: ignore[type-arg]
    said = heard["player"]["announcements"]
    expected = ["Get ready, Seated hamstring stretch, left side, 2 seconds",
                "Hold, Seated hamstring stretch, left side, 3 seconds",
                "Switch sides, Seated hamstring stretch, right side, 1 second",
                "Hold, Seated hamstring stretch, right side, 3 seconds",
                "Rest, 1 second",
                "Get ready, Standing wide-leg hamstring stretch, 2 seconds"]
    # The first phase too: it is said once the new window is on screen for the reader.
    assert said == expected, said  # once a phase, never once a second


@pytest.mark.slow
def test_player_reads_as_text_with_named_controls(heard: dict) -> None:  # type: ignore[type-arg]
    tree = heard["player"]["tree"]
    frames = [n for n in tree if n.get("role") == "frame"]
    assert frames and frames[0]["name"].endswith("— Stretch Timer")
    buttons = {n["name"]: n["description"] for n in showing(tree, "push button")}
    assert {"Back", "Pause", "Skip", "Restart", "Floor mode", "Mute", "Stop"} <= set(buttons)
    assert "(Space)" in buttons["Pause"]  # the key is said too
    instructions = [n for n in tree if n["name"] == "Instructions" and n.get("showing")]
    assert instructions and instructions[0]["role"] in ("label", "text", "document text")
    # The steps still ahead, from the one under way (how far the hold has gone varies with load).
    assert "Breathe deeply; with each breath out" in instructions[0]["text"], instructions
    labels = [n.get("text", n["name"]) for n in showing(tree, "label")]
    assert any(text.startswith("Safety: ") for text in labels)
    countdown = [n for n in showing(tree, "label") if n["description"] == "Time left in this phase"]
    assert countdown and ":" in countdown[0]["name"]
    pictures = [n for n in tree if n["description"].startswith("Standing with the feet wide apart")]
    assert pictures, "the illustration's alternative text is its accessible description"


@pytest.mark.slow
def test_without_a_tray_host_the_window_says_reminders_need_it(heard: dict) -> None:  # type: ignore[type-arg]
    labels = [n["name"] for n in showing(heard["notray"]["tree"], "label")]
    assert any("There is no system tray here" in text for text in labels), labels
    buttons = {n["name"] for n in showing(heard["notray"]["tree"], "push button")}
    assert "Start Evening routine" in buttons  # everything else still works
