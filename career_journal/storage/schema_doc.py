"""docs/SCHEMA.md, written from a live journal's schema and the meaning of each table and column.

``python -m career_journal.storage.schema_doc > docs/SCHEMA.md`` rewrites it; a test fails when
the file and the schema differ, or when a table or column has no meaning written down here.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sqlite_utils import Database

from .database import APPLICATION_ID, MIN_SQLITE_VERSION

STAMPS = {"created_at": "when the record was made (local time, ISO 8601)", "updated_at": "when it last changed"}
DAY = "a day, `YYYY-MM-DD`"

# Each table: what a row is, and what each column means (created_at/updated_at are explained once).
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "entries": (
        "A dated journal entry in Markdown: a reflection, win, lesson, meeting note or plain note.",
        {
            "id": "the entry's number (`career-journal show ID`)",
            "entry_date": f"the day it is about, {DAY}",
            "entry_time": "an optional time of day, `HH:MM`",
            "title": "an optional title; lists show the start of the text when it is empty",
            "body": "the text, in Markdown",
            "kind": "`note`, `reflection`, `win`, `lesson` or `meeting`",
            "private": "1: never exported unless the export asks for private entries",
            "starred": "1: marked as important",
        },
    ),
    "win_stories": (
        "A win told as a STAR story, for the promotion packet; at most one per entry, deleted with it.",
        {
            "entry_id": "the entry (a win) the story tells",
            "situation": "the situation, in Markdown, or empty",
            "task": "what had to be done, in Markdown, or empty",
            "action": "what the user did, in Markdown, or empty",
            "result": "the result, in Markdown; empty marks the win as needing a result",
        },
    ),
    "entry_tags": ("One tag on one entry (lower case, without `#`).", {"entry_id": "the entry", "tag": "the tag"}),
    "entry_people": ("An entry mentions a person.", {"entry_id": "the entry", "person_id": "the person"}),
    "entry_goals": ("An entry is linked to a goal.", {"entry_id": "the entry", "goal_id": "the goal"}),
    "entry_skills": ("An entry is linked to a skill.", {"entry_id": "the entry", "skill_id": "the skill"}),
    "goals": (
        "A goal of the career plan.",
        {
            "id": "the goal's number",
            "title": "what the goal is",
            "why": "why it matters, in Markdown",
            "direction": "`up`, `sideways`, `deeper`, `exit` (an exit plan) or `learning`",
            "status": "`idea`, `active`, `achieved` or `dropped`",
            "target_date": f"when it should be reached, {DAY}, or empty",
            "private": "1: left out of exports unless asked (an exit plan starts private)",
        },
    ),
    "milestones": (
        "A step towards a goal.",
        {
            "id": "the milestone's number",
            "goal_id": "the goal it belongs to",
            "text": "what the step is",
            "done_on": f"the day it was done, {DAY}, or empty while open",
            "position": "its place in the goal's list",
        },
    ),
    "goal_changes": (
        "The plan's history: one row per change of a goal's title, direction, status or target date "
        "(written by the trigger `goals_keep_history`).",
        {
            "id": "the change's number",
            "goal_id": "the goal that changed",
            "changed_at": "when",
            "field": "which field changed",
            "old_value": "the value before",
            "new_value": "the value after",
        },
    ),
    "skills": (
        "A skill or responsibility of the user's job.",
        {
            "id": "the skill's number",
            "name": "its name (unique, case-blind)",
            "description": "what it involves",
            "criticality": "1 low, 2 normal, 3 critical",
            "documented": "where it is written down (a link or a path), or empty",
            "is_responsibility": "1: a duty or account rather than a skill",
        },
    ),
    "teachings": (
        "Teaching a skill to someone, and how far they got.",
        {
            "id": "the teaching record's number",
            "skill_id": "the skill taught",
            "person_id": "who learned it",
            "taught_on": f"when, {DAY}",
            "method": "`pairing`, `document`, `workshop`, `shadowing` or `other`",
            "level": "how far the learner got: 1 aware, 2 with help, 3 on their own, 4 can teach others",
            "notes": "notes, in Markdown",
        },
    ),
    "handovers": (
        "A duty or account handed to a colleague.",
        {
            "id": "the handover's number",
            "title": "what is handed over",
            "person_id": "who takes it over",
            "skill_id": "the skill or responsibility it belongs to, if any",
            "status": "`planned`, `in-transition` or `handed-over`",
            "started_on": f"when the handover began, {DAY}",
            "completed_on": f"when it was complete, {DAY}",
            "notes": "notes while staying involved",
        },
    ),
    "people": (
        "A person in the user's network.",
        {
            "id": "the person's number",
            "name": "their name",
            "org": "their organisation or team",
            "role": "their role there",
            "relationship": "`internal-customer`, `partner` (strategic partner), `peer`, `manager` or `external`",
            "how_met": "how the user met them",
            "needs": "what they are trying to achieve",
            "email": "e-mail address (private: left out of exports unless asked)",
            "phone": "phone number (private: left out of exports unless asked)",
            "follow_up": f"when to get back to them, {DAY}, or empty",
            "notes": "the user's private notes on them",
        },
    ),
    "interactions": (
        "A meeting, call, coffee or message with one or more people (a conversation).",
        {
            "id": "the conversation's number",
            "occurred_on": f"when, {DAY}",
            "kind": "`meeting`, `call`, `coffee` or `message`",
            "notes": "notes, in Markdown",
            "questions": "the questions asked",
            "learned": "what was learned",
            "follow_up": f"when to follow up, {DAY}, or empty",
        },
    ),
    "interaction_people": (
        "Who took part in a conversation.",
        {"interaction_id": "the conversation", "person_id": "a person in it"},
    ),
    "opportunities": (
        "A leadership opportunity found with someone: a new way to add value.",
        {
            "id": "the opportunity's number",
            "title": "what it is",
            "person_id": "who it was found with, if anyone",
            "value": "its value to the business",
            "status": "`spotted`, `explored`, `proposed`, `championing`, `adopted` or `dropped`",
            "notes": "notes, in Markdown",
            "private": "1: left out of exports unless asked",
            "interaction_id": "the conversation it was found in, if any",
        },
    ),
    "advisers": (
        "A person in a role on the user's personal team.",
        {
            "id": "the adviser's number",
            "person_id": "the person",
            "role": "`coach`, `mentor`, `sponsor`, `resume-writer`, `recruiter`, `profile`, `peer` or `other`",
            "helps_with": "what they help with",
            "cadence_days": "how often to check in, in days, or empty",
            "open_asks": "what the user has asked of them and is waiting for",
            "notes": "the user's private notes",
        },
    ),
    "attachments": (
        "An evidence file (a review, a screenshot, slides) attached to one entry or one goal; its bytes are"
        " in `attachment_chunks`. Deleting the entry or goal deletes its files.",
        {
            "id": "the file's number (`career-journal attachments ENTRY_ID` lists them)",
            "entry_id": "the entry it is attached to, or empty",
            "goal_id": "the goal it is attached to, or empty (exactly one of the two is set)",
            "file_name": "the file's name, without folders",
            "media_type": "its type from the name (`application/pdf`…), or empty",
            "size": "its size in bytes (at most 50,000,000)",
            "sha256": "the SHA-256 of its bytes, checked whenever it is read out",
            "added_at": "when it was attached",
        },
    ),
    "attachment_chunks": (
        "The bytes of the attached files, 512 KiB a row, so a file is written and read a piece at a time.",
        {
            "id": "the row's number",
            "attachment_id": "the file",
            "seq": "the piece's place in the file, from 0",
            "data": "the bytes",
        },
    ),
    "drafts": (
        "Typing kept while the user writes, so a crash loses at most a moment of it; a save removes it.",
        {
            "key": "what is being written (`entry:new`, `entry:12`, `reflection`, `person:new`…)",
            "label": "a short description shown when the draft is offered back",
            "fields": "the typed fields, as JSON",
            "saved_at": "when it was last kept",
        },
    ),
    "search_state": (
        "Whether the search index is being built after a bulk import (one row).",
        {"id": "always 1", "deferred": "1 while rows are imported and the index is not yet written"},
    ),
    "export_cache": (
        "Derived, never exported: each entry's text as the Markdown export last wrote it, so the next export"
        " streams it; a row goes when its entry's title or text changes or the entry is deleted, and the export"
        " writes again what is missing.",
        {
            "entry_id": "the entry",
            "writer_version": "which version of the export's Markdown writer wrote it (another version ignores it)",
            "heading": "the entry's title as its heading shows it (the start of the text when it has no title)",
            "markdown": "the text written for the export, lint-clean (empty when the title already says it all)",
        },
    ),
    "journal_info": (
        "Facts about the journal itself.",
        {"key": "`journal_id`: a random id made when the journal was created", "value": "its value"},
    ),
    "imported_records": (
        "What each import brought in, so importing the same file again adds nothing twice.",
        {
            "source": "the journal id of the exported journal (or the imported file's name and size)",
            "kind": "the kind of record (`entry`, `person`, …)",
            "source_id": "its id in the source",
            "record_id": "its id in this journal",
        },
    ),
    "_sqlite_migrations": (
        "The schema changes applied to this file (sqlite-utils migrations), oldest first.",
        {
            "id": "the row's number",
            "migration_set": "always `career_journal`",
            "name": "the change (`m001_initial`, …)",
            "applied_at": "when it was applied",
        },
    ),
}

INTRO = f"""# The journal file

