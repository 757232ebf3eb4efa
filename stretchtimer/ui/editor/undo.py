"""Undo for the editor: one command per change of the draft, and undo keys that work in text fields."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

from stretchtimer.core.drafts import Draft


class Shows(Protocol):
    """The window that shows a draft (undo and redo only ever show one of the two drafts)."""

    def apply(self, draft: Draft, row: int) -> None: ...


class KeepUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the editor's undo stack from inside a text field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and any(event.matches(key) for key in keys)):
            event.ignore()
            return True
        return False


class DraftCommand(QUndoCommand):
    """One change to the draft; typing into one field merges into a single command."""

    def __init__(self, editor: Shows, before: Draft, after: Draft, text: str,
                 merge_id: int, rows: tuple[int, int]) -> None:
        super().__init__(text)
        self.editor = editor
        self.before, self.after = before, after
        self.merge_id = merge_id
        self.rows = rows

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftCommand) or other.merge_id != self.merge_id:
            return False
        self.after = other.after
        self.rows = (self.rows[0], other.rows[1])
        return True

    def redo(self) -> None:
        self.editor.apply(self.after, self.rows[1])

    def undo(self) -> None:
        self.editor.apply(self.before, self.rows[0])
