"""People, interactions with them, the opportunities found, and the personal team."""

from __future__ import annotations

from datetime import date

import pytest

from career_journal.domain.enums import InteractionKind, OpportunityStatus, Relationship, TeamRole
from career_journal.domain.errors import InvalidInput, RecordNotFound
from career_journal.domain.records import Adviser, Handover, Interaction, Opportunity, Person, Skill, Teaching
from career_journal.storage.journal import Journal


def _person(journal: Journal, name: str, **fields: object) -> int:
    return journal.people.add(Person(name=name, **fields)).id or 0  # type: ignore[arg-type]


def test_a_person_comes_back_as_written(journal: Journal) -> None:
    saved = journal.people.add(
        Person(
            name=" Marcus Obi ",
            org="Payments",
            role="Engineering manager",
            relationship=Relationship.INTERNAL_CUSTOMER,
            how_met="Incident review",
            needs="Deploys his team can trust",
            email="marcus@example.org",
            phone="+44 20 7946 0102",
            follow_up=date(2026, 4, 1),
            notes="Prefers mornings",
        )
    )
    got = journal.people.get(saved.id or 0)
    assert got.name == "Marcus Obi"
    assert (got.org, got.role, got.relationship, got.how_met, got.needs) == (
        "Payments",
        "Engineering manager",
        Relationship.INTERNAL_CUSTOMER,
        "Incident review",
        "Deploys his team can trust",
    )
    assert (got.email, got.phone, got.follow_up, got.notes) == (
        "marcus@example.org",
        "+44 20 7946 0102",
        date(2026, 4, 1),
        "Prefers mornings",
    )
    assert got.last_contact is None


def test_people_are_listed_by_name_ignoring_case(journal: Journal) -> None:
    for name in ["bo", "Ada", "cy", "Bea"]:
        _person(journal, name)
    assert [p.name for p in journal.people.list()] == ["Ada", "Bea", "bo", "cy"]
    assert journal.people.count() == 4


def test_update_a_person_and_clear_fields(journal: Journal) -> None:
    saved = journal.people.add(Person(name="Priya", relationship=Relationship.PARTNER, follow_up=date(2026, 1, 1)))
    saved.relationship = None
    saved.follow_up = None
    saved.org = "Data platform"
    journal.people.update(saved)
    got = journal.people.get(saved.id or 0)
    assert (got.relationship, got.follow_up, got.org) == (None, None, "Data platform")
    with pytest.raises(RecordNotFound):
        journal.people.update(Person(name="Ghost", id=404))


def test_deleting_a_person_takes_what_was_only_theirs(journal: Journal) -> None:
    helen = _person(journal, "Helen")
    ruth = _person(journal, "Ruth")
    skill = journal.skills.add(Skill(name="Cost reporting")).id or 0
    journal.skills.add_teaching(Teaching(skill_id=skill, person_id=helen, taught_on=date(2026, 1, 1)))
    journal.skills.add_teaching(Teaching(skill_id=skill, person_id=ruth, taught_on=date(2026, 1, 2)))
    journal.people.add_adviser(Adviser(person_id=helen, role=TeamRole.SPONSOR))
    journal.skills.add_handover(Handover(title="Cost report", person_id=helen))
    alone = journal.people.add_interaction(Interaction(date(2026, 1, 3), "Helen alone", [helen]))
    shared = journal.people.add_interaction(Interaction(date(2026, 1, 4), "Reorg planning", [helen, ruth]))
    ruths = journal.people.add_interaction(Interaction(date(2026, 1, 5), "Ruth alone", [ruth]))
    opportunity = journal.people.add_opportunity(Opportunity(title="Cost dashboards", person_id=helen))

    journal.people.delete(helen)

    with pytest.raises(RecordNotFound):
        journal.people.get(helen)
    assert [t.person_name for t in journal.skills.teachings()] == ["Ruth"]
    assert journal.people.advisers() == []
    assert journal.skills.handovers() == []
    with pytest.raises(RecordNotFound):
        journal.people.get_interaction(alone.id or 0)
    kept = journal.people.get_interaction(shared.id or 0)
    assert kept.person_names == ["Ruth"]
    assert journal.people.get_interaction(ruths.id or 0).notes == "Ruth alone"
    orphan = journal.people.get_opportunity(opportunity.id or 0)
    assert (orphan.person_id, orphan.person_name, orphan.title) == (None, "", "Cost dashboards")
    assert journal.check() == []


