"""What imports brought in, so the same file imported again adds nothing twice.

A JSON export names the journal it came from (``journal_info.journal_id``) and keeps each
record's id. Importing it back into the same journal finds each record by id; importing it
into another journal notes, per source journal, which record each imported one became
(``imported_records``), and the next import of that file finds them there. Deleting a record
forgets its note (by trigger), so a deleted record can be imported again.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.enums import RecordKind
from .db import Db
from .search import TABLES


class ImportRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    def journal_id(self) -> str:
        """This journal's own id, made when it was created (written into every JSON export)."""
        row = self.db.execute("SELECT value FROM journal_info WHERE key = 'journal_id'").fetchone()
        return row[0] if row else ""

    def exists(self, kind: RecordKind, record_id: int) -> bool:
        """Whether a record of ``kind`` has this id (ids outside SQLite's range exist nowhere)."""
        if not -(2**63) <= record_id < 2**63:
            return False
        return self.db.execute(f"SELECT 1 FROM {TABLES[kind]} WHERE id = ?", [record_id]).fetchone() is not None

    def brought_in(self, source: str) -> dict[tuple[str, int], int]:
        """(kind, id in the source) -> id here, for every record an earlier import from ``source`` added."""
        rows = self.db.execute(
            "SELECT kind, source_id, record_id FROM imported_records WHERE source = ?", [source]
        ).fetchall()
        return {(kind, source_id): record_id for kind, source_id, record_id in rows}

    def remember(self, source: str, added: Iterable[tuple[RecordKind, int, int]]) -> None:
        """Note (kind, id in the source, id here) for records just imported; inside the import's transaction."""
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO imported_records (source, kind, source_id, record_id) VALUES (?, ?, ?, ?)",
            [(source, kind.value, source_id, record_id) for kind, source_id, record_id in added],
        )
