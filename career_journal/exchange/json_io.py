"""JSON export and import: every record of the journal, for backup or moving to another machine.

The document is ``{"format": "career-journal", "version": 1, ...}`` with one
list per kind, ids included so links survive, contact details included (this
is a full backup, not something to share). Lists come in id order (entries by
date, then id); keys in a fixed order; so exporting, importing into an empty
journal and exporting again gives the same bytes.

Import is all or nothing. The whole file is read and checked first (types,
dates, time stamps, numbers SQLite can hold, choices, and that every link
points to a record in the same file); then everything is written in one
transaction, skipping what the journal already holds and merging people it
already knows (``json_write`` says how records are recognised). Version 2
files carry the exporting journal's id and every record's created and
updated times, so a round trip changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.errors import ImportRejected, InvalidInput, RecordNotFound
from ..files import write_atomic
from ..storage.journal import Journal
from .json_read import Reader
from .json_write import JsonWriter
from .leftovers import remember_export_folder
from .reading import NOTHING, describe, load_json
from .report import ImportReport
from .serialise import FORMAT, VERSION, json_chunks, json_document

__all__ = ["FORMAT", "VERSION", "ImportReport", "export_json", "import_json", "json_document"]


def export_json(journal: Journal, path: Path) -> dict[str, int]:
    """Write the whole journal to ``path`` (all of it or nothing); returns how many of each kind."""
    counts: dict[str, int] = {}
    remember_export_folder(path)
    write_atomic(path, json_chunks(journal, counts), protect=journal.own_files())
    del counts["goal_history"]  # plan changes belong to their goals, not a kind of their own
    counts["milestones"] = sum(len(goal.milestones) for goal in journal.goals.list())
    return counts


def import_json(journal: Journal, path: Path, *, merge_people: bool = True) -> ImportReport:
    """Add what a file written by ``export_json`` holds and the journal does not; a bad file changes nothing."""
    document, text = load_json(path)
    _check_header(document, path)
    plan = Reader(document, text).read()
    source = document.get("journal_id") if isinstance(document.get("journal_id"), str) else ""
    try:
        with journal.transaction(), journal.search.deferred():
            return JsonWriter(journal, source=source, merge_people=merge_people).write(plan)
    except (InvalidInput, RecordNotFound) as exc:
        raise ImportRejected(f"{path} could not be imported: {exc} {NOTHING}") from None


def _check_header(document: Any, path: Path) -> None:
    if not isinstance(document, dict):
        raise ImportRejected(
            f"{path} is not a Career Journal export: it holds {describe(document)}, not an object. {NOTHING}"
        )
    if document.get("format") != FORMAT:
        hint = (
            " It looks like a jrnl export; import it as jrnl." if "entries" in document and "tags" in document else ""
        )
        raise ImportRejected(f'{path} is not a Career Journal export (it has no "format": "{FORMAT}").{hint} {NOTHING}')
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportRejected(f'{path} has no usable "version". {NOTHING}')
    if version > VERSION:
        raise ImportRejected(
            f"{path} was written by a newer version of Career Journal (format version {version});"
            f" update the app to import it. {NOTHING}"
        )
