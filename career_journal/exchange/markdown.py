"""Markdown export: the journal to read, or a packet to hand a coach.

One H1 names the dates covered; each chosen section is an H2, in the order of
``SECTIONS``; each goal, entry and team role is an H3, and conversations,
opportunities and people are H4s under an H3 of their own. Journal entries
are listed **oldest first**, so the file reads as a story from the first day
of the range to the last; conversations and teaching follow the same order.

Goals, skills and the personal team are shown as they stand today; entries,
teaching records, conversations and plan changes only when they fall in the
date range, and in a dated export only the people with something in it
(``everyone`` shows them all). Private entries, private goals (with their
milestones and plan changes) and private opportunities, and people's email
and phone stay out unless asked for; a coach packet also leaves out your
notes on people and advisers and where on this computer a skill is written
down. ``left_out`` says, in words, what was held back.

Every heading, label and sentence is in the options' ``language`` (the
phrasebook's words); dates stay ISO.

The output depends only on the journal, the options and ``today``, and passes
markdownlint's default rules (see ``md_blocks`` for how user text is laid out).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..domain.charts import Chart
from ..domain.queries import EntryFilter
from ..files import write_atomic
from ..language import Language
from ..phrasebook import phrase, phrase_count
from ..storage.attachments import ShouldStop
from ..storage.journal import Journal
from .leftovers import remember_export_folder
from .md_charts import ChartPainter, charts_folder
from .md_files import FileLinks, files_folder
from .md_people import network, team
from .md_sections import Sections, is_web_address
from .md_summary import coach_summary

SECTIONS = ("goals", "entries", "teaching", "network", "team")
COACH_DAYS = 90
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class MarkdownOptions:
    coach: bool = False
    date_from: date | None = None
    date_to: date | None = None
    sections: tuple[str, ...] = SECTIONS
    include_private: bool = False
    include_contact_details: bool = False
    everyone: bool = False  # every person in the network, not only those with something in the period
    attachments: bool = False  # link the files attached to what is shown, and copy them beside the file
    topics: str = ""  # "What I want to talk about", in the coach packet's summary (Markdown)
    charts: bool = False  # the coach packet's charts, PNG files in a folder beside the file, linked from the summary
    language: Language = Language.ENGLISH  # of the headings, labels and sentences (a person's text stays as written)

    def __post_init__(self) -> None:
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValueError(f"Unknown section {', '.join(unknown)}; choose from {', '.join(SECTIONS)}.")


def resolve_range(options: MarkdownOptions, today: date) -> tuple[date | None, date]:
    """The first day (None: from the beginning) and the last day the export covers.

    ValueError says in words when the first day comes after the last.
    """
    end = options.date_to or today
    if options.date_from is None and options.coach:
        return end - timedelta(days=COACH_DAYS), end
    if options.date_from is not None and options.date_from > end:
        last = "the last day" if options.date_to else "today"
        raise ValueError(f"The first day, {options.date_from.isoformat()}, is after {last}, {end.isoformat()}.")
    return options.date_from, end


@dataclass(slots=True)
class ExportProgress:
    """How far an export has come, in journal entries: written so far, of how many (0 until counted).

    Written by the export, read from another thread (plain integers, so a read never sees half a value).
    """

    done: int = 0
    total: int = 0


class MarkdownExport:
    """One export: the document in chunks, and what it held back.

    ``left_out`` can be asked before or after the chunks are read; after, it
    reuses what the build already read.
    """

    def __init__(
        self,
        journal: Journal,
        options: MarkdownOptions,
        *,
        today: date,
        progress: ExportProgress | None = None,
        links: FileLinks | None = None,
        charts_folder_name: str = "charts",
        keep_texts: Callable[[], Journal] | None = None,
    ) -> None:
        """``keep_texts`` opens the journal on a connection that may write, to keep the entry texts written
        for the next export (see ``md_cache``); without it, ``journal.writer`` unless ``journal`` is read-only."""
        self.journal = journal
        if keep_texts is None and not journal.read_only:
            keep_texts = journal.writer
        self.options = options
        self.charts: list[Chart] = []  # filled while the document is built, for the caller to draw
        self.charts_folder_name = charts_folder_name
        if options.attachments and links is None:
            links = FileLinks(files_folder(Path("career-journal.md")).name)
        self.links = links if options.attachments else None
        self.start, self.end = resolve_range(options, today)
        self.sections = Sections(
            journal,
            start=self.start,
            end=self.end,
            today=today,
            coach=options.coach,
            include_private=options.include_private,
            include_contact_details=options.include_contact_details,
            everyone=options.everyone,
            progress=progress or ExportProgress(),
            links=self.links,
            keep_texts=keep_texts,
            language=options.language,
        )

    def chunks(self) -> Iterator[str]:
        """The document in pieces of about 64 KB, read from the journal in one snapshot as it is written out."""
        return _decoded(self.encoded_chunks())

    def encoded_chunks(self) -> Iterator[bytes]:
        """The document as ``chunks`` gives it, UTF-8 encoded: what a file gets, with no text decoded to be
        encoded again."""
        return _chunks(self._blocks())

    def _title(self) -> str:
        language, start, end = self.options.language, self.start, self.end.isoformat()
        if self.options.coach:
            if start:
                return phrase("Coaching notes: {start} to {end}", language, start=start.isoformat(), end=end)
            return phrase("Coaching notes: up to {end}", language, end=end)
        if start:
            return phrase("Career journal: {start} to {end}", language, start=start.isoformat(), end=end)
        return phrase("Career journal: up to {end}", language, end=end)

    def _blocks(self) -> Iterator[str]:
        sections = self.sections
        language = self.options.language
        writers = {
            "goals": (phrase("Goals", language), sections.goals),
            "entries": (phrase("Journal entries", language), sections.entries),
            "teaching": (phrase("Teaching and handovers", language), sections.teaching),
            "network": (phrase("Network", language), lambda: network(sections)),
            "team": (phrase("Personal team", language), lambda: team(sections)),
        }
        try:
            with self.journal.snapshot():
                yield self.sections.heading(1, self._title())
                if self.options.coach:
                    if self.options.charts:
                        self.charts = self.journal.insights_for(
                            self.end, include_private=self.options.include_private, language=language
                        ).charts
                    yield from coach_summary(self.sections, self.options.topics, self.charts, self.charts_folder_name)
                for name in SECTIONS:
                    if name in self.options.sections:
                        title, write = writers[name]
                        yield self.sections.heading(2, title)
                        yield from write()
        finally:
            self.sections.written.close()  # after the snapshot, so the texts kept can be folded into the file

    def left_out(self) -> list[str]:
        """What the options held back, as phrases for the user; empty when nothing was."""
        return _HeldBack(self).phrases()


def build_markdown(journal: Journal, options: MarkdownOptions, *, today: date) -> Iterator[str]:
    """The document in chunks, read from the journal as it is written out."""
    return MarkdownExport(journal, options, today=today).chunks()


def write_markdown(
    journal: Journal,
    options: MarkdownOptions,
    path: Path,
    *,
    today: date,
    should_stop: ShouldStop | None = None,
    paint_charts: ChartPainter | None = None,
) -> list[str]:
    """Write the document to ``path`` (all of it or nothing) and, when asked, its files and charts into the
    folders beside it; returns what was left out. Files and charts are written before the document takes
    its name, so a document never links to a file that failed to be written."""
    if options.charts and paint_charts is None:
        raise ValueError("The charts need the app's chart painter.")
    links = FileLinks(files_folder(Path(path)).name) if options.attachments else None
    charts = charts_folder(Path(path)) if options.charts else None  # (asked only then: "" is refused below)
    export = MarkdownExport(
        journal, options, today=today, links=links, charts_folder_name=charts.name if charts else ""
    )
    remember_export_folder(path)

    def document() -> Iterator[bytes]:
        with contextlib.closing(export.encoded_chunks()) as chunks:
            yield from chunks
        if links is not None:
            links.copy(journal, files_folder(Path(path)), should_stop=should_stop)
        if export.charts and charts is not None and paint_charts is not None:
            paint_charts(export.charts, charts)

    with contextlib.closing(document()) as chunks:
        write_atomic(path, chunks, protect=journal.own_files())
    return export.left_out()


def left_out(journal: Journal, options: MarkdownOptions, *, today: date) -> list[str]:
    """What the options held back, as phrases for the user; empty when nothing was."""
    return MarkdownExport(journal, options, today=today).left_out()


class _HeldBack:
    """The phrases of "Left out", section by section, asking ``Sections`` what it shows."""

    def __init__(self, export: MarkdownExport) -> None:
        self.export = export
        self.options = export.options
        self.sections = export.sections
        self.journal = export.journal
        self.language = export.options.language

    def phrases(self) -> list[str]:
        chosen = self.options.sections
        held: list[str] = []
        with self.journal.snapshot():
            if "goals" in chosen:
                held += self._goals()
            if "entries" in chosen:
                held += self._entries()
            if not self.options.attachments:
                held += self._attachments()
            if "teaching" in chosen and self.options.coach:
                held += self._local_paths()
            if "network" in chosen:
                held += self._network()
            if "team" in chosen and self.options.coach:
                count = sum(bool(a.notes.strip()) for a in self.journal.people.advisers())
                if count:
                    held.append(
                        phrase_count(count, "your notes on {n} adviser", "your notes on {n} advisers", self.language)
                    )
        return held

    def _goals(self) -> list[str]:
        if self.options.include_private:
            return []
        hidden = [g for g in self.journal.goals.list() if g.private]
        if not hidden:
            return []
        language = self.language
        milestones = sum(len(g.milestones) for g in hidden)
        with_milestones = (
            phrase_count(milestones, " with {n} milestone", " with {n} milestones", language) if milestones else ""
        )
        names = ", ".join(phrase("“{title}”", language, title=g.title) for g in hidden)
        goals = phrase_count(len(hidden), "{n} private goal", "{n} private goals", language)
        return [f"{goals} ({names}){with_milestones}"]

    def _entries(self) -> list[str]:
        held = []
        start, end = self.export.start, self.export.end
        if not self.options.include_private:
            count = self.journal.entries.count(EntryFilter(date_from=start, date_to=end, private=True))
            if count:
                held.append(phrase_count(count, "{n} private entry", "{n} private entries", self.language))
        if self.options.date_to is None:
            private = None if self.options.include_private else False
            later = self.journal.entries.count(EntryFilter(date_from=end + timedelta(days=1), private=private))
            if later:
                held.append(
                    phrase_count(later, "{n} entry dated after {day}", "{n} entries dated after {day}",
                                 self.language, day=end.isoformat())
                )  # fmt: skip
        return held

    def _attachments(self) -> list[str]:
        chosen = self.options.sections
        entries = (self.export.start, self.export.end, self.options.include_private) if "entries" in chosen else None
        count = self.journal.attachments.count_shown(entries=entries, goals="goals" in chosen)
        return [phrase_count(count, "{n} attached file", "{n} attached files", self.language)] if count else []

    def _local_paths(self) -> list[str]:
        count = sum(bool(s.documented.strip()) and not is_web_address(s.documented) for s in self.journal.skills.list())
        if not count:
            return []
        return [
            phrase_count(count, "where on this computer {n} skill is written down",
                         "where on this computer {n} skills are written down", self.language)
        ]  # fmt: skip

    def _network(self) -> list[str]:
        held = []
        language = self.language
        if not self.options.include_private:
            hidden = [o for o in self.sections.opportunities if o.private]
            if hidden:
                names = ", ".join(phrase("“{title}”", language, title=o.title) for o in hidden)
                count = phrase_count(len(hidden), "{n} private opportunity", "{n} private opportunities", language)
                held.append(f"{count} ({names})")
        people = self.sections.people()
        shown = self.sections.shown_people(people)
        quiet = len(people) - len(shown)
        if quiet:
            held.append(
                phrase_count(quiet, "{n} person with nothing in this period", "{n} people with nothing in this period",
                             language)
            )  # fmt: skip
        if not self.options.include_contact_details:
            with_details = [p for p in shown if p.email.strip() or p.phone.strip()]
            if with_details:
                emails = any(p.email.strip() for p in with_details)
                phones = any(p.phone.strip() for p in with_details)
                count = len(with_details)
                if emails and phones:
                    held.append(
                        phrase_count(count, "email and phone of {n} person", "email and phone of {n} people", language)
                    )
                elif emails:
                    held.append(phrase_count(count, "email of {n} person", "email of {n} people", language))
                else:
                    held.append(phrase_count(count, "phone of {n} person", "phone of {n} people", language))
        if self.options.coach:
            count = sum(bool(p.notes.strip()) for p in shown)
            if count:
                held.append(phrase_count(count, "your notes on {n} person", "your notes on {n} people", language))
        return held


def _chunks(blocks: Iterable[str | bytes]) -> Iterator[bytes]:
    """Blocks joined by one blank line, UTF-8 encoded, handed out in pieces of about 64 KB.

    A block may come encoded already (the entries, whose kept texts are streamed from the journal as bytes);
    one of a chunk's size or more is handed out as it is, not copied into another.
    """
    buffer: list[bytes] = []
    size = 0
    separator = b""
    for block in blocks:
        if not block:
            continue
        data = block.encode() if isinstance(block, str) else block
        if len(data) >= _CHUNK:
            buffer.append(separator)
            yield b"".join(buffer)
            yield data
            buffer, size = [], 0
        else:
            buffer += (separator, data)
            size += len(data) + 2
            if size >= _CHUNK:
                yield b"".join(buffer)
                buffer, size = [], 0
        separator = b"\n\n"
    buffer.append(b"\n")
    yield b"".join(buffer)


def _decoded(chunks: Iterator[bytes]) -> Iterator[str]:
    """The chunks as text (each ends with a whole block, so never within a character)."""
    with contextlib.closing(chunks):  # type: ignore[type-var]
        for chunk in chunks:
            yield chunk.decode()
