"""Shell lines shared by the end-to-end tests that need a real X server of their own."""

# Starts Xvfb on :$DISPLAY_NUMBER (its pid in $xvfb), exports DISPLAY, waits until it answers.
START_XVFB = r"""
set -u
Xvfb :$DISPLAY_NUMBER -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:$DISPLAY_NUMBER
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
"""
