"""The app's start: a missing, empty, damaged or foreign journal is never replaced without asking."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from career_journal.domain.records import Entry
from career_journal.files import TEMP_PREFIX
from career_journal.language import Language, use_language
from career_journal.paths import default_journal_path
from career_journal.startup import Choice, Problem, open_at_start
from career_journal.storage.backup import MANUAL, make_backup
from career_journal.storage.journal import Backups, Journal


class Asked:
    """Answers the start-up questions in order and remembers them."""

    def __init__(self, *answers: Choice) -> None:
        self.answers = list(answers)
        self.problems: list[Problem] = []

    def __call__(self, problem: Problem) -> Choice:
        self.problems.append(problem)
        return self.answers.pop(0)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _journal_with_backup(path: Path, text: str = "from the backup") -> Path:
    with Journal.open(path, create=True) as journal:
        journal.entries.add(Entry(body=text, entry_date=date(2026, 1, 1)))
        return make_backup(journal.db, Backups(path).folder, MANUAL)


def test_the_very_first_start_creates_the_default_journal_without_asking(private_home: Path) -> None:
    ask = Asked()
    journal = open_at_start(default_journal_path(), ask)
    assert journal is not None and ask.problems == []
    journal.close()
    assert default_journal_path().exists()


def test_a_missing_journal_is_not_recreated_and_quit_changes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "usb" / "journal.cjdb"
    ask = Asked(Choice.RETRY, Choice.QUIT)
    assert open_at_start(missing, ask) is None
    assert [p.title for p in ask.problems] == ["Your journal is not there"] * 2
    assert ask.problems[0].choices == [Choice.RETRY, Choice.NEW, Choice.QUIT]  # no backup to offer
    assert "Nothing has been created in its place" in ask.problems[0].message
    assert not missing.parent.exists()


def test_a_missing_default_journal_with_backups_offers_the_latest(private_home: Path) -> None:
    path = default_journal_path()
    _journal_with_backup(path)
    path.unlink()
    ask = Asked(Choice.RESTORE)
    journal = open_at_start(path, ask)
    assert journal is not None
    assert Choice.RESTORE in ask.problems[0].choices and "latest good backup is from" in ask.problems[0].message
    assert [e.body for e in journal.entries.list()] == ["from the backup"]
    journal.close()


def test_an_empty_file_is_only_made_a_journal_when_asked(tmp_path: Path) -> None:
    empty = tmp_path / "journal.cjdb"
    empty.write_bytes(b"")
    assert open_at_start(empty, Asked(Choice.QUIT)) is None
    assert empty.read_bytes() == b""
    journal = open_at_start(empty, Asked(Choice.NEW))
    assert journal is not None and journal.is_empty()
    journal.close()


@pytest.mark.parametrize("damage", ["garbage", "foreign", "truncated"])
def test_a_bad_journal_is_untouched_until_a_restore_sets_it_aside(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "journal.cjdb"
    _journal_with_backup(path)
    if damage == "garbage":
        path.write_bytes(b"\x13" * 8192)
    elif damage == "foreign":
        path.unlink()
        sqlite3.connect(path).execute("CREATE TABLE x (y)").connection.commit()
    else:
        path.write_bytes(path.read_bytes()[:5000])
    before = _sha(path)

    assert open_at_start(path, Asked(Choice.QUIT)) is None
    assert _sha(path) == before and not Path(f"{path}-wal").exists()

    ask = Asked(Choice.RESTORE)
    journal = open_at_start(path, ask)
    assert journal is not None and journal.entries.count() == 1
    assert ask.problems[0].choices == [Choice.RESTORE, Choice.QUIT]
    journal.close()
    (aside,) = [p for p in tmp_path.iterdir() if "-replaced-" in p.name or "-damaged-" in p.name]
    assert _sha(aside) == before  # the bad file is kept, as it was


def test_leftover_temp_files_from_a_crash_are_cleared_at_start(tmp_path: Path) -> None:
    path = tmp_path / "journal.cjdb"
    _journal_with_backup(path)
    for folder in (tmp_path, Backups(path).folder):
        (folder / f"{TEMP_PREFIX}abc-export.md").write_text("half an export")
    journal = open_at_start(path, Asked())
    assert journal is not None
    journal.close()
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))
    assert not list(Backups(path).folder.glob(f"{TEMP_PREFIX}*"))


def test_a_damaged_journal_is_explained_in_the_apps_language(tmp_path: Path) -> None:
    path = tmp_path / "journal.cjdb"
    _journal_with_backup(path)
    path.write_bytes(path.read_bytes()[:5000])  # cut short
    ask = Asked(Choice.QUIT)
    use_language(Language.SWEDISH)
    try:
        assert open_at_start(path, ask) is None
        buttons = [choice.label for choice in ask.problems[0].choices]
    finally:
        use_language(Language.ENGLISH)
    (problem,) = ask.problems
    assert problem.title == "Dagboken går inte att öppna"
    assert problem.message.startswith(f"Dagboken {path} är skadad (")  # SQLite's own words stay in the brackets
    assert "). Den lämnades orörd; återställ den från en säkerhetskopia" in problem.message
    assert "Om du återställer en säkerhetskopia sparas den här filen bredvid" in problem.message
    assert "Den senaste hela säkerhetskopian är från " in problem.message
    assert buttons == ["Återställ den senaste säkerhetskopian", "Avsluta"]
    assert Choice.QUIT.label == "Quit"  # the English app, and the command line, keep English
