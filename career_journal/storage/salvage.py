"""What can still be read from a damaged journal, copied record by record into a new, healthy one.

SQLite stops a query at the first damaged page. A salvage reads each table in id order until it
stops, then asks for the remaining ids one at a time, so one bad page costs the records on it
and not everything after it. Records that point to something lost (a teaching record whose skill
was on the bad page) are refused by the new journal's foreign keys and counted as lost too.
The damaged file is opened read-only and never written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..files import ensure_private_dir
from ..paths import data_dir
from .database import Connect, default_connect
from .drivers import DatabaseError, IntegrityError

# Parents before children, so a record's links find what they point to.
TABLES = (
    "journal_info",
    "people",
    "skills",
    "goals",
    "milestones",
    "goal_changes",
    "entries",
    "entry_tags",
    "entry_people",
    "entry_goals",
    "entry_skills",
    "teachings",
    "handovers",
    "interactions",
    "interaction_people",
    "opportunities",
    "advisers",
    "imported_records",
)
_NOUNS = {
    "people": "people", "skills": "skills", "goals": "goals", "milestones": "milestones",
    "entries": "entries", "teachings": "teaching records", "handovers": "handovers",
    "interactions": "conversations", "opportunities": "opportunities", "advisers": "advisers",
    "entry_tags": "tags of entries", "goal_changes": "changes of the plan",
}  # fmt: skip
# How far past the last id read a salvage keeps asking, when even the table's largest id is unreadable.
BLIND_RANGE = 200_000


@dataclass
class SalvageReport:
    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)  # records read but refused, or on unreadable pages
    unreadable_tables: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.lost and not self.unreadable_tables

    def summary(self) -> str:
        if self.complete:
            return "Every record could be read."
        parts = [f"{n} {_NOUNS.get(table, f'rows of {table}')}" for table, n in self.lost.items() if n]
        parts += [f"all {_NOUNS.get(table, f'rows of {table}')}" for table in self.unreadable_tables]
        return "Could not be read: " + ", ".join(parts) + "."


def salvage(source: Path, target: Path, *, connect: Connect = default_connect) -> SalvageReport:
    """Copy what can be read of the journal at ``source`` into a new journal at ``target``.

    The new journal of an encrypted one is encrypted with the same passphrase: a salvage never
    leaves the text in a plain file.
    """
    from .journal import Journal  # the facade builds the new journal's schema

    report = SalvageReport()
    damaged = connect(f"{Path(source).absolute().as_uri()}?mode=ro")
    try:
        damaged.execute("PRAGMA cell_size_check = ON")
        with Journal.open(target, create=True, passphrase=connect.passphrase) as fresh:
            fresh.db.execute("DELETE FROM journal_info")  # it keeps the damaged journal's id, if readable
            for table in TABLES:
                _copy_table(damaged, fresh.db.conn, table, report)
            fresh.db.execute(
                "INSERT OR IGNORE INTO journal_info (key, value) VALUES ('journal_id', ?)", [secrets.token_hex(16)]
            )
            fresh.checkpoint()
    finally:
        damaged.close()
    return report


def _copy_table(damaged: Any, fresh: Any, table: str, report: SalvageReport) -> None:
    try:
        source_columns = {row[1] for row in damaged.execute(f"PRAGMA table_info({table})").fetchall()}
    except DatabaseError:
        report.unreadable_tables.append(table)
        return
    columns = [row[1] for row in fresh.execute(f"PRAGMA table_info({table})").fetchall() if row[1] in source_columns]
    if not columns:
        return
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    copied = lost = 0
    fresh.execute("BEGIN IMMEDIATE")
    try:
        for row in _readable_rows(damaged, table, columns, report):
            if row is None:
                lost += 1
                continue
            try:
                fresh.execute(insert, row)
                copied += 1
            except IntegrityError:  # it points to a record that was lost
                lost += 1
        fresh.execute("COMMIT")
    except BaseException:
        fresh.execute("ROLLBACK")
        raise
    report.copied[table] = copied
    if lost:
        report.lost[table] = lost


def _readable_rows(damaged: Any, table: str, columns: list[str], report: SalvageReport) -> Iterator[tuple | None]:
    """Each row that can be read, in rowid order; None for each rowid that exists but cannot be read."""
    names = ", ".join(columns)
    rowid_table = damaged.execute(
        "SELECT 1 FROM sqlite_schema WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'", [table]
    ).fetchone()
    if rowid_table:  # no rowids to walk: all of it, or nothing
        try:
            yield from damaged.execute(f"SELECT {names} FROM {table}").fetchall()
        except DatabaseError:
            report.unreadable_tables.append(table)
        return
    last = 0
    try:
        for row in damaged.execute(f"SELECT rowid, {names} FROM {table} ORDER BY rowid"):
            last = row[0]
            yield tuple(row[1:])
        return
    except DatabaseError:
        pass
    try:
        highest = damaged.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or last
    except DatabaseError:
        highest = last + BLIND_RANGE
    for rowid in range(last + 1, highest + 1):
        try:
            row = damaged.execute(f"SELECT {names} FROM {table} WHERE rowid = ?", [rowid]).fetchone()
        except DatabaseError:
            yield None
            continue
        if row is not None:
            yield tuple(row)


@contextlib.contextmanager
def salvaged(source: Path, *, connect: Connect = default_connect) -> Iterator[tuple[Any, SalvageReport]]:
    """A temporary journal holding what can be read of ``source``, removed when done (it holds private text)."""
    from .journal import Journal

    folder = data_dir() / "run" / f"salvage-{os.getpid()}-{secrets.token_hex(4)}"
    ensure_private_dir(folder, tighten=True)
    try:
        report = salvage(source, folder / "salvaged.cjdb", connect=connect)
        with Journal.open(folder / "salvaged.cjdb", read_only=True, check=False, connect=connect) as copy:
            yield copy, report
    finally:
        shutil.rmtree(folder, ignore_errors=True)
