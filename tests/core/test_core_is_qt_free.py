"""The core imports neither Qt nor an audio library, so it stays fast and testable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "stretchtimer" / "core"


def test_core_modules_import_without_qt_or_audio() -> None:
    modules = [f"stretchtimer.core.{p.stem}" for p in sorted(CORE.glob("*.py")) if p.stem != "__init__"]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'simpleaudio', 'jeepney') "
        "or m.startswith(('stretchtimer.ui', 'stretchtimer.audio', 'stretchtimer.platform')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) >= 8
    assert result.stdout.strip() == ""


def test_core_passes_mypy_strict() -> None:
    repo = CORE.parent.parent
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "stretchtimer/core"],
                            capture_output=True, text=True, cwd=repo, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
