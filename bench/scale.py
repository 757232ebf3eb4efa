"""Scale: a 500-step routine and a folder of 1,000 user routines load, compile and list fast,
and the editor stays responsive on the 500-step routine.

The baseline, measured in the same run, is PyYAML's own safe_load of the same files (the
ratio shows what validation with line numbers costs on top of plain parsing), and for the
editor a bare QListWidget filled with the same 500 steps as plain text.
Goals: loading and listing each under 1 s; opening the routine in the editor under 1 s and
each change to it (checked again in full, total and advice updated) under 100 ms.
Run: python bench/scale.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

from stretchtimer.core import catalog
from stretchtimer.core.loader import load_library, read_routine
from stretchtimer.core.places import Places
from stretchtimer.core.timeline import compile_routine

IDS = ["lying-hamstring-stretch", "seated-hamstring-stretch", "standing-wide-hamstring-stretch",
       "romanian-single-leg-deadlift", "figure-four-glute-stretch"]


def routine_text(name: str, steps: int) -> str:
    lines = ["version: 1", f"name: {name}", "defaults: {prepare: 5, switch: 5, rest: 10}", "steps:"]
    for i in range(steps):
        lines.append(f"  - exercise: {IDS[i % len(IDS)]}")
        if IDS[i % len(IDS)] == "romanian-single-leg-deadlift":
            lines.append("    reps: 8")
        else:
            lines.append(f"    hold: {20 + i % 40}")
    return "\n".join(lines) + "\n"


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def editor_times(library, text: str) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """Seconds to open the routine in the editor and to make one change (median of 9), with the
    bare list's fill time and its median refill for comparison."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QListWidget

    from stretchtimer.core.drafts import from_routine
    from stretchtimer.core.loader import routine_from_text
    from stretchtimer.ui.editor import EditorWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    places = Places.from_environment()
    routine = routine_from_text(text, library)
    with tempfile.TemporaryDirectory() as folder:
        editor = EditorWindow(library, places.assets_dir, Path(folder) / "r", Path(folder) / "t",
                              lambda _path: [])
        editor.show()
        app.processEvents()
        draft = from_routine(routine)
        opened = timed(lambda: (editor.open_draft(draft, None), app.processEvents()))
        editor.steps.setCurrentRow(250)
        changes = []
        for value in range(41, 50):
            changes.append(timed(lambda value=value: (editor.step_amount.setValue(value),
                                                      app.processEvents())))
        editor.undo_stack.setClean()
        editor.close()
        names = [f"{i + 1}. {step.exercise}" for i, step in enumerate(routine.steps)]
        bare = QListWidget()
        bare.show()
        filled = timed(lambda: (bare.addItems(names), app.processEvents()))
        refills = []
        for _ in range(9):
            refills.append(timed(lambda: (bare.clear(), bare.addItems(names), app.processEvents())))
        bare.close()
    return opened, statistics.median(changes), filled, statistics.median(refills)


def main() -> int:
    library = load_library(Places.from_environment().library_file)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        big = root / "big.yaml"
        big.write_text(routine_text("Five hundred", 500))
        users = root / "routines"
        users.mkdir()
        for i in range(1000):
            (users / f"routine-{i:04}.yaml").write_text(routine_text(f"Routine {i}", 8))

        big_ours = timed(lambda: compile_routine(read_routine(big, library), library))
        big_base = timed(lambda: yaml.load(big.read_text(), Loader=yaml.CSafeLoader))
        listing: list[catalog.Entry] = []
        list_ours = timed(lambda: listing.extend(catalog.user_entries(users, library)))
        list_base = timed(lambda: [yaml.load(p.read_text(), Loader=yaml.CSafeLoader)
                                   for p in sorted(users.glob("*.yaml"))])
    assert len(listing) == 1000 and all(e.routine for e in listing)
    opened, change, filled, refill = editor_times(library, routine_text("Five hundred", 500))
    print(f"{'':34}{'PyYAML only':>12}{'Stretch Timer':>15}{'ratio':>8}")
    print(f"{'500-step routine: load+compile':34}{big_base * 1000:>10.0f}ms{big_ours * 1000:>13.0f}ms"
          f"{big_ours / big_base:>8.1f}")
    print(f"{'1,000 routine files: list':34}{list_base * 1000:>10.0f}ms{list_ours * 1000:>13.0f}ms"
          f"{list_ours / list_base:>8.1f}")
    print(f"{'':34}{'bare list':>12}{'editor':>15}{'ratio':>8}")
    print(f"{'500 steps: open':34}{filled * 1000:>10.0f}ms{opened * 1000:>13.0f}ms{opened / filled:>8.1f}")
    print(f"{'500 steps: one change':34}{refill * 1000:>10.0f}ms{change * 1000:>13.0f}ms"
          f"{change / refill:>8.1f}")
    goals = [("500-step routine under 1 s", big_ours < 1), ("1,000 files listed under 1 s", list_ours < 1),
             ("editor opens 500 steps under 1 s", opened < 1),
             ("editor change on 500 steps under 100 ms", change < 0.1)]
    for name, ok in goals:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(ok for _, ok in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
