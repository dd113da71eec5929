"""The five sections of the Markdown export, each a stream of blocks (see ``markdown``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..domain.attachments import Owner
from ..domain.coverage import AdviserStatus, SkillCoverage, only_you
from ..domain.enums import EntryKind, GoalDirection, GoalStatus, HandoverStatus
from ..domain.queries import EntryFilter
from ..domain.records import ExportedEntry, Goal, GoalChange, Handover, Interaction, Opportunity, Person, Teaching
from ..domain.wording import plural
from ..storage.journal import Journal

if TYPE_CHECKING:
    from .markdown import ExportProgress
from .md_blocks import Headings, heading_line, render
from .md_cache import WrittenTexts, writer_version
from .md_files import FileLinks
from .md_inline import WIDTH, plain, wrap

_ENUM_FIELDS = {"direction": GoalDirection, "status": GoalStatus}
_KIND_LABELS = {kind: kind.label for kind in EntryKind}
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
    lines: list[str] = []
    for text in texts:
        if len(text) <= WIDTH - 2:
            lines.append("- " + text)
        else:
            lines += wrap(text, WIDTH, "- ", "  ")
    return "\n".join(lines)


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
    ) -> None:
        self.journal = journal
        # The entry texts written that the journal did not hold, kept for the next export (see ``md_cache``);
        # the export closes it once its snapshot is over.
        self.written = WrittenTexts(keep_texts)
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

    def heading(self, level: int, text: str, context: str = "") -> str:
        return "\n".join(heading_line(level, text, self.headings, context))

    def body(self, text: str, level: int, context: str = "") -> list[str]:
        return render(text, level=level, headings=self.headings, context=context)

    # -- goals -------------------------------------------------------------------
    def people(self) -> list[Person]:
        """Everyone in the network, read once per export (thousands of people are read in a quarter second)."""
        if self._people is None:
            self._people = self.journal.people.list()
        return self._people

    def shown_goals(self) -> list[Goal]:
        """The goals in the file: a private one only when private things were asked for."""
        return [g for g in self.journal.goals.list() if self.include_private or not g.private]

    def goals(self) -> Iterator[str]:
        goals = self.shown_goals()
        if not goals:
            yield "No goals yet."  # the same words when all are private: the file gives no hint of them
            return
        history: dict[int, list[GoalChange]] = {}
        for change in self.journal.goals.all_history():
            if in_range(date.fromisoformat(change.changed_at[:10]), self.start, self.end):
                history.setdefault(change.goal_id, []).append(change)
        for goal in goals:
            yield from self._goal(goal, history.get(goal.id or 0, []))

    def _goal(self, goal: Goal, changes: list[GoalChange]) -> Iterator[str]:
        yield self.heading(3, plain(goal.title))
        done = sum(m.done for m in goal.milestones)
        yield facts(
            [
                ("Direction", goal.direction.label),
                ("Status", goal.status.label),
                ("Target date", goal.target_date.isoformat() if goal.target_date else ""),
                ("Progress", f"{done} of {len(goal.milestones)} milestones" if goal.milestones else ""),
                ("Files", self._files(Owner.goal(goal.id or 0))),
            ]
        )
        yield from self.body(goal.why, 3)
        if goal.milestones:
            yield "Milestones:"
            yield items(
                ("[x] " if m.done_on else "[ ] ") + plain(m.text) + (f" (done {m.done_on})" if m.done_on else "")
                for m in goal.milestones
            )
        if changes:
            yield "Plan changes in this period:"
            yield items(_describe_change(change) for change in changes)

    # -- entries -----------------------------------------------------------------
    def entry_filter(self) -> EntryFilter:
        return EntryFilter(date_from=self.start, date_to=self.end, private=None if self.include_private else False)

    def entries(self) -> Iterator[str]:
        chosen = self.entry_filter()
        count = self.journal.entries.count(chosen)
        self.progress.total = count
        if not count:
            yield "No journal entries in this period."
            return
        yield f"{count} {plural(count, 'entry', 'entries')}, oldest first."
        # Names are read and escaped once: one query per entry would not scale to a decade of notes.
        people = {p.id: plain(p.name) for p in self.people()}
        goals = {g.id: plain(g.title) for g in self.shown_goals()}  # a private goal is not named
        skills = {s.id: plain(s.name) for s in self.journal.skills.list()}
        tags: dict[str, str] = {}  # each tag escaped once
        # Asked once: a query per entry for files most entries do not have would not scale either.
        self._entries_with_files = self.journal.attachments.entries_with_files() if self.links else set()
        self.people_in_entries = set()
        try:
            for entry in self.journal.export_cache.entries(chosen, writer_version()):
                self.people_in_entries.update(entry.person_ids)
                yield self._entry(entry, (people, goals, skills, tags), self.written)
                self.progress.done += 1
        finally:
            self.written.flush()

    def _entry(self, entry: ExportedEntry, names: tuple[dict, dict, dict, dict], written: WrittenTexts) -> str:
        """One entry as one string (this runs 100,000 times in a big export).

        ``names`` holds the escaped names of people, goals and skills by id, and of tags by tag.
        """
        people, goals, skills, tags = names
        day = entry.day
        when = f"{day} {entry.time}" if entry.time else day
        kind = (
            _KIND_LABELS[entry.kind] + (", starred" if entry.starred else "") + (", private" if entry.private else "")
        )
        parts = [
            self.heading(3, f"{when} — {plain(entry.display_title)}"),
            facts(
                [
                    ("Kind", kind),
                    ("Tags", ", ".join([tags.get(tag) or tags.setdefault(tag, plain(tag)) for tag in entry.tags])),
                    ("People", _named(entry.person_ids, people)),
                    ("Goals", _named(entry.goal_ids, goals)),
                    ("Skills", _named(entry.skill_ids, skills)),
                    ("Files", self._files(Owner.entry(entry.id)) if entry.id in self._entries_with_files else ""),
                ]
            ),
        ]
        text = entry.markdown if entry.markdown is not None else self._entry_text(entry, written)
        if text:
            parts.append(text)
        return "\n\n".join(parts)

    def _entry_text(self, entry: ExportedEntry, written: WrittenTexts) -> str:
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
        written.add(entry, text)
        return text

    def _files(self, owner: Owner) -> str:
        """Links to the owner's files in the folder beside the export ('' when files are not asked for)."""
        if self.links is None:
            return ""
        return ", ".join(self.links.link(attachment) for attachment in self.journal.attachments.list_for(owner))

    # -- teaching ----------------------------------------------------------------
    def teaching(self) -> Iterator[str]:
        coverage = self.journal.coverage()
        yield self.heading(3, "Only you can do this")
        if coverage:
            yield items(f"{self._skill(c)}: {plain(c.next_step)}" for c in only_you(coverage)) or (
                "Someone else can do every skill on your list."
            )
            yield self.heading(3, "Who else can do it")
            yield items(f"{self._skill(c)}: {_learners(c)}" for c in coverage)
        else:
            yield "No skills or responsibilities recorded yet."
        yield self.heading(3, "Teaching in this period")
        taught = self.taught()
        yield (
            items(
                f"{t.taught_on}: {plain(t.skill_name)} to {plain(t.person_name)} by {t.method.label.lower()},"
                f" reached {t.level.label.lower()}{_note(t.notes)}"
                for t in reversed(taught)
            )
            or "No teaching recorded in this period."
        )
        yield self.heading(3, "Handovers")
        handovers = self.shown_handovers()
        yield (
            items(
                f"{plain(h.title)} to {plain(h.person_name)}: {_handover_state(h)}{_note(h.notes)}" for h in handovers
            )
            or "No handovers under way or finished in this period."
        )

    # -- network -----------------------------------------------------------------
    def network(self) -> Iterator[str]:
        yield self.heading(3, "Conversations in this period")
        found = self.journal.people.interactions(date_from=self.start, date_to=self.end)
        if not found:
            yield "No conversations recorded in this period."
        for interaction in sorted(found, key=lambda i: (i.occurred_on, i.id or 0)):
            yield from self._interaction(interaction)
        yield self.heading(3, "Leadership opportunities")
        opportunities = self.shown_opportunities()
        if not opportunities:
            yield "No leadership opportunities recorded yet."
        for opportunity in opportunities:
            yield from self._opportunity(opportunity)
        yield self.heading(3, "People")
        everyone = self.people()
        people = self.shown_people(everyone, found)
        if not everyone:
            yield "No people recorded yet."
        elif not people:
            yield "Nobody in your network has anything in this period."
        for person in people:
            yield from self._person(person)

    def _interaction(self, interaction: Interaction) -> Iterator[str]:
        day = interaction.occurred_on.isoformat()
        names = ", ".join(plain(name) for name in interaction.person_names) or "nobody"
        yield self.heading(4, f"{day} — {interaction.kind.label} with {names}")
        yield facts(
            [
                ("Asked", plain(interaction.questions)),
                ("Learned", plain(interaction.learned)),
                ("Follow up by", interaction.follow_up.isoformat() if interaction.follow_up else ""),
            ]
        )
        yield from self.body(interaction.notes, 4, day)

    def _opportunity(self, opportunity: Opportunity) -> Iterator[str]:
        yield self.heading(4, plain(opportunity.title))
        yield facts(
            [
                ("With", plain(opportunity.person_name)),
                ("Status", opportunity.status.label),
                ("Value", plain(opportunity.value)),
            ]
        )
        yield from self.body(opportunity.notes, 4)

    def _person(self, person: Person) -> Iterator[str]:
        yield self.heading(4, plain(person.name), plain(person.org))
        show_contact = self.include_contact_details
        yield facts(
            [
                ("Role", plain(person.role)),
                ("Organisation", plain(person.org)),
                ("Relationship", person.relationship.label if person.relationship else ""),
                ("Trying to achieve", plain(person.needs)),
                ("Met", plain(person.how_met)),
                ("Last contact", person.last_contact.isoformat() if person.last_contact else ""),
                ("Follow up by", person.follow_up.isoformat() if person.follow_up else ""),
                ("Email", plain(person.email) if show_contact else ""),
                ("Phone", plain(person.phone) if show_contact else ""),
            ]
        )
        if not self.coach:
            yield from self.body(person.notes, 4)

    # -- what is shown (the export and "Left out" ask the same questions) ----------
    def taught(self) -> list[Teaching]:
        return [t for t in self.journal.skills.teachings() if in_range(t.taught_on, self.start, self.end)]

    def shown_handovers(self) -> list[Handover]:
        return [
            h
            for h in self.journal.skills.handovers()
            if h.status is not HandoverStatus.HANDED_OVER or in_range(h.completed_on, self.start, self.end)
        ]

    def shown_opportunities(self) -> list[Opportunity]:
        return [o for o in self.journal.people.opportunities() if self.include_private or not o.private]

    def shown_people(self, people: list[Person], interactions: list[Interaction] | None = None) -> list[Person]:
        """Everyone, or in a dated export only the people with something in the period."""
        if self.everyone:
            return people
        active = self.active_people(interactions)
        return [p for p in people if p.id in active or in_range(p.follow_up, self.start, self.end)]

    def active_people(self, interactions: list[Interaction] | None = None) -> set[int]:
        """Who took part in something the file shows from the period: a conversation, an entry, teaching…"""
        if interactions is None:
            interactions = self.journal.people.interactions(date_from=self.start, date_to=self.end)
        active = {person for i in interactions for person in i.person_ids}
        active.update(t.person_id for t in self.taught())
        active.update(h.person_id for h in self.shown_handovers())
        active.update(o.person_id for o in self.shown_opportunities() if o.person_id is not None)
        if self.people_in_entries is None:
            self.people_in_entries = set()
            for entry in self.journal.entries.iter_all(self.entry_filter()):
                self.people_in_entries.update(entry.person_ids)
        return active | self.people_in_entries

    def _skill(self, coverage: SkillCoverage) -> str:
        skill = coverage.skill
        if not skill.documented:
            written = "not written down"
        elif self.coach and not is_web_address(skill.documented):
            written = "written down"  # a path on this computer means nothing to a coach, and says too much
        else:
            written = f"written down at {plain(skill.documented)}"
        return f"{plain(skill.name)} ({skill.criticality.label.lower()}, {written})"

    # -- team --------------------------------------------------------------------
    def team(self) -> Iterator[str]:
        for role in self.journal.team(self.today):
            yield self.heading(3, role.role.label)
            if not role.advisers:
                yield "Nobody yet: this role is a gap in your team."
            for status in role.advisers:
                yield from self._adviser(status)

    def _adviser(self, status: AdviserStatus) -> Iterator[str]:
        adviser = status.adviser
        yield plain(adviser.person_name)
        overdue = status.overdue_days(self.today)
        due = ""
        if status.next_due is not None:
            due = f"overdue by {overdue} {plural(overdue, 'day', 'days')}" if overdue else str(status.next_due)
        yield facts(
            [
                ("Helps with", plain(adviser.helps_with)),
                ("Check in", f"every {adviser.cadence_days} days" if adviser.cadence_days else "when needed"),
                ("Last check-in", str(status.last_check_in) if status.last_check_in else "none yet"),
                ("Next check-in", due),
                ("Open asks", plain(adviser.open_asks)),
                ("Notes", "" if self.coach else plain(adviser.notes)),
            ]
        )


