"""Child: type KEYS characters into a new entry in quick bursts, then save; no kill.

    python child_long_session.py JOURNAL KEYS

Lines: ``READY``, ``TYPED <n>`` every 100 keys, ``SAVED <id>`` after the save.
A short pause after each burst of 100 keys lets the draft timers fire, so the
run lasts a few seconds and the draft has something to bring back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from child_common import emit, open_editor
from PySide6.QtTest import QTest

BURST_PAUSE_MS = 120


def main(journal_path: Path, keys: int) -> None:
    _app, _journal, _session, editor = open_editor(journal_path)
    emit("READY")
    for number in range(1, keys + 1):
        QTest.keyClicks(editor.text.editor, "a")
        if number % 100 == 0:
            QTest.qWait(BURST_PAUSE_MS)  # the draft and preview timers get their turn, as between a person's words
            emit("TYPED", number)
    saved = editor.save()
    emit("SAVED", saved.id if saved else "none")
    os._exit(0)  # like the other children: no interpreter shutdown to judge


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
