"""The five sections of the Markdown export, each a stream of blocks (see ``markdown``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from ..domain.attachments import Owner
from ..domain.coverage import AdviserStatus, SkillCoverage, only_you
from ..domain.enums import EntryKind, GoalDirection, GoalStatus, HandoverStatus
from ..domain.queries import EntryFilter
from ..domain.records import Entry, Goal, GoalChange, Handover, Interaction, Opportunity, Person
from ..storage.journal import Journal
from .md_blocks import Headings, heading_line, render
from .md_files import FileLinks
from .md_inline import WIDTH, plain, wrap

_ENUM_FIELDS = {"direction": GoalDirection, "status": GoalStatus}
_KIND_LABELS = {kind: kind.label for kind in EntryKind}


def plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


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
        links: FileLinks | None = None,
    ) -> None:
        self.journal = journal
        self.start = start
        self.end = end
        self.today = today
        self.coach = coach
        self.include_private = include_private
        self.include_contact_details = include_contact_details
        self.links = links
        self.headings = Headings()

    def heading(self, level: int, text: str, context: str = "") -> str:
        return "\n".join(heading_line(level, text, self.headings, context))

    def body(self, text: str, level: int, context: str = "") -> list[str]:
        return render(text, level=level, headings=self.headings, context=context)

    # -- goals -------------------------------------------------------------------
    def goals(self) -> Iterator[str]:
        goals = self.journal.goals.list()
        if not goals:
            yield "No goals yet."
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
    def entries(self) -> Iterator[str]:
        chosen = EntryFilter(date_from=self.start, date_to=self.end, private=None if self.include_private else False)
        count = self.journal.entries.count(chosen)
        if not count:
            yield "No journal entries in this period."
            return
        yield f"{count} {plural(count, 'entry', 'entries')}, oldest first."
        # Names are read once: one query per entry would not scale to a decade of notes.
        people = {p.id: p.name for p in self.journal.people.list()}
        goals = {g.id: g.title for g in self.journal.goals.list()}
        skills = {s.id: s.name for s in self.journal.skills.list()}
        # Asked once: a query per entry for files most entries do not have would not scale either.
        self._entries_with_files = self.journal.attachments.entries_with_files() if self.links else set()
        for entry in self.journal.entries.iter_all(chosen, oldest_first=True):
            yield self._entry(entry, people, goals, skills)

    def _entry(self, entry: Entry, people: dict, goals: dict, skills: dict) -> str:
        """One entry as one string (this runs 100,000 times in a big export)."""
        day = entry.entry_date.isoformat()
        when = f"{day} {entry.entry_time}" if entry.entry_time else day
        kind = (
            _KIND_LABELS[entry.kind] + (", starred" if entry.starred else "") + (", private" if entry.private else "")
        )
        parts = [
            self.heading(3, f"{when} — {plain(entry.display_title)}"),
            facts(
                [
                    ("Kind", kind),
                    ("Tags", ", ".join(map(plain, entry.tags))),
                    ("People", _names(entry.person_ids, people)),
                    ("Goals", _names(entry.goal_ids, goals)),
                    ("Skills", _names(entry.skill_ids, skills)),
                    ("Files", self._files(Owner.entry(entry.id or 0)) if entry.id in self._entries_with_files else ""),
                ]
            ),
        ]
        if entry.body.strip() != entry.display_title:
            parts += self.body(entry.body, 3, day)
        return "\n\n".join(parts)

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
            yield items(f"{_skill(c)}: {plain(c.next_step)}" for c in only_you(coverage)) or (
                "Someone else can do every skill on your list."
            )
            yield self.heading(3, "Who else can do it")
            yield items(f"{_skill(c)}: {_learners(c)}" for c in coverage)
        else:
            yield "No skills or responsibilities recorded yet."
        yield self.heading(3, "Teaching in this period")
        taught = [t for t in self.journal.skills.teachings() if in_range(t.taught_on, self.start, self.end)]
        yield (
            items(
                f"{t.taught_on}: {plain(t.skill_name)} to {plain(t.person_name)} by {t.method.label.lower()},"
                f" reached {t.level.label.lower()}{_note(t.notes)}"
                for t in reversed(taught)
            )
            or "No teaching recorded in this period."
        )
        yield self.heading(3, "Handovers")
        handovers = [
            h
            for h in self.journal.skills.handovers()
            if h.status is not HandoverStatus.HANDED_OVER or in_range(h.completed_on, self.start, self.end)
        ]
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
        opportunities = self.journal.people.opportunities()
        if not opportunities:
            yield "No leadership opportunities recorded yet."
        for opportunity in opportunities:
            yield from self._opportunity(opportunity)
        yield self.heading(3, "People")
        people = self.journal.people.list()
        if not people:
            yield "No people recorded yet."
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
                ("Role", ", ".join(plain(part) for part in (person.role, person.org) if part.strip())),
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


def _names(ids: list[int], names: dict) -> str:
    return ", ".join(plain(names[i]) for i in ids if i in names) if ids else ""


def _note(text: str) -> str:
    return f"; {plain(text)}" if text.strip() else ""


def _skill(coverage: SkillCoverage) -> str:
    skill = coverage.skill
    written = f"written down at {plain(skill.documented)}" if skill.documented else "not written down"
    return f"{plain(skill.name)} ({skill.criticality.label.lower()}, {written})"


def _learners(coverage: SkillCoverage) -> str:
    if not coverage.learners:
        return "nobody yet"
    return ", ".join(f"{plain(x.person_name)} ({x.best_level.label.lower()})" for x in coverage.learners)