def test_deleting_a_missing_person_changes_nothing(journal: Journal) -> None:
    ada = _person(journal, "Ada")
    journal.people.add_interaction(Interaction(date(2026, 1, 1), "Coffee", [ada]))
    with pytest.raises(RecordNotFound):
        journal.people.delete(404)
    assert journal.counts()["interaction"] == 1


# -- interactions --------------------------------------------------------------------------------


def test_an_interaction_comes_back_with_its_people(journal: Journal) -> None:
    ada, bo = _person(journal, "Ada"), _person(journal, "bo")
    saved = journal.people.add_interaction(
        Interaction(
            occurred_on=date(2026, 2, 2),
            notes="Q3 goals",
            person_ids=[bo, ada, bo],
            kind=InteractionKind.COFFEE,
            questions="What would make Q3 a success?",
            learned="Confidence over speed",
        )
    )
    assert saved.person_names == ["Ada", "bo"]
    assert sorted(saved.person_ids) == sorted([ada, bo])
    assert (saved.kind, saved.questions, saved.learned) == (
        InteractionKind.COFFEE,
        "What would make Q3 a success?",
        "Confidence over speed",
    )
    assert journal.people.get(ada).last_contact == date(2026, 2, 2)
    assert journal.people.last_contact() == {ada: date(2026, 2, 2), bo: date(2026, 2, 2)}


def test_an_interaction_needs_someone_real(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="at least one person"):
        journal.people.add_interaction(Interaction(date(2026, 1, 1), "Nobody", []))
    with pytest.raises(InvalidInput, match="does not exist"):
        journal.people.add_interaction(Interaction(date(2026, 1, 1), "Ghost", [404]))
    assert journal.people.interactions() == []
    assert journal.check() == []


def test_logging_an_interaction_settles_a_due_follow_up(journal: Journal) -> None:
    due = _person(journal, "Due", follow_up=date(2026, 3, 1))
    later = _person(journal, "Later", follow_up=date(2026, 6, 1))
    journal.people.add_interaction(Interaction(date(2026, 3, 5), "Caught up", [due, later]))
    assert journal.people.get(due).follow_up is None
    assert journal.people.get(later).follow_up == date(2026, 6, 1), "a follow-up still ahead is kept"


def test_logging_an_interaction_with_a_follow_up_sets_the_next_one(journal: Journal) -> None:
    ada = _person(journal, "Ada", follow_up=date(2026, 3, 1))
    bo = _person(journal, "Bo")
    saved = journal.people.add_interaction(
        Interaction(date(2026, 3, 2), "Next steps", [ada, bo], follow_up=date(2026, 3, 16))
    )
    assert saved.follow_up == date(2026, 3, 16)
    assert journal.people.get(ada).follow_up == date(2026, 3, 16)
    assert journal.people.get(bo).follow_up == date(2026, 3, 16)


def test_interactions_are_newest_first_and_filtered(journal: Journal) -> None:
    ada, bo = _person(journal, "Ada"), _person(journal, "Bo")
    for day, people in [(1, [ada]), (3, [bo]), (2, [ada, bo]), (3, [ada])]:
        journal.people.add_interaction(Interaction(date(2026, 1, day), f"day {day}", people))
    every = journal.people.interactions()
    assert [(i.occurred_on.day, i.id) for i in every] == sorted(
        ((i.occurred_on.day, i.id or 0) for i in every), reverse=True
    )
    assert [i.notes for i in journal.people.interactions(person_id=bo)] == ["day 3", "day 2"]
    assert [i.notes for i in journal.people.interactions(date_from=date(2026, 1, 2), date_to=date(2026, 1, 2))] == [
        "day 2"
    ]
    assert [i.occurred_on.day for i in journal.people.interactions(limit=2)] == [3, 3]
    assert [i.notes for i in journal.people.interactions(person_id=ada, limit=1)] == ["day 3"]


