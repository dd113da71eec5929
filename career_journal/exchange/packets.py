"""Any export by its options: the coach packet or full export (``MarkdownOptions``), or a promotion or
handover packet (``PacketOptions``). The command line and the export dialog build and write every
kind the same way: ``chunks()`` gives the document, ``left_out()`` what it held back."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Protocol

from ..files import write_atomic
from ..storage.journal import Journal
from .handover import HandoverPacket
from .leftovers import remember_export_folder
from .markdown import ExportProgress, MarkdownExport, MarkdownOptions
from .md_files import FileLinks
from .packet_options import PROMOTION, PacketOptions
from .promotion import PromotionPacket

AnyOptions = MarkdownOptions | PacketOptions


class Export(Protocol):
    def chunks(self) -> Iterator[str]: ...

    def left_out(self) -> list[str]: ...


def open_export(
    journal: Journal,
    options: AnyOptions,
    *,
    today: date,
    progress: ExportProgress | None = None,
    links: FileLinks | None = None,
    charts_folder_name: str = "charts",
    keep_texts: Callable[[], Journal] | None = None,
) -> Export:
    """The export the options ask for (ValueError says in words when they make none)."""
    if isinstance(options, MarkdownOptions):
        return MarkdownExport(
            journal, options, today=today, progress=progress, links=links, charts_folder_name=charts_folder_name,
            keep_texts=keep_texts,
        )  # fmt: skip
    if options.kind == PROMOTION:
        return PromotionPacket(journal, options, today=today, progress=progress)
    return HandoverPacket(journal, options, today=today, progress=progress)


def write_packet(journal: Journal, options: PacketOptions, path: Path, *, today: date) -> list[str]:
    """Write a promotion or handover packet to ``path`` (all of it or nothing); returns what was left out."""
    return write_export(journal, open_export(journal, options, today=today), path)


def write_export(journal: Journal, export: Export, path: Path) -> list[str]:
    """Write a packet or an agenda to ``path`` (all of it or nothing); returns what was left out."""
    remember_export_folder(path)
    with contextlib.closing(export.chunks()) as chunks:  # type: ignore[type-var]
        write_atomic(path, chunks, protect=journal.own_files())
    return export.left_out()
