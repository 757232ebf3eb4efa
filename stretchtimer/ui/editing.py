"""Opens the routine editor from the home view and keeps the rest of the app in step with it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from stretchtimer.core.catalog import Entry
from stretchtimer.core.model import Library
from stretchtimer.core.places import Places
from stretchtimer.core.settings import Settings
from stretchtimer.ui.main_window import MainWindow

if TYPE_CHECKING:
    from stretchtimer.ui.editor import EditorWindow


class Editing(QObject):
    """The editor window (made on first use); renames carry over to reminders and the home order."""

    def __init__(self, window: MainWindow, library: Library, places: Places,
                 entries: Callable[[], Sequence[Entry]], language: str) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.places = places
        self.entries = entries
        self.language = language
        self.settings: Settings = window.settings
        self.editor: EditorWindow | None = None

    def may_quit(self) -> bool:
        """The editor closes first, asking about unsaved changes; False when the person cancels."""
        return self.editor is None or not self.editor.isVisible() or self.editor.close()

    def other_names(self, path: Path | None) -> list[str]:
        """Names taken by routines other than the one in ``path`` (built-ins in both languages)."""
        names: list[str] = []
        for entry in self.entries():
            if entry.routine is not None and entry.file != path:
                names += [entry.routine.name, entry.routine.display_name(self.language)]
        return names

    def routine_renamed(self, old: str, new: str) -> None:
        items = [dict(item, routine=new) if item.get("routine") == old else item
                 for item in self.settings.get("schedule.reminders")]
        first = str(self.settings.get("home.first_routine"))
        # One change: saved once, and the reminders and the home order follow it.
        self.settings.update({"schedule.reminders": items,
                              "home.first_routine": new if first == old else first})

    def _make(self) -> EditorWindow:
        from stretchtimer.ui.editor import EditorWindow

        editor = EditorWindow(self.library, self.places.assets_dir, self.places.routines_dir,
                              self.places.trash_dir, self.other_names)
        editor.saved.connect(lambda _path: self.window.refresh_home())
        editor.deleted.connect(lambda _path: self.window.refresh_home())
        editor.renamed.connect(self.routine_renamed)
        editor.try_requested.connect(self.try_routine)
        editor.durations.completed = self.window.completed_runs
        return editor

    def try_routine(self, entry: Entry) -> None:
        """The main window plays the routine, left out of the history; the editor stays open behind it."""
        self.window.bring_to_front()
        self.window.start_entry(entry, record=False)

    def edit_listed(self, entry: Entry | None) -> None:
        """The editor on ``entry`` as the home screen lists it (a built-in one as a copy), or a new one."""
        if entry is not None:  # the listed entry knows whether it is built in
            entry = next((e for e in self.entries() if e.file.resolve() == entry.file.resolve()), entry)
        self.open_editor(entry if entry is None or entry.routine is not None else None)

    def open_editor(self, entry: Entry | None) -> None:
        """Edit ``entry`` (a built-in as the user's copy), or a new routine when None."""
        from stretchtimer.core.drafts import from_routine
        from stretchtimer.core.userfiles import unique_name

        if self.editor is None:
            self.editor = self._make()
        editor = self.editor
        if editor.isVisible() and not editor.maybe_save():
            editor.raise_()
            return
        if entry is None:
            editor.undo_stack.setClean()
            editor.new_routine()
        elif entry.routine is not None and entry.builtin:
            name = unique_name(self.tr("%1 (my copy)").replace(
                "%1", entry.routine.display_name(self.language)), self.other_names(None))
            editor.open_draft(from_routine(entry.routine, copy_of_builtin=name,
                                                   language=self.language), None, self.tr(
                "Built-in routines stay as they are: saving makes this copy your own routine."))
        elif entry.routine is not None:
            editor.open_draft(from_routine(entry.routine), entry.file)
        editor.show()
        editor.raise_()
        editor.activateWindow()
