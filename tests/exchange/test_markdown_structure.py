"""The export read back by a CommonMark parser: one list item per record and fact, headings and code intact.

The oracle counts from the journal's own records what the file must list
(every fact that is set, every milestone, teaching record, handover, skill),
and markdown-it counts what a reader sees. A list item that wraps must stay
one item; a name full of Markdown must stay one name.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest
from markdown_checks import TODAY, lint, markdownlint
from markdown_it import MarkdownIt
from markdown_it.token import Token

from career_journal import demo
from career_journal.domain.coverage import only_you
from career_journal.domain.enums import (
    Criticality,
    GoalDirection,
    HandoverStatus,
    InteractionKind,
    LearnerLevel,
    OpportunityStatus,
    Relationship,
    TeachingMethod,
    TeamRole,
)
from career_journal.domain.records import (
    Adviser,
    Entry,
    Goal,
    Handover,
    Interaction,
    Opportunity,
    Person,
    Skill,
    Teaching,
)
from career_journal.exchange.markdown import MarkdownOptions, build_markdown
from career_journal.storage.journal import Journal

EVERYTHING = MarkdownOptions(include_private=True, include_contact_details=True, everyone=True)
# Pieces of hostile text for names and fields: Markdown that must stay literal, and length that must wrap.
HOSTILE = ["- 1. # >", "*not em*", "[a](http://x)", "<b>bold</b>", "`tick", "_under_", "| pipe |", "\\", "&amp;"]
WORDS = ["release", "train", "Åsa", "Öberg", "handover", "runbook", "on-call", "2026.", "3)", "—", "x@y.example"]


def hostile(rnd: random.Random, length: int) -> str:
    words = []
    while len(" ".join(words)) < length:
        words.append(rnd.choice(HOSTILE) if rnd.random() < 0.3 else rnd.choice(WORDS))
    return " ".join(words)


def body(rnd: random.Random, number: int) -> str:
    """A note with a list, a heading and a code block, each marked so it can be found in the file."""
    items = "\n".join(f"- BODYITEM-{number}-{i} {hostile(rnd, rnd.randint(10, 140))}" for i in range(3))
    code = f"CODE-{number} x = [1, 2]\n    indented  # kept"
    return (
        f"Text {hostile(rnd, 200)}\n\n## BODYHEAD-{number} What did I teach\n\n{items}\n\n"
        f"```python\n{code}\n```\n\nText {hostile(rnd, 90)}"
    )


def populate(journal: Journal, seed: int = 8) -> None:
    rnd = random.Random(seed)
    with journal.transaction():
        people = [
            journal.people.add(
                Person(
                    name=f"P{n} {hostile(rnd, 50)}",
                    org=hostile(rnd, 20) if n % 2 else "",
                    role=hostile(rnd, 30) if n % 3 else "",
                    relationship=Relationship.PEER if n % 2 else None,
                    how_met=hostile(rnd, 60),
                    needs=hostile(rnd, 160),
                    email=f"p{n}@example.org",
                    phone="+44 7700 900000",
                    follow_up=TODAY + timedelta(days=n) if n % 2 else None,
                    notes="Text " + hostile(rnd, 100),  # Markdown, like every note: a list only when meant
                )
            )
            for n in range(6)
        ]
        skills = [
            journal.skills.add(
                Skill(
                    name=f"S{n} {hostile(rnd, 70)}",
                    criticality=Criticality.CRITICAL,
                    documented=["", "https://wiki.example.org/a_b", "/home/me/notes.md"][n % 3],
                )
            )
            for n in range(4)
        ]
        for n, skill in enumerate(skills[:3]):
            journal.skills.add_teaching(
                Teaching(
                    skill_id=skill.id or 0,
                    person_id=people[n].id or 0,
                    taught_on=TODAY - timedelta(days=n),
                    method=TeachingMethod.PAIRING,
                    level=LearnerLevel.ON_THEIR_OWN if n == 0 else LearnerLevel.AWARE,
                    notes=hostile(rnd, 150),
                )
            )
        journal.skills.add_handover(
            Handover(
                title=hostile(rnd, 90),
                person_id=people[1].id or 0,
                status=HandoverStatus.IN_TRANSITION,
                started_on=TODAY - timedelta(days=20),
                notes=hostile(rnd, 150),
            )
        )
        goal = journal.goals.add(
            Goal(
                title=f"G {hostile(rnd, 90)}",
                direction=GoalDirection.UP,
                why=body(rnd, 900),
                target_date=TODAY + timedelta(days=100),
            )
        )
        for n in range(3):
            journal.goals.add_milestone(goal.id or 0, hostile(rnd, 120), TODAY if n == 0 else None)
        journal.goals.add(Goal(title=f"Exit {hostile(rnd, 40)}", direction=GoalDirection.EXIT))
        for n in range(8):
            journal.entries.add(
                Entry(
                    title=f"T{n} {hostile(rnd, 40)}",
                    body=body(rnd, n),
                    entry_date=TODAY - timedelta(days=n),
                    tags=[f"tag{n}", "work"] if n % 2 else [],
                    person_ids=[people[n % 6].id or 0] if n % 3 else [],
                    goal_ids=[goal.id or 0] if n % 4 == 0 else [],
                    skill_ids=[skills[n % 4].id or 0] if n % 2 else [],
                    private=n == 7,
                )
            )
        for n in range(4):
            journal.people.add_interactions(
                [
                    Interaction(
                        occurred_on=TODAY - timedelta(days=n),
                        notes=body(rnd, 100 + n),
                        person_ids=[people[n].id or 0, people[n + 1].id or 0],
                        kind=InteractionKind.COFFEE,
                        questions=hostile(rnd, 120) if n % 2 else "",
                        learned=hostile(rnd, 120),
                        follow_up=TODAY + timedelta(days=3) if n == 0 else None,
                    )
                ]
            )
        for n in range(3):
            journal.people.add_opportunity(
                Opportunity(
                    title=f"O{n} {hostile(rnd, 80)}",
                    person_id=people[n].id,
                    value=hostile(rnd, 120) if n != 1 else "",
                    status=OpportunityStatus.PROPOSED,
                    notes="Text " + hostile(rnd, 60),
                    private=n == 2,
                )
            )
        for n, role in enumerate((TeamRole.COACH, TeamRole.MENTOR)):
            journal.people.add_adviser(
                Adviser(
                    person_id=people[n].id or 0,
                    role=role,
                    helps_with=hostile(rnd, 120),
                    cadence_days=30 if n == 0 else None,
                    open_asks=hostile(rnd, 100) if n == 0 else "",
                    notes=hostile(rnd, 50),
                )
            )


def expected_items(journal: Journal, options: MarkdownOptions) -> int:
    """How many list items the file must hold outside the notes' own lists, counted from the records."""
    shown_goals = [g for g in journal.goals.list() if options.include_private or not g.private]
    count = 0
    if options.coach:  # the summary: period, wins, taught, goals, customers, overdue, and critical skills if any
        count += 6 + any(s.criticality is Criticality.CRITICAL for s in journal.skills.list())
    for goal in shown_goals:
        count += 2 + bool(goal.target_date) + bool(goal.milestones) + len(goal.milestones)
    private = None if options.include_private else False
    from career_journal.domain.queries import EntryFilter

    for entry in journal.entries.iter_all(EntryFilter(date_to=TODAY, private=private)):
        goals = [g for g in entry.goal_ids if any(g == shown.id for shown in shown_goals)]
        count += 1 + bool(entry.tags) + bool(entry.person_ids) + bool(goals) + bool(entry.skill_ids)
    coverage = journal.coverage()
    count += len(only_you(coverage)) + len(coverage)
    count += sum(t.taught_on <= TODAY for t in journal.skills.teachings())
    count += sum(h.status is not HandoverStatus.HANDED_OVER for h in journal.skills.handovers())
    for interaction in journal.people.interactions(date_to=TODAY):
        count += bool(interaction.questions.strip()) + bool(interaction.learned.strip()) + bool(interaction.follow_up)
    for opportunity in journal.people.opportunities():
        if options.include_private or not opportunity.private:
            count += bool(opportunity.person_name) + 1 + bool(opportunity.value.strip())
    for person in journal.people.list():
        fields = [person.role, person.org, person.relationship, person.needs, person.how_met, person.last_contact]
        fields.append(person.follow_up)
        if options.include_contact_details:
            fields += [person.email, person.phone]
        count += sum(bool(field) for field in fields)
    for role in journal.team(TODAY):
        for status in role.advisers:
            adviser = status.adviser
            count += 2 + bool(adviser.helps_with) + bool(status.next_due) + bool(adviser.open_asks)
            count += bool(adviser.notes) and not options.coach
    return count


