#!/usr/bin/env bash
# Build a one-folder bundle with PyInstaller that runs without Python installed,
# then smoke-test it: --version, list, and the window opened offscreen.
#   bash packaging/build.sh            build into dist/stretchtimer/
#   bash packaging/build.sh --smoke    build, then run the smoke test
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.0"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --onedir --name stretchtimer \
    --windowed \
    --distpath dist --workpath build/pyinstaller --specpath build \
    --add-data "$PWD/assets:stretchtimer/assets" \
    --add-data "$PWD/routines:stretchtimer/routines" \
    --add-data "$PWD/packaging/desktop:stretchtimer/desktop" \
    --add-data "$PWD/stretchtimer/i18n:stretchtimer/i18n" \
    --collect-submodules stretchtimer \
    --hidden-import simpleaudio \
    --exclude-module tkinter \
    packaging/entry.py

[ "${1:-}" = "--smoke" ] || exit 0

bin=dist/stretchtimer/stretchtimer
home=$(mktemp -d)
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
echo "== $bin --version"
"$bin" --version
echo "== $bin list"
"$bin" list | tee "$home/list.txt"
grep -q "Evening routine" "$home/list.txt"
echo "== $bin run quick.yaml (offscreen: a 2-second routine played to its end)"
printf 'version: 1\nname: Smoke check\ndefaults: {prepare: 0, rest: 0}\nsteps:\n  - exercise: standing-wide-hamstring-stretch\n    hold: 2\n' > "$home/quick.yaml"
QT_QPA_PLATFORM=offscreen "$bin" run "$home/quick.yaml" > "$home/run.log" 2>&1 &
pid=$!
for _ in $(seq 40); do
    sleep 0.5
    "$bin" history > "$home/history.txt" 2>&1 || true
    grep -q "Smoke check.*completed" "$home/history.txt" && break
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
cat "$home/history.txt"
grep -q "Smoke check.*completed" "$home/history.txt" || { cat "$home/run.log" >&2; exit 1; }
if grep -q Traceback "$home/run.log"; then cat "$home/run.log" >&2; exit 1; fi
echo "smoke test passed"
