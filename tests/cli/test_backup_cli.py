"""Backups from the terminal: automatic ones, a list, and a restore that keeps what it replaced."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from career_journal.domain.errors import JournalError
from career_journal.storage.backup import list_backups
from career_journal.storage.journal import Backups, Journal, inspect_journal_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_first_change_of_the_day_makes_a_daily_backup_once(run, db_path: Path) -> None:
    run("add", "first note")
    run("add", "second note")
    found = list_backups(Backups(db_path).folder)
    assert [b.reason for b in found] == ["daily"]
    listed = json.loads(run("backups", "--json").stdout)
    assert [(b["reason"], b["file"]) for b in listed] == [("daily", str(found[0].path))]
    assert "(daily)" in run("backups").stdout


def test_a_manual_backup_and_a_restore_of_the_latest(run, db_path: Path) -> None:
    run("add", "kept in the backup")
    made = run("backup")
    assert made.exit_code == 0 and "Backed up to" in made.stdout
    run("add", "written after the backup")

    restored = run("restore", "latest", "--yes")

    assert restored.exit_code == 0, restored.output
    assert "Restored journal-" in restored.stdout and "(1 entry)" in restored.stdout
    assert "The journal it replaced is kept at" in restored.stdout
    with Journal.open(db_path) as journal:
        assert [e.body for e in journal.entries.list()] == ["kept in the backup"]
    replaced = next(db_path.parent.glob("work-replaced-*.cjdb"))
    with Journal.open(replaced) as journal:
        assert journal.entries.count() == 2


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(run, db_path: Path, tmp_path: Path) -> None:
    run("add", "precious")
    before = db_path.read_bytes()
    junk = tmp_path / "junk.cjdb"
    junk.write_text("hello")
    result = run("restore", str(junk), "--yes")
    assert result.exit_code == 1 and "is not a Career Journal file" in result.stderr
    assert db_path.read_bytes() == before
    assert run("restore", str(tmp_path / "missing.cjdb"), "--yes").exit_code == 1


def test_opening_an_old_journal_backs_it_up_before_the_upgrade(run, tmp_path: Path) -> None:
    old = tmp_path / "old.cjdb"
    shutil.copy2(FIXTURES / "schema_v1.cjdb", old)
    result = run("entries", db=old, new=False)
    assert result.exit_code == 0
    (backup,) = list_backups(Backups(old).folder)
    assert backup.reason == "before-upgrade"
    assert inspect_journal_file(backup.path)["entry"] == 3
    with pytest.raises(JournalError, match="needs an upgrade"):  # the copy is the journal as it was
        Journal.open(backup.path, read_only=True)


def test_restore_refuses_while_the_app_has_the_journal_open(run, db_path: Path) -> None:
    from career_journal.paths import lock_path

    run("add", "note")
    run("backup")
    lock = lock_path(db_path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(f"{os.getpid()}\ncareer-journal\nhost\n")  # what Qt's QLockFile writes
    result = run("restore", "latest", "--yes")
    assert result.exit_code == 1 and "has" in result.stderr and "open (process" in result.stderr
    lock.unlink()
    assert run("restore", "latest", "--yes").exit_code == 0
