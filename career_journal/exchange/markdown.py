"""Markdown export: the journal to read, or a packet to hand a coach.

One H1 names the dates covered; each chosen section is an H2, in the order of
``SECTIONS``; each goal, entry and team role is an H3, and conversations,
opportunities and people are H4s under an H3 of their own. Journal entries
are listed **oldest first**, so the file reads as a story from the first day
of the range to the last; conversations and teaching follow the same order.

Goals, skills, people and the personal team are shown as they stand today;
entries, teaching records, conversations and plan changes only when they fall
in the date range. Private entries and people's email and phone stay out
unless asked for; a coach packet also leaves out your notes on people and
advisers. ``left_out`` says, in words, what was held back.

The output depends only on the journal, the options and ``today``, and passes
markdownlint's default rules (see ``md_blocks`` for how user text is laid out).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..domain.queries import EntryFilter
from ..files import write_atomic
from ..storage.attachments import ShouldStop
from ..storage.journal import Journal
from .leftovers import remember_export_folder
from .md_files import FileLinks, files_folder
from .md_sections import Sections, plural

SECTIONS = ("goals", "entries", "teaching", "network", "team")
SECTION_TITLES = {
    "goals": "Goals",
    "entries": "Journal entries",
    "teaching": "Teaching and handovers",
    "network": "Network",
    "team": "Personal team",
}
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
    attachments: bool = False  # link the files attached to what is shown, and copy them beside the file

    def __post_init__(self) -> None:
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValueError(f"Unknown section {', '.join(unknown)}; choose from {', '.join(SECTIONS)}.")


def resolve_range(options: MarkdownOptions, today: date) -> tuple[date | None, date]:
    """The first day (None: from the beginning) and the last day the export covers."""
    end = options.date_to or today
    if options.date_from is None and options.coach:
        return end - timedelta(days=COACH_DAYS), end
    return options.date_from, end


def build_markdown(
    journal: Journal, options: MarkdownOptions, *, today: date, links: FileLinks | None = None
) -> Iterator[str]:
    """The document in chunks, read from the journal as it is written out.

    With ``options.attachments`` the entries and goals link to their files in the folder ``links``
    names (default: the folder beside a file called ``career-journal.md``), and ``links`` collects them.
    """
    if options.attachments and links is None:
        links = FileLinks(files_folder(Path("career-journal.md")).name)
    return _chunks(_blocks(journal, options, today, links if options.attachments else None))


def write_markdown(
    journal: Journal, options: MarkdownOptions, path: Path, *, today: date, should_stop: ShouldStop | None = None
) -> list[str]:
    """Write the document to ``path`` (all of it or nothing) and, when asked, its files into the folder
    beside it; returns what was left out. The files are copied before the document takes its name, so a
    document never links to a file that failed to copy."""
    remember_export_folder(path)
    links = FileLinks(files_folder(Path(path)).name) if options.attachments else None

    def document() -> Iterator[str]:
        yield from build_markdown(journal, options, today=today, links=links)
        if links is not None:
            links.copy(journal, files_folder(Path(path)), should_stop=should_stop)

    write_atomic(path, document(), protect=journal.own_files())
    return left_out(journal, options, today=today)


def left_out(journal: Journal, options: MarkdownOptions, *, today: date) -> list[str]:
    """What the options held back, as phrases for the user; empty when nothing was."""
    start, end = resolve_range(options, today)
    held: list[str] = []
    if "entries" in options.sections and not options.include_private:
        count = journal.entries.count(EntryFilter(date_from=start, date_to=end, private=True))
        if count:
            held.append(f"{count} private {plural(count, 'entry', 'entries')}")
    if not options.attachments:
        count = journal.attachments.count_shown(
            entries=(start, end, options.include_private) if "entries" in options.sections else None,
            goals="goals" in options.sections,
        )
        if count:
            held.append(f"{count} attached {plural(count, 'file', 'files')}")
    if "network" in options.sections:
        people = journal.people.list()
        if not options.include_contact_details:
            with_details = [p for p in people if p.email.strip() or p.phone.strip()]
            if with_details:
                kinds = [
                    kind
                    for kind, present in (
                        ("email", any(p.email.strip() for p in with_details)),
                        ("phone", any(p.phone.strip() for p in with_details)),
                    )
                    if present
                ]
                count = len(with_details)
                held.append(f"{' and '.join(kinds)} of {count} {plural(count, 'person', 'people')}")
        if options.coach:
            count = sum(bool(p.notes.strip()) for p in people)
            if count:
                held.append(f"your notes on {count} {plural(count, 'person', 'people')}")
    if "team" in options.sections and options.coach:
        count = sum(bool(a.notes.strip()) for a in journal.people.advisers())
        if count:
            held.append(f"your notes on {count} {plural(count, 'adviser', 'advisers')}")
    return held


def _chunks(blocks: Iterable[str]) -> Iterator[str]:
    """Blocks joined by one blank line, handed out in pieces of about 64 KB."""
    buffer: list[str] = []
    size = 0
    separator = ""
    for block in blocks:
        if not block:
            continue
        buffer += (separator, block)
        separator = "\n\n"
        size += len(block) + 2
        if size >= _CHUNK:
            yield "".join(buffer)
            buffer, size = [], 0
    buffer.append("\n")
    yield "".join(buffer)


def _blocks(journal: Journal, options: MarkdownOptions, today: date, links: FileLinks | None) -> Iterator[str]:
    start, end = resolve_range(options, today)
    sections = Sections(
        journal,
        start=start,
        end=end,
        today=today,
        coach=options.coach,
        include_private=options.include_private,
        include_contact_details=options.include_contact_details,
        links=links,
    )
    kind = "Coaching notes" if options.coach else "Career journal"
    span = f"{start.isoformat()} to {end.isoformat()}" if start else f"up to {end.isoformat()}"
    with journal.snapshot():
        yield sections.heading(1, f"{kind}: {span}")
        for name in SECTIONS:
            if name in options.sections:
                yield sections.heading(2, SECTION_TITLES[name])
                yield from getattr(sections, name)()
