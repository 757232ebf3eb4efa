"""`stretchtimer list` and `stretchtimer validate`: the routines and exercises, and checked files."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from stretchtimer.commands import EXIT_INVALID, EXIT_OK
from stretchtimer.core import catalog
from stretchtimer.core.formatting import clock
from stretchtimer.core.loader import load_library, validate_file
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.progression import in_use
from stretchtimer.localtext import Words

if TYPE_CHECKING:
    from stretchtimer.core.history import Record


def _count(words: Words, count: int) -> str:
    if count == 1:
        return words.translate("Home", "1 exercise")
    return words.translate("Home", "%1 exercises").replace("%1", str(count))


def _print_entry(entry: catalog.Entry, library: Library, width: int, words: Words,
                 records: Sequence[Record]) -> None:
    if entry.routine is None:
        error = words.translate("Cli", "error:")
        print(f"  {entry.file.name:<{width}}  {error} {words.problem(entry.problems[0])}")
        for problem in entry.problems[1:]:
            print(f"  {'':<{width}}  {'':<{len(error)}} {words.problem(problem)}")
        return
    timeline = in_use(entry.routine, library, records)  # holds grown as they will play
    name = entry.routine.display_name(words.language)
    print(f"  {name:<{width}}  {clock(timeline.total):>7}  {_count(words, entry.routine.exercise_count())}")


def cmd_list(places: Places, words: Words) -> int:
    translate = words.translate
    library = load_library(places.library_file)
    builtins = catalog.builtin_entries(places.builtin_dir, library)
    users = catalog.user_entries(places.routines_dir, library)
    width = max([len(e.routine.display_name(words.language) if e.routine else e.name)
                 for e in builtins + users] + [20])
    grows = any(e.routine is not None and e.routine.progress is not None for e in builtins + users)
    if grows:
        from stretchtimer.commands.history import quiet_records
    records = quiet_records(places) if grows else []
    print(translate("Cli", "Built-in routines"))
    for entry in builtins:
        _print_entry(entry, library, width, words, records)
    print()
    print(translate("Cli", "Your routines (%1)").replace("%1", str(places.routines_dir)))
    if not users:
        print("  " + translate("Cli", "none yet: build one in the editor, or put routine files (*.yaml) "
                                      "in that folder"))
    for entry in users:
        _print_entry(entry, library, width, words, records)
    print()
    print(translate("Cli", "Exercises (a routine file names them by the id on the left)"))
    kinds = {"dynamic": translate("Cli", "moving"), "static": translate("Cli", "held"),
             "roller": translate("Cli", "foam roller")}
    id_width = max(len(e.id) for e in library)
    for exercise in library.localized(words.language):
        if exercise.reps:
            amount = translate("Cli", "%1 repetitions").replace("%1", str(exercise.reps))
        else:
            amount = translate("Cli", "%1 s").replace("%1", str(exercise.hold))
        sided = translate("Cli", "each side") if exercise.sided else ""
        detail = ", ".join(part for part in (kinds.get(exercise.kind, exercise.kind), amount, sided) if part)
        print(f"  {exercise.id:<{id_width}}  {exercise.name} ({detail})")
    return EXIT_OK


def cmd_validate(places: Places, files: Sequence[str], words: Words) -> int:
    translate = words.translate
    library = load_library(places.library_file)
    status = EXIT_OK
    for file in files:
        problems = sorted(validate_file(file, library), key=lambda p: (p.line, p.column))
        for problem in problems:
            print(words.problem(problem), file=sys.stderr if not problem.warning else sys.stdout)
        if any(not p.warning for p in problems):
            status = EXIT_INVALID
        else:
            warnings = len(problems)
            if not warnings:
                print(translate("Cli", "%1: ok").replace("%1", file))
            elif warnings == 1:
                print(translate("Cli", "%1: ok (1 warning)").replace("%1", file))
            else:
                print(translate("Cli", "%1: ok (%2 warnings)").replace("%1", file)
                      .replace("%2", str(warnings)))
    return status
