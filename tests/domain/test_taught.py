"""Reading "taught Sam the month-end close" as a skill and a person, in the ways people write it."""

from __future__ import annotations

import pytest

from career_journal.domain.taught import MAX_WORDS, Taught, read_taught

SKILLS = [(1, "Release train"), (2, "Terraform state surgery")]
PEOPLE = [(10, "Sam Berg"), (11, "Dana Whitfield"), (12, "Åsa Öberg"), (13, "Jo Martins"), (14, "Jo Lind")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("taught Sam the month-end close", Taught("Month-end close", None, "Sam Berg", 10)),
        ("I taught Sam the month-end close", Taught("Month-end close", None, "Sam Berg", 10)),
        ("the month-end close to Sam", Taught("Month-end close", None, "Sam Berg", 10)),
        ("Sam: month-end close", Taught("Month-end close", None, "Sam Berg", 10)),
        ("showed Dana how to run the release train", Taught("Release train", 1, "Dana Whitfield", 11)),
        ("taught asa oberg terraform state surgery", Taught("Terraform state surgery", 2, "Åsa Öberg", 12)),
        ("release train to Priya", Taught("Release train", 1, "Priya", None)),
        ("taught Priya Raman month-end close", Taught("Month-end close", None, "Priya Raman", None)),
        ("taught Priya to run payroll", Taught("Run payroll", None, "Priya", None)),
        ("the close to Sam Brg", Taught("Close", None, "Sam Brg", None)),  # not Sam Berg: someone new, or a typo
        ("taught Jo the deploy tooling", Taught("Deploy tooling", None, "Jo", None)),  # two Jos: the field decides
        ("taught Dana", Taught("", None, "Dana Whitfield", 11)),
        ("", Taught()),
        ("taught", Taught()),
        (":", Taught()),
    ],
)
def test_a_line_is_read_as_who_learned_what(sentence: str, expected: Taught) -> None:
    assert read_taught(sentence, SKILLS, PEOPLE) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("lärde Sam månadsbokslutet", Taught("Månadsbokslutet", None, "Sam Berg", 10)),
        ("jag lärde upp Sam i månadsbokslutet", Taught("Månadsbokslutet", None, "Sam Berg", 10)),
        ("lärde ut månadsbokslutet till Sam", Taught("Månadsbokslutet", None, "Sam Berg", 10)),
        ("visade Dana hur man kör release train", Taught("Release train", 1, "Dana Whitfield", 11)),
        ("visade Priya hur man kör lönekörningen", Taught("Kör lönekörningen", None, "Priya", None)),
        ("larde Åsa terraform state surgery", Taught("Terraform state surgery", 2, "Åsa Öberg", 12)),
        ("månadsbokslutet till Priya Raman", Taught("Månadsbokslutet", None, "Priya Raman", None)),
        ("gick igenom release train med Jo Lind", Taught("Release train", 1, "Jo Lind", 14)),
        ("Sam: månadsbokslutet", Taught("Månadsbokslutet", None, "Sam Berg", 10)),
    ],
)
def test_a_swedish_line_is_read_the_same_way(sentence: str, expected: Taught) -> None:
    assert read_taught(sentence, SKILLS, PEOPLE) == expected


def test_a_very_long_or_strange_line_is_read_quickly_and_only_so_far() -> None:
    words = ["word"] * 50_000
    found = read_taught("taught Sam " + " ".join(words), SKILLS, PEOPLE)
    assert found.person == "Sam Berg" and len(found.skill.split()) < MAX_WORDS
    assert read_taught("\x00 \u202e taught\t\n<b>Sam</b>", SKILLS, PEOPLE).person  # never an error
