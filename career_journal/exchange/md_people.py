"""The sections of the Markdown export about people: the network, and the personal team.

Written from what ``Sections`` decides is shown (the same questions "Left out"
asks), in the export's language.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.coverage import AdviserStatus
from ..domain.records import Opportunity, Person
from ..language import Language
from ..phrasebook import label, number, phrase, phrase_count
from .md_inline import plain
from .md_sections import Sections, facts


def network(sections: Sections) -> Iterator[str]:
    language = sections.language
    yield sections.heading(3, phrase("Conversations in this period", language))
    if not sections.interactions:
        yield phrase("No conversations recorded in this period.", language)
    yield from _conversations(sections)
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
    labels = _person_labels(language)
    for person in people:
        yield from _person(sections, person, labels)


def _conversations(sections: Sections) -> Iterator[str]:
    """Each conversation in the period as one block, oldest first (a decade holds tens of thousands of them)."""
    language = sections.language
    # Worded once, not once per conversation; each name escaped once.
    heading = phrase("{day} — {kind} with {names}", language)
    labels = [phrase("Asked", language), phrase("Learned", language), phrase("Follow up by", language)]
    kinds = {kind: label(kind, language) for kind in {i.kind for i in sections.interactions}}
    nobody = phrase("nobody", language)
    escaped: dict[str, str] = {}
    for conversation in sections.interactions:
        day = conversation.day
        names = ", ".join([escaped.get(n) or escaped.setdefault(n, plain(n)) for n in conversation.person_names])
        parts = [sections.heading(4, heading.format(day=day, kind=kinds[conversation.kind], names=names or nobody))]
        if conversation.questions or conversation.learned or conversation.follow_up:
            values = (plain(conversation.questions), plain(conversation.learned), conversation.follow_up or "")
            parts.append(facts(zip(labels, values, strict=True)))
        if conversation.notes:
            parts += sections.body(conversation.notes, 4, day)
        yield "\n\n".join([part for part in parts if part])


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


def _person_labels(language: Language) -> list[str]:
    """The labels of a person's facts, worded once for the thousands of people in a network."""
    return [
        phrase("Role", language),
        phrase("Organisation", language),
        phrase("Relationship", language),
        phrase("Trying to achieve", language),
        phrase("Met", language),
        phrase("Last contact", language),
        phrase("Follow up by", language),
        phrase("Email", language),
        phrase("Phone", language),
    ]


def _person(sections: Sections, person: Person, labels: list[str]) -> Iterator[str]:
    language = sections.language
    yield sections.heading(4, plain(person.name), plain(person.org))
    show_contact = sections.include_contact_details
    values = (
        plain(person.role),
        plain(person.org),
        label(person.relationship, language) if person.relationship else "",
        plain(person.needs),
        plain(person.how_met),
        person.last_contact.isoformat() if person.last_contact else "",
        person.follow_up.isoformat() if person.follow_up else "",
        plain(person.email) if show_contact else "",
        plain(person.phone) if show_contact else "",
    )
    yield facts(zip(labels, values, strict=True))
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
