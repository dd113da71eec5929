"""Online backups of a live journal.

``VACUUM INTO`` copies a consistent snapshot while the journal stays open and
leaves deleted text behind. SQLite does not fsync that file, so we do, then
check the copy before it takes its final name: a backup that exists is a
backup that opens.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.utils import sqlite3

from ..domain.errors import JournalError
from .atomic import TEMP_PREFIX, fsync_dir
from .database import classify, create_file, ensure_private_dir

BACKUP_SUFFIX = ".cjdb"


def backup_name(now: datetime | None = None, reason: str = "") -> str:
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return f"journal-{stamp}{'-' + reason if reason else ''}{BACKUP_SUFFIX}"


def backup_to(db: Database, destination: Path) -> Path:
    """Write a verified copy of the journal to ``destination`` (replacing it atomically)."""
    destination = Path(destination).absolute()
    folder = destination.parent
    ensure_private_dir(folder, tighten=False)
    temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}-{destination.name}"
    try:
        create_file(temp)  # VACUUM INTO fills an empty file and keeps its 0600 mode
        db.execute("VACUUM INTO ?", [str(temp)])
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        verify(temp)
        os.replace(temp, destination)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        if isinstance(exc, sqlite3.DatabaseError):
            raise classify(exc) from None
        if isinstance(exc, OSError):
            raise JournalError(f"The backup could not be written to {destination} ({exc.strerror or exc}).") from None
        raise
    fsync_dir(folder)
    return destination


def verify(path: Path) -> None:
    """Raise unless ``path`` is a readable, intact SQLite file."""
    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise JournalError(f"The backup at {path} did not pass its check ({result}).")
