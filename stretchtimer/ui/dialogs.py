"""Every modal question goes through here, so tests can answer it instead of a person."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """True when the person chooses ``yes``."""
    return choose(parent, title, text, [yes, no], 1, 1) == 0


def choose(parent: QWidget | None, title: str, text: str, choices: Sequence[str],
           default: int, escape: int) -> int:
    """The index of the button the person chose; Escape gives ``escape``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole if i == 0 else
                             QMessageBox.ButtonRole.RejectRole if i == escape else
                             QMessageBox.ButtonRole.DestructiveRole)
               for i, choice in enumerate(choices)]
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else escape


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def text(parent: QWidget | None, title: str, label: str, value: str) -> str | None:
    """A line of text from the person, or None when they cancel."""
    answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
    return answer if ok else None


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggestion: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filters)
    return Path(name) if name else None
