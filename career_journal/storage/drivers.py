"""The two SQLite libraries a journal can be opened with, and how a connection is made.

A plain journal is opened with the library sqlite-utils would pick (pysqlite3
where it is installed, else Python's own ``sqlite3``), exactly as before
encryption existed. An encrypted journal is opened with SQLCipher
(``sqlcipher3``: SQLCipher 4 built on a current SQLite, FTS5 included), a
second, separate SQLite library in the same process.

Two rules follow from there being two libraries:

- One file is only ever open through one of them at a time: POSIX locks
  belong to the process, and a library that closes its descriptor drops the
  other library's locks. A plain journal goes through the plain library
  only; an encrypted one, its backups and its checks through SQLCipher only;
  a conversion closes every connection first.
- Each library has its own exception classes, so storage catches the tuples
  below (``except DatabaseError``), never one library's class.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

try:  # the choice sqlite_utils.utils makes, so the migrations it runs use the same library
    import pysqlite3 as plain_sqlite
except ImportError:  # pragma: no cover - Python's own SQLite (too old for the search index on some systems)
    import sqlite3 as plain_sqlite  # type: ignore[no-redef]

try:
    import sqlcipher3 as cipher_sqlite
except ImportError:  # pragma: no cover - a platform without a SQLCipher wheel: plain journals still work
    cipher_sqlite = None

_LIBRARIES = (plain_sqlite,) if cipher_sqlite is None else (plain_sqlite, cipher_sqlite)
Error: tuple[type[Exception], ...] = tuple(lib.Error for lib in _LIBRARIES)
DatabaseError: tuple[type[Exception], ...] = tuple(lib.DatabaseError for lib in _LIBRARIES)
OperationalError: tuple[type[Exception], ...] = tuple(lib.OperationalError for lib in _LIBRARIES)
IntegrityError: tuple[type[Exception], ...] = tuple(lib.IntegrityError for lib in _LIBRARIES)
ProgrammingError: tuple[type[Exception], ...] = tuple(lib.ProgrammingError for lib in _LIBRARIES)


def encryption_available() -> bool:
    return cipher_sqlite is not None


def quote_literal(text: str) -> str:
    """``text`` as an SQL string literal: ``PRAGMA key`` takes no bound parameters, so quotes are doubled."""
    if "\x00" in text:
        raise ValueError("A passphrase cannot contain a NUL character.")
    return "'" + text.replace("'", "''") + "'"


@dataclass(frozen=True)
class Connector:
    """Opens connections to one journal file: plain, or keyed with its passphrase.

    The passphrase lives here and nowhere else in storage, so dropping the
    connector (and closing its connections) is what drops the key. It is never
    shown in a repr or a traceback's locals summary.
    """

    passphrase: str | None = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    def __call__(self, uri: str) -> Any:
        # isolation_level=None: no implicit transactions; every write opens its own
        # BEGIN IMMEDIATE, so DDL in a migration is inside the transaction too.
        if self.passphrase is None:
            return plain_sqlite.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
        if cipher_sqlite is None:
            raise RuntimeError("SQLCipher (the sqlcipher3 package) is not installed")
        conn = cipher_sqlite.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
        try:
            # SQLCipher logs every failed HMAC check to stderr; the caller turns failures into one clear line.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {quote_literal(self.passphrase)}")  # must come before anything reads
            # cipher_memory_security stays OFF (SQLCipher's default): wiping every freed buffer made a search
            # 5-8 times slower (benchmarks/bench_core.py), while the same text sits unwiped in Python strings.
        except BaseException:
            with contextlib.suppress(*Error):
                conn.close()
            raise
        return conn


PLAIN = Connector()


def is_not_a_database(exc: BaseException) -> bool:
    """SQLITE_NOTADB: for a keyed connection, a wrong passphrase or a damaged first page."""
    return "file is not a database" in str(exc).lower()
