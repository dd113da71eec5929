"""Drafts survive a reopen and vanish with the save; list pages come in every order without the text."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from journal_files import raw_hits

from career_journal.domain.enums import EntryKind
from career_journal.domain.queries import EntryCursor, EntryFilter, EntrySort
from career_journal.domain.records import Draft, Entry
from career_journal.storage.journal import Journal

DAY = date(2026, 3, 10)


def test_a_draft_is_there_after_a_reopen_until_its_entry_is_saved(journal_path: Path) -> None:
    with Journal.open(journal_path, create=True) as journal:
        journal.drafts.save(Draft("entry:new", "Half a thought", {"body": "Half a thought about Dana", "tags": []}))
        journal.drafts.save(Draft("entry:new", "Half a thought", {"body": "Half a thought about Dana's runbook"}))
    with Journal.open(journal_path) as journal:
        drafts = journal.drafts.list()
        assert [(d.key, d.fields["body"]) for d in drafts] == [("entry:new", "Half a thought about Dana's runbook")]
        saved = journal.save_entry(Entry(body=drafts[0].fields["body"], entry_date=DAY), draft_key="entry:new")
        assert journal.drafts.get("entry:new") is None
        assert journal.entries.get(saved.id or 0).body == "Half a thought about Dana's runbook"


def test_a_discarded_draft_leaves_no_trace_in_the_file(journal_path: Path) -> None:
    with Journal.open(journal_path, create=True) as journal:
        journal.drafts.save(Draft("reflection", "Weekly review", {"answers": ["CANARY-DRAFT-7781 my plan to leave"]}))
        journal.drafts.discard("reflection")
        journal.checkpoint()
        assert journal.drafts.count() == 0
    assert raw_hits(journal_path, "CANARY-DRAFT-7781") == {"db": 0, "-wal": 0}


def _entry(title: str, body: str, days: int, kind: EntryKind = EntryKind.NOTE) -> Entry:
    return Entry(title=title, body=body, entry_date=DAY + timedelta(days=days), kind=kind, tags=["t"])


def test_list_pages_sort_by_date_title_and_kind(journal: Journal) -> None:
    journal.entries.add(_entry("", "\n## banana bread\nlong text " * 50, 0))
    journal.entries.add(_entry("Apple", "a", 2, EntryKind.WIN))
    journal.entries.add(_entry("cherry", "c", 1, EntryKind.LESSON))

    by_date = journal.entries.summaries()
    assert [s.title for s in by_date] == ["Apple", "cherry", "banana bread"]
    assert by_date[0].tags == ["t"] and by_date[0].kind is EntryKind.WIN
    oldest = journal.entries.summaries(descending=False)
    assert [s.title for s in oldest] == ["banana bread", "cherry", "Apple"]
    by_title = journal.entries.summaries(sort=EntrySort.TITLE, descending=False)
    assert [s.title for s in by_title] == ["Apple", "banana bread", "cherry"]
    by_kind = journal.entries.summaries(sort=EntrySort.KIND, descending=False)
    assert [s.kind for s in by_kind] == [EntryKind.LESSON, EntryKind.NOTE, EntryKind.WIN]


def test_list_pages_follow_filters_offsets_and_limits(journal: Journal) -> None:
    with journal.transaction():
        for number in range(30):
            journal.entries.add(
                _entry(f"Note {number:02d}", "x", number, EntryKind.WIN if number % 3 else EntryKind.NOTE)
            )
    wins = EntryFilter(kind=EntryKind.WIN)
    first = journal.entries.summaries(wins, limit=8)
    second = journal.entries.summaries(wins, offset=8, limit=8)
    rest = journal.entries.summaries(wins, offset=16, limit=8)
    titles = [s.title for s in first + second + rest]
    assert len(titles) == journal.entries.count(wins) == 20
    assert titles == sorted(titles, reverse=True)


def test_sorting_by_title_reads_the_index_not_the_text(journal: Journal) -> None:
    from career_journal.storage.migrations import ENTRY_SORT_TITLE

    plan = journal.db.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM entries ORDER BY {ENTRY_SORT_TITLE} COLLATE NOCASE, id LIMIT 10"
    ).fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "entries_by_title" in details and "TEMP B-TREE" not in details


def test_a_page_after_a_row_continues_where_the_offset_would(journal: Journal) -> None:
    with journal.transaction():
        for number in range(30):
            journal.entries.add(_entry(f"Note {number:02d}", "x", number // 3, EntryKind.WIN))  # three a day
    for descending in (True, False):
        first = journal.entries.summaries(descending=descending, limit=7)
        last = first[-1]
        after = journal.entries.summaries(descending=descending, limit=7, after=EntryCursor(last.entry_date, last.id))
        assert after == journal.entries.summaries(descending=descending, offset=7, limit=7)
