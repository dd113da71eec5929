"""Singular and plural, said one way by the command line and the app."""

from __future__ import annotations

import pytest

from career_journal.domain.enums import RecordKind
from career_journal.domain.wording import count_of, counts_of, plural


@pytest.mark.parametrize(
    ("count", "noun", "said"),
    [
        (1, "day", "1 day"),
        (0, "day", "0 days"),
        (6, "entry", "6 entries"),
        (1, "entry", "1 entry"),
        (3, "person", "3 people"),
        (2, "opportunity", "2 opportunities"),
        (2, "match", "2 matches"),
        (2, "teaching record", "2 teaching records"),
        (1204, "entry", "1,204 entries"),
        (-1, "day", "-1 day"),
    ],
)
def test_a_count_is_said_with_the_right_noun(count: int, noun: str, said: str) -> None:
    assert count_of(count, noun) == said


def test_irregular_words_are_given_by_the_caller() -> None:
    assert plural(1, "is", "are") == "is" and plural(2, "is", "are") == "are"
    assert count_of(2, "check-in") == "2 check-ins"


def test_record_counts_read_as_a_sentence() -> None:
    counts = {"entry": 6, "goal": 5, "person": 1, "interaction": 2, "teaching": 0}
    assert counts_of(counts) == "6 entries, 5 goals, 1 person, 2 conversations"
    assert counts_of({RecordKind.TEACHING: 1, RecordKind.ADVISER: 3}) == "1 teaching record, 3 advisers"
    assert counts_of({"entry": 0}) == ""