def _describe_change(change: GoalChange) -> str:
    day = change.changed_at[:10]
    if change.field_name == "why":
        return f"{day}: rewrote why this goal matters"
    labels = _ENUM_FIELDS.get(change.field_name)
    old, new = (
        (labels(value).label if labels else plain(value)) if value else "none"
        for value in (change.old_value, change.new_value)
    )
    return f"{day}: {change.field_name.replace('_', ' ')} changed from {old} to {new}"


def _handover_state(handover: Handover) -> str:
    started = handover.started_on
    if handover.status is HandoverStatus.HANDED_OVER:
        done = f" on {handover.completed_on}" if handover.completed_on else ""
        return f"handed over{done}" + (f" (started {started})" if started else "")
    if handover.status is HandoverStatus.IN_TRANSITION:
        return f"in transition since {started}" if started else "in transition"
    return "planned" + (f", starting {started}" if started else "")


def _named(ids: list[int], names: dict[int, str]) -> str:
    """The escaped names of the records with these ids, those not shown left out."""
    return ", ".join([names[i] for i in ids if i in names]) if ids else ""


def _note(text: str) -> str:
    return f"; {plain(text)}" if text.strip() else ""


def _learners(coverage: SkillCoverage) -> str:
    if not coverage.learners:
        return "nobody yet"
    return ", ".join(f"{plain(x.person_name)} ({x.best_level.label.lower()})" for x in coverage.learners)
