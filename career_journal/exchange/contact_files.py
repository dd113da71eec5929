"""What the LinkedIn and vCard readers share: the limits, the file's text, and clean field values."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..domain.errors import ImportRejected
from .reading import NOTHING, decode_utf8, read_bytes

# A LinkedIn export of 30,000 connections (LinkedIn's limit) is about 5 MB; an address book
# with photos can be ten times that. Photos are not read, but their bytes are.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_CONTACTS = 30_000
MAX_FIELD = 500  # a name, organisation, role, e-mail or phone
MAX_NOTE = 20_000

_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
# Invisible characters that keep their meaning in a name: zero-width non-joiner and joiner (Persian, emoji).
_KEEP_FORMAT = frozenset("\u200c\u200d")


class ContactProblem(ValueError):
    """Why one contact cannot be imported (no name, a value too long…); it is skipped with this reason.

    ``line`` is the line at fault when it is not the one the contact starts on.
    """

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


def read_contact_text(path: Path, kind: str) -> str:
    """The text of a contacts file, or ImportRejected: missing, too big, binary, not UTF-8 (or UTF-16)."""
    path = Path(path)
    raw = read_bytes(path, max_bytes=MAX_FILE_BYTES)
    if raw.startswith(_UTF16_MARKS):  # some Windows address books save vCards as UTF-16
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportRejected(f"{path} says it is UTF-16 text but is not. {NOTHING}") from None
    if b"\x00" in raw[:65536]:
        raise ImportRejected(f"{path} is not a {kind} file: it holds binary data, not text. {NOTHING}")
    return decode_utf8(path, raw)


def one_line(value: str, label: str) -> str:
    """A single-line field: invisible control characters gone, runs of whitespace one space, trimmed."""
    cleaned = " ".join(_visible(value).split())
    if len(cleaned) > MAX_FIELD:
        raise ContactProblem(f"the {label} is {len(cleaned):,} characters long, more than the {MAX_FIELD} it takes")
    return cleaned


def note_text(value: str) -> str:
    """A note: line breaks kept (as \\n), other control characters gone, trimmed."""
    lines = [_visible(line).rstrip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    if len(cleaned) > MAX_NOTE:
        raise ContactProblem(f"the note is {len(cleaned):,} characters long, more than the {MAX_NOTE:,} it takes")
    return cleaned


def too_many(path: Path, limit: int) -> ImportRejected:
    return ImportRejected(
        f"{path} holds more than {limit:,} contacts, more than one import takes; split it into smaller files. {NOTHING}"
    )


def _visible(text: str) -> str:
    """The text without invisible control and format characters (whitespace stays, for the caller to tidy)."""
    return "".join(
        ch for ch in text if ch.isspace() or ch in _KEEP_FORMAT or unicodedata.category(ch) not in ("Cc", "Cf")
    )
