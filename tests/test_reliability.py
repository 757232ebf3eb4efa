"""Hostile conditions end with a clear message and nothing the user saved is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretchtimer.core.errors import RoutineError
from stretchtimer.core.settings import parse_settings

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
    except RoutineError as error:
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
