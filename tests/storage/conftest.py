"""Fixtures for the storage tests: closed journal files on disk, to copy and damage."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from journal_files import ENTRY_COUNT, marker

from career_journal.domain.records import Entry
from career_journal.storage.journal import Journal


@pytest.fixture(scope="session")
def big_journal_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed, checkpointed journal spread over many pages (built once, never changed)."""
    path = tmp_path_factory.mktemp("big") / "big.cjdb"
    with Journal.open(path, create=True) as journal, journal.transaction():
        for number in range(ENTRY_COUNT):
            journal.entries.add(
                Entry(
                    title=f"Entry {number}",
                    body=f"{marker(number)} " + "steady progress on the release train. " * 40,
                    entry_date=date(2025, 1, 1) + timedelta(days=number),
                    tags=["bulk"],
                )
            )
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def big_copy(big_journal_file: Path, tmp_path: Path) -> Path:
    """A private copy of the many-page journal, safe to damage."""
    target = tmp_path / "copy.cjdb"
    shutil.copy2(big_journal_file, target)
    return target
