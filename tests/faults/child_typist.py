"""Child: type into a new entry one key at a time, like a person, saying ``TYPED <n>`` after each key.

    python child_typist.py JOURNAL SEED LENGTH

Between keys the event loop runs (``QTest.qWait``), so the editor's draft
timers fire exactly as they do for a person typing at 8-12 characters a second.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from child_common import emit, open_editor
from PySide6.QtTest import QTest
from typing_under_kill import CHARS_PER_SECOND, typing_text


def main(journal_path: Path, seed: int, length: int) -> None:
    _app, _journal, _session, editor = open_editor(journal_path)
    rng = random.Random(seed)
    keys = editor.text.editor
    editor.focus_text()
    emit("READY")
    for number, character in enumerate(typing_text(seed, length), 1):
        QTest.keyClicks(keys, character)
        emit("TYPED", number)
        QTest.qWait(round(1000 / rng.uniform(*CHARS_PER_SECOND)))
    emit("DONE")
    while True:  # stay open, as the app would, until the kill
        QTest.qWait(1000)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
