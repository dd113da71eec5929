"""A copy of what a delete removes, kept in memory so Undo can put every row of it back.

A delete reaches further than its own row: foreign keys cascade (a person's
teaching records, roles and links to entries), set columns to NULL (an
opportunity forgets the person it was found with) and triggers forget what an
import brought in. ``copy_before_delete`` reads all of that, in the delete's own
transaction, by following the schema's foreign keys, so a table added later is
covered without a change here. ``put_back`` inserts the rows again, parents
first, with their ids, dates and history as they were.

The copy lives only in memory: the delete still wipes the text from the file
and the -wal at once. Attached files are not copied: they are kept in chunks so
that no file is ever held whole in memory, and a deleted entry's or goal's files
are gone for good (``DeletedRecords.files_gone`` counts them, so the app can say so).

An id taken since the delete (SQLite reuses the highest id) is not
overwritten: the row comes back under a new id, and ``renumbered`` (shared by
every copy an undo history holds) carries the change to the rows that point
to it. A row whose parent has gone meanwhile comes back without that link, or
not at all when it cannot exist without it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.enums import RecordKind
from .crud import insert_row
from .database import transaction
from .db import Db
from .search import TABLES

# Rows that go with a record although no foreign key says so: a person's conversations that only they were in.
_ALSO_DELETED = {
    "people": (
        "interactions",
        "SELECT interaction_id FROM interaction_people WHERE person_id = :id AND interaction_id NOT IN"
        " (SELECT interaction_id FROM interaction_people WHERE person_id <> :id)",
    ),
}
# The kind of record each table's rows belong to, to tell the pages what came back.
_KIND_OF_TABLE = {
    **{table: kind for kind, table in TABLES.items()},
    "entry_tags": RecordKind.ENTRY,
    "entry_people": RecordKind.ENTRY,
    "entry_goals": RecordKind.ENTRY,
    "entry_skills": RecordKind.ENTRY,
    "goal_changes": RecordKind.GOAL,
    "interaction_people": RecordKind.INTERACTION,
}
# Not kept for Undo: attached files (their rows would hold every byte of every file in memory).
_NOT_KEPT = ("attachments", "attachment_chunks")
Renumbered = dict[tuple[str, int], int]


@dataclass(frozen=True)
class _ForeignKey:
    table: str  # the table holding the column
    column: str
    parent: str
    cascade: bool  # ON DELETE CASCADE (else SET NULL)


@dataclass
class DeletedRecords:
    """One deleted record and every row that went with it, in the order they can be put back."""

    kind: RecordKind
    record_id: int
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (table, row), parents first
    nulled: list[tuple[str, int, str, int]] = field(default_factory=list)  # (table, row id, column, old value)
    files_gone: int = 0  # attached files deleted with it, which Undo cannot bring back

    @property
    def kinds(self) -> frozenset[RecordKind]:
        """Every kind of record the delete touched (the pages showing them read them again)."""
        tables = [table for table, _row in self.rows] + [table for table, *_rest in self.nulled]
        return frozenset(_KIND_OF_TABLE[t] for t in tables if t in _KIND_OF_TABLE)


def copy_before_delete(db: Db, kind: RecordKind, record_id: int) -> DeletedRecords:
    """Read everything deleting the record will remove or change (call it inside the delete's transaction)."""
    table = TABLES[kind]
    copy = DeletedRecords(kind, record_id)
    seen: set[tuple[str, tuple]] = set()
    roots = [(table, [record_id])]
    if table in _ALSO_DELETED:
        other, sql = _ALSO_DELETED[table]
        roots.append((other, [row[0] for row in db.execute(sql, {"id": record_id}).fetchall()]))
    for root_table, ids in roots:
        if not ids:
            continue
        _keep(copy, seen, root_table, _rows(db, f"SELECT * FROM {root_table} WHERE id IN ({_marks(ids)})", ids))
    waiting = list(roots)
    keys = _foreign_keys(db)
    while waiting:
        parent, ids = waiting.pop(0)
        for key in keys:
            if key.parent != parent or not ids:
                continue
            if key.table in _NOT_KEPT:
                sql = f"SELECT count(*) FROM {key.table} WHERE {key.column} IN ({_marks(ids)})"
                copy.files_gone += db.execute(sql, ids).fetchone()[0] if key.table == _NOT_KEPT[0] else 0
                continue
            found = _rows(db, f"SELECT * FROM {key.table} WHERE {key.column} IN ({_marks(ids)})", ids)
            if key.cascade:
                _keep(copy, seen, key.table, found)
                if found and "id" in found[0]:
                    waiting.append((key.table, [row["id"] for row in found]))
            else:
                copy.nulled.extend((key.table, row["id"], key.column, row[key.column]) for row in found)
    _keep_import_notes(db, copy, seen)
    return copy


def put_back(db: Db, copy: DeletedRecords, renumbered: Renumbered) -> int:
    """Insert the copy's rows again in one transaction; returns the record's id (new if its old one was taken)."""
    keys = _foreign_keys(db)
    with transaction(db):
        for table, row in copy.rows:
            if table == "imported_records":
                _put_back_import_note(db, row, renumbered)
                continue
            values = _pointing_to_what_exists(db, table, row, keys, renumbered)
            if values is None:
                continue  # what it belonged to is gone for good
            old_id = values.pop("id", None)
            taken = old_id is not None and _exists(db, table, old_id)
            new_id = insert_row(db, table, values, None if taken or old_id is None else old_id)
            if old_id is not None and new_id != old_id:
                renumbered[(table, old_id)] = new_id
        for table, row_id, column, value in copy.nulled:
            parent = next(k.parent for k in keys if k.table == table and k.column == column)
            row_id = renumbered.get((table, row_id), row_id)
            value = renumbered.get((parent, value), value)
            if _exists(db, parent, value):  # linked again only where nothing else was chosen since
                db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL", [value, row_id])
    table = TABLES[copy.kind]
    return renumbered.get((table, copy.record_id), copy.record_id)


def _pointing_to_what_exists(
    db: Db, table: str, row: dict[str, Any], keys: list[_ForeignKey], renumbered: Renumbered
) -> dict[str, Any] | None:
    """The row with its links renumbered; a link to a record that is gone is emptied, or None if it must exist."""
    values = dict(row)
    for key in keys:
        if key.table != table or values.get(key.column) is None:
            continue
        parent_id = renumbered.get((key.parent, values[key.column]), values[key.column])
        if _exists(db, key.parent, parent_id):
            values[key.column] = parent_id
        elif key.cascade:
            return None
        else:
            values[key.column] = None
    return values


def _keep_import_notes(db: Db, copy: DeletedRecords, seen: set[tuple[str, tuple]]) -> None:
    """What an import brought in is forgotten by trigger when its record goes; keep that note too."""
    for table, row in list(copy.rows):
        kind = _KIND_OF_TABLE.get(table)
        if kind is None or TABLES.get(kind) != table:
            continue
        notes = _rows(db, "SELECT * FROM imported_records WHERE kind = ? AND record_id = ?", [kind.value, row["id"]])
        _keep(copy, seen, "imported_records", notes)


def _put_back_import_note(db: Db, row: dict[str, Any], renumbered: Renumbered) -> None:
    table = TABLES[RecordKind(row["kind"])]
    record_id = renumbered.get((table, row["record_id"]), row["record_id"])
    if _exists(db, table, record_id):  # a later import of the same line keeps its own note
        db.execute(
            "INSERT OR IGNORE INTO imported_records (source, kind, source_id, record_id) VALUES (?, ?, ?, ?)",
            [row["source"], row["kind"], row["source_id"], record_id],
        )


def _keep(copy: DeletedRecords, seen: set[tuple[str, tuple]], table: str, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        identity = (table, tuple(row.items()))
        if identity not in seen:
            seen.add(identity)
            copy.rows.append((table, row))


def _foreign_keys(db: Db) -> list[_ForeignKey]:
    keys = []
    for table in db.table_names():
        for _id, _seq, parent, column, _to, _update, on_delete, _match in db.execute(
            f"PRAGMA foreign_key_list({table})"
        ).fetchall():
            if on_delete in ("CASCADE", "SET NULL"):
                keys.append(_ForeignKey(table, column, parent, on_delete == "CASCADE"))
    return keys


def _rows(db: Db, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _exists(db: Db, table: str, record_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone() is not None


def _marks(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))
