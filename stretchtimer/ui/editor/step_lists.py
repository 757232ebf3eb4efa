"""The two lists of the editor: the exercise library and the routine's steps, and drag and drop.

Exercises are dragged from the library as ids; steps are dragged within the step list as their
row. A drop never changes a list itself: it asks for a change to the draft, and the list is
rebuilt from the draft, so undo and the lists cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QStyle

from stretchtimer.core import steps as rules
from stretchtimer.core.advice import Advice
from stretchtimer.core.drafts import Checked, Draft
from stretchtimer.core.model import Defaults, Library, Step
from stretchtimer.ui.illustration import THUMB, thumbnail

EXERCISE_MIME = "application/x-stretchtimer-exercise"
STEP_MIME = "application/x-stretchtimer-step"

# The editor's words share one catalogue context, so they stay translated wherever they live.
translate = QCoreApplication.translate


class LibraryList(QListWidget):
    """The exercise library; items are dragged out as exercise ids."""

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(EXERCISE_MIME, QByteArray(items[0].data(Qt.ItemDataRole.UserRole).encode()))
        return data

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]


def step_summary(step: Step, defaults: Defaults, library: Library) -> str:
    """One line under the step's name: what it does, as the player will do it."""
    exercise = library[step.exercise]
    count = rules.reps(step, exercise)
    if count is not None:
        amount = translate("EditorWindow", "%1 repetitions").replace("%1", str(count))
    else:
        amount = translate("EditorWindow", "%1 s").replace("%1", str(rules.hold(step, defaults, exercise)))
    if exercise.sided:
        one_side: dict[tuple[str | None, ...], str] = {("left",): translate("EditorWindow", "left side"),
                                                      ("right",): translate("EditorWindow", "right side")}
        side = one_side.get(rules.sides(step, exercise), translate("EditorWindow", "each side"))
        amount = f"{amount} · {side}"
    if step.rest is not None:
        amount = f"{amount} · " + translate("EditorWindow", "rest %1 s").replace("%1", str(step.rest))
    return amount


class StepList(QListWidget):
    """The routine's steps; takes exercises dropped from the library and reorders by drag."""

    exercise_dropped = Signal(str, int)  # exercise id, row to insert at
    step_moved = Signal(int, int)  # from row, to row (as after the move)

    def __init__(self) -> None:
        super().__init__(objectName="steps")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(translate("EditorWindow", "Steps of the routine"))
        self.setIconSize(QSize(THUMB - 8, THUMB - 8))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(translate("EditorWindow", "Drag to reorder, or Alt+Up and Alt+Down"))

    def show_steps(self, draft: Draft, library: Library, checked: Checked, assets_dir: Path,
                   advice_text: Callable[[Advice], str]) -> None:
        """Rebuild the list from ``draft``: a mark on steps with problems or advice, else a thumbnail."""
        self.blockSignals(True)
        self.clear()
        style = self.style()
        for number, step in enumerate(draft.steps):
            exercise = library[step.exercise]
            problems = checked.errors_at("steps", number)
            advice = [a for a in checked.advice if a.step == number]
            item = QListWidgetItem(f"{number + 1}. {exercise.name}\n"
                                   f"{step_summary(step, draft.defaults, library)}")
            if problems:
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
                item.setToolTip("\n".join(problems))
            elif advice:
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip("\n".join(advice_text(a) for a in advice))
            else:
                item.setIcon(thumbnail(assets_dir, exercise, THUMB - 8))
            self.addItem(item)
        self.blockSignals(False)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(STEP_MIME, QByteArray(str(self.row(items[0])).encode()))
        return data

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME, EXERCISE_MIME]

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(STEP_MIME) or mime.hasFormat(EXERCISE_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if self._accepts(event):
            event.acceptProposedAction()

    def drop_row(self, position: QPoint) -> int:
        """The row a drop at ``position`` inserts before."""
        item = self.itemAt(position)
        if item is None:
            return self.count()
        rect = self.visualItemRect(item)
        row = self.row(item)
        return row + 1 if position.y() > rect.center().y() else row

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        row = self.drop_row(event.position().toPoint())
        if mime.hasFormat(EXERCISE_MIME):
            self.exercise_dropped.emit(bytes(mime.data(EXERCISE_MIME).data()).decode(), row)
        elif mime.hasFormat(STEP_MIME):
            source = int(bytes(mime.data(STEP_MIME).data()).decode())
            target = row - 1 if row > source else row
            if target != source:
                self.step_moved.emit(source, target)
        else:
            event.ignore()
            return
        # Copy, never Move: the view must not delete the dragged row; the draft rebuilds the list.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
