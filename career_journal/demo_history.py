"""The year before the demo's story, for ``career-journal --demo``: so Insights and the Timeline have a past to show.

Only the app's demo adds it (``demo.populate(..., earlier_months=True)``); the
tests' sample journal keeps to the story. Nothing here changes what only you
can do: every teaching record stays below "on their own".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from .domain.enums import EntryKind, InteractionKind, LearnerLevel, Relationship, TeachingMethod
from .domain.records import Entry, Interaction, Person, Skill, Teaching
from .storage.journal import Journal

# When each record of the story was first written down (days before today).
_PEOPLE_SINCE = {
    "Dana Whitfield": -700,
    "Marcus Obi": -250,
    "Priya Raman": -420,
    "Helen Tran": -800,
    "Sam Keller": -95,
    "Jo Martins": -330,
    "Aisha Bello": -210,
    "Tom Alvarez": -140,
    "Ruth Olsen": -390,
}
_SKILLS_SINCE = -340
_GOALS_SINCE = {
    "Promotion to staff engineer": -150,
    "Keep the exit option warm": -120,
    "Learn Rust for tooling": -150,
    "Move sideways into developer experience": -300,
}
_MORE_PEOPLE = [
    # name, org, role, relationship, what they are trying to achieve, met (days ago), last spoke (days ago)
    (
        "Lena Fischer",
        "Finance",
        "Head of FP&A",
        Relationship.INTERNAL_CUSTOMER,
        "Cloud costs she can forecast a quarter ahead.",
        -420,
        -260,
    ),
    (
        "Omar Haddad",
        "Security",
        "Security architect",
        Relationship.PARTNER,
        "One way to rotate secrets across every team.",
        -380,
        -205,
    ),
    (
        "Grace Liu",
        "Mobile",
        "Engineering manager",
        Relationship.INTERNAL_CUSTOMER,
        "Release days without a war room.",
        -300,
        -110,
    ),
    ("Ben Carter", "Platform team", "Engineer", Relationship.PEER, "Wants to learn capacity planning.", -280, -70),
]
_TEACHING = [
    ("On-call incident command", "Jo Martins", -300, TeachingMethod.WORKSHOP, LearnerLevel.AWARE),
    ("Capacity planning", "Ben Carter", -280, TeachingMethod.WORKSHOP, LearnerLevel.WITH_HELP),
    ("Interviewing", "Dana Whitfield", -240, TeachingMethod.SHADOWING, LearnerLevel.AWARE),
    ("Release train", "Dana Whitfield", -200, TeachingMethod.PAIRING, LearnerLevel.AWARE),
    ("Postgres failover", "Jo Martins", -150, TeachingMethod.DOCUMENT, LearnerLevel.AWARE),
    ("Cost reporting", "Helen Tran", -110, TeachingMethod.DOCUMENT, LearnerLevel.WITH_HELP),
    ("Terraform state surgery", "Ben Carter", -85, TeachingMethod.SHADOWING, LearnerLevel.AWARE),
]
_CONVERSATIONS = [
    (-190, InteractionKind.COFFEE, "Dana Whitfield", "What she wants from the next year: the release train."),
    (-95, InteractionKind.MEETING, "Jo Martins", "Onboarding check-in: on-call feels scary without a runbook."),
    (-160, InteractionKind.CALL, "Tom Alvarez", "Support's view of the last outage."),
    (-230, InteractionKind.MEETING, "Marcus Obi", "First conversation about Payments' deploy pain."),
]
_WINS = [
    (-178, "Rollback drill ran clean", "Ran the quarterly rollback drill; every team was back in under ten minutes."),
    (-205, "Capacity model adopted", "Finance uses the capacity model for next year's budget."),
    (-236, "Workshop on incident command", "Ran the first incident command workshop; eight people came."),
    (-262, "Deploy time halved", "The new pipeline cut the median deploy from 22 to 11 minutes."),
    (-290, "Postmortem template", "Wrote the blameless postmortem template; three teams use it."),
    (-318, "On-call load shared", "Moved two alert classes to the owning teams."),
]
_REFLECTIONS = (-170, -184, -198, -212, -226, -254, -268, -296, -324, -338)


def add_history(
    journal: Journal,
    today: date,
    people: dict[str, Person],
    skills: dict[str, Skill],
    say: Callable[[str], str],
) -> None:
    """Add the year before the story; ``say`` gives each text in the demo's language."""

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    def stamp(offset: int) -> str:
        return f"{day(offset).isoformat()}T09:00:00"

    for name, since in _PEOPLE_SINCE.items():
        person = journal.people.get(people[name].id or 0)
        person.created_at = stamp(since)
        journal.people.update(person)
    for skill in journal.skills.list():
        skill.created_at = stamp(_SKILLS_SINCE)
        journal.skills.update(skill)
    goals_since = {say(title): since for title, since in _GOALS_SINCE.items()}
    for goal in journal.goals.list():
        goal.created_at = stamp(goals_since.get(goal.title, -200))
        journal.goals.update(goal)
    for opportunity in journal.people.opportunities():
        opportunity.created_at = stamp(-60)
        journal.people.update_opportunity(opportunity)

    for name, org, role, relationship, needs, met, spoke in _MORE_PEOPLE:
        people[name] = journal.people.add(
            Person(
                name=name,
                org=say(org),
                role=say(role),
                relationship=relationship,
                needs=say(needs),
                created_at=stamp(met),
            )
        )
        journal.people.add_interaction(
            Interaction(
                occurred_on=day(spoke),
                notes=say("Caught up with {name}.").format(name=name.split()[0]),
                person_ids=[people[name].id],
            )
        )
    for offset, kind, name, notes in _CONVERSATIONS:
        journal.people.add_interaction(
            Interaction(occurred_on=day(offset), kind=kind, notes=say(notes), person_ids=[people[name].id or 0])
        )
    for skill, name, offset, method, level in _TEACHING:
        journal.skills.add_teaching(
            Teaching(
                skill_id=skills[skill].id or 0, person_id=people[name].id or 0, taught_on=day(offset),
                method=method, level=level,
            )
        )  # fmt: skip
    for offset, title, body in _WINS:
        journal.entries.add(
            Entry(title=say(title), body=say(body), entry_date=day(offset), kind=EntryKind.WIN, tags=[say("win")])
        )
    for offset in _REFLECTIONS:
        journal.entries.add(
            Entry(
                title=say("Weekly review"),
                body=say("## What did I get done?\n\nThe usual: releases, reviews, one incident."),
                entry_date=day(offset),
                kind=EntryKind.REFLECTION,
                tags=[say("weekly-review")],
            )
        )
    journal.entries.add(
        Entry(
            title=say("First week on the platform team"),
            body=say("Everything is on fire and everyone is kind. Write down what I learn, so the next person has it."),
            entry_date=day(-728),
            kind=EntryKind.NOTE,
            tags=[say("meta")],
        )
    )
