"""Attached files in the JSON export: their bytes as one base64 string, written and read a piece at a time.

On the way out the base64 text is made from the journal's chunks as they are
read, so a 50 MB file is never encoded whole. On the way in the string is
checked (base64, size, checksum, the 50 MB limit) before anything is written,
then decoded a slice at a time into the journal.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.attachments import Attachment, Owner, clean_file_name, too_large
from ..storage.journal import Journal
from .reading import Fields, Problem

# Characters of base64 decoded at a time (a multiple of 4, so every slice decodes on its own).
_SLICE = 4 * 128 * 1024


@dataclass
class ImportedFile:
    """A checked file from an export: what it is (its owner still has the file's ids) and its base64 text."""

    attachment: Attachment
    data: str

    @property
    def id(self) -> int | None:
        return self.attachment.id

    @id.setter
    def id(self, value: int | None) -> None:
        self.attachment.id = value


def base64_pieces(journal: Journal, attachment_id: int) -> Iterator[str]:
    """The file's base64 text in pieces that join to exactly ``base64.b64encode`` of the whole file."""
    pending = b""
    for chunk in journal.attachments.chunks(attachment_id):
        pending += chunk
        whole = len(pending) - len(pending) % 3  # three bytes make four characters: cut between groups
        yield base64.b64encode(pending[:whole]).decode("ascii")
        pending = pending[whole:]
    yield base64.b64encode(pending).decode("ascii")


def decoded(data: str) -> Iterator[bytes]:
    """The bytes of a base64 text that ``read_file`` has already checked, a slice at a time."""
    for start in range(0, len(data), _SLICE):
        yield base64.b64decode(data[start : start + _SLICE])


def read_file(fields: Fields, entry_id: int | None, goal_id: int | None) -> ImportedFile:
    """Check one record of "attachments" (ids already checked against the file by the caller)."""
    if (entry_id is None) == (goal_id is None):
        raise Problem("an attached file needs exactly one of 'entry_id' and 'goal_id'")
    try:
        name = clean_file_name(fields.text("file_name", required=True))
    except ValueError as exc:
        raise Problem(f"'file_name': {str(exc).rstrip('.')}") from None
    data = fields.text("data", required=True)
    if len(data) % 4:
        raise Problem("'data' is not base64 text (its length is not a multiple of 4)")
    digest, size = hashlib.sha256(), 0
    for start in range(0, len(data), _SLICE):
        try:
            piece = base64.b64decode(data[start : start + _SLICE], validate=True)
        except (binascii.Error, ValueError):
            raise Problem("'data' is not base64 text") from None
        digest.update(piece)
        size += len(piece)
        if (problem := too_large(name, size)) is not None:
            raise Problem(problem.removesuffix(" Nothing was attached.").rstrip("."))
    stated_size = fields.whole("size") if fields.raw.get("size") is not None else size
    if stated_size != size:
        raise Problem(f"'size' says {stated_size} bytes, but 'data' holds {size}")
    stated_sha = fields.text("sha256")
    if stated_sha and stated_sha.lower() != digest.hexdigest():
        raise Problem("'data' does not match its 'sha256': the file was changed or cut short")
    owner = Owner.entry(entry_id) if entry_id is not None else Owner.goal(goal_id or 0)
    attachment = Attachment(
        owner,
        name,
        size=size,
        sha256=digest.hexdigest(),
        media_type=fields.text("media_type"),
        added_at=fields.text("added_at"),
        id=fields.ident("id", required=False),
    )
    return ImportedFile(attachment, data)
