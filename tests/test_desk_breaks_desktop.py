"""Desk breaks end to end on a real X server: idle time from MIT-SCREEN-SAVER, a tray host,
a session bus and a notification daemon. A desk-break minute is shortened to a few seconds.

Staying idle brings no desk break; moving the pointer every half second brings one, with
Start, Snooze and Skip; its Start opens the Desk break routine; `stretchtimer desk-breaks
status` reads the running app's status all along.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from xserver import START_XVFB

MINUTE = 3  # seconds in a desk-break minute for this test

SCRIPT = START_XVFB + r"""
trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
dunst >/dev/null 2>&1 &
dbus-monitor "interface='org.freedesktop.Notifications',member='Notify'" > "$OUT/monitor.txt" 2>&1 &
dbus-monitor "type='method_return',sender='org.freedesktop.Notifications'" > "$OUT/returns.txt" 2>&1 &
sleep 1
"$PYTHON" -m stretchtimer --tray > "$OUT/app.log" 2>&1 &
app=$!
for _ in $(seq 50); do [ -f "$XDG_RUNTIME_DIR/stretchtimer/desk-breaks.json" ] && break; sleep 0.1; done
sleep 8  # idle: nearly three desk-break minutes, longer than the break length
grep -c "Desk break" "$OUT/monitor.txt" > "$OUT/idle-count.txt"
"$PYTHON" -m stretchtimer desk-breaks status > "$OUT/status-idle.txt" 2>&1
for i in $(seq 60); do
    xdotool mousemove $((100 + i * 7 % 400)) $((100 + i * 5 % 300))
    grep -q "Desk break" "$OUT/monitor.txt" && break
    sleep 0.5
done
echo "moves: $i" > "$OUT/result.txt"
"$PYTHON" -m stretchtimer desk-breaks status > "$OUT/status-due.txt" 2>&1
# Start, as the notification daemon says it when its button is pressed, with the id it gave.
id=$(grep -o "uint32 [0-9]*" "$OUT/returns.txt" | tail -1 | cut -d' ' -f2)
dbus-send --session --type=signal /org/freedesktop/Notifications \
    org.freedesktop.Notifications.ActionInvoked uint32:"$id" string:start
for _ in $(seq 50); do
    title=$(xdotool search --onlyvisible --name 'Stretch Timer' getwindowname 2>/dev/null | head -1)
    case "$title" in *"Alternating toe reach"*|*"Desk break"*) break;; esac
    sleep 0.1
done
echo "title: $title" >> "$OUT/result.txt"
"$PYTHON" -m stretchtimer desk-breaks status > "$OUT/status-started.txt" 2>&1
kill $app 2>/dev/null; wait $app 2>/dev/null
"$PYTHON" -m stretchtimer desk-breaks status > "$OUT/status-gone.txt" 2>&1
echo "gone-exit: $?" >> "$OUT/result.txt"
kill $xvfb 2>/dev/null
"""


@pytest.mark.slow
def test_activity_brings_a_desk_break_and_idleness_none(tmp_path: Path) -> None:
    for tool in ("Xvfb", "trayer", "dunst", "dbus-run-session", "dbus-monitor", "xdotool", "xdpyinfo"):
        assert shutil.which(tool), f"{tool} is needed: ./dev.sh test installs it"
    config = tmp_path / "config" / "stretchtimer"
    config.mkdir(parents=True)
    (config / "settings.yaml").write_text(
        "version: 1\ndesk:\n  enabled: true\n  work_minutes: 1\n  break_minutes: 1\n"
        "  hours_from: 0\n  hours_until: 24\n  days: [mon, tue, wed, thu, fri, sat, sun]\n")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "OUT": str(tmp_path), "PYTHON": sys.executable,
           "DISPLAY_NUMBER": os.environ.get("ST_TEST_DISPLAY") or str(70 + os.getpid() % 9),
           "QT_QPA_PLATFORM": "xcb", "STRETCHTIMER_DESK_MINUTE": str(MINUTE),
           "XDG_RUNTIME_DIR": str(runtime), "LANGUAGE": "en", "LC_ALL": "C.UTF-8",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    started = time.monotonic()
    subprocess.run(["dbus-run-session", "--", "bash", "-c", SCRIPT], env=env, timeout=120, check=False)
    assert time.monotonic() - started < 60
    assert (tmp_path / "idle-count.txt").read_text().strip() == "0"  # idle: no desk break
    idle_status = (tmp_path / "status-idle.txt").read_text()
    assert "idle time from x11" in idle_status and "you are on a break now" in idle_status, idle_status
    monitor = (tmp_path / "monitor.txt").read_text()
    assert 'string "Desk break"' in monitor, monitor[-2000:]
    assert "Time for a short desk break?" in monitor
    for action in ('string "start"', 'string "snooze"', 'string "skip"'):
        assert action in monitor
    due = (tmp_path / "status-due.txt").read_text()
    assert "A desk break is due now." in due or "waits for your answer" in due, due
    assert "Activity since the last break: 0 min" not in due
    result = (tmp_path / "result.txt").read_text()
    assert "Alternating toe reach" in result or "Desk break" in result, result  # Start ran the routine
    started = (tmp_path / "status-started.txt").read_text()
    assert "a routine is running" in started and "Today: 1 started" in started, started
    assert "gone-exit: 1" in result  # the app quit: the status says it is not running
    assert "not running" in (tmp_path / "status-gone.txt").read_text()
    assert "Traceback" not in (tmp_path / "app.log").read_text()
