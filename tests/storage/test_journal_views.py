"""The facade's derived views, read from a real journal: coverage, team, follow-ups, counts."""

from __future__ import annotations

from datetime import date, timedelta

from career_journal.domain.coverage import job_coverage
from career_journal.domain.enums import EntryKind, LearnerLevel, TeamRole
from career_journal.domain.records import Adviser, Entry, Interaction, Person, Skill, Teaching
from career_journal.storage.journal import Journal

SAMPLE_TODAY = date(2026, 11, 23)  # the date tests/conftest.py's sample_journal is built around


def test_the_sample_story_is_whole(sample_journal: Journal) -> None:
    assert sample_journal.counts() == {
        "entry": 12,
        "goal": 4,
        "milestone": 8,
        "skill": 7,
        "teaching": 6,
        "handover": 3,
        "person": 9,
        "interaction": 7,
        "opportunity": 4,
        "adviser": 5,
        "attachment": 2,
    }
    assert sample_journal.check() == []
    assert not sample_journal.is_empty()


def test_an_empty_journal(journal: Journal) -> None:
    assert journal.is_empty()
    assert journal.check() == []
    assert journal.coverage() == []
    follow_ups = journal.follow_ups(SAMPLE_TODAY)
    assert follow_ups.count == 0
    assert follow_ups.days_since_reflection is None
    assert [r.role for r in journal.team(SAMPLE_TODAY)] == [r for r in TeamRole if r.is_core]
    assert all(not r.filled for r in journal.team(SAMPLE_TODAY))


def test_only_you_in_the_sample(sample_journal: Journal) -> None:
    rows = [(c.skill.name, c.next_step()) for c in sample_journal.only_you()]
    assert rows == [
        ("Terraform state surgery", "Teach it to someone; write it down"),
        ("On-call incident command", "Take Dana Whitfield from aware to with help; write it down"),
        ("Postgres failover", "Take Jo Martins from with help to on their own"),
        ("Interviewing", "Teach it to someone; write it down"),
        ("Capacity planning", "Take Jo Martins from aware to with help; write it down"),
    ]
    covered = {c.skill.name for c in sample_journal.coverage() if c.covered}
    assert covered == {"Release train", "Cost reporting"}


def test_coverage_takes_each_learners_best_level(journal: Journal) -> None:
    skill = journal.skills.add(Skill(name="Release train")).id or 0
    dana = journal.people.add(Person(name="Dana")).id or 0
    for day, level in [(1, LearnerLevel.WITH_HELP), (20, LearnerLevel.AWARE), (10, LearnerLevel.ON_THEIR_OWN)]:
        journal.skills.add_teaching(Teaching(skill_id=skill, person_id=dana, taught_on=date(2026, 1, day), level=level))
    (coverage,) = journal.coverage()
    (learner,) = coverage.learners
    assert learner.best_level is LearnerLevel.ON_THEIR_OWN
    assert learner.last_taught_on == date(2026, 1, 20)
    assert coverage.covered
    assert journal.only_you() == []


def test_team_in_the_sample(sample_journal: Journal) -> None:
    team = {r.role: r for r in sample_journal.team(SAMPLE_TODAY)}
    assert not team[TeamRole.RESUME_WRITER].filled
    assert not team[TeamRole.PROFILE].filled
    assert TeamRole.OTHER not in team
    (mentor,) = team[TeamRole.MENTOR].advisers
    assert (mentor.adviser.person_name, mentor.overdue_days(SAMPLE_TODAY)) == ("Priya Raman", 27)
    (coach,) = team[TeamRole.COACH].advisers
    assert coach.overdue_days(SAMPLE_TODAY) == 0
    assert coach.next_due == SAMPLE_TODAY + timedelta(days=9)


def test_a_check_in_logged_today_clears_an_overdue_adviser(sample_journal: Journal) -> None:
    priya = sample_journal.people.resolve("Priya")
    sample_journal.people.add_interaction(Interaction(SAMPLE_TODAY, "Architecture chat", [priya.id or 0]))
    team = {r.role: r for r in sample_journal.team(SAMPLE_TODAY)}
    (mentor,) = team[TeamRole.MENTOR].advisers
    assert mentor.last_check_in == SAMPLE_TODAY
    assert mentor.overdue_days(SAMPLE_TODAY) == 0
    due = sample_journal.follow_ups(SAMPLE_TODAY)
    assert "Priya Raman" not in [s.adviser.person_name for s in due.advisers]
    assert "Priya Raman" not in [p.person.name for p in due.people], "her due follow-up was settled too"


def test_follow_ups_in_the_sample(sample_journal: Journal) -> None:
    due = sample_journal.follow_ups(SAMPLE_TODAY)
    assert [(p.person.name, p.overdue_days(SAMPLE_TODAY)) for p in due.people] == [
        ("Priya Raman", 2),
        ("Helen Tran", 1),
        ("Jo Martins", 0),
    ]
    assert [s.adviser.person_name for s in due.advisers] == ["Priya Raman", "Ruth Olsen"]
    assert [(g.goal.title, g.days_left) for g in due.goals] == [("Promotion to staff engineer", 24)]
    assert due.days_since_reflection == 9
    assert due.count == 6


def test_a_new_adviser_never_met_is_due_today(journal: Journal) -> None:
    sam = journal.people.add(Person(name="Sam")).id or 0
    journal.people.add_adviser(Adviser(person_id=sam, role=TeamRole.COACH, cadence_days=30))
    journal.entries.add(Entry(body="Reflecting", entry_date=SAMPLE_TODAY, kind=EntryKind.REFLECTION))
    due = journal.follow_ups(SAMPLE_TODAY)
    assert [(s.adviser.person_name, s.next_due) for s in due.advisers] == [("Sam", SAMPLE_TODAY)]
    assert due.days_since_reflection == 0


def test_coverage_read_as_one_row_per_learner_agrees_with_every_teaching_record(sample_journal: Journal) -> None:
    skill = sample_journal.skills.list()[0].id or 0
    newcomer = sample_journal.people.add(Person(name="Robin Newcomer")).id or 0
    for day, level in ((date(2026, 1, 5), LearnerLevel.CAN_TEACH), (date(2026, 2, 9), LearnerLevel.AWARE)):
        sample_journal.skills.add_teaching(Teaching(skill, newcomer, day, level=level))
    from_records = job_coverage(sample_journal.skills.list(), sample_journal.skills.teachings())
    assert sample_journal.coverage() == from_records
    (learner,) = [learner for c in from_records for learner in c.learners if learner.person_id == newcomer]
    assert (learner.best_level, learner.last_taught_on) == (LearnerLevel.CAN_TEACH, date(2026, 2, 9))
