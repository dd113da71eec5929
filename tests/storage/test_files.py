"""Whole-file writes: the old file or the new one, never half of each, and no plaintext left behind."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_files import mode

from career_journal.domain.errors import DiskFull, JournalError
from career_journal.files import (
    SCRATCH_PREFIX,
    TEMP_PREFIX,
    remove_stale_scratch_dirs,
    remove_stale_temp_files,
    write_atomic,
)

OLD = "# Coach packet\n\nThe old export, which must survive.\n" * 50


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "coach.md"
    path.write_text(OLD, encoding="utf-8")
    return path


def _temps(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMP_PREFIX}*"))


def test_writes_the_new_content_owner_only(export: Path) -> None:
    written = write_atomic(export, ["# New\n", "Ünïcode ✓\n".encode(), "end\n"])
    assert export.read_text(encoding="utf-8") == "# New\nÜnïcode ✓\nend\n"
    assert written == len(export.read_bytes())
    assert mode(export) == 0o600
    assert _temps(export.parent) == []


def test_creates_a_file_that_did_not_exist(tmp_path: Path) -> None:
    target = tmp_path / "new.md"
    write_atomic(target, iter(["hello"]))
    assert target.read_text() == "hello"


def _failing_chunks(error: BaseException) -> Iterator[str]:
    yield "# Half of the new export\n" * 100
    raise error


@pytest.mark.parametrize("error", [RuntimeError("renderer crashed"), KeyboardInterrupt()])
def test_an_error_half_way_keeps_the_old_file_byte_identical(export: Path, error: BaseException) -> None:
    before = export.read_bytes()
    with pytest.raises(type(error)):
        write_atomic(export, _failing_chunks(error))
    assert export.read_bytes() == before
    assert _temps(export.parent) == []


def test_a_full_disk_becomes_disk_full_and_keeps_the_old_file(export: Path) -> None:
    before = export.read_bytes()
    with pytest.raises(DiskFull) as raised:
        write_atomic(export, _failing_chunks(OSError(errno.ENOSPC, "No space left on device")))
    assert "coach.md" in str(raised.value)
    assert "disk is full" in str(raised.value)
    assert export.read_bytes() == before
    assert _temps(export.parent) == []


def test_a_full_disk_at_fsync_keeps_the_old_file(export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = export.read_bytes()

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFull):
        write_atomic(export, ["new"])
    monkeypatch.undo()
    assert export.read_bytes() == before
    assert _temps(export.parent) == []


def test_a_forbidden_folder_gives_a_readable_error(export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(JournalError, match="not allowed to write there"):
        write_atomic(export, ["new"])
    monkeypatch.undo()
    assert export.read_text(encoding="utf-8") == OLD
    assert _temps(export.parent) == []


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="does not exist"):
        write_atomic(tmp_path / "nowhere" / "x.md", ["x"])
    assert not (tmp_path / "nowhere").exists()


def test_stale_temp_files_are_removed_and_nothing_else(tmp_path: Path) -> None:
    for name in (f"{TEMP_PREFIX}abc-coach.md", f"{TEMP_PREFIX}def-journal.cjdb"):
        (tmp_path / name).write_text("plaintext left by a crash")
    keep = [tmp_path / "coach.md", tmp_path / "cj-tmp-lookalike.md", tmp_path / ".hidden"]
    for path in keep:
        path.write_text("keep me")
    assert remove_stale_temp_files(tmp_path) == 2
    assert _temps(tmp_path) == []
    assert all(path.read_text() == "keep me" for path in keep)
    assert remove_stale_temp_files(tmp_path) == 0
    assert remove_stale_temp_files(tmp_path / "missing") == 0


def test_a_temp_file_another_running_process_is_writing_is_left_alone(tmp_path: Path) -> None:
    import subprocess
    import sys

    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = tmp_path / f"{TEMP_PREFIX}{writer.pid}-abc-coach.md"
        live.write_text("an export still being written")
        dead_pid = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
        )
        dead = tmp_path / f"{TEMP_PREFIX}{dead_pid.stdout.strip()}-def-coach.md"
        dead.write_text("left by a crash")
        assert remove_stale_temp_files(tmp_path) == 1
        assert live.exists() and not dead.exists()
    finally:
        writer.kill()
        writer.wait()
    assert remove_stale_temp_files(tmp_path) == 1  # its writer is gone now


def test_a_killed_demo_or_screenshot_run_leaves_no_folder_behind(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"{SCRATCH_PREFIX}{dead.stdout.strip()}-abc123"
    (stale / "sub").mkdir(parents=True)
    (stale / "demo.cjdb").write_text("demo data")
    live = tmp_path / f"{SCRATCH_PREFIX}{os.getpid()}-def456"
    live.mkdir()
    other = tmp_path / "career-journal-notes"  # not a scratch folder: no process id
    other.mkdir()
    assert remove_stale_scratch_dirs(tmp_path) == 1
    assert not stale.exists() and live.exists() and other.exists()
