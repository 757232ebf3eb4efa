"""The wheel carries the exercise library, routines and assets, and works outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
                   check=True, capture_output=True, timeout=600)
    (built,) = out.glob("stretchtimer-*.whl")
    return built


def test_wheel_contains_routines_and_assets(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for routine in ("exercises", "evening-routine", "post-workout", "pre-workout-warm-up", "desk-break"):
        assert f"stretchtimer/routines/{routine}.yaml" in names
    assets = {f"stretchtimer/assets/{p.relative_to(REPO / 'assets').as_posix()}"
              for p in (REPO / "assets").rglob("*") if p.is_file()}
    assert any(n.endswith(".wav") for n in assets)
    assert assets <= names, sorted(assets - names)
    assert "stretchtimer/desktop/io.github.stretchtimer.StretchTimer.desktop" in names
    assert "stretchtimer/i18n/stretchtimer_fr.qm" in names
    assert "stretchtimer/platform/idle.py" in names
    assert "stretchtimer/desktop/io.github.stretchtimer.StretchTimer.metainfo.xml" in names
    assert not any(n.startswith("tests/") or (n.endswith(".py") and "/desktop/" in n) for n in names)


def test_sdist_carries_sources_data_tests_and_licence(tmp_path: Path) -> None:
    import tarfile

    subprocess.run([sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path), str(REPO)],
                   check=True, capture_output=True, timeout=600)
    (sdist,) = tmp_path.glob("stretchtimer-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for needed in ("LICENSE", "routines/exercises.yaml", "assets/icons/stretchtimer.svg",
                   "packaging/desktop/io.github.stretchtimer.StretchTimer.desktop",
                   "packaging/illustrations.py", "tests/conftest.py", "stretchtimer/core/session.py"):
        assert needed in names, needed


@pytest.mark.slow
def test_installed_wheel_lists_routines_from_a_clean_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=900)
    result = subprocess.run([str(env_dir / "bin" / "stretchtimer"), "list"], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Evening routine" in result.stdout and "Post-workout" in result.stdout
    assert str(REPO) not in result.stdout
