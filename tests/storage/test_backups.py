"""Backups rotate, are checked and private; a restore swaps a checked copy in and keeps what it replaced."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from journal_files import mode, sha256

from career_journal.domain.errors import JournalError, JournalTooNew, NotAJournal
from career_journal.domain.records import Entry
from career_journal.storage.backup import (
    BEFORE_UPGRADE,
    DAILY,
    MANUAL,
    BackupInfo,
    backups_to_delete,
    daily_backup_due,
    list_backups,
    make_backup,
    open_for_backup,
    restore_backup,
)
from career_journal.storage.journal import Journal, inspect_journal_file

NOW = datetime(2026, 11, 23, 18, 0)


def _info(days_ago: float, reason: str = DAILY) -> BackupInfo:
    made = NOW - timedelta(days=days_ago)
    return BackupInfo(Path(f"/b/{made:%Y%m%d%H%M}-{reason}"), made, reason, 1)


def test_rotation_keeps_seven_days_then_four_weeks_and_every_manual_backup() -> None:
    daily = [_info(d) for d in range(60)] + [_info(0.5), _info(1.2)]  # two extra on days already kept
    manual = [_info(200, MANUAL), _info(3, MANUAL)]
    upgrades = [_info(d, BEFORE_UPGRADE) for d in (1, 40, 80, 120)]
    gone = {b.path for b in backups_to_delete(daily + manual + upgrades)}
    kept = [b for b in daily + manual + upgrades if b.path not in gone]

    kept_daily = sorted((b for b in kept if b.reason == DAILY), key=lambda b: b.made_at, reverse=True)
    assert [b.made_at.date() for b in kept_daily[:7]] == [(NOW - timedelta(days=d)).date() for d in range(7)]
    assert kept_daily[0].made_at == NOW  # the newest of a day is the one kept
    weeks = [b.made_at.date().isocalendar()[:2] for b in kept_daily[7:]]
    assert len(weeks) == 4 and len(set(weeks)) == 4
    assert all(b.made_at < kept_daily[6].made_at for b in kept_daily[7:])
    assert {b.reason for b in kept if b.reason == MANUAL} == {MANUAL} and len(
        [b for b in kept if b.reason == MANUAL]
    ) == 2
    assert sorted(b.made_at for b in kept if b.reason == BEFORE_UPGRADE) == [
        NOW - timedelta(days=d) for d in (80, 40, 1)
    ]


def test_a_backup_is_checked_private_and_listed(journal: Journal, tmp_path: Path) -> None:
    journal.entries.add(Entry(body="kept", entry_date=date(2026, 1, 1)))
    folder = tmp_path / "backups"
    assert daily_backup_due(folder)
    made = make_backup(journal.db, folder, DAILY, now=NOW)
    assert mode(made) == 0o600 and mode(folder) == 0o700
    assert not daily_backup_due(folder, NOW + timedelta(hours=23))
    assert daily_backup_due(folder, NOW + timedelta(hours=25))
    (listed,) = list_backups(folder)
    assert (listed.path, listed.reason, listed.label) == (made, DAILY, "2026-11-23 18:00 (daily)")
    assert inspect_journal_file(made)["entry"] == 1
    assert [p.name for p in folder.iterdir()] == [made.name]  # no temp file left


def test_a_backup_from_its_own_connection_sees_a_consistent_journal(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    journal.entries.add(Entry(body="committed", entry_date=date(2026, 1, 1)))
    with journal.transaction():
        journal.entries.add(Entry(body="not yet committed", entry_date=date(2026, 1, 2)))
        conn = open_for_backup(journal_path)
        try:
            made = make_backup(conn, tmp_path / "b", MANUAL)
        finally:
            conn.close()
    assert inspect_journal_file(made)["entry"] == 1


def test_restore_swaps_in_a_checked_copy_and_keeps_the_journal_it_replaced(journal_path: Path, tmp_path: Path) -> None:
    with Journal.open(journal_path, create=True) as journal:
        journal.entries.add(Entry(body="before the mistake", entry_date=date(2026, 1, 1)))
        backup = make_backup(journal.db, tmp_path / "b", MANUAL)
        journal.entries.add(Entry(body="after the backup", entry_date=date(2026, 1, 2)))
    backup_hash = sha256(backup)

    restored = restore_backup(backup, journal_path, now=NOW)

    with Journal.open(journal_path) as journal:
        assert [e.body for e in journal.entries.list()] == ["before the mistake"]
    assert restored.set_aside == journal_path.with_name("test-replaced-2026-11-23_180000.cjdb")
    with Journal.open(restored.set_aside) as replaced:
        assert replaced.entries.count() == 2  # nothing is lost by restoring
    assert sha256(backup) == backup_hash
    assert mode(journal_path) == 0o600
    assert sorted(p.name for p in journal_path.parent.iterdir() if "cj-tmp" in p.name) == []


def test_restore_into_a_missing_journal_just_puts_the_backup_there(journal: Journal, tmp_path: Path) -> None:
    backup = make_backup(journal.db, tmp_path / "b", MANUAL)
    target = tmp_path / "elsewhere" / "journal.cjdb"
    restored = restore_backup(backup, target)
    assert restored.set_aside is None and inspect_journal_file(target)["entry"] == 0


def test_a_damaged_journal_is_set_aside_as_damaged(journal: Journal, journal_path: Path, tmp_path: Path) -> None:
    backup = make_backup(journal.db, tmp_path / "b", MANUAL)
    journal.close()
    journal_path.write_bytes(b"\x00" * 4096)
    restored = restore_backup(backup, journal_path, now=NOW)
    assert restored.set_aside is not None and "damaged" in restored.set_aside.name
    assert restored.set_aside.read_bytes() == b"\x00" * 4096


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("damage", ["foreign", "truncated", "garbage"])
def test_a_bad_backup_is_refused_and_the_journal_stays_as_it_was(
    journal: Journal, journal_path: Path, tmp_path: Path, damage: str
) -> None:
    journal.entries.add(Entry(body="the live journal", entry_date=date(2026, 1, 1)))
    backup = make_backup(journal.db, tmp_path / "b", MANUAL)
    journal.close()
    if damage == "foreign":
        backup.unlink()
        _foreign(backup)
    elif damage == "truncated":
        backup.write_bytes(backup.read_bytes()[: len(backup.read_bytes()) // 3])
    else:
        backup.write_bytes(b"not a database at all" * 100)
    live = sha256(journal_path)

    with pytest.raises(JournalError):
        inspect_journal_file(backup)
    with pytest.raises(JournalError):
        restore_backup(backup, journal_path)
    assert sha256(journal_path) == live
    assert [p.name for p in journal_path.parent.iterdir()] == [journal_path.name]


def test_a_backup_from_a_newer_version_cannot_be_restored_here(journal: Journal, tmp_path: Path) -> None:
    backup = make_backup(journal.db, tmp_path / "b", MANUAL)
    conn = sqlite3.connect(backup)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('career_journal', 'm999', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(JournalTooNew):
        inspect_journal_file(backup)


def test_an_old_version_backup_can_be_restored_and_is_upgraded_on_open(tmp_path: Path) -> None:
    old = tmp_path / "old.cjdb"
    shutil.copy2(Path(__file__).resolve().parent.parent / "fixtures" / "schema_v1.cjdb", old)
    assert inspect_journal_file(old)["entry"] == 3
    target = tmp_path / "restored.cjdb"
    restore_backup(old, target)
    with Journal.open(target) as journal:
        assert journal.counts()["entry"] == 3 and journal.check() == []


def test_inspecting_never_changes_the_file(tmp_path: Path) -> None:
    foreign = _foreign(tmp_path / "other.db")
    before = sha256(foreign)
    with pytest.raises(NotAJournal):
        inspect_journal_file(foreign)
    assert sha256(foreign) == before
