#!/usr/bin/env bash
# Set up everything Stretch Timer needs on Debian/Ubuntu, then run it or its tests.
#   ./dev.sh run    install what is missing, then open the app on the Evening routine
#   ./dev.sh test   install what is missing, then run the whole test suite
#   ./dev.sh setup  only install
set -euo pipefail
cd "$(dirname "$0")"

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

# Build tools for simpleaudio, the libraries Qt's xcb platform plugin loads, and libXss for
# the X server's idle time (desk breaks).
RUNTIME_DEBS="gcc libasound2-dev python3-dev python3-venv libxss1 libx11-6 libxcb-cursor0 libxkbcommon-x11-0
 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
 libxcb-render-util0 libxcb-image0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
# The tests also validate the desktop entry and the AppStream metainfo, and check the
# reminders on a real X server with a tray host, a session bus and a notification daemon,
# and what a screen reader hears over AT-SPI, and that the desktop's speech service speaks
# the coaching (speech-dispatcher with espeak-ng, the service Orca uses).
TEST_DEBS="desktop-file-utils appstream xvfb x11-utils xdotool trayer dunst dbus
           at-spi2-core python3-pyatspi gir1.2-atspi-2.0
           speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"

install_debs() {
    command -v dpkg-query >/dev/null || { echo "not a Debian/Ubuntu system: install $* by hand" >&2; return 0; }
    local missing=()
    for deb in "$@"; do
        dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "ok installed" || missing+=("$deb")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

setup_python() {
    local stamp="$VENV/.installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e '.[test]'
        touch "$stamp"
    fi
    # Bytecode, as pip writes it for an installed package: the window shows sooner. Quietly
    # skipped where the checkout is read-only (Python then compiles in memory).
    "$VENV/bin/python" -m compileall -q stretchtimer >/dev/null 2>&1 || true
}

case "${1:-}" in
    setup)
        # shellcheck disable=SC2086
        install_debs $RUNTIME_DEBS $TEST_DEBS
        setup_python
        ;;
    run)
        # shellcheck disable=SC2086
        install_debs $RUNTIME_DEBS
        setup_python
        shift
        exec "$VENV/bin/stretchtimer" run "Evening routine" "$@"
        ;;
    test)
        # shellcheck disable=SC2086
        install_debs $RUNTIME_DEBS $TEST_DEBS
        setup_python
        shift
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "usage: ./dev.sh run | test | setup" >&2
        exit 2
        ;;
esac
