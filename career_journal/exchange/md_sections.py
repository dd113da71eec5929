"""The sections of the Markdown export about the work (goals, entries, teaching), each a stream of blocks.

``Sections`` holds what the whole file shares (the range, the headings used, the
privacy choices, the language); the people's sections are in ``md_people``, and how
each fact is worded in ``md_words``.
Every heading, label and sentence is written through the phrasebook, in the
export's language; dates stay ISO (they are unambiguous and sort).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..domain.attachments import Owner
from ..domain.coverage import SkillCoverage, only_you
from ..domain.enums import EntryKind, HandoverStatus
from ..domain.queries import EntryFilter
from ..domain.records import (
    ExportedConversation,
    ExportedEntry,
    Goal,
    GoalChange,
    Handover,
    Opportunity,
    Person,
    Teaching,
)
from ..language import Language
from ..phrasebook import label, number, phrase, phrase_count
from ..storage.journal import Journal

if TYPE_CHECKING:
    from .markdown import ExportProgress
from .md_blocks import Headings, heading_line, render
from .md_cache import WrittenTexts, writer_version
from .md_files import FileLinks
from .md_inline import WIDTH, plain, wrap
from .md_words import describe_change, handover_state, learners, note, taught_line

_BLOCK_BYTES = 64 * 1024  # entries are handed on in blocks of the file's chunk size, which go to it as they are
_WEB_ADDRESS = re.compile(r"(?:https?|ftps?)://\S+$", re.IGNORECASE)


def is_web_address(text: str) -> bool:
    return _WEB_ADDRESS.match(text.strip()) is not None


def in_range(day: date | None, start: date | None, end: date) -> bool:
    return day is not None and (start is None or day >= start) and day <= end


def facts(pairs: Iterable[tuple[str, str]]) -> str:
    """'Label: value' list lines for the values that are set (values are Markdown already)."""
    return items(f"{label}: {value}" for label, value in pairs if value)


def items(texts: Iterable[str]) -> str:
    """A bullet list, each item wrapped to the line width; '' when there are none."""
    return "\n".join([_item(text) for text in texts])


def fact_line(label: str, value: str) -> str:
    """One 'Label: value' list item (the value is Markdown already), wrapped to the line width."""
    return _item(f"{label}: {value}")


def _item(text: str) -> str:
    return "- " + text if len(text) <= WIDTH - 2 else "\n".join(wrap(text, WIDTH, "- ", "  "))


class Sections:
    """Writes each section; holds what the whole file shares (range, headings used, privacy choices)."""

    def __init__(
        self,
        journal: Journal,
        *,
        start: date | None,
        end: date,
        today: date,
        coach: bool,
        include_private: bool,
        include_contact_details: bool,
        everyone: bool,
        progress: ExportProgress,
        links: FileLinks | None = None,
        keep_texts: Callable[[], Journal] | None = None,
        language: Language = Language.ENGLISH,
    ) -> None:
        self.journal = journal
        self.language = language
        # The entry texts written that the journal did not hold, kept for the next export (see ``md_cache``);
        # the export closes it once its snapshot is over.
        self.written = WrittenTexts(keep_texts, writer_version())
        self.start = start
        self.end = end
        self.today = today
        self.coach = coach
        self.include_private = include_private
        self.include_contact_details = include_contact_details
        self.everyone = everyone or start is None
        self.progress = progress
        self.links = links
        self._entries_with_files: set[int] = set()
        self.headings = Headings()
        # The people the entries shown so far are about (see ``active_people``).
        self.people_in_entries: set[int] | None = None
        self._people: list[Person] | None = None
        # Words every entry uses, looked up once: an export may hold 100,000 entries.
        self._kinds = {kind: label(kind, language) for kind in EntryKind}
        self._kind_lines: dict[tuple[EntryKind, bool, bool], str] = {}
        self._starred, self._private = phrase(", starred", language), phrase(", private", language)
        self._entry_labels = [
            phrase("Kind", language),
            phrase("Tags", language),
            phrase("People", language),
            phrase("Goals", language),
            phrase("Skills", language),
            phrase("Files", language),
        ]

    def heading(self, level: int, text: str, context: str = "") -> str:
        lines = heading_line(level, text, self.headings, context)
        return lines[0] if len(lines) == 1 else "\n".join(lines)

    def body(self, text: str, level: int, context: str = "") -> list[str]:
        return render(text, level=level, headings=self.headings, context=context)

    # -- goals -------------------------------------------------------------------
    def people(self) -> list[Person]:
        """Everyone in the network, read once per export (thousands of people are read in a quarter second)."""
        if self._people is None:
            self._people = self.journal.people.list()
        return self._people

    # The summary, the sections and "Left out" each ask these; a decade holds tens of thousands: read once.
    @functools.cached_property
    def interactions(self) -> list[ExportedConversation]:
        """The conversations in the export's period, oldest first."""
        return self.journal.export_cache.conversations(self.start, self.end)

    @functools.cached_property
    def teachings(self) -> list[Teaching]:
        """Every teaching record (the summary also counts what was taught before the period)."""
        return self.journal.skills.teachings()

    @functools.cached_property
    def opportunities(self) -> list[Opportunity]:
        return self.journal.people.opportunities()

    def shown_goals(self) -> list[Goal]:
        """The goals in the file: a private one only when private things were asked for."""
        return [g for g in self.journal.goals.list() if self.include_private or not g.private]

    def goals(self) -> Iterator[str]:
        goals = self.shown_goals()
        if not goals:
            yield phrase(
                "No goals yet.", self.language
            )  # the same words when all are private: the file gives no hint of them
            return
        history: dict[int, list[GoalChange]] = {}
        for change in self.journal.goals.all_history():
            if in_range(date.fromisoformat(change.changed_at[:10]), self.start, self.end):
                history.setdefault(change.goal_id, []).append(change)
        for goal in goals:
            yield from self._goal(goal, history.get(goal.id or 0, []))

    def _goal(self, goal: Goal, changes: list[GoalChange]) -> Iterator[str]:
        yield self.heading(3, plain(goal.title))
        language = self.language
        done, total = number(sum(m.done for m in goal.milestones), language), number(len(goal.milestones), language)
        yield facts(
            [
                (phrase("Direction", language), label(goal.direction, language)),
                (phrase("Status", language), label(goal.status, language)),
                (phrase("Target date", language), goal.target_date.isoformat() if goal.target_date else ""),
                (
                    phrase("Progress", language),
                    phrase("{done} of {total} milestones", language, done=done, total=total) if goal.milestones else "",
                ),
                (phrase("Files", language), self._files(Owner.goal(goal.id or 0))),
            ]
        )
        yield from self.body(goal.why, 3)
        if goal.milestones:
            yield phrase("Milestones:", language)
            yield items(
                ("[x] " if m.done_on else "[ ] ")
                + plain(m.text)
                + (phrase(" (done {day})", language, day=m.done_on) if m.done_on else "")
                for m in goal.milestones
            )
        if changes:
            yield phrase("Plan changes in this period:", language)
            yield items(describe_change(change, language) for change in changes)

    # -- entries -----------------------------------------------------------------
    def entry_filter(self) -> EntryFilter:
        return EntryFilter(date_from=self.start, date_to=self.end, private=None if self.include_private else False)

    def entries(self) -> Iterator[str | bytes]:
        """The entries section: its count, then the entries, a few hundred to a block of UTF-8 bytes."""
        chosen = self.entry_filter()
        count = self.journal.entries.count(chosen)
        self.progress.total = count
        if not count:
            yield phrase("No journal entries in this period.", self.language)
            return
        yield phrase_count(count, "{n} entry, oldest first.", "{n} entries, oldest first.", self.language)
        # Names are read and escaped once: one query per entry would not scale to a decade of notes.
        people = {p.id: plain(p.name) for p in self.people()}
        goals = {g.id: plain(g.title) for g in self.shown_goals()}  # a private goal is not named
        skills = {s.id: plain(s.name) for s in self.journal.skills.list()}
        tag_lines: dict[tuple[str, ...], str] = {}  # the tags line of each set of tags, written once
        # Asked once: a query per entry for files most entries do not have would not scale either.
        self._entries_with_files = self.journal.attachments.entries_with_files() if self.links else set()
        self.people_in_entries = set()
        names = (people, goals, skills, tag_lines)
        pieces: list[bytes] = []  # the blocks of a few entries, handed on together
        size = written = 0
        try:
            for entry in self.journal.export_cache.entries(chosen, writer_version()):
                if entry.person_ids:
                    self.people_in_entries.update(entry.person_ids)
                size += self._entry(entry, names, pieces)
                written += 1
                if size >= _BLOCK_BYTES:
                    yield b"\n\n".join(pieces)
                    self.progress.done, pieces, size = written, [], 0
            if pieces:
                yield b"\n\n".join(pieces)
                self.progress.done = written
        finally:
            self.written.flush()

    def _entry(self, entry: ExportedEntry, names: tuple[dict, dict, dict, dict], pieces: list[bytes]) -> int:
        """One entry added to ``pieces`` as its blocks' bytes (this runs 100,000 times in a big export); returns
        their size.

        ``names`` holds the escaped names of people, goals and skills by id, and the tags line of each set of
        tags. The text kept
        from an earlier export goes to the file as the bytes the journal holds; only the heading and the facts
        around it are written and encoded here.
        """
        people, goals, skills, tag_lines = names
        day = entry.day
        when = f"{day} {entry.time}" if entry.time else day
        # The kind line and the tags line are written once for each kind and each set of tags (a few dozen).
        key = (entry.kind, entry.starred, entry.private)
        lines = [self._kind_lines.get(key) or self._kind_lines.setdefault(key, self._kind_line(*key))]
        labels = self._entry_labels
        if entry.tags:
            tagged = tuple(entry.tags)
            if (tag_line := tag_lines.get(tagged)) is None:
                joined = ", ".join(map(plain, tagged))
                tag_line = tag_lines[tagged] = fact_line(labels[1], joined) if joined else ""
            if tag_line:
                lines.append(tag_line)
        if entry.person_ids and (named := _named(entry.person_ids, people)):
            lines.append(fact_line(labels[2], named))
        if entry.goal_ids and (named := _named(entry.goal_ids, goals)):
            lines.append(fact_line(labels[3], named))
        if entry.skill_ids and (named := _named(entry.skill_ids, skills)):
            lines.append(fact_line(labels[4], named))
        if entry.id in self._entries_with_files and (files := self._files(Owner.entry(entry.id))):
            lines.append(fact_line(labels[5], files))
        head = self.heading(3, f"{when} — {plain(entry.display_title)}") + "\n\n" + "\n".join(lines)
        text = entry.markdown if entry.markdown is not None else self._entry_text(entry).encode()
        pieces.append(head.encode())
        if text:
            pieces.append(text)
        return len(head) + len(text)

    def _kind_line(self, kind: EntryKind, starred: bool, private: bool) -> str:
        words = self._kinds[kind] + (self._starred if starred else "") + (self._private if private else "")
        return fact_line(self._entry_labels[0], words)

    def _entry_text(self, entry: ExportedEntry) -> str:
        """The entry's text written for the file ('' when its title already says it all), kept for next time
        unless it depends on the rest of the file (its headings, which must differ from every other)."""
        body = entry.body or ""
        if body.strip() == entry.display_title:
            text = ""
        else:
            claims = self.headings.claims
            text = "\n\n".join(self.body(body, 3, entry.day))
            if self.headings.claims != claims:
                return text
        self.written.add(entry, text)
        return text

    def _files(self, owner: Owner) -> str:
        """Links to the owner's files in the folder beside the export ('' when files are not asked for)."""
        if self.links is None:
            return ""
        return ", ".join(self.links.link(attachment) for attachment in self.journal.attachments.list_for(owner))

    # -- teaching ----------------------------------------------------------------
    def teaching(self) -> Iterator[str]:
        language = self.language
        coverage = self.journal.coverage()
        yield self.heading(3, phrase("Only you can do this", language))
        if coverage:
            yield items(f"{self._skill(c)}: {c.next_step(language, plain)}" for c in only_you(coverage)) or phrase(
                "Someone else can do every skill on your list.", language
            )
            yield self.heading(3, phrase("Who else can do it", language))
            yield items(f"{self._skill(c)}: {learners(c, language)}" for c in coverage)
        else:
            yield phrase("No skills or responsibilities recorded yet.", language)
        yield self.heading(3, phrase("Teaching in this period", language))
        yield (
            items(taught_line(t, language) + note(t.notes) for t in reversed(self.taught()))
            or phrase("No teaching recorded in this period.", language)
        )
        yield self.heading(3, phrase("Handovers", language))
        yield (
            items(
                phrase(
                    "{title} to {person}: {state}",
                    language,
                    title=plain(h.title),
                    person=plain(h.person_name),
                    state=handover_state(h, language),
                )
                + note(h.notes)
                for h in self.shown_handovers()
            )
            or phrase("No handovers under way or finished in this period.", language)
        )

    # -- what is shown (the export and "Left out" ask the same questions) ----------
    def taught(self) -> list[Teaching]:
        return [t for t in self.teachings if in_range(t.taught_on, self.start, self.end)]

    def shown_handovers(self) -> list[Handover]:
        return [
            h
            for h in self.journal.skills.handovers()
            if h.status is not HandoverStatus.HANDED_OVER or in_range(h.completed_on, self.start, self.end)
        ]

    def shown_opportunities(self) -> list[Opportunity]:
        return [o for o in self.opportunities if self.include_private or not o.private]

    def shown_people(self, people: list[Person]) -> list[Person]:
        """Everyone, or in a dated export only the people with something in the period."""
        if self.everyone:
            return people
        active = self.active_people()
        return [p for p in people if p.id in active or in_range(p.follow_up, self.start, self.end)]

    def active_people(self) -> set[int]:
        """Who took part in something the file shows from the period: a conversation, an entry, teaching…"""
        active = {person for i in self.interactions for person in i.person_ids}
        active.update(t.person_id for t in self.taught())
        active.update(h.person_id for h in self.shown_handovers())
        active.update(o.person_id for o in self.shown_opportunities() if o.person_id is not None)
        if self.people_in_entries is None:
            self.people_in_entries = set()
            for entry in self.journal.entries.iter_all(self.entry_filter()):
                self.people_in_entries.update(entry.person_ids)
        return active | self.people_in_entries

    def _skill(self, coverage: SkillCoverage) -> str:
        skill, language = coverage.skill, self.language
        if not skill.documented:
            written = phrase("not written down", language)
        elif self.coach and not is_web_address(skill.documented):
            # a path on this computer means nothing to a coach, and says too much
            written = phrase("written down", language)
        else:
            written = phrase("written down at {place}", language, place=plain(skill.documented))
        return f"{plain(skill.name)} ({label(skill.criticality, language).lower()}, {written})"


def _named(ids: list[int], names: dict[int, str]) -> str:
    """The escaped names of the records with these ids, those not shown left out."""
    return ", ".join([names[i] for i in ids if i in names]) if ids else ""
