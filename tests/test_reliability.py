"""Hostile conditions end with a clear message and nothing the user saved is lost."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretchtimer.cli import main
from stretchtimer.core import catalog, reading, userfiles
from stretchtimer.core.errors import UserFileError
from stretchtimer.core.loader import load_library, validate_file
from stretchtimer.core.settings import load_settings, parse_settings

REPO = Path(__file__).resolve().parent.parent

KILL_BETWEEN_WRITE_AND_RENAME = """
import os, sys
from pathlib import Path
from stretchtimer.core import atomic
from stretchtimer.core.settings import Settings, save_settings
def die(src, dst):
    os._exit(9)  # killed after the new file is written and synced, before the rename
atomic.os.replace = die
save_settings(Path(sys.argv[1]), Settings({"sound.volume": 99}))
"""


def test_kill_between_write_and_rename_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 1\nsound: {volume: 12}\n")
    before = path.read_bytes()
    result = subprocess.run([sys.executable, "-c", KILL_BETWEEN_WRITE_AND_RENAME, str(path)],
                            timeout=60)
    assert result.returncode == 9
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["settings.yaml"]


values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), st.text(max_size=10)),
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(st.sampled_from(["sound", "volume", "muted", "window",
                                                                "schedule", "reminders", "x"]),
                                               children, max_size=4)),
    max_leaves=15)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["version", "sound", "window", "schedule", "language", "x"]),
                       values, max_size=5))
def test_any_settings_document_parses_or_says_where(document: dict) -> None:  # type: ignore[type-arg]
    raw = yaml.safe_dump(document).encode()
    try:
        loaded, problems = parse_settings(raw, "settings.yaml")
    except UserFileError as error:
        assert error.problems and error.problems[0].file == "settings.yaml"
        return
    for problem in problems:
        assert problem.file == "settings.yaml" and problem.line >= 1
    assert 0 <= loaded.get("sound.volume") <= 100


def test_unwritable_places_give_messages_not_tracebacks(tmp_path: Path) -> None:
    # A file where the folders should be: no user, root included, can write under it.
    blocker = tmp_path / "blocked"
    blocker.write_text("not a folder")
    env = {**os.environ, "XDG_CONFIG_HOME": str(blocker / "config"),
           "XDG_DATA_HOME": str(blocker / "data"), "QT_QPA_PLATFORM": "offscreen"}
    remind = subprocess.run([sys.executable, "-m", "stretchtimer", "remind", "add", "21:30"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert remind.returncode == 1 and "could not be read, so it was not changed" in remind.stderr
    assert "Traceback" not in remind.stderr
    history = subprocess.run([sys.executable, "-m", "stretchtimer", "history"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert history.returncode != 0 and "Traceback" not in history.stderr
    assert "stretchtimer:" in history.stderr
    listed = subprocess.run([sys.executable, "-m", "stretchtimer", "list"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0 and "Evening routine" in listed.stdout
    assert blocker.read_text() == "not a folder"


# Scalars that are valid YAML but not what their tag or length promises.
BAD_SCALARS = [
    ("!!int abc", "'abc' is not a valid whole number"),
    ("!!bool maybe", "'maybe' is not a valid true/false value"),
    ("!!float x", "'x' is not a valid decimal number"),
    ("!!int ''", "'' is not a valid whole number"),
    ("!!int 0b", "'0b' is not a valid whole number"),
    ("9" * 5000, "a number 5,000 characters long"),
    ("0x" + "f" * 4000, "a number 4,002 characters long"),
    ("1_" + "0" * 5000, "a number 5,002 characters long"),
    ("!!int " + "1" * 4400, "a number 4,400 characters long"),
    ("!!float " + "9" * 5000, "a number 5,000 characters long"),
    ("!!timestamp nope", "'hold' is 'nope'; hold is a whole number of seconds (1 to 1800) or 'open'"),
    ("!!binary QUJD", "YAML tag '!!binary' is not allowed here"),
    ("x" * 500_000, "'hold' is 'xxxxxxxxx"),
]


@pytest.mark.parametrize("scalar, message", BAD_SCALARS, ids=[m[:30] for _, m in BAD_SCALARS])
def test_a_bad_scalar_in_a_routine_is_located_with_exit_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], scalar: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"version: 1\nname: x\nsteps:\n  - exercise: cat-cow\n    hold: {scalar}\n")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:5:11: " in err and message in err
    assert "unexpected error" not in err and len(err) < 2000  # the value is shortened, not echoed


@pytest.mark.parametrize("scalar, message", BAD_SCALARS[:10], ids=[m[:30] for _, m in BAD_SCALARS[:10]])
def test_a_bad_scalar_in_the_settings_file_sets_it_aside(tmp_path: Path, scalar: str, message: str) -> None:
    path = tmp_path / "settings.yaml"
    content = f"version: 1\nsound:\n  volume: {scalar}\n".encode()
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.notice is not None and f"{path}:3:11: {message}" in loaded.notice
    assert "kept as settings.yaml.bad-" in loaded.notice
    (aside,) = tmp_path.glob("settings.yaml.bad-*")
    assert aside.read_bytes() == content and loaded.settings.get("sound.volume") == 80


@pytest.mark.parametrize("content, message", [
    ("language: " + "x" * 500_000, "'language' is 500,000 characters long; at most 1,000"),
    ("schedule:\n  reminders:\n    - {id: 1, time: '" + "9" * 500_000 + "'}",
     f"item 1: '{'9' * 39}…' is not a time of day"),
    # A key over 1,024 characters has to be written as '? key' then ': value'.
    ("sound:\n  ? " + "v" * 500_000 + "\n  : 3", f"warning: unknown setting 'sound.{'v' * 33}…'"),
])
def test_very_long_text_in_settings_is_named_short(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text(f"version: 1\n{content}\n")
    loaded = load_settings(path)
    assert loaded.notice is not None and message in loaded.notice and len(loaded.notice) < 1000


def test_a_very_long_key_in_a_routine_is_named_short(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: x\n? " + "k" * 500_000 + "\n: 1\nsteps:\n  - exercise: cat-cow\n")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:3:3: unknown key '{'k' * 39}…' in the file" in err and len(err) < 2000


def test_commands_run_past_a_bad_scalar_in_settings_and_list_the_one_bad_routine(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    settings = tmp_path / "config" / "stretchtimer" / "settings.yaml"
    settings.parent.mkdir(parents=True)
    settings.write_text("version: 1\nlanguage: !!int abc\nsound: {volume: " + "9" * 5000 + "}\n")
    folder = tmp_path / "data" / "stretchtimer" / "routines"
    folder.mkdir(parents=True)
    (folder / "good.yaml").write_text(
        "version: 1\nname: Desk break\nsteps:\n  - exercise: standing-quad-stretch\n    hold: 20\n")
    (folder / "huge.yaml").write_text("version: 1\nname: Huge\nsteps:\n  - exercise: cat-cow\n"
                                      "    hold: !!bool maybe\n")
    for args in (["--version"], ["list"], ["remind", "add", "21:30"]):
        result = subprocess.run([sys.executable, "-m", "stretchtimer", *args], env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (args, result.stderr)
        assert "unexpected error" not in result.stderr
    assert "kept as settings.yaml.bad-" in result.stderr  # by the command that writes settings
    assert len(list(settings.parent.glob("settings.yaml.bad-*"))) == 1
    listed = subprocess.run([sys.executable, "-m", "stretchtimer", "list"], env=env,
                            capture_output=True, text=True, timeout=60).stdout
    assert "Desk break" in listed
    assert f"{folder / 'huge.yaml'}:5:11: 'maybe' is not a valid true/false value" in listed


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}


def test_validate_refuses_devices_fifos_and_folders_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "routine.yaml"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-m", "stretchtimer", "validate", "/dev/zero", str(fifo),
                             str(tmp_path)], env=_env(tmp_path), capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert "/dev/zero: not a regular file (a character device); give a routine file" in result.stderr
    assert f"{fifo}: not a regular file (a FIFO); give a routine file" in result.stderr
    assert f"{tmp_path}: not a regular file (a folder)" in result.stderr


def test_a_fifo_as_the_settings_file_hangs_no_command(tmp_path: Path) -> None:
    settings = tmp_path / "config" / "stretchtimer" / "settings.yaml"
    settings.parent.mkdir(parents=True)
    os.mkfifo(settings)
    for args in (["--version"], ["list"], ["remind", "list"]):
        result = subprocess.run([sys.executable, "-m", "stretchtimer", *args], env=_env(tmp_path),
                                capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, (args, result.stderr)
    assert "not a regular file (a FIFO)" in result.stderr
    added = subprocess.run([sys.executable, "-m", "stretchtimer", "remind", "add", "21:30"],
                           env=_env(tmp_path), capture_output=True, text=True, timeout=30)
    assert added.returncode == 1 and "was not changed" in added.stderr
    assert stat.S_ISFIFO(settings.stat().st_mode)  # left as it is


def test_a_file_over_the_limit_is_refused_from_its_size(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as out:
        out.truncate(50 * 1024**3)  # sparse: 50 GB that take no room
    library = load_library(REPO / "routines" / "exercises.yaml")
    monkeypatch.setattr(reading.os, "read", lambda *_: pytest.fail("read a file it should refuse"))
    with pytest.raises(reading.Refused, match="file is 53,687,091,200 bytes; a routine file may be"):
        reading.read_bounded(big, 1_000_000, "a routine file")
    (problem,) = validate_file(big, library)
    assert "file is 53,687,091,200 bytes" in problem.message


def test_a_fifo_swapped_in_after_the_stat_does_not_hang(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("version: 1\n")
    regular = os.stat(path)

    def stat_then_swap(target: object) -> os.stat_result:
        os.unlink(path)
        os.mkfifo(path)  # replaced between the check and the open
        return regular

    monkeypatch.setattr(reading.os, "stat", stat_then_swap)
    with pytest.raises(reading.Refused, match=r"not a regular file \(a FIFO\)"):
        reading.read_bounded(path, 1000, "a settings file")


def test_a_file_that_grows_while_read_stops_at_the_limit(tmp_path: Path) -> None:
    proc = Path("/proc/self/status")  # a regular file whose stat size (0) is not its length
    if not proc.exists():
        pytest.skip("no /proc here")
    with pytest.raises(reading.Refused, match="over 10 bytes"):
        reading.read_bounded(proc, 10, "a routine file")


def test_import_and_listing_refuse_a_fifo(tmp_path: Path) -> None:
    library = load_library(REPO / "routines" / "exercises.yaml")
    fifo = tmp_path / "in.yaml"
    os.mkfifo(fifo)
    with pytest.raises(UserFileError, match=r"in.yaml: not a regular file \(a FIFO\)"):
        userfiles.import_file(fifo, tmp_path / "routines", library, [])
    (entry,) = catalog.user_entries(tmp_path, library)
    assert entry.routine is None and "not a regular file (a FIFO)" in str(entry.problems[0])
