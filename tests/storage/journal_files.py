"""Looking at a journal file from outside, the way a user's disk sees it."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

SIBLINGS = ("-wal", "-shm", "-journal")
ENTRY_COUNT = 120  # entries in the many-page journal of conftest.big_journal_file


def marker(number: int) -> str:
    """A word unique to one entry of the many-page journal."""
    return f"pagemarker{number:04d}"


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """The SQLite side files that exist beside ``path``."""
    return [suffix for suffix in SIBLINGS if Path(f"{path}{suffix}").exists()]


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def raw_hits(path: Path, needle: str) -> dict[str, int]:
    """How often ``needle`` appears in the raw bytes of the file and its -wal."""
    data = needle.encode()
    hits = {}
    for suffix in ("", "-wal"):
        file = Path(f"{path}{suffix}")
        hits[suffix or "db"] = file.read_bytes().count(data) if file.exists() else 0
    return hits


def page_size(path: Path) -> int:
    size = int.from_bytes(Path(path).read_bytes()[16:18], "big")
    return 65536 if size == 1 else size
