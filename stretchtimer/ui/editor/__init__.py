"""The routine editor: the exercise library beside the routine's steps, with undo and live checks.

Where each part lives:

- ``window``: the window, its one undo stack and the one way the draft changes;
- ``undo``: the undo command that carries a draft before and after a change;
- ``actions``: menus, toolbar and keyboard shortcuts;
- ``library_panel``: search, filters, the exercise list and the preview of the chosen exercise;
- ``step_lists``: the library and step lists and the drag and drop between them;
- ``step_form``: the details of the chosen step (hold or count, tempo, sides, rest);
- ``routine_form``: the routine's name, description and durations for every step;
- ``checks``: the checks and advice in the window's own words;
- ``files``: save, save as, duplicate, rename, delete and undo delete, import, export, the
  changed-on-disk check and name clashes: a controller with no widgets of its own.

What a step does (its hold, count, sides) is decided in ``core.steps``, as for the player;
thumbnails are drawn by ``ui.illustration``.
"""

from stretchtimer.ui.editor.step_lists import EXERCISE_MIME, STEP_MIME, LibraryList, StepList
from stretchtimer.ui.editor.undo import DraftCommand
from stretchtimer.ui.editor.window import EditorWindow

__all__ = ["EXERCISE_MIME", "STEP_MIME", "DraftCommand", "EditorWindow", "LibraryList", "StepList"]
