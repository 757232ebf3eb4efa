"""From the home view into the editor and back: copies of built-ins, new routines, renames."""

from __future__ import annotations

import pytest

from stretchtimer.core import catalog
from stretchtimer.core.loader import read_routine
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.ui import dialogs
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.editing import Editing
from stretchtimer.ui.main_window import MainWindow


@pytest.fixture
def setup(qtbot, library: Library, fake_clock, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "choose", lambda *a: 1)
    places = Places.from_environment()

    def entries() -> list[catalog.Entry]:
        return (catalog.builtin_entries(places.builtin_dir, library)
                + catalog.user_entries(places.routines_dir, library))

    settings = Settings({"schedule.reminders": [
        {"id": 1, "time": "21:00", "days": ["mon"], "routine": "Evening routine (my copy)"}]})
    window = MainWindow(library, entries, settings, SessionDriver(clock=fake_clock), places.assets_dir,
                        may_quit=lambda: editing.may_quit())
    qtbot.addWidget(window)
    editing = Editing(window, library, places, entries, "en")
    window.home.edit_requested.connect(editing.open_editor)
    window.home.new_requested.connect(lambda: editing.open_editor(None))
    window.show()
    qtbot.waitExposed(window)
    return window, editing, places, settings


# The offscreen platform cannot raise a window; under a real desktop the editor comes to the front.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def test_editing_a_builtin_saves_a_copy_that_appears_at_home(qtbot, setup, library: Library,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    window, editing, places, settings = setup
    evening = window.home.cards[0]
    assert evening.entry.routine.name == "Evening routine"
    evening.edit_button.click()
    editor = editing.editor
    assert editor is not None and editor.isVisible()
    qtbot.addWidget(editor)
    assert editor.draft.name == "Evening routine (my copy)" and editor.path is None
    assert "Built-in routines stay as they are" in editor.notice.text()
    builtin_text = (places.builtin_dir / "evening-routine.yaml").read_text()
    editor.add_exercise("alternate-toe-reach", 0)
    assert editor.save()
    assert (places.builtin_dir / "evening-routine.yaml").read_text() == builtin_text
    names = [card.entry.routine.name for card in window.home.cards if card.entry.routine]
    assert "Evening routine (my copy)" in names and names[0] == "Evening routine"
    saved = read_routine(places.routines_dir / "evening-routine-my-copy.yaml", library)
    assert saved.steps[0].exercise == "alternate-toe-reach" and not saved.builtin
    # A rename carries over to the reminder that started the old name.
    changed: list[bool] = []
    settings.subscribe("schedule.reminders", lambda _changes: changed.append(True))
    monkeypatch.setattr(dialogs, "text", lambda *a: "Slow evening")
    editor.rename_routine()
    assert settings.get("schedule.reminders")[0]["routine"] == "Slow evening" and changed
    names = [card.entry.routine.name for card in window.home.cards if card.entry.routine]
    assert "Slow evening" in names and "Evening routine (my copy)" not in names
    editor.close()


def test_quit_asks_the_editor_first(qtbot, setup, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, editing, places, _settings = setup
    window.home.new_button.click()
    editor = editing.editor
    qtbot.addWidget(editor)
    editor.add_exercise("seated-hamstring-stretch")
    asked: list[str] = []

    def cancel(_parent, title, *_):  # type: ignore[no-untyped-def]
        asked.append(title)
        return 2

    monkeypatch.setattr(dialogs, "choose", cancel)
    window.quit_app()
    assert asked == ["Unsaved changes"] and editor.isVisible() and window.isVisible()
    monkeypatch.setattr(dialogs, "choose", lambda *a: 0)  # save, then quit
    window.quit_app()
    assert not editor.isVisible() and (places.routines_dir / "my-routine.yaml").is_file()


def test_new_routine_from_home(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    window, editing, _places, _settings = setup
    window.home.new_button.click()
    editor = editing.editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.draft.name == "My routine" and editor.draft.steps == ()
    assert not editor.save_action.isEnabled()
    editor.close()


def test_try_it_plays_the_routine_as_it_stands(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    window, editing, places, _settings = setup
    window.home.new_button.click()
    editor = editing.editor
    qtbot.addWidget(editor)
    assert not editor.try_action.isEnabled()  # nothing to play yet
    editor.add_exercise("standing-quad-stretch")
    assert editor.try_action.isEnabled()
    editor.try_action.trigger()
    assert window.stack.currentWidget() is window.player and window.driver.is_active()
    assert window.driver.session.timeline.routine.steps[0].exercise == "standing-quad-stretch"
    assert not places.routines_dir.exists() or not list(places.routines_dir.iterdir())  # not saved
    window.driver.abandon()
