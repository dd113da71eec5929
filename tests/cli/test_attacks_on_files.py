"""Attacks that broke through once (issue 7): exports over the journal, restores that collide or go
around the app's lock, folders others can read, backups far from their journal, and a failed backup
that looked like a failed save."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from career_journal.domain.errors import JournalError
from career_journal.domain.records import Entry
from career_journal.paths import data_dir, default_journal_path, lock_path
from career_journal.storage.backup import restore_backup
from career_journal.storage.journal import Backups, Journal


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def kept(run, db_path: Path) -> Path:
    """A journal with an entry, closed and checkpointed, whose bytes a refused export must not change."""
    run("add", "the only copy of this thought")
    return db_path


def _spellings(db_path: Path, tmp_path: Path) -> dict[str, Path]:
    symlink = tmp_path / "link.cjdb"
    symlink.symlink_to(db_path)
    hardlink = tmp_path / "hard.cjdb"
    os.link(db_path, hardlink)
    return {
        "the journal": db_path,
        "dir/../dir": db_path.parent / ".." / db_path.parent.name / db_path.name,
        "a symbolic link": symlink,
        "a hard link": hardlink,
        "its -wal": Path(f"{db_path}-wal"),
        "its -shm": Path(f"{db_path}-shm"),
        "its backups folder": Backups(db_path).folder / "new-file.md",
    }


@pytest.mark.parametrize("command", [["export", "markdown"], ["export", "json"], ["backup"]])
def test_no_export_or_copy_is_ever_written_over_the_journal(run, kept: Path, tmp_path: Path, command) -> None:
    before = _digest(kept)
    for label, target in _spellings(kept, tmp_path).items():
        result = run(*command, "-o", str(target))
        assert result.exit_code == 1, f"{label}: {result.output}"
        assert "Nothing was written" in result.stderr, label
        assert result.stderr.count("\n") == 1, f"{label}: one line, not a traceback: {result.stderr}"
    assert _digest(kept) == before
    with Journal.open(kept) as journal:
        assert [e.body for e in journal.entries.list()] == ["the only copy of this thought"]


@pytest.mark.parametrize("command", [["export", "markdown"], ["export", "json"], ["backup"]])
def test_other_databases_devices_pipes_folders_and_empty_names_are_refused(
    run, kept: Path, tmp_path: Path, command
) -> None:
    other = tmp_path / "other.cjdb"
    run("add", "another journal", db=other)
    backup = Path(run("backup").stdout.split("Backed up to ", 1)[1].strip())
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    protected = {other: _digest(other), backup: _digest(backup)}
    for target, reason in [
        (other, "is an SQLite database"),
        (backup, "is part of your journal"),
        (Path("/dev/null"), "not an ordinary file"),
        (pipe, "not an ordinary file"),
        (folder, "is a folder"),
        ("", "name given was empty"),
    ]:
        result = run(*command, "-o", str(target))
        assert result.exit_code == 1 and reason in result.stderr, (target, result.output)
    assert {path: _digest(path) for path in protected} == protected


def test_two_restores_in_the_same_second_keep_both_journals_they_replaced(journal_path: Path, tmp_path: Path) -> None:
    with Journal.open(journal_path, create=True) as journal:
        backup = journal.backups.make()
        journal.entries.add(Entry(body="only in the first", entry_date=datetime(2026, 1, 1).date()))
    same_second = datetime(2026, 12, 2, 12, 0, 0)
    first = restore_backup(backup, journal_path, now=same_second)
    with Journal.open(journal_path) as journal:
        journal.entries.add(Entry(body="only in the second", entry_date=datetime(2026, 1, 2).date()))
    second = restore_backup(backup, journal_path, now=same_second)
    assert first.set_aside != second.set_aside
    bodies = []
    for aside in (first.set_aside, second.set_aside):
        with Journal.open(aside) as journal:  # type: ignore[arg-type]
            bodies += [e.body for e in journal.entries.list()]
    assert sorted(bodies) == ["only in the first", "only in the second"]


@pytest.mark.parametrize("spelling", ["dir/../dir", "a symbolic link"])
def test_restore_sees_the_app_through_any_spelling_of_the_path(run, kept: Path, tmp_path: Path, spelling) -> None:
    run("backup")
    lock = lock_path(kept)  # what the app holds while it has the journal open
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(f"{os.getpid()}\ncareer-journal\nhost\n")
    other = _spellings(kept, tmp_path)[spelling]
    before = _digest(kept)
    result = run("restore", "latest", "--yes", db=other, new=False)
    assert result.exit_code == 1 and "open (process" in result.stderr, result.output
    assert _digest(kept) == before


def test_a_journal_replaced_under_an_open_connection_takes_no_more_saves(journal_path: Path) -> None:
    with Journal.open(journal_path, create=True) as journal:
        backup = journal.backups.make()
        restore_backup(backup, journal_path)  # another program swaps the file while this one has it open
        with pytest.raises(JournalError, match="replaced or moved while it was open"):
            journal.entries.add(Entry(body="would land in the file set aside", entry_date=datetime(2026, 1, 1).date()))
    aside = next(journal_path.parent.glob("test-replaced-*.cjdb"))
    with Journal.open(aside) as journal:
        assert journal.entries.count() == 0


def _modes(root: Path, leaf: Path) -> dict[str, str]:
    modes = {}
    current = leaf
    while current != root:
        modes[str(current.relative_to(root))] = oct(stat.S_IMODE(current.stat().st_mode))
        current = current.parent
    return modes


def test_every_folder_the_app_creates_is_private_whatever_the_umask(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("CAREER_JOURNAL_HOME", str(home / ".local" / "share" / "CareerJournal"))
    old = os.umask(0)
    try:
        deep = tmp_path / "deep" / "er" / "j.cjdb"
        assert run("add", "note", db=deep).exit_code == 0
        assert run("backup", db=deep).exit_code == 0
        from click.testing import CliRunner

        from career_journal.cli import cli

        assert CliRunner().invoke(cli, ["add", "into the default journal"]).exit_code == 0
    finally:
        os.umask(old)
    assert set(_modes(tmp_path, deep.parent).values()) == {"0o700"}
    assert set(_modes(tmp_path, Backups(deep).folder).values()) == {"0o700"}
    assert set(_modes(tmp_path, data_dir() / "backups").values()) == {"0o700"}


def test_a_backups_folder_another_user_owns_is_refused_and_an_open_one_is_closed(run, kept: Path) -> None:
    folder = Backups(kept).folder
    folder.mkdir(exist_ok=True)
    os.chmod(folder, 0o755)
    assert run("backup").exit_code == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    if os.getuid() != 0:
        pytest.skip("giving the folder to another user needs root")  # CI runs as root, so this runs there
    os.chown(folder, 65534, 65534)
    result = run("backup")
    assert result.exit_code == 1 and "belongs to another user" in result.stderr


def test_a_journal_keeps_its_backups_beside_it_and_the_default_journal_is_not_disturbed(run, tmp_path: Path) -> None:
    elsewhere = tmp_path / "usb" / "secret-job-search.cjdb"
    run("add", "note", db=elsewhere)
    run("backup", db=elsewhere)
    beside = elsewhere.with_name("secret-job-search.cjdb.backups")
    assert len(list(beside.glob("journal-*.cjdb"))) == 2
    assert not (data_dir() / "backups").exists(), "no copy of it in the home data folder"

    from click.testing import CliRunner

    from career_journal.cli import cli

    runner = CliRunner()
    first = runner.invoke(cli, ["add", "my first default note"])
    assert first.exit_code == 0, first.output
    assert default_journal_path().exists()
    listed = runner.invoke(cli, ["backups"])
    assert "No backups yet" not in listed.output or "journal.cjdb" in listed.output
    assert str(beside) not in listed.output


def test_a_backup_that_cannot_be_made_is_a_warning_and_the_save_still_counts(run, db_path: Path) -> None:
    Backups(db_path).folder.write_text("not a folder")  # the backups folder cannot be made
    result = run("add", "saved once")
    assert result.exit_code == 0, result.output
    assert "Warning: your change is saved, but today's automatic backup failed" in result.stderr
    assert "Traceback" not in result.output
    with Journal.open(db_path) as journal:
        assert [e.body for e in journal.entries.list()] == ["saved once"]


def test_the_demo_keeps_its_backups_in_its_own_temporary_folder(tmp_path: Path) -> None:
    from career_journal import demo

    scratch = tmp_path / "career-journal-demo"
    scratch.mkdir()
    with Journal.open(scratch / "demo.cjdb", create=True) as journal:
        demo.populate(journal, datetime(2026, 11, 23).date())
        made = journal.backups.make_if_due(db=journal.db)
    assert made is not None and scratch in made.parents
    assert not (data_dir() / "backups").exists()
