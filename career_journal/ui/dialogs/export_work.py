"""The export dialog's slow work, done on a worker thread with a read-only connection of its own.

A job is plain data the GUI and the worker share: the choices, a cancel flag
the GUI sets, and the export's progress (entries written of how many) the
GUI reads on a timer. Nothing here touches Qt or the session's connection (a
connection belongs to one thread).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ...domain.errors import JournalError
from ...exchange.markdown import ExportProgress, MarkdownExport, MarkdownOptions
from ...files import write_atomic
from ...storage.journal import Journal


class Cancelled(JournalError):
    """The person pressed Cancel; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Cancelled: nothing was written.")


@dataclass(frozen=True, slots=True)
class Built:
    """The document for one set of choices, and what they held back."""

    text: str
    left_out: list[str]
    entries: int  # how many journal entries it holds


@dataclass(slots=True)
class ExportJob:
    journal_path: Path
    options: MarkdownOptions
    today: date
    cancel: threading.Event = field(default_factory=threading.Event)
    progress: ExportProgress = field(default_factory=ExportProgress)

    def build(self) -> Built:
        """The whole document in memory (for the preview and the clipboard)."""
        with _reader(self.journal_path) as journal:
            export = MarkdownExport(journal, self.options, today=self.today, progress=self.progress)
            text = "".join(self._until_cancelled(export.chunks()))
            return Built(text, export.left_out(), self.progress.total)

    def write(self, target: Path) -> list[str]:
        """The file written atomically at ``target``; returns what was left out."""
        with _reader(self.journal_path) as journal:
            export = MarkdownExport(journal, self.options, today=self.today, progress=self.progress)
            write_atomic(target, self._until_cancelled(export.chunks()))
            return export.left_out()

    def _until_cancelled(self, chunks: Iterator[str]) -> Iterator[str]:
        try:
            for chunk in chunks:
                if self.cancel.is_set():
                    raise Cancelled
                yield chunk
        finally:
            chunks.close()  # the export's read ends here, on this thread, before its connection closes


def _reader(path: Path) -> Journal:
    # Read-only and unchecked: the app has opened, checked and upgraded this journal already.
    return Journal.open(path, read_only=True, check=False, before_migrate=None)
