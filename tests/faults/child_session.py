"""Child: a short session with canaries in it (edit, search, delete, export), then wait to be killed.

    python child_session.py JOURNAL EXPORT CANARIES_JSON

Lines: ``DRAFTED`` once typing has left a draft, ``SEARCHED <hits>``,
``SESSION-DONE`` when everything is done; then it idles like the app until SIGKILL.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from child_common import TODAY, emit, open_editor
from PySide6.QtTest import QTest

from career_journal.domain.enums import TeamRole
from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Adviser, Goal, Person
from career_journal.exchange.markdown import MarkdownOptions, write_markdown

PAUSE_MS = 700  # longer than the editor's draft pause, so a draft is written


def main(journal_path: Path, export_path: Path, canaries: dict[str, str]) -> None:
    settings = Path.home() / ".config" / "CareerJournal" / "settings.ini"
    app, journal, _session, editor = open_editor(journal_path, settings)
    journal.goals.add(Goal(title="Quiet plan for next year", why=f"Because {canaries['goal']} matters."))
    person = journal.people.add(
        Person(
            name="Confidential contact",
            email=f"{canaries['contact email']}@example.org",
            phone=canaries["contact phone"],
            needs="Wants a release train they can trust",
        )
    )
    journal.people.add_adviser(
        Adviser(person_id=person.id or 0, role=TeamRole.COACH, notes=f"Private: {canaries['adviser note']}")
    )

    editor.load(None)
    editor.title.setText("Only for me")
    editor.private.setChecked(True)
    QTest.keyClicks(editor.text.editor, f"Thoughts I keep to myself: {canaries['private entry']}")
    editor.save()

    editor.load(None)
    QTest.keyClicks(editor.text.editor, f"A note about {canaries['deleted entry']} that I will regret")
    QTest.qWait(PAUSE_MS)
    if journal.drafts.get(editor.key) is not None:
        emit("DRAFTED")
    saved = editor.save()
    QTest.keyClicks(editor.text.editor, " and more words")
    QTest.qWait(PAUSE_MS)
    saved = editor.save() or saved

    hits = journal.search.search(SearchQuery(canaries["search query"]))
    emit("SEARCHED", len(hits), len(journal.search.search(SearchQuery(canaries["goal"]))))
    if saved is not None:
        journal.entries.delete(saved.id or 0)
    editor.load(None)
    write_markdown(journal, MarkdownOptions(coach=True), export_path, today=TODAY)
    app.processEvents()
    emit("SESSION-DONE")
    while True:  # the app stays open until the crash
        QTest.qWait(1000)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), json.loads(Path(sys.argv[3]).read_text()))
