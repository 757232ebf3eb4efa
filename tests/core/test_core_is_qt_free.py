"""The core imports neither Qt nor an audio library, so it stays fast and testable."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "stretchtimer" / "core"
BANNED_ROOTS = ("PySide6", "shiboken6", "simpleaudio", "jeepney")
BANNED_PACKAGES = ("stretchtimer.ui", "stretchtimer.audio", "stretchtimer.platform")


def banned_imports(source: str) -> list[str]:
    """Every import of Qt, audio, D-Bus or the layers above the core, at the top or inside a function."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return sorted({name for name in names if name.split(".")[0] in BANNED_ROOTS
                   or any(name == p or name.startswith(p + ".") for p in BANNED_PACKAGES)})


def test_core_modules_import_without_qt_or_audio() -> None:
    modules = [f"stretchtimer.core.{p.stem}" for p in sorted(CORE.glob("*.py")) if p.stem != "__init__"]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {BANNED_ROOTS!r} "
        f"or m.startswith({BANNED_PACKAGES!r}))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) >= 8
    assert result.stdout.strip() == ""


def test_the_scan_sees_a_banned_import_inside_a_function() -> None:
    source = ("import json\nfrom stretchtimer.core import model\n"
              "def late():\n    import jeepney.io\n    from stretchtimer import ui\n"
              "    from stretchtimer.audio.player import CuePlayer\n")
    assert banned_imports(source) == ["jeepney.io", "stretchtimer.audio.player",
                                      "stretchtimer.audio.player.CuePlayer", "stretchtimer.ui"]


def test_no_core_module_imports_qt_audio_or_the_layers_above_even_late() -> None:
    sources = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORE.glob("*.py"))}
    found = {name: bad for name, source in sources.items() if (bad := banned_imports(source))}
    assert len(sources) >= 8
    assert found == {}


def test_core_passes_mypy_strict() -> None:
    repo = CORE.parent.parent
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "stretchtimer/core"],
                            capture_output=True, text=True, cwd=repo, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
