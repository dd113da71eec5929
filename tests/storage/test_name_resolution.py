"""Finding a person, skill or goal from what someone typed: an id, a name or part of one."""

from __future__ import annotations

import pytest

from career_journal.domain.errors import AmbiguousName, RecordNotFound
from career_journal.domain.records import Goal, Person, Skill
from career_journal.storage.journal import Journal


@pytest.fixture
def people(journal: Journal) -> dict[str, int]:
    names = [
        ("Jo Martins", "Platform"),
        ("Joanna Lee", "Payments"),
        ("Jo", ""),
        ("Dana Whitfield", "Platform"),
        ("Sam Keller", "Keller Coaching"),
        ("Sam Keller", "Acme"),
        ("100% Ana", ""),
        ("Ana_Bo", ""),
        ("Anabelle", ""),
        ("2024 intern", ""),
    ]
    return {f"{name}|{org}": journal.people.add(Person(name=name, org=org)).id or 0 for name, org in names}


def test_by_id(journal: Journal, people: dict[str, int]) -> None:
    dana = people["Dana Whitfield|Platform"]
    assert journal.people.resolve(dana).name == "Dana Whitfield"
    assert journal.people.resolve(str(dana)).name == "Dana Whitfield"
    assert journal.people.resolve(f" {dana} ").name == "Dana Whitfield"


def test_an_exact_name_wins_over_partial_matches(journal: Journal, people: dict[str, int]) -> None:
    assert journal.people.resolve("jo").id == people["Jo|"]
    assert journal.people.resolve("JO").id == people["Jo|"]


def test_a_unique_partial_match_is_enough(journal: Journal, people: dict[str, int]) -> None:
    assert journal.people.resolve("whit").id == people["Dana Whitfield|Platform"]
    assert journal.people.resolve("martins").id == people["Jo Martins|Platform"]


def test_an_ambiguous_partial_lists_the_candidates(journal: Journal, people: dict[str, int]) -> None:
    with pytest.raises(AmbiguousName) as raised:
        journal.people.resolve("ana")
    assert raised.value.candidates == [
        f"#{people['100% Ana|']} 100% Ana",
        f"#{people['Ana_Bo|']} Ana_Bo",
        f"#{people['Anabelle|']} Anabelle",
        f"#{people['Dana Whitfield|Platform']} Dana Whitfield (Platform)",
    ]
    message = str(raised.value)
    assert message.startswith("'ana' matches several person records")
    assert "Dana Whitfield (Platform)" in message


def test_a_long_candidate_list_is_cut_short(journal: Journal) -> None:
    for number in range(15):
        journal.people.add(Person(name=f"Alex {number:02d}"))
    with pytest.raises(AmbiguousName) as raised:
        journal.people.resolve("alex")
    assert len(raised.value.candidates) == 15
    assert "and 5 more" in str(raised.value)


def test_the_same_name_twice_is_ambiguous_and_shows_the_organisations(journal: Journal, people: dict[str, int]) -> None:
    with pytest.raises(AmbiguousName) as raised:
        journal.people.resolve("sam keller")
    candidates = raised.value.candidates
    assert candidates == [
        f"#{people['Sam Keller|Keller Coaching']} Sam Keller (Keller Coaching)",
        f"#{people['Sam Keller|Acme']} Sam Keller (Acme)",
    ]
    message = str(raised.value)
    assert "Keller Coaching" in message and "Acme" in message
    assert "id" in message
    # The id settles it.
    assert journal.people.resolve(people["Sam Keller|Acme"]).org == "Acme"


@pytest.mark.parametrize("ref", ["Zelda", "", "   ", "99999", "99999999999999999999999999", "²", "%%", "_%"])
def test_nothing_found(journal: Journal, people: dict[str, int], ref: str) -> None:
    with pytest.raises(RecordNotFound) as raised:
        journal.people.resolve(ref)
    assert str(raised.value).startswith("No person matches")


def test_percent_and_underscore_are_plain_characters(journal: Journal, people: dict[str, int]) -> None:
    assert journal.people.resolve("100%").id == people["100% Ana|"]
    assert journal.people.resolve("a_b").id == people["Ana_Bo|"]
    # '%' and '_' must not act as wildcards: 'Ana%' would otherwise match three people.
    with pytest.raises(RecordNotFound):
        journal.people.resolve("Ana%e")
    with pytest.raises(RecordNotFound):
        journal.people.resolve("An_belle")


@pytest.mark.parametrize("ref", ["émilie durand", "ÉMILIE DURAND", "émilie", "durand"])
def test_names_beyond_ascii_ignore_case_too(journal: Journal, ref: str) -> None:
    emilie = journal.people.add(Person(name="Émilie Durand")).id
    journal.people.add(Person(name="Ömer Kaya"))
    assert journal.people.resolve(ref).id == emilie


def test_a_name_made_of_digits_is_found_when_no_id_matches(journal: Journal, people: dict[str, int]) -> None:
    assert journal.people.resolve("2024").id == people["2024 intern|"]


def test_skills_and_goals_resolve_the_same_way(journal: Journal) -> None:
    failover = journal.skills.add(Skill(name="Postgres failover")).id
    journal.skills.add(Skill(name="Postgres tuning"))
    journal.skills.add(Skill(name="Postgres"))
    assert journal.skills.resolve("failover").id == failover
    assert journal.skills.resolve("postgres").name == "Postgres"
    with pytest.raises(AmbiguousName) as raised:
        journal.skills.resolve("postg")
    assert [c.split(" ", 1)[1] for c in raised.value.candidates] == [
        "Postgres",
        "Postgres failover",
        "Postgres tuning",
    ]
    with pytest.raises(RecordNotFound, match="No skill matches 'cooking'"):
        journal.skills.resolve("cooking")

    staff = journal.goals.add(Goal(title="Staff engineer")).id
    journal.goals.add(Goal(title="Staff meeting habit"))
    assert journal.goals.resolve(staff or 0).title == "Staff engineer"
    assert journal.goals.resolve("engineer").id == staff
    with pytest.raises(AmbiguousName):
        journal.goals.resolve("staff")
    with pytest.raises(RecordNotFound, match="No goal matches"):
        journal.goals.resolve("exit")
