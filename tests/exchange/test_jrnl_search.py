"""A jrnl import indexes its notes in bulk: search must find exactly what it finds in a journal built note by note."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from career_journal.domain.enums import EntryKind
from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Entry
from career_journal.exchange.jrnl import import_jrnl
from career_journal.storage.journal import Journal

WORDS = [
    *("release", "train", "runbook", "handover", "coach", "mentor", "rollback", "deploy", "incident", "postgres"),
    *("migration", "schema", "pipeline", "metrics", "latency", "oncall", "alert", "dashboard", "hiring"),
    *("interview", "feedback", "retro", "roadmap", "customer"),
]
QUERIES = [
    "release",
    "runbooks",  # by its stem
    "rollback migration",
    '"release train"',
    "migra*",
    "oncall OR hiring",
    "roadmap -customer",
    "quixotic",
]


def _notes(count: int) -> list[dict]:
    """jrnl entries over a year, a few out of time order (the import puts them in order)."""
    rnd = random.Random(7)
    start = date(2025, 1, 1)
    notes = []
    for n in range(count):
        body = " ".join(rnd.choices(WORDS, k=rnd.randint(5, 60)))
        if n % 17 == 0:
            body += " a quixotic plan"
        notes.append(
            {
                "title": f"Note {n}: {rnd.choice(WORDS)}.",
                "body": body,
                "date": (start + timedelta(days=n * 3)).isoformat(),
                "time": f"{8 + n % 9:02d}:{n % 60:02d}",
                "tags": ["@work"] if n % 3 else ["@weekly-review", "@work"],
                "starred": n % 11 == 0,
            }
        )
    notes[10], notes[40] = notes[40], notes[10]
    return notes


def _hits(journal: Journal, query: SearchQuery) -> list[tuple]:
    return [
        (hit.kind, hit.record_id, hit.title, hit.snippet, hit.day, round(hit.score, 9))
        for hit in journal.search.search(query)
    ]


def _built_note_by_note(path: Path, notes: list[dict]) -> Journal:
    journal = Journal.open(path, create=True)
    for note in sorted(notes, key=lambda n: (n["date"], n["time"])):
        journal.entries.add(
            Entry(
                title=note["title"],
                body=note["body"],
                entry_date=date.fromisoformat(note["date"]),
                entry_time=note["time"],
                tags=[tag.lstrip("@") for tag in note["tags"]],
                starred=note["starred"],
                kind=EntryKind.NOTE,
            )
        )
    return journal


@pytest.mark.parametrize("passphrase", [None, "correct horse battery staple"], ids=["plain", "encrypted"])
def test_search_finds_the_same_after_an_import_as_after_adding_each_note(
    tmp_path: Path, passphrase: str | None
) -> None:
    notes = _notes(120)
    export = tmp_path / "jrnl.json"
    export.write_text(json.dumps({"tags": {}, "entries": notes}), encoding="utf-8")

    with Journal.open(tmp_path / "imported.cjdb", create=True, passphrase=passphrase) as imported:
        assert import_jrnl(imported, export).added == {"entries": len(notes)}
        with _built_note_by_note(tmp_path / "by-hand.cjdb", notes) as by_hand:
            queries = [SearchQuery(text=text) for text in QUERIES]
            queries += [
                SearchQuery(text="release", tag="weekly-review"),
                SearchQuery(text="deploy", date_from=date(2025, 6, 1), date_to=date(2025, 9, 30)),
                SearchQuery(text="coach", limit=5),
            ]
            for query in queries:
                assert _hits(imported, query) == _hits(by_hand, query), query
            assert _hits(imported, SearchQuery(text="quixotic"))  # the queries find something
            assert imported.search.problems() == []
