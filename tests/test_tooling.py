"""The linters run with the tests, so a violation fails the suite and CI, not only an editor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


@pytest.mark.slow
def test_ruff_finds_nothing() -> None:
    """The rule sets chosen in pyproject.toml ([tool.ruff.lint]) over the whole repository."""
    result = run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_finds_nothing() -> None:
    """mypy with the configuration in pyproject.toml ([tool.mypy]: the whole package, strict)."""
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
