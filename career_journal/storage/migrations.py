"""The schema, one function per change, applied in order by sqlite-utils.

A migration that has shipped is frozen: never edit it, add a new one. The
tables are written as SQL because the schema needs what ``Table.create`` cannot
say (ON DELETE rules, CHECK constraints, partial indexes, triggers).

Full-text search uses one contentless FTS5 table, ``search``, for every kind.
Each kind owns a rowid range (its code shifted left by 40 bits) and a view,
``search_source_<kind>``, that says which of its columns are indexed. Triggers
keep the index in step with every insert, edit and delete.
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database, Migrations
from sqlite_utils.utils import sqlite3

migrations = Migrations("career_journal")

KIND_SHIFT = 40
# Never renumber: these codes are stored in every search rowid.
KIND_CODES = {
    "entry": 1,
    "goal": 2,
    "milestone": 3,
    "skill": 4,
    "teaching": 5,
    "handover": 6,
    "person": 7,
    "interaction": 8,
    "opportunity": 9,
    "adviser": 10,
    "attachment": 11,
}


def kind_base(kind: str) -> int:
    return KIND_CODES[kind] << KIND_SHIFT


def _enum(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    allowed = ", ".join(f"'{v}'" for v in values)
    check = f"{column} IN ({allowed})"
    return f"CHECK ({column} IS NULL OR {check})" if nullable else f"CHECK ({check})"


_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"

_M001_TABLES = f"""
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    entry_date TEXT NOT NULL CHECK (entry_date {_DATE}),
    entry_time TEXT CHECK (entry_time IS NULL OR entry_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'note' {_enum("kind", ("note", "reflection", "win", "lesson", "meeting"))},
    private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX entries_by_date ON entries (entry_date DESC, id DESC);
CREATE INDEX entries_by_kind ON entries (kind, entry_date DESC);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag, entry_id);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    why TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL {_enum("direction", ("up", "sideways", "deeper", "exit", "learning"))},
    status TEXT NOT NULL {_enum("status", ("idea", "active", "achieved", "dropped"))},
    target_date TEXT CHECK (target_date IS NULL OR target_date {_DATE}),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    done_on TEXT CHECK (done_on IS NULL OR done_on {_DATE}),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX milestones_by_goal ON milestones (goal_id, position);

