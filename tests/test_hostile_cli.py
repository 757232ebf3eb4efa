"""The command line with hostile input: terminal controls in files, formulas in CSV, closed pipes."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from stretchtimer.cli import main
from stretchtimer.core import history

CONTROLS = ("\x1b", "\r", "\x07", "\x9b", "\u202e", "\x00")


def _routines(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "stretchtimer" / "routines"
    folder.mkdir(parents=True)
    return folder


def test_list_and_validate_print_no_terminal_controls_from_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _routines(tmp_path)
    # A title change, a screen clear, a carriage return hiding text, a C1 CSI, a bidi override.
    (folder / "evil.yaml").write_text(
        'version: 1\nname: "Desk\\e]0;owned\\a\\e[2J break\\rFAKE\\x9b31m\\u202Eevil"\n'
        'description: "\\e[31mred\\e[0m"\nsteps:\n  - exercise: standing-quad-stretch\n')
    (folder / "bad\x1b[2J\r.yaml").write_text("version: 1\nname: Broken\nsteps:\n  - exercise: nope\n")
    assert main(["list"]) == 0
    assert main(["validate", str(folder / "evil.yaml"), str(folder / "bad\x1b[2J\r.yaml")]) == 1
    printed = capsys.readouterr()
    for stream in (printed.out, printed.err):
        assert not any(c in stream for c in CONTROLS), repr(stream)
    assert "Desk break" in printed.out  # what is left reads as plain text
    assert "FAKEevil" in printed.out
    assert "bad.yaml" in printed.out and "bad.yaml" in printed.err


def test_history_csv_cells_cannot_be_formulas() -> None:
    at = datetime(2026, 11, 30, 21, 0, tzinfo=timezone.utc)
    hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
    records = [history.Record(name, at, at, 60, True, routine_file=name, exercises=(name, "ok"))
               for name in hostile]
    rows = list(csv.reader(io.StringIO(history.to_csv(records))))[1:]
    assert [row[0] for row in rows] == ["'" + name for name in hostile]
    assert [row[5] for row in rows] == ["'" + name for name in hostile]
    assert [row[6] for row in rows] == ["'" + name + ";ok" for name in hostile]
    plain = list(csv.reader(io.StringIO(history.to_csv([history.Record("Evening", at, at, 60, True)]))))
    assert plain[1][0] == "Evening"


@pytest.mark.parametrize("args, status", [
    (["list"], 141), (["history"], 141), (["remind", "list"], 141),
    (["validate", "routines/evening-routine.yaml"], 141),
    (["--help"], 0),  # argparse leaves a failed write unsaid and exits 0, as `cat` might
])
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path, args: list[str],
                                                          status: int) -> None:
    """`stretchtimer list | head -1`: the reader closes the pipe before the output is written."""
    read, write = os.pipe()
    os.close(read)  # the reader has already gone
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-m", "stretchtimer", *args], stdout=write,
                            stderr=subprocess.PIPE, text=True, env=env, timeout=60,
                            cwd=Path(__file__).resolve().parent.parent)
    os.close(write)
    assert result.stderr == ""
    assert result.returncode == status  # 141: as a shell reports a command ended by SIGPIPE
    assert not (tmp_path / "data" / "stretchtimer" / "crash.log").exists()
