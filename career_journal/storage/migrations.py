"""The schema, one function per change, applied in order by sqlite-utils.

A migration that has shipped is frozen: never edit it, add a new one. The
tables are written as SQL because the schema needs what ``Table.create`` cannot
say (ON DELETE rules, CHECK constraints, partial indexes, triggers). The first
schema, and how search is laid out, are in ``schema_v1``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .schema_v1 import GOAL_HISTORY, SEARCH_SOURCES, TABLES, create_search, kind_base, run_script

if TYPE_CHECKING:  # what each migration is given: loaded only when there is one to apply
    from sqlite_utils import Database

Step = Callable[["Database"], None]


@dataclass(frozen=True)
class Migration:
    name: str
    fn: Step
    transactional: bool = True


@dataclass(frozen=True)
class Applied:
    name: str
    applied_at: str


class MigrationSet:
    """The schema's changes, registered in order like ``sqlite_utils.Migrations`` (``@migrations()``).

    Which have been applied is read from sqlite-utils' own ``_sqlite_migrations`` table with one query,
    so opening a journal that is up to date does not load sqlite-utils (with click, dateutil and pluggy, a
    fifth of a second of the app's start). Pending ones are applied by ``sqlite_utils.Migrations``.
    """

    migrations_table = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable[[Step], Step]:
        def register(fn: Step) -> Step:
            self._migrations.append(Migration(name or fn.__name__, fn, transactional))
            return fn

        return register

    def applied(self, db: Any) -> list[Applied]:
        """The migrations applied to ``db`` (a newer version's too), in the order they were applied."""
        table = self.migrations_table
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone() is None:
            return []
        rows = db.execute(f"SELECT name, applied_at FROM {table} WHERE migration_set = ? ORDER BY rowid", [self.name])
        return [Applied(name, applied_at) for name, applied_at in rows.fetchall()]

    def pending(self, db: Any) -> list[Migration]:
        done = {m.name for m in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Any) -> None:
        """Apply the pending migrations, each in a transaction with the record of it (sqlite-utils does both)."""
        from sqlite_utils import Database, Migrations

        steps = Migrations(self.name)
        for migration in self._migrations:
            steps(name=migration.name, transactional=migration.transactional)(migration.fn)
        steps.apply(Database(db.conn, execute_plugins=False))


migrations = MigrationSet("career_journal")


@migrations()
def m001_initial(db: Database) -> None:
    run_script(db, TABLES)
    run_script(db, GOAL_HISTORY)
    create_search(db)


# What a list shows as an entry's title: its title, else the first line of its text.
# The same expression is indexed, so sorting a decade of notes by title reads no text.
_LEAD = "ltrim(substr(body, 1, 400), ' ' || char(9, 10, 13))"
ENTRY_SORT_TITLE = (
    f"(CASE WHEN title <> '' THEN title ELSE"
    f" ltrim(substr({_LEAD}, 1, instr(substr({_LEAD}, 1, 200) || char(10), char(10)) - 1), '# ') END)"
)

_M002_DRAFTS = f"""
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL CHECK (json_valid(fields)),
    saved_at TEXT NOT NULL
);
CREATE INDEX entries_by_title ON entries ({ENTRY_SORT_TITLE} COLLATE NOCASE, id);
"""


@migrations()
def m002_drafts_and_title_order(db: Database) -> None:
    """Unsaved editor text (crash recovery) and an index to sort entries by title."""
    run_script(db, _M002_DRAFTS)


def _m003_triggers(db: Database) -> None:
    live = "(SELECT deferred FROM search_state) = 0"
    for kind, (table, *_columns) in SEARCH_SOURCES.items():
        view = f"search_source_{kind}"
        index_new = (
            f"INSERT INTO search (rowid, title, body) SELECT rowid, title, body FROM {view} WHERE record_id = new.id;"
        )
        # A contentless index forgets a record when given back the exact words it indexed; the row
        # still holds them before the change, so BEFORE triggers read them through the same view.
        forget_old = (
            f"INSERT INTO search (search, rowid, title, body) SELECT 'delete', rowid, title, body FROM {view}"
            " WHERE record_id = old.id;"
        )
        db.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} WHEN {live} BEGIN {index_new} END")
        db.execute(f"CREATE TRIGGER {table}_search_forget BEFORE UPDATE ON {table} WHEN {live} BEGIN {forget_old} END")
        db.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} WHEN {live} BEGIN {index_new} END")
        db.execute(f"CREATE TRIGGER {table}_search_delete BEFORE DELETE ON {table} WHEN {live} BEGIN {forget_old} END")


