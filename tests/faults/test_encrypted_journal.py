"""The fault harness on an encrypted journal: kills, damage and the canary scan, with SQLCipher underneath."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from corruption_matrix import ENCRYPTED_CASES, build_many_page_journal
from harness import (
    false_positives,
    healthy_journals,
    max_chars_lost,
    run_saves_under_kill,
    run_session_and_scan,
    run_typing_under_kill,
    try_damaged,
)
from processes import PASSPHRASE
from test_kill_while_typing import EARLIEST_KILL_CHAR, LATEST_KILL_CHAR, MAX_LOSS_SECONDS

QUICK_SAVES = 30


@pytest.mark.parametrize("seed", [11, 12])
def test_a_kill_during_saves_loses_no_acknowledged_save_of_an_encrypted_journal(tmp_path: Path, seed: int) -> None:
    run = run_saves_under_kill(tmp_path, seed, QUICK_SAVES, PASSPHRASE)
    assert run.acknowledged >= 1
    assert run.integrity_ok, run.problems
    assert run.lost == [] and run.partial == [] and run.unexplained == []
    assert run.unacknowledged_extra <= 1
    assert run.problems == [] and run.dialogs == []
    assert not (tmp_path / f"saves-{seed}.cjdb").read_bytes().startswith(b"SQLite format 3")


def test_a_kill_while_typing_in_an_encrypted_journal_leaves_the_draft(tmp_path: Path) -> None:
    run = run_typing_under_kill(tmp_path, 3, LATEST_KILL_CHAR, EARLIEST_KILL_CHAR, PASSPHRASE)
    assert run.recovered is not None, "no draft at the next start"
    assert run.is_prefix, "the draft is not what was typed"
    assert run.lost is not None and run.lost <= max_chars_lost(MAX_LOSS_SECONDS), run


@pytest.fixture(scope="module")
def healthy_encrypted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_many_page_journal(tmp_path_factory.mktemp("healthy") / "healthy.cjdb", PASSPHRASE)


@pytest.mark.parametrize("case", list(ENCRYPTED_CASES))
def test_damage_to_an_encrypted_journal_is_refused_clearly_and_left_untouched(
    tmp_path: Path, healthy_encrypted: Path, case: str
) -> None:
    result = try_damaged(case, tmp_path, healthy_encrypted, random.Random(case), PASSPHRASE)
    assert result.error != "opened", "the damaged file was opened"
    assert result.detected, result.message
    assert result.unchanged, "the file changed, or -wal/-shm appeared beside it"


@pytest.mark.parametrize("seed", range(4))
def test_one_flipped_bit_anywhere_in_an_encrypted_page_is_caught(
    tmp_path: Path, healthy_encrypted: Path, seed: int
) -> None:
    result = try_damaged("one bit flipped", tmp_path, healthy_encrypted, random.Random(seed), PASSPHRASE)
    assert result.detected and result.unchanged, result
    assert result.error in ("JournalCorrupt", "WrongPassphrase"), result


def test_healthy_encrypted_journals_never_raise_a_false_alarm(tmp_path: Path) -> None:
    assert false_positives(healthy_journals(tmp_path, PASSPHRASE), 9, PASSPHRASE) == []


def test_no_canary_is_readable_on_disk_yet_every_one_is_found_after_unlocking(tmp_path: Path) -> None:
    scan = run_session_and_scan(tmp_path / "session", PASSPHRASE)
    assert scan.violations == []
    assert all(hits == 0 for hits in scan.hits["database file"].values())
    assert all(hits == 0 for hits in scan.hits["backup made after"].values())
    assert scan.searchable and all(hits >= 1 for hits in scan.searchable.values()), scan.searchable
    assert scan.hits["coach export"]["goal"] >= 1  # the export is plain text by its nature