A journal is one SQLite database (`journal.cjdb`). Open it with `sqlite3`, `sqlite-utils` or
Datasette to read it; write to it only through Career Journal, which keeps the search index,
the plan's history and the drafts in step.

- `PRAGMA application_id` is `{APPLICATION_ID}` (`0x{APPLICATION_ID:08X}`, "CJRN"); the app refuses
  any other SQLite file.
- Write-ahead logging (`-wal` and `-shm` files beside it), `foreign_keys=ON`, `secure_delete=ON`:
  deleted text is overwritten in the file and removed from the search index at once.
- Dates are text, `YYYY-MM-DD`; times of day `HH:MM`; timestamps ISO 8601 in local time.
- The file and its folder are readable by their owner only (0600 and 0700).

## Which SQLite can read it

The search index is an FTS5 table created with the `secure-delete` option, which needs **SQLite
{".".join(map(str, MIN_SQLITE_VERSION))} or newer**. An older `sqlite3` (Debian 12 ships 3.40) opens the file
but fails on the index with `invalid fts5 file format (found 5, expected 4)`, and any insert into
`entries` fails there. The Python environment that `scripts/setup` makes has a new enough SQLite:
`.venv/bin/sqlite-utils tables journal.cjdb --counts` works everywhere. Career Journal checks the
version when it opens a journal and refuses an older library before writing anything.

