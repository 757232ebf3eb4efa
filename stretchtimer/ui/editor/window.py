"""The routine editor: the exercise library beside the routine's steps, with undo and live checks.

The editor holds an immutable ``Draft``; every change is an undo command carrying the draft
before and after, so undo, redo and the widgets can never disagree. Files are written only
by Save, Save as, Duplicate and Rename, through ``core.userfiles``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from stretchtimer import APP_NAME
from stretchtimer.core import userfiles
from stretchtimer.core.advice import Advice
from stretchtimer.core.catalog import Entry
from stretchtimer.core.drafts import Checked, Draft, check, from_routine
from stretchtimer.core.errors import RoutineError
from stretchtimer.core.formatting import clock
from stretchtimer.core.loader import BOUNDS, read_routine
from stretchtimer.core.model import Exercise, Library, Step
from stretchtimer.core.steps import FALLBACK_HOLD
from stretchtimer.ui import dialogs
from stretchtimer.ui.look import exercises_count

EXERCISE_MIME = "application/x-stretchtimer-exercise"
STEP_MIME = "application/x-stretchtimer-step"
THUMB = 48
NAME_LENGTH = 80  # as the loader allows
DESCRIPTION_LENGTH = 1000
NARROW = 1000  # window widths below this stack the step details under the steps


_thumbnails: dict[tuple[Path, str, int], QIcon] = {}


def thumbnail(assets_dir: Path, exercise: Exercise, size: int = THUMB) -> QIcon:
    """The exercise's first frame drawn on a transparent square (drawn once, then reused)."""
    key = (assets_dir, exercise.id, size)
    if key not in _thumbnails:
        _thumbnails[key] = _draw_thumbnail(assets_dir, exercise, size)
    return _thumbnails[key]


def _draw_thumbnail(assets_dir: Path, exercise: Exercise, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if exercise.frames:
        renderer = QSvgRenderer(str(assets_dir / "illustrations" / f"{exercise.frames[0]}.svg"))
        if renderer.isValid():
            painter = QPainter(pixmap)
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            renderer.render(painter)
            painter.end()
    return QIcon(pixmap)


class _KeepUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the editor's undo stack from inside a text field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return False


class LibraryList(QListWidget):
    """The exercise library; items are dragged out as exercise ids."""

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(EXERCISE_MIME, QByteArray(items[0].data(Qt.ItemDataRole.UserRole).encode()))
        return data

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]


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


