"""A full disk during a save, an editor save, an export and a backup: told clearly, nothing lost, and a retry works.

Each case runs on a real 4 MB tmpfs where one can be mounted (root on Linux),
and always with the fault injected (SQLite's max_page_count, or ENOSPC from
a write or an fsync), so CI without mount rights still runs every case.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from disk_full_editor import editor_save_case
from harness import METHODS, DiskFullCase, backup_case, export_case, run_case, save_case

CASES = {"save": save_case, "export": export_case, "backup": backup_case}


def _check(case: DiskFullCase) -> None:
    assert case.says_disk_full, case.error
    assert case.rows_lost in (None, 0)
    assert case.integrity_ok
    assert case.old_file_identical is not False
    assert case.temps_left == 0
    assert case.retry_ok
    assert case.passed


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("name", list(CASES))
def test_a_full_disk_is_reported_and_costs_nothing(
    tmp_path: Path, can_mount_tmpfs: bool, name: str, method: str
) -> None:
    if method == "tmpfs" and not can_mount_tmpfs:
        pytest.skip("no tmpfs can be mounted here; the injected variant covers this case")
    _check(run_case(CASES[name], method, tmp_path))


@pytest.mark.parametrize("method", METHODS)
def test_a_full_disk_keeps_the_text_in_the_editor(qapp, tmp_path: Path, can_mount_tmpfs: bool, method: str) -> None:  # type: ignore[no-untyped-def]
    if method == "tmpfs" and not can_mount_tmpfs:
        pytest.skip("no tmpfs can be mounted here; the injected variant covers this case")
    case = run_case(editor_save_case, method, tmp_path)
    assert case.text_kept, "after the failed save the text was no longer in the editor"
    assert "disk is full" in case.error
    _check(case)
