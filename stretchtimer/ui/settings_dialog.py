"""The settings dialog, made from the settings declarations: one widget per shown setting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.core.schedule import WEEKDAYS
from stretchtimer.core.settings import SETTINGS, Setting, Settings
from stretchtimer.ui.style import fitted

# The words the dialog shows for each declared setting; a test checks none is missing.
LABELS: Mapping[str, str] = {
    "sound.muted": QT_TRANSLATE_NOOP("SettingsDialog", "Mute every sound cue"),
    "sound.volume": QT_TRANSLATE_NOOP("SettingsDialog", "Volume"),
    "voice.mode": QT_TRANSLATE_NOOP("SettingsDialog", "Spoken coaching"),
    "voice.count_down": QT_TRANSLATE_NOOP("SettingsDialog", "Count the last three seconds aloud"),
    "voice.rate": QT_TRANSLATE_NOOP("SettingsDialog", "Speech rate"),
    "voice.volume": QT_TRANSLATE_NOOP("SettingsDialog", "Speech volume"),
    "window.floor_mode": QT_TRANSLATE_NOOP("SettingsDialog", "Start routines in floor mode (full screen)"),
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "home.first_routine": QT_TRANSLATE_NOOP("SettingsDialog", "Routine listed first"),
    "accessibility.announce": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Screen readers announce each new phase, exercise, side and length"),
    "accessibility.reduce_motion": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Reduce motion: one still picture a phase, no moving frames"),
    "schedule.snooze_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Snooze length"),
    "schedule.grace_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Grace for missed reminders"),
    "schedule.start_at_login": QT_TRANSLATE_NOOP("SettingsDialog", "Start in the tray when you log in"),
    "desk.enabled": QT_TRANSLATE_NOOP("SettingsDialog",
                                      "Suggest a desk break after a long spell at the computer"),
    "desk.work_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Suggest a break after"),
    "desk.break_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "An idle spell counts as a break after"),
    "desk.snooze_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Snooze a desk break for"),
    "desk.skip_limit": QT_TRANSLATE_NOOP("SettingsDialog", "Skips allowed a day (0: no limit)"),
    "desk.hours_from": QT_TRANSLATE_NOOP("SettingsDialog", "From"),
    "desk.hours_until": QT_TRANSLATE_NOOP("SettingsDialog", "Until"),
    "desk.days": QT_TRANSLATE_NOOP("SettingsDialog", "On"),
    "desk.routine": QT_TRANSLATE_NOOP("SettingsDialog", "Routine a desk break starts"),
}
HELP: Mapping[str, str] = {
    "voice.mode": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Says each exercise, side and length after its tone, what comes next during "
        "a rest, halfway and the last seconds, in the language of the window"),
    "schedule.grace_minutes": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "A reminder missed while the computer slept still comes when it is at most this late"),
    "schedule.snooze_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "How long Snooze puts a reminder off"),
    "desk.work_minutes": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Minutes of keyboard and mouse use, short pauses included, before a break is suggested"),
    "desk.break_minutes": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Away from the keyboard and mouse this long, the count starts again"),
    "desk.skip_limit": QT_TRANSLATE_NOOP(
        "SettingsDialog", "After this many skips in a day, desk breaks offer no Skip"),
}
GROUPS: Mapping[str, str] = {
    "sound": QT_TRANSLATE_NOOP("SettingsDialog", "Sound"),
    "voice": QT_TRANSLATE_NOOP("SettingsDialog", "Voice"),
    "window": QT_TRANSLATE_NOOP("SettingsDialog", "Player"),
    "": QT_TRANSLATE_NOOP("SettingsDialog", "General"),
    "home": QT_TRANSLATE_NOOP("SettingsDialog", "General"),
    "accessibility": QT_TRANSLATE_NOOP("SettingsDialog", "Accessibility"),
    "schedule": QT_TRANSLATE_NOOP("SettingsDialog", "Reminders"),
    "desk": QT_TRANSLATE_NOOP("SettingsDialog", "Desk breaks"),
}
# The words shown for the values of settings declared with choices.
CHOICES: Mapping[str, Sequence[tuple[str, str]]] = {
    "voice.mode": (("off", QT_TRANSLATE_NOOP("SettingsDialog", "Off")),
                   ("on", QT_TRANSLATE_NOOP("SettingsDialog", "On")),
                   ("no-screen-reader", QT_TRANSLATE_NOOP("SettingsDialog",
                                                          "Only when no screen reader is running"))),
}
UNITS: Mapping[str, str] = {
    "%": QT_TRANSLATE_NOOP("SettingsDialog", " %"),
    "min": QT_TRANSLATE_NOOP("SettingsDialog", " min"),
    "h": QT_TRANSLATE_NOOP("SettingsDialog", " h"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class WeekdaysBox(QWidget):
    """Seven check boxes, Monday to Sunday as the locale names them; the value is a list of
    day names (``mon`` ... ``sun``)."""

    def __init__(self, value: Sequence[str], label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for number, day in enumerate(WEEKDAYS, 1):
            box = QCheckBox(QLocale().dayName(number, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(f"{label} {QLocale().dayName(number)}")
            row.addWidget(box)
            self.boxes[day] = box
        self.set_value(value)

    def set_value(self, value: Sequence[str]) -> None:
        for day, box in self.boxes.items():
            box.setChecked(day in value)

    def value(self) -> list[str]:
        return [day for day, box in self.boxes.items() if box.isChecked()]


def shown_settings() -> list[Setting]:
    return [s for s in SETTINGS if s.shown]


class SettingsDialog(QDialog):
    """Edits a copy of the values; ``values()`` gives the chosen ones after Accept."""

    def __init__(self, settings: Settings, choices: Mapping[str, Sequence[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.widgets: dict[str, QWidget] = {}
        groups: dict[str, QFormLayout] = {}
        outer = QVBoxLayout(self)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for setting in shown_settings():
            prefix = setting.name.rpartition(".")[0]
            title = _tr(GROUPS.get(prefix, GROUPS[""]))
            if title not in groups:
                box = QGroupBox(title)
                form = QFormLayout(box)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                groups[title] = form
                column.addWidget(box)
            form = groups[title]
            label = _tr(LABELS.get(setting.name, setting.doc))
            widget = self._widget(setting, settings.get(setting.name), choices.get(setting.name), label)
            widget.setObjectName(setting.name)
            widget.setToolTip(_tr(HELP[setting.name]) if setting.name in HELP else label)
            self.widgets[setting.name] = widget
            if isinstance(widget, QCheckBox):
                form.addRow(widget)
            else:
                # Not word-wrapped: a long label puts its field on the next row instead.
                caption = QLabel(label)
                caption.setBuddy(widget)
                form.addRow(caption, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        # On a short screen the groups scroll and the buttons stay in sight.
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        wanted = body.sizeHint()
        room = self.screen().availableGeometry().height() - 160  # title bar, buttons, margins
        scroll.setMinimumWidth(wanted.width() + scroll.verticalScrollBar().sizeHint().width())
        scroll.setMinimumHeight(max(200, min(wanted.height(), room)))
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        self.resize(fitted(self.sizeHint(), self.screen().availableGeometry().size()))  # never off screen

    def _widget(self, setting: Setting, value: Any, choices: Sequence[tuple[str, str]] | None,
                label: str) -> QWidget:
        if setting.type is bool:
            box = QCheckBox(label)
            box.setChecked(bool(value))
            return box
        if setting.unit == "weekdays":
            return WeekdaysBox(value, label)
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(setting.low if setting.low is not None else 0,
                          setting.high if setting.high is not None else 10**6)
            spin.setSuffix(_tr(UNITS[setting.unit]) if setting.unit in UNITS else "")
            spin.setValue(int(value))
            spin.setAccessibleName(label)
            return spin
        combo = QComboBox()
        combo.setAccessibleName(label)
        known = list(choices or [(value, _tr(text)) for value, text in CHOICES.get(setting.name, ())])
        if value not in [v for v, _ in known]:
            known.append((str(value), str(value)))
        for data, text in known:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _set(self, setting: Setting, value: Any) -> None:
        widget = self.widgets[setting.name]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, WeekdaysBox):
            widget.set_value(value)

    def restore_defaults(self) -> None:
        for setting in shown_settings():
            self._set(setting, setting.default)

    def values(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                chosen[name] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                chosen[name] = widget.value()
            elif isinstance(widget, QComboBox):
                chosen[name] = widget.currentData()
            elif isinstance(widget, WeekdaysBox):
                chosen[name] = widget.value()
        return chosen
