"""While the window is open: backups on a worker, and damage found by the full check stops every write."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from career_journal.domain.errors import JournalError
from career_journal.domain.records import Entry
from career_journal.storage.journal import Journal
from career_journal.ui.backups import BackgroundBackups
from career_journal.ui.session import Session


def test_a_backup_is_made_on_a_worker_and_announced(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.journal.entries.add(Entry(body="kept", entry_date=date(2026, 1, 1)))
    keeper = BackgroundBackups(session)
    with qtbot.waitSignal(keeper.backed_up, timeout=10_000) as made:
        keeper.back_up_now()
    (backup,) = session.journal.backups.list()
    assert made.args == [backup.path] and backup.reason == "manual"
    keeper.back_up_if_due()  # one was made less than a day ago: nothing more
    assert len(session.journal.backups.list()) == 1


def test_damage_found_after_opening_stops_every_write(qtbot, tmp_path: Path, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "damaged.cjdb"
    with Journal.open(path, create=True) as journal, journal.transaction():
        for number in range(300):
            journal.entries.add(Entry(body="page filler " * 60, entry_date=date(2025, 1, 1) + timedelta(days=number)))
    size = path.stat().st_size
    with open(path, "r+b") as handle:  # a page in the middle of the entries' table
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\xde\xad" * 2048)
    journal = Journal.open(path, check=False)  # how the app opens: the header and schema are fine
    session = Session(journal, settings)
    keeper = BackgroundBackups(session)
    try:
        with qtbot.waitSignal(keeper.damage_found, timeout=20_000) as found:
            keeper.check_integrity()
        assert found.args[0]
        assert session.read_only
        with pytest.raises(JournalError, match="read-only"):
            journal.entries.add(Entry(body="written over the damage?", entry_date=date(2026, 1, 1)))
    finally:
        journal.close()


def test_a_busy_journal_keeps_the_text_in_the_editor_and_saves_later(qtbot, session: Session, dialogs) -> None:  # type: ignore[no-untyped-def]
    from sqlite_utils.utils import sqlite3

    from career_journal.ui.pages.journal.editor import EntryEditor

    session.journal.db.execute("PRAGMA busy_timeout = 200")  # the app waits 5 s; a test need not
    editor = EntryEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.text.editor, "Written while another program held the journal")
    other = sqlite3.connect(session.journal.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        assert editor.save() is None
        assert "busy" in dialogs.texts("warning")[-1] and "Nothing was lost" in dialogs.texts("warning")[-1]
        assert editor.text.text() == "Written while another program held the journal" and editor.dirty
    finally:
        other.execute("ROLLBACK")
        other.close()
    saved = editor.save()
    assert saved is not None and session.journal.entries.get(saved.id).body.startswith("Written while")
