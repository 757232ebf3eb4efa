"""Start at login: an XDG autostart entry that launches `stretchtimer --tray`."""

from __future__ import annotations

from pathlib import Path

from stretchtimer.core.atomic import write_atomic
from stretchtimer.desktop_entry import APP_ID, exec_line, launcher


def autostart_file(config_home: Path) -> Path:
    return config_home / "autostart" / f"{APP_ID}.desktop"


def set_start_at_login(config_home: Path, enabled: bool) -> None:
    """Write or remove the autostart entry to match ``enabled``."""
    path = autostart_file(config_home)
    if not enabled:
        path.unlink(missing_ok=True)
        return
    entry = (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Stretch Timer\n"
        "Comment=Evening stretch reminders in the tray\n"
        f"Exec={exec_line([*launcher(), '--tray'])}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    write_atomic(path, entry.encode("utf-8"))
