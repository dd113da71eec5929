"""A command that writes checks every page of the journal first, unless a recent check vouches for the file as it is.

The check reads the whole file (seconds on a decade of notes), so it is skipped
only when the journal is exactly as the last checked command left it and that
check is less than a day old. These tests damage one page of entries that an
``add`` never touches, to see whether the check ran.
"""

from __future__ import annotations

import os
import re
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from career_journal.domain.records import Entry
from career_journal.storage import file_notes
from career_journal.storage.journal import Journal

ENTRIES = 400


@pytest.fixture
def checked(run, db_path: Path) -> Path:
    """A journal of many pages, last written by an ``add`` that checked it."""
    with Journal.open(db_path, create=True) as journal, journal.transaction():
        for number in range(ENTRIES):
            body = f"entry {number} " + "filler words here " * 40
            journal.entries.add(Entry(body=body, entry_date=date(2024, 1, 1) + timedelta(days=number)))
    assert run("add", "the first write checks every page", new=False).exit_code == 0
    return db_path


def _damage_a_middle_page(path: Path, *, keep_time: bool) -> None:
    info = path.stat()
    raw = path.read_bytes()
    words = f"entry {ENTRIES // 2} ".encode()
    page = next(
        start
        for start in (match.start() // 4096 * 4096 for match in re.finditer(re.escape(words), raw))
        if raw[start] == 13  # a table leaf page of entries
    )
    with open(path, "r+b") as handle:
        handle.seek(page)
        handle.write(b"\xde\xad" * 2048)
    if keep_time:
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def test_a_file_changed_since_the_last_check_is_checked_before_a_write(run, checked: Path) -> None:
    _damage_a_middle_page(checked, keep_time=False)
    before = checked.read_bytes()
    result = run("add", "written after another program changed the file", new=False)
    assert result.exit_code == 1
    assert "damaged" in result.stderr
    assert checked.read_bytes() == before, "nothing was written to the damaged file"


def test_an_unchanged_journal_is_written_without_reading_every_page(run, checked: Path) -> None:
    # Damage that leaves the file's size and time alone (a disk's bit rot) is for the daily check to find.
    _damage_a_middle_page(checked, keep_time=True)
    result = run("add", "a quick note on a decade of notes", new=False)
    assert result.exit_code == 0, result.output
    assert "damaged" in run("check", new=False).output


def test_a_day_later_the_check_runs_again(run, checked: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _damage_a_middle_page(checked, keep_time=True)
    before = checked.read_bytes()
    monkeypatch.setattr(file_notes, "time", SimpleNamespace(time=lambda: time.time() + file_notes.CHECK_EVERY + 60))
    result = run("add", "a day later", new=False)
    assert result.exit_code == 1
    assert "damaged" in result.stderr
    assert checked.read_bytes() == before


def test_a_journal_another_copy_is_writing_is_checked(run, checked: Path) -> None:
    _damage_a_middle_page(checked, keep_time=True)
    with Journal.open(checked, check=False) as app:
        app.entries.add(Entry(body="the app is open and has written to its log", entry_date=date(2026, 12, 3)))
        assert Path(f"{checked}-wal").stat().st_size > 0
        result = run("add", "while the app is open", new=False)
    assert result.exit_code == 1
    assert "damaged" in result.stderr


def test_a_write_after_damage_was_found_checks_again(run, checked: Path) -> None:
    _damage_a_middle_page(checked, keep_time=True)
    assert "damaged" in run("check", new=False).output
    # Even if the file were put right in place with the same size and time, the damage noted means: check.
    assert run("add", "after the check found damage", new=False).exit_code == 1
