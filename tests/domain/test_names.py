"""Names compared the way a person reads them: accents, case, spacing and punctuation do not matter."""

from __future__ import annotations

import pytest

from career_journal.domain.names import close_matches, fold_name


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Åsa Öberg", "asa oberg"),
        ("  ÅSA\t ÖBERG\n", "asa oberg"),
        ("Søren Kierkegaard", "soren kierkegaard"),
        ("Æsa Strøm", "aesa strom"),
        ("Straße", "strasse"),
        ("Łukasz Đorđević", "lukasz dordevic"),
        ("Þórdís Guðmundsdóttir", "thordis gudmundsdottir"),
        ("Işıl Yıldırım", "isil yildirim"),  # Turkish dotless ı
        ("İlkay", "ilkay"),  # Turkish dotted capital İ
        ("e\u0301milie", "emilie"),  # a combining acute accent, as some keyboards type it
        ("\u00e9milie", "emilie"),  # the same name, precomposed
        ("O'Brien", "obrien"),
        ("O’Brien", "obrien"),
        ("Anna-Karin", "anna karin"),
        ("Zoë Ñúñez 🚀", "zoe nunez"),
        ("Ｓａｍ", "sam"),  # full-width letters
        ("", ""),
        ("🚀 ✨", ""),
    ],
)
def test_fold_name_gives_the_key_spellings_of_one_name_share(written: str, folded: str) -> None:
    assert fold_name(written) == folded


def test_the_same_person_typed_without_accents_or_capitals_meets_their_name() -> None:
    assert fold_name("asa oberg") == fold_name("Åsa Öberg") == fold_name("ÅSA ÖBERG")
    assert fold_name("isil") == fold_name("IŞIL") == fold_name("Işıl")


PEOPLE = ["Åsa Öberg", "Sam Berg", "Samuel Bergman", "Dana Whitfield", "Marcus Obi", "Sara Berg"]


def test_a_name_equal_but_for_accents_and_case_is_the_only_suggestion() -> None:
    assert close_matches("asa oberg", PEOPLE) == ["Åsa Öberg"]
    assert close_matches("SAM BERG", PEOPLE) == ["Sam Berg"]  # not Sara Berg, one letter away


def test_a_surname_alone_finds_the_person_with_it() -> None:
    assert close_matches("oberg", PEOPLE)[0] == "Åsa Öberg"
    assert close_matches("whitfield", PEOPLE) == ["Dana Whitfield"]


def test_a_name_typed_with_a_letter_missing_finds_the_right_one() -> None:
    assert close_matches("Sam Brg", PEOPLE)[0] == "Sam Berg"
    assert close_matches("whitfeld", PEOPLE) == ["Dana Whitfield"]
    assert close_matches("Markus Obi", PEOPLE) == ["Marcus Obi"]


def test_the_start_of_a_name_finds_every_name_it_starts() -> None:
    assert close_matches("sam", PEOPLE) == ["Sam Berg", "Samuel Bergman"]


def test_a_longer_name_with_a_title_finds_the_person() -> None:
    assert close_matches("Marcus Obi MBA", PEOPLE) == ["Marcus Obi"]


def test_nothing_is_suggested_for_a_name_that_is_not_close() -> None:
    assert close_matches("Xavier Quintero", PEOPLE) == []
    assert close_matches("", PEOPLE) == []
    assert close_matches("!!!", PEOPLE) == []


def test_the_number_of_suggestions_is_capped_and_each_name_appears_once() -> None:
    many = ["Sam Berg", "Sam Berg", "Sam Bergen", "Sam Bergh", "Sam Bergs", "Sam Bergman"]
    found = close_matches("sam ber", many, limit=3)
    assert len(found) == 3 and len(set(found)) == 3
    assert found[0] == "Sam Berg"  # the closest in length of those it starts
    assert close_matches("Sam Berg", ["Sam Berg", "SAM BERG", "Sam Berg"]) == ["Sam Berg", "SAM BERG"]
    assert close_matches("sam berg", many, limit=0) == []
