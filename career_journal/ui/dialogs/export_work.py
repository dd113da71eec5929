"""The export dialog's slow work, done on a worker thread with a read-only connection of its own.

A job is what the GUI and the worker share: the choices, a cancel flag the
GUI sets (it also interrupts a read under way), and the export's progress
(entries written of how many) the GUI reads on a timer. The worker opens
``Journal.reader()`` itself, as the app opened the journal (an encrypted one
with its key); nothing here touches Qt or the session's connection.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from ...domain.errors import Cancelled, JournalError
from ...exchange.leftovers import remember_export_folder
from ...exchange.markdown import ExportProgress, MarkdownExport
from ...exchange.md_charts import charts_folder
from ...exchange.md_files import FileLinks, files_folder
from ...exchange.packets import AnyOptions, open_export
from ...files import write_atomic
from ...storage.journal import Journal
from ..chart_files import write_chart_files

Chunk = TypeVar("Chunk", str, bytes)


@dataclass(frozen=True, slots=True)
class Built:
    """The document for one set of choices, and what they held back."""

    text: str
    left_out: list[str]
    entries: int  # how many journal entries it holds


@dataclass(slots=True)
class ExportJob:
    reader: Callable[[], Journal]  # opens the journal read-only on the calling (worker) thread
    options: AnyOptions  # the coach packet or a full export, or a promotion or handover packet
    today: date
    protect: list[Path] = field(default_factory=list)  # files an export must never replace (the journal's own)
    # Opens the journal on the worker so it may write: the entry texts written are kept for the next export.
    keeper: Callable[[], Journal] | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)
    progress: ExportProgress = field(default_factory=ExportProgress)
    _open: list[Journal] = field(default_factory=list)

    def cancel(self) -> None:
        """Stop the work (from the GUI thread): a read under way is interrupted, the next chunk is not written."""
        self.cancelled.set()
        for journal in list(self._open):
            journal.interrupt()

    def build(self) -> Built:
        """The whole document in memory (for the preview and the clipboard)."""
        with self._reading() as journal:
            export = open_export(
                journal, self.options, today=self.today, progress=self.progress, keep_texts=self.keeper
            )
            text = "".join(self._until_cancelled(export.chunks()))
            return Built(text, export.left_out(), self.progress.total)

    def write(self, target: Path) -> list[str]:
        """The file written atomically at ``target`` (with its attached files beside it, when asked, copied
        before the document takes its name); returns what was left out."""
        remember_export_folder(target)
        links = FileLinks(files_folder(target).name) if self.options.attachments else None
        with self._reading() as journal:
            charts = charts_folder(target) if getattr(self.options, "charts", False) else None
            export = open_export(
                journal, self.options, today=self.today, progress=self.progress, links=links,
                charts_folder_name=charts.name if charts else "", keep_texts=self.keeper,
            )  # fmt: skip

            def document() -> Iterator[str | bytes]:
                # The Markdown export hands its text out encoded: the kept entry texts go to the file as stored.
                chunks = export.encoded_chunks() if isinstance(export, MarkdownExport) else export.chunks()
                yield from self._until_cancelled(chunks)
                if links is not None:
                    links.copy(journal, files_folder(target), should_stop=self.cancelled.is_set)
                if isinstance(export, MarkdownExport) and export.charts and charts is not None:
                    write_chart_files(export.charts, charts)

            write_atomic(target, document(), protect=self.protect)
            return export.left_out()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Journal]:
        journal = self.reader()
        self._open.append(journal)
        try:
            yield journal
        except JournalError:
            if self.cancelled.is_set():
                raise Cancelled("Nothing was written") from None  # interrupted on purpose
            raise
        finally:
            self._open.remove(journal)
            journal.close()

    def _until_cancelled(self, chunks: Iterator[Chunk]) -> Iterator[Chunk]:
        try:
            for chunk in chunks:
                if self.cancelled.is_set():
                    raise Cancelled("Nothing was written")
                yield chunk
        finally:
            chunks.close()  # the export's read ends here, on this thread, before its connection closes
