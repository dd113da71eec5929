"""The sections of the Markdown export about people: the network, and the personal team.

Written from what ``Sections`` decides is shown (the same questions "Left out"
asks), in the export's language.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.coverage import AdviserStatus
from ..domain.records import Interaction, Opportunity, Person
from ..phrasebook import label, number, phrase, phrase_count
from .md_inline import plain
from .md_sections import Sections, facts


def network(sections: Sections) -> Iterator[str]:
    language = sections.language
    yield sections.heading(3, phrase("Conversations in this period", language))
    found = sections.interactions
    if not found:
        yield phrase("No conversations recorded in this period.", language)
    # Worded once, not once per conversation: a decade holds tens of thousands of them.
    labels = [phrase("Asked", language), phrase("Learned", language), phrase("Follow up by", language)]
    kinds = {kind: label(kind, language) for kind in {i.kind for i in found}}
    nobody = phrase("nobody", language)
    for interaction in sorted(found, key=lambda i: (i.occurred_on, i.id or 0)):
        yield from _interaction(sections, interaction, labels, kinds[interaction.kind], nobody)
    yield sections.heading(3, phrase("Leadership opportunities", language))
    opportunities = sections.shown_opportunities()
    if not opportunities:
        yield phrase("No leadership opportunities recorded yet.", language)
    for opportunity in opportunities:
        yield from _opportunity(sections, opportunity)
    yield sections.heading(3, phrase("People", language))
    everyone = sections.people()
    people = sections.shown_people(everyone)
    if not everyone:
        yield phrase("No people recorded yet.", language)
    elif not people:
        yield phrase("Nobody in your network has anything in this period.", language)
    for person in people:
        yield from _person(sections, person)


def _interaction(
    sections: Sections, interaction: Interaction, labels: list[str], kind: str, nobody: str
) -> Iterator[str]:
    day = interaction.occurred_on.isoformat()
    names = ", ".join(plain(name) for name in interaction.person_names) or nobody
    yield sections.heading(4, phrase("{day} — {kind} with {names}", sections.language, day=day, kind=kind, names=names))
    follow_up = interaction.follow_up.isoformat() if interaction.follow_up else ""
    yield facts(zip(labels, (plain(interaction.questions), plain(interaction.learned), follow_up), strict=True))
    yield from sections.body(interaction.notes, 4, day)


def _opportunity(sections: Sections, opportunity: Opportunity) -> Iterator[str]:
    language = sections.language
    yield sections.heading(4, plain(opportunity.title))
    yield facts(
        [
            (phrase("With", language), plain(opportunity.person_name)),
            (phrase("Status", language), label(opportunity.status, language)),
            (phrase("Value", language), plain(opportunity.value)),
        ]
    )
    yield from sections.body(opportunity.notes, 4)


def _person(sections: Sections, person: Person) -> Iterator[str]:
    language = sections.language
    yield sections.heading(4, plain(person.name), plain(person.org))
    show_contact = sections.include_contact_details
    yield facts(
        [
            (phrase("Role", language), plain(person.role)),
            (phrase("Organisation", language), plain(person.org)),
            (phrase("Relationship", language), label(person.relationship, language) if person.relationship else ""),
            (phrase("Trying to achieve", language), plain(person.needs)),
            (phrase("Met", language), plain(person.how_met)),
            (phrase("Last contact", language), person.last_contact.isoformat() if person.last_contact else ""),
            (phrase("Follow up by", language), person.follow_up.isoformat() if person.follow_up else ""),
            (phrase("Email", language), plain(person.email) if show_contact else ""),
            (phrase("Phone", language), plain(person.phone) if show_contact else ""),
        ]
    )
    if not sections.coach:
        yield from sections.body(person.notes, 4)


def team(sections: Sections) -> Iterator[str]:
    for role in sections.journal.team(sections.today):
        yield sections.heading(3, label(role.role, sections.language))
        if not role.advisers:
            yield phrase("Nobody yet: this role is a gap in your team.", sections.language)
        for status in role.advisers:
            yield from _adviser(sections, status)


def _adviser(sections: Sections, status: AdviserStatus) -> Iterator[str]:
    language = sections.language
    adviser = status.adviser
    yield plain(adviser.person_name)
    overdue = status.overdue_days(sections.today)
    due = ""
    if status.next_due is not None:
        due = (
            phrase_count(overdue, "overdue by {n} day", "overdue by {n} days", language)
            if overdue
            else str(status.next_due)
        )
    cadence = (
        phrase("every {n} days", language, n=number(adviser.cadence_days, language))
        if adviser.cadence_days
        else phrase("when needed", language)
    )
    yield facts(
        [
            (phrase("Helps with", language), plain(adviser.helps_with)),
            (phrase("Check in", language), cadence),
            (
                phrase("Last check-in", language),
                str(status.last_check_in) if status.last_check_in else phrase("none yet", language),
            ),
            (phrase("Next check-in", language), due),
            (phrase("Open asks", language), plain(adviser.open_asks)),
            (phrase("Notes", language), "" if sections.coach else plain(adviser.notes)),
        ]
    )
