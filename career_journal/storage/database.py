"""Opening the journal file safely.

Everything here happens before the first write: the header is read with plain
file I/O, the file is opened ``mode=rw`` so a typo never creates an empty
journal, and each connection setting is read back to prove it took.
"""

from __future__ import annotations

import contextlib
import os
import struct
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain.errors import (
    DiskFull,
    JournalBusy,
    JournalCorrupt,
    JournalError,
    JournalNotFound,
    NotAJournal,
    PassphraseNeeded,
    ReadOnlyJournal,
    WrongPassphrase,
)
from ..files import SQLITE_MAGIC, create_file, tighten_file
from ..phrasebook import phrase
from .db import Db
from .drivers import (
    PLAIN,
    Connector,
    DatabaseError,
    Error,
    IntegrityError,
    OperationalError,
    is_not_a_database,
)

APPLICATION_ID = 0x434A524E  # "CJRN"
# contentless_delete FTS5 tables and the FTS5 secure-delete option
MIN_SQLITE_VERSION = (3, 43, 0)
BUSY_TIMEOUT_MS = 5000

# SQLCipher's pages are a power of two from 512 bytes up: a file of any other size is not one.
CIPHER_PAGE_ALIGNMENT = 512

Connect = Connector
"""Opens DB-API connections from an SQLite URI: plain, or keyed with a passphrase (``drivers.Connector``)."""
default_connect = PLAIN


def sqlite_version(conn: Any) -> tuple[int, ...]:
    """The version of the SQLite library behind ``conn`` (each driver may bundle its own)."""
    text = conn.execute("SELECT sqlite_version()").fetchone()[0]
    return tuple(int(part) for part in text.split("."))


def require_sqlite_version(conn: Any) -> None:
    """Refuse an SQLite too old for the search index before it touches the file.

    Older libraries cannot read the FTS5 index ("invalid fts5 file format") and fail
    on every insert, so it is better to say so at once.
    """
    found = sqlite_version(conn)
    if found < MIN_SQLITE_VERSION:
        need, have = ".".join(map(str, MIN_SQLITE_VERSION)), ".".join(map(str, found))
        raise JournalError(
            f"Career Journal needs SQLite {need} or newer to read its search index, but this Python has "
            f"SQLite {have}. Install the app with its own dependencies (scripts/setup) or a newer Python."
        )


def read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(100)


def check_header(path: Path) -> bool:
    """Reject a file that is not a Career Journal without letting SQLite touch it.

    Returns whether the file may be an encrypted journal (SQLCipher encrypts the
    whole first page, so only the passphrase can tell it from a damaged one).
    """
    try:
        header = read_header(path)
        size = path.stat().st_size
    except IsADirectoryError:
        raise NotAJournal(path, phrase("it is a folder")) from None
    except PermissionError:
        raise NotAJournal(path, phrase("you are not allowed to read it")) from None
    if not header:
        raise NotAJournal(path, phrase("the file is empty"))
    if not header.startswith(SQLITE_MAGIC):
        # SQLCipher's file starts with a random 16-byte salt: zeros there are a wiped or damaged page.
        if size >= CIPHER_PAGE_ALIGNMENT and size % CIPHER_PAGE_ALIGNMENT == 0 and any(header[:16]):
            return True
        raise NotAJournal(path, phrase("it is not an SQLite database, or its first page is damaged"))
    if len(header) < 100:
        raise JournalCorrupt(path, phrase("the file is cut short"))
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise NotAJournal(path, phrase("it is an SQLite database that belongs to another program"))
    return False


