"""Import a journal written by ``jrnl --export json``.

jrnl writes ``{"tags": {...}, "entries": [{"title", "body", "date", "time",
"tags", "starred"}, ...]}`` (some versions add keys such as ``uuid``; those
are ignored). Each becomes a note: tags lose their tag symbol (``@work`` is
``work``), the text loses surrounding blank lines. Entries are added oldest
first, so the journal's ids follow time. An entry already in the journal
(same date, time, title and text) is skipped and counted. All or nothing,
like the JSON import.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..domain.enums import EntryKind
from ..domain.errors import ImportRejected, InvalidInput
from ..domain.records import Entry
from ..storage.journal import Journal
from .reading import NOTHING, Fields, describe, load_json, records, rejected
from .report import ImportReport

# jrnl lets each journal choose its tag symbols (@ by default, # or + in some setups).
_TAG_SYMBOLS = re.compile(r"^[^\w]+")


def import_jrnl(journal: Journal, path: Path) -> ImportReport:
    """Add the entries of a jrnl JSON export; a bad file changes nothing."""
    document, text = load_json(path)
    if isinstance(document, dict) and document.get("format") == "career-journal":
        raise ImportRejected(f"{path} is a Career Journal export, not a jrnl one; import it as json. {NOTHING}")
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        shape = describe(document) if not isinstance(document, dict) else 'an object without an "entries" list'
        raise ImportRejected(
            f"{path} is not a jrnl export (an object with an \"entries\" list, as 'jrnl --export json'"
            f" writes); it holds {shape}. {NOTHING}"
        )
    entries = []
    for index, raw in enumerate(records(document, "entries", text)):
        try:
            entries.append(_entry(Fields(raw)))
        except ValueError as exc:
            raise rejected(text, ("entries", index), str(exc).rstrip(".")) from None
    entries.sort(key=lambda e: (e.entry_date, e.entry_time or ""))
    try:
        with journal.transaction(), journal.search.deferred():
            # Into an empty journal (the usual first import) nothing can be a duplicate.
            empty = journal.entries.count() == 0
            fresh = entries if empty else [e for e in entries if journal.entries.find_duplicate(e) is None]
            added = journal.entries.add_many(fresh)
    except InvalidInput as exc:
        raise ImportRejected(f"{path} could not be imported: {exc} {NOTHING}") from None
    return ImportReport({"entries": added}, len(entries) - len(fresh))


def _entry(f: Fields) -> Entry:
    tags = []
    for tag in f.texts("tags"):
        bare = _TAG_SYMBOLS.sub("", tag.strip())
        if not bare:
            raise ValueError(f'the tag "{tag}" has no name after its tag symbol')
        tags.append(bare)
    return Entry(
        title=f.text("title"),
        body=f.text("body").strip(),
        entry_date=f.required_day("date"),
        entry_time=f.time("time"),
        tags=tags,
        starred=f.flag("starred"),
        kind=EntryKind.NOTE,
    )
