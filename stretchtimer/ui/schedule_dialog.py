"""The reminders dialog: add, edit, remove and enable reminders; start at login; calendar export."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.core import schedule
from stretchtimer.core.atomic import write_atomic
from stretchtimer.core.schedule import Reminder
from stretchtimer.localtext import days_text, time_text
from stretchtimer.ui.wheel_guard import guard_fields


class TimeField(QLineEdit):
    """A time of day typed as people write it (21:30, 2130, 21h30, 9:30 pm), shown as the locale
    writes it; ``timeChanged`` once a typed time is understood, ``refused`` with what was typed."""

    timeChanged = Signal(QTime)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(21, 0)
        self.setPlaceholderText(self.tr("e.g. 21:30"))
        self.editingFinished.connect(self._read)
        self._show()

    def time(self) -> QTime:
        return self._time

    def setTime(self, chosen: QTime) -> None:
        changed = chosen != self._time
        self._time = chosen
        self._show()
        if changed:
            self.timeChanged.emit(chosen)

    def _show(self) -> None:
        self.setText(time_text(time(self._time.hour(), self._time.minute()), QLocale()))

    def _read(self) -> None:
        try:
            read = schedule.parse_time(self.text())
        except schedule.ScheduleError:
            self.refused.emit(self.text())
            self._show()
            return
        self.setTime(QTime(read.hour, read.minute))


class ScheduleDialog(QDialog):
    """Edits a copy of the reminders; ``reminders`` and ``start_at_login`` hold the result."""

    exported = Signal(str)

    def __init__(self, reminders: Sequence[Reminder], routines: Sequence[str], start_at_login: bool,
                 parent: QWidget | None = None, shown: Mapping[str, str] | None = None) -> None:
        """``routines`` are names as stored; ``shown`` gives the words to show for some of
        them (built-in routines in the person's language)."""
        super().__init__(parent)
        self._shown = dict(shown or {})
        self.setWindowTitle(self.tr("Reminders — Stretch Timer"))
        self.reminders = list(reminders)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reminders"))
        self.list.currentRowChanged.connect(self._show)
        list_buttons = self._list_buttons()
        self.editor = self._reminder_form(routines)
        self.login = QCheckBox(self.tr("Start Stretch Timer in the tray when I log in"))
        self.login.setChecked(start_at_login)
        self.problem: QLabel = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # may hold a chosen file's path
        self.empty = self._empty_state()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(list_buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.problem)
        layout.addWidget(self.login)
        layout.addLayout(self._bottom_row())
        self._loading = False
        self._refresh_list()
        self.list.setCurrentRow(0 if self.reminders else -1)
        self._show(self.list.currentRow())
        guard_fields(self)

    def _list_buttons(self) -> QHBoxLayout:
        """Add and Remove, under the list."""
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        return buttons

    def _reminder_form(self, routines: Sequence[str]) -> QWidget:
        """The chosen reminder's time, days, routine and whether it is on."""
        self.time = TimeField()
        self.time.setAccessibleName(self.tr("Time of day"))
        self.time.refused.connect(lambda typed: self.problem.setText(
            self.tr("“%1” is not a time of day: write it as 21:30, 2130 or 9:30 pm.").replace("%1", typed)))
        days_row = self._day_buttons()
        presets_row = self._day_presets()
        self.routine = QComboBox()
        for name in routines:
            self.routine.addItem(self._shown.get(name, name), name)
        self.routine.setAccessibleName(self.tr("Routine to start"))
        self.enabled = QCheckBox(self.tr("&Enabled"))
        self.time.timeChanged.connect(self._edited)
        self.routine.currentTextChanged.connect(self._edited)
        self.enabled.toggled.connect(self._edited)
        editor = QWidget()
        form = QFormLayout(editor)
        form.addRow(self.tr("&Time:"), self.time)
        form.addRow(self.tr("Days:"), presets_row)
        form.addRow("", days_row)
        form.addRow(self.tr("R&outine:"), self.routine)
        form.addRow("", self.enabled)
        return editor

    def _day_buttons(self) -> QHBoxLayout:
        """One toggle a weekday, Monday first."""
        self.day_buttons: list[QToolButton] = []
        days_row = QHBoxLayout()
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                 self.tr("Sat"), self.tr("Sun")]
        for name in names:
            button = QToolButton()
            button.setText(name)
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.toggled.connect(self._edited)
            # A tick as well as the pressed look, so the state never rests on shading alone.
            button.toggled.connect(lambda on, b=button, n=name: b.setText(f"✓ {n}" if on else n))
            days_row.addWidget(button)
            self.day_buttons.append(button)
        return days_row

    def _day_presets(self) -> QHBoxLayout:
        """Every day, Weekdays, Weekends: each sets the day toggles at once."""
        presets_row = QHBoxLayout()
        self.preset_buttons: dict[str, QPushButton] = {}
        for key, label in (("every day", self.tr("Every day")), ("weekdays", self.tr("Weekdays")),
                           ("weekends", self.tr("Weekends"))):
            preset = QPushButton(label, objectName="dayPreset")
            preset.setAutoDefault(False)
            preset.clicked.connect(lambda _=False, k=key: self.choose_days(schedule.DAY_PRESETS[k]))
            presets_row.addWidget(preset)
            self.preset_buttons[key] = preset
        presets_row.addStretch(1)
        return presets_row

    def _empty_state(self) -> QWidget:
        """Shown instead of the list while there is no reminder."""
        empty = QWidget(objectName="emptyState")
        empty_column = QVBoxLayout(empty)
        empty_title = QLabel(self.tr("No reminders yet"), objectName="emptyTitle")
        title_font = QFont(empty_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        empty_title.setFont(title_font)
        empty_text = QLabel(self.tr("Add one and Stretch Timer will nudge you from the tray at the time "
                                    "you choose — skipped on days you have already stretched."))
        empty_text.setWordWrap(True)
        for centred in (empty_title, empty_text):
            centred.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_column.addStretch(1)
        empty_column.addWidget(empty_title)
        empty_column.addWidget(empty_text)
        empty_column.addStretch(1)
        return empty

    def _bottom_row(self) -> QHBoxLayout:
        """Export to calendar on the left, OK and Cancel on the right."""
        export = QPushButton(self.tr("Export to calendar…"))
        export.clicked.connect(self.export)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(export)
        bottom.addStretch(1)
        bottom.addWidget(box)
        return bottom

    @property
    def start_at_login(self) -> bool:
        return self.login.isChecked()

    def _label(self, reminder: Reminder) -> str:
        state = "" if reminder.enabled else self.tr(" (off)")
        locale = QLocale()  # the app's locale, set when it starts
        days = days_text(reminder.days, locale, self.tr("every day"), self.tr("weekdays"),
                         self.tr("weekends"))
        routine = self._shown.get(reminder.routine, reminder.routine)
        return f"{time_text(reminder.at, locale)}  {days}  —  {routine}{state}"

    def choose_days(self, days: frozenset[int]) -> None:
        """Tick exactly ``days`` (a quick choice: every day, weekdays, weekends)."""
        for day, button in enumerate(self.day_buttons):
            button.setChecked(day in days)

    def _refresh_list(self) -> None:
        self.pages.setCurrentWidget(self.list if self.reminders else self.empty)
        self.editor.setVisible(bool(self.reminders))
        row = self.list.currentRow()
        self.list.clear()
        for reminder in self.reminders:
            self.list.addItem(QListWidgetItem(self._label(reminder)))
        if 0 <= row < len(self.reminders):
            self.list.setCurrentRow(row)

    def _show(self, row: int) -> None:
        self.editor.setEnabled(0 <= row < len(self.reminders))
        self.remove_button.setEnabled(0 <= row < len(self.reminders))
        if not 0 <= row < len(self.reminders):
            return
        reminder = self.reminders[row]
        self._loading = True
        self.time.setTime(QTime(reminder.at.hour, reminder.at.minute))
        for day, button in enumerate(self.day_buttons):
            button.setChecked(day in reminder.days)
        index = self.routine.findData(reminder.routine)
        if index < 0:
            self.routine.addItem(reminder.routine, reminder.routine)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        self.enabled.setChecked(reminder.enabled)
        self._loading = False

    def _edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.reminders):
            return
        days = frozenset(d for d, b in enumerate(self.day_buttons) if b.isChecked())
        self.problem.setText("" if days else self.tr("Choose at least one day, or switch it off."))
        chosen = self.time.time()
        self.reminders[row] = Reminder(self.reminders[row].id, time(chosen.hour(), chosen.minute()),
                                       days, self._routine_name(), self.enabled.isChecked())
        self.list.item(row).setText(self._label(self.reminders[row]))

    def _routine_name(self) -> str:
        """The chosen routine's name as stored (its English name for a built-in one)."""
        data = self.routine.currentData()
        return data if isinstance(data, str) else self.routine.currentText()

    def add(self) -> None:
        first = self.routine.itemData(0) if self.routine.count() else None
        routine = first if isinstance(first, str) else "Evening routine"
        self.reminders.append(schedule.add_reminder(self.reminders, time(21, 0), schedule.ALL_DAYS,
                                                    routine))
        self._refresh_list()
        self.list.setCurrentRow(len(self.reminders) - 1)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.reminders):
            del self.reminders[row]
            self._refresh_list()
            self.list.setCurrentRow(min(row, len(self.reminders) - 1))
            self._show(self.list.currentRow())

    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export reminders"),
                                                  "stretch-reminders.ics",
                                                  self.tr("Calendar files (*.ics)"))
        if not path:
            return
        text = schedule.to_ical(self.reminders, date.today(), datetime.now().astimezone())
        try:
            write_atomic(Path(path), text.encode("utf-8"))
        except OSError as exc:
            self.problem.setText(self.tr("Could not write %1: %2").replace("%1", path)
                                 .replace("%2", exc.strerror or str(exc)))
            return
        self.exported.emit(path)

    def accept(self) -> None:
        if any(not r.days and r.enabled for r in self.reminders):
            self.problem.setText(self.tr("Choose at least one day, or switch it off."))
            return
        super().accept()
