"""Where the app's files live, resolved once at start-up and passed in."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_DIR = "stretchtimer"


def _package_data(name: str, checkout: str | None = None) -> Path:
    """``assets``, ``routines`` or ``desktop``: inside the installed package, else in a checkout."""
    here = Path(__file__).resolve().parent.parent
    installed = here / name
    return installed if installed.is_dir() else here.parent / (checkout or name)


@dataclass(frozen=True)
class Places:
    config_dir: Path
    data_dir: Path
    builtin_dir: Path
    assets_dir: Path
    desktop_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.yaml"

    @property
    def routines_dir(self) -> Path:
        return self.data_dir / "routines"

    @property
    def trash_dir(self) -> Path:
        """Deleted user routines, kept so a deletion can be undone."""
        return self.data_dir / "trash"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def library_file(self) -> Path:
        return self.builtin_dir / "exercises.yaml"

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Places:
        """XDG directories on Linux (honouring XDG_CONFIG_HOME / XDG_DATA_HOME), the usual ones elsewhere."""
        env = os.environ if environ is None else environ
        home = Path(env.get("HOME") or Path.home())
        if sys.platform == "win32" and "XDG_CONFIG_HOME" not in env:
            base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
            config, data = base, base
        elif sys.platform == "darwin" and "XDG_CONFIG_HOME" not in env:
            base = home / "Library" / "Application Support"
            config, data = base, base
        else:
            config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
            data = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
        return cls(
            config_dir=config / APP_DIR,
            data_dir=data / APP_DIR,
            builtin_dir=_package_data("routines"),
            assets_dir=_package_data("assets"),
            desktop_dir=_package_data("desktop", "packaging/desktop"),
        )
