"""When typing is kept as a draft: once the typing pauses, and at the latest soon after the first change.

The one rule every editor follows (the entry editor, each record dialog, a reflection
session): a crash loses at most ``DRAFT_MAX_WAIT_MS`` of typing, and a steady typist is
not interrupted by a write at every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DRAFT_PAUSE_MS = 400
DRAFT_MAX_WAIT_MS = 1500


class DraftTimer(QObject):
    """Calls ``keep`` after a pause in the typing, or ``DRAFT_MAX_WAIT_MS`` after the first unkept change."""

    def __init__(self, keep: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pause = QTimer(self, singleShot=True, interval=DRAFT_PAUSE_MS)
        self._max_wait = QTimer(self, singleShot=True, interval=DRAFT_MAX_WAIT_MS)
        self._pause.timeout.connect(keep)
        self._max_wait.timeout.connect(keep)

    def edited(self) -> None:
        self._pause.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def pending(self) -> bool:
        return self._pause.isActive() or self._max_wait.isActive()

    def stop(self) -> None:
        self._pause.stop()
        self._max_wait.stop()
