"""End to end on a real X server: tray host, session bus, notification daemon, second launch.

Starts Xvfb, trayer and dunst inside its own D-Bus session, launches `stretchtimer --tray`
with a reminder due now, watches the Notify call with dbus-monitor, then hands a
`run` request over from a second launch and reads the first instance's window title.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from xserver import START_XVFB

SCRIPT = START_XVFB + r"""
trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
dunst >/dev/null 2>&1 &
dbus-monitor "interface='org.freedesktop.Notifications',member='Notify'" > "$OUT/monitor.txt" 2>&1 &
sleep 1
"$PYTHON" -m stretchtimer --tray > "$OUT/app.log" 2>&1 &
app=$!
for _ in $(seq 100); do grep -q "Time for your" "$OUT/monitor.txt" && break; sleep 0.1; done
visible=$(xdotool search --onlyvisible --name 'Stretch Timer' 2>/dev/null | wc -l)
echo "visible-before: $visible" > "$OUT/result.txt"
"$PYTHON" -m stretchtimer run "Post-workout" > "$OUT/second.log" 2>&1
echo "second-exit: $?" >> "$OUT/result.txt"
for _ in $(seq 50); do
    title=$(xdotool search --onlyvisible --name 'Stretch Timer' getwindowname 2>/dev/null | head -1)
    case "$title" in *Post-workout*|*"Standing wide-leg"*) break;; esac
    sleep 0.1
done
echo "title: $title" >> "$OUT/result.txt"
kill $app 2>/dev/null; wait $app 2>/dev/null
kill $xvfb 2>/dev/null
"""


@pytest.mark.slow
def test_reminder_notifies_over_dbus_and_second_launch_hands_over(tmp_path: Path) -> None:
    tools = ("Xvfb", "trayer", "dunst", "dbus-run-session", "dbus-monitor", "xdotool", "xdpyinfo")
    for tool in tools:
        assert shutil.which(tool), f"{tool} is needed: ./dev.sh test installs it"
    now = datetime.now().astimezone()
    config = tmp_path / "config" / "stretchtimer"
    config.mkdir(parents=True)
    # A reminder at this minute, last looked at two minutes ago: it is due the moment the app starts.
    (config / "settings.yaml").write_text(
        "version: 1\nschedule:\n"
        f"  last_check: '{(now - timedelta(minutes=2)).isoformat(timespec='seconds')}'\n"
        "  reminders:\n"
        f"  - {{id: 1, time: '{now:%H:%M}', routine: Evening routine}}\n")
    env = {**os.environ, "OUT": str(tmp_path), "PYTHON": sys.executable,
           "DISPLAY_NUMBER": str(90 + os.getpid() % 9), "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    started = time.monotonic()
    subprocess.run(["dbus-run-session", "--", "bash", "-c", SCRIPT], env=env, timeout=120, check=False)
    assert time.monotonic() - started < 60
    monitor = (tmp_path / "monitor.txt").read_text()
    assert 'member=Notify' in monitor and "Time for your Evening routine." in monitor
    assert 'string "start"' in monitor and 'string "snooze"' in monitor
    assert "uint32 0" in monitor  # replaces_id really is a uint32
    result = (tmp_path / "result.txt").read_text()
    assert "visible-before: 0" in result  # --tray starts hidden
    assert "second-exit: 0" in result
    assert "already running" in (tmp_path / "second.log").read_text()
    assert "Standing wide-leg hamstring stretch" in result or "Post-workout" in result, result
    assert "Traceback" not in (tmp_path / "app.log").read_text()