## Search

`search` is one contentless FTS5 table (`porter unicode61 remove_diacritics 2`) over the text of
every kind. A record's search rowid is its id plus its kind's code shifted left by 40 bits;
the views `search_source_<kind>` say which columns of each kind are indexed, and triggers
(`<table>_search_insert/update/delete/forget`) keep the index in step with every change.
"""


def describe(db: Database) -> str:
    """The Markdown document for the schema of ``db``."""
    parts = [INTRO, "## Tables\n"]
    problems = []
    for table in sorted(db.table_names()):
        if table == "search" or (table.startswith("search_") and table != "search_state"):
            continue
        meaning, columns = TABLES.get(table, ("", {}))
        if not meaning:
            problems.append(f"table {table}")
        parts.append(f"### `{table}`\n\n{meaning}\n\n| column | type | meaning |\n|---|---|---|")
        for column in db[table].columns:
            text = columns.get(column.name) or STAMPS.get(column.name, "")
            if not text:
                problems.append(f"{table}.{column.name}")
            kind = column.type or "any"
            key = " (key)" if column.is_pk else ""
            parts.append(f"| `{column.name}` | {kind}{key} | {text} |")
        parts.append("")
    if problems:
        raise ValueError("No meaning written down in storage/schema_doc.py for: " + ", ".join(problems))
    views = sorted(db.view_names())
    parts.append("## Views\n\n" + "\n".join(f"- `{view}`: what the search index reads of one kind" for view in views))
    return "\n".join(parts).rstrip() + "\n"


def current_schema_doc() -> str:
    """The document for a new journal made by this version."""
    from .journal import Journal

    with tempfile.TemporaryDirectory() as folder, Journal.open(Path(folder) / "schema.cjdb", create=True) as journal:
        return describe(Database(journal.db.conn, execute_plugins=False))  # its table API reads the columns


if __name__ == "__main__":
    sys.stdout.write(current_schema_doc())
