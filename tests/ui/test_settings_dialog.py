"""The settings dialog follows the declarations: a widget per shown setting, in its bounds."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QSpinBox

from stretchtimer.core.settings import Settings
from stretchtimer.core.settings_schema import SETTINGS
from stretchtimer.ui.settings_dialog import SettingsDialog, WeekdaysBox, shown_settings


@pytest.fixture(autouse=True)
def _dialogs_go_on_this_thread(qapp):  # type: ignore[no-untyped-def]
    """Delete each test's dialogs here and now: a garbage collection that happens later in
    another thread (a D-Bus listener's) would stop their widgets' timers from there."""
    yield
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


CHOICES = {"language": [("", "As the system"), ("en", "English"), ("fr", "Français")],
           "home.first_routine": [("Evening routine", "Evening routine"), ("Post-workout", "Post-workout")]}


def test_every_shown_setting_has_a_label_and_a_fitting_widget(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings(), CHOICES)
    qtbot.addWidget(dialog)
    shown = shown_settings()
    assert {s.name for s in shown} == set(dialog.widgets)
    for setting in shown:  # the words come with the declaration (core/settings_schema.py)
        assert setting.label and len(setting.choice_labels) == len(setting.choices), setting.name
    assert "window.geometry" not in dialog.widgets and "schedule.reminders" not in dialog.widgets
    for setting in shown:
        widget = dialog.widgets[setting.name]
        expected = {bool: QCheckBox, int: QSpinBox, str: QComboBox, list: WeekdaysBox}[setting.type]
        assert isinstance(widget, expected), setting.name
        if isinstance(widget, QSpinBox):
            assert (widget.minimum(), widget.maximum()) == (setting.low, setting.high)
        assert widget.accessibleName() or isinstance(widget, (QCheckBox, WeekdaysBox))


def test_desk_break_weekdays_come_back_as_day_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings({"desk.days": ["mon", "sun"]}), CHOICES)
    qtbot.addWidget(dialog)
    days = dialog.widgets["desk.days"]
    assert isinstance(days, WeekdaysBox)
    assert dialog.values()["desk.days"] == ["mon", "sun"]
    days.boxes["wed"].setChecked(True)
    days.boxes["sun"].setChecked(False)
    assert dialog.values()["desk.days"] == ["mon", "wed"]
    Settings().set("desk.days", dialog.values()["desk.days"])  # passes the declaration's check


def test_values_come_back_and_defaults_restore(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings({"sound.volume": 35, "language": "fr"})
    dialog = SettingsDialog(settings, CHOICES)
    qtbot.addWidget(dialog)
    assert dialog.values()["sound.volume"] == 35 and dialog.values()["language"] == "fr"
    volume = dialog.widgets["sound.volume"]
    assert isinstance(volume, QSpinBox)
    volume.setValue(500)  # clamped to the declared bound
    assert dialog.values()["sound.volume"] == 100
    first = dialog.widgets["home.first_routine"]
    assert isinstance(first, QComboBox)
    first.setCurrentIndex(first.findData("Post-workout"))
    values = dialog.values()
    assert values["home.first_routine"] == "Post-workout"
    for name, value in values.items():
        settings.set(name, value)  # every value the dialog gives passes the declaration's check
    dialog.restore_defaults()
    assert dialog.values() == {s.name: s.default for s in SETTINGS if s.shown}


def test_the_dialog_fits_the_screen_and_its_groups_scroll(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings(), CHOICES)
    qtbot.addWidget(dialog)
    dialog.adjustSize()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    ok = dialog.findChild(QDialogButtonBox)
    assert ok is not None and ok.parent() is dialog  # the buttons stay outside the scrolled part


def test_the_dialog_opens_no_taller_than_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings(), CHOICES)
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_Resized)  # it opens at this size, not its size hint
    assert dialog.height() <= available.height() - 48 and dialog.width() <= available.width() - 24


def test_the_declared_words_are_in_the_french_catalogue() -> None:
    """lupdate finds the words declared in core/settings_schema.py: every one has its French entry."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from stretchtimer.core.settings_schema import GROUP_TITLES

    ts = Path(__file__).resolve().parents[2] / "stretchtimer" / "i18n" / "stretchtimer_fr.ts"
    french = {message.findtext("source"): message.findtext("translation")
              for context in ET.parse(ts).getroot().iter("context")
              if context.findtext("name") == "SettingsDialog" for message in context.iter("message")}
    words = {*GROUP_TITLES.values()}
    for setting in shown_settings():
        words |= {setting.label, *setting.choice_labels} | ({setting.help} if setting.help else set())
    assert {word for word in words if not french.get(word)} == set()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_wheel_scrolls_the_page_and_changes_a_field_only_once_it_has_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    dialog = SettingsDialog(Settings(), CHOICES)
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)  # short: the groups scroll
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = next(w for w in dialog.widgets.values() if isinstance(w, QSpinBox))
    (area,) = [a for a in dialog.findChildren(QScrollArea) if a.isAncestorOf(spin)]
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and spin.focusPolicy() == Qt.FocusPolicy.StrongFocus

    def wheel() -> None:
        middle = QPointF(spin.rect().center())
        event = QWheelEvent(middle, QPointF(spin.mapToGlobal(QPoint(0, 0))) + middle, QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(spin, event)

    value, top = spin.value(), bar.value()
    wheel()
    assert spin.value() == value and bar.value() > top  # the page moved, the field did not
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel()
    assert spin.value() != value  # focused, the wheel is the field's
