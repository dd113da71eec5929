"""Importing a journal written by `jrnl --export json`."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from career_journal.domain.enums import EntryKind
from career_journal.domain.errors import ImportRejected
from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Entry
from career_journal.exchange.jrnl import import_jrnl
from career_journal.exchange.json_io import json_document
from career_journal.storage.journal import Journal

EXPORT = Path(__file__).parent / "data" / "jrnl_export.json"


def test_a_jrnl_export_becomes_notes_in_time_order(journal: Journal) -> None:
    report = import_jrnl(journal, EXPORT)

    assert report.added == {"entries": 5} and report.summary() == "Imported 5 entries."
    entries = journal.entries.list(oldest_first=True)
    assert [(e.entry_date, e.entry_time, e.title) for e in entries] == [
        (date(2024, 1, 3), "08:05", "Started a jrnl file for work notes."),
        (date(2024, 2, 20), "21:30", "Idea: a runbook per alert."),
        (date(2024, 3, 12), "09:10", "Coffee with Dana about on-call."),
        (date(2024, 3, 12), "17:45", "Release went out without me."),
        (date(2024, 3, 28), "12:00", "Quarterly review prep."),
    ]
    assert [e.id for e in entries] == sorted(e.id or 0 for e in entries)  # ids follow time
    release = entries[3]
    assert release.body == (
        "Dana drove the whole train. I only answered two questions on chat.\n\n"
        "Next time: let her pick the rollback owner too."
    )
    assert (release.tags, release.starred, release.kind, release.private) == (["dana", "work"], True, "note", False)
    assert entries[1].tags == ["career-plan", "idea"] and entries[1].body.endswith("Écrire ça proprement.")
    assert entries[0].body == "" and not entries[0].starred
    assert [tag for tag, _ in journal.entries.tags()] == ["work", "dana", "career-plan", "idea"]
    assert journal.check() == []


def test_importing_the_same_file_again_adds_nothing(journal: Journal) -> None:
    import_jrnl(journal, EXPORT)
    journal.entries.add(Entry(title="Written in the app", body="Mine.", entry_date=date(2024, 3, 13)))

    again = import_jrnl(journal, EXPORT)

    assert again.added == {"entries": 0} and again.skipped_duplicates == 5
    assert again.summary() == "Nothing new to import: 5 were already in the journal."
    assert journal.entries.count() == 6


def test_imported_notes_are_searchable(journal: Journal) -> None:
    from career_journal.domain.queries import SearchQuery

    import_jrnl(journal, EXPORT)

    hits = journal.search.search(SearchQuery("rollback owner"))
    assert [hit.title for hit in hits] == ["Release went out without me."]


def _write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(document, indent=2) if not isinstance(document, str) else document, encoding="utf-8")
    return path


def _entries(count: int = 3) -> list[dict]:
    return [
        {"title": f"Day {n}.", "body": "", "date": f"2024-01-0{n + 1}", "time": "09:00", "tags": [], "starred": False}
        for n in range(count)
    ]


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ({"tags": {}, "entries": [*_entries(2), {**_entries()[2], "date": "2024-13-01"}]}, "entries[2] (line 20)"),
        ({"tags": {}, "entries": [*_entries(1), {**_entries()[1], "time": "9.30pm"}]}, "'time' is \"9.30pm\""),
        ({"tags": {}, "entries": [{**_entries()[0], "tags": "@work"}]}, "'tags' should be a list of text"),
        ({"tags": {}, "entries": [{**_entries()[0], "tags": ["@"]}]}, 'the tag "@" has no name'),
        ({"tags": {}, "entries": [{**_entries()[0], "title": "", "body": " "}]}, "An entry needs some text"),
        ({"tags": {}, "entries": [{"title": "No date"}]}, "'date' is missing"),
        ({"tags": {}, "entries": [{**_entries()[0], "starred": "yes"}]}, "'starred' should be true or false"),
        ({"tags": {}, "entries": ["just text"]}, "entries[0] (line 4): should be an object"),
        ({"tags": {}}, 'holds an object without an "entries" list'),
        ([1, 2], "it holds a list"),
        ({"format": "career-journal", "version": 1, "entries": []}, "import it as json"),
        ('{"tags": {},\n "entries": [\n  {"title": "cut off"', "not valid JSON: expecting"),
        ("", "is empty"),
    ],
)
def test_a_malformed_jrnl_file_changes_nothing(
    document: object, words: str, sample_journal: Journal, tmp_path: Path
) -> None:
    path = _write(tmp_path, document)
    before = (sample_journal.counts(), json_document(sample_journal))

    with pytest.raises(ImportRejected, match="Nothing was imported") as caught:
        import_jrnl(sample_journal, path)

    assert words in str(caught.value)
    assert (sample_journal.counts(), json_document(sample_journal)) == before


def test_a_large_jrnl_file_imports_in_one_pass(journal: Journal, tmp_path: Path) -> None:
    count = 3_000
    start = date(2016, 1, 1)
    document = {
        "tags": {"@work": count},
        "entries": [
            {
                "title": f"Entry {n}.",
                "body": f"Worked on item {n}. Talked to the team about the release train and the runbook.",
                "date": (start + timedelta(days=n // 5)).isoformat(),
                "time": f"{9 + n % 5:02d}:00",
                "tags": ["@work"],
                "starred": n % 50 == 0,
                "uuid": f"{n:032x}",
            }
            for n in reversed(range(count))
        ],
    }
    path = _write(tmp_path, document)

    report = import_jrnl(journal, path)

    assert report.added == {"entries": count}
    newest = journal.entries.list(limit=1)[0]
    assert (newest.title, newest.kind) == (f"Entry {count - 1}.", EntryKind.NOTE)
    assert journal.check() == []
    hits = journal.search.search(SearchQuery(text=f'"item {count - 2}"'))
    assert [hit.title for hit in hits] == [f"Entry {count - 2}."]  # indexed in the same pass
