"""The window's keys, declared once: the shortcuts are made from this table and F1 lists it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ADJUST_STEP = 10  # seconds that + and - (and the player's buttons) add to or take from the phase

Key = QKeySequence | QKeySequence.StandardKey | Qt.Key | str


@dataclass(frozen=True)
class Binding:
    keys: tuple[Key, ...]
    action: str  # the name of the window's method it calls
    what: str  # what it does, as the list of keys says it
    player_only: bool = False  # off elsewhere, so Space and the arrows work the focused widget
    with_key: bool = False  # the method is given the key's text ("3")
    on_summary: bool = False  # a player key that also works on the summary after a routine


translate = QCoreApplication.translate


def bindings() -> list[Binding]:
    """Every key of the main window, in the order the list of keys shows them."""
    k = Qt.Key
    keypad = Qt.KeyboardModifier.KeypadModifier
    return [
        Binding((k.Key_Space,), "_player_space",
                translate("Keys", "Pause or resume; on an open hold, go on to the next phase"), True),
        Binding((k.Key_MediaTogglePlayPause, k.Key_MediaPlay, k.Key_MediaPause),
                "toggle", translate("Keys", "Pause or resume the routine"), True),
        Binding((k.Key_Right, k.Key_PageDown, k.Key_MediaNext), "_player_skip",
                translate("Keys", "Next phase"), True),
        Binding((k.Key_Left, k.Key_PageUp, k.Key_MediaPrevious), "_player_back",
                translate("Keys", "Previous phase, or the start of this one"), True),
        Binding((k.Key_R,), "_player_restart", translate("Keys", "Start the routine again"), True),
        Binding((k.Key_Plus, k.Key_Equal, QKeySequence(QKeyCombination(keypad, k.Key_Plus))), "_player_more",
                translate("Keys", "10 s more for this phase"), True),
        Binding((k.Key_Minus, QKeySequence(QKeyCombination(keypad, k.Key_Minus))), "_player_less",
                translate("Keys", "10 s less for this phase"), True),
        Binding((k.Key_1, k.Key_2, k.Key_3, k.Key_4, k.Key_5), "_rate_key",
                translate("Keys", "After a side: how tight it felt, 1 loose to 5 very tight"), True, True,
                True),
        Binding(tuple(getattr(k, f"Key_{n}") for n in range(10)), "_rate_key",
                translate("Keys", "Before and after a routine, when asked: how stiff your back is, "
                                  "0 not stiff to 10 (1 then 0)"), True, True, True),
        Binding((k.Key_F, k.Key_F11), "toggle_floor_mode", translate("Keys", "Floor mode on or off"), True),
        Binding((k.Key_M,), "toggle_mute", translate("Keys", "Sound cues on or off"), True),
        Binding((k.Key_Escape,), "escape",
                translate("Keys", "Leave floor mode; after a routine, back to the routines")),
        Binding((QKeySequence.StandardKey.New,), "_home_new", translate("Keys", "New routine")),
        Binding((QKeySequence.StandardKey.Preferences, "Ctrl+,"), "_home_settings",
                translate("Keys", "Settings")),
        Binding((k.Key_F1, "Ctrl+?"), "show_keys", translate("Keys", "This list of keys")),
        Binding((QKeySequence.StandardKey.Quit, "Ctrl+Q"), "quit_app", translate("Keys", "Quit")),
    ]


def sequences(binding: Binding, main_only: bool = False) -> list[QKeySequence]:
    """The binding's key sequences, each once, without those this platform does not have;
    ``main_only``: a standard action by its main key only (Ctrl+N, not also the New key)."""
    found: list[QKeySequence] = []
    for key in binding.keys:
        if isinstance(key, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(key)[:1 if main_only else None]
        else:
            candidates = [QKeySequence(key)]
        found += [s for s in candidates if not s.isEmpty() and s not in found]
    return found


def key_names(binding: Binding) -> str:
    """'Space, Media Play' as the person's keyboard labels them: a standard action by its main
    key only (Ctrl+N, not also the New key few keyboards have), the keypad's keys said so."""
    shown: list[str] = []
    for sequence in sequences(binding, main_only=True):
        name = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if name.startswith("Num+") and len(name) > len("Num+"):
            name = translate("Keys", "Keypad %1").replace("%1", name[len("Num+"):])
        if name not in shown:
            shown.append(name)
    return ", ".join(shown)


class KeysDialog(QDialog):
    """A small list of every key and what it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Keys", "Keys"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.rows: list[tuple[str, str]] = []
        widest = [0, 0]  # each column's widest text on one line
        for row, binding in enumerate(bindings()):
            names = QLabel(key_names(binding))
            names.setTextFormat(Qt.TextFormat.PlainText)
            font = names.font()
            font.setBold(True)
            names.setFont(font)
            what = QLabel(binding.what)
            what.setTextFormat(Qt.TextFormat.PlainText)
            what.setWordWrap(True)  # one line each where the screen has room (see _fit_screen)
            grid.addWidget(names, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, row, 1, Qt.AlignmentFlag.AlignTop)
            self.rows.append((names.text(), binding.what))
            widest = [max(widest[0], names.sizeHint().width()),
                      max(widest[1], what.fontMetrics().horizontalAdvance(binding.what) + 2 * what.margin())]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if isinstance(close, QPushButton):
            close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self._fit_screen(widest[0] + grid.horizontalSpacing() + widest[1])

    def _fit_screen(self, one_line: int) -> None:
        """Each row on one line where the screen is wide enough, else wrapped to the screen."""
        layout = self.layout()
        assert layout is not None
        room = self.screen().availableGeometry().size() * 0.95
        margins = layout.contentsMargins()
        width = min(one_line + margins.left() + margins.right(), room.width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        self.resize(width, min(height, room.height()))
