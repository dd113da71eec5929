"""People named on the command line: found the way Ctrl+K finds them, added only when asked.

A name that matches nobody is refused with the closest names ("Did you mean
Sam Berg?"); ``--new-person`` adds it to the network instead, in the same
transaction as the record that names it.
"""

from __future__ import annotations

from collections.abc import Iterable

import click

from ..domain.errors import RecordNotFound
from ..domain.records import Person
from ..storage.journal import Journal
from .base import fail
from .output import say

NEW_PERSON = click.option(
    "--new-person",
    is_flag=True,
    help="Add a name that matches nobody as a new person (without it, such a name is refused with the closest ones).",
)


def person_named(journal: Journal, ref: str, *, add_new: bool) -> Person:
    """The person ``ref`` names (id, name or part of one); with ``add_new``, a new person when it names nobody."""
    return people_named(journal, [ref], add_new=add_new)[0]


def people_named(journal: Journal, refs: Iterable[str], *, add_new: bool) -> list[Person]:
    """Each person ``refs`` names, in order; new ones are added (and said) only with ``add_new``.

    Call inside the transaction that saves the record, so a refusal later adds nobody.
    """
    found: list[Person] = []
    added: list[str] = []
    for ref in refs:
        try:
            found.append(journal.people.resolve(ref))
        except RecordNotFound as exc:
            if not add_new:
                fail(f"{exc} To add '{ref.strip()}' as a new person, give --new-person.")
            person = journal.people.add(Person(name=ref))
            found.append(person)
            added.append(person.name)
    if added:
        say(f"Added to your network: {', '.join(added)}.")
    return found
