"""The timeline read from a real journal (every kind, newest first, keyset pages, filters) and the Insights reads."""

from __future__ import annotations

from datetime import date

import pytest

from career_journal.domain.enums import (
    Criticality,
    EntryKind,
    GoalDirection,
    HandoverStatus,
    InteractionKind,
    LearnerLevel,
    RecordKind,
    Relationship,
    TeamRole,
)
from career_journal.domain.records import (
    Adviser,
    Entry,
    Goal,
    Handover,
    Interaction,
    Milestone,
    Opportunity,
    Person,
    Skill,
    Teaching,
)
from career_journal.domain.timeline import TimelineFilter
from career_journal.language import Language, use_language
from career_journal.storage.journal import Journal


def _written(day: str) -> str:
    return f"{day}T09:00:00+00:00"


@pytest.fixture
def story(journal: Journal) -> dict[str, int]:
    """One record of every kind, each on a known day (the adviser is written down today)."""
    dana = journal.people.add(
        Person("Dana Whitfield", relationship=Relationship.PEER, created_at=_written("2026-01-10"))
    )
    marcus = journal.people.add(
        Person(
            "Marcus Obi", org="Payments", relationship=Relationship.INTERNAL_CUSTOMER, created_at=_written("2026-02-01")
        )
    )
    skill = journal.skills.add(
        Skill("Release train", criticality=Criticality.CRITICAL, created_at=_written("2026-01-05"))
    )
    goal = journal.goals.add(
        Goal(
            "Staff engineer",
            created_at=_written("2026-01-20"),
            milestones=[Milestone("Hand over the release", done_on=date(2026, 3, 1)), Milestone("Write the runbook")],
        )
    )
    teaching = journal.skills.add_teaching(
        Teaching(skill.id, dana.id, date(2026, 3, 1), level=LearnerLevel.WITH_HELP)  # type: ignore[arg-type]
    )
    handover = journal.skills.add_handover(
        Handover("Weekly release", dana.id, HandoverStatus.IN_TRANSITION, started_on=date(2026, 2, 15))  # type: ignore[arg-type]
    )
    talk = journal.people.add_interaction(
        Interaction(date(2026, 3, 2), "Q3 goals for Payments", [marcus.id], kind=InteractionKind.COFFEE)  # type: ignore[list-item]
    )
    opportunity = journal.people.add_opportunity(
        Opportunity("Self-service rollback", person_id=marcus.id, created_at=_written("2026-03-03"))
    )
    adviser = journal.people.add_adviser(Adviser(dana.id, TeamRole.PEER))  # type: ignore[arg-type]
    win = journal.entries.add(
        Entry("Dana ran the release", date(2026, 3, 1), title="Release handed over", kind=EntryKind.WIN,
              tags=["release"], person_ids=[dana.id], goal_ids=[goal.id])  # type: ignore[list-item]
    )  # fmt: skip
    note = journal.entries.add(
        Entry("Thinking about leaving.\nMore later.", date(2026, 3, 2), private=True, person_ids=[marcus.id])  # type: ignore[list-item]
    )
    review = journal.entries.add(Entry("A quiet start", date(2026, 1, 1), kind=EntryKind.REFLECTION))
    return {
        "dana": dana.id, "marcus": marcus.id, "skill": skill.id, "goal": goal.id, "done": goal.milestones[0].id,
        "teaching": teaching.id, "handover": handover.id, "talk": talk.id, "opportunity": opportunity.id,
        "adviser": adviser.id, "win": win.id, "note": note.id, "review": review.id,
    }  # type: ignore[return-value]  # fmt: skip


def _line(journal: Journal, filters: TimelineFilter | None = None) -> list[tuple[str, int]]:
    return [(item.kind.value, item.record_id) for item in journal.timeline.page(filters, limit=1000)]