@migrations()
def m003_search_forgets_at_once(db: Database) -> None:
    """The search index drops a deleted or edited record's words at once, without a rewrite of the index.

    ``contentless_delete`` only marked deleted records; their words stayed in the file until the
    whole index was merged. A plain contentless index with FTS5 secure-delete removes them in the
    same transaction as the delete.
    """
    for table, *_columns in SEARCH_SOURCES.values():
        for trigger in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_search_{trigger}")
    db.execute("DROP TABLE search")
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, content='',"
        " tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO search (search, rank) VALUES ('secure-delete', 1)")
    _m003_triggers(db)
    for kind in SEARCH_SOURCES:
        db.execute(f"INSERT INTO search (rowid, title, body) SELECT rowid, title, body FROM search_source_{kind}")


# Which editor's draft belongs to a record of each table (the keys the UI gives its drafts).
_DRAFT_KEYS = {
    "entries": "'entry:'",
    "goals": "'form:goal:'",
    "skills": "'form:skill:'",
    "teachings": "'form:teaching:'",
    "handovers": "'form:handover:'",
    "people": "'form:person:'",
    "interactions": "'form:interaction:'",
    "opportunities": "'form:opportunity:'",
    "advisers": "'form:adviser:'",
}

_M004 = """
ALTER TABLE goals ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
ALTER TABLE opportunities ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
ALTER TABLE opportunities ADD COLUMN interaction_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL;
CREATE INDEX opportunities_by_interaction ON opportunities (interaction_id) WHERE interaction_id IS NOT NULL;
CREATE TABLE journal_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE imported_records (
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_id INTEGER NOT NULL,
    record_id INTEGER NOT NULL,
    PRIMARY KEY (source, kind, source_id)
) WITHOUT ROWID;
UPDATE goals SET private = 1 WHERE direction = 'exit';
"""


@migrations()
def m004_private_goals_identity_and_draft_cleanup(db: Database) -> None:
    """Private goals and opportunities; an opportunity remembers the conversation it came from; the
    journal's own id and what each import brought in (so importing the same file twice adds nothing);
    deleting a record deletes its unsaved drafts.

    Exit-plan goals become private: people write them to think, not to share.
    """
    run_script(db, _M004)
    db.execute("INSERT INTO journal_info (key, value) VALUES ('journal_id', ?)", [uuid.uuid4().hex])
    for table, prefix in _DRAFT_KEYS.items():
        db.execute(
            f"CREATE TRIGGER {table}_drop_drafts AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM drafts WHERE key = {prefix} || old.id; END"
        )
    for table in _DRAFT_KEYS:
        kind = next(k for k, (t, *_c) in SEARCH_SOURCES.items() if t == table)
        db.execute(
            f"CREATE TRIGGER {table}_forget_import AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM imported_records WHERE kind = '{kind}' AND record_id = old.id; END"
        )


_M005_TABLES = """
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER REFERENCES entries (id) ON DELETE CASCADE,
    goal_id INTEGER REFERENCES goals (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    media_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL,
    CHECK ((entry_id IS NULL) <> (goal_id IS NULL))
);
CREATE INDEX attachments_by_entry ON attachments (entry_id) WHERE entry_id IS NOT NULL;
CREATE INDEX attachments_by_goal ON attachments (goal_id) WHERE goal_id IS NOT NULL;

CREATE TABLE attachment_chunks (
    id INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    data BLOB NOT NULL,
    UNIQUE (attachment_id, seq)
);
"""

_M005_OWNER_LABEL = (
    "coalesce((SELECT " + ENTRY_SORT_TITLE + " FROM entries e WHERE e.id = entry_id),"
    " (SELECT g.title FROM goals g WHERE g.id = goal_id), '')"
)


@migrations()
def m005_attachments(db: Database) -> None:
    """Evidence files attached to entries and goals, kept in the journal in chunks; found by file name.

    A file is stored as rows of at most a few hundred KB (``attachment_chunks``), so
    it is written and read a piece at a time and never held whole in memory. Deleting
    an entry or a goal deletes its files (the chunks are zeroed by secure_delete).
    """
    run_script(db, _M005_TABLES)
    kind = "attachment"
    base = kind_base(kind)
    view = f"search_source_{kind}"
    db.execute(
        f"CREATE VIEW {view} AS SELECT id + {base} AS rowid, id AS record_id, file_name AS title, '' AS body,"
        f" file_name || ' (on ' || {_M005_OWNER_LABEL} || ')' AS label, substr(added_at, 1, 10) AS day"
        " FROM attachments"
    )
    live = "(SELECT deferred FROM search_state) = 0"
    index_new = (
        f"INSERT INTO search (rowid, title, body) SELECT rowid, title, body FROM {view} WHERE record_id = new.id;"
    )
    forget_old = (
        f"INSERT INTO search (search, rowid, title, body) SELECT 'delete', rowid, title, body FROM {view}"
        " WHERE record_id = old.id;"
    )
    table = "attachments"
    db.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} WHEN {live} BEGIN {index_new} END")
    db.execute(f"CREATE TRIGGER {table}_search_forget BEFORE UPDATE ON {table} WHEN {live} BEGIN {forget_old} END")
    db.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} WHEN {live} BEGIN {index_new} END")
    db.execute(f"CREATE TRIGGER {table}_search_delete BEFORE DELETE ON {table} WHEN {live} BEGIN {forget_old} END")
    # As m004 does for every other kind: a deleted file is no longer what an earlier import brought in.
    db.execute(
        f"CREATE TRIGGER {table}_forget_import AFTER DELETE ON {table} BEGIN"
        f" DELETE FROM imported_records WHERE kind = '{kind}' AND record_id = old.id; END"
    )


