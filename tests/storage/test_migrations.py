"""Schema versions: the committed version-1 journal opens, and a failing migration changes nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from journal_files import sha256, siblings
from sqlite_utils import Database
from sqlite_utils.utils import sqlite3

from career_journal.domain.enums import EntryKind, GoalStatus, LearnerLevel, RecordKind
from career_journal.domain.queries import EntryFilter, SearchQuery
from career_journal.domain.records import Entry
from career_journal.storage import journal as journal_module
from career_journal.storage import migrations as schema
from career_journal.storage.journal import Journal

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
V1 = FIXTURES / "schema_v1.cjdb"
V1_COUNTS = {
    "entry": 3,
    "goal": 2,
    "milestone": 2,
    "skill": 2,
    "teaching": 2,
    "handover": 1,
    "person": 3,
    "interaction": 2,
    "opportunity": 1,
    "adviser": 1,
    "attachment": 0,
}


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.cjdb"
    shutil.copy2(V1, target)
    return target


def test_the_committed_fixture_is_a_clean_checkpointed_file() -> None:
    assert V1.exists(), "run tests/fixtures/make_schema_v1.py"
    assert siblings(V1) == []
    assert V1.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_version_1_journal_opens_with_all_its_data(v1_copy: Path) -> None:
    with Journal.open(v1_copy) as journal:
        assert journal.counts() == V1_COUNTS
        assert journal.check() == []
        starred = journal.entries.list(EntryFilter(starred=True))
        assert [e.title for e in starred] == ["Ada ran the release"]
        assert starred[0].tags == ["release", "teaching"]
        assert starred[0].entry_time == "09:30"
        assert journal.entries.count(EntryFilter(private=True)) == 1
        assert journal.entries.last_date(EntryKind.REFLECTION) == date(2025, 3, 9)
        ada = journal.people.resolve("ada")
        assert journal.entries.count(EntryFilter(person_id=ada.id)) == 1
        assert ada.last_contact == date(2025, 3, 4)
        goal = journal.goals.resolve("promotion")
        assert goal.progress == 0.5
        assert [c.field_name for c in journal.goals.history(2)] == ["status"]
        assert journal.goals.get(2).status is GoalStatus.ACTIVE
        coverage = {c.skill.name: c for c in journal.coverage()}
        assert coverage["Release train"].best_level is LearnerLevel.ON_THEIR_OWN
        assert [c.skill.name for c in journal.only_you()] == ["Terraform state surgery"]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("mentoring", RecordKind.ENTRY),
        ("roadmap", RecordKind.GOAL),
        ("runbook", RecordKind.MILESTONE),
        ("release train", RecordKind.HANDOVER),
        ("trust", RecordKind.PERSON),
        ("rollback confidence", RecordKind.INTERACTION),
        ("incident time", RecordKind.OPPORTUNITY),
        ("promotion packet", RecordKind.ADVISER),
        ("paired", RecordKind.TEACHING),
        ("moving resources", RecordKind.SKILL),
    ],
)
def test_a_version_1_journal_is_searchable(v1_copy: Path, words: str, kind: RecordKind) -> None:
    with Journal.open(v1_copy) as journal:
        hits = journal.search.search(SearchQuery(words, kinds=(kind,)))
        assert hits, f"'{words}' not found among {kind.value} records"


def test_a_version_1_journal_takes_new_records(v1_copy: Path) -> None:
    with Journal.open(v1_copy) as journal:
        journal.entries.add(Entry(body="Written by the new version", entry_date=date(2026, 1, 1)))
    with Journal.open(v1_copy) as journal:
        assert journal.entries.count() == 4
        assert journal.search.search(SearchQuery("written new version"))
        assert journal.check() == []


# -- a later migration that fails half-way ---------------------------------------------------------


def _with_failing_m002(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Swap in a migration set: every real one plus a last one that changes the schema, then fails."""
    steps: list[str] = []
    trial = schema.MigrationSet(schema.migrations.name)
    for known in schema.migrations._migrations:
        trial(name=known.name)(known.fn)

    @trial(name="m999_add_mood")
    def m002_add_mood(db: Database) -> None:
        db.execute("ALTER TABLE entries ADD COLUMN mood TEXT")
        db.execute("UPDATE entries SET mood = 'calm'")
        db.execute("CREATE TABLE moods (name TEXT PRIMARY KEY)")
        steps.append("changed")
        raise sqlite3.OperationalError("simulated failure half-way through a migration")

    monkeypatch.setattr(schema, "migrations", trial)
    monkeypatch.setattr(journal_module, "migrations", trial)
    return steps


def _schema_dump(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_schema ORDER BY name").fetchall()
    finally:
        conn.close()


def test_a_failing_migration_leaves_nothing_half_applied(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Journal.open(v1_copy).close()  # up to date with this build: only the failing step is pending
    schema_before = _schema_dump(v1_copy)
    steps = _with_failing_m002(monkeypatch)
    backups: list[Path] = []

    def back_up(opened: Journal) -> None:
        backups.append(opened.path)

    with pytest.raises(sqlite3.OperationalError, match="half-way"):
        Journal.open(v1_copy, before_migrate=back_up)
    assert steps == ["changed"], "the migration ran far enough to change the schema"
    assert backups == [v1_copy], "the backup hook runs before any schema change"
    assert siblings(v1_copy) == []
    assert _schema_dump(v1_copy) == schema_before
    monkeypatch.undo()
    with Journal.open(v1_copy) as journal:
        applied = [m.name for m in schema.migrations.applied(journal.db)]
        assert applied == schema.known_names()
        assert journal.counts() == V1_COUNTS
        assert "mood" not in Database(journal.db.conn)["entries"].columns_dict
        assert journal.check() == []


def test_a_read_only_journal_is_never_migrated(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_failing_m002(monkeypatch)
    before = sha256(v1_copy)
    with pytest.raises(Exception, match="needs an upgrade, but it is read-only"):
        Journal.open(v1_copy, read_only=True)
    assert sha256(v1_copy) == before


def test_a_new_journal_gets_every_migration_and_no_backup(journal_path: Path) -> None:
    called: list[Path] = []
    with Journal.open(journal_path, create=True, before_migrate=lambda opened: called.append(opened.path)) as journal:
        assert [m.name for m in schema.migrations.applied(journal.db)] == schema.known_names()
        assert schema.migrations.pending(journal.db) == []
    assert called == []
