"""The crash loop of issue 7: a name aimed at /dev/zero or a FIFO, the app left on the Journal page."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_start import TARGETS, start_on_hostile_journal


@pytest.mark.parametrize("target", TARGETS)
def test_the_app_starts_on_the_journal_page_and_closes_normally(tmp_path: Path, target: str) -> None:
    run = start_on_hostile_journal(tmp_path, target)
    assert run.passed, f"names aimed at {target}: {run.problem}"
