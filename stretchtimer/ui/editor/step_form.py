"""The chosen step's details: held or counted and for how long, tempo, sides and the rest after it.

The form shows what the player will do (the rules of ``core.steps``) and turns each edit into a
new draft, which it hands to the window as an undoable change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox

from stretchtimer.core import steps as rules
from stretchtimer.core.drafts import Draft
from stretchtimer.core.fields import BOUNDS
from stretchtimer.core.model import Library, Step

translate = QCoreApplication.translate  # in the editor's one catalogue context


def spin(low: int, high: int, suffix: str, special: str = "") -> QSpinBox:
    """A spin box for seconds or a count; ``special`` is shown for the lowest value."""
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccelerated(True)
    if special:
        box.setSpecialValueText(special)
    return box


def error_label(name: str) -> QLabel:
    """A red line of problems beside a field, hidden while there are none."""
    label: QLabel = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # errors quote what was typed
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label


class StepForm(QGroupBox):
    """Edits the step in row ``row`` of the draft; ``edited`` carries the changed draft."""

    edited = Signal(object, str, str, int)  # the new Draft, undo text, merge key, row to show after

    def __init__(self, library: Library, draft: Callable[[], Draft], title_font: QFont) -> None:
        super().__init__(translate("EditorWindow", "Step"))
        self.library = library
        self.draft = draft
        self.row = -1
        self._showing = False
        self.step_title = QLabel(objectName="stepTitle")
        self.step_title.setFont(title_font)
        self.step_title.setWordWrap(True)
        self.step_title.setTextFormat(Qt.TextFormat.PlainText)
        self.step_mode = QComboBox(objectName="stepMode")
        self.step_mode.addItem(translate("EditorWindow", "Hold"), "hold")
        self.step_mode.addItem(translate("EditorWindow", "Count repetitions"), "reps")
        self.step_mode.setAccessibleName(translate("EditorWindow", "Hold or repetitions"))
        seconds = translate("EditorWindow", " s")
        self.step_amount = spin(0, BOUNDS["hold"].high, seconds)
        self.step_amount.setObjectName("stepAmount")
        self.step_amount.setAccessibleName(translate("EditorWindow", "Length"))
        self.step_tempo = spin(0, BOUNDS["tempo"].high, seconds, translate("EditorWindow", "Default"))
        self.step_tempo.setAccessibleName(translate("EditorWindow", "Seconds per repetition"))
        self.step_sides = QComboBox(objectName="stepSides")
        self.step_sides.setAccessibleName(translate("EditorWindow", "Sides"))
        for value, label in (("both", translate("EditorWindow", "Both sides")),
                             ("left", translate("EditorWindow", "Left side only")),
                             ("right", translate("EditorWindow", "Right side only"))):
            self.step_sides.addItem(label, value)
        self.step_rest = spin(-1, BOUNDS["rest"].high, seconds)
        self.step_rest.setObjectName("stepRest")
        self.step_rest.setAccessibleName(translate("EditorWindow", "Rest after this step"))
        self.step_error = error_label("stepError")
        self._lay_out()
        self.step_mode.currentIndexChanged.connect(self._mode_changed)
        self.step_amount.valueChanged.connect(self._amount_changed)
        self.step_tempo.valueChanged.connect(lambda v: self._change(
            "tempo", v or None, translate("EditorWindow", "Change tempo")))
        self.step_sides.currentIndexChanged.connect(lambda _i: self._change(
            "sides", self.step_sides.currentData(), translate("EditorWindow", "Change sides")))
        self.step_rest.valueChanged.connect(lambda v: self._change(
            "rest", None if v < 0 else v, translate("EditorWindow", "Change rest")))

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.step_title)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.step_mode)
        mode_row.addWidget(self.step_amount, 1)
        form.addRow(translate("EditorWindow", "Do"), mode_row)
        form.addRow(translate("EditorWindow", "Tempo"), self.step_tempo)
        form.addRow(translate("EditorWindow", "Sides"), self.step_sides)
        form.addRow(translate("EditorWindow", "Rest after"), self.step_rest)
        form.addRow(self.step_error)

    def show_step(self, row: int, errors: list[str]) -> None:
        """Show step ``row`` of the draft with its ``errors``; a row out of range shows no step."""
        draft = self.draft()
        self.row = row
        self.step_rest.setSpecialValueText(translate("EditorWindow", "As the routine (%1 s)")
                                           .replace("%1", str(draft.defaults.rest)))
        if not 0 <= row < len(draft.steps):
            self.setEnabled(False)
            self.step_title.setText(translate("EditorWindow", "No step chosen"))
            self.step_error.hide()
            return
        self.setEnabled(True)
        self._showing = True
        try:
            self._fill(draft, row)
            self.step_error.setText("\n".join("⚠ " + e for e in errors))
            self.step_error.setVisible(bool(errors))
        finally:
            self._showing = False

    def _fill(self, draft: Draft, row: int) -> None:
        step = draft.steps[row]
        exercise = self.library[step.exercise]
        self.setTitle(translate("EditorWindow", "Step %1").replace("%1", str(row + 1)))
        self.step_title.setText(exercise.name)
        count = rules.reps(step, exercise)
        self.step_mode.setCurrentIndex(0 if count is None else 1)
        if count is not None:
            self.step_amount.setRange(BOUNDS["reps"].low, BOUNDS["reps"].high)
            self.step_amount.setSuffix(translate("EditorWindow", " repetitions"))
            self.step_amount.setSpecialValueText("")
            self.step_amount.setValue(count)
        else:
            self.step_amount.setRange(0, BOUNDS["hold"].high)
            self.step_amount.setSuffix(translate("EditorWindow", " s"))
            default = rules.default_hold(draft.defaults, exercise)
            self.step_amount.setSpecialValueText(translate("EditorWindow", "Default (%1 s)")
                                                 .replace("%1", str(default)))
            self.step_amount.setValue(step.hold or 0)
        self.step_tempo.setEnabled(count is not None)
        self.step_tempo.setSpecialValueText(translate("EditorWindow", "Default (%1 s)").replace(
            "%1", str(rules.default_tempo(draft.defaults, exercise))))
        self.step_tempo.setValue(step.tempo or 0)
        self.step_sides.setEnabled(exercise.sided)
        self.step_sides.setCurrentIndex(max(0, self.step_sides.findData(step.sides or "both")))
        if not exercise.sided:
            self.step_sides.setToolTip(translate("EditorWindow", "This exercise is not done per side"))
        self.step_rest.setValue(-1 if step.rest is None else step.rest)
        self.step_rest.setEnabled(row < len(draft.steps) - 1)

    def _current(self) -> tuple[Draft, Step] | None:
        draft = self.draft()
        if self._showing or not 0 <= self.row < len(draft.steps):
            return None
        return draft, draft.steps[self.row]

    def _change(self, field: str, value: object, text: str) -> None:
        current = self._current()
        if current is None:
            return
        draft, step = current
        if field == "sides" and not self.library[step.exercise].sided:
            return
        if field == "sides" and value == "both" and step.sides is None:
            return
        change: dict[str, Any] = {field: value}  # a field named at run time, its value from its own control
        changed = dataclasses.replace(step, **change)
        self.edited.emit(draft.with_step(self.row, changed), text, f"step-{self.row}-{field}", self.row)

    def _mode_changed(self, _index: int) -> None:
        current = self._current()
        if current is None:
            return
        draft, step = current
        exercise = self.library[step.exercise]
        if self.step_mode.currentData() == "reps":
            changed = Step(step.exercise, reps=exercise.reps or rules.FALLBACK_REPS, tempo=step.tempo,
                           sides=step.sides, rest=step.rest, prepare=step.prepare)
        else:  # the hold the routine gives its steps, as the player would use
            changed = Step(step.exercise, hold=rules.default_hold(draft.defaults, exercise),
                           sides=step.sides, rest=step.rest, prepare=step.prepare)
        if exercise.reps is not None and changed.reps == exercise.reps and changed.tempo is None:
            changed = dataclasses.replace(changed, reps=None)
        self.edited.emit(draft.with_step(self.row, changed), translate("EditorWindow", "Hold or count"),
                         "", self.row)

    def _amount_changed(self, value: int) -> None:
        if self.step_mode.currentData() == "reps":
            self._change("reps", value, translate("EditorWindow", "Change repetitions"))
        else:
            self._change("hold", value or None, translate("EditorWindow", "Change hold"))
