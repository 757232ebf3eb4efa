"""The window's keys: shortcuts made from the table in ui/keys.py, and what each one does."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut

from stretchtimer.core.session import State
from stretchtimer.ui.keys import ADJUST_STEP, KeysDialog, bindings, sequences

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from stretchtimer.ui.driver import SessionDriver
    from stretchtimer.ui.home_view import HomeView
    from stretchtimer.ui.player_view import PlayerView
    from stretchtimer.ui.summary_view import SummaryView


class KeyedWindow(Protocol):
    """What the keys use of the window they are mixed into."""

    driver: SessionDriver
    home: HomeView
    stack: QStackedWidget
    keys_dialog: KeysDialog | None
    shortcuts: list[QShortcut]
    _player_shortcuts: list[QShortcut]
    _summary_shortcuts: list[QShortcut]
    _player: PlayerView | None
    _summary: SummaryView | None

    def window(self) -> QWidget: ...
    def toggle(self) -> None: ...
    def show_home(self) -> None: ...
    def set_floor_mode(self, on: bool, *, remember: bool = True) -> None: ...
    def _floor(self) -> bool: ...
    def _showing_player(self) -> bool: ...
    def _in_player(self) -> bool: ...
    def _page_changed(self) -> None: ...
    def _player_adjust(self, seconds: int) -> None: ...


class WindowKeys:
    """Mixed into the main window: its shortcuts and the player's keys, which act only on the
    player while a routine is under way."""

    keys_dialog: KeysDialog | None = None  # made at the first F1

    def _install_keys(self: KeyedWindow) -> None:
        self.shortcuts: list[QShortcut] = []
        self._player_shortcuts: list[QShortcut] = []
        self._summary_shortcuts: list[QShortcut] = []
        seen: set[str] = set()
        for binding in bindings():
            action = getattr(self, binding.action)
            for sequence in sequences(binding):
                if sequence.toString() in seen:
                    continue
                seen.add(sequence.toString())
                shortcut = QShortcut(sequence, self.window())  # the window itself
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                if binding.with_key:
                    shortcut.activated.connect(functools.partial(action, sequence.toString()))
                else:
                    shortcut.activated.connect(action)
                self.shortcuts.append(shortcut)
                if binding.player_only:
                    self._player_shortcuts.append(shortcut)
                if binding.on_summary:
                    self._summary_shortcuts.append(shortcut)
        self._page_changed()

    def _page_changed(self: KeyedWindow) -> None:
        """The player's keys work only on the player: elsewhere Space presses the focused button."""
        on_player = self._showing_player()
        on_summary = self._summary is not None and self.stack.currentWidget() is self._summary
        for shortcut in self._player_shortcuts:
            shortcut.setEnabled(on_player or (on_summary and shortcut in self._summary_shortcuts))
        if self.stack.currentWidget() is self.home:
            self.home.focus_first()

    def escape(self: KeyedWindow) -> None:
        if self._floor():
            self.set_floor_mode(False)
        elif self._summary is not None and self.stack.currentWidget() is self._summary:
            self.show_home()

    def show_keys(self: KeyedWindow) -> None:
        """F1: every key and what it does, from the same table the shortcuts are made from."""
        dialog = self.keys_dialog or KeysDialog(self.window())
        self.keys_dialog = dialog
        dialog.open()

    def _home_new(self: KeyedWindow) -> None:
        if self.stack.currentWidget() is self.home:
            self.home.new_requested.emit()

    def _home_settings(self: KeyedWindow) -> None:
        if not self.driver.is_active():
            self.home.settings_requested.emit()

    def _in_player(self: KeyedWindow) -> bool:
        return self._showing_player() and self.driver.is_active()

    def _player_skip(self: KeyedWindow) -> None:
        if self._in_player():
            self.driver.skip()

    def _player_back(self: KeyedWindow) -> None:
        if self._in_player():
            self.driver.back()

    def _player_restart(self: KeyedWindow) -> None:
        if self._in_player():
            self.driver.restart()

    def _rate_key(self: KeyedWindow, key: str) -> None:
        """Digits: after a side of a two-sided stretch, 1-5 rate it; on the first screen and on the
        summary, when asked, they give the back stiffness; anything else they leave alone."""
        if self._in_player() and self._player is not None:
            self._player.key_rating(int(key))
        elif self._summary is not None and self.stack.currentWidget() is self._summary:
            self._summary.key_rating(int(key))

    def _player_adjust(self: KeyedWindow, seconds: int) -> None:
        if self._in_player():
            self.driver.adjust(seconds)

    def _player_more(self: KeyedWindow) -> None:
        self._player_adjust(ADJUST_STEP)

    def _player_less(self: KeyedWindow) -> None:
        self._player_adjust(-ADJUST_STEP)

    def _player_space(self: KeyedWindow) -> None:
        """Pause or resume; on an open hold, which has no end of its own, go on instead."""
        session = self.driver.session
        if self._in_player() and session is not None and session.counting_up \
                and session.state is State.RUNNING:
            self.driver.skip()
        else:
            self.toggle()
