"""Import a journal written by ``jrnl --export json``.

jrnl writes ``{"tags": {...}, "entries": [{"title", "body", "date", "time",
"tags", "starred"}, ...]}`` (some versions add keys such as ``uuid``; those
are ignored). Each becomes a note: tags lose their tag symbol (``@work`` is
``work``), the text loses surrounding blank lines. Entries are added oldest
first, so the journal's ids follow time. An entry already in the journal
(same date, time, title and text) is skipped and counted. All or nothing,
like the JSON import, and read a record at a time (a decade of notes is
hundreds of megabytes of JSON).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..domain.enums import EntryKind
from ..domain.errors import ImportRejected, InvalidInput
from ..domain.records import Entry
from ..storage.journal import Journal
from .json_stream import ObjectStream
from .reading import NOTHING, Fields, describe, load_json, rejected_on
from .report import ImportReport

# jrnl lets each journal choose its tag symbols (@ by default, # or + in some setups).
_TAG_SYMBOLS = re.compile(r"^[^\w]+")


def import_jrnl(journal: Journal, path: Path) -> ImportReport:
    """Add the entries of a jrnl JSON export; a bad file changes nothing.

    The file is read a record at a time while the entries are written, all in
    one transaction: a decade of notes imports in flat memory, and a problem
    anywhere in the file undoes everything.
    """
    path = Path(path)
    with ObjectStream.open(path) as stream:
        if stream.first_character() != "{":
            document, _text = load_json(path)  # says why it is not JSON, or what it holds instead
            raise _not_jrnl(path, describe(document))
        try:
            with journal.transaction(), journal.search.deferred():
                return _add_entries(journal, stream, path)
        except InvalidInput as exc:
            raise ImportRejected(f"{path} could not be imported: {exc} {NOTHING}") from None


def _add_entries(journal: Journal, stream: ObjectStream, path: Path) -> ImportReport:
    batch = journal.entries.batch()
    # Into an empty journal (the usual first import) nothing can be a duplicate; otherwise only
    # what was there before counts, so two equal entries in the file are both kept.
    empty = journal.entries.count() == 0
    found = None
    for key in stream.members():
        if key == "format" and stream.value() == "career-journal":
            raise ImportRejected(f"{path} is a Career Journal export, not a jrnl one; import it as json. {NOTHING}")
        if key != "entries" or stream.next_character() != "[":
            continue
        if found is not None:
            raise ImportRejected(f'{path} has more than one "entries" list. {NOTHING}')
        found = 0
        for index, raw in enumerate(stream.items()):
            try:
                entry = _entry(Fields(raw))
            except ValueError as exc:
                raise rejected_on(stream.item_line(), ("entries", index), str(exc).rstrip(".")) from None
            found += 1
            if empty or journal.entries.find_duplicate(entry, below_id=batch.first_id) is None:
                batch.add(entry)
    if found is None:
        raise _not_jrnl(path, 'an object without an "entries" list')
    added = batch.finish(time_order=True)
    return ImportReport({"entries": added}, found - added)


def _not_jrnl(path: Path, shape: str) -> ImportRejected:
    return ImportRejected(
        f"{path} is not a jrnl export (an object with an \"entries\" list, as 'jrnl --export json'"
        f" writes); it holds {shape}. {NOTHING}"
    )


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
