"""A journal with a unique string planted in every place a coach packet must keep back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from markdown_checks import CANARIES, TODAY

from career_journal.domain.enums import TeamRole
from career_journal.domain.records import Entry
from career_journal.storage.journal import Journal


@pytest.fixture
def planted(sample_journal: Journal) -> Journal:
    journal = sample_journal
    journal.entries.add(
        Entry(
            title="Thoughts I keep to myself",
            body=f"{CANARIES['private']} about leaving.",
            entry_date=TODAY - timedelta(days=5),
            private=True,
        )
    )
    journal.entries.add(Entry(title="From long ago", body=CANARIES["old"], entry_date=TODAY - timedelta(days=200)))
    sam = journal.people.resolve("Sam Keller")
    sam.email, sam.phone, sam.notes = CANARIES["email"], CANARIES["phone"], CANARIES["person_notes"]
    journal.people.update(sam)
    coach = next(a for a in journal.people.advisers() if a.role is TeamRole.COACH)
    coach.notes = CANARIES["adviser_notes"]
    journal.people.update_adviser(coach)
    return journal
