"""Evidence files inside the journal: one row says what the file is, its bytes are rows of ``CHUNK_BYTES``.

Chunked rows rather than incremental blob I/O: the SQLite driver the app uses
(pysqlite3) has no ``blobopen``, and rows work the same with every driver. A
file goes in a chunk at a time inside one transaction (all of it or none), and
comes out a chunk at a time, so a 50 MB file is never held whole in memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from ..domain.attachments import Attachment, Owner, clean_file_name, media_type_of, too_large
from ..domain.enums import RecordKind
from ..domain.errors import Cancelled, InvalidInput, RecordNotFound
from ..domain.validation import timestamp_now
from ..phrasebook import phrase
from .convert import iso, placeholders
from .database import transaction
from .db import Db

CHUNK_BYTES = 512 * 1024
_COLUMNS = "id, entry_id, goal_id, file_name, media_type, size, sha256, added_at"
_OWNER_COLUMN = {RecordKind.ENTRY: "entry_id", RecordKind.GOAL: "goal_id"}
_OWNER_TABLE = {RecordKind.ENTRY: "entries", RecordKind.GOAL: "goals"}

ShouldStop = Callable[[], bool]


class AttachmentRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    # -- writing -----------------------------------------------------------
    def add(
        self,
        owner: Owner,
        file_name: str,
        chunks: Iterable[bytes],
        *,
        added_at: str = "",
        record_id: int | None = None,
        should_stop: ShouldStop | None = None,
    ) -> Attachment:
        """Keep the bytes of ``chunks`` as a file attached to ``owner``; nothing is kept if anything fails.

        Stops with a clear message past 50 MB, and with ``Cancelled`` when ``should_stop`` says so.
        """
        name = clean_file_name(file_name)
        attachment = Attachment(owner, name, media_type=media_type_of(name), added_at=added_at or timestamp_now())
        with transaction(self.db):
            if not self._owner_exists(owner):
                raise RecordNotFound(owner.kind.value, owner.id)
            attachment.id = self._insert(attachment, record_id)
            digest = hashlib.sha256()
            for seq, piece in enumerate(_rechunk(chunks)):
                if should_stop is not None and should_stop():
                    raise Cancelled(phrase("Nothing was attached"))
                attachment.size += len(piece)
                if (problem := too_large(name, attachment.size)) is not None:
                    raise InvalidInput(problem)
                digest.update(piece)
                self.db.execute(
                    "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                    [attachment.id, seq, piece],
                )
            attachment.sha256 = digest.hexdigest()
            self.db.execute(
                "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
                [attachment.size, attachment.sha256, attachment.id],
            )
        return attachment

    def _insert(self, attachment: Attachment, record_id: int | None) -> int:
        owner = attachment.owner
        row = {
            "entry_id": owner.id if owner.kind is RecordKind.ENTRY else None,
            "goal_id": owner.id if owner.kind is RecordKind.GOAL else None,
            "file_name": attachment.file_name,
            "media_type": attachment.media_type,
            "size": 0,
            "sha256": "",
            "added_at": attachment.added_at,
        }
        if record_id is not None:
            row["id"] = record_id
        return self.db.execute(
            f"INSERT INTO attachments ({', '.join(row)}) VALUES ({placeholders(list(row))})", list(row.values())
        ).lastrowid

    def delete(self, attachment_id: int) -> Attachment:
        """Remove a file; its bytes are overwritten in the file's pages (secure_delete). Returns what it was."""
        with transaction(self.db):
            attachment = self.get(attachment_id)
            self.db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
        return attachment

    # -- reading -----------------------------------------------------------
    def get(self, attachment_id: int) -> Attachment:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", [attachment_id]).fetchone()
        if row is None:
            raise RecordNotFound("attached file", attachment_id)
        return _attachment(row)

    def list_for(self, owner: Owner) -> list[Attachment]:
        column = _OWNER_COLUMN[owner.kind]
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM attachments WHERE {column} = ? ORDER BY id", [owner.id])
        return [_attachment(row) for row in rows.fetchall()]

    def list_all(self) -> list[Attachment]:
        return [_attachment(row) for row in self.db.execute(f"SELECT {_COLUMNS} FROM attachments ORDER BY id")]

    def chunks(self, attachment_id: int, *, should_stop: ShouldStop | None = None) -> Iterator[bytes]:
        """The file's bytes a chunk at a time; raises if they no longer match the checksum kept with them."""
        attachment = self.get(attachment_id)
        digest = hashlib.sha256()
        size = 0
        cursor = self.db.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq", [attachment_id]
        )
        for (data,) in cursor:
            if should_stop is not None and should_stop():
                raise Cancelled(phrase("{name} was not copied", None, name=attachment.file_name))
            piece = bytes(data)
            digest.update(piece)
            size += len(piece)
            yield piece
        if size != attachment.size or digest.hexdigest() != attachment.sha256:
            raise InvalidInput(
                phrase("The journal's copy of {name} is damaged; it was not copied.", None, name=attachment.file_name)
            )

    def entries_with_files(self) -> set[int]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT entry_id FROM attachments WHERE entry_id > 0")}

    def count_shown(self, *, entries: tuple[date | None, date, bool] | None, goals: bool) -> int:
        """How many files are attached to the entries of a range (first day or None, last day, private too)
        and, with ``goals``, to goals: what an export without its files leaves out."""
        count = 0
        if entries is not None:
            start, end, include_private = entries
            count += self.db.execute(
                "SELECT count(*) FROM attachments a JOIN entries e ON e.id = a.entry_id"
                " WHERE e.entry_date >= ? AND e.entry_date <= ? AND (? OR e.private = 0)",
                [iso(start) or "", iso(end), int(include_private)],
            ).fetchone()[0]
        if goals:
            count += self.db.execute("SELECT count(*) FROM attachments WHERE goal_id IS NOT NULL").fetchone()[0]
        return count

    def find_same(self, owner: Owner, file_name: str, sha256: str) -> int | None:
        """The id of a file with this name and these exact bytes on ``owner`` (an import run twice)."""
        column = _OWNER_COLUMN[owner.kind]
        row = self.db.execute(
            f"SELECT id FROM attachments WHERE {column} = ? AND file_name = ? AND sha256 = ? LIMIT 1",
            [owner.id, file_name, sha256],
        ).fetchone()
        return row[0] if row else None

    def problems(self) -> list[str]:
        """Files whose stored bytes do not add up to their recorded size."""
        rows = self.db.execute(
            "SELECT a.id, a.file_name, a.size, coalesce(sum(length(c.data)), 0) AS stored FROM attachments a"
            " LEFT JOIN attachment_chunks c ON c.attachment_id = a.id GROUP BY a.id HAVING a.size <> stored"
        ).fetchall()
        return [f"attached file #{i} ({name}) holds {stored} of its {size} bytes" for i, name, size, stored in rows]

    def _owner_exists(self, owner: Owner) -> bool:
        table = _OWNER_TABLE[owner.kind]
        return self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [owner.id]).fetchone() is not None


def _attachment(row: tuple) -> Attachment:
    record_id, entry_id, goal_id, file_name, media_type, size, sha256, added_at = row
    owner = Owner.entry(entry_id) if entry_id is not None else Owner.goal(goal_id)
    return Attachment(owner, file_name, size, sha256, media_type, added_at, record_id)


def _rechunk(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The same bytes in pieces of exactly CHUNK_BYTES (the last one shorter), whatever size they came in."""
    pending = bytearray()
    for chunk in chunks:
        pending += chunk
        while len(pending) >= CHUNK_BYTES:
            yield bytes(pending[:CHUNK_BYTES])
            del pending[:CHUNK_BYTES]
    if pending:
        yield bytes(pending)
