"""Turning a journal into an encrypted one, back into a plain one, or onto a new passphrase.

Every conversion writes a new file beside the old one with SQLCipher's
``sqlcipher_export``, checks it (``integrity_check`` and the row count of every
table) and only then swaps it in with one rename. The old file is kept, renamed
beside the journal (``<name>-before-<action>-<stamp>``), together with the old
copies of the backups that were converted: nothing is destroyed until the
person says so, and then ``wipe`` overwrites each file before removing it.

The journal must be closed everywhere while it is converted: the old file is
read through SQLCipher's library only (see ``drivers``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.errors import JournalError, WrongPassphrase
from ..files import create_file, fsync_dir, temp_path
from .backup import Backups
from .database import APPLICATION_ID, check_header, classify, connector_for, quick_check
from .drivers import Connector, DatabaseError, Error, cipher_sqlite, is_not_a_database, quote_literal

ENCRYPT, DECRYPT, NEW_PASSPHRASE = "encrypt", "decrypt", "passphrase"
_STAMP = "%Y-%m-%d_%H%M%S"
_WIPE_CHUNK = 1 << 20


@dataclass
class Converted:
    journal: Path
    counts: dict[str, int]  # rows in every table of the converted journal
    set_aside: list[Path] = field(default_factory=list)  # the old journal (and -wal/-shm) and old backup copies
    backups_converted: int = 0
    backups_left: list[Path] = field(default_factory=list)  # backups the old passphrase does not open

    @property
    def leftovers(self) -> list[Path]:
        return [path for path in self.set_aside if path.exists()]


def convert_journal(
    path: Path, *, old_passphrase: str | None, new_passphrase: str | None, now: datetime | None = None
) -> Converted:
    """Encrypt (``old_passphrase`` None), decrypt (``new_passphrase`` None) or re-key the journal and its backups.

    Raises before anything is swapped if the old passphrase is wrong, the file
    is damaged or the converted copy does not match the original.
    """
    path = Path(path).absolute()
    action = ENCRYPT if old_passphrase is None else DECRYPT if new_passphrase is None else NEW_PASSPHRASE
    if cipher_sqlite is None:
        raise JournalError("Encryption needs SQLCipher (the sqlcipher3 package), which is not installed here.")
    encrypted = check_header(path)
    if encrypted == (action == ENCRYPT):
        state = "already encrypted" if encrypted else "not encrypted"
        raise JournalError(f"The journal at {path} is {state}; nothing was changed.")
    stamp = (now or datetime.now()).strftime(_STAMP)
    temp, counts = convert_file(path, old_passphrase, new_passphrase, checkpoint=True)
    aside = path.with_name(f"{path.stem}-before-{action}-{stamp}{path.suffix}")
    result = Converted(path, counts, _swap_in(temp, path, aside))
    backups = Backups(path)
    _convert_backups(result, backups, old_passphrase, new_passphrase, backups.folder / f"before-{action}-{stamp}")
    return result


def _open_with_cipher_library(path: Path, passphrase: str | None, mode: str) -> Any:
    """A connection through SQLCipher's library, keyed or not (sqlcipher_export lives there)."""
    assert cipher_sqlite is not None
    conn = cipher_sqlite.connect(f"{path.as_uri()}?mode={mode}", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {quote_literal(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except BaseException as exc:
        conn.close()
        if isinstance(exc, DatabaseError) and passphrase is not None and is_not_a_database(exc):
            raise WrongPassphrase(path) from None
        raise
    return conn


def convert_file(source: Path, old: str | None, new: str | None, *, checkpoint: bool) -> tuple[Path, dict[str, int]]:
    """Write ``source`` converted to a temp file beside it and check it; returns the temp file and its counts.

    The caller moves the temp file where it belongs (or removes it).
    """
    temp = temp_path(source.parent, source.name)
    conn = None
    try:
        conn = _open_with_cipher_library(source, old, "rw" if checkpoint else "ro")
        quick_check(conn, source)
        if checkpoint:  # everything into the main file, so no -wal holds what the old file held
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = table_counts(conn)
        header = {pragma: conn.execute(f"PRAGMA {pragma}").fetchone()[0] for pragma in ("user_version",)}
        create_file(temp)
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {quote_literal(new or '')}", [str(temp)])
        conn.execute("SELECT sqlcipher_export('converted')")
        # sqlcipher_export copies the schema and the rows, not the header's numbers.
        conn.execute(f"PRAGMA converted.application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA converted.user_version = {int(header['user_version'])}")
        conn.execute("DETACH DATABASE converted")
        conn.close()
        conn = None
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        _check_copy(temp, new, expected)
    except BaseException as exc:
        if conn is not None:
            with contextlib.suppress(*Error):
                conn.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        if isinstance(exc, DatabaseError):
            raise classify(exc, source) from None
        if isinstance(exc, OSError):
            raise JournalError(
                f"The converted copy of {source} could not be written ({exc.strerror or exc})."
            ) from None
        raise
    return temp, expected


def _check_copy(copy: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    conn = _open_with_cipher_library(copy, passphrase, "ro")
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        found = table_counts(conn)
    finally:
        conn.close()
    if problems or found != expected:
        detail = problems[0] if problems else "the number of rows differs"
        raise JournalError(f"The converted copy did not match the journal ({detail}); nothing was changed.")


def table_counts(conn: Any) -> dict[str, int]:
    """Rows in every ordinary table (the search index's own tables included)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _keep_aside(path: Path, aside: Path) -> bool:
    """Give the old file a second name (a hard link: its own name never points nowhere), else rename it."""
    try:
        os.link(path, aside)
        return True
    except OSError:
        os.replace(path, aside)
        return False


def _swap_in(temp: Path, path: Path, aside: Path) -> list[Path]:
    """The checked copy takes the journal's name in one rename; the old file and its -wal/-shm go ``aside``."""
    moved = []
    linked = False
    try:
        linked = _keep_aside(path, aside)
        moved.append(aside)
        for suffix in ("-wal", "-shm"):  # a -wal left beside the new file would be read as the new file's
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                os.replace(companion, f"{aside}{suffix}")
                moved.append(Path(f"{aside}{suffix}"))
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        if aside.exists() and not path.exists():
            os.replace(aside, path)
        elif aside.exists() and linked:
            aside.unlink()
        raise JournalError(
            f"The converted journal could not take the place of {path} ({exc.strerror or exc})."
        ) from None
    fsync_dir(path.parent)
    return moved


def _convert_backups(result: Converted, backups: Backups, old: str | None, new: str | None, aside_folder: Path) -> None:
    """Each backup the old passphrase opens gets a converted copy under its own name; the old copy goes aside."""
    for backup in backups.list():
        try:
            if connector_for(backup.path, Connector(old)).encrypted != (old is not None):
                raise WrongPassphrase(backup.path)
            temp, _counts = convert_file(backup.path, old, new, checkpoint=False)
        except JournalError:
            result.backups_left.append(backup.path)
            continue
        aside_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        aside = aside_folder / backup.path.name
        _keep_aside(backup.path, aside)
        os.replace(temp, backup.path)
        result.set_aside.append(aside)
        result.backups_converted += 1
    if aside_folder.exists():
        fsync_dir(aside_folder.parent)
        result.set_aside.append(aside_folder)


def wipe(paths: Iterable[Path]) -> int:
    """Overwrite each file with zeros, flush it to disk, then remove it (folders: their files, then the folder).

    On an SSD or a copy-on-write file system the old blocks may survive an
    overwrite; the README says so. Returns the number of files removed.
    """
    removed = 0
    for path in paths:
        path = Path(path)
        if path.is_dir():
            removed += wipe(sorted(path.iterdir()))
            with contextlib.suppress(OSError):
                path.rmdir()
            continue
        if not path.exists():
            continue
        if path.stat().st_nlink == 1:  # a second name (a hard link) still in use keeps its bytes
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                zeros = bytes(min(size, _WIPE_CHUNK))
                left = size
                while left > 0:
                    left -= handle.write(zeros[: min(left, len(zeros))])
                handle.flush()
                os.fsync(handle.fileno())
        path.unlink()
        removed += 1
    return removed