def test_every_kind_is_on_one_line_newest_first_entries_first_within_a_day(journal: Journal, story: dict) -> None:
    assert _line(journal) == [
        ("adviser", story["adviser"]),  # written down today
        ("opportunity", story["opportunity"]),  # 3 March
        ("entry", story["note"]),  # 2 March
        ("interaction", story["talk"]),
        ("entry", story["win"]),  # 1 March
        ("teaching", story["teaching"]),
        ("milestone", story["done"]),
        ("handover", story["handover"]),  # 15 February (started)
        ("person", story["marcus"]),
        ("goal", story["goal"]),
        ("person", story["dana"]),
        ("skill", story["skill"]),
        ("entry", story["review"]),  # 1 January
    ]
    assert journal.timeline.count() == 13  # the open milestone is not on the line


def test_each_row_says_what_it_is(journal: Journal, story: dict) -> None:
    rows = {(i.kind.value, i.record_id): i for i in journal.timeline.page(limit=100)}
    win, note = rows["entry", story["win"]], rows["entry", story["note"]]
    assert (win.title, win.detail, win.private, win.entry_kind) == (
        "Release handed over",
        "Win · release",
        False,
        EntryKind.WIN,
    )
    assert (note.title, note.private) == ("Thinking about leaving.", True)  # the first line of an untitled entry
    assert rows["interaction", story["talk"]].title == "Coffee with Marcus Obi"
    assert rows["interaction", story["talk"]].detail == "Q3 goals for Payments"
    assert rows["teaching", story["teaching"]].title == "Release train → Dana Whitfield"
    assert rows["teaching", story["teaching"]].detail == "Taught · Pairing · with help"
    assert rows["milestone", story["done"]].detail == "Milestone done · Staff engineer"
    assert rows["handover", story["handover"]].detail == "Handover to Dana Whitfield · in transition"
    assert rows["person", story["marcus"]].detail == "Added to your network · internal customer · Payments"
    assert rows["adviser", story["adviser"]].title == "Dana Whitfield"
    assert rows["adviser", story["adviser"]].detail == "Joined your team as peer"
    assert rows["opportunity", story["opportunity"]].detail == "Opportunity · spotted · with Marcus Obi"
    assert rows["skill", story["skill"]].detail == "Skill written down · critical"


def test_each_row_says_what_it_is_in_swedish(journal: Journal, story: dict) -> None:
    rows = {(i.kind.value, i.record_id): i for i in journal.timeline.page(limit=100, language=Language.SWEDISH)}
    assert rows["entry", story["win"]].detail == "Framgång · release"
    assert rows["interaction", story["talk"]].title == "Fika med Marcus Obi"
    assert rows["teaching", story["teaching"]].detail == "Lärt ut · I par · med hjälp"
    assert rows["milestone", story["done"]].detail == "Delmål klart · Staff engineer"
    assert rows["handover", story["handover"]].detail == "Överlämning till Dana Whitfield · pågår"
    assert rows["person", story["marcus"]].detail == "Tillagd i ditt nätverk · intern kund · Payments"
    assert rows["adviser", story["adviser"]].detail == "Med i ditt karriärteam som bollplank"  # not "kollega"
    assert rows["opportunity", story["opportunity"]].detail == "Möjlighet · upptäckt · med Marcus Obi"
    assert rows["skill", story["skill"]].detail == "Kunskap nedskriven · kritisk"
    use_language(Language.SWEDISH)  # as the app does at start: the default follows it
    try:
        assert journal.timeline.page(limit=100)[0].detail.startswith("Med i ditt karriärteam")
    finally:
        use_language(Language.ENGLISH)


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_keyset_pages_read_the_whole_line_once(journal: Journal, story: dict, size: int) -> None:
    read, after = [], None
    while True:
        page = journal.timeline.page(after=after, limit=size)
        read += [(item.kind.value, item.record_id) for item in page]
        if len(page) < size:
            break
        after = page[-1].cursor
    assert read == _line(journal)


