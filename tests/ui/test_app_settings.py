"""The running app saves its settings without writing over changes made to the file meanwhile."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings, load_settings, save_settings
from stretchtimer.ui.app import run_app


def test_closing_the_window_keeps_a_reminder_and_a_hand_edit_made_while_it_ran(qapp) -> None:  # type: ignore[no-untyped-def]
    places = Places.from_environment()
    path: Path = places.settings_file
    save_settings(path, Settings({"sound.volume": 30}))

    def change_the_file() -> None:  # as `stretchtimer remind add` and an editor would
        on_disk = load_settings(path).settings
        on_disk.set("schedule.reminders", [{"id": 1, "time": "21:30", "days": ["mon"],
                                            "routine": "Evening routine", "enabled": True}])
        save_settings(path, on_disk)
        path.write_text(path.read_text().replace("volume: 30", "volume: 15") + "later: {thing: 1}\n")
        QTimer.singleShot(300, close_window)

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()  # saves the window's geometry on the way out

    QTimer.singleShot(1500, change_the_file)
    locale = QLocale()
    try:
        assert run_app(places) == 0
    finally:
        QLocale.setDefault(locale)  # the app sets the default locale; later tests expect theirs
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
    saved = yaml.safe_load(path.read_text())
    assert saved["window"]["geometry"]  # the app did save
    assert [r["time"] for r in saved["schedule"]["reminders"]] == ["21:30"]
    assert saved["sound"]["volume"] == 15 and saved["later"] == {"thing": 1}