def test_update_and_delete_an_interaction(journal: Journal) -> None:
    ada, bo = _person(journal, "Ada"), _person(journal, "Bo")
    saved = journal.people.add_interaction(Interaction(date(2026, 1, 1), "First", [ada]))
    saved.person_ids = [bo]
    saved.notes = "Changed"
    saved.kind = InteractionKind.CALL
    updated = journal.people.update_interaction(saved)
    assert (updated.person_names, updated.notes, updated.kind) == (["Bo"], "Changed", InteractionKind.CALL)
    assert journal.people.get(ada).last_contact is None
    journal.people.delete_interaction(saved.id or 0)
    assert journal.people.interactions() == []
    with pytest.raises(RecordNotFound):
        journal.people.delete_interaction(saved.id or 0)


def test_add_interactions_imports_as_they_are(journal: Journal) -> None:
    ada = _person(journal, "Ada", follow_up=date(2026, 1, 1))
    with journal.transaction():
        journal.people.add_interactions([Interaction(date(2026, 2, 1), "Imported", [ada])])
    assert journal.people.get(ada).follow_up == date(2026, 1, 1), "an import never settles follow-ups"
    assert journal.people.get(ada).last_contact == date(2026, 2, 1)


# -- opportunities -------------------------------------------------------------------------------


def test_opportunities_round_trip_and_list_open_ones_first(journal: Journal) -> None:
    marcus = _person(journal, "Marcus")
    adopted = journal.people.add_opportunity(
        Opportunity(title="Incident template", person_id=marcus, status=OpportunityStatus.ADOPTED)
    )
    spotted = journal.people.add_opportunity(
        Opportunity(title="Rollback button", person_id=marcus, value="Faster recovery", notes="Ask Tom")
    )
    journal.people.add_opportunity(Opportunity(title="Nobody's idea", status=OpportunityStatus.PROPOSED))
    assert spotted.person_name == "Marcus"
    assert (spotted.value, spotted.notes, spotted.status) == ("Faster recovery", "Ask Tom", OpportunityStatus.SPOTTED)
    assert [o.title for o in journal.people.opportunities()] == [
        "Rollback button",
        "Nobody's idea",
        "Incident template",
    ]
    assert [o.title for o in journal.people.opportunities(person_id=marcus)] == [
        "Rollback button",
        "Incident template",
    ]
    spotted.status = OpportunityStatus.CHAMPIONING
    assert journal.people.update_opportunity(spotted).status is OpportunityStatus.CHAMPIONING
    journal.people.delete_opportunity(adopted.id or 0)
    with pytest.raises(RecordNotFound):
        journal.people.get_opportunity(adopted.id or 0)
    with pytest.raises(RecordNotFound):
        journal.people.delete_opportunity(adopted.id or 0)


# -- advisers ------------------------------------------------------------------------------------


def test_advisers_round_trip(journal: Journal) -> None:
    sam = _person(journal, "Sam Keller")
    saved = journal.people.add_adviser(
        Adviser(person_id=sam, role=TeamRole.COACH, helps_with="Two-year plan", cadence_days=30, open_asks="CV")
    )
    assert (saved.person_name, saved.role, saved.cadence_days, saved.helps_with, saved.open_asks) == (
        "Sam Keller",
        TeamRole.COACH,
        30,
        "Two-year plan",
        "CV",
    )
    saved.cadence_days = None
    saved.notes = "Monthly-ish"
    updated = journal.people.update_adviser(saved)
    assert (updated.cadence_days, updated.notes) == (None, "Monthly-ish")
    journal.people.delete_adviser(saved.id or 0)
    assert journal.people.advisers() == []
    with pytest.raises(RecordNotFound):
        journal.people.get_adviser(saved.id or 0)


def test_the_same_person_twice_in_one_role_is_refused(journal: Journal) -> None:
    ruth = _person(journal, "Ruth")
    journal.people.add_adviser(Adviser(person_id=ruth, role=TeamRole.SPONSOR))
    with pytest.raises(InvalidInput, match="already has that role"):
        journal.people.add_adviser(Adviser(person_id=ruth, role=TeamRole.SPONSOR, cadence_days=7))
    mentor = journal.people.add_adviser(Adviser(person_id=ruth, role=TeamRole.MENTOR))
    assert [a.role for a in journal.people.advisers()] == [TeamRole.MENTOR, TeamRole.SPONSOR]
    mentor.role = TeamRole.SPONSOR
    with pytest.raises(InvalidInput, match="already has that role"):
        journal.people.update_adviser(mentor)


def test_a_cadence_must_be_positive() -> None:
    with pytest.raises(ValueError, match="above zero"):
        Adviser(person_id=1, role=TeamRole.COACH, cadence_days=0)
