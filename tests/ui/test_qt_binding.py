"""The Qt binding in use keeps Python's reference counts right (PySide6 6.12.0 did not, and the app aborted)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class Emitter(QObject):
    fired = Signal()


def test_signals_and_void_calls_do_not_lose_references_to_true_and_none(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter, timer = Emitter(), QTimer()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
        timer.start(1000)
    timer.stop()
    after = sys.getrefcount(True), sys.getrefcount(None)
    # Python 3.12 makes both immortal (the count no longer moves); before that a loss here ends in
    # "Fatal Python error: bool_dealloc" after a couple of thousand keystrokes.
    assert after[0] >= before[0] and after[1] >= before[1] - 5
