"""An encrypted journal: SQLCipher underneath, the same journal on top, nothing readable on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from journal_files import sha256, siblings

from career_journal import demo
from career_journal.domain.errors import InvalidInput, JournalCorrupt, PassphraseNeeded, WrongPassphrase
from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Entry
from career_journal.storage import migrations as schema
from career_journal.storage.backup import MANUAL, restore_backup
from career_journal.storage.database import SQLITE_MAGIC, IntegrityCheck, looks_encrypted
from career_journal.storage.journal import Journal, inspect_journal_file, salvage

PASSPHRASE = "correct horse ' battery; -- staple ✓"
SECRET = "zebracanaryword"


def _encrypted(path: Path, passphrase: str = PASSPHRASE) -> Path:
    with Journal.open(path, create=True, passphrase=passphrase) as journal:
        demo.populate(journal, date(2026, 11, 23))
        journal.entries.add(Entry(body=f"My exit plan: {SECRET} by summer.", entry_date=date(2026, 11, 20)))
        journal.checkpoint()
    return path


def _readable(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists())


@pytest.mark.parametrize(
    "passphrase", [PASSPHRASE, "it's", "a;b", "--x'--", "  spaces kept  ", "ünïcödé 日本語 🗝", "x'00'"]
)
def test_any_passphrase_round_trips_and_nothing_is_readable_on_disk(tmp_path: Path, passphrase: str) -> None:
    path = _encrypted(tmp_path / "j.cjdb", passphrase)
    data = _readable(path)
    assert not data.startswith(SQLITE_MAGIC) and SECRET.encode() not in data and b"Dana" not in data
    assert looks_encrypted(path)
    with Journal.open(path, passphrase=passphrase) as journal:
        assert journal.encrypted
        assert [hit.title for hit in journal.search.search(SearchQuery(SECRET))]
        assert journal.check() == []


def test_a_wrong_or_missing_passphrase_changes_nothing_and_never_locks_out(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "j.cjdb")
    before = sha256(path)
    for attempt in range(5):
        with pytest.raises(WrongPassphrase, match="wrong passphrase, or the file is damaged") as raised:
            Journal.open(path, passphrase=f"not it {attempt}")
        assert str(path) in str(raised.value)
    with pytest.raises(PassphraseNeeded, match="encrypted"):
        Journal.open(path)
    with pytest.raises(PassphraseNeeded):
        Journal.open(path, create=True)  # --new never starts over an encrypted journal either
    assert sha256(path) == before and siblings(path) == []
    with Journal.open(path, passphrase=PASSPHRASE) as journal:  # no lockout: the right one still opens it
        assert journal.counts()["entry"] > 0


def test_a_passphrase_given_for_a_plain_journal_is_not_used(journal_path: Path) -> None:
    Journal.open(journal_path, create=True).close()
    with Journal.open(journal_path, passphrase="meant for another journal") as journal:
        assert not journal.encrypted
    assert journal_path.read_bytes().startswith(SQLITE_MAGIC)


def test_a_nul_in_a_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="NUL"):
        Journal.open(tmp_path / "j.cjdb", create=True, passphrase="a\x00b")


def test_the_sqlite_utils_calls_we_use_work_on_an_encrypted_journal(tmp_path: Path) -> None:
    """sqlite-utils catches its own driver's errors; our storage catches SQLCipher's as well."""
    path = _encrypted(tmp_path / "j.cjdb")
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        db = journal.db
        assert "entries" in db.table_names()
        assert [m.name for m in schema.migrations.applied(db)] == schema.known_names()
        assert schema.migrations.pending(db) == []
        with db.atomic():
            db.execute("UPDATE entries SET title = 'in a savepoint' WHERE id = 1")
        assert db.execute("SELECT title FROM entries WHERE id = 1").fetchone()[0] == "in a savepoint"
        # A constraint failure raised by SQLCipher's library reaches the person as a clear message.
        with pytest.raises(InvalidInput):
            journal.entries.add(Entry(body="linked to nobody", entry_date=date(2026, 1, 1), person_ids=[99999]))
        # The save that failed left nothing behind.
        assert journal.search.search(SearchQuery("linked nobody")) == []


def test_the_search_index_forgets_deleted_text_through_sqlcipher(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "j.cjdb")
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        assert journal.db.execute("SELECT v FROM search_config WHERE k = 'secure-delete'").fetchone()[0] == 1
        stemmed = journal.search.search(SearchQuery("plans"))  # porter: "plans" finds "plan"
        assert any(SECRET in hit.snippet for hit in stemmed)
        entry_id = next(hit.record_id for hit in stemmed if SECRET in hit.snippet)
        journal.entries.delete(entry_id)
        assert journal.search.search(SearchQuery(SECRET)) == []
        assert journal.search.problems() == []


def test_backups_of_an_encrypted_journal_are_encrypted_with_its_key(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "j.cjdb")
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        made = journal.backups.make(MANUAL, db=journal.db)
        counts = journal.counts()
    assert [b.path for b in journal.backups.list()] == [made]
    assert SECRET.encode() not in made.read_bytes() and not made.read_bytes().startswith(SQLITE_MAGIC)
    assert inspect_journal_file(made, passphrase=PASSPHRASE) == counts
    with pytest.raises(PassphraseNeeded):
        inspect_journal_file(made)
    with Journal.open(path, passphrase=PASSPHRASE, read_only=True) as journal:
        assert IntegrityCheck(made, journal.connect).run() is None


def test_a_flipped_bit_is_found_by_the_background_check(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "j.cjdb")
    with Journal.open(path, passphrase=PASSPHRASE, check=False) as journal:
        connect = journal.connect
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    assert IntegrityCheck(path, connect).run() is not None
    with pytest.raises(JournalCorrupt):
        Journal.open(path, passphrase=PASSPHRASE)


def test_restoring_an_encrypted_backup_gives_the_journal_it_was(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "j.cjdb")
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        backup = journal.backups.make(MANUAL, db=journal.db)
        journal.entries.add(Entry(body="written after the backup", entry_date=date(2026, 11, 22)))
    restored = restore_backup(backup, path, passphrase=PASSPHRASE)
    assert restored.set_aside is not None and looks_encrypted(restored.set_aside)
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        assert journal.search.search(SearchQuery("written after")) == []
        assert journal.search.search(SearchQuery(SECRET))
    assert SECRET.encode() not in _readable(path)


def test_a_salvage_of_an_encrypted_journal_is_encrypted_too(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "j.cjdb")
    with Journal.open(path, passphrase=PASSPHRASE, check=False) as journal:
        connect = journal.connect
    target = tmp_path / "rescued.cjdb"
    report = salvage(path, target, connect=connect)
    assert sum(report.copied.values()) > 0
    assert looks_encrypted(target) and SECRET.encode() not in target.read_bytes()
    with Journal.open(target, passphrase=PASSPHRASE) as rescued:
        assert rescued.search.search(SearchQuery(SECRET))
