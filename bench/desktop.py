"""Start-up time, memory and idle CPU of Stretch Timer against a bare PySide6 window.

Runs in real X windows on its own Xvfb display with a tray host (trayer), alternating
the two programs, and prints medians and ratios measured in this one run.
Goals: start-up <= 1.3x the bare window, memory <= bare + 30 MB, idle in the tray
<= 0.1 % of a core over 30 s, also with desk breaks on. Exits 1 when a goal is missed.
The floor window (bare, plus Qt's enums and PyYAML) is timed alongside as a reference: what
any PySide6 app that keeps YAML settings pays before drawing anything of its own.
Run: python bench/desktop.py [--runs N] [--idle-seconds S]   (BENCH_DISPLAY=:N picks the display)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TICKS = os.sysconf("SC_CLK_TCK")


def visible_window(pid: int, env: dict[str, str]) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           env=env, capture_output=True, text=True)
    return bool(found.stdout.strip())


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float, subprocess.Popen[bytes]]:
    """Seconds from process start to a visible window, and the resident memory a second later."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not visible_window(process.pid, env):
        if process.poll() is not None or time.perf_counter() - started > 30:
            raise RuntimeError(f"{command} showed no window")
        time.sleep(0.005)
    shown = time.perf_counter() - started
    time.sleep(1.0)
    return shown, rss_mb(process.pid), process


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()


def idle_cpu(command: list[str], env: dict[str, str], seconds: float) -> float:
    """Percent of one core used while sitting in the tray for ``seconds``."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(3)  # settle after start-up
    before = cpu_seconds(process.pid)
    time.sleep(seconds)
    used = cpu_seconds(process.pid) - before
    stop(process)
    return 100 * used / seconds


def desk_breaks_on(settings_file: Path) -> None:
    """Turn desk breaks on at every hour of every day, so they really look at the desktop."""
    import yaml

    data = yaml.safe_load(settings_file.read_text()) or {}
    data["desk"] = {"enabled": True, "hours_from": 0, "hours_until": 24,
                    "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}
    settings_file.write_text(yaml.safe_dump(data))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--idle-seconds", type=float, default=30)
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool", "trayer"):
        if not shutil.which(tool):
            print(f"{tool} is needed (./dev.sh setup installs it)", file=sys.stderr)
            return 2
    # Measured as installed: pip and Debian write the bytecode at install time.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "stretchtimer")],
                   stdout=subprocess.DEVNULL, check=False)
    home = Path(tempfile.mkdtemp())
    display = os.environ.get("BENCH_DISPLAY") or f":{50 + os.getpid() % 40}"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    trayer = subprocess.Popen(["trayer", "--edge", "top", "--widthtype", "request"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    bare = [sys.executable, str(HERE / "bare_window.py")]
    floor = [*bare, "--floor"]
    app = [sys.executable, "-m", "stretchtimer"]
    try:
        times: dict[str, list[float]] = {"bare": [], "floor": [], "app": []}
        memory: dict[str, list[float]] = {"bare": [], "floor": [], "app": []}
        for _ in range(args.runs):
            for name, command in (("bare", bare), ("floor", floor), ("app", app)):
                shown, rss, process = launch(command, env)
                stop(process)
                times[name].append(shown)
                memory[name].append(rss)
        # Reminders on, so the app really stays in the tray.
        subprocess.run([*app, "remind", "add", "21:30"], env=env, check=True, capture_output=True)
        idle = {"bare": idle_cpu([*bare, "--tray"], env, args.idle_seconds),
                "app": idle_cpu([*app, "--tray"], env, args.idle_seconds)}
        desk_breaks_on(home / "config" / "stretchtimer" / "settings.yaml")
        idle["desk"] = idle_cpu([*app, "--tray"], env, args.idle_seconds)
    finally:
        trayer.terminate()
        xvfb.terminate()
        shutil.rmtree(home, ignore_errors=True)
    start_bare, start_app = statistics.median(times["bare"]), statistics.median(times["app"])
    start_floor = statistics.median(times["floor"])
    mem_bare, mem_app = statistics.median(memory["bare"]), statistics.median(memory["app"])
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {args.runs} runs each")
    print(f"{'':28}{'bare window':>12}{'Stretch Timer':>15}{'ratio':>8}")
    print(f"{'start to window (ms)':28}{start_bare * 1000:>12.0f}{start_app * 1000:>15.0f}"
          f"{start_app / start_bare:>8.2f}")
    print(f"{'  floor (Qt enums + PyYAML)':28}{'':>12}{start_floor * 1000:>15.0f}"
          f"{start_floor / start_bare:>8.2f}")
    print(f"{'resident memory (MB)':28}{mem_bare:>12.1f}{mem_app:>15.1f}{mem_app - mem_bare:>+8.1f}")
    print(f"{'idle in tray (% of a core)':28}{idle['bare']:>12.3f}{idle['app']:>15.3f}")
    print(f"{'  with desk breaks on':28}{'':>12}{idle['desk']:>15.3f}")
    goals = [("start-up <= 1.3x bare", start_app / start_bare <= 1.3),
             ("memory <= bare + 30 MB", mem_app - mem_bare <= 30),
             ("idle <= 0.1 % of a core", idle["app"] <= 0.1),
             ("idle with desk breaks on <= 0.1 % of a core", idle["desk"] <= 0.1)]
    for name, ok in goals:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(ok for _, ok in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
