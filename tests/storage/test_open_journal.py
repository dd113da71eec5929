"""Opening the journal file: privacy, settings, and every way a bad file is refused untouched."""

from __future__ import annotations

import os
import sqlite3 as stdlib_sqlite3
import struct
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from journal_files import ENTRY_COUNT, marker, mode, page_size, sha256, siblings
from sqlite_utils.utils import sqlite3

from career_journal.domain.errors import (
    JournalCorrupt,
    JournalError,
    JournalNotFound,
    JournalTooNew,
    NotAJournal,
    ReadOnlyJournal,
)
from career_journal.domain.records import Entry
from career_journal.storage import database
from career_journal.storage.database import APPLICATION_ID
from career_journal.storage.journal import Journal
from career_journal.storage.migrations import migrations


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask: any privacy must come from the app, not the environment."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_journal_is_readable_by_its_owner_only(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "fresh" / "journal.cjdb"
    with Journal.open(path, create=True) as journal:
        journal.entries.add(Entry(body="First words", entry_date=date(2026, 1, 5)))
        assert siblings(path) == ["-wal", "-shm"]
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
        assert mode(Path(f"{path}-shm")) == 0o600


def test_opening_tightens_a_journal_others_could_read(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "journal.cjdb"
    Journal.open(path, create=True).close()
    os.chmod(path, 0o644)
    with Journal.open(path):
        assert mode(path) == 0o600


def test_the_apps_own_data_folder_is_tightened(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    with Journal.open(folder / "journal.cjdb", create=True, private_dir=True):
        assert mode(folder) == 0o700


def test_a_folder_the_user_chose_is_left_as_it_is(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    os.chmod(folder, 0o755)
    with Journal.open(folder / "journal.cjdb", create=True):
        assert mode(folder) == 0o755
        assert mode(folder / "journal.cjdb") == 0o600


def test_a_new_journal_has_the_durable_settings(journal: Journal, journal_path: Path) -> None:
    info = journal.sqlite_info()
    assert info["journal_mode"] == "wal"
    assert info["synchronous"] == 2  # FULL
    assert info["foreign_keys"] == 1
    assert info["secure_delete"] == 1
    assert info["application_id"] == APPLICATION_ID
    # The id is in the main file's header at once, not only in the write-ahead log.
    (on_disk,) = struct.unpack(">I", journal_path.read_bytes()[68:72])
    assert on_disk == APPLICATION_ID


def test_settings_hold_after_reopening(journal_path: Path) -> None:
    Journal.open(journal_path, create=True).close()
    with Journal.open(journal_path) as journal:
        info = journal.sqlite_info()
        assert (info["journal_mode"], info["synchronous"], info["foreign_keys"], info["secure_delete"]) == (
            "wal",
            2,
            1,
            1,
        )
        assert journal.read_only is False


def test_what_was_saved_is_there_after_reopening(journal_path: Path) -> None:
    with Journal.open(journal_path, create=True) as journal:
        saved = journal.entries.add(Entry(body="Kept", entry_date=date(2026, 2, 1), tags=["keep"]))
    with Journal.open(journal_path) as journal:
        assert journal.entries.get(saved.id or 0).body == "Kept"
        assert journal.check() == []


def test_a_missing_journal_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "unmounted-drive" / "journal.cjdb"
    with pytest.raises(JournalNotFound) as raised:
        Journal.open(path)
    assert str(path) in str(raised.value)
    assert "--new" in str(raised.value)
    assert not path.exists()
    assert not path.parent.exists()


def test_a_missing_journal_in_an_existing_folder_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "typo.cjdb"
    with pytest.raises(JournalNotFound):
        Journal.open(path)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_is_refused_without_create_and_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.cjdb"
    path.touch()
    with pytest.raises(NotAJournal) as raised:
        Journal.open(path)
    assert "empty" in str(raised.value)
    assert path.stat().st_size == 0
    assert siblings(path) == []


def test_an_empty_file_becomes_a_journal_when_the_user_asks(tmp_path: Path) -> None:
    path = tmp_path / "empty.cjdb"
    path.touch()
    with Journal.open(path, create=True) as journal:
        assert journal.sqlite_info()["application_id"] == APPLICATION_ID
        assert journal.is_empty()


def test_create_on_an_existing_journal_keeps_its_data(journal_path: Path) -> None:
    with Journal.open(journal_path, create=True) as journal:
        journal.entries.add(Entry(body="Precious", entry_date=date(2026, 1, 1)))
    with Journal.open(journal_path, create=True) as journal:
        assert [e.body for e in journal.entries.list()] == ["Precious"]


def test_a_folder_is_not_a_journal(tmp_path: Path) -> None:
    folder = tmp_path / "looks-like.cjdb"
    folder.mkdir()
    with pytest.raises(NotAJournal, match="folder"):
        Journal.open(folder)


# -- files that are not journals, or damaged ones ------------------------------------------------


def _text_file(path: Path, _journal: Path) -> None:
    path.write_text("Dear diary,\nthis is not a database.\n" * 20)


def _foreign_sqlite(path: Path, _journal: Path) -> None:
    conn = stdlib_sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('Soup')")
    conn.commit()
    conn.close()


def _foreign_sqlite_with_our_tables(path: Path, _journal: Path) -> None:
    conn = stdlib_sqlite3.connect(path)
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()


def _garbage_header(path: Path, journal: Path) -> None:
    data = bytearray(journal.read_bytes())
    data[0:100] = bytes((n * 73 + 5) % 256 for n in range(100))
    path.write_bytes(bytes(data))


def _cut_in_half(path: Path, journal: Path) -> None:
    data = journal.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _cut_inside_the_header(path: Path, journal: Path) -> None:
    path.write_bytes(journal.read_bytes()[:60])


def _damaged_page(path: Path, journal: Path) -> None:
    """Overwrite the whole page that holds an entry from the middle of the journal."""
    data = bytearray(journal.read_bytes())
    size = page_size(journal)
    offset = data.find(marker(ENTRY_COUNT // 2).encode())
    assert offset > 0
    page = offset // size
    assert 1 < page < len(data) // size - 1, "the damaged page should be in the middle"
    data[page * size : (page + 1) * size] = bytes((n * 37 + 11) % 256 for n in range(size))
    path.write_bytes(bytes(data))


def _in_rollback_mode(path: Path, journal: Path) -> None:
    """A copy of the journal switched out of WAL (as another SQLite tool or a restored copy may leave it)."""
    path.write_bytes(journal.read_bytes())
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()


def _damaged_page_in_rollback_mode(path: Path, journal: Path) -> None:
    source = path.with_name("rollback-source.cjdb")
    _in_rollback_mode(source, journal)
    _damaged_page(path, source)
    source.unlink()
    assert path.read_bytes()[18:20] == b"\x01\x01"


BAD_FILES: list[tuple[str, Callable[[Path, Path], None], type[JournalError], str]] = [
    ("text file", _text_file, NotAJournal, "not an SQLite database"),
    ("foreign SQLite database", _foreign_sqlite, NotAJournal, "another program"),
    ("foreign database with a journal's table names", _foreign_sqlite_with_our_tables, NotAJournal, "another"),
    ("garbage header", _garbage_header, NotAJournal, "first page is damaged"),
    ("truncated journal", _cut_in_half, JournalCorrupt, "damaged"),
    ("journal cut inside its header", _cut_inside_the_header, JournalCorrupt, "cut short"),
    ("journal with a damaged page", _damaged_page, JournalCorrupt, "damaged"),
    ("rollback-mode journal with a damaged page", _damaged_page_in_rollback_mode, JournalCorrupt, "damaged"),
]


@pytest.mark.parametrize(("make", "error", "words"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_is_refused_and_left_untouched(
    tmp_path: Path,
    big_journal_file: Path,
    make: Callable[[Path, Path], None],
    error: type[JournalError],
    words: str,
) -> None:
    path = tmp_path / "bad.cjdb"
    make(path, big_journal_file)
    before = sha256(path)
    with pytest.raises(error) as raised:
        Journal.open(path)
    message = str(raised.value)
    assert words in message
    assert str(path) in message
    assert "untouched" in message
    # Refused before any write: same bytes, and no side files appear even while the error is held.
    assert sha256(path) == before
    assert siblings(path) == []
    with pytest.raises(error):
        Journal.open(path, create=True)  # --new never initialises over an existing file either
    assert sha256(path) == before
    assert siblings(path) == []


def test_the_big_journal_itself_opens_cleanly(big_copy: Path) -> None:
    """The control for the damage tests: the undamaged copy opens and is whole."""
    with Journal.open(big_copy) as journal:
        assert journal.entries.count() == ENTRY_COUNT
        assert journal.check() == []


def test_a_journal_from_a_newer_version_is_refused_and_unchanged(big_copy: Path) -> None:
    conn = sqlite3.connect(big_copy)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [migrations.name, "m999_from_the_future", "2030-01-01 00:00:00"],
    )
    conn.commit()
    conn.close()
    assert siblings(big_copy) == []
    before = sha256(big_copy)
    with pytest.raises(JournalTooNew) as raised:
        Journal.open(big_copy)
    assert "m999_from_the_future" in str(raised.value)
    assert "newer version" in str(raised.value)
    assert sha256(big_copy) == before
    assert siblings(big_copy) == []


def test_a_journal_from_a_newer_version_in_rollback_mode_is_unchanged(big_journal_file: Path, tmp_path: Path) -> None:
    """Refusing must come before the switch to WAL, which would rewrite the header."""
    path = tmp_path / "newer.cjdb"
    _in_rollback_mode(path, big_journal_file)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [migrations.name, "m999_from_the_future", "2030-01-01 00:00:00"],
    )
    conn.commit()
    conn.close()
    before = sha256(path)
    with pytest.raises(JournalTooNew):
        Journal.open(path)
    assert sha256(path) == before
    assert siblings(path) == []


def test_a_healthy_journal_in_rollback_mode_opens_and_returns_to_wal(big_journal_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "rollback.cjdb"
    _in_rollback_mode(path, big_journal_file)
    with Journal.open(path) as journal:
        assert journal.sqlite_info()["journal_mode"] == "wal"
        assert journal.entries.count() == ENTRY_COUNT
        journal.entries.add(Entry(body="Saved in WAL mode", entry_date=date(2026, 1, 1)))
    assert path.read_bytes()[18:20] == b"\x02\x02"


def test_open_read_only_reads_and_refuses_writes(big_copy: Path) -> None:
    before = sha256(big_copy)
    with Journal.open(big_copy, read_only=True) as journal:
        assert journal.read_only is True
        assert journal.entries.count() == ENTRY_COUNT
        with pytest.raises(ReadOnlyJournal) as raised:
            journal.entries.add(Entry(body="Should not land", entry_date=date(2026, 1, 1)))
        assert "read-only" in str(raised.value)
        assert " at the journal" not in str(raised.value)
    assert sha256(big_copy) == before


def test_a_journal_that_cannot_be_written_opens_read_only(big_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder check says 'not writable' (as for another user's folder): the journal opens read-only."""
    monkeypatch.setattr(database.os, "access", lambda *_args, **_kwargs: False)
    with Journal.open(big_copy) as journal:
        assert journal.read_only is True
        assert journal.entries.count() == ENTRY_COUNT
        with pytest.raises(ReadOnlyJournal):
            journal.entries.add(Entry(body="Should not land", entry_date=date(2026, 1, 1)))


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: the kernel ignores folder permissions, so a chmod 0555 folder is still writable",
)
def test_a_journal_in_a_read_only_folder_opens_read_only(big_copy: Path) -> None:
    folder = big_copy.parent
    before = sha256(big_copy)
    os.chmod(folder, 0o555)
    try:
        with Journal.open(big_copy) as journal:
            assert journal.read_only is True
            assert journal.entries.count() == ENTRY_COUNT
            with pytest.raises(ReadOnlyJournal):
                journal.entries.add(Entry(body="Should not land", entry_date=date(2026, 1, 1)))
    finally:
        os.chmod(folder, 0o700)
    assert sha256(big_copy) == before


def test_an_sqlite_too_old_for_the_search_index_is_refused_before_any_write(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Journal.open(journal_path, create=True).close()
    before = journal_path.read_bytes()
    monkeypatch.setattr(database, "MIN_SQLITE_VERSION", (99, 0, 0))
    with pytest.raises(JournalError, match=r"needs SQLite 99\.0\.0 or newer .* this Python has SQLite 3\."):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == before
    fresh = journal_path.with_name("fresh.cjdb")
    with pytest.raises(JournalError, match="needs SQLite 99"):
        Journal.open(fresh, create=True)
    assert not fresh.exists()
