"""The reminders dialog edits a copy of the reminders, refuses a reminder with no day, exports."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime

from stretchtimer.core.schedule import Reminder
from stretchtimer.ui.schedule_dialog import ScheduleDialog

ROUTINES = ["Evening routine", "Post-workout"]


def test_add_edit_and_remove(qtbot) -> None:  # type: ignore[no-untyped-def]
    original = [Reminder(1, time(21, 30), frozenset({0, 2}), "Evening routine")]
    dialog = ScheduleDialog(original, ROUTINES, False)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.time.time() == QTime(21, 30)
    assert [b.isChecked() for b in dialog.day_buttons] == [True, False, True, False, False, False, False]
    dialog.add()
    assert dialog.list.currentRow() == 1 and dialog.reminders[1].id == 2
    dialog.time.setTime(QTime(7, 15))
    dialog.routine.setCurrentText("Post-workout")
    for button in dialog.day_buttons[5:]:
        button.setChecked(False)
    assert dialog.reminders[1] == Reminder(2, time(7, 15), frozenset(range(5)), "Post-workout")
    assert "07:15" in dialog.list.item(1).text()
    dialog.list.setCurrentRow(0)
    dialog.remove()
    assert [r.id for r in dialog.reminders] == [2]
    assert original[0].at == time(21, 30)  # the caller's list is untouched


def test_a_reminder_without_days_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ScheduleDialog([Reminder(1, time(21, 0), frozenset({0}))], ROUTINES, True)
    qtbot.addWidget(dialog)
    dialog.day_buttons[0].setChecked(False)
    dialog.accept()
    assert dialog.result() != ScheduleDialog.DialogCode.Accepted
    assert "at least one day" in dialog.problem.text()
    dialog.enabled.setChecked(False)
    dialog.accept()
    assert dialog.result() == ScheduleDialog.DialogCode.Accepted
    assert dialog.start_at_login


def test_export_writes_a_calendar_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ScheduleDialog([Reminder(1, time(21, 0), frozenset({1, 3}))], ROUTINES, False)
    qtbot.addWidget(dialog)
    target = tmp_path / "reminders.ics"
    with qtbot.waitSignal(dialog.exported):
        dialog.export(str(target))
    assert "RRULE:FREQ=WEEKLY;BYDAY=TU,TH" in target.read_text()


def test_time_is_taken_as_typed_and_a_wrong_one_is_explained(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ScheduleDialog([Reminder(1, time(21, 0))], ROUTINES, False)
    qtbot.addWidget(dialog)
    for typed, expected in (("2130", time(21, 30)), ("7h05", time(7, 5)), ("9.45 pm", time(21, 45))):
        dialog.time.setText(typed)
        dialog.time.editingFinished.emit()
        assert dialog.reminders[0].at == expected
    dialog.time.setText("half past")
    dialog.time.editingFinished.emit()
    assert dialog.reminders[0].at == time(21, 45)  # kept, and the field shows it again
    assert "“half past” is not a time of day" in dialog.problem.text()


def test_day_presets_tick_the_days(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ScheduleDialog([Reminder(1, time(21, 0), frozenset({2}))], ROUTINES, False)
    qtbot.addWidget(dialog)
    dialog.preset_buttons["weekdays"].click()
    assert dialog.reminders[0].days == frozenset(range(5))
    dialog.preset_buttons["weekends"].click()
    assert dialog.reminders[0].days == frozenset({5, 6})
    dialog.preset_buttons["every day"].click()
    assert dialog.reminders[0].days == frozenset(range(7)) and dialog.problem.text() == ""


def test_no_reminders_shows_what_to_do(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ScheduleDialog([], ROUTINES, False)
    qtbot.addWidget(dialog)
    assert dialog.pages.currentWidget() is dialog.empty and dialog.editor.isHidden()
    dialog.add()
    assert dialog.pages.currentWidget() is dialog.list and not dialog.editor.isHidden()
    dialog.remove()
    assert dialog.pages.currentWidget() is dialog.empty


def test_built_in_routines_are_shown_in_the_persons_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    shown = {"Evening routine": "Routine du soir"}
    dialog = ScheduleDialog([Reminder(1, time(21, 0), routine="Evening routine")], ROUTINES, False,
                            shown=shown)
    qtbot.addWidget(dialog)
    assert "Routine du soir" in dialog.list.item(0).text()
    assert dialog.routine.currentText() == "Routine du soir"
    dialog.routine.setCurrentText("Post-workout")
    dialog.routine.setCurrentText("Routine du soir")
    assert dialog.reminders[0].routine == "Evening routine"  # stored by its own name


def test_the_list_names_weekdays_and_weekends_as_such(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ScheduleDialog([Reminder(1, time(7, 0), frozenset(range(5))),
                             Reminder(2, time(9, 0), frozenset({5, 6})),
                             Reminder(3, time(21, 0), frozenset({0, 5}))], ROUTINES, False)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(3)]
    assert "weekdays" in texts[0] and "weekends" in texts[1]
    assert "weekdays" not in texts[2] and "weekends" not in texts[2]
