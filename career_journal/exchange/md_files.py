"""Attached files beside a Markdown export: linked from the entries and goals, copied only when asked.

The files go in one folder next to the Markdown file (``coach.md`` gets
``coach-files/``), under their own names made unique, and the document links
to them with relative links, so the folder and the file travel together.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from ..domain.attachments import Attachment, unique_name
from ..files import ensure_private_dir, write_atomic
from ..storage.attachments import ShouldStop
from ..storage.journal import Journal
from .md_inline import plain


def files_folder(document: Path) -> Path:
    """The folder beside ``document`` that holds its attached files."""
    return document.with_name(f"{document.stem}-files")


class FileLinks:
    """The files one export links to, each with its name in the folder."""

    def __init__(self, folder_name: str) -> None:
        self.folder_name = folder_name
        self.chosen: list[tuple[Attachment, str]] = []
        self._taken: set[str] = set()

    def link(self, attachment: Attachment) -> str:
        """A Markdown link to the file's place in the folder, with its size."""
        name = unique_name(attachment.file_name, self._taken)
        self.chosen.append((attachment, name))
        target = f"{quote(self.folder_name, safe='')}/{quote(name, safe='')}"
        return f"[{plain(name)}]({target}) ({attachment.size_text})"

    def copy(self, journal: Journal, folder: Path, *, should_stop: ShouldStop | None = None) -> None:
        """Write every linked file into ``folder`` (created readable by the person only)."""
        if not self.chosen:
            return
        ensure_private_dir(folder, tighten=False)
        for attachment, name in self.chosen:
            chunks = journal.attachments.chunks(attachment.id or 0, should_stop=should_stop)
            write_atomic(folder / name, chunks, protect=journal.own_files())
