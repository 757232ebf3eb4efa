"""Install or remove the menu entry, icons and AppStream metainfo under ~/.local/share."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from stretchtimer.core.atomic import write_atomic
from stretchtimer.core.places import Places

APP_ID = "io.github.stretchtimer.StretchTimer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


# The desktop entry spec: an argument holding one of these is written in double quotes.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def launcher() -> list[str]:
    """How the menu should start this installation: its own script, else this Python."""
    script = Path(sys.argv[0]).resolve()
    if script.name == "stretchtimer" and script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "stretchtimer"]


def exec_line(arguments: list[str]) -> str:
    """An Exec= value for ``arguments``, quoted as the desktop entry spec says.

    Inside double quotes ", `, $ and \\ take a backslash; % is doubled so it is no field
    code; then the whole value is escaped once more as a string value (\\ becomes \\\\).
    """
    quoted = []
    for argument in arguments:
        argument = argument.replace("%", "%%")
        if argument and not _RESERVED.intersection(argument):
            quoted.append(argument)
            continue
        inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        quoted.append(f'"{inner}"')
    line = " ".join(quoted)
    return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def _targets(share: Path) -> dict[str, Path]:
    targets = {
        "desktop": share / "applications" / f"{APP_ID}.desktop",
        "metainfo": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        targets[f"png{size}"] = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return targets


def install(places: Places, share: Path) -> list[Path]:
    """Write every file; returns them. The Exec line points at this installation."""
    targets = _targets(share)
    entry = (places.desktop_dir / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = "\n".join(f"Exec={exec_line(launcher())}" if line.startswith("Exec=") else line
                      for line in entry.splitlines()) + "\n"
    write_atomic(targets["desktop"], entry.encode("utf-8"))
    write_atomic(targets["metainfo"], (places.desktop_dir / f"{APP_ID}.metainfo.xml").read_bytes())
    icons = places.assets_dir / "icons"
    write_atomic(targets["svg"], (icons / "stretchtimer.svg").read_bytes())
    for size in ICON_SIZES:
        write_atomic(targets[f"png{size}"], (icons / f"stretchtimer-{size}.png").read_bytes())
    return list(targets.values())


def uninstall(share: Path) -> list[Path]:
    """Remove what ``install`` wrote; returns what was there."""
    removed = []
    for path in _targets(share).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def refresh_caches(share: Path) -> None:
    """Tell the desktop about the change, where the usual tools are installed."""
    import subprocess

    for command in (["update-desktop-database", str(share / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(share / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)
