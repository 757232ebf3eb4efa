"""The routine as a whole: its name and description, and the durations every step starts from."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from stretchtimer.core.drafts import Draft
from stretchtimer.core.fields import BOUNDS
from stretchtimer.core.model import Progression
from stretchtimer.core.progression import cap, step_of
from stretchtimer.ui.editor.step_form import error_label, spin

translate = QCoreApplication.translate  # in the editor's one catalogue context
NAME_LENGTH = 80  # as the loader allows
DESCRIPTION_LENGTH = 1000


class NameFields(QWidget):
    """The routine's name and description, each with its problems under it."""

    edited = Signal(object, str, str)  # the new Draft, undo text, merge key

    def __init__(self, draft: Callable[[], Draft]) -> None:
        super().__init__()
        self.draft = draft
        self.name_edit = QLineEdit(objectName="routineName")
        self.name_edit.setAccessibleName(translate("EditorWindow", "Routine name"))
        self.name_edit.setMaxLength(NAME_LENGTH)
        self.name_edit.textChanged.connect(lambda text: self.edited.emit(
            self.draft().replace(name=text), translate("EditorWindow", "Rename routine"), "name"))
        self.name_error = error_label("nameError")
        self.description_edit = QPlainTextEdit(objectName="routineDescription")
        self.description_edit.setAccessibleName(translate("EditorWindow", "Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.description_edit.setUndoRedoEnabled(False)  # the editor's own undo covers typing
        self.description_edit.textChanged.connect(lambda: self.edited.emit(
            self.draft().replace(description=self.description_edit.toPlainText()),
            translate("EditorWindow", "Change description"), "description"))
        self.description_error = error_label("descriptionError")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("EditorWindow", "Name"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(translate("EditorWindow", "Description"), self.description_edit)
        form.addRow("", self.description_error)

    def show_draft(self, draft: Draft) -> None:
        """Show ``draft``'s words; a field being typed in is left alone when it already says them."""
        if self.name_edit.text() != draft.name:
            self.name_edit.setText(draft.name)
        if self.description_edit.toPlainText() != draft.description:
            self.description_edit.setPlainText(draft.description)


class DurationsForm(QGroupBox):
    """Warm-up, and the get-ready, hold, switch and rest every step has unless it says otherwise."""

    edited = Signal(object, str, str)  # the new Draft, undo text, merge key

    def __init__(self, draft: Callable[[], Draft]) -> None:
        super().__init__(translate("EditorWindow", "Durations for every step"))
        self.draft = draft
        seconds = translate("EditorWindow", " s")
        self.warmup_spin = spin(0, BOUNDS["warmup"].high, seconds, translate("EditorWindow", "None"))
        self.warmup_spin.setToolTip(
            translate("EditorWindow", "A free minute or two of gentle movement before the first exercise"))
        self.warmup_spin.setAccessibleName(translate("EditorWindow", "Warm-up"))
        self.warmup_spin.valueChanged.connect(lambda v: self.edited.emit(
            self.draft().replace(warmup=v), translate("EditorWindow", "Change warm-up"), "warmup"))
        self.after_exercise = QCheckBox(
            translate("EditorWindow", "Meant for after exercise (muscles already warm)"))
        self.after_exercise.toggled.connect(lambda on: self.edited.emit(
            self.draft().replace(after_exercise=on),
            translate("EditorWindow", "Change when the routine is meant for"), ""))
        self.spins = {
            "prepare": spin(0, BOUNDS["prepare"].high, seconds),
            "hold": spin(0, BOUNDS["hold"].high, seconds, translate("EditorWindow", "Each exercise's own")),
            "switch": spin(0, BOUNDS["switch"].high, seconds),
            "rest": spin(0, BOUNDS["rest"].high, seconds),
        }
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("EditorWindow", "Warm-up"), self.warmup_spin)
        for key, label in (("prepare", translate("EditorWindow", "Get ready")),
                           ("hold", translate("EditorWindow", "Hold")),
                           ("switch", translate("EditorWindow", "Switch sides")),
                           ("rest", translate("EditorWindow", "Rest between exercises"))):
            self.spins[key].setAccessibleName(label)
            self.spins[key].valueChanged.connect(lambda v, key=key: self._change_default(key, v))
            form.addRow(label, self.spins[key])
        form.addRow(self.after_exercise)
        self._add_progression(form, seconds)

    def _add_progression(self, form: QFormLayout, seconds: str) -> None:
        """Holds that grow: on or off, and add / every / up to, with the step the routine is at."""
        # Completed sessions of a routine by its name; set by whoever has the history.
        self.completed: Callable[[str], int] = lambda name: 0
        self.grow = QCheckBox(translate("EditorWindow", "Holds grow as you keep going"))
        self.grow.toggled.connect(self._change_progression)
        self.grow_spins = {
            "add": spin(BOUNDS["progress.add"].low, BOUNDS["progress.add"].high, seconds),
            "every": spin(BOUNDS["progress.every"].low, BOUNDS["progress.every"].high,
                          translate("EditorWindow", " sessions")),
            "max": spin(BOUNDS["progress.add"].low, 60, seconds),
        }
        row = QHBoxLayout()
        for key, label in (("add", translate("EditorWindow", "Add")),
                           ("every", translate("EditorWindow", "after every")),
                           ("max", translate("EditorWindow", "up to"))):
            box = self.grow_spins[key]
            box.setAccessibleName(label)
            box.valueChanged.connect(lambda _v: self._change_progression())
            row.addWidget(QLabel(label))
            row.addWidget(box)
        row.addStretch(1)
        self.grow_step = QLabel(objectName="growStep")
        self.grow_step.setWordWrap(True)
        form.addRow(self.grow)
        form.addRow(row)
        form.addRow(self.grow_step)

    def _change_progression(self) -> None:
        values = {key: box.value() for key, box in self.grow_spins.items()}
        progress = Progression(**values) if self.grow.isChecked() else None
        self.edited.emit(self.draft().replace(progress=progress),
                         translate("EditorWindow", "Change how holds grow"), "progress")

    def _show_progression(self, draft: Draft) -> None:
        progress = draft.progress
        self.grow.setChecked(progress is not None)
        shown = progress or Progression(5, 3, 60)
        for key, box in self.grow_spins.items():
            box.setValue(getattr(shown, key))
            box.setEnabled(progress is not None)
        if progress is None:
            self.grow_step.setText("")
            return
        done = self.completed(draft.name)
        self.grow_step.setText(
            translate("EditorWindow", "Now: step %1, holds %2 s longer after %3 completed sessions; "
                                      "never past %4 s").replace("%1", str(step_of(progress, done)))
            .replace("%2", str(step_of(progress, done) * progress.add)).replace("%3", str(done))
            .replace("%4", str(cap(progress))))

    def _change_default(self, key: str, value: int) -> None:
        draft = self.draft()
        if key == "hold":  # 0 shows "each exercise's own"
            defaults = dataclasses.replace(draft.defaults, hold=value or None)
        else:
            defaults = dataclasses.replace(draft.defaults, **{key: value})
        self.edited.emit(draft.replace(defaults=defaults), translate("EditorWindow", "Change durations"),
                         f"default-{key}")

    def show_draft(self, draft: Draft) -> None:
        self.warmup_spin.setValue(draft.warmup)
        self.after_exercise.setChecked(draft.after_exercise)
        for key, box in self.spins.items():
            box.setValue(getattr(draft.defaults, key) or 0)
        self._show_progression(draft)
