"""Derived views: job coverage, 'only you', team coverage and follow-ups, from plain records."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from career_journal.domain.coverage import Learner, SkillCoverage, adviser_status, job_coverage, only_you, team_coverage
from career_journal.domain.enums import Criticality, GoalStatus, LearnerLevel, TeamRole
from career_journal.domain.followups import GOAL_HORIZON_DAYS, follow_ups_due
from career_journal.domain.records import Adviser, Goal, Person, Skill, Teaching

TODAY = date(2026, 6, 15)


def _skill(skill_id: int, name: str, criticality: Criticality = Criticality.NORMAL, documented: str = "") -> Skill:
    return Skill(name=name, criticality=criticality, documented=documented, id=skill_id)


def _taught(skill_id: int, person_id: int, name: str, level: LearnerLevel, days_ago: int = 10) -> Teaching:
    return Teaching(
        skill_id=skill_id,
        person_id=person_id,
        person_name=name,
        taught_on=TODAY - timedelta(days=days_ago),
        level=level,
    )


# -- job coverage ----------------------------------------------------------------------------------


def test_coverage_keeps_each_learners_best_level_and_latest_day() -> None:
    skills = [_skill(1, "Release train")]
    teachings = [
        _taught(1, 7, "Dana", LearnerLevel.WITH_HELP, days_ago=30),
        _taught(1, 7, "Dana", LearnerLevel.AWARE, days_ago=2),
        _taught(1, 8, "Jo", LearnerLevel.AWARE, days_ago=5),
        _taught(2, 8, "Jo", LearnerLevel.CAN_TEACH),  # another skill
    ]
    (coverage,) = job_coverage(skills, teachings)
    assert [(lr.person_name, lr.best_level, lr.last_taught_on) for lr in coverage.learners] == [
        ("Dana", LearnerLevel.WITH_HELP, TODAY - timedelta(days=2)),
        ("Jo", LearnerLevel.AWARE, TODAY - timedelta(days=5)),
    ]
    assert coverage.best_level is LearnerLevel.WITH_HELP
    assert not coverage.covered


def test_a_skill_nobody_was_taught() -> None:
    (coverage,) = job_coverage([_skill(1, "Terraform")], [])
    assert coverage.learners == []
    assert coverage.best_level is None
    assert not coverage.covered
    assert coverage.next_step() == "Teach it to someone; write it down"


@pytest.mark.parametrize(
    ("level", "documented", "step"),
    [
        (LearnerLevel.AWARE, "", "Take Dana from aware to with help; write it down"),
        (LearnerLevel.WITH_HELP, "wiki/x", "Take Dana from with help to on their own"),
        (LearnerLevel.ON_THEIR_OWN, "", "Covered"),
        (LearnerLevel.CAN_TEACH, "wiki/x", "Covered"),
    ],
)
def test_next_step(level: LearnerLevel, documented: str, step: str) -> None:
    (coverage,) = job_coverage([_skill(1, "Failover", documented=documented)], [_taught(1, 7, "Dana", level)])
    assert coverage.next_step() == step
    assert coverage.covered is level.can_cover


def test_next_step_names_the_closest_learner() -> None:
    teachings = [_taught(1, 7, "Ann", LearnerLevel.AWARE), _taught(1, 8, "Zed", LearnerLevel.WITH_HELP)]
    (coverage,) = job_coverage([_skill(1, "Failover", documented="doc")], teachings)
    assert coverage.next_step() == "Take Zed from with help to on their own"


def test_only_you_orders_critical_then_undocumented_then_furthest_from_covered() -> None:
    skills = [
        _skill(1, "normal undocumented", Criticality.NORMAL),
        _skill(2, "critical documented, nobody", Criticality.CRITICAL, "doc"),
        _skill(3, "critical undocumented, with help", Criticality.CRITICAL),
        _skill(4, "critical undocumented, nobody", Criticality.CRITICAL),
        _skill(5, "critical undocumented, covered", Criticality.CRITICAL),
        _skill(6, "low", Criticality.LOW),
        _skill(7, "critical documented, aware", Criticality.CRITICAL, "doc"),
        _skill(8, "Critical undocumented, nobody (second by name)", Criticality.CRITICAL),
    ]
    teachings = [
        _taught(3, 1, "A", LearnerLevel.WITH_HELP),
        _taught(5, 1, "A", LearnerLevel.ON_THEIR_OWN),
        _taught(7, 1, "A", LearnerLevel.AWARE),
    ]
    assert [c.skill.id for c in only_you(job_coverage(skills, teachings))] == [4, 8, 3, 2, 7, 1, 6]


def test_skill_coverage_of_an_unsaved_skill_has_no_learners() -> None:
    (coverage,) = job_coverage([Skill(name="Unsaved")], [_taught(1, 7, "Dana", LearnerLevel.CAN_TEACH)])
    assert coverage.learners == []
    assert isinstance(coverage, SkillCoverage)


# -- team coverage ---------------------------------------------------------------------------------


def _adviser(person_id: int, name: str, role: TeamRole, cadence: int | None = 30) -> Adviser:
    return Adviser(person_id=person_id, role=role, cadence_days=cadence, person_name=name)


def test_every_core_role_is_listed_filled_or_empty() -> None:
    roles = team_coverage([_adviser(1, "Sam", TeamRole.COACH)], {}, TODAY)
    assert [r.role for r in roles] == [r for r in TeamRole if r is not TeamRole.OTHER]
    assert [r.role for r in roles if r.filled] == [TeamRole.COACH]


def test_other_is_listed_only_when_filled() -> None:
    roles = team_coverage([_adviser(1, "Kim", TeamRole.OTHER)], {}, TODAY)
    assert roles[-1].role is TeamRole.OTHER
    assert roles[-1].filled


def test_advisers_in_a_role_are_sorted_by_name() -> None:
    advisers = [
        _adviser(1, "zoe", TeamRole.PEER),
        _adviser(2, "Adam", TeamRole.PEER),
        _adviser(3, "bea", TeamRole.PEER),
    ]
    peers = next(r for r in team_coverage(advisers, {}, TODAY) if r.role is TeamRole.PEER)
    assert [s.adviser.person_name for s in peers.advisers] == ["Adam", "bea", "zoe"]


def test_overdue_by_cadence() -> None:
    advisers = [_adviser(1, "Sam", TeamRole.COACH, 30), _adviser(2, "Ruth", TeamRole.SPONSOR, 21)]
    last = {1: TODAY - timedelta(days=40), 2: TODAY - timedelta(days=21)}
    by_role = {r.role: r for r in team_coverage(advisers, last, TODAY)}
    (coach,) = by_role[TeamRole.COACH].advisers
    assert coach.next_due == TODAY - timedelta(days=10)
    assert coach.overdue_days(TODAY) == 10
    (sponsor,) = by_role[TeamRole.SPONSOR].advisers
    assert sponsor.next_due == TODAY
    assert sponsor.overdue_days(TODAY) == 0


def test_never_met_is_due_today_not_overdue_for_ever() -> None:
    status = adviser_status(_adviser(1, "New", TeamRole.MENTOR, 14), None, TODAY)
    assert status.last_check_in is None
    assert status.next_due == TODAY
    assert status.overdue_days(TODAY) == 0
    assert status.overdue_days(TODAY + timedelta(days=3)) == 3


def test_no_cadence_is_never_due() -> None:
    status = adviser_status(_adviser(1, "Peer", TeamRole.PEER, None), TODAY - timedelta(days=900), TODAY)
    assert status.next_due is None
    assert status.overdue_days(TODAY) == 0


# -- follow-ups ------------------------------------------------------------------------------------


def _goal(title: str, days: int | None, status: GoalStatus = GoalStatus.ACTIVE) -> Goal:
    return Goal(title=title, status=status, target_date=None if days is None else TODAY + timedelta(days=days))


def test_people_due_today_or_earlier_oldest_first() -> None:
    people = [
        Person(name="later", follow_up=TODAY + timedelta(days=1)),
        Person(name="today", follow_up=TODAY),
        Person(name="late", follow_up=TODAY - timedelta(days=5)),
        Person(name="never"),
    ]
    due = follow_ups_due(people, [], {}, [], None, TODAY)
    assert [(d.person.name, d.overdue_days(TODAY)) for d in due.people] == [("late", 5), ("today", 0)]


def test_advisers_overdue_or_due_most_overdue_first() -> None:
    advisers = [
        _adviser(1, "on time", TeamRole.COACH, 30),
        _adviser(2, "overdue", TeamRole.SPONSOR, 7),
        _adviser(3, "never met", TeamRole.MENTOR, 14),
        _adviser(4, "no cadence", TeamRole.PEER, None),
    ]
    last = {1: TODAY - timedelta(days=3), 2: TODAY - timedelta(days=20), 4: TODAY - timedelta(days=400)}
    due = follow_ups_due([], advisers, last, [], None, TODAY)
    assert [s.adviser.person_name for s in due.advisers] == ["overdue", "never met"]


def test_goals_within_the_horizon_including_overdue_ones() -> None:
    goals = [
        _goal("far", GOAL_HORIZON_DAYS + 1),
        _goal("edge", GOAL_HORIZON_DAYS),
        _goal("soon", 3),
        _goal("overdue", -4),
        _goal("no date", None),
        _goal("idea soon", 5, GoalStatus.IDEA),
        _goal("achieved soon", 2, GoalStatus.ACHIEVED),
        _goal("dropped overdue", -1, GoalStatus.DROPPED),
    ]
    due = follow_ups_due([], [], {}, goals, None, TODAY)
    assert [(d.goal.title, d.days_left) for d in due.goals] == [
        ("overdue", -4),
        ("soon", 3),
        ("idea soon", 5),
        ("edge", GOAL_HORIZON_DAYS),
    ]


def test_days_since_the_last_reflection_and_the_count() -> None:
    due = follow_ups_due(
        [Person(name="p", follow_up=TODAY)],
        [_adviser(1, "a", TeamRole.COACH)],
        {},
        [_goal("g", 1)],
        TODAY - timedelta(days=12),
        TODAY,
    )
    assert due.days_since_reflection == 12
    assert due.count == 3
    assert follow_ups_due([], [], {}, [], None, TODAY).days_since_reflection is None


def test_the_next_step_is_worded_in_the_language_asked_for() -> None:
    from career_journal.language import Language

    coverage = SkillCoverage(
        Skill("Postgres failover"), [Learner(1, "Jo *Martins*", LearnerLevel.WITH_HELP, date(2026, 1, 1))]
    )
    assert coverage.next_step(Language.SWEDISH) == "Ta Jo *Martins* från ”med hjälp” till ”på egen hand”; skriv ner det"
    assert coverage.next_step(Language.ENGLISH, name=str.upper).startswith("Take JO *MARTINS* from with help")
