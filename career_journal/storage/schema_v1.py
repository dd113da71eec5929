"""The schema as it first shipped (migration m001): the tables, and the search index with its sources.

Frozen like every shipped migration: ``migrations.m001_initial`` runs exactly
this, and later migrations change it only by adding steps of their own.

Full-text search uses one contentless FTS5 table, ``search``, for every kind.
Each kind owns a rowid range (its code shifted left by 40 bits) and a view,
``search_source_<kind>``, that says which of its columns are indexed. Triggers
keep the index in step with every insert, edit and delete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .drivers import plain_sqlite

if TYPE_CHECKING:  # what a migration is given (migrations.MigrationSet.apply); loaded only to apply one
    from sqlite_utils import Database

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

TABLES = f"""
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

GOAL_HISTORY = """
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
SEARCH_SOURCES = {
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


def create_search(db: Database) -> None:
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, content='', contentless_delete=1,"
        " tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO search (search, rank) VALUES ('secure-delete', 1)")
    # While 'deferred' is 1 (a bulk import, inside its own transaction) the
    # insert and update triggers stand aside and the import indexes in one pass.
    db.execute("CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), deferred INTEGER NOT NULL)")
    db.execute("INSERT INTO search_state (id, deferred) VALUES (1, 0)")
    for kind, (table, title, body, label, day) in SEARCH_SOURCES.items():
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


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: executescript would COMMIT the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if plain_sqlite.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in a migration")
