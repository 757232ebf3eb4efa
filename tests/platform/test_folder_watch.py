"""Routine files changed by other programs are noticed once, after the save settles."""

from __future__ import annotations

import os
from pathlib import Path

from stretchtimer.platform.folder_watch import FolderWatch


def test_new_edited_and_renamed_over_files_are_noticed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "routines"
    watch = FolderWatch(folder)
    assert folder.is_dir()
    with qtbot.waitSignal(watch.changed, timeout=3000):
        (folder / "a.yaml").write_text("version: 1\n")
    with qtbot.waitSignal(watch.changed, timeout=3000):
        (folder / "a.yaml").write_text("version: 1\nname: edited in place\n")
    with qtbot.waitSignal(watch.changed, timeout=3000):
        (folder / ".a.yaml.tmp").write_text("version: 1\nname: saved atomically\n")
        os.replace(folder / ".a.yaml.tmp", folder / "a.yaml")
    with qtbot.waitSignal(watch.changed, timeout=3000):
        (folder / "a.yaml").write_text("version: 1\nname: and edited again\n")


def test_burst_of_writes_gives_one_signal(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "routines"
    watch = FolderWatch(folder)
    seen: list[bool] = []
    watch.changed.connect(lambda: seen.append(True))
    for i in range(5):
        (folder / f"r{i}.yaml").write_text("version: 1\n")
    qtbot.wait(800)
    assert seen == [True]


def test_unusable_folder_is_not_an_error(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be")
    FolderWatch(blocker / "routines")
    assert blocker.read_text() == "a file where the folder should be"
