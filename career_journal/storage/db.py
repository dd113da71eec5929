"""The journal's SQLite connection as storage uses it: ``execute``, the connection, table names, savepoints.

sqlite-utils' ``Database`` offers this and a great deal more (a table API,
inserts, transforms), and loading it (with click, dateutil and pluggy) took
about a fifth of a second of the app's start. The repositories need only
these few calls, so a journal opens on this class; the schema's migrations
get a ``sqlite_utils.Database`` on the same connection when there are any to
apply (``migrations.MigrationSet.apply``).

Connections are opened with ``isolation_level=None``: no statement opens a
transaction by itself; ``database.transaction`` and ``atomic`` say where
each begins and ends.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator, Sequence
from typing import Any


class Db:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """Run one statement; returns the cursor."""
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def table_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def view_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Db]:
        """A transaction, or a savepoint inside the one already open: all of it happens, or none."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            return
        savepoint = f"cj_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            # A RAISE(ROLLBACK) trigger can end the whole transaction, savepoint included.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    def close(self) -> None:
        self.conn.close()