def connector_for(path: Path, connect: Connector) -> Connector:
    """The connector that opens ``path`` as it is on disk: plain for a plain file whatever was given.

    A passphrase given for a plain journal (say, CAREER_JOURNAL_PASSPHRASE set for
    another one) is not used; an encrypted file without one is refused untouched.
    """
    if not check_header(path):
        return PLAIN
    if not connect.encrypted:
        raise PassphraseNeeded(path)
    return connect


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` is there and is not plain SQLite (so it needs a passphrase to open)."""
    try:
        return check_header(Path(path))
    except (JournalError, OSError):
        return False


def _uri(path: Path, mode: str, immutable: bool = False) -> str:
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    return uri + "&immutable=1" if immutable else uri


def _folder_writable(path: Path) -> bool:
    folder = path.resolve().parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def _configure(conn: Any, *, read_only: bool) -> None:
    require_sqlite_version(conn)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    if not read_only:
        use_wal(conn)
    expected = {"foreign_keys": 1, "secure_delete": 1, "synchronous": 2, "trusted_schema": 0}
    for pragma, value in expected.items():
        got = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        if got != value:
            raise JournalError(f"The journal setting {pragma} did not take (got {got}, wanted {value}).")


def use_wal(conn: Any, path: object = None) -> None:
    """Switch to write-ahead logging (a write to the header when the file was in rollback mode)."""
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except DatabaseError as exc:
        raise classify(exc, path) from None
    if mode.lower() != "wal":
        raise JournalError(f"The journal could not switch to write-ahead logging (got {mode}).")


def quick_check(conn: Any, path: Path) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except DatabaseError as exc:
        raise JournalCorrupt(path, str(exc)) from None
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        raise JournalCorrupt(path, problems[0])


class IntegrityCheck:
    """SQLite's page-by-page check of a file, on a read-only connection of its own.

    A connection of its own so it can run on a worker thread while the app
    works; ``cancel`` (from any thread) stops it at once, when the app closes.
    """

    def __init__(self, path: Path, connect: Connector = PLAIN) -> None:
        self.path = Path(path)
        self._connect = connect
        self._conn: Any = None
        self.cancelled = False

    def run(self) -> str | None:
        """What the check found, or None when the file is healthy (or the check was cancelled)."""
        try:
            self._conn = self._connect(f"{self.path.absolute().as_uri()}?mode=ro")
            result = self._conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        except DatabaseError as exc:
            result = None if self.cancelled else str(exc)
        finally:
            if self._conn is not None:
                self._conn.close()
        return None if result in ("ok", None) else result

    def cancel(self) -> None:
        self.cancelled = True
        if self._conn is not None:
            with contextlib.suppress(*Error):
                self._conn.interrupt()


def integrity_problem(path: Path, connect: Connector = PLAIN) -> str | None:
    """What SQLite's page-by-page check finds wrong with ``path``; None when it is healthy."""
    return IntegrityCheck(path, connect).run()


def connect_existing(
    path: Path, *, connect: Connect = default_connect, read_only: bool = False, check: bool = True
) -> tuple[Any, bool]:
    """Open an existing journal. Returns the connection and whether it is read-only.

    Nothing is written: a writable connection is switched to WAL by the caller
    (``use_wal``) once the file is known to be a journal it can open.

    A journal whose folder cannot be written (read-only media, another user's
    folder) opens read-only rather than failing.
    """
    if not path.exists():
        raise JournalNotFound(path)
    connect = connector_for(path, connect)
    if not read_only and not _folder_writable(path):
        read_only = True
    conn = None
    try:
        conn = connect(_uri(path, "ro" if read_only else "rw"))
        if read_only:
            try:
                conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            except OperationalError:
                # A WAL journal without its -shm in a read-only folder can only
                # be read as an immutable file.
                conn.close()
                conn = connect(_uri(path, "ro", immutable=True))
        # No switch to WAL here: on a file in rollback mode it writes the
        # header, and a damaged or too-new file must be refused untouched.
        # Journal.open switches once the file has passed every check.
        # The first read: for an encrypted file, this is where a wrong passphrase shows.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        if connect.encrypted and conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotAJournal(path, phrase("it is an encrypted SQLite database that belongs to another program"))
        _configure(conn, read_only=True)
        if check:
            quick_check(conn, path)
    except BaseException as exc:
        # Close at once: a connection left to the garbage collector keeps the
        # -wal and -shm it created beside a file we are rejecting.
        if conn is not None:
            with contextlib.suppress(*Error):
                conn.close()
        if isinstance(exc, DatabaseError):
            if connect.encrypted and is_not_a_database(exc):
                raise WrongPassphrase(path) from None
            raise classify(exc, path) from None
        raise
    if not read_only:
        for suffix in ("", "-wal", "-shm"):
            tighten_file(Path(f"{path}{suffix}"))
    return conn, read_only


def connect_new(path: Path, *, connect: Connect = default_connect) -> Any:
    """Create a new journal file (or initialise an empty 0-byte one the user asked for)."""
    if path.exists() and path.stat().st_size > 0:
        raise JournalError(phrase("{path} already exists; it was left untouched.", None, path=path))
    probe = connect("file::memory:")
    try:
        require_sqlite_version(probe)  # before a file is created that this SQLite could not use
    finally:
        probe.close()
    if not path.exists():
        create_file(path)
    else:
        tighten_file(path)
    conn = connect(_uri(path, "rw"))
    # Written while still in rollback-journal mode, so the id is in the main
    # file's header at once and check_header never depends on the WAL.
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _configure(conn, read_only=False)
    return conn


def wrap(conn: Any) -> Db:
    return Db(conn)


def blocked_companions(path: Path) -> list[str]:
    """What to do about a -shm or -wal beside the journal that cannot be written (left by a copy by hand).

    SQLite then opens the journal read-only, although the journal file itself is writable,
    and every save fails.
    """
    found = []
    for suffix, what in (
        ("-shm", "It holds no data: close Career Journal, then delete it (SQLite makes it again) or make it "),
        ("-wal", "It may hold your latest changes, so do not delete it: close Career Journal, then make it "),
    ):
        companion = Path(f"{path}{suffix}")
        if companion.exists() and not _can_write(companion):
            found.append(
                f"The file {companion.name} beside it cannot be written. {what}writable (chmod u+w '{companion}')."
            )
    return found


def _can_write(path: Path) -> bool:
    try:
        os.close(os.open(path, os.O_WRONLY))  # no truncation: the file is left as it is
    except OSError:
        return False
    return True


def classify(exc: BaseException, path: object = None) -> JournalError:
    """Turn an SQLite error into a message a person can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return JournalBusy()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        blocked = blocked_companions(Path(str(path))) if path is not None else []
        return ReadOnlyJournal(path, blocked[0] if blocked else "")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return JournalCorrupt(path, str(exc))
    if "unable to open" in text:
        if path is None:
            return JournalError(phrase("The journal could not be opened ({problem}).", None, problem=exc))
        return JournalError(
            phrase("The journal at {path} could not be opened ({problem}).", None, path=path, problem=exc)
        )
    return JournalError(phrase("The journal could not complete that ({problem}).", None, problem=exc))


_OPENED_FILES: weakref.WeakKeyDictionary[Db, tuple[Path, int, int]] = weakref.WeakKeyDictionary()


def remember_file(db: Db, path: Path) -> None:
    """Note which file ``db`` has open, so a write notices when that file is no longer at its path."""
    info = os.stat(path)
    _OPENED_FILES[db] = (Path(path), info.st_dev, info.st_ino)


def _path_of(db: Db) -> Path | None:
    opened = _OPENED_FILES.get(db)
    return opened[0] if opened else None


def _check_still_in_place(db: Db) -> None:
    """Refuse to write when the journal's file was replaced or moved while it was open.

    A restore from another program, or a move by hand, leaves this connection writing to a
    file that is no longer the journal; saves would land in the file set aside.
    """
    opened = _OPENED_FILES.get(db)
    if opened is None:
        return
    path, device, inode = opened
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    if info is None or (info.st_dev, info.st_ino) != (device, inode):
        raise JournalError(
            phrase(
                "The journal file {path} was replaced or moved while it was open (by a restore?), so nothing "
                "was saved into the old one. Close Career Journal and open it again; what you typed is still here.",
                None,
                path=path,
            )
        )


@contextlib.contextmanager
def transaction(db: Db) -> Iterator[Db]:
    """One write: BEGIN IMMEDIATE … COMMIT, or a savepoint when already inside one.

    IMMEDIATE takes the write lock up front, so a busy journal waits for the
    busy timeout instead of failing half-way through a save.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    _check_still_in_place(db)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        raise classify(exc, _path_of(db)) from None
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            with contextlib.suppress(*DatabaseError):
                conn.execute("ROLLBACK")
        if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
            raise classify(exc, _path_of(db)) from None
        raise


FORGET_WAIT_MS = 250


def forget_deleted(db: Db) -> None:
    """Fold the write-ahead log into the file and empty it, so deleted text leaves the -wal too.

    Called after a delete commits. The deleted rows are already zeroed in the file
    (``secure_delete``, FTS5 secure-delete), but their old pages sit in the -wal until a
    checkpoint truncates it, and an app left open for days would keep them there. A reader
    on another connection (a background export) can hold the checkpoint back; then the
    next delete, or closing the journal, finishes it, without making this save wait.
    """
    if db.conn.in_transaction:
        return
    db.execute(f"PRAGMA busy_timeout = {FORGET_WAIT_MS}")
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except OperationalError:
        pass  # busy or read-only: the next checkpoint does it
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
