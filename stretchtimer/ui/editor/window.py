"""The editor window: the library beside the routine's steps, one undo stack, live checks.

The window holds an immutable ``Draft``; every change is an undo command carrying the draft
before and after, so undo, redo and the widgets can never disagree. The panels and forms only
propose a new draft (their ``chosen`` or ``edited`` signals); ``change`` makes it a command and
``apply`` shows it everywhere. Files are written only by ``files.RoutineFiles``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stretchtimer import APP_NAME
from stretchtimer.core import userfiles
from stretchtimer.core.catalog import Entry
from stretchtimer.core.drafts import Checked, Draft, check
from stretchtimer.core.model import Library, Step
from stretchtimer.ui.editor import checks
from stretchtimer.ui.editor.actions import add_actions
from stretchtimer.ui.editor.files import OtherNames, RoutineFiles
from stretchtimer.ui.editor.library_panel import LibraryPanel
from stretchtimer.ui.editor.routine_form import DurationsForm, NameFields
from stretchtimer.ui.editor.step_form import StepForm, error_label
from stretchtimer.ui.editor.step_lists import StepList
from stretchtimer.ui.editor.undo import DraftCommand, KeepUndoKeys
from stretchtimer.ui.style import fitted
from stretchtimer.ui.wheel_guard import guard_fields

NARROW = 1000  # window widths below this stack the step details under the steps


class EditorWindow(QMainWindow):
    """Edits one routine at a time; ``saved`` and ``deleted`` tell the app to refresh its lists."""

    saved = Signal(object)  # Path
    try_requested = Signal(object)  # a catalog Entry: play the routine as it stands, saved or not
    deleted = Signal(object)  # Path
    renamed = Signal(str, str)  # old name, new name

    # Given by actions.add_actions.
    new_action: QAction
    import_action: QAction
    save_action: QAction
    save_as_action: QAction
    duplicate_action: QAction
    rename_action: QAction
    delete_action: QAction
    export_action: QAction
    close_action: QAction
    try_action: QAction
    find_action: QAction
    undo_action: QAction
    redo_action: QAction
    up_action: QAction
    down_action: QAction
    duplicate_step_action: QAction
    remove_action: QAction

    def __init__(self, library: Library, assets_dir: Path, routines_dir: Path, trash_dir: Path,
                 other_names: OtherNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorWindow")
        self.library = library
        self.assets_dir = assets_dir
        self.other_names = other_names
        self.draft = Draft()
        self.checked: Checked = check(self.draft, library)
        self._applying = False
        self._merge_ids: dict[str, int] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.files = RoutineFiles(self, self, library, routines_dir, trash_dir, other_names)
        self.files.saved.connect(self.saved)
        self.files.deleted.connect(self.deleted)
        self.files.renamed.connect(self.renamed)
        self.setMinimumSize(760, 520)
        self.resize(fitted(QSize(1180, 780), self.screen().availableGeometry().size()))
        self.setCentralWidget(self._build_central())
        add_actions(self)
        undo_keys = KeepUndoKeys(self)
        for field in (self.name_edit, self.description_edit, self.search):
            field.installEventFilter(undo_keys)
        guard_fields(self)
        self.apply(self.draft, -1)

    # --- building ----------------------------------------------------------------
    def _build_central(self) -> QWidget:
        self.library_panel = LibraryPanel(self.library, self.assets_dir)
        self.library_panel.chosen.connect(self.add_exercise)
        splitter = QSplitter()
        splitter.addWidget(self.library_panel)
        splitter.addWidget(self._build_routine())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.notice = QLabel(objectName="editorNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # may hold file and routine names
        self.notice.hide()
        self.restore_button = QPushButton(self.tr("Undo delete"))
        self.restore_button.clicked.connect(self.restore_deleted)
        self.restore_button.hide()
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.restore_button)
        central = QWidget()
        column = QVBoxLayout(central)
        column.addLayout(notice_row)
        column.addWidget(splitter, 1)
        # The fields other parts of the app, and its tests, reach by name.
        panel, names = self.library_panel, self.names
        self.search, self.kind_filter, self.library_list = panel.search, panel.kind_filter, panel.library_list
        self.name_edit, self.name_error = names.name_edit, names.name_error
        self.description_edit, self.description_error = names.description_edit, names.description_error
        self.warmup_spin = self.durations.warmup_spin
        self.step_mode, self.step_amount = self.step_form.step_mode, self.step_form.step_amount
        self.step_rest = self.step_form.step_rest
        return central

    def _build_routine(self) -> QWidget:
        self.names = NameFields(lambda: self.draft)
        self.names.edited.connect(self.change)
        self.durations = DurationsForm(lambda: self.draft)
        self.durations.edited.connect(self.change)
        self.steps = StepList()
        self.steps.exercise_dropped.connect(self.add_exercise)
        self.steps.step_moved.connect(self.move_step)
        self.steps.currentRowChanged.connect(self._show_step)
        self.steps_error = error_label("stepsError")
        self.total_label = QLabel(objectName="routineTotal")
        font = QFont(self.total_label.font())
        font.setBold(True)
        self.total_label.setFont(font)
        self.step_form = StepForm(self.library, lambda: self.draft, font)
        self.step_form.edited.connect(self.change)
        self.advice_label = QLabel(objectName="adviceList")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("Routine"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.names)
        layout.addLayout(self._lay_out_middle(), 1)
        layout.addWidget(self.advice_label)
        return box

    def _lay_out_middle(self) -> QBoxLayout:
        """The steps beside the chosen step's details on a wide window, above them on a narrow one."""
        step_buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button in (self.up_button, self.down_button, self.duplicate_button, self.remove_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        steps_column = QVBoxLayout()
        steps_column.setContentsMargins(0, 0, 0, 0)
        steps_column.addWidget(self.total_label)
        steps_column.addWidget(self.steps, 1)
        steps_column.addWidget(self.steps_error)
        steps_column.addLayout(step_buttons)
        self.side = QWidget()
        side_column = QVBoxLayout(self.side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.step_form)
        side_column.addWidget(self.durations)
        side_column.addStretch(1)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(self.side)
        self.side.installEventFilter(self)
        self.middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.middle.addLayout(steps_column, 3)
        self.middle.addWidget(self.side_scroll, 2)
        return self.middle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.side and event.type() == QEvent.Type.LayoutRequest:
            # The details scroll up and down only, so they are never narrower than their fields.
            scroll_bar = self.side_scroll.verticalScrollBar().sizeHint().width()
            width = self.side.minimumSizeHint().width() + scroll_bar
            if width != self.side_scroll.minimumWidth():
                self.side_scroll.setMinimumWidth(width)
                self.middle.activate()  # at once: the window's first frame is laid out with it
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        self.middle.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                 else QBoxLayout.Direction.LeftToRight)

    # --- opening -------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The user file the routine came from or was saved to (None: not saved yet)."""
        return self.files.path

    def open_draft(self, draft: Draft, path: Path | None, notice: str = "") -> None:
        """Edit ``draft``; ``path`` is the user file it came from (None: not saved yet)."""
        self.library_panel.clear_search()  # an old search would hide exercises from the new routine
        self.files.opened(path)
        self.undo_stack.clear()
        self.apply(draft, 0 if draft.steps else -1)
        self.undo_stack.setClean()
        self.say(notice)
        self.file_changed()

    def find_exercise(self) -> None:
        """Ctrl+F: type to find an exercise; Enter adds the top match, Down walks the list."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_routine(self) -> None:
        if not self.maybe_save():
            return
        name = userfiles.unique_name(self.tr("My routine"), self.other_names(None))
        self.open_draft(Draft(name=name, warmup=60), None,
                        self.tr("Add exercises from the library on the left."))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- the one way the draft changes ---------------------------------------------------
    def change(self, after: Draft, text: str, merge_key: str = "", row: int | None = None) -> None:
        """Push an undoable change from the draft as it is to ``after``."""
        if self._applying or after == self.draft:
            return
        merge_id = -1
        if merge_key:
            merge_id = self._merge_ids.setdefault(merge_key, len(self._merge_ids) + 1)
        current = self.steps.currentRow()
        self.undo_stack.push(DraftCommand(self, self.draft, after, text, merge_id,
                                          (current, current if row is None else row)))

    def apply(self, draft: Draft, row: int) -> None:
        """Show ``draft`` in every widget (from a command; never pushes a command itself)."""
        self._applying = True
        # Only the name or description changed: the step list (and its advice marks) stays.
        same_steps = draft.replace(name="", description="") == self.draft.replace(name="", description="") \
            and self.steps.count() == len(draft.steps) and row == self.steps.currentRow()
        try:
            self.draft = draft
            self.checked = check(draft, self.library, str(self.path or "<editor>"))
            self.names.show_draft(draft)
            self.durations.show_draft(draft)
            if not same_steps:  # typing a name or description leaves the list as it is
                self.steps.show_steps(draft, self.library, self.checked, self.assets_dir, checks.advice_text)
                row = min(row, self.steps.count() - 1)
                self.steps.setCurrentRow(row)
                self._show_step(row)
            self._show_checks()
        finally:
            self._applying = False
        self._update_title()

    # --- steps ---------------------------------------------------------------------------
    def _show_step(self, row: int) -> None:
        has = 0 <= row < len(self.draft.steps)
        for widget in (self.up_button, self.down_button, self.duplicate_button, self.remove_button):
            widget.setEnabled(has)
        self.up_action.setEnabled(has and row > 0)
        self.down_action.setEnabled(has and row < len(self.draft.steps) - 1)
        self.duplicate_step_action.setEnabled(has)
        self.remove_action.setEnabled(has)
        self.step_form.show_step(row, self.checked.errors_at("steps", row) if has else [])

    def _insert(self, row: int, step: Step, text: str) -> None:
        steps = list(self.draft.steps)
        steps.insert(row, step)
        self.change(self.draft.replace(steps=tuple(steps)), text, row=row)

    def add_exercise(self, exercise_id: str, row: int | None = None) -> None:
        """Add ``exercise_id`` as a step at ``row`` (None: after the current step)."""
        if exercise_id not in self.library:
            return
        if row is None:
            current = self.steps.currentRow()
            row = current + 1 if current >= 0 else len(self.draft.steps)
        self._insert(row, Step(exercise_id), self.tr("Add %1").replace("%1", self.library[exercise_id].name))

    def move_step(self, source: int, target: int) -> None:
        steps = list(self.draft.steps)
        if not (0 <= source < len(steps) and 0 <= target < len(steps)) or source == target:
            return
        steps.insert(target, steps.pop(source))
        self.change(self.draft.replace(steps=tuple(steps)), self.tr("Move step"), row=target)

    def move_step_by(self, offset: int) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.move_step(row, row + offset)

    def duplicate_step(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft.steps):
            self._insert(row + 1, self.draft.steps[row], self.tr("Duplicate step"))

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft.steps):
            steps = list(self.draft.steps)
            del steps[row]
            self.change(self.draft.replace(steps=tuple(steps)), self.tr("Remove step"),
                        row=min(row, len(steps) - 1))

    def visible_exercises(self) -> list[str]:
        return self.library_panel.visible_exercises()

    # --- checks --------------------------------------------------------------------------
    def can_save(self) -> bool:
        return self.save_action.isEnabled()

    def _show_checks(self) -> None:
        checked, draft = self.checked, self.draft
        clash = self.files.clash_with(draft.name, self.path)
        for label, errors in ((self.name_error, checks.name_errors(draft, checked, clash)),
                              (self.description_error, checks.description_errors(draft, checked)),
                              (self.steps_error, checks.steps_errors(draft, checked))):
            label.setText(checks.marked(errors))
            label.setVisible(bool(errors))
        self.total_label.setText(checks.total_text(draft, checked))
        advice = checks.advice_block(checked)
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))
        can_save = checked.routine is not None and not clash
        for act in (self.save_action, self.save_as_action, self.duplicate_action, self.export_action):
            act.setEnabled(can_save)
        self.try_action.setEnabled(checked.routine is not None)
        self.rename_action.setEnabled(self.path is not None)
        self.delete_action.setEnabled(self.path is not None)

    def _update_title(self) -> None:
        name = self.draft.name.strip() or self.tr("Untitled routine")
        # Qt shows "[*]" as "*" while the window is modified.
        self.setWindowTitle(self.tr("%1[*] — Edit routine — %2").replace("%1", name.replace("[*]", "[ * ]"))
                            .replace("%2", APP_NAME))
        self.setWindowModified(not self.undo_stack.isClean())

    def file_changed(self) -> None:
        """The file, the trash or what is saved changed: show it in the checks, title and buttons."""
        self.restore_button.setVisible(self.files.trashed is not None)
        self._show_checks()
        self._update_title()

    # --- files (see files.RoutineFiles) ------------------------------------------------
    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def duplicate_routine(self) -> None:
        self.files.duplicate()

    def rename_routine(self) -> None:
        self.files.rename()

    def delete_routine(self) -> None:
        self.files.delete()

    def restore_deleted(self) -> None:
        self.files.restore()

    def import_routine(self) -> None:
        self.files.import_file()

    def export_routine(self) -> None:
        self.files.export_file()

    def maybe_save(self) -> bool:
        """True when the draft may be left: saved, nothing changed, or the person chose to discard."""
        return self.files.maybe_save()

    def try_routine(self) -> None:
        """Play the routine as it stands in the editor, saved or not, in the main window."""
        routine = self.checked.routine
        if routine is None:
            return
        self.try_requested.emit(Entry(self.path or Path(f"{userfiles.slug(routine.name)}.yaml"),
                                      False, routine))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()
