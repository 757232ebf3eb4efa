"""The settings dialog, made from the settings declarations: one widget per shown setting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
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
from stretchtimer.core.settings import Settings
from stretchtimer.core.settings_schema import SETTINGS, Setting
from stretchtimer.core.words import QT_TRANSLATE_NOOP
from stretchtimer.ui.style import fitted
from stretchtimer.ui.wheel_guard import guard_fields

# Each setting's label, help, group and choice words are declared with it in core/settings_schema.py.
UNITS: Mapping[str, str] = {
    "%": QT_TRANSLATE_NOOP("SettingsDialog", " %"),
    "min": QT_TRANSLATE_NOOP("SettingsDialog", " min"),
    "h": QT_TRANSLATE_NOOP("SettingsDialog", " h"),
    "s": QT_TRANSLATE_NOOP("SettingsDialog", " s"),
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
        captions: list[QLabel] = []
        outer = QVBoxLayout(self)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for setting in shown_settings():
            title = _tr(setting.group)
            if title not in groups:
                box = QGroupBox(title)
                form = QFormLayout(box)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                groups[title] = form
                column.addWidget(box)
            form = groups[title]
            label = _tr(setting.label)
            widget = self._widget(setting, settings.get(setting.name), choices.get(setting.name), label)
            widget.setObjectName(setting.name)
            widget.setToolTip(_tr(setting.help) if setting.help else label)
            self.widgets[setting.name] = widget
            if isinstance(widget, QCheckBox):
                form.addRow(widget)
            else:
                # Not word-wrapped: a long label puts its field on the next row instead.
                caption = QLabel(label)
                caption.setBuddy(widget)
                form.addRow(caption, widget)
                captions.append(caption)
        widest = max((c.sizeHint().width() for c in captions), default=0)
        for caption in captions:  # one column of fields down the whole dialog, not one per group
            caption.setMinimumWidth(widest)
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
        guard_fields(self)

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
        declared = zip(setting.choices, setting.choice_labels, strict=True)
        known = list(choices or [(data, _tr(text)) for data, text in declared])
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
