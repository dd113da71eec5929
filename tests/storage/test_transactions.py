"""Saves are all-or-nothing; a busy or full disk gets a clear error and loses nothing saved before."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils.utils import sqlite3

from career_journal.domain.errors import (
    DiskFull,
    InvalidInput,
    JournalBusy,
    JournalCorrupt,
    JournalError,
    ReadOnlyJournal,
)
from career_journal.domain.records import Entry, Goal, Milestone, Person, Skill
from career_journal.storage import database
from career_journal.storage.database import classify
from career_journal.storage.journal import Journal


class Boom(Exception):
    pass


def test_a_failure_inside_a_transaction_keeps_none_of_its_saves(journal: Journal) -> None:
    journal.entries.add(Entry(body="Saved before", entry_date=date(2026, 1, 1)))
    with pytest.raises(Boom), journal.transaction():
        journal.entries.add(Entry(body="one", entry_date=date(2026, 1, 2), tags=["x"]))
        journal.people.add(Person(name="Two", needs="lost"))
        journal.goals.add(Goal(title="Three", milestones=[Milestone("four")]))
        journal.skills.add(Skill(name="Five"))
        raise Boom
    assert journal.counts() == {kind: (1 if kind == "entry" else 0) for kind in journal.counts()}
    assert journal.entries.tags() == []
    assert journal.search.problems() == []
    assert journal.db.conn.in_transaction is False
    journal.entries.add(Entry(body="Works afterwards", entry_date=date(2026, 1, 3)))
    assert journal.entries.count() == 2


def test_a_refused_save_inside_a_transaction_rolls_back_the_whole_group(journal: Journal) -> None:
    journal.skills.add(Skill(name="Taken"))
    with pytest.raises(InvalidInput), journal.transaction():
        journal.entries.add(Entry(body="first", entry_date=date(2026, 1, 2)))
        journal.skills.add(Skill(name="taken"))
    assert journal.entries.count() == 0
    assert journal.skills.count() == 1


def test_a_caught_failure_inside_a_transaction_undoes_only_that_save(journal: Journal) -> None:
    journal.skills.add(Skill(name="Taken"))
    with journal.transaction():
        journal.entries.add(Entry(body="kept", entry_date=date(2026, 1, 2)))
        with pytest.raises(InvalidInput):
            journal.skills.add(Skill(name="TAKEN"))
        journal.entries.add(Entry(body="also kept", entry_date=date(2026, 1, 3)))
    assert journal.entries.count() == 2
    assert journal.skills.count() == 1


def test_a_transaction_commits_when_it_ends(journal: Journal, journal_path: Path) -> None:
    with journal.transaction():
        journal.entries.add(Entry(body="grouped", entry_date=date(2026, 1, 2)))
    other = sqlite3.connect(journal_path)
    try:
        assert other.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    finally:
        other.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)


def test_a_journal_locked_by_another_program_reports_busy(journal_path: Path, short_busy_timeout: None) -> None:
    with Journal.open(journal_path, create=True) as journal:
        journal.entries.add(Entry(body="Before", entry_date=date(2026, 1, 1)))
        other = sqlite3.connect(journal_path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            started = time.monotonic()
            with pytest.raises(JournalBusy) as raised:
                journal.entries.add(Entry(body="Blocked", entry_date=date(2026, 1, 2)))
            assert time.monotonic() - started < 2
            assert "another program" in str(raised.value)
            assert "Nothing was lost" in str(raised.value)
            other.execute("ROLLBACK")
        finally:
            other.close()
        assert [e.body for e in journal.entries.list()] == ["Before"]
        journal.entries.add(Entry(body="After", entry_date=date(2026, 1, 3)))
        assert journal.entries.count() == 2


def test_a_full_disk_reports_disk_full_and_keeps_what_was_saved(journal: Journal) -> None:
    journal.entries.add(Entry(body="Saved before the disk filled", entry_date=date(2026, 1, 1)))
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the file may not grow: SQLITE_FULL
    with pytest.raises(DiskFull) as raised:
        journal.entries.add(Entry(body="x" * 200_000, entry_date=date(2026, 1, 2)))
    assert "disk is full" in str(raised.value)
    assert "Everything saved before is safe" in str(raised.value)
    assert [e.body for e in journal.entries.list()] == ["Saved before the disk filled"]
    journal.db.execute("PRAGMA max_page_count = 1073741823")
    journal.entries.add(Entry(body="x" * 200_000, entry_date=date(2026, 1, 2)))
    assert journal.entries.count() == 2
    assert journal.check() == []


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("database or disk is full", DiskFull),
        ("database is locked", JournalBusy),
        ("database table is locked", JournalBusy),
        ("attempt to write a readonly database", ReadOnlyJournal),
        ("database disk image is malformed", JournalCorrupt),
        ("file is not a database", JournalCorrupt),
        ("unable to open database file", JournalError),
        ("something else entirely", JournalError),
    ],
)
def test_sqlite_errors_become_messages_a_person_can_act_on(message: str, kind: type[JournalError]) -> None:
    error = classify(sqlite3.OperationalError(message), "/home/me/journal.cjdb")
    assert type(error) is kind
    if kind in (JournalError, JournalCorrupt):
        assert message in str(error), "an unexpected error keeps SQLite's words for a bug report"


def test_classify_without_a_path_reads_naturally() -> None:
    assert str(classify(sqlite3.OperationalError("attempt to write a readonly database"))).startswith(
        "The journal is read-only here"
    )
    assert "The journal is damaged" in str(classify(sqlite3.DatabaseError("database disk image is malformed")))
    assert "/x/j.cjdb" in str(classify(sqlite3.OperationalError("database disk image is malformed"), "/x/j.cjdb"))