class DraftCommand(QUndoCommand):
    """One change to the draft; typing into one field merges into a single command."""

    def __init__(self, editor: EditorWindow, before: Draft, after: Draft, text: str,
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


def _spin(low: int, high: int, suffix: str, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccelerated(True)
    if special:
        box.setSpecialValueText(special)
    return box


class EditorWindow(QMainWindow):
    """Edits one routine at a time; ``saved`` and ``deleted`` tell the app to refresh its lists."""

    saved = Signal(object)  # Path
    try_requested = Signal(object)  # a catalog Entry: play the routine as it stands, saved or not
    deleted = Signal(object)  # Path
    renamed = Signal(str, str)  # old name, new name

    def __init__(
        self,
        library: Library,
        assets_dir: Path,
        routines_dir: Path,
        trash_dir: Path,
        other_names: Callable[[Path | None], Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editorWindow")
        self.library = library
        self.assets_dir = assets_dir
        self.routines_dir = routines_dir
        self.trash_dir = trash_dir
        self.other_names = other_names
        self.draft = Draft()
        self.path: Path | None = None
        self.disk_bytes: bytes | None = None  # the file as last read or written here
        self.checked: Checked = check(self.draft, library)
        self.trashed: userfiles.Trashed | None = None
        self._applying = False
        self._merge_ids: dict[str, int] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.setMinimumSize(760, 520)
        self.resize(1180, 780)

        splitter = QSplitter()
        splitter.addWidget(self._build_library())
        splitter.addWidget(self._build_routine())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.notice = QLabel(objectName="editorNotice")
        self.notice.setWordWrap(True)
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
        self.setCentralWidget(central)
        self._build_actions()
        undo_keys = _KeepUndoKeys(self)
        for field in (self.name_edit, self.description_edit, self.search):
            field.installEventFilter(undo_keys)
        self.search.installEventFilter(self)
        self.description_edit.setUndoRedoEnabled(False)
        self.apply(self.draft, -1)

    # --- building ----------------------------------------------------------------
    def _build_library(self) -> QWidget:
        box = QGroupBox(self.tr("Exercises"))
        self.search = QLineEdit(objectName="librarySearch")
        self.search.setPlaceholderText(self.tr("Search by name, muscle or equipment"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox(objectName="kindFilter")
        self.kind_filter.setAccessibleName(self.tr("Kind of exercise"))
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind, label in (("dynamic", self.tr("Moving")), ("static", self.tr("Held")),
                            ("roller", self.tr("Foam roller"))):
            self.kind_filter.addItem(label, kind)
        self.muscle_filter = QComboBox(objectName="muscleFilter")
        self.muscle_filter.setAccessibleName(self.tr("Target muscle"))
        self.muscle_filter.addItem(self.tr("All muscles"), "")
        for muscle in sorted({t for e in self.library for t in e.targets}, key=str.casefold):
            self.muscle_filter.addItem(muscle, muscle)
        self.equipment_filter = QComboBox(objectName="equipmentFilter")
        self.equipment_filter.setAccessibleName(self.tr("Equipment"))
        self.equipment_filter.addItem(self.tr("Any equipment"), "")
        for thing in sorted({q for e in self.library for q in e.equipment}, key=str.casefold):
            self.equipment_filter.addItem(thing, thing)
        filters = QGridLayout()
        for number, combo in enumerate((self.kind_filter, self.equipment_filter, self.muscle_filter)):
            combo.currentIndexChanged.connect(self._filter_library)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, number // 2, number % 2, 1, 2 if number == 2 else 1)
        self.search.textChanged.connect(self._filter_library)

        self.library_list = LibraryList(objectName="libraryList")
        self.library_list.setAccessibleName(self.tr("Exercise library"))
        self.library_list.setIconSize(QSize(THUMB, THUMB))
        self.library_list.setDragEnabled(True)
        self.library_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.library_list.setWordWrap(True)
        self.library_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.library_list.setToolTip(self.tr("Double-click, press Enter or drag to add to the routine"))
        for exercise in self.library:
            item = QListWidgetItem(thumbnail(self.assets_dir, exercise), exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(exercise.summary)
            self.library_list.addItem(item)
        self.library_list.itemActivated.connect(lambda item: self.add_exercise(
            item.data(Qt.ItemDataRole.UserRole)))
        self.library_list.currentItemChanged.connect(self._preview)
        self.add_button = QPushButton(self.tr("Add to routine"), objectName="addExercise")
        self.add_button.setToolTip(self.tr("Add the chosen exercise after the current step (Enter)"))
        self.add_button.clicked.connect(self._add_current)

        self.preview_picture = QLabel()
        self.preview_picture.setFixedSize(120, 120)
        self.preview_text = QLabel(objectName="exercisePreview")
        self.preview_text.setWordWrap(True)
        self.preview_text.setTextFormat(Qt.TextFormat.RichText)
        self.preview_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.preview_picture, 0, Qt.AlignmentFlag.AlignHCenter)
        preview_layout.addWidget(self.preview_text, 1)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(preview)

        layout = QVBoxLayout(box)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.library_list, 3)
        layout.addWidget(self.add_button)
        layout.addWidget(scroll, 2)
        if self.library_list.count():
            self.library_list.setCurrentRow(0)
        return box

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setStyleSheet("color: #c62828;")
        label.hide()
        return label

    def _build_routine(self) -> QWidget:
        box = QGroupBox(self.tr("Routine"))
        self.name_edit = QLineEdit(objectName="routineName")
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.setMaxLength(NAME_LENGTH)
        self.name_edit.textChanged.connect(lambda text: self.change(
            self.draft.replace(name=text), self.tr("Rename routine"), "name"))
        self.name_error = self._error_label("nameError")
        self.description_edit = QPlainTextEdit(objectName="routineDescription")
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.description_edit.textChanged.connect(lambda: self.change(
            self.draft.replace(description=self.description_edit.toPlainText()),
            self.tr("Change description"), "description"))
        self.description_error = self._error_label("descriptionError")

        seconds = self.tr(" s")
        self.warmup_spin = _spin(0, BOUNDS["warmup"].high, seconds, self.tr("None"))
        self.warmup_spin.setToolTip(
            self.tr("A free minute or two of gentle movement before the first exercise"))
        self.after_exercise = QCheckBox(self.tr("Meant for after exercise (muscles already warm)"))
        self.prepare_spin = _spin(0, BOUNDS["prepare"].high, seconds)
        self.hold_spin = _spin(0, BOUNDS["hold"].high, seconds, self.tr("Each exercise's own"))
        self.switch_spin = _spin(0, BOUNDS["switch"].high, seconds)
        self.rest_spin = _spin(0, BOUNDS["rest"].high, seconds)
        self.warmup_spin.setAccessibleName(self.tr("Warm-up"))
        self.warmup_spin.valueChanged.connect(lambda v: self.change(
            self.draft.replace(warmup=v), self.tr("Change warm-up"), "warmup"))
        self.after_exercise.toggled.connect(lambda on: self.change(
            self.draft.replace(after_exercise=on), self.tr("Change when the routine is meant for")))
        for spin, key, label in ((self.prepare_spin, "prepare", self.tr("Get ready")),
                                 (self.hold_spin, "hold", self.tr("Hold")),
                                 (self.switch_spin, "switch", self.tr("Switch sides")),
                                 (self.rest_spin, "rest", self.tr("Rest between exercises"))):
            spin.setAccessibleName(label)
            spin.valueChanged.connect(lambda v, key=key: self._change_default(key, v))
        defaults = QGroupBox(self.tr("Durations for every step"))
        form = QFormLayout(defaults)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Warm-up"), self.warmup_spin)
        form.addRow(self.tr("Get ready"), self.prepare_spin)
        form.addRow(self.tr("Hold"), self.hold_spin)
        form.addRow(self.tr("Switch sides"), self.switch_spin)
        form.addRow(self.tr("Rest between exercises"), self.rest_spin)
        form.addRow(self.after_exercise)

        self.steps = StepList()
        self.steps.setAccessibleName(self.tr("Steps of the routine"))
        self.steps.setIconSize(QSize(THUMB - 8, THUMB - 8))
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setToolTip(self.tr("Drag to reorder, or Alt+Up and Alt+Down"))
        self.steps.exercise_dropped.connect(self.add_exercise)
        self.steps.step_moved.connect(self.move_step)
        self.steps.currentRowChanged.connect(self._show_step)
        self.steps_error = self._error_label("stepsError")
        step_buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button in (self.up_button, self.down_button, self.duplicate_button, self.remove_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        self.total_label = QLabel(objectName="routineTotal")
        font = QFont(self.total_label.font())
        font.setBold(True)
        self.total_label.setFont(font)

        self.step_box = QGroupBox(self.tr("Step"))
        self.step_title = QLabel(objectName="stepTitle")
        self.step_title.setFont(font)
        self.step_title.setWordWrap(True)
        self.step_mode = QComboBox(objectName="stepMode")
        self.step_mode.addItem(self.tr("Hold"), "hold")
        self.step_mode.addItem(self.tr("Count repetitions"), "reps")
        self.step_mode.setAccessibleName(self.tr("Hold or repetitions"))
        self.step_amount = _spin(0, BOUNDS["hold"].high, seconds)
        self.step_amount.setObjectName("stepAmount")
        self.step_amount.setAccessibleName(self.tr("Length"))
        self.step_tempo = _spin(0, BOUNDS["tempo"].high, seconds, self.tr("Default"))
        self.step_tempo.setAccessibleName(self.tr("Seconds per repetition"))
        self.step_sides = QComboBox(objectName="stepSides")
        self.step_sides.setAccessibleName(self.tr("Sides"))
        for value, label in (("both", self.tr("Both sides")), ("left", self.tr("Left side only")),
                             ("right", self.tr("Right side only"))):
            self.step_sides.addItem(label, value)
        self.step_rest = _spin(-1, BOUNDS["rest"].high, seconds)
        self.step_rest.setObjectName("stepRest")
        self.step_rest.setAccessibleName(self.tr("Rest after this step"))
        self.step_error = self._error_label("stepError")
        self.step_form = QFormLayout(self.step_box)
        self.step_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.step_form.addRow(self.step_title)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.step_mode)
        mode_row.addWidget(self.step_amount, 1)
        self.step_form.addRow(self.tr("Do"), mode_row)
        self.step_form.addRow(self.tr("Tempo"), self.step_tempo)
        self.step_form.addRow(self.tr("Sides"), self.step_sides)
        self.step_form.addRow(self.tr("Rest after"), self.step_rest)
        self.step_form.addRow(self.step_error)
        self.step_mode.currentIndexChanged.connect(self._step_mode_changed)
        self.step_amount.valueChanged.connect(self._step_amount_changed)
        self.step_tempo.valueChanged.connect(lambda v: self._change_step(
            "tempo", v or None, self.tr("Change tempo")))
        self.step_sides.currentIndexChanged.connect(lambda _i: self._change_step(
            "sides", self.step_sides.currentData(), self.tr("Change sides")))
        self.step_rest.valueChanged.connect(lambda v: self._change_step(
            "rest", None if v < 0 else v, self.tr("Change rest")))

        self.advice_label = QLabel(objectName="adviceList")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                  | Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top.addRow(self.tr("Name"), self.name_edit)
        top.addRow("", self.name_error)
        top.addRow(self.tr("Description"), self.description_edit)
        top.addRow("", self.description_error)
        steps_column = QVBoxLayout()
        steps_column.setContentsMargins(0, 0, 0, 0)
        steps_column.addWidget(self.total_label)
        steps_column.addWidget(self.steps, 1)
        steps_column.addWidget(self.steps_error)
        steps_column.addLayout(step_buttons)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.step_box)
        side_column.addWidget(defaults)
        side_column.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        self.side, self.side_scroll = side, side_scroll
        side.installEventFilter(self)
        # Side by side on a wide window; the step's details go under the list on a narrow one.
        self.middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.middle.addLayout(steps_column, 3)
        self.middle.addWidget(side_scroll, 2)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addLayout(self.middle, 1)
        layout.addWidget(self.advice_label)
        return box

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], keys: Sequence[QKeySequence | str] = (),
                   name: str = "") -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            return act

        key = QKeySequence.StandardKey
        self.new_action = action(self.tr("&New routine"), self.new_routine, [QKeySequence(key.New)])
        self.import_action = action(self.tr("&Import…"), self.import_routine, ["Ctrl+I"])
        self.save_action = action(self.tr("&Save"), self.save, [QKeySequence(key.Save)], "save")
        self.save_as_action = action(self.tr("Save &as…"), self.save_as, ["Ctrl+Shift+S"])
        self.duplicate_action = action(self.tr("&Duplicate routine"), self.duplicate_routine)
        self.rename_action = action(self.tr("&Rename…"), self.rename_routine, ["F2"])
        self.delete_action = action(self.tr("De&lete…"), self.delete_routine)
        self.export_action = action(self.tr("&Export…"), self.export_routine, ["Ctrl+E"])
        self.close_action = action(self.tr("&Close"), self.close, [QKeySequence(key.Close), "Esc"])
        self.try_action = action(self.tr("&Try it"), self.try_routine, ["F5"], "tryRoutine")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(key.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.up_action = action(self.tr("Move step &up"), lambda: self.move_step_by(-1), ["Alt+Up"])
        self.down_action = action(self.tr("Move step &down"), lambda: self.move_step_by(1), ["Alt+Down"])
        self.duplicate_step_action = action(self.tr("Du&plicate step"), self.duplicate_step, ["Ctrl+D"])
        self.remove_action = action(self.tr("Re&move step"), self.remove_step, [QKeySequence(key.Delete)])
        # Delete removes a step only while the step list has the focus; in a text field it deletes text.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.steps.addAction(self.remove_action)
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        file_menu = self.menuBar().addMenu(self.tr("&Routine"))
        for act in (self.new_action, self.import_action, None, self.save_action, self.save_as_action,
                    self.duplicate_action, self.rename_action, self.export_action, None,
                    self.try_action, None, self.delete_action, None, self.close_action):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for act in (self.undo_action, self.redo_action, None, self.up_action, self.down_action,
                    self.duplicate_step_action, self.remove_action):
            edit_menu.addSeparator() if act is None else edit_menu.addAction(act)
        for act in (self.new_action, self.import_action, self.save_action, self.save_as_action,
                    self.duplicate_action, self.rename_action, self.export_action, self.delete_action,
                    self.close_action, self.undo_action, self.redo_action, self.up_action,
                    self.down_action, self.duplicate_step_action, self.try_action):
            self.addAction(act)
        toolbar = self.addToolBar(self.tr("Routine"))
        toolbar.setObjectName("editorToolbar")
        toolbar.setMovable(False)
        style = self.style()
        for act, icon in ((self.save_action, QStyle.StandardPixmap.SP_DialogSaveButton),
                          (self.undo_action, QStyle.StandardPixmap.SP_ArrowBack),
                          (self.redo_action, QStyle.StandardPixmap.SP_ArrowForward),
                          (self.try_action, QStyle.StandardPixmap.SP_MediaPlay)):
            act.setIcon(style.standardIcon(icon))
            toolbar.addAction(act)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.new_action, self.save_action, self.undo_action, self.redo_action,
                    self.up_action, self.down_action, self.duplicate_step_action, self.remove_action,
                    self.try_action):
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                act.setToolTip(f"{act.text().replace('&', '')} ({shortcut})")
        self.up_button.clicked.connect(self.up_action.trigger)
        self.down_button.clicked.connect(self.down_action.trigger)
        self.duplicate_button.clicked.connect(self.duplicate_step_action.trigger)
        self.remove_button.clicked.connect(self.remove_action.trigger)
        for button, act in ((self.up_button, self.up_action), (self.down_button, self.down_action),
                            (self.duplicate_button, self.duplicate_step_action),
                            (self.remove_button, self.remove_action)):
            button.setToolTip(act.toolTip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.search.text()):
            self.search.clear()  # Escape empties the search first; a second one closes
            event.accept()
            return True
        if watched is self.side and event.type() == QEvent.Type.LayoutRequest:
            # The details scroll up and down only, so they are never narrower than their fields.
            self.side_scroll.setMinimumWidth(self.side.minimumSizeHint().width()
                                             + self.side_scroll.verticalScrollBar().sizeHint().width())
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        self.middle.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                 else QBoxLayout.Direction.LeftToRight)

    # --- opening -------------------------------------------------------------------
    def open_draft(self, draft: Draft, path: Path | None, notice: str = "") -> None:
        """Edit ``draft``; ``path`` is the user file it came from (None: not saved yet)."""
        self.path = path
        try:
            self.disk_bytes = path.read_bytes() if path is not None else None
        except OSError:
            self.disk_bytes = None
        self.trashed = None
        self.restore_button.hide()
        self.undo_stack.clear()
        self.apply(draft, 0 if draft.steps else -1)
        self.undo_stack.setClean()
        self.say(notice)
        self._update_title()

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
            if self.name_edit.text() != draft.name:
                self.name_edit.setText(draft.name)
            if self.description_edit.toPlainText() != draft.description:
                self.description_edit.setPlainText(draft.description)
            self.warmup_spin.setValue(draft.warmup)
            self.after_exercise.setChecked(draft.after_exercise)
            self.prepare_spin.setValue(draft.defaults.prepare)
            self.hold_spin.setValue(draft.defaults.hold or 0)
            self.switch_spin.setValue(draft.defaults.switch)
            self.rest_spin.setValue(draft.defaults.rest)
            self.step_rest.setSpecialValueText(self.tr("As the routine (%1 s)")
                                               .replace("%1", str(draft.defaults.rest)))
            if not same_steps:  # typing a name or description leaves the list as it is
                self._fill_steps(row)
            self._show_checks()
        finally:
            self._applying = False
        self._update_title()

    # --- steps ---------------------------------------------------------------------------
    def _effective_hold(self, step: Step, exercise: Exercise) -> int:
        return step.hold or self.draft.defaults.hold or exercise.hold or FALLBACK_HOLD

    def _counted(self, step: Step, exercise: Exercise) -> bool:
        return step.reps is not None or (step.hold is None and exercise.reps is not None)

    def step_summary(self, step: Step) -> str:
        exercise = self.library[step.exercise]
        if self._counted(step, exercise):
            amount = self.tr("%1 repetitions").replace("%1", str(step.reps or exercise.reps))
        else:
            amount = self.tr("%1 s").replace("%1", str(self._effective_hold(step, exercise)))
        if exercise.sided:
            sides = {"left": self.tr("left side"), "right": self.tr("right side")}.get(
                step.sides or "both", self.tr("each side"))
            amount = f"{amount} · {sides}"
        if step.rest is not None:
            amount = f"{amount} · " + self.tr("rest %1 s").replace("%1", str(step.rest))
        return amount

    def _fill_steps(self, row: int) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        style = self.style()
        for number, step in enumerate(self.draft.steps):
            exercise = self.library[step.exercise]
            problems = self.checked.errors_at("steps", number)
            advice = [a for a in self.checked.advice if a.step == number]
            item = QListWidgetItem(f"{number + 1}. {exercise.name}\n{self.step_summary(step)}")
            if problems:
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
                item.setToolTip("\n".join(problems))
            elif advice:
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip("\n".join(self.advice_text(a) for a in advice))
            else:
                item.setIcon(thumbnail(self.assets_dir, exercise, THUMB - 8))
            self.steps.addItem(item)
        self.steps.blockSignals(False)
        row = min(row, self.steps.count() - 1)
        self.steps.setCurrentRow(row)
        self._show_step(row)

    def _show_step(self, row: int) -> None:
        has = 0 <= row < len(self.draft.steps)
        self.step_box.setEnabled(has)
        for widget in (self.up_button, self.down_button, self.duplicate_button, self.remove_button):
            widget.setEnabled(has)
        self.up_action.setEnabled(has and row > 0)
        self.down_action.setEnabled(has and row < len(self.draft.steps) - 1)
        self.duplicate_step_action.setEnabled(has)
        self.remove_action.setEnabled(has)
        if not has:
            self.step_title.setText(self.tr("No step chosen"))
            self.step_error.hide()
            return
        step = self.draft.steps[row]
        exercise = self.library[step.exercise]
        was = self._applying
        self._applying = True
        try:
            self.step_box.setTitle(self.tr("Step %1").replace("%1", str(row + 1)))
            self.step_title.setText(exercise.name)
            counted = self._counted(step, exercise)
            self.step_mode.setCurrentIndex(1 if counted else 0)
            if counted:
                self.step_amount.setRange(BOUNDS["reps"].low, BOUNDS["reps"].high)
                self.step_amount.setSuffix(self.tr(" repetitions"))
                self.step_amount.setSpecialValueText("")
                self.step_amount.setValue(step.reps or exercise.reps or 8)
            else:
                self.step_amount.setRange(0, BOUNDS["hold"].high)
                self.step_amount.setSuffix(self.tr(" s"))
                default = self.draft.defaults.hold or exercise.hold or FALLBACK_HOLD
                self.step_amount.setSpecialValueText(self.tr("Default (%1 s)").replace("%1", str(default)))
                self.step_amount.setValue(step.hold or 0)
            self.step_tempo.setEnabled(counted)
            self.step_tempo.setSpecialValueText(self.tr("Default (%1 s)").replace(
                "%1", str(exercise.tempo or self.draft.defaults.tempo)))
            self.step_tempo.setValue(step.tempo or 0)
            self.step_sides.setEnabled(exercise.sided)
            self.step_sides.setCurrentIndex(max(0, self.step_sides.findData(step.sides or "both")))
            if not exercise.sided:
                self.step_sides.setToolTip(self.tr("This exercise is not done per side"))
            self.step_rest.setValue(-1 if step.rest is None else step.rest)
            self.step_rest.setEnabled(row < len(self.draft.steps) - 1)
            errors = self.checked.errors_at("steps", row)
            self.step_error.setText("\n".join("⚠ " + e for e in errors))
            self.step_error.setVisible(bool(errors))
        finally:
            self._applying = was

    def _step(self) -> tuple[int, Step] | None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft.steps):
            return row, self.draft.steps[row]
        return None

    def _change_step(self, field: str, value: object, text: str) -> None:
        current = self._step()
        if current is None or self._applying:
            return
        row, step = current
        if field == "sides" and not self.library[step.exercise].sided:
            return
        if field == "sides" and value == "both" and step.sides is None:
            return
        changed = dataclasses.replace(step, **{field: value})
        self.change(self.draft.with_step(row, changed), text, f"step-{row}-{field}", row)

    def _step_mode_changed(self, _index: int) -> None:
        current = self._step()
        if current is None or self._applying:
            return
        row, step = current
        exercise = self.library[step.exercise]
        if self.step_mode.currentData() == "reps":
            changed = Step(step.exercise, reps=exercise.reps or 8, tempo=step.tempo, sides=step.sides,
                           rest=step.rest, prepare=step.prepare)
        else:
            changed = Step(step.exercise, hold=exercise.hold or self.draft.defaults.hold or FALLBACK_HOLD,
                           sides=step.sides, rest=step.rest, prepare=step.prepare)
        if exercise.reps is not None and changed.reps == exercise.reps and changed.tempo is None:
            changed = dataclasses.replace(changed, reps=None)
        self.change(self.draft.with_step(row, changed), self.tr("Hold or count"), "", row)

    def _step_amount_changed(self, value: int) -> None:
        current = self._step()
        if current is None or self._applying:
            return
        if self.step_mode.currentData() == "reps":
            self._change_step("reps", value, self.tr("Change repetitions"))
        else:
            self._change_step("hold", value or None, self.tr("Change hold"))

    def _change_default(self, key: str, value: int) -> None:
        if self._applying:
            return
        given = value if key != "hold" else (value or None)
        defaults = dataclasses.replace(self.draft.defaults, **{key: given})
        self.change(self.draft.replace(defaults=defaults), self.tr("Change durations"), f"default-{key}")

    def add_exercise(self, exercise_id: str, row: int | None = None) -> None:
        if exercise_id not in self.library:
            return
        if row is None:
            current = self.steps.currentRow()
            row = current + 1 if current >= 0 else len(self.draft.steps)
        steps = list(self.draft.steps)
        steps.insert(row, Step(exercise_id))
        self.change(self.draft.replace(steps=tuple(steps)),
                    self.tr("Add %1").replace("%1", self.library[exercise_id].name), row=row)

    def _add_current(self) -> None:
        item = self.library_list.currentItem()
        if item is not None:
            self.add_exercise(item.data(Qt.ItemDataRole.UserRole))

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
        current = self._step()
        if current is None:
            return
        row, step = current
        steps = list(self.draft.steps)
        steps.insert(row + 1, step)
        self.change(self.draft.replace(steps=tuple(steps)), self.tr("Duplicate step"), row=row + 1)

    def remove_step(self) -> None:
        current = self._step()
        if current is None:
            return
        row, _step = current
        steps = list(self.draft.steps)
        del steps[row]
        self.change(self.draft.replace(steps=tuple(steps)), self.tr("Remove step"),
                    row=min(row, len(steps) - 1))

    # --- checks --------------------------------------------------------------------------
    def clash_with(self, name: str, path: Path | None) -> str:
        """Why ``name`` cannot be used by the routine in ``path`` (another has it), or ""."""
        wanted = name.strip()
        if wanted and wanted.casefold() in {n.casefold() for n in self.other_names(path)}:
            return self.tr("Another routine is already called “%1”; choose another name.").replace(
                "%1", wanted)
        return ""

    def name_clash(self) -> str:
        return self.clash_with(self.draft.name, self.path)

    def advice_text(self, advice: Advice) -> str:
        values = [str(v) for v in advice.values]
        templates = {
            "cold-static": self.tr("%1 is a held stretch before any warm-up: start with a moving "
                                   "exercise or the foam roller, add a warm-up, or tick “Meant for "
                                   "after exercise”."),
            "short-hold": self.tr("A %1 s hold of %2 is short: hold a stretch for 15 to 60 s."),
            "long-hold": self.tr("A %1 s hold of %2 is long: 15 to 60 s is enough; repeat it instead."),
            "one-side": self.tr("%1 is only done on one side: add the other side too."),
            "no-rest": self.tr("%1 minutes without any rest: give a few seconds of rest between "
                               "exercises."),
        }
        text = templates.get(advice.code, advice.message)
        for number, value in enumerate(values, 1):
            text = text.replace(f"%{number}", value)
        if advice.step is not None:
            text = self.tr("Step %1: %2").replace("%1", str(advice.step + 1)).replace("%2", text)
        return text

    def _show_checks(self) -> None:
        checked = self.checked
        # The file rules decide; the words are the window's own, in its language.
        name_errors = [self.tr("Give the routine a name.") if not self.draft.name.strip() else
                       self.tr("Keep the name under %1 characters.").replace("%1", str(NAME_LENGTH))
                       for _ in checked.errors_at("name")[:1]]
        clash = self.name_clash()
        if clash:
            name_errors.append(clash)
        self.name_error.setText("\n".join("⚠ " + e for e in name_errors))
        self.name_error.setVisible(bool(name_errors))
        description_errors = [
            self.tr("The description is %1 characters long; keep it under %2.")
            .replace("%1", str(len(self.draft.description))).replace("%2", str(DESCRIPTION_LENGTH))
            for _ in checked.errors_at("description")[:1]]
        self.description_error.setText("\n".join("⚠ " + e for e in description_errors))
        self.description_error.setVisible(bool(description_errors))
        steps_errors = [p.message for p in checked.problems if p.path == ("steps",)]
        steps_errors += [
            self.tr("Step %1: %2").replace("%1", str(int(p.path[1]) + 1)).replace("%2", p.message)
            for p in checked.problems if len(p.path) > 1 and p.path[0] == "steps"]
        other = [p.message for p in checked.problems
                 if not p.path or p.path[0] not in ("name", "description", "steps")]
        steps_errors += other
        if not self.draft.steps:
            steps_errors = [self.tr("Add at least one exercise: double-click one in the library, "
                                    "or drag it here.")]
        self.steps_error.setText("\n".join("⚠ " + e for e in steps_errors))
        self.steps_error.setVisible(bool(steps_errors))
        if checked.routine is not None:
            self.total_label.setText(self.tr("Total %1 · %2").replace("%1", clock(checked.total))
                                     .replace("%2", exercises_count(len(self.draft.steps))))
        else:
            self.total_label.setText(self.tr("Not ready yet"))
        advice = [self.advice_text(a) for a in checked.advice]
        if advice:
            self.advice_label.setText(self.tr("Advice (the routine works without it):") + "\n"
                                      + "\n".join(f"• {line}" for line in advice))
        self.advice_label.setVisible(bool(advice))
        can_save = checked.routine is not None and not clash
        self.save_action.setEnabled(can_save)
        self.save_as_action.setEnabled(can_save)
        self.duplicate_action.setEnabled(can_save)
        self.export_action.setEnabled(can_save)
        self.try_action.setEnabled(checked.routine is not None)
        self.rename_action.setEnabled(self.path is not None)
        self.delete_action.setEnabled(self.path is not None)

    def _update_title(self) -> None:
        name = self.draft.name.strip() or self.tr("Untitled routine")
        # Qt shows "[*]" as "*" while the window is modified.
        self.setWindowTitle(self.tr("%1[*] — Edit routine — %2").replace("%1", name.replace("[*]", "[ * ]"))
                            .replace("%2", APP_NAME))
        self.setWindowModified(not self.undo_stack.isClean())

    # --- files ---------------------------------------------------------------------------
    def _write(self, draft: Draft, path: Path | None) -> Path | None:
        try:
            return userfiles.save(draft, self.routines_dir, path)
        except OSError as exc:
            dialogs.inform(self, self.tr("Could not save"), self.tr(
                "The routine could not be saved to %1: %2. Nothing on disk was changed.")
                .replace("%1", str(self.routines_dir)).replace("%2", exc.strerror or str(exc)))
            return None

    def _changed_on_disk(self) -> bool:
        if self.path is None or self.disk_bytes is None:
            return False
        try:
            return self.path.read_bytes() != self.disk_bytes
        except FileNotFoundError:
            return False
        except OSError:
            return True

    def save(self) -> bool:
        """Save to the routine's own file (a new file for a new routine or a built-in's copy)."""
        if not self.save_action.isEnabled():
            return False
        path = self.path
        if self._changed_on_disk():
            choice = dialogs.choose(
                self, self.tr("Changed on disk"),
                self.tr("%1 was changed by another program since it was opened here. Save your "
                        "version as a new routine, or replace that file?").replace("%1", str(self.path)),
                [self.tr("Save as new routine"), self.tr("Replace"), self.tr("Cancel")], 0, 2)
            if choice == 2:
                return False
            if choice == 0:
                return self.save_as()
        written = self._write(self.draft, path)
        if written is None:
            return False
        self._saved_to(written)
        if path is not None and written != path:
            self.deleted.emit(path)
        return True

    def _saved_to(self, path: Path, message: str = "", clean: bool = True) -> None:
        """The routine's file is now ``path``; ``clean``: it holds the draft as shown."""
        self.path = path
        self.disk_bytes = path.read_bytes()
        if clean:
            self.undo_stack.setClean()
        self.say(message or self.tr("Saved to %1").replace("%1", str(path)))
        self._show_checks()
        self._update_title()
        self.saved.emit(path)

    def save_as(self) -> bool:
        name = dialogs.text(self, self.tr("Save as"), self.tr("Name of the new routine:"),
                            userfiles.unique_name(self.draft.name.strip(), self.other_names(None)))
        if name is None or not name.strip():
            return False
        clash = self.clash_with(name, None)
        if clash:
            dialogs.inform(self, self.tr("Save as"), clash)
            return False
        draft = self.draft.replace(name=name.strip())
        written = self._write(draft, None)
        if written is None:
            return False
        self.change(draft, self.tr("Rename routine"))
        self._saved_to(written)
        return True

    def duplicate_routine(self) -> None:
        name = userfiles.unique_name(self.draft.name.strip(), self.other_names(None))
        draft = self.draft.replace(name=name)
        written = self._write(draft, None)
        if written is not None:
            self.open_draft(draft, written, self.tr("Saved a copy as “%1”; you are now editing the copy.")
                            .replace("%1", name))
            self.saved.emit(written)

    def rename_routine(self) -> None:
        if self.path is None:
            return
        old = self.draft.name.strip()
        name = dialogs.text(self, self.tr("Rename routine"), self.tr("New name:"), old)
        if name is None or not name.strip() or name.strip() == old:
            return
        name = name.strip()
        clash = self.clash_with(name, self.path)
        if clash:
            dialogs.inform(self, self.tr("Rename routine"), clash)
            return
        # Only the name changes on disk: other edits not saved yet stay unsaved.
        try:
            on_disk = from_routine(read_routine(self.path, self.library))
        except RoutineError as exc:
            dialogs.inform(self, self.tr("Rename routine"), str(exc))
            return
        clean = self.undo_stack.isClean()
        old_path = self.path
        written = self._write(on_disk.replace(name=name), self.path)
        if written is None:
            return
        self.path = written
        self.disk_bytes = written.read_bytes()
        self.change(self.draft.replace(name=name), self.tr("Rename routine"))
        if clean:
            self.undo_stack.setClean()
        self.say(self.tr("Renamed to “%1”").replace("%1", name))
        self._update_title()
        if written != old_path:
            self.deleted.emit(old_path)
        self.saved.emit(written)
        self.renamed.emit(old, name)

    def delete_routine(self) -> None:
        if self.path is None:
            return
        name = self.draft.name.strip()
        if not dialogs.ask(self, self.tr("Delete routine?"),
                           self.tr("Delete “%1”? It goes to the trash folder and can be brought "
                                   "back.").replace("%1", name),
                           self.tr("Delete"), self.tr("Keep it")):
            return
        try:
            self.trashed = userfiles.trash(self.path, self.trash_dir)
        except OSError as exc:
            dialogs.inform(self, self.tr("Could not delete"), exc.strerror or str(exc))
            return
        gone = self.path
        self.path = None
        self.disk_bytes = None
        self.say(self.tr("Deleted “%1”; it was moved to %2.").replace("%1", name)
                 .replace("%2", str(self.trashed.kept.parent)))
        self.restore_button.show()
        self.undo_stack.resetClean()
        self._show_checks()
        self._update_title()
        self.deleted.emit(gone)

    def restore_deleted(self) -> None:
        if self.trashed is None:
            return
        try:
            back = userfiles.restore(self.trashed)
        except OSError as exc:
            dialogs.inform(self, self.tr("Could not bring it back"), exc.strerror or str(exc))
            return
        self.trashed = None
        self.restore_button.hide()
        try:  # changes made since the deletion stay unsaved changes
            same = from_routine(read_routine(back, self.library)) == self.draft
        except RoutineError:
            same = False
        self._saved_to(back, self.tr("Brought back to %1").replace("%1", str(back)), clean=same)

    def import_routine(self) -> None:
        if not self.maybe_save():
            return
        source = dialogs.open_file(self, self.tr("Import a routine"), self.tr("Routine files (*.yaml *.yml)"))
        if source is None:
            return
        try:
            imported = userfiles.import_file(source, self.routines_dir, self.library, self.other_names(None))
        except RoutineError as exc:
            dialogs.inform(self, self.tr("Cannot import"), self.tr(
                "%1 is not a routine Stretch Timer can use:\n%2").replace("%1", str(source))
                .replace("%2", "\n".join(str(p) for p in exc.problems[:8])))
            return
        except OSError as exc:
            dialogs.inform(self, self.tr("Cannot import"), exc.strerror or str(exc))
            return
        routine = read_routine(imported.path, self.library)
        note = self.tr("Imported into %1.").replace("%1", str(imported.path))
        if imported.renamed_from:
            note += " " + self.tr("A routine called “%1” already existed, so this one is “%2”.").replace(
                "%1", imported.renamed_from).replace("%2", routine.name)
        self.open_draft(from_routine(routine), imported.path, note)
        self.saved.emit(imported.path)

    def try_routine(self) -> None:
        """Play the routine as it stands in the editor, saved or not, in the main window."""
        routine = self.checked.routine
        if routine is None:
            return
        self.try_requested.emit(Entry(self.path or Path(f"{userfiles.slug(routine.name)}.yaml"),
                                      False, routine))

    def export_routine(self) -> None:
        suggestion = str(Path.home() / f"{userfiles.slug(self.draft.name)}.yaml")
        target = dialogs.save_file(self, self.tr("Export routine"), suggestion,
                                   self.tr("Routine files (*.yaml)"))
        if target is None:
            return
        try:
            userfiles.export_file(self.draft, target)
        except OSError as exc:
            dialogs.inform(self, self.tr("Could not export"), exc.strerror or str(exc))
            return
        self.say(self.tr("Exported to %1").replace("%1", str(target)))

    # --- closing -------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when the draft may be left: saved, nothing changed, or the person chose to discard."""
        if self.undo_stack.isClean():
            return True
        choice = dialogs.choose(
            self, self.tr("Unsaved changes"),
            self.tr("“%1” has changes that are not saved.").replace(
                "%1", self.draft.name.strip() or self.tr("Untitled routine")),
            [self.tr("Save"), self.tr("Discard changes"), self.tr("Cancel")], 0, 2)
        if choice == 0:
            return self.save()
        return choice == 1

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()

    # --- library -------------------------------------------------------------------------
    def _filter_library(self) -> None:
        words = self.search.text().casefold().split()
        kind = self.kind_filter.currentData()
        muscle = self.muscle_filter.currentData()
        thing = self.equipment_filter.currentData()
        first_shown = None
        for i in range(self.library_list.count()):
            item = self.library_list.item(i)
            exercise = self.library[item.data(Qt.ItemDataRole.UserRole)]
            haystack = " ".join([exercise.name, exercise.id, exercise.summary, *exercise.targets,
                                 *exercise.equipment]).casefold()
            shown = (all(w in haystack for w in words) and (not kind or exercise.kind == kind)
                     and (not muscle or muscle in exercise.targets)
                     and (not thing or thing in exercise.equipment))
            item.setHidden(not shown)
            if shown and first_shown is None:
                first_shown = item
        current = self.library_list.currentItem()
        if first_shown is not None and (current is None or current.isHidden()):
            self.library_list.setCurrentItem(first_shown)
        self.add_button.setEnabled(first_shown is not None)

    def visible_exercises(self) -> list[str]:
        return [self.library_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.library_list.count()) if not self.library_list.item(i).isHidden()]

    def _preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.preview_text.clear()
            return
        exercise = self.library[item.data(Qt.ItemDataRole.UserRole)]
        self.preview_picture.setPixmap(thumbnail(self.assets_dir, exercise, 120).pixmap(120, 120))
        self.preview_picture.setAccessibleName(exercise.name)
        self.preview_picture.setAccessibleDescription(exercise.alt)
        from html import escape

        kind = {"dynamic": self.tr("Moving"), "static": self.tr("Held"),
                "roller": self.tr("Foam roller")}.get(exercise.kind, exercise.kind)
        facts = " · ".join([kind, ", ".join(exercise.targets), ", ".join(exercise.equipment)])
        steps = "".join(f"<li>{escape(line)}</li>" for line in exercise.instructions)
        self.preview_text.setText(f"<b>{escape(exercise.name)}</b><br><i>{escape(facts)}</i>"
                                  f"<p>{escape(exercise.summary)}</p><ol>{steps}</ol>")