_M006_TIMELINE_INDEXES = """
CREATE INDEX teachings_by_date ON teachings (taught_on, id);
CREATE INDEX milestones_by_done ON milestones (done_on, id) WHERE done_on IS NOT NULL;
CREATE INDEX people_by_created_day ON people (substr(created_at, 1, 10), id);
"""


@migrations()
def m006_timeline_indexes(db: Database) -> None:
    """Date indexes for the kinds the timeline pages through that can grow large (teaching, milestones, people).

    Entries and conversations already have theirs; the other kinds stay small.
    """
    run_script(db, _M006_TIMELINE_INDEXES)


_M009_WIN_STORIES = """
CREATE TABLE win_stories (
    entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
    situation TEXT NOT NULL DEFAULT '',
    task TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT ''
);
"""


@migrations()
def m009_win_stories(db: Database) -> None:
    """A win can be told as a STAR story (situation, task, action, result) for the promotion packet.

    A table of its own, one row per entry that has a story, so entries without one cost nothing
    and deleting an entry deletes its story. Search finds an entry by its story too: the entries'
    search view adds the story to the text, and a story's change re-indexes its entry (the index
    forgets the entry's words as the view gave them before the change, then takes them anew).
    """
    run_script(db, _M009_WIN_STORIES)
    kind = "entry"
    table, title, body, label, day = SEARCH_SOURCES[kind]
    view = f"search_source_{kind}"
    story = (
        "coalesce((SELECT char(10) || w.situation || char(10) || w.task || char(10) || w.action || char(10)"
        " || w.result FROM win_stories w WHERE w.entry_id = entries.id), '')"
    )
    # Nothing is indexed with a story yet, so the view can change under the index without a rebuild.
    db.execute(f"DROP VIEW {view}")
    db.execute(
        f"CREATE VIEW {view} AS SELECT id + {kind_base(kind)} AS rowid, id AS record_id, {title} AS title,"
        f" {body} || {story} AS body, {label} AS label, {day} AS day FROM {table}"
    )
    live = "(SELECT deferred FROM search_state) = 0"
    for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        forget = (
            f"INSERT INTO search (search, rowid, title, body) SELECT 'delete', rowid, title, body FROM {view}"
            f" WHERE record_id = {row}.entry_id;"
        )
        index = (
            f"INSERT INTO search (rowid, title, body) SELECT rowid, title, body FROM {view}"
            f" WHERE record_id = {row}.entry_id;"
        )
        name = event.lower()
        db.execute(
            f"CREATE TRIGGER win_stories_forget_{name} BEFORE {event} ON win_stories WHEN {live} BEGIN {forget} END"
        )
        db.execute(
            f"CREATE TRIGGER win_stories_index_{name} AFTER {event} ON win_stories WHEN {live} BEGIN {index} END"
        )


_M010_EXPORT_CACHE = """
CREATE TABLE export_cache (
    entry_id INTEGER PRIMARY KEY,
    writer_version TEXT NOT NULL,
    heading TEXT NOT NULL,
    markdown TEXT NOT NULL
);
-- Everything the export reads of an entry but its text, in the export's order: with the text kept, the
-- export reads this index and the kept text, never the entry's own row.
CREATE INDEX entries_for_export ON entries (entry_date, id, private, kind, starred, entry_time, title);
CREATE TRIGGER entries_export_cache_change AFTER UPDATE OF id, title, body ON entries BEGIN
    DELETE FROM export_cache WHERE entry_id = old.id;
END;
CREATE TRIGGER entries_export_cache_delete AFTER DELETE ON entries BEGIN
    DELETE FROM export_cache WHERE entry_id = old.id;
END;
"""


@migrations()
def m010_export_cache(db: Database) -> None:
    """Each entry's text as the Markdown export last wrote it, so an export streams it instead of re-reading it.

    Derived data, never exported: a row goes with its entry (and with any change of the entry's title or
    text) by trigger, so no edited or deleted words linger in it, and the export writes the rows it misses.
    No foreign key, so Undo of a delete does not carry rows that are cheaper to write again.
    """
    run_script(db, _M010_EXPORT_CACHE)


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
