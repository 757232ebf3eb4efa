"""The routine's file: save, save as, duplicate, rename, delete and undo delete, import, export.

A controller without widgets of its own: it asks and informs through ``ui.dialogs`` and changes
the draft only through the window, so every change stays undoable. Nothing the person saved is
overwritten without asking: a file changed on disk by another program since it was opened here
is offered to be kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from stretchtimer.core import userfiles
from stretchtimer.core.drafts import Draft, from_routine
from stretchtimer.core.errors import UserFileError
from stretchtimer.core.loader import read_routine
from stretchtimer.core.model import Library
from stretchtimer.localtext import problem_words
from stretchtimer.ui import dialogs

translate = QCoreApplication.translate  # in the editor's one catalogue context
OtherNames = Callable[[Path | None], Sequence[str]]  # names taken by routines other than the one in a file


class Host(Protocol):
    """What the file operations need of the editor window."""

    draft: Draft
    undo_stack: QUndoStack

    def change(self, after: Draft, text: str) -> None: ...
    def open_draft(self, draft: Draft, path: Path | None, notice: str = "") -> None: ...
    def say(self, text: str) -> None: ...
    def can_save(self) -> bool: ...
    def file_changed(self) -> None: ...  # the path, the trash or cleanliness changed: show it


class RoutineFiles(QObject):
    """Where the edited routine lives on disk, and every operation on that file."""

    saved = Signal(object)  # Path
    deleted = Signal(object)  # Path
    renamed = Signal(str, str)  # old name, new name

    def __init__(self, host: Host, window: QWidget, library: Library, routines_dir: Path,
                 trash_dir: Path, other_names: OtherNames) -> None:
        super().__init__(window)
        self.host = host
        self.window = window  # the parent of every question asked
        self.library = library
        self.routines_dir = routines_dir
        self.trash_dir = trash_dir
        self.other_names = other_names
        self.path: Path | None = None
        self.disk_bytes: bytes | None = None  # the file as last read or written here
        self.trashed: userfiles.Trashed | None = None

    def opened(self, path: Path | None) -> None:
        """The draft now shown came from ``path`` (None: not saved yet)."""
        self.path = path
        try:
            self.disk_bytes = path.read_bytes() if path is not None else None
        except OSError:
            self.disk_bytes = None
        self.trashed = None

    def clash_with(self, name: str, path: Path | None) -> str:
        """Why ``name`` cannot be used by the routine in ``path`` (another has it), or ""."""
        wanted = name.strip()
        if wanted and wanted.casefold() in {n.casefold() for n in self.other_names(path)}:
            return translate("EditorWindow", "Another routine is already called “%1”; choose another name."
                             ).replace("%1", wanted)
        return ""

    def _write(self, draft: Draft, path: Path | None) -> Path | None:
        try:
            return userfiles.save(draft, self.routines_dir, path)
        except OSError as exc:
            dialogs.inform(self.window, translate("EditorWindow", "Could not save"), translate(
                "EditorWindow", "The routine could not be saved to %1: %2. Nothing on disk was changed.")
                .replace("%1", str(self.routines_dir)).replace("%2", exc.strerror or str(exc)))
            return None

    def changed_on_disk(self) -> bool:
        """True when another program changed the file since it was read or written here."""
        if self.path is None or self.disk_bytes is None:
            return False
        try:
            return self.path.read_bytes() != self.disk_bytes
        except FileNotFoundError:
            return False
        except OSError:
            return True

    def save(self) -> bool:
        """Save to the routine's own file (a new file for a new routine or a built-in's copy)."""
        if not self.host.can_save():
            return False
        path = self.path
        if self.changed_on_disk():
            choice = dialogs.choose(
                self.window, translate("EditorWindow", "Changed on disk"),
                translate("EditorWindow", "%1 was changed by another program since it was opened here. "
                          "Save your version as a new routine, or replace that file?")
                .replace("%1", str(path)),
                [translate("EditorWindow", "Save as new routine"), translate("EditorWindow", "Replace"),
                 translate("EditorWindow", "Cancel")], 0, 2)
            if choice == 2:
                return False
            if choice == 0:
                return self.save_as()
        written = self._write(self.host.draft, path)
        if written is None:
            return False
        self._saved_to(written)
        if path is not None and written != path:
            self.deleted.emit(path)
        return True

    def _saved_to(self, path: Path, message: str = "", clean: bool = True) -> None:
        """The routine's file is now ``path``; ``clean``: it holds the draft as shown."""
        self.path = path
        self.disk_bytes = path.read_bytes()
        if clean:
            self.host.undo_stack.setClean()
        self.host.say(message or translate("EditorWindow", "Saved to %1").replace("%1", str(path)))
        self.host.file_changed()
        self.saved.emit(path)

    def save_as(self) -> bool:
        draft = self.host.draft
        name = dialogs.text(self.window, translate("EditorWindow", "Save as"),
                            translate("EditorWindow", "Name of the new routine:"),
                            userfiles.unique_name(draft.name.strip(), self.other_names(None)))
        if name is None or not name.strip():
            return False
        clash = self.clash_with(name, None)
        if clash:
            dialogs.inform(self.window, translate("EditorWindow", "Save as"), clash)
            return False
        draft = draft.replace(name=name.strip())
        written = self._write(draft, None)
        if written is None:
            return False
        self.host.change(draft, translate("EditorWindow", "Rename routine"))
        self._saved_to(written)
        return True

    def duplicate(self) -> None:
        name = userfiles.unique_name(self.host.draft.name.strip(), self.other_names(None))
        draft = self.host.draft.replace(name=name)
        written = self._write(draft, None)
        if written is not None:
            self.host.open_draft(draft, written, translate(
                "EditorWindow", "Saved a copy as “%1”; you are now editing the copy.").replace("%1", name))
            self.saved.emit(written)

    def rename(self) -> None:
        if self.path is None:
            return
        old = self.host.draft.name.strip()
        name = dialogs.text(self.window, translate("EditorWindow", "Rename routine"),
                            translate("EditorWindow", "New name:"), old)
        if name is None or not name.strip() or name.strip() == old:
            return
        name = name.strip()
        clash = self.clash_with(name, self.path)
        if clash:
            dialogs.inform(self.window, translate("EditorWindow", "Rename routine"), clash)
            return
        # Only the name changes on disk: other edits not saved yet stay unsaved.
        try:
            on_disk = from_routine(read_routine(self.path, self.library))
        except UserFileError as exc:
            dialogs.inform(self.window, translate("EditorWindow", "Rename routine"), str(exc))
            return
        self._rename_to(on_disk.replace(name=name), old)

    def _rename_to(self, on_disk: Draft, old: str) -> None:
        clean = self.host.undo_stack.isClean()
        old_path = self.path
        written = self._write(on_disk, self.path)
        if written is None or old_path is None:
            return
        self.path = written
        self.disk_bytes = written.read_bytes()
        self.host.change(self.host.draft.replace(name=on_disk.name),
                         translate("EditorWindow", "Rename routine"))
        if clean:
            self.host.undo_stack.setClean()
        self.host.say(translate("EditorWindow", "Renamed to “%1”").replace("%1", on_disk.name))
        self.host.file_changed()
        if written != old_path:
            self.deleted.emit(old_path)
        self.saved.emit(written)
        self.renamed.emit(old, on_disk.name)

    def delete(self) -> None:
        """Move the routine's file to the trash folder; the draft stays open, unsaved."""
        if self.path is None:
            return
        name = self.host.draft.name.strip()
        if not dialogs.ask(self.window, translate("EditorWindow", "Delete routine?"),
                           translate("EditorWindow", "Delete “%1”? It goes to the trash folder and can be "
                                     "brought back.").replace("%1", name),
                           translate("EditorWindow", "Delete"), translate("EditorWindow", "Keep it")):
            return
        try:
            self.trashed = userfiles.trash(self.path, self.trash_dir)
        except OSError as exc:
            dialogs.inform(self.window, translate("EditorWindow", "Could not delete"),
                           exc.strerror or str(exc))
            return
        gone = self.path
        self.path = None
        self.disk_bytes = None
        self.host.say(translate("EditorWindow", "Deleted “%1”; it was moved to %2.").replace("%1", name)
                      .replace("%2", str(self.trashed.kept.parent)))
        self.host.undo_stack.resetClean()
        self.host.file_changed()
        self.deleted.emit(gone)

    def restore(self) -> None:
        """Bring the deleted file back; changes made since the deletion stay unsaved changes."""
        if self.trashed is None:
            return
        try:
            back = userfiles.restore(self.trashed)
        except OSError as exc:
            dialogs.inform(self.window, translate("EditorWindow", "Could not bring it back"),
                           exc.strerror or str(exc))
            return
        self.trashed = None
        try:
            same = from_routine(read_routine(back, self.library)) == self.host.draft
        except UserFileError:
            same = False
        self._saved_to(back, translate("EditorWindow", "Brought back to %1").replace("%1", str(back)),
                       clean=same)

    def import_file(self) -> None:
        if not self.maybe_save():
            return
        source = dialogs.open_file(self.window, translate("EditorWindow", "Import a routine"),
                                   translate("EditorWindow", "Routine files (*.yaml *.yml)"))
        if source is None:
            return
        try:
            imported = userfiles.import_file(source, self.routines_dir, self.library, self.other_names(None))
        except UserFileError as exc:
            dialogs.inform(self.window, translate("EditorWindow", "Cannot import"), translate(
                "EditorWindow", "%1 is not a routine Stretch Timer can use:\n%2").replace("%1", str(source))
                .replace("%2", "\n".join(p.said(problem_words) for p in exc.problems[:8])))
            return
        except OSError as exc:
            dialogs.inform(self.window, translate("EditorWindow", "Cannot import"), exc.strerror or str(exc))
            return
        routine = read_routine(imported.path, self.library)
        note = translate("EditorWindow", "Imported into %1.").replace("%1", str(imported.path))
        if imported.renamed_from:
            note += " " + translate(
                "EditorWindow", "A routine called “%1” already existed, so this one is “%2”."
            ).replace("%1", imported.renamed_from).replace("%2", routine.name)
        self.host.open_draft(from_routine(routine), imported.path, note)
        self.saved.emit(imported.path)

    def export_file(self) -> None:
        draft = self.host.draft
        target = dialogs.save_file(self.window, translate("EditorWindow", "Export routine"),
                                   str(Path.home() / f"{userfiles.slug(draft.name)}.yaml"),
                                   translate("EditorWindow", "Routine files (*.yaml)"))
        if target is None:
            return
        try:
            userfiles.export_file(draft, target)
        except OSError as exc:
            dialogs.inform(self.window, translate("EditorWindow", "Could not export"),
                           exc.strerror or str(exc))
            return
        self.host.say(translate("EditorWindow", "Exported to %1").replace("%1", str(target)))

    def maybe_save(self) -> bool:
        """True when the draft may be left: saved, nothing changed, or the person chose to discard."""
        if self.host.undo_stack.isClean():
            return True
        choice = dialogs.choose(
            self.window, translate("EditorWindow", "Unsaved changes"),
            translate("EditorWindow", "“%1” has changes that are not saved.").replace(
                "%1", self.host.draft.name.strip() or translate("EditorWindow", "Untitled routine")),
            [translate("EditorWindow", "Save"), translate("EditorWindow", "Discard changes"),
             translate("EditorWindow", "Cancel")], 0, 2)
        if choice == 0:
            return self.save()
        return choice == 1
