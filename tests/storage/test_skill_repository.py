"""Skills and responsibilities, teaching records and handovers."""

from __future__ import annotations

from datetime import date

import pytest

from career_journal.domain.enums import Criticality, HandoverStatus, LearnerLevel, TeachingMethod
from career_journal.domain.errors import InvalidInput, RecordNotFound
from career_journal.domain.records import Handover, Person, Skill, Teaching
from career_journal.storage.journal import Journal


@pytest.fixture
def jo(journal: Journal) -> int:
    return journal.people.add(Person(name="Jo Martins")).id or 0


@pytest.fixture
def failover(journal: Journal) -> int:
    return journal.skills.add(Skill(name="Postgres failover", criticality=Criticality.CRITICAL)).id or 0


def test_a_skill_comes_back_as_written(journal: Journal) -> None:
    saved = journal.skills.add(
        Skill(
            name=" Release train ",
            criticality=Criticality.CRITICAL,
            documented="wiki/runbook",
            description="Weekly release",
            is_responsibility=True,
        )
    )
    got = journal.skills.get(saved.id or 0)
    assert (got.name, got.criticality, got.documented, got.description, got.is_responsibility) == (
        "Release train",
        Criticality.CRITICAL,
        "wiki/runbook",
        "Weekly release",
        True,
    )
    assert got.created_at


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("Release train", "release train"),
        ("Release train", "RELEASE TRAIN"),
        ("Release train", " Release Train "),
        ("Übersetzung", "übersetzung"),
        ("Ärztekammer-Kontakt", "ÄRZTEKAMMER-KONTAKT"),
    ],
)
def test_skill_names_are_unique_whatever_the_case(journal: Journal, first: str, other: str) -> None:
    journal.skills.add(Skill(name=first))
    with pytest.raises(InvalidInput, match="already a skill with that name"):
        journal.skills.add(Skill(name=other))
    assert journal.skills.count() == 1


def test_renaming_a_skill_onto_another_is_refused(journal: Journal) -> None:
    journal.skills.add(Skill(name="Interviewing"))
    second = journal.skills.add(Skill(name="Hiring"))
    second.name = "interviewing"
    with pytest.raises(InvalidInput, match="already a skill"):
        journal.skills.update(second)
    assert journal.skills.get(second.id or 0).name == "Hiring"
    second.name = "HIRING"  # a skill may change the case of its own name
    journal.skills.update(second)
    assert journal.skills.get(second.id or 0).name == "HIRING"


def test_update_and_delete_a_skill(journal: Journal) -> None:
    skill = journal.skills.add(Skill(name="Cost report", criticality=Criticality.LOW))
    skill.documented = "docs/cost.md"
    skill.criticality = Criticality.NORMAL
    journal.skills.update(skill)
    got = journal.skills.get(skill.id or 0)
    assert (got.documented, got.criticality) == ("docs/cost.md", Criticality.NORMAL)
    journal.skills.delete(skill.id or 0)
    assert journal.skills.count() == 0
    with pytest.raises(RecordNotFound):
        journal.skills.delete(skill.id or 0)
    with pytest.raises(RecordNotFound):
        journal.skills.update(skill)


def test_skills_are_listed_most_critical_first_then_by_name(journal: Journal) -> None:
    for name, level in [("b normal", 2), ("a low", 1), ("Z critical", 3), ("a critical", 3)]:
        journal.skills.add(Skill(name=name, criticality=Criticality(level)))
    assert [s.name for s in journal.skills.list()] == ["a critical", "Z critical", "b normal", "a low"]


# -- teaching records ----------------------------------------------------------------------------


def test_a_teaching_record_comes_back_with_names(journal: Journal, jo: int, failover: int) -> None:
    saved = journal.skills.add_teaching(
        Teaching(
            skill_id=failover,
            person_id=jo,
            taught_on=date(2026, 2, 1),
            method=TeachingMethod.SHADOWING,
            level=LearnerLevel.WITH_HELP,
            notes="Replica lag drill",
        )
    )
    assert (saved.skill_name, saved.person_name) == ("Postgres failover", "Jo Martins")
    got = journal.skills.get_teaching(saved.id or 0)
    assert (got.taught_on, got.method, got.level, got.notes) == (
        date(2026, 2, 1),
        TeachingMethod.SHADOWING,
        LearnerLevel.WITH_HELP,
        "Replica lag drill",
    )


