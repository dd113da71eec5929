"""Entry texts the export has written, kept in the journal so the next export streams them.

Writing a note's Markdown again (reading it with markdown-it, escaping,
wrapping) is most of an export's time; the result depends only on the note's
text and on the writer's code, not on the export's language (the words around
a note are written for each export; the note itself is the person's). So the
journal keeps it (see ``storage.export_cache``) under ``writer_version()``, a
digest of that code: any change to the writer, or another markdown-it, makes
every kept text stale at once, and the next export writes them again.

The export reads on a connection of its own (a snapshot, on a worker in the
app); what it wrote that was missing is stored in batches on another
connection that may write, opened only when there is something to store. The
kept text is derived data: if it cannot be stored (a read-only file, a locked
journal), the export goes on without keeping it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from ..domain.errors import JournalError
from ..domain.records import ExportedEntry
from ..storage.drivers import DatabaseError
from ..storage.journal import Journal
from . import md_blocks, md_inline, md_read

_BATCH_CHARACTERS = 8_000_000  # stored a batch at a time: one commit per few megabytes of text


@functools.cache
def writer_version() -> str:
    """A digest of the code that writes an entry's Markdown and of the markdown-it that reads it.

    markdown-it is known by its package's first file, which names its version, found without loading it:
    an export that finds every text kept never needs it.
    """
    reader = importlib.util.find_spec("markdown_it")
    digest = hashlib.blake2b(digest_size=12)
    for source in (reader.origin if reader else None, md_read.__file__, md_inline.__file__, md_blocks.__file__):
        try:
            digest.update(Path(source or "").read_bytes())
        except OSError:
            digest.update(__version__.encode())  # a bundle without its sources: its code changes with its version
    return digest.hexdigest()


class WrittenTexts:
    """Entry texts written during one export that the journal did not hold, stored a batch at a time.

    ``opener`` opens the journal on a connection that may write, on the calling thread; None keeps nothing.
    ``version`` is the ``writer_version``, the key the texts are kept under.
    """

    def __init__(self, opener: Callable[[], Journal] | None, version: str) -> None:
        self.opener = opener
        self.version = version
        self._writer: Journal | None = None
        self._batch: list[tuple[ExportedEntry, str]] = []
        self._size = 0

    def add(self, entry: ExportedEntry, markdown: str) -> None:
        if self.opener is None:
            return
        self._batch.append((entry, markdown))
        self._size += len(markdown) + len(entry.body or "")
        if self._size >= _BATCH_CHARACTERS:
            self.flush()

    def flush(self) -> None:
        batch, self._batch, self._size = self._batch, [], 0
        if not batch or self.opener is None:
            return
        try:
            if self._writer is None:
                self._writer = self.opener()
            self._writer.export_cache.store(self.version, batch)
        except (JournalError, *DatabaseError):
            self.opener = None  # derived data: the export goes on, and the next one tries again

    def close(self) -> None:
        """Store what is left and close the connection; call it once the export's snapshot is over.

        A first export of a decade of notes stores hundreds of megabytes, which wait in the write-ahead
        log while the export's own snapshot is open; they are folded into the file here (a passive
        checkpoint, which never waits for the app's connection), not left for a later save to do.
        """
        try:
            self.flush()
            if self._writer is not None:
                with contextlib.suppress(*DatabaseError):
                    self._writer.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
