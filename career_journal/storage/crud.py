"""The few statements every repository writes: insert, update and delete one row by id."""

from __future__ import annotations

from ..domain.errors import InvalidInput, RecordNotFound
from ..phrasebook import phrase
from .database import forget_deleted, transaction
from .db import Db
from .drivers import IntegrityError


def insert_row(db: Db, table: str, row: dict, record_id: int | None = None) -> int:
    """Insert ``row`` (keeping ``record_id`` when given) and return its id."""
    if record_id is not None:
        row = {**row, "id": record_id}
    try:
        return db.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        ).lastrowid
    except IntegrityError as exc:
        raise InvalidInput(integrity_message(table, exc)) from None


def update_row(db: Db, table: str, row: dict, record_id: int | None, kind: str) -> None:
    try:
        cursor = db.execute(
            f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?", [*row.values(), record_id]
        )
    except IntegrityError as exc:
        raise InvalidInput(integrity_message(table, exc)) from None
    if cursor.rowcount == 0:
        raise RecordNotFound(kind, record_id)


def delete_row(db: Db, table: str, record_id: int, kind: str) -> None:
    """Delete one record (its drafts go with it, by trigger) and wipe it from the -wal as well."""
    with transaction(db):
        if db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id]).rowcount == 0:
            raise RecordNotFound(kind, record_id)
    forget_deleted(db)


def integrity_message(table: str, exc: Exception) -> str:
    text = str(exc)
    if "UNIQUE" in text and table == "skills":
        return already_a_skill()
    if "UNIQUE" in text and table == "advisers":
        return phrase("That person already has that role on your team.")
    if "FOREIGN KEY" in text:
        return phrase("It refers to a record that does not exist.")
    if "CHECK" in text:
        return phrase("A value is outside what the journal accepts.")
    return phrase("That could not be saved ({problem}).", None, problem=text)


def already_a_skill() -> str:
    return phrase("There is already a skill with that name.")