def test_teaching_records_are_listed_newest_first_and_filtered(journal: Journal, jo: int, failover: int) -> None:
    dana = journal.people.add(Person(name="Dana")).id or 0
    other = journal.skills.add(Skill(name="Capacity planning")).id or 0
    for skill, person, day in [(failover, jo, 1), (other, jo, 3), (failover, dana, 2)]:
        journal.skills.add_teaching(Teaching(skill_id=skill, person_id=person, taught_on=date(2026, 1, day)))
    assert [t.taught_on.day for t in journal.skills.teachings()] == [3, 2, 1]
    assert [t.person_name for t in journal.skills.teachings(skill_id=failover)] == ["Dana", "Jo Martins"]
    assert [t.skill_name for t in journal.skills.teachings(person_id=jo)] == ["Capacity planning", "Postgres failover"]
    assert len(journal.skills.teachings(skill_id=other, person_id=dana)) == 0


def test_update_and_delete_a_teaching_record(journal: Journal, jo: int, failover: int) -> None:
    saved = journal.skills.add_teaching(Teaching(skill_id=failover, person_id=jo, taught_on=date(2026, 1, 1)))
    saved.level = LearnerLevel.CAN_TEACH
    saved.notes = "Teaches it now"
    updated = journal.skills.update_teaching(saved)
    assert (updated.level, updated.notes) == (LearnerLevel.CAN_TEACH, "Teaches it now")
    journal.skills.delete_teaching(saved.id or 0)
    assert journal.skills.teachings() == []
    with pytest.raises(RecordNotFound):
        journal.skills.get_teaching(saved.id or 0)
    with pytest.raises(RecordNotFound):
        journal.skills.delete_teaching(saved.id or 0)


def test_a_teaching_record_for_a_missing_person_is_refused(journal: Journal, failover: int) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        journal.skills.add_teaching(Teaching(skill_id=failover, person_id=404, taught_on=date(2026, 1, 1)))
    assert journal.skills.teachings() == []


def test_deleting_a_skill_removes_its_teaching_and_unlinks_handovers(journal: Journal, jo: int, failover: int) -> None:
    journal.skills.add_teaching(Teaching(skill_id=failover, person_id=jo, taught_on=date(2026, 1, 1)))
    handover = journal.skills.add_handover(Handover(title="Failover duty", person_id=jo, skill_id=failover))
    journal.skills.delete(failover)
    assert journal.skills.teachings() == []
    kept = journal.skills.get_handover(handover.id or 0)
    assert (kept.skill_id, kept.skill_name) == (None, "")
    assert journal.check() == []


# -- handovers -----------------------------------------------------------------------------------


def test_a_handover_comes_back_with_names(journal: Journal, jo: int, failover: int) -> None:
    saved = journal.skills.add_handover(
        Handover(
            title="Failover duty",
            person_id=jo,
            skill_id=failover,
            status=HandoverStatus.IN_TRANSITION,
            started_on=date(2026, 1, 10),
            notes="Two more drills side by side",
        )
    )
    assert (saved.person_name, saved.skill_name, saved.status) == (
        "Jo Martins",
        "Postgres failover",
        HandoverStatus.IN_TRANSITION,
    )
    assert saved.completed_on is None
    assert saved.started_on == date(2026, 1, 10)


def test_handing_over_sets_the_completion_date(journal: Journal, jo: int) -> None:
    saved = journal.skills.add_handover(Handover(title="On-call rota", person_id=jo))
    assert saved.completed_on is None
    saved.status = HandoverStatus.HANDED_OVER
    before = date.today()
    done = journal.skills.update_handover(saved)
    assert done.status is HandoverStatus.HANDED_OVER
    assert done.completed_on is not None
    assert before <= done.completed_on <= date.today()


def test_a_given_completion_date_is_kept(journal: Journal, jo: int) -> None:
    saved = journal.skills.add_handover(
        Handover(title="Cost report", person_id=jo, status=HandoverStatus.HANDED_OVER, completed_on=date(2025, 5, 5))
    )
    assert saved.completed_on == date(2025, 5, 5)


def test_handovers_list_in_transition_first_then_planned_then_done(journal: Journal, jo: int) -> None:
    for title, status in [
        ("done", HandoverStatus.HANDED_OVER),
        ("planned", HandoverStatus.PLANNED),
        ("moving", HandoverStatus.IN_TRANSITION),
    ]:
        journal.skills.add_handover(Handover(title=title, person_id=jo, status=status))
    assert [h.title for h in journal.skills.handovers()] == ["moving", "planned", "done"]


def test_delete_a_handover(journal: Journal, jo: int) -> None:
    saved = journal.skills.add_handover(Handover(title="Gone", person_id=jo))
    journal.skills.delete_handover(saved.id or 0)
    assert journal.skills.handovers() == []
    with pytest.raises(RecordNotFound):
        journal.skills.get_handover(saved.id or 0)
    with pytest.raises(RecordNotFound):
        journal.skills.update_handover(saved)
