"""The routine editor: built with keyboard and mouse, undone and redone, saved and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from stretchtimer.core.drafts import Draft, from_routine
from stretchtimer.core.loader import read_routine
from stretchtimer.core.model import Library, Step
from stretchtimer.core.places import Places
from stretchtimer.ui import dialogs
from stretchtimer.ui.editor import EXERCISE_MIME, STEP_MIME, EditorWindow

SAVED_TEXT = """\
# my own notes stay as I wrote them
version: 1
name: Desk break
warmup: 30
steps:
  - exercise: alternate-toe-reach
  - exercise: seated-hamstring-stretch
    hold: 40
"""


class Answers:
    """What the person answers to the editor's questions, and what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.choice = 1  # "Discard changes" unless a test says otherwise
        self.text: str | None = None
        self.yes = True
        self.asked: list[str] = []
        self.informed: list[str] = []
        monkeypatch.setattr(dialogs, "choose", self._choose)
        monkeypatch.setattr(dialogs, "ask", self._ask)
        monkeypatch.setattr(dialogs, "text", lambda *a: self.text)
        monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: self.informed.append(text))

    def _choose(self, _parent, title, text, *_):  # type: ignore[no-untyped-def]
        self.asked.append(title)
        return self.choice

    def _ask(self, _parent, title, *_):  # type: ignore[no-untyped-def]
        self.asked.append(title)
        return self.yes


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def places() -> Places:
    return Places.from_environment()


@pytest.fixture
def editor(qtbot, library: Library, places: Places, answers: Answers) -> EditorWindow:  # type: ignore[no-untyped-def]
    win = EditorWindow(library, places.assets_dir, places.routines_dir, places.trash_dir,
                       lambda path: ["Evening routine", "Post-workout"])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def ids(editor: EditorWindow) -> list[str]:
    return [s.exercise for s in editor.draft.steps]


