"""kill -9 while a person types in the entry editor: the draft brings back all but the last moment of typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import max_chars_lost, run_typing_under_kill
from typing_under_kill import typing_text

# The first draft is due 1.5 s after the first key (Qt may fire that timer 5% late); 24 keys take at
# least 23 x 83 ms = 1.9 s even at the fastest speed, so by then a draft exists whatever the machine load.
EARLIEST_KILL_CHAR = 24
LATEST_KILL_CHAR = 36
MAX_LOSS_SECONDS = 2.0  # the bar: at most about two seconds of typing


@pytest.mark.parametrize("seed", [1, 2])
def test_a_kill_while_typing_loses_at_most_two_seconds_of_it(tmp_path: Path, seed: int) -> None:
    run = run_typing_under_kill(tmp_path, seed, LATEST_KILL_CHAR, EARLIEST_KILL_CHAR)
    assert run.typed >= EARLIEST_KILL_CHAR
    assert run.recovered is not None, "no draft at the next start"
    assert run.is_prefix, "the draft is not what was typed"
    assert run.lost is not None and run.lost <= max_chars_lost(MAX_LOSS_SECONDS), run


def test_what_is_typed_is_the_same_on_both_sides() -> None:
    assert typing_text(4, 80) == typing_text(4, 80)
    assert len(typing_text(4, 80)) == 80
    assert "\n" not in typing_text(4, 80)
