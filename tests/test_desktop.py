"""The desktop entry and AppStream metainfo validate, and install and uninstall cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from stretchtimer.core.places import Places

REPO = Path(__file__).resolve().parent.parent
DESKTOP = REPO / "packaging" / "desktop"
APP_ID = "io.github.stretchtimer.StretchTimer"


def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(DESKTOP / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_and_uninstall_desktop_entry(tmp_path: Path) -> None:
    share = tmp_path / "data"
    env_cmd = [sys.executable, "-m", "stretchtimer"]
    installed = subprocess.run([*env_cmd, "--install-desktop-entry"], capture_output=True, text=True,
                               env={"XDG_DATA_HOME": str(share), "HOME": str(tmp_path),
                                    "PATH": "/usr/bin:/bin"})
    assert installed.returncode == 0, installed.stderr
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={sys.executable} -m stretchtimer" in entry.read_text()
    assert subprocess.run(["desktop-file-validate", str(entry)]).returncode == 0
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    removed = subprocess.run([*env_cmd, "--uninstall-desktop-entry"], capture_output=True, text=True,
                             env={"XDG_DATA_HOME": str(share), "HOME": str(tmp_path)})
    assert removed.returncode == 0 and "Removed 11 files" in removed.stdout
    assert not entry.exists()


def test_desktop_files_are_found_from_the_checkout() -> None:
    assert (Places.from_environment().desktop_dir / f"{APP_ID}.desktop").is_file()
