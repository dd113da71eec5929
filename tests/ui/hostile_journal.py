"""A journal in which every name, title and note is HTML that points at a file of its own.

Each field gets its own canary file in one folder, so a test watching the
folder (``file_watch.OpenedFiles``) can name the field whose text Qt read as
HTML. The attacks rotate over an image, a link around an image, a style
sheet with a background image, a table background and a linked style sheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from career_journal.domain.enums import (
    Criticality,
    EntryKind,
    HandoverStatus,
    InteractionKind,
    LearnerLevel,
    OpportunityStatus,
    Relationship,
    TeamRole,
)
from career_journal.domain.records import (
    Adviser,
    Draft,
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
from career_journal.domain.reflection import Prompt, PromptSet
from career_journal.exchange.prompt_sets import save_user_set
from career_journal.storage.journal import Journal

ATTACKS = (
    '{word} <img src="{canary}">',
    '<a href="file://{canary}">{word} <img src="{canary}"></a>',
    '<style>p {{ background-image: url("{canary}") }}</style><p>{word}</p>',
    '<table background="{canary}"><tr><td>{word}</td></tr></table>',
    '<link rel="stylesheet" href="{canary}">{word}',
)


@dataclass
class Canaries:
    """One planted file per field; ``text(field)`` is that field's hostile text."""

    folder: Path
    texts: dict[str, str] = field(default_factory=dict)

    def text(self, name: str) -> str:
        if name not in self.texts:
            canary = self.folder / f"{name}.png"
            canary.write_bytes(b"not really an image")
            attack = ATTACKS[len(self.texts) % len(ATTACKS)]
            self.texts[name] = attack.format(word=name, canary=canary)
        return self.texts[name]

    def field_of(self, file_name: str) -> str:
        return file_name.removesuffix(".png")


@dataclass
class Hostile:
    """The records made, for a test to open each one."""

    person: Person
    quiet_person: Person  # no opportunities with them: the pipeline says so, quoting the name
    interaction: Interaction
    opportunity: Opportunity
    adviser: Adviser
    skill: Skill
    teaching: Teaching
    handover: Handover
    goal: Goal
    entry: Entry
    prompt_set: PromptSet


def fill_journal(journal: Journal, canaries: Canaries, today: date, prompts_dir: Path) -> Hostile:
    text = canaries.text
    person = journal.people.add(
        Person(
            name=text("person-name"),
            org=text("person-org"),
            role=text("person-role"),
            relationship=Relationship.INTERNAL_CUSTOMER,
            how_met=text("person-how-met"),
            needs=text("person-needs"),
            phone=text("person-phone"),
            follow_up=today,
            notes=text("person-notes"),
        )
    )
    quiet = journal.people.add(Person(name=text("quiet-person-name"), org=text("quiet-person-org")))
    interaction = journal.people.add_interaction(
        Interaction(
            occurred_on=today - timedelta(days=40),
            notes=text("interaction-notes"),
            person_ids=[person.id or 0, quiet.id or 0],
            kind=InteractionKind.COFFEE,
            questions=text("interaction-questions"),
            learned=text("interaction-learned"),
        )
    )
    opportunity = journal.people.add_opportunity(
        Opportunity(
            title=text("opportunity-title"),
            person_id=person.id,
            value=text("opportunity-value"),
            status=OpportunityStatus.EXPLORED,
            notes=text("opportunity-notes"),
        )
    )
    adviser = journal.people.add_adviser(
        Adviser(
            person_id=person.id or 0,
            role=TeamRole.MENTOR,
            helps_with=text("adviser-helps-with"),
            cadence_days=14,
            open_asks=text("adviser-open-asks"),
            notes=text("adviser-notes"),
        )
    )
    skill = journal.skills.add(
        Skill(
            name=text("skill-name"),
            criticality=Criticality.CRITICAL,
            documented=text("skill-documented"),
            description=text("skill-description"),
        )
    )
    teaching = journal.skills.add_teaching(
        Teaching(
            skill_id=skill.id or 0,
            person_id=quiet.id or 0,
            taught_on=today - timedelta(days=3),
            level=LearnerLevel.WITH_HELP,
            notes=text("teaching-notes"),
        )
    )
    handover = journal.skills.add_handover(
        Handover(
            title=text("handover-title"),
            person_id=person.id or 0,
            status=HandoverStatus.IN_TRANSITION,
            skill_id=skill.id,
            started_on=today - timedelta(days=9),
            notes=text("handover-notes"),
        )
    )
    goal = journal.goals.add(
        Goal(
            title=text("goal-title"),
            why=text("goal-why"),
            target_date=today + timedelta(days=10),
            milestones=[Milestone(text=text("milestone-text"))],
        )
    )
    linked = {"person_ids": [person.id or 0], "goal_ids": [goal.id or 0], "skill_ids": [skill.id or 0]}
    entry = journal.entries.add(
        Entry(
            title=text("entry-title"),
            body=f"{text('entry-body')}\n\n![a picture]({canaries.folder / 'entry-body-image.png'})",
            entry_date=today,
            kind=EntryKind.WIN,
            tags=["<b>bold</b>", "<i>tag</i>"],
            **linked,
        )
    )
    (canaries.folder / "entry-body-image.png").write_bytes(b"not really an image")
    journal.entries.add(
        Entry(title=text("old-entry-title"), body=text("old-entry-body"), entry_date=today.replace(year=today.year - 1))
    )
    journal.drafts.save(
        Draft(key="entry:new", label=text("draft-label"), fields={"title": text("draft-title"), "body": "typed"})
    )
    prompt_set = PromptSet(
        key="hostile",
        name=text("prompt-set-name"),
        description=text("prompt-set-description"),
        prompts=(Prompt(question=text("prompt-question"), hint=text("prompt-hint")),),
        tags=("hostile",),
        builtin=False,
    )
    save_user_set(prompts_dir, prompt_set)
    return Hostile(person, quiet, interaction, opportunity, adviser, skill, teaching, handover, goal, entry, prompt_set)