def test_build_undo_redo_save_and_read_back(qtbot, editor: EditorWindow, library: Library,  # type: ignore[no-untyped-def]
                                           places: Places) -> None:
    editor.new_routine()
    editor.name_edit.clear()
    qtbot.keyClicks(editor.name_edit, "Bedtime")
    # Keyboard: search the library, Enter adds the exercise shown first.
    qtbot.keyClicks(editor.search, "toe")
    assert editor.visible_exercises() == ["alternate-toe-reach"]
    press(qtbot, editor.library_list, Qt.Key.Key_Return)
    editor.search.clear()
    editor.kind_filter.setCurrentIndex(editor.kind_filter.findData("static"))
    assert "alternate-toe-reach" not in editor.visible_exercises()
    assert "seated-hamstring-stretch" in editor.visible_exercises()
    # Mouse: double-click an exercise in the library.
    row = [editor.library_list.item(i).data(Qt.ItemDataRole.UserRole)
           for i in range(editor.library_list.count())].index("lying-hamstring-stretch")
    editor.library_list.scrollToItem(editor.library_list.item(row))
    rect = editor.library_list.visualItemRect(editor.library_list.item(row))
    # A person's double-click: the first click's press and release, then the second press.
    qtbot.mouseClick(editor.library_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(editor.library_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor.kind_filter.setCurrentIndex(0)
    editor.add_exercise("figure-four-glute-stretch")
    assert ids(editor) == ["alternate-toe-reach", "lying-hamstring-stretch", "figure-four-glute-stretch"]
    # Alt+Up moves the current step (the one just added) up.
    press(qtbot, editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ids(editor) == ["alternate-toe-reach", "figure-four-glute-stretch", "lying-hamstring-stretch"]
    assert editor.steps.currentRow() == 1
    # Per-step hold, then rest; Delete removes the step while the list has the focus.
    editor.steps.setCurrentRow(2)
    editor.step_amount.setValue(40)
    editor.step_rest.setValue(20)
    assert editor.draft.steps[2] == Step("lying-hamstring-stretch", hold=40, rest=20)
    editor.steps.setCurrentRow(0)
    press(qtbot, editor.steps, Qt.Key.Key_Delete)
    assert ids(editor) == ["figure-four-glute-stretch", "lying-hamstring-stretch"]
    built = editor.draft
    # Undo all the way, then redo all the way.
    for _ in range(editor.undo_stack.count()):
        qtbot.keyClick(editor.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.steps == () and editor.name_edit.text() != "Bedtime"
    for _ in range(editor.undo_stack.count()):
        qtbot.keyClick(editor.steps, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.draft == built
    assert editor.steps.count() == 2 and editor.name_edit.text() == "Bedtime"
    # Save with Ctrl+S, then read the file back.
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.path == places.routines_dir / "bedtime.yaml"
    assert editor.undo_stack.isClean()
    routine = read_routine(editor.path, library)
    assert from_routine(routine) == built
    assert routine.name == "Bedtime" and routine.steps[1].hold == 40 and routine.steps[1].rest == 20


def test_typing_merges_into_one_undo_step(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.open_draft(Draft(name="A", steps=(Step("seated-hamstring-stretch"),)), None)
    editor.name_edit.setFocus()
    editor.name_edit.end(False)
    qtbot.keyClicks(editor.name_edit, "bcd")
    assert editor.draft.name == "Abcd" and editor.undo_stack.count() == 1
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.name == "A" and editor.name_edit.text() == "A"


def drop(editor: EditorWindow, mime: str, payload: str, row: int) -> None:
    data = QMimeData()
    data.setData(mime, payload.encode())
    rect = editor.steps.visualItemRect(editor.steps.item(row))
    point = QPointF(QPoint(rect.center().x(), rect.top() + 2))
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    event = QDropEvent(point, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.steps.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.CopyAction


def test_drag_and_drop_adds_and_reorders(editor: EditorWindow) -> None:
    editor.open_draft(Draft(name="D", steps=(Step("seated-hamstring-stretch"), Step("standing-quad-stretch"),
                                             Step("lying-hamstring-stretch"))), None)
    drop(editor, EXERCISE_MIME, "alternate-toe-reach", 0)
    assert ids(editor)[0] == "alternate-toe-reach"
    drop(editor, STEP_MIME, "3", 1)  # the lying stretch, dropped above row 1
    assert ids(editor) == ["alternate-toe-reach", "lying-hamstring-stretch", "seated-hamstring-stretch",
                           "standing-quad-stretch"]
    editor.undo_stack.undo()
    assert ids(editor)[1] == "seated-hamstring-stretch"


def test_errors_beside_fields_and_advice(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.open_draft(Draft(name="Evening routine", steps=(Step("seated-hamstring-stretch", hold=10),)), None)
    assert editor.name_error.isVisibleTo(editor) and "already called" in editor.name_error.text()
    assert not editor.save_action.isEnabled()
    editor.name_edit.setText("   ")
    assert "Give the routine a name" in editor.name_error.text() and not editor.save_action.isEnabled()
    editor.description_edit.setPlainText("x" * 1001)
    assert "1001 characters long; keep it under 1000" in editor.description_error.text()
    editor.description_edit.setPlainText("Short")
    assert not editor.description_error.isVisibleTo(editor)
    editor.name_edit.setText("Mine")
    assert not editor.name_error.isVisibleTo(editor) and editor.save_action.isEnabled()
    advice = editor.advice_label.text()
    assert "warm-up" in advice and "10 s hold" in advice
    editor.remove_step()
    assert "Add at least one exercise" in editor.steps_error.text() and not editor.save_action.isEnabled()
    assert editor.total_label.text() == "Not ready yet"


def test_total_updates_live(editor: EditorWindow) -> None:
    editor.open_draft(Draft(name="T", defaults=Draft().defaults.__class__(prepare=5, rest=10),
                            steps=(Step("standing-wide-hamstring-stretch", hold=30),)), None)
    assert editor.total_label.text() == "Total 0:35 · 1 exercise"
    editor.steps.setCurrentRow(0)
    editor.step_amount.setValue(45)
    assert editor.total_label.text() == "Total 0:50 · 1 exercise"


def test_user_file_is_never_rewritten_unless_saved(qtbot, editor: EditorWindow, library: Library,  # type: ignore[no-untyped-def]
                                                   places: Places, answers: Answers) -> None:
    places.routines_dir.mkdir(parents=True)
    path = places.routines_dir / "desk-break.yaml"
    path.write_text(SAVED_TEXT)
    stamp = path.stat().st_mtime_ns
    editor.open_draft(from_routine(read_routine(path, library)), path)
    editor.add_exercise("standing-quad-stretch")
    editor.name_edit.setText("Changed")
    answers.choice = 1  # discard
    assert editor.close()
    assert answers.asked == ["Unsaved changes"]
    assert path.read_text() == SAVED_TEXT and path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in places.routines_dir.iterdir()) == ["desk-break.yaml"]
    # Opened and closed with no change: nothing asked, nothing written.
    editor.show()
    editor.open_draft(from_routine(read_routine(path, library)), path)
    answers.asked.clear()
    assert editor.close() and answers.asked == []
    assert path.stat().st_mtime_ns == stamp


def test_cancel_keeps_the_window_and_save_writes(editor: EditorWindow, library: Library, places: Places,
                                                 answers: Answers) -> None:
    editor.open_draft(Draft(name="Kept", warmup=60, steps=(Step("seated-hamstring-stretch"),)), None)
    editor.add_exercise("lying-hamstring-stretch")
    answers.choice = 2  # cancel
    assert not editor.close() and editor.isVisible()
    answers.choice = 0  # save
    assert editor.close()
    saved = read_routine(places.routines_dir / "kept.yaml", library)
    assert saved.steps[1].exercise == "lying-hamstring-stretch"


def test_file_changed_elsewhere_is_not_overwritten(editor: EditorWindow, library: Library, places: Places,
                                                   answers: Answers) -> None:
    places.routines_dir.mkdir(parents=True)
    path = places.routines_dir / "desk-break.yaml"
    path.write_text(SAVED_TEXT)
    editor.open_draft(from_routine(read_routine(path, library)), path)
    editor.add_exercise("standing-quad-stretch")
    synced = SAVED_TEXT.replace("hold: 40", "hold: 50")
    path.write_text(synced)  # a file-sync tool brought a newer version meanwhile
    answers.choice = 0  # save mine as a new routine
    answers.text = "Desk break (laptop)"
    assert editor.save()
    assert path.read_text() == synced
    assert editor.path == places.routines_dir / "desk-break-laptop.yaml"


def test_builtin_copy_rename_delete_and_undo_delete(editor: EditorWindow, library: Library, places: Places,
                                                    answers: Answers) -> None:
    builtin = read_routine(places.builtin_dir / "evening-routine.yaml", library, builtin=True)
    editor.open_draft(from_routine(builtin, copy_of_builtin="Evening routine (my copy)"), None)
    assert not editor.rename_action.isEnabled() and not editor.delete_action.isEnabled()
    assert editor.save()
    copy = places.routines_dir / "evening-routine-my-copy.yaml"
    assert editor.path == copy and read_routine(copy, library).steps == read_routine(
        copy, library).steps and len(read_routine(copy, library).steps) == len(builtin.steps)
    answers.text = "Slow evening"
    renamed: list[tuple[str, str]] = []
    editor.renamed.connect(lambda old, new: renamed.append((old, new)))
    editor.rename_routine()
    assert renamed == [("Evening routine (my copy)", "Slow evening")]
    assert editor.path == places.routines_dir / "slow-evening.yaml" and not copy.exists()
    text = editor.path.read_text()
    answers.yes = True
    editor.delete_routine()
    assert not (places.routines_dir / "slow-evening.yaml").exists()
    assert [p.read_text() for p in places.trash_dir.iterdir()] == [text]
    editor.restore_deleted()
    assert (places.routines_dir / "slow-evening.yaml").read_text() == text
    assert editor.path == places.routines_dir / "slow-evening.yaml"
    assert list(places.trash_dir.iterdir()) == []


def test_import_and_export(tmp_path: Path, editor: EditorWindow, library: Library, places: Places,
                           monkeypatch: pytest.MonkeyPatch, answers: Answers) -> None:
    source = tmp_path / "from-a-friend.yaml"
    source.write_text(SAVED_TEXT)
    monkeypatch.setattr(dialogs, "open_file", lambda *a: source)
    editor.import_routine()
    imported = places.routines_dir / "desk-break.yaml"
    assert imported.read_text() == SAVED_TEXT and editor.path == imported
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: B\nsteps:\n  - exercise: nope\n")
    monkeypatch.setattr(dialogs, "open_file", lambda *a: broken)
    editor.import_routine()
    assert answers.informed and "broken.yaml:4" in answers.informed[-1]
    target = tmp_path / "out.yaml"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: target)
    editor.export_routine()
    assert read_routine(target, library).name == "Desk break"


def test_a_folder_that_cannot_be_written_loses_nothing(qtbot, tmp_path: Path, library: Library,  # type: ignore[no-untyped-def]
                                                       places: Places, answers: Answers) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be")
    editor = EditorWindow(library, places.assets_dir, blocker / "routines", blocker / "trash",
                          lambda path: [])
    qtbot.addWidget(editor)
    draft = Draft(name="Unsaved", warmup=30, steps=(Step("seated-hamstring-stretch"),))
    editor.open_draft(draft, None)
    editor.add_exercise("lying-hamstring-stretch")
    edited = editor.draft
    assert not editor.save()
    assert answers.informed and "could not be saved" in answers.informed[0]
    assert "Nothing on disk was changed" in answers.informed[0]
    assert editor.draft == edited and not editor.undo_stack.isClean()  # still there to save elsewhere
    assert blocker.read_text() == "a file where the folder should be"
    answers.choice = 2  # closing asks, and Cancel keeps the work
    assert not editor.close()
    answers.choice = 1


def test_restoring_keeps_changes_made_after_the_deletion_unsaved(editor: EditorWindow, library: Library,
                                                                 places: Places, answers: Answers) -> None:
    editor.open_draft(Draft(name="Keeper", warmup=60, steps=(Step("seated-hamstring-stretch"),)), None)
    assert editor.save()
    editor.delete_routine()
    assert not editor.undo_stack.isClean()  # only in the window now
    editor.add_exercise("lying-hamstring-stretch")
    editor.restore_deleted()
    assert len(read_routine(places.routines_dir / "keeper.yaml", library).steps) == 1
    assert not editor.undo_stack.isClean()  # the added step still needs saving
    editor.undo_stack.undo()
    editor.delete_routine()
    editor.restore_deleted()
    assert editor.undo_stack.isClean()


def test_escape_clears_the_search_then_closes(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.search.setFocus()
    qtbot.keyClicks(editor.search, "standing quad")
    assert editor.visible_exercises() == ["standing-quad-stretch"]
    qtbot.keyClick(editor.search, Qt.Key.Key_Escape)
    assert editor.search.text() == "" and editor.isVisible()
    assert len(editor.visible_exercises()) == len(editor.library)
    qtbot.keyClick(editor.search, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_step_advice_marks_follow_the_warm_up(editor: EditorWindow) -> None:
    editor.open_draft(Draft(name="Cold", steps=(Step("seated-hamstring-stretch"),)), None)
    assert "warm-up" in editor.steps.item(0).toolTip()
    editor.warmup_spin.setValue(60)
    assert editor.steps.item(0).toolTip() == ""
    editor.name_edit.setText("Warm")  # typing keeps the list as it is
    assert editor.steps.item(0).toolTip() == "" and editor.steps.count() == 1