CREATE TABLE goal_changes (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    changed_at TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX goal_changes_by_goal ON goal_changes (goal_id, id);

CREATE TABLE skills (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    criticality INTEGER NOT NULL DEFAULT 2 CHECK (criticality BETWEEN 1 AND 3),
    documented TEXT NOT NULL DEFAULT '',
    is_responsibility INTEGER NOT NULL DEFAULT 0 CHECK (is_responsibility IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    org TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    relationship TEXT {
    _enum("relationship", ("internal-customer", "partner", "peer", "manager", "external"), nullable=True)
},
    how_met TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    follow_up TEXT CHECK (follow_up IS NULL OR follow_up {_DATE}),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);
CREATE INDEX people_by_follow_up ON people (follow_up) WHERE follow_up IS NOT NULL;

CREATE TABLE teachings (
    id INTEGER PRIMARY KEY,
    skill_id INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    taught_on TEXT NOT NULL CHECK (taught_on {_DATE}),
    method TEXT NOT NULL {_enum("method", ("pairing", "document", "workshop", "shadowing", "other"))},
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX teachings_by_skill ON teachings (skill_id, person_id);
CREATE INDEX teachings_by_person ON teachings (person_id);

CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    skill_id INTEGER REFERENCES skills (id) ON DELETE SET NULL,
    status TEXT NOT NULL {_enum("status", ("planned", "in-transition", "handed-over"))},
    started_on TEXT CHECK (started_on IS NULL OR started_on {_DATE}),
    completed_on TEXT CHECK (completed_on IS NULL OR completed_on {_DATE}),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX handovers_by_person ON handovers (person_id);
CREATE INDEX handovers_by_skill ON handovers (skill_id);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    occurred_on TEXT NOT NULL CHECK (occurred_on {_DATE}),
    kind TEXT NOT NULL {_enum("kind", ("meeting", "call", "coffee", "message"))},
    notes TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '',
    learned TEXT NOT NULL DEFAULT '',
    follow_up TEXT CHECK (follow_up IS NULL OR follow_up {_DATE}),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX interactions_by_date ON interactions (occurred_on DESC, id DESC);

CREATE TABLE interaction_people (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, person_id)
) WITHOUT ROWID;
CREATE INDEX interaction_people_by_person ON interaction_people (person_id, interaction_id);

CREATE TABLE opportunities (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    value TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL {_enum("status", ("spotted", "explored", "proposed", "championing", "adopted", "dropped"))},
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX opportunities_by_person ON opportunities (person_id);

CREATE TABLE advisers (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role TEXT NOT NULL {
    _enum("role", ("coach", "mentor", "sponsor", "resume-writer", "recruiter", "profile", "peer", "other"))
},
    helps_with TEXT NOT NULL DEFAULT '',
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    open_asks TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (person_id, role)
);

CREATE TABLE entry_people (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, person_id)
) WITHOUT ROWID;
CREATE INDEX entry_people_by_person ON entry_people (person_id, entry_id);

CREATE TABLE entry_goals (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX entry_goals_by_goal ON entry_goals (goal_id, entry_id);

CREATE TABLE entry_skills (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX entry_skills_by_skill ON entry_skills (skill_id, entry_id);
"""

_M001_GOAL_HISTORY = """
CREATE TRIGGER goals_keep_history AFTER UPDATE ON goals BEGIN
    INSERT INTO goal_changes (goal_id, changed_at, field, old_value, new_value)
    SELECT new.id, new.updated_at, 'title', old.title, new.title WHERE old.title IS NOT new.title;
    INSERT INTO goal_changes (goal_id, changed_at, field, old_value, new_value)
    SELECT new.id, new.updated_at, 'why', old.why, new.why WHERE old.why IS NOT new.why;
    INSERT INTO goal_changes (goal_id, changed_at, field, old_value, new_value)
    SELECT new.id, new.updated_at, 'direction', old.direction, new.direction
    WHERE old.direction IS NOT new.direction;
    INSERT INTO goal_changes (goal_id, changed_at, field, old_value, new_value)
    SELECT new.id, new.updated_at, 'status', old.status, new.status WHERE old.status IS NOT new.status;
    INSERT INTO goal_changes (goal_id, changed_at, field, old_value, new_value)
    SELECT new.id, new.updated_at, 'target_date', old.target_date, new.target_date
    WHERE old.target_date IS NOT new.target_date;
END;
"""

# kind -> (table, title expression, body expression, label expression, day expression)
_M001_SEARCH_SOURCES = {
    "entry": (
        "entries",
        "title",
        "body",
        "CASE WHEN title <> '' THEN title ELSE substr(body, 1, 120) END",
        "entry_date",
    ),
    "goal": ("goals", "title", "why", "title", "coalesce(target_date, substr(created_at, 1, 10))"),
    "milestone": (
        "milestones",
        "text",
        "''",
        "(SELECT g.title FROM goals g WHERE g.id = goal_id) || ': ' || text",
        "done_on",
    ),
    "skill": ("skills", "name", "description || char(10) || documented", "name", "substr(created_at, 1, 10)"),
    "teaching": (
        "teachings",
        "''",
        "notes",
        "'Taught ' || (SELECT s.name FROM skills s WHERE s.id = skill_id)"
        " || ' to ' || (SELECT p.name FROM people p WHERE p.id = person_id)",
        "taught_on",
    ),
    "handover": (
        "handovers",
        "title",
        "notes",
        "title || ' → ' || (SELECT p.name FROM people p WHERE p.id = person_id)",
        "coalesce(completed_on, started_on, substr(created_at, 1, 10))",
    ),
    "person": (
        "people",
        "name",
        "org || char(10) || role || char(10) || how_met || char(10) || needs || char(10) || notes",
        "name || CASE WHEN org <> '' THEN ' (' || org || ')' ELSE '' END",
        "substr(updated_at, 1, 10)",
    ),
    "interaction": (
        "interactions",
        "''",
        "notes || char(10) || questions || char(10) || learned",
        "upper(substr(kind, 1, 1)) || substr(kind, 2) || ' with ' || coalesce((SELECT group_concat(p.name, ', ')"
        " FROM interaction_people ip JOIN people p ON p.id = ip.person_id"
        " WHERE ip.interaction_id = interactions.id), 'nobody')",
        "occurred_on",
    ),
    "opportunity": ("opportunities", "title", "value || char(10) || notes", "title", "substr(updated_at, 1, 10)"),
    "adviser": (
        "advisers",
        "''",
        "helps_with || char(10) || open_asks || char(10) || notes",
        "(SELECT p.name FROM people p WHERE p.id = person_id) || ', ' || role",
        "substr(updated_at, 1, 10)",
    ),
}


def _m001_search(db: Database) -> None:
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, content='', contentless_delete=1,"
        " tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO search (search, rank) VALUES ('secure-delete', 1)")
    # While 'deferred' is 1 (a bulk import, inside its own transaction) the
    # insert and update triggers stand aside and the import indexes in one pass.
    db.execute("CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), deferred INTEGER NOT NULL)")
    db.execute("INSERT INTO search_state (id, deferred) VALUES (1, 0)")
    for kind, (table, title, body, label, day) in _M001_SEARCH_SOURCES.items():
        base = kind_base(kind)
        view = f"search_source_{kind}"
        db.execute(
            f"CREATE VIEW {view} AS SELECT id + {base} AS rowid, id AS record_id, {title} AS title,"
            f" {body} AS body, {label} AS label, {day} AS day FROM {table}"
        )
        index_new = (
            f"INSERT INTO search (rowid, title, body) SELECT rowid, title, body FROM {view} WHERE record_id = new.id;"
        )
        live = "(SELECT deferred FROM search_state) = 0"
        db.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} WHEN {live} BEGIN {index_new} END")
        db.execute(
            f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} WHEN {live} BEGIN"
            f" DELETE FROM search WHERE rowid = old.id + {base}; {index_new} END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM search WHERE rowid = old.id + {base}; END"
        )


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one: executescript would COMMIT the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in a migration")


@migrations()
def m001_initial(db: Database) -> None:
    _run_script(db, _M001_TABLES)
    _run_script(db, _M001_GOAL_HISTORY)
    _m001_search(db)


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
    _run_script(db, _M002_DRAFTS)


def _m003_triggers(db: Database) -> None:
    live = "(SELECT deferred FROM search_state) = 0"
    for kind, (table, *_columns) in _M001_SEARCH_SOURCES.items():
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
    for table, *_columns in _M001_SEARCH_SOURCES.values():
        for trigger in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_search_{trigger}")
    db.execute("DROP TABLE search")
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, content='',"
        " tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO search (search, rank) VALUES ('secure-delete', 1)")
    _m003_triggers(db)
    for kind in _M001_SEARCH_SOURCES:
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
    _run_script(db, _M004)
    db.execute("INSERT INTO journal_info (key, value) VALUES ('journal_id', ?)", [uuid.uuid4().hex])
    for table, prefix in _DRAFT_KEYS.items():
        db.execute(
            f"CREATE TRIGGER {table}_drop_drafts AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM drafts WHERE key = {prefix} || old.id; END"
        )
    for table in _DRAFT_KEYS:
        kind = next(k for k, (t, *_c) in _M001_SEARCH_SOURCES.items() if t == table)
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
    _run_script(db, _M005_TABLES)
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
    _run_script(db, _M006_TIMELINE_INDEXES)


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
    _run_script(db, _M009_WIN_STORIES)
    kind = "entry"
    table, title, body, label, day = _M001_SEARCH_SOURCES[kind]
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
    _run_script(db, _M010_EXPORT_CACHE)


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
