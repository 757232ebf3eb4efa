"""The editor's actions: its menus, toolbar, keyboard shortcuts and the buttons under the steps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from stretchtimer.ui.icons import action_icon

if TYPE_CHECKING:
    from stretchtimer.ui.editor.window import EditorWindow

translate = QCoreApplication.translate  # in the editor's one catalogue context
Key = QKeySequence.StandardKey


def _action(window: EditorWindow, text: str, slot: Callable[[], object],
            keys: Sequence[QKeySequence | str] = (), name: str = "") -> QAction:
    act = QAction(text, window)
    act.setObjectName(name)
    act.setShortcuts([QKeySequence(k) for k in keys])
    act.triggered.connect(slot)
    window.addAction(act)  # shortcuts work wherever the focus is in the window
    return act


def add_actions(window: EditorWindow) -> None:
    """Give ``window`` its actions (``window.save_action`` and the others), menus and toolbar."""
    w = window
    w.new_action = _action(w, translate("EditorWindow", "&New routine"), w.new_routine,
                           [QKeySequence(Key.New)])
    w.import_action = _action(w, translate("EditorWindow", "&Import…"), w.import_routine, ["Ctrl+I"])
    w.save_action = _action(w, translate("EditorWindow", "&Save"), w.save, [QKeySequence(Key.Save)], "save")
    w.save_as_action = _action(w, translate("EditorWindow", "Save &as…"), w.save_as, ["Ctrl+Shift+S"])
    w.duplicate_action = _action(w, translate("EditorWindow", "&Duplicate routine"), w.duplicate_routine)
    w.rename_action = _action(w, translate("EditorWindow", "&Rename…"), w.rename_routine, ["F2"])
    w.delete_action = _action(w, translate("EditorWindow", "De&lete…"), w.delete_routine)
    w.export_action = _action(w, translate("EditorWindow", "&Export…"), w.export_routine, ["Ctrl+E"])
    w.close_action = _action(w, translate("EditorWindow", "&Close"), w.close,
                             [QKeySequence(Key.Close), "Esc"])
    w.try_action = _action(w, translate("EditorWindow", "&Try it"), w.try_routine, ["F5"], "tryRoutine")
    w.find_action = _action(w, translate("EditorWindow", "&Find exercise"), w.find_exercise,
                            [QKeySequence(Key.Find)], "findExercise")
    _add_undo(w)
    w.up_action = _action(w, translate("EditorWindow", "Move step &up"), lambda: w.move_step_by(-1),
                          ["Alt+Up"])
    w.down_action = _action(w, translate("EditorWindow", "Move step &down"), lambda: w.move_step_by(1),
                            ["Alt+Down"])
    w.duplicate_step_action = _action(w, translate("EditorWindow", "Du&plicate step"), w.duplicate_step,
                                      ["Ctrl+D"])
    w.remove_action = QAction(translate("EditorWindow", "Re&move step"), w)
    w.remove_action.setShortcuts([QKeySequence(Key.Delete)])
    w.remove_action.triggered.connect(w.remove_step)
    # Delete removes a step only while the step list has the focus; in a text field it deletes text.
    w.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    w.steps.addAction(w.remove_action)
    _add_menus(w)
    _add_toolbar(w)
    _add_tooltips_and_buttons(w)


def _add_undo(w: EditorWindow) -> None:
    w.undo_action = w.undo_stack.createUndoAction(w, translate("EditorWindow", "&Undo"))
    w.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
    w.redo_action = w.undo_stack.createRedoAction(w, translate("EditorWindow", "&Redo"))
    redo_keys = QKeySequence.keyBindings(Key.Redo)
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        if QKeySequence(extra) not in redo_keys:
            redo_keys.append(QKeySequence(extra))
    w.redo_action.setShortcuts(redo_keys)
    for act in (w.undo_action, w.redo_action):
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        w.addAction(act)


def _add_menus(w: EditorWindow) -> None:
    file_menu = w.menuBar().addMenu(translate("EditorWindow", "&Routine"))
    for act in (w.new_action, w.import_action, None, w.save_action, w.save_as_action,
                w.duplicate_action, w.rename_action, w.export_action, None,
                w.try_action, None, w.delete_action, None, w.close_action):
        file_menu.addSeparator() if act is None else file_menu.addAction(act)
    edit_menu = w.menuBar().addMenu(translate("EditorWindow", "&Edit"))
    for act in (w.undo_action, w.redo_action, None, w.find_action, None, w.up_action, w.down_action,
                w.duplicate_step_action, w.remove_action):
        edit_menu.addSeparator() if act is None else edit_menu.addAction(act)


def _add_toolbar(w: EditorWindow) -> None:
    toolbar = w.addToolBar(translate("EditorWindow", "Routine"))
    toolbar.setObjectName("editorToolbar")
    toolbar.setMovable(False)
    for act, icon in ((w.save_action, "save"), (w.undo_action, "undo"), (w.redo_action, "redo"),
                      (w.try_action, "try"), (w.find_action, "find")):
        act.setIcon(action_icon(icon))  # each action its own symbolic icon
        toolbar.addAction(act)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def _add_tooltips_and_buttons(w: EditorWindow) -> None:
    for act in (w.new_action, w.save_action, w.undo_action, w.redo_action, w.up_action, w.down_action,
                w.duplicate_step_action, w.remove_action, w.try_action):
        shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if shortcut:
            act.setToolTip(f"{act.text().replace('&', '')} ({shortcut})")
    for button, act in ((w.up_button, w.up_action), (w.down_button, w.down_action),
                        (w.duplicate_button, w.duplicate_step_action), (w.remove_button, w.remove_action)):
        button.clicked.connect(act.trigger)
        button.setToolTip(act.toolTip())
