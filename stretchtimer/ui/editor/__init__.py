"""The routine editor: the exercise library beside the routine's steps, with undo and live checks."""

from stretchtimer.ui.editor.window import (
    EXERCISE_MIME,
    STEP_MIME,
    DraftCommand,
    EditorWindow,
    LibraryList,
    StepList,
)

__all__ = ["EXERCISE_MIME", "STEP_MIME", "DraftCommand", "EditorWindow", "LibraryList", "StepList"]
