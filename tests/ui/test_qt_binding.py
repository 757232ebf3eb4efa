"""Guards against a Qt binding that corrupts Python's reference counts when signals fire."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(200):
        emitter.fired.emit(i)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 200