def heading_texts(tokens: list[Token]) -> list[str]:
    """Each heading as a reader sees it (escapes gone, links and code as their text)."""
    return [
        "".join(child.content for child in tokens[i + 1].children or [])
        for i, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def read_back(text: str) -> tuple[list[Token], list[str]]:
    """The tokens a CommonMark reader gets, and the text of each item of a top-level list."""
    tokens = MarkdownIt("commonmark").parse(text)
    items = []
    for index, token in enumerate(tokens):
        if token.type == "list_item_open" and token.level == 1:
            inline = next(t for t in tokens[index:] if t.type == "inline")
            items.append(inline.content)
    return tokens, items


def export(journal: Journal, options: MarkdownOptions) -> str:
    return "".join(build_markdown(journal, options, today=TODAY))


@pytest.fixture
def hostile_journal(journal: Journal) -> Journal:
    populate(journal)
    return journal


def test_every_record_and_fact_is_one_list_item_however_long_or_hostile(hostile_journal: Journal) -> None:
    text = export(hostile_journal, EVERYTHING)

    _tokens, items = read_back(text)
    notes_items = [item for item in items if item.startswith("BODYITEM-")]
    assert len(items) - len(notes_items) == expected_items(hostile_journal, EVERYTHING)
    # Each note's list item is there once, whole (the seven shared entries, the goal, four conversations).
    assert len(notes_items) == len(set(notes_items)) == 3 * (8 + 1 + 4)
    assert any(len(line) > 60 for line in text.splitlines() if line.startswith("  "))  # items did wrap
    assert lint(text) == []


def test_a_coach_packet_of_hostile_records_is_one_item_per_fact_too(hostile_journal: Journal) -> None:
    options = MarkdownOptions(coach=True, everyone=True)
    text = export(hostile_journal, options)

    _tokens, items = read_back(text)
    assert len([i for i in items if not i.startswith("BODYITEM-")]) == expected_items(hostile_journal, options)
    assert "Exit " not in text and "O2 " not in text  # the private goal and opportunity
    assert lint(text) == []


def test_headings_and_code_of_notes_survive_unchanged(hostile_journal: Journal) -> None:
    text = export(hostile_journal, EVERYTHING)

    tokens, _items = read_back(text)
    headings = heading_texts(tokens)
    for number in range(8):
        assert f"BODYHEAD-{number} What did I teach" in headings or any(
            h.startswith(f"BODYHEAD-{number} What did I teach (") for h in headings
        )
    titles = {e.id: e for e in hostile_journal.entries.iter_all()}
    for entry in titles.values():
        heading = f"{entry.entry_date} — {' '.join(entry.display_title.split())}"
        shown = [h for h in headings if h.startswith(f"{entry.entry_date} — T")]
        assert heading in shown or any(heading.startswith(h.rstrip("…")) for h in shown if h.endswith("…"))
    code = [t.content for t in tokens if t.type == "fence"]
    for number in [*range(8), 900, 100, 101, 102, 103]:
        assert f"CODE-{number} x = [1, 2]\n    indented  # kept\n" in code


@pytest.mark.parametrize(
    "options",
    [
        MarkdownOptions(coach=True),
        MarkdownOptions(coach=True, include_private=True),
        MarkdownOptions(coach=True, include_contact_details=True),
        MarkdownOptions(coach=True, include_private=True, include_contact_details=True, everyone=True),
        MarkdownOptions(),
        MarkdownOptions(include_private=True, include_contact_details=True),
    ],
    ids=["coach", "coach+private", "coach+contacts", "coach+all", "full", "full+all"],
)
def test_the_demo_lists_one_item_per_record_and_fact(journal: Journal, options: MarkdownOptions) -> None:
    demo.populate(journal, TODAY, earlier_months=True)
    text = export(journal, options)

    _tokens, items = read_back(text)
    labels = ("Direction:", "Status:", "Kind:", "Tags:", "People:", "Goals:", "Skills:", "Asked:", "Learned:")
    facts = [item for item in items if item.startswith(labels)]
    assert facts  # the facts are there, each one item
    assert all("\n- " not in item for item in items)
    milestones = sum(len(g.milestones) for g in journal.goals.list() if options.include_private or not g.private)
    assert sum(item.startswith(("[x] ", "[ ] ")) for item in items) == milestones
    assert lint(text) == []


def test_markdownlint_passes_the_demo_exports_with_and_without_the_include_options(
    journal: Journal, tmp_path: Path
) -> None:
    """The real markdownlint (markdownlint-cli2, which scripts/setup installs), on every combination at once."""
    demo.populate(journal, TODAY, earlier_months=True)
    files = []
    for coach in (True, False):
        for private in (True, False):
            for contacts in (True, False):
                for everyone in (True, False):
                    options = MarkdownOptions(
                        coach=coach, include_private=private, include_contact_details=contacts, everyone=everyone
                    )
                    path = tmp_path / f"demo-{coach}-{private}-{contacts}-{everyone}.md"
                    path.write_text(export(journal, options), encoding="utf-8")
                    files.append(path)
    hostile = tmp_path / "hostile.md"
    populate(journal)
    hostile.write_text(export(journal, EVERYTHING), encoding="utf-8")

    assert markdownlint([*files, hostile]) == []
