"""kill -9 while an export or a backup overwrites the previous one: never a torn file, no temp file after restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from files_under_kill import why_torn
from harness import Source, prepare_source, run_file_writer_under_kill

from career_journal.files import TEMP_PREFIX, remove_stale_temp_files
from career_journal.storage.backup import backup_to
from career_journal.storage.journal import Journal


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    return prepare_source(tmp_path_factory.mktemp("source"))


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("kind", ["export", "backup"])
def test_a_kill_never_leaves_a_torn_file_or_a_temp_file(source: Source, tmp_path: Path, kind: str, seed: int) -> None:
    run = run_file_writer_under_kill(kind, source, tmp_path, seed)
    assert run.writes_completed >= 1
    assert run.torn == ""
    assert run.temps_left == 0
    assert not run.target_removed


def test_the_torn_file_check_sees_half_a_file(source: Source, tmp_path: Path) -> None:
    """The control: a half-written export or backup, and a leftover temp file, are all noticed."""
    export = tmp_path / "journal.md"
    export.write_bytes(source.reference_export[: len(source.reference_export) // 2])
    assert "differ" in why_torn("export", export, source)
    export.write_bytes(source.reference_export)
    assert why_torn("export", export, source) == ""
    backup = tmp_path / "backup.cjdb"
    with Journal.open(source.journal, read_only=True) as journal:
        backup_to(journal.db, backup)
    assert why_torn("backup", backup, source) == ""
    backup.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    assert why_torn("backup", backup, source) != ""
    (tmp_path / f"{TEMP_PREFIX}abc-journal.md").write_text("left by a crash")
    assert remove_stale_temp_files(tmp_path) == 1
