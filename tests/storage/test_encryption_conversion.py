"""Encrypting, decrypting and re-keying a journal with its backups: a checked copy swapped in, old copies kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from journal_files import sha256

from career_journal import demo
from career_journal.domain.errors import JournalError, WrongPassphrase
from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Entry
from career_journal.storage.backup import MANUAL
from career_journal.storage.cipher import convert_journal, wipe
from career_journal.storage.database import SQLITE_MAGIC, looks_encrypted
from career_journal.storage.journal import Backups, Journal

SECRET = "quietexitplanword"


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "j.cjdb"
    with Journal.open(path, create=True) as journal:
        demo.populate(journal, date(2026, 11, 23))
        journal.entries.add(Entry(body=f"Leaving: {SECRET}.", entry_date=date(2026, 11, 21)))
        journal.backups.make(MANUAL, db=journal.db)
        journal.entries.add(Entry(body="not in the backup yet", entry_date=date(2026, 11, 22)))
    return path


def _search(path: Path, passphrase: str | None, words: str) -> int:
    with Journal.open(path, passphrase=passphrase) as journal:
        assert journal.check() == []
        return len(journal.search.search(SearchQuery(words)))


def test_encrypting_converts_the_journal_and_its_backups_and_keeps_the_plain_copies_until_wiped(
    plain: Path, tmp_path: Path
) -> None:
    with Journal.open(plain) as journal:
        counts = journal.counts()
    converted = convert_journal(plain, old_passphrase=None, new_passphrase="new secret words")
    assert looks_encrypted(plain) and SECRET.encode() not in plain.read_bytes()
    assert not Path(f"{plain}-wal").exists() or Path(f"{plain}-wal").stat().st_size == 0
    with Journal.open(plain, passphrase="new secret words") as journal:
        assert journal.counts() == counts
    assert _search(plain, "new secret words", SECRET) == 1
    backups = Backups(plain).list()
    assert converted.backups_converted == 1 and all(looks_encrypted(b.path) for b in backups)
    # The plain copies wait beside, until the person says they may go.
    assert any(p.name.startswith("j-before-encrypt-") for p in converted.leftovers)
    assert any(SECRET.encode() in p.read_bytes() for p in converted.leftovers if p.is_file())
    kept = [p for p in converted.leftovers if p.is_file()]
    wipe(converted.leftovers)
    assert converted.leftovers == [] and not any(p.exists() for p in kept)


def test_decrypting_and_a_new_passphrase_round_trip(plain: Path, tmp_path: Path) -> None:
    wipe(convert_journal(plain, old_passphrase=None, new_passphrase="first one!").leftovers)
    wipe(convert_journal(plain, old_passphrase="first one!", new_passphrase="second one").leftovers)
    with pytest.raises(WrongPassphrase):
        Journal.open(plain, passphrase="first one!")
    assert _search(plain, "second one", SECRET) == 1
    backup = Backups(plain).list()[0].path
    with Journal.open(backup, passphrase="second one", read_only=True) as journal:
        assert journal.search.search(SearchQuery(SECRET))
    wipe(convert_journal(plain, old_passphrase="second one", new_passphrase=None).leftovers)
    assert plain.read_bytes().startswith(SQLITE_MAGIC) and backup.read_bytes().startswith(SQLITE_MAGIC)
    assert _search(plain, None, SECRET) == 1


def test_a_wrong_passphrase_or_a_second_encryption_changes_nothing(plain: Path, tmp_path: Path) -> None:
    convert_journal(plain, old_passphrase=None, new_passphrase="right words")
    before = sha256(plain)
    folder_before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(WrongPassphrase):
        convert_journal(plain, old_passphrase="wrong words", new_passphrase=None)
    with pytest.raises(JournalError, match="already encrypted"):
        convert_journal(plain, old_passphrase=None, new_passphrase="again words")
    assert sha256(plain) == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == folder_before


def test_a_damaged_journal_is_not_converted(plain: Path, tmp_path: Path) -> None:
    data = bytearray(plain.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = bytes(4096)
    plain.write_bytes(bytes(data))
    before = sha256(plain)
    with pytest.raises(JournalError):
        convert_journal(plain, old_passphrase=None, new_passphrase="new secret words")
    assert sha256(plain) == before and not looks_encrypted(plain)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".cj-tmp-")]
