"""Names, descriptions and file names from users' files are shown as written, never as HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel

from stretchtimer.core import catalog
from stretchtimer.core.model import Library

HOSTILE_NAME = "<img src=/etc/passwd> & <b>bold</b>"
HOSTILE_DESCRIPTION = "<a href='file:///etc/shadow'>click</a><style>*{color:red}</style>"


def _entries(tmp_path: Path, library: Library) -> list[catalog.Entry]:
    (tmp_path / "evil.yaml").write_text(
        f'version: 1\nname: "{HOSTILE_NAME}"\ndescription: "{HOSTILE_DESCRIPTION}"\n'
        "steps:\n  - exercise: standing-quad-stretch\n")
    (tmp_path / "<img src=x>.yaml").write_text("version: 1\nname: Broken\nsteps:\n  - exercise: nope\n")
    return catalog.user_entries(tmp_path, library)


def _labels_showing(widget: object, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]  # type: ignore[attr-defined]


def test_home_cards_show_names_descriptions_and_file_names_as_plain_text(
        qtbot, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.ui.home_view import RoutineCard

    class Host(QLabel):
        start = Signal(object)
        edit = Signal(object)

    host = Host()
    qtbot.addWidget(host)
    entries = _entries(tmp_path, library)
    cards = [RoutineCard(entry, library, "en", host.start, host.edit) for entry in entries]
    shown = []
    for card in cards:
        qtbot.addWidget(card)
        shown += _labels_showing(card, HOSTILE_NAME) + _labels_showing(card, HOSTILE_DESCRIPTION)
        shown += _labels_showing(card, "<img src=x>.yaml")  # the broken file's title and its problem
    assert len(shown) == 4
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_the_summary_shows_the_routine_name_as_plain_text(
        qtbot, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.core.session import Session
    from stretchtimer.core.timeline import compile_routine
    from stretchtimer.ui.summary_view import SummaryView

    entry = next(e for e in _entries(tmp_path, library) if e.routine is not None)
    assert entry.routine is not None
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(Session(compile_routine(entry.routine, library), clock=lambda: 0.0), library, "en")
    assert HOSTILE_NAME in view.details.text()
    assert view.details.textFormat() == Qt.TextFormat.PlainText


def test_the_tray_menu_shows_an_ampersand_in_a_name(qtbot, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.ui.tray import Tray

    tray = Tray(QIcon())
    tray.set_entries(_entries(tmp_path, library), "en")
    texts = [action.text() for action in tray.menu.actions()]
    assert f"Start {HOSTILE_NAME.replace('&', '&&')}" in texts  # && is Qt's way to show one &


def test_editor_notices_and_errors_are_plain_text(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.core.places import Places
    from stretchtimer.ui.editor import EditorWindow

    places = Places.from_environment()
    editor = EditorWindow(library, places.assets_dir, places.routines_dir, places.trash_dir, lambda _p: [])
    qtbot.addWidget(editor)
    editor.say(f"Saved {HOSTILE_NAME}")
    labels = [editor.notice, editor.step_form.step_title, editor.advice_label,
              *[label for label in editor.findChildren(QLabel) if label.objectName().endswith("Error")]]
    assert len(labels) > 3
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels), [
        label.objectName() for label in labels if label.textFormat() != Qt.TextFormat.PlainText]


def test_the_reminders_dialog_shows_a_chosen_path_as_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from stretchtimer.ui.schedule_dialog import ScheduleDialog

    dialog = ScheduleDialog([], [HOSTILE_NAME], False)
    qtbot.addWidget(dialog)
    assert dialog.problem.textFormat() == Qt.TextFormat.PlainText  # "Could not write <path>: ..."


def test_the_message_bar_shows_a_file_name_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from stretchtimer.ui.message_bar import MessageBar

    host = QWidget()
    qtbot.addWidget(host)
    bar = MessageBar(host)
    bar.say(f"The file {HOSTILE_NAME}.yaml could not be read.")
    assert bar.label.textFormat() is Qt.TextFormat.PlainText
    assert HOSTILE_NAME in bar.label.text()
