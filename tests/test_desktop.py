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


AWKWARD = "my apps/it's \"quoted\" $HOME \\ back`tick`"


def _fake_install(root: Path) -> Path:
    """A `stretchtimer` script under an awkward path that records the arguments it gets."""
    script = root / AWKWARD / "bin" / "stretchtimer"
    script.parent.mkdir(parents=True)
    script.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\" > {root / 'argv.txt'}\n")
    script.chmod(0o755)
    return script


def _launch_through_glib(entry: Path) -> None:
    """Start the entry the way a desktop does (GLib's launcher), so its quoting is read for real."""
    code = ("import sys, gi; gi.require_version('Gio', '2.0'); from gi.repository import Gio;"
            "assert Gio.DesktopAppInfo.new_from_filename(sys.argv[1]).launch([], None)")
    subprocess.run(["/usr/bin/python3", "-c", code, str(entry)], check=True, timeout=30)


def _wait_for(path: Path) -> str:
    import time

    for _ in range(100):
        if path.exists() and path.read_text().endswith("\n"):
            return path.read_text()
        time.sleep(0.05)
    raise AssertionError(f"{path} was never written")


def test_exec_lines_work_from_a_path_with_spaces_quotes_and_dollars(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer import desktop_entry
    from stretchtimer.autostart import autostart_file, set_start_at_login

    script = _fake_install(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(script)])
    monkeypatch.setenv("HOME", str(tmp_path))
    share = tmp_path / "share"
    desktop_entry.install(Places.from_environment(), share)
    set_start_at_login(tmp_path / "config", True)
    for entry, arguments in ((share / "applications" / f"{APP_ID}.desktop", []),
                             (autostart_file(tmp_path / "config"), ["--tray"])):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
        (tmp_path / "argv.txt").unlink(missing_ok=True)
        _launch_through_glib(entry)
        assert _wait_for(tmp_path / "argv.txt").splitlines() == [str(script), *arguments]
