"""Five kinds of bad journal file are each refused with a clear message and left exactly as they were."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from corruption_matrix import build_many_page_journal
from harness import DAMAGE_CASES, false_positives, healthy_journals, try_damaged

HEALTHY_OPENS = 20


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_many_page_journal(tmp_path_factory.mktemp("healthy") / "healthy.cjdb")


@pytest.mark.parametrize("case", list(DAMAGE_CASES))
def test_a_damaged_file_is_refused_clearly_and_left_untouched(tmp_path: Path, healthy: Path, case: str) -> None:
    result = try_damaged(case, tmp_path, healthy, random.Random(case))
    assert result.error != "opened", "the damaged file was opened"
    assert result.detected, result.message
    assert result.unchanged, "the file changed, or -wal/-shm appeared beside it"


@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_over_any_page_with_entries_are_detected(tmp_path: Path, healthy: Path, seed: int) -> None:
    result = try_damaged("random bytes over a middle page", tmp_path, healthy, random.Random(seed))
    assert result.detected and result.unchanged, result


def test_healthy_journals_never_raise_a_false_alarm(tmp_path: Path) -> None:
    assert false_positives(healthy_journals(tmp_path), HEALTHY_OPENS) == []
