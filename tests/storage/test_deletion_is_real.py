"""Deleted or edited-away text is gone from the file: not in the tables, the search index or the WAL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from journal_files import raw_hits

from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import (
    Draft,
    Entry,
    Goal,
    Interaction,
    Person,
    Skill,
    Teaching,
    entry_draft_key,
    form_draft_key,
)
from career_journal.storage.journal import Journal

# Ends in a digit, so the stemmer stores it as typed; long, so it cannot occur by chance.
CANARY = "qzxvkwcanary7391"


def _index_terms(journal: Journal, prefix: str) -> list[str]:
    """Terms the full-text index holds that start with ``prefix``."""
    journal.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search, 'row')")
    rows = journal.db.execute("SELECT term FROM temp.search_terms WHERE term >= ? AND term < ?", [prefix, prefix + "~"])
    return [row[0] for row in rows.fetchall()]


def _assert_present(journal: Journal, path: Path) -> None:
    """The control: before deleting, the canary is on disk and in the index, so the checks below can fail."""
    journal.checkpoint()
    assert raw_hits(path, CANARY)["db"] >= 1
    assert _index_terms(journal, CANARY[:6]) == [CANARY]
    assert journal.search.search(SearchQuery(CANARY))


def _assert_gone(journal: Journal, path: Path) -> None:
    journal.checkpoint()
    for needle in (CANARY, CANARY[3:]):  # the tail too: the index stores words prefix-compressed
        assert raw_hits(path, needle) == {"db": 0, "-wal": 0}, needle
    assert _index_terms(journal, CANARY[:6]) == []
    assert journal.search.search(SearchQuery(CANARY)) == []
    assert journal.search.problems() == []


@pytest.fixture
def busy_journal(journal: Journal) -> Journal:
    """Other records around the canary, so it shares pages with text that stays."""
    for number in range(30):
        journal.entries.add(Entry(body=f"ordinary day {number} of release work", entry_date=date(2026, 1, 1)))
        journal.people.add(Person(name=f"Colleague {number}", needs="ordinary needs"))
    return journal


def _entry(journal: Journal) -> Callable[[], None]:
    entry = journal.entries.add(
        Entry(
            title=f"About {CANARY}",
            body=f"Something private: {CANARY} and more.",
            entry_date=date(2026, 2, 2),
            tags=[f"tag-{CANARY}"],
        )
    )
    return lambda: journal.entries.delete(entry.id or 0)


def _person_needs(journal: Journal) -> Callable[[], None]:
    person = journal.people.add(Person(name="Confidential", needs=f"Is secretly planning {CANARY}"))
    journal.people.add_interaction(Interaction(date(2026, 2, 3), "Lunch", [person.id or 0]))
    return lambda: journal.people.delete(person.id or 0)


def _goal_why(journal: Journal) -> Callable[[], None]:
    goal = journal.goals.add(Goal(title="Quiet plan", why=f"Because of {CANARY}"))
    goal.why = f"Still {CANARY}, said twice"
    journal.goals.update(goal)  # the plan's history now holds it too
    return lambda: journal.goals.delete(goal.id or 0)


@pytest.mark.parametrize("plant", [_entry, _person_needs, _goal_why], ids=["entry", "person needs", "goal why"])
def test_deleting_a_record_leaves_no_trace(
    busy_journal: Journal, journal_path: Path, plant: Callable[[Journal], Callable[[], None]]
) -> None:
    delete = plant(busy_journal)
    _assert_present(busy_journal, journal_path)
    delete()
    _assert_gone(busy_journal, journal_path)


def test_editing_the_canary_out_of_an_entry_leaves_no_trace(busy_journal: Journal, journal_path: Path) -> None:
    entry = busy_journal.entries.add(Entry(body=f"Draft with {CANARY} inside", entry_date=date(2026, 2, 2)))
    _assert_present(busy_journal, journal_path)
    entry.body = "Draft, cleaned up"
    busy_journal.entries.update(entry)
    _assert_gone(busy_journal, journal_path)
    assert busy_journal.entries.get(entry.id or 0).body == "Draft, cleaned up"
    assert busy_journal.search.search(SearchQuery("cleaned"))


def test_editing_the_canary_out_of_a_person_leaves_no_trace(busy_journal: Journal, journal_path: Path) -> None:
    person = busy_journal.people.add(Person(name="Edited", needs=f"Wants {CANARY}", notes=f"{CANARY} again"))
    _assert_present(busy_journal, journal_path)
    person.needs = "Wants a quieter team"
    person.notes = ""
    busy_journal.people.update(person)
    _assert_gone(busy_journal, journal_path)


def test_deleted_text_is_gone_from_the_wal_after_a_checkpoint(journal: Journal, journal_path: Path) -> None:
    entry = journal.entries.add(Entry(body=f"Fresh {CANARY}", entry_date=date(2026, 2, 2)))
    assert raw_hits(journal_path, CANARY)["-wal"] >= 1, "before a checkpoint the text sits in the WAL"
    journal.entries.delete(entry.id or 0)
    _assert_gone(journal, journal_path)


@pytest.mark.parametrize("plant", [_entry, _person_needs, _goal_why], ids=["entry", "person needs", "goal why"])
def test_a_delete_leaves_nothing_in_the_wal_of_a_journal_that_stays_open(
    busy_journal: Journal, journal_path: Path, plant: Callable[[Journal], Callable[[], None]]
) -> None:
    """An app left open for days never checkpoints by itself: the delete must empty the -wal at once."""
    delete = plant(busy_journal)
    assert raw_hits(journal_path, CANARY)["-wal"] >= 1, "the fresh text sits in the -wal before the delete"
    delete()
    for needle in (CANARY, CANARY[3:]):
        assert raw_hits(journal_path, needle) == {"db": 0, "-wal": 0}, needle


def test_deleting_a_record_deletes_its_drafts(busy_journal: Journal) -> None:
    journal = busy_journal
    entry = journal.entries.add(Entry(body="kept", entry_date=date(2026, 2, 2)))
    person = journal.people.add(Person(name="Sam Berg"))
    skill = journal.skills.add(Skill(name="Month-end close"))
    teaching = journal.skills.add_teaching(Teaching(skill.id or 0, person.id or 0, date(2026, 2, 2)))
    other = journal.people.add(Person(name="Stays"))
    for key in (
        entry_draft_key(entry.id),
        form_draft_key("person", person.id),
        form_draft_key("teaching", teaching.id),
        form_draft_key("person", other.id),
        entry_draft_key(None),
    ):
        journal.drafts.save(Draft(key, "typed", {"body": f"{CANARY} typed for {key}"}))
    journal.entries.delete(entry.id or 0)
    journal.people.delete(person.id or 0)  # its teaching records go with it, and their drafts
    assert sorted(d.key for d in journal.drafts.list()) == sorted(
        [form_draft_key("person", other.id), entry_draft_key(None)]
    )
