"""Child: save entries through the app's own EntryEditor.save(), saying ACK after each save returned.

    python child_saver.py JOURNAL SAVES SEED

Lines: ``READY``; per save ``TRY <id|new> <sha256 of body>`` then, once
``save()`` has returned, ``ACK <id> <sha256 of body>``; ``DONE`` at the end.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from child_common import choose_links, emit, open_editor
from processes import sha256_text
from saves_under_kill import plan_save, start_child_saves


def main(journal_path: Path, saves: int, seed: int) -> None:
    app, journal, _session, editor = open_editor(journal_path)
    people, goals = start_child_saves(journal)
    rng = random.Random(seed)
    saved_ids: list[int] = []
    emit("READY")
    for number in range(saves):
        edit_earlier = bool(saved_ids) and number % 3 == 2
        target = rng.choice(saved_ids) if edit_earlier else None
        editor.load(journal.entries.get(target) if target is not None else None)
        plan = plan_save(seed, number, people, goals)
        editor.title.setText(plan.title)
        editor.text.editor.setPlainText(plan.body)
        editor.tags.setText(", ".join(plan.tags))
        choose_links(editor, list(plan.person_ids), list(plan.goal_ids))
        if number % 5 == 0:
            app.processEvents()  # what the event loop does between clicks: repaints, timers, deleteLater
        body = editor.text.text()
        if body != plan.body:
            emit("FAILED", number, "the editor holds other text than was set")
        emit("TRY", target if target is not None else "new", sha256_text(body))
        saved = editor.save()
        if saved is None:
            emit("FAILED", number, "save() returned None")
            continue
        emit("ACK", saved.id, sha256_text(body))
        if target is None:
            saved_ids.append(saved.id)
    emit("DONE")
    os._exit(0)  # like the kill: no interpreter shutdown (PySide6 can crash tearing down deleted dialogs)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
