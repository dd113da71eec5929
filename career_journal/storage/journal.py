"""The Journal facade: the one object the command line, the exports and the app use."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import EntryKind, RecordKind
from ..domain.errors import JournalError, JournalTooNew, NotAJournal
from ..domain.records import Entry
from ..files import ensure_private_dir
from .backup import BEFORE_UPGRADE, BackupInfo, Backups, Restored
from .database import (
    IntegrityCheck,
    blocked_companions,
    connect_existing,
    connect_new,
    connector_for,
    forget_deleted,
    remember_file,
    transaction,
    use_wal,
    wrap,
)
from .db import Db
from .drafts import DraftRepository
from .drivers import PLAIN, Connector, ProgrammingError, encryption_available
from .entries import EntryRepository
from .file_notes import check_vouching, clear_damage, damage_noted, note_check, note_damage
from .goals import GoalRepository
from .migrations import known_names, migrations
from .people import PeopleRepository
from .salvage import salvage, salvaged
from .search import TABLES, SearchIndex
from .skills import SkillRepository

if TYPE_CHECKING:
    from ..domain.coverage import RoleCoverage, SkillCoverage
    from ..domain.followups import FollowUps
    from ..domain.insights import Insights
    from ..language import Language
    from .attachments import AttachmentRepository
    from .deleted import DeletedRecords, Renumbered
    from .export_cache import ExportCache
    from .imports import ImportRepository
    from .insights import InsightsRepository
    from .timeline import TimelineRepository

__all__ = [
    "BackupInfo",
    "Backups",
    "IntegrityCheck",
    "Journal",
    "Restored",
    "check_vouching",
    "inspect_journal_file",
    "note_check",
    "note_damage",
    "salvage",
    "salvaged",
]

BeforeMigrate = Callable[["Journal"], None]


def back_up_before_upgrade(journal: Journal) -> None:
    """The verified copy taken before any schema change of an existing journal (encrypted like it)."""
    journal.backups.make(BEFORE_UPGRADE, db=journal.db)


class Journal:
    def __init__(self, db: Db, path: Path, *, read_only: bool = False, connect: Connector = PLAIN) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        # How the file was opened (keyed when it is encrypted), so backups, checks and a reader or writer on
        # another thread open it the same way.
        self.connect = connect
        self.entries = EntryRepository(db)
        self.goals = GoalRepository(db)
        self.skills = SkillRepository(db)
        self.people = PeopleRepository(db)
        self.search = SearchIndex(db)
        self.drafts = DraftRepository(db)
        self.backups = Backups(path, connect)
        remember_file(db, path)

    # The repositories the app's first page does not read are made (and their modules loaded) when first used.
    @functools.cached_property
    def imports(self) -> ImportRepository:
        from .imports import ImportRepository

        return ImportRepository(self.db)

    @functools.cached_property
    def insights(self) -> InsightsRepository:
        from .insights import InsightsRepository

        return InsightsRepository(self.db)

    @functools.cached_property
    def timeline(self) -> TimelineRepository:
        from .timeline import TimelineRepository

        return TimelineRepository(self.db)

    @functools.cached_property
    def attachments(self) -> AttachmentRepository:
        from .attachments import AttachmentRepository

        return AttachmentRepository(self.db)

    @functools.cached_property
    def export_cache(self) -> ExportCache:
        """Its module also loads sqlite-utils, which opening the app does without."""
        from .export_cache import ExportCache

        return ExportCache(self.db)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        create: bool = False,
        read_only: bool = False,
        check: bool = True,
        passphrase: str | None = None,
        connect: Connector | None = None,
        private_dir: bool = False,
        before_migrate: BeforeMigrate | None = back_up_before_upgrade,
    ) -> Journal:
        """Open (or, with ``create``, start) the journal at ``path`` and bring its schema up to date.

        ``passphrase`` opens an encrypted journal; with ``create`` it makes the new
        journal an encrypted one. A plain journal opens without it (one given is
        not used); ``connect`` opens it as another journal object was opened
        (``reader``, ``writer``). ``private_dir`` tightens the folder to 0700 (the app's own data
        folder). ``before_migrate`` runs before any schema change of an existing
        journal (by default the automatic backup).
        """
        path = Path(path)
        connect = connect if connect is not None else Connector(passphrase)
        is_new = create and (not path.exists() or path.stat().st_size == 0)
        if is_new:
            ensure_private_dir(path.parent, tighten=private_dir)
            conn, read_only = connect_new(path, connect=connect), False
        else:
            if path.exists():
                connect = connector_for(path, connect)
            conn, read_only = connect_existing(path, connect=connect, read_only=read_only, check=check)
        journal = cls(wrap(conn), path, read_only=read_only, connect=connect)
        try:
            _migrate(journal, is_new=is_new, before_migrate=before_migrate)
        except BaseException:
            journal.close()
            raise
        return journal

    @property
    def encrypted(self) -> bool:
        return self.connect.encrypted

    @property
    def can_be_encrypted(self) -> bool:
        """A plain journal, on a machine with SQLCipher (``storage.cipher.convert_journal`` does it)."""
        return not self.encrypted and encryption_available()

    def reader(self) -> Journal:
        """The same journal on a read-only connection of its own, for a worker thread (it belongs to that thread)."""
        return Journal.open(self.path, read_only=True, check=False, connect=self.connect)

    def writer(self) -> Journal:
        """The same journal on a connection of its own that may write, for a worker thread (an import).

        Open it on that thread and close it there; its writes wait for the app's, as any second writer does.
        """
        return Journal.open(self.path, read_only=self.read_only, check=False, connect=self.connect)

    def close(self) -> None:
        self.db.close()

    def interrupt(self) -> None:
        """Stop a long read running on this connection (from any thread): it fails with "interrupted"."""
        with contextlib.suppress(*ProgrammingError):  # already closed: nothing left to stop
            self.db.conn.interrupt()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Db]:
        """Group several saves into one: all of them happen, or none."""
        with transaction(self.db) as db:
            yield db

    def save_entry(self, entry: Entry, *, draft_key: str | None = None) -> Entry:
        """Save a new or edited entry and, in the same transaction, drop the draft it came from."""
        with self.transaction():
            saved = self.entries.update(entry) if entry.id is not None else self.entries.add(entry)
            if draft_key is not None:
                self.drafts.discard(draft_key)
        return saved

    def delete(self, kind: RecordKind, record_id: int) -> DeletedRecords:
        """Delete a record of any kind the way its repository does, and return a copy ``undelete`` puts back.

        The copy is in memory only: the text is wiped from the file and the -wal at once, as for every delete.
        """
        deleters: dict[RecordKind, Callable[[int], None]] = {
            RecordKind.ENTRY: self.entries.delete,
            RecordKind.GOAL: self.goals.delete,
            RecordKind.MILESTONE: self.goals.delete_milestone,
            RecordKind.SKILL: self.skills.delete,
            RecordKind.TEACHING: self.skills.delete_teaching,
            RecordKind.HANDOVER: self.skills.delete_handover,
            RecordKind.PERSON: self.people.delete,
            RecordKind.INTERACTION: self.people.delete_interaction,
            RecordKind.OPPORTUNITY: self.people.delete_opportunity,
            RecordKind.ADVISER: self.people.delete_adviser,
        }
        from .deleted import copy_before_delete

        with self.transaction():
            copy = copy_before_delete(self.db, kind, record_id)
            deleters[kind](record_id)
        forget_deleted(self.db)
        return copy

    def undelete(self, copy: DeletedRecords, renumbered: Renumbered | None = None) -> int:
        """Put a deleted record back with everything that went with it; returns its id.

        ``renumbered`` maps (table, old id) to the id a record came back under when its old one was
        taken; pass the same dict for every copy of one undo history, so later copies link to the new ids.
        """
        from .deleted import put_back

        return put_back(self.db, copy, {} if renumbered is None else renumbered)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read several things as of one moment (an export), without blocking other writers.

        A read transaction: in WAL mode every read inside it sees the journal as
        it was at the first one, so a backup never holds a link to a record
        written half-way through it.
        """
        if self.db.conn.in_transaction:
            yield
            return
        self.db.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            if self.db.conn.in_transaction:
                self.db.execute("COMMIT")

    # -- derived views -------------------------------------------------------
    # The derived views are imported when first asked for: most commands never need them.
    def coverage(self) -> list[SkillCoverage]:
        from ..domain.coverage import coverage_of

        return coverage_of(self.skills.list(), self.skills.learners())

    def only_you(self) -> list[SkillCoverage]:
        from ..domain.coverage import only_you

        return only_you(self.coverage())

    def team(self, today: date) -> list[RoleCoverage]:
        from ..domain.coverage import team_coverage

        advisers = self.people.advisers()
        return team_coverage(advisers, self.people.last_contact([a.person_id for a in advisers]), today)

    def follow_ups(self, today: date) -> FollowUps:
        from ..domain.followups import follow_ups_due

        advisers = self.people.advisers()
        return follow_ups_due(
            self.people.with_follow_up(),
            advisers,
            self.people.last_contact([a.person_id for a in advisers]),
            self.goals.list(),
            self.entries.last_date(EntryKind.REFLECTION),
            today,
        )

    def insights_for(
        self, today: date, *, months: int = 12, include_private: bool = True, language: Language | None = None
    ) -> Insights:
        """The Insights charts over the last ``months`` months, read as of one moment, worded in ``language``
        (default: the app's)."""
        from ..domain.insights import InsightsData, build_insights, period_start

        with self.snapshot():
            data = InsightsData(
                skills=self.skills.list(),
                teachings=self.skills.teachings(),
                people=self.insights.contacts(),
                goals=[goal for goal in self.goals.list() if include_private or not goal.private],
                entries=self.insights.wins_and_reflections(
                    period_start(today, months), today, include_private=include_private
                ),
            )
        return build_insights(data, today, months, language)

    # -- the file as a whole -------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {
            kind.value: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for kind, table in TABLES.items()
        }

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    def check(self) -> list[str]:
        """Everything wrong with the file and the files beside it, in words; an empty list means healthy."""
        return self.damage_found() + self.blocked_companions()

    def blocked_companions(self) -> list[str]:
        """A -shm or -wal beside the file that cannot be written (every save fails), with what to do."""
        return blocked_companions(self.path)

    def damage_found(self) -> list[str]:
        """What is wrong inside the file: SQLite's integrity check, broken links, the search index."""
        problems = [row[0] for row in self.db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        for table, rowid, parent, _fk in self.db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points to a missing {parent} record")
        problems.extend(self.search.problems())
        problems.extend(self.attachments.problems())
        return problems

    def stop_writing(self) -> None:
        """From now on refuse every change (the file turned out to be damaged): reading still works."""
        self.db.execute("PRAGMA query_only = ON")
        self.read_only = True

    def detach(self, attachment_id: int) -> None:
        """Remove an attached file and fold the write-ahead log in, so its bytes are gone from the disk."""
        self.attachments.delete(attachment_id)
        self.checkpoint()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file and empty it (after deletes, before backups).

        Deleted text is already zeroed in the file's pages (secure_delete, and FTS5
        secure-delete in the search index); until the checkpoint the old pages
        can still sit in the -wal file.
        """
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def damage(self) -> str | None:
        """What was last found wrong with this journal's file (by the app's check, ``check``, a command), or None."""
        return damage_noted(self.path)

    def note_damage(self, problem: str) -> None:
        note_damage(self.path, problem)

    def clear_damage(self) -> None:
        clear_damage(self.path)

    def own_files(self) -> list[Path]:
        """The journal's file, its -wal and -shm and its backups folder: never the target of an export."""
        return [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"), self.backups.folder]

    def page_check(self) -> IntegrityCheck:
        """SQLite's page-by-page check of this journal on a connection of its own (for a worker thread)."""
        return IntegrityCheck(self.path, self.connect)

    def sqlite_info(self) -> dict[str, Any]:
        pragmas = ("journal_mode", "synchronous", "foreign_keys", "secure_delete", "application_id", "page_count")
        return {p: self.db.execute(f"PRAGMA {p}").fetchone()[0] for p in pragmas}


def inspect_journal_file(path: Path, *, passphrase: str | None = None) -> dict[str, int]:
    """Check a journal file (a backup, say) without changing it; returns its record counts.

    Raises like ``Journal.open`` for a damaged file, a foreign one, or one from a
    newer version (and ``PassphraseNeeded``/``WrongPassphrase`` for an encrypted
    one). An older version is fine: it is upgraded when next opened.
    """
    conn, _read_only = connect_existing(Path(path), connect=Connector(passphrase), read_only=True, check=True)
    db = wrap(conn)
    try:
        applied = [m.name for m in migrations.applied(db)]
        unknown = [name for name in applied if name not in known_names()]
        if unknown:
            raise JournalTooNew(path, unknown)
        if not applied:
            raise NotAJournal(path, "its tables are not a Career Journal's")
        present = set(db.table_names())  # an older version has fewer kinds of record
        return {
            kind.value: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for kind, table in TABLES.items()
            if table in present
        }
    finally:
        db.close()


def _migrate(journal: Journal, *, is_new: bool, before_migrate: BeforeMigrate | None) -> None:
    db, path, read_only = journal.db, journal.path, journal.read_only
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in known_names()]
    if unknown:
        raise JournalTooNew(path, unknown)
    if not applied and not is_new and db.table_names():
        raise NotAJournal(path, "its tables are not a Career Journal's")
    if not read_only:
        use_wal(db.conn, path)  # the first write to an existing file, after every check
    pending = migrations.pending(db)
    if not pending:
        return
    if read_only:
        raise JournalError(f"The journal at {path} needs an upgrade, but it is read-only here.")
    if applied and before_migrate is not None:
        before_migrate(journal)
    if is_new:
        # A new journal's schema in one transaction: one commit, so one sync to disk instead of one per migration.
        with transaction(db):
            migrations.apply(db)
    else:
        migrations.apply(db)
