"""Marks English words for the interface's translation catalogue without importing Qt."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """``text`` unchanged; lupdate collects every call by this name into the catalogue under
    ``context``, and the Qt layer translates the text with that context when it shows it."""
    return text
