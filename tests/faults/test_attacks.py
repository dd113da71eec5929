"""The attacks of issue 7 (items 1–3, 5–8), each replayed once; benchmarks/faults.py runs them longer."""

from __future__ import annotations

from pathlib import Path

import pytest
from attacks import ATTACKS


@pytest.mark.parametrize("attack", ATTACKS, ids=[attack.__name__ for attack in ATTACKS])
def test_the_attack_no_longer_breaks_through(attack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    outcome = attack(tmp_path)
    assert outcome.tries > 0
    assert outcome.broke == [], f"{outcome.name}: {outcome.held}/{outcome.tries} held"