def test_filters_by_kind_tag_person_and_goal(journal: Journal, story: dict) -> None:
    entries = TimelineFilter(kinds=frozenset({RecordKind.ENTRY}))
    assert _line(journal, entries) == [("entry", story["note"]), ("entry", story["win"]), ("entry", story["review"])]
    assert _line(journal, TimelineFilter(tag="Release")) == [("entry", story["win"])]  # tags are matched as stored
    assert _line(journal, TimelineFilter(person_id=story["dana"])) == [
        ("adviser", story["adviser"]),
        ("entry", story["win"]),
        ("teaching", story["teaching"]),
        ("handover", story["handover"]),
        ("person", story["dana"]),
    ]
    assert _line(journal, TimelineFilter(person_id=story["marcus"])) == [
        ("opportunity", story["opportunity"]),
        ("entry", story["note"]),
        ("interaction", story["talk"]),
        ("person", story["marcus"]),
    ]
    assert _line(journal, TimelineFilter(goal_id=story["goal"])) == [
        ("entry", story["win"]),
        ("milestone", story["done"]),
        ("goal", story["goal"]),
    ]
    both = TimelineFilter(person_id=story["dana"], goal_id=story["goal"], tag="release")
    assert _line(journal, both) == [("entry", story["win"])]
    assert _line(journal, TimelineFilter(tag="nothing-has-this")) == []
    for filters in (entries, TimelineFilter(tag="release"), TimelineFilter(person_id=story["dana"]), both):
        assert journal.timeline.count(filters) == len(_line(journal, filters))


def test_a_deleted_record_leaves_the_line(journal: Journal, story: dict) -> None:
    journal.entries.delete(story["win"])
    journal.people.delete_interaction(story["talk"])
    assert ("entry", story["win"]) not in _line(journal)
    assert ("interaction", story["talk"]) not in _line(journal)
    assert journal.timeline.count() == 11


def test_the_people_to_choose_from(journal: Journal, story: dict) -> None:
    assert journal.timeline.people() == [(story["dana"], "Dana Whitfield"), (story["marcus"], "Marcus Obi (Payments)")]


def test_the_timeline_indexes_come_with_the_schema(journal: Journal) -> None:
    names = {row[0] for row in journal.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    assert {"teachings_by_date", "milestones_by_done", "people_by_created_day"} <= names


def test_insights_read_from_a_journal(journal: Journal, story: dict) -> None:
    today = date(2026, 3, 20)
    journal.entries.add(Entry("Shipped it", date(2026, 3, 10), kind=EntryKind.WIN, private=True))
    journal.people.update(_with_follow_up(journal.people.get(story["dana"]), date(2026, 3, 1)))
    insights = journal.insights_for(today)
    rhythm = insights.chart("rhythm")
    assert rhythm.buckets[-1].values == (2, 0)  # two wins in March, one of them private
    assert rhythm.buckets[-3].values == (0, 1)  # the reflection of 1 January
    shared = journal.insights_for(today, include_private=False).chart("rhythm")
    assert shared.buckets[-1].values == (1, 0)
    assert insights.chart("teaching").buckets[-1].values == (0, 1, 0, 0)
    assert insights.chart("coverage").reading == "1 of 1 critical skills only you, as in April 2025."
    network = insights.chart("network")
    assert [b.total for b in network.buckets] == [1, 0, 0, 0, 0, 1]  # Marcus this month; Dana never spoken to
    assert network.reading.endswith("1 follow-up overdue.")
    assert insights.chart("goals").buckets[0].values == (50.0,)


def _with_follow_up(person: Person, day: date) -> Person:
    person.follow_up = day
    return person


def test_private_goals_are_marked_on_the_line_and_left_out_of_shareable_charts(journal: Journal) -> None:
    exit_plan = journal.goals.add(
        Goal("Leave by summer", direction=GoalDirection.EXIT, target_date=date(2026, 6, 30),
             milestones=[Milestone("Update CV", done_on=date(2026, 3, 1))])
    )  # fmt: skip
    rows = {(i.kind.value, i.record_id): i for i in journal.timeline.page(limit=100)}
    assert rows["goal", exit_plan.id].private and rows["milestone", exit_plan.milestones[0].id].private
    today = date(2026, 3, 20)
    assert [b.label for b in journal.insights_for(today).chart("goals").buckets] == ["Leave by summer"]
    assert journal.insights_for(today, include_private=False).chart("goals").buckets == []
