"""Undo of a delete: every row that went with a record comes back as it was, while the text left the file at once."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from journal_files import raw_hits

from career_journal.domain.attachments import Owner
from career_journal.domain.enums import RecordKind
from career_journal.domain.errors import InvalidInput
from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Entry, Interaction, Opportunity, Person, Skill, Teaching
from career_journal.storage.journal import Journal

CANARY = "qzxvkwundo4812"


def everything(journal: Journal, *, leave_out: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the person's records live in (not the search index's own tables)."""
    tables = [
        name
        for name in journal.db.table_names()
        if not name.startswith(("search", "sqlite_", "_")) and name not in ("drafts", *leave_out)
    ]
    return {
        table: sorted(journal.db.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in sorted(tables)
    }


class Reach(Exception):
    def __init__(self, rows: int) -> None:
        self.rows = rows


def busiest(journal: Journal, kind: RecordKind) -> int:
    """The record of ``kind`` with the most rows pointing at it in the demo (the hardest one to put back)."""
    ids = {
        RecordKind.ENTRY: [e.id for e in journal.entries.list()],
        RecordKind.GOAL: [g.id for g in journal.goals.list()],
        RecordKind.MILESTONE: [m.id for g in journal.goals.list() for m in g.milestones],
        RecordKind.SKILL: [s.id for s in journal.skills.list()],
        RecordKind.TEACHING: [t.id for t in journal.skills.teachings()],
        RecordKind.HANDOVER: [h.id for h in journal.skills.handovers()],
        RecordKind.PERSON: [p.id for p in journal.people.list()],
        RecordKind.INTERACTION: [i.id for i in journal.people.interactions()],
        RecordKind.OPPORTUNITY: [o.id for o in journal.people.opportunities()],
        RecordKind.ADVISER: [a.id for a in journal.people.advisers()],
    }[kind]
    assert ids, kind

    def reach(record_id: int) -> int:
        try:
            with journal.transaction():  # a trial: rolled back
                copy = journal.delete(kind, record_id)
                raise Reach(len(copy.rows) + len(copy.nulled))
        except Reach as reached:
            return reached.rows

    return max(ids, key=reach)


@pytest.mark.parametrize("kind", [kind for kind in RecordKind if kind is not RecordKind.ATTACHMENT])
def test_undoing_a_delete_puts_back_every_row_that_went_with_it(sample_journal: Journal, kind: RecordKind) -> None:
    journal = sample_journal
    record_id = busiest(journal, kind)
    files = ("attachments", "attachment_chunks")  # not kept for Undo: the copy says how many went
    leave_out = files + (("goals",) if kind is RecordKind.MILESTONE else ())  # a milestone touches its goal's date
    before = everything(journal, leave_out=leave_out)
    counts = journal.counts()

    copy = journal.delete(kind, record_id)
    assert journal.counts()[kind.value] == counts[kind.value] - 1
    assert everything(journal, leave_out=leave_out) != before
    assert copy.files_gone == counts["attachment"] - journal.counts()["attachment"]

    assert journal.undelete(copy) == record_id
    assert everything(journal, leave_out=leave_out) == before
    assert {k: n for k, n in journal.counts().items() if k != "attachment"} == {
        k: n for k, n in counts.items() if k != "attachment"
    }
    assert journal.damage_found() == []  # links, the search index and the file are whole


def test_a_person_comes_back_with_teaching_roles_links_and_the_talks_only_they_were_in(journal: Journal) -> None:
    dana = journal.people.add(Person(name="Dana Whitfield", email="dana@example.org"))
    marcus = journal.people.add(Person(name="Marcus Obi"))
    skill = journal.skills.add(Skill(name="Release train"))
    journal.skills.add_teaching(Teaching(skill_id=skill.id, person_id=dana.id, taught_on=date(2026, 11, 2)))
    alone = journal.people.add_interaction(
        Interaction(occurred_on=date(2026, 11, 3), person_ids=[dana.id], notes="Just us")
    )
    shared = journal.people.add_interaction(
        Interaction(occurred_on=date(2026, 11, 4), person_ids=[dana.id, marcus.id], notes="All three")
    )
    found = journal.people.add_opportunity(Opportunity(title="Shared runbook", person_id=dana.id))
    entry = journal.entries.add(Entry(body="Paired with Dana", entry_date=date(2026, 11, 5), person_ids=[dana.id]))

    copy = journal.delete(RecordKind.PERSON, dana.id or 0)
    assert [i.id for i in journal.people.interactions()] == [shared.id]
    assert journal.people.get_opportunity(found.id).person_id is None
    assert {RecordKind.PERSON, RecordKind.TEACHING, RecordKind.INTERACTION, RecordKind.OPPORTUNITY} <= copy.kinds

    journal.undelete(copy)
    assert journal.people.get(dana.id).email == "dana@example.org"
    assert [t.person_id for t in journal.skills.teachings()] == [dana.id]
    assert sorted(i.id for i in journal.people.interactions(person_id=dana.id)) == sorted([alone.id, shared.id])
    assert journal.people.get_interaction(shared.id).person_ids == sorted([dana.id, marcus.id])
    assert journal.people.get_opportunity(found.id).person_id == dana.id
    assert journal.entries.get(entry.id).person_ids == [dana.id]
    assert journal.search.search(SearchQuery("Whitfield"))


def test_the_deleted_text_leaves_the_file_at_once_and_comes_back_only_on_undo(journal: Journal) -> None:
    for number in range(20):
        journal.entries.add(Entry(body=f"ordinary day {number}", entry_date=date(2026, 1, 1)))
    entry = journal.entries.add(Entry(title="Plan", body=f"Leave by June {CANARY}", entry_date=date(2026, 11, 20)))
    journal.checkpoint()
    assert raw_hits(journal.path, CANARY)["db"] >= 1  # the control: it was on disk

    copy = journal.delete(RecordKind.ENTRY, entry.id or 0)
    assert raw_hits(journal.path, CANARY) == {"db": 0, "-wal": 0}
    assert journal.search.search(SearchQuery(CANARY)) == []

    journal.undelete(copy)
    assert journal.entries.get(entry.id).body == f"Leave by June {CANARY}"
    assert [hit.record_id for hit in journal.search.search(SearchQuery(CANARY))] == [entry.id]


def test_an_id_taken_meanwhile_is_left_alone_and_later_undos_follow_the_new_one(journal: Journal) -> None:
    ana = journal.people.add(Person(name="Ana"))
    skill = journal.skills.add(Skill(name="Close the month"))
    teaching = journal.skills.add_teaching(Teaching(skill_id=skill.id, person_id=ana.id, taught_on=date(2026, 3, 1)))
    first = journal.delete(RecordKind.TEACHING, teaching.id or 0)
    second = journal.delete(RecordKind.PERSON, ana.id or 0)
    newcomer = journal.people.add(Person(name="Bo"))  # SQLite gives Bo the id Ana had
    assert newcomer.id == ana.id

    renumbered: dict[tuple[str, int], int] = {}
    ana_again = journal.undelete(second, renumbered)
    journal.undelete(first, renumbered)

    assert ana_again != ana.id
    assert journal.people.get(newcomer.id).name == "Bo"
    assert journal.people.get(ana_again).name == "Ana"
    (back,) = journal.skills.teachings()
    assert back.person_id == ana_again  # taught to Ana, not to Bo


def test_a_put_back_that_clashes_says_why_and_changes_nothing(journal: Journal) -> None:
    skill = journal.skills.add(Skill(name="Release train"))
    copy = journal.delete(RecordKind.SKILL, skill.id or 0)
    journal.skills.add(Skill(name="release train"))
    before = everything(journal)

    with pytest.raises(InvalidInput, match="already a skill with that name"):
        journal.undelete(copy)
    assert everything(journal) == before


def test_an_entrys_attached_files_are_not_kept_for_undo_and_it_says_how_many(journal: Journal) -> None:
    entry = journal.entries.add(Entry(title="Review", body="Went well", entry_date=date(2026, 11, 3)))
    journal.attachments.add(Owner.entry(entry.id or 0), "review.pdf", [b"%PDF-1.4 " + CANARY.encode() * 100])

    copy = journal.delete(RecordKind.ENTRY, entry.id or 0)
    assert copy.files_gone == 1
    assert not any(CANARY.encode() in repr(row).encode() for _table, row in copy.rows)  # no file bytes in memory
    assert raw_hits(journal.path, CANARY) == {"db": 0, "-wal": 0}

    journal.undelete(copy)
    assert journal.entries.get(entry.id).title == "Review"
    assert journal.attachments.list_for(Owner.entry(entry.id)) == []
