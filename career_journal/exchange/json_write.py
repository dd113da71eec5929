"""Writing a checked JSON export into the journal, without adding what the journal already holds.

Each record of the file is, in this order of evidence:
- the same record, when the file came from this journal and a record of that kind has its id;
- a record an earlier import of a file from the same source journal added (``imported_records``);
- a record with the same content (an entry with the same date, time, title and text; a skill,
  goal or adviser role of the same name; the same teaching, handover, conversation or
  opportunity);
- for people, the same person: the same e-mail address, or the same name read accent- and
  case-blind. Such a person is merged: the import links to them and fills in only what they
  lack, and the report names each merge;
- or else new. New records keep their ids where they are free (into an empty journal, or back
  into the journal they came from) so the same file gives the same journal.

Everything happens inside the caller's transaction: all of it, or none of it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from ..domain.attachments import Owner
from ..domain.enums import RecordKind
from ..domain.names import fold_name
from ..domain.records import Adviser, Entry, Goal, Handover, Interaction, Opportunity, Person, Skill, Teaching
from ..storage.journal import Journal
from .json_files import ImportedFile, decoded
from .json_read import Plan
from .report import ImportReport

_FILLABLE = ("org", "role", "how_met", "needs", "email", "phone", "notes")


@dataclass
class _Ids:
    """Old id (in the file) -> id here, for one kind."""

    kind: RecordKind
    ids: dict[int | None, int] = field(default_factory=dict)
    added: set[int] = field(default_factory=set)  # ids here of the records this import added


class JsonWriter:
    def __init__(self, journal: Journal, *, source: str, merge_people: bool = True) -> None:
        self.journal = journal
        self.source = source
        self.same_journal = bool(source) and source == journal.imports.journal_id()
        self.was_empty = journal.is_empty()
        self.keep_ids = self.same_journal or self.was_empty
        self.brought_in = journal.imports.brought_in(source) if source and not self.same_journal else {}
        self.merge_people = merge_people
        self.report = ImportReport({})
        self._noted: list[tuple[RecordKind, int, int]] = []

    # -- the steps every record goes through ------------------------------------------------
    def _known(self, kind: RecordKind, record: Any, same: Callable[[Any], int | None]) -> int | None:
        """The id of the record this one already is in the journal, or None when it is new."""
        old = record.id
        if old is not None:
            if self.same_journal and self.journal.imports.exists(kind, old):
                return old
            if (found := self.brought_in.get((kind.value, old))) is not None:
                return found
        return same(record)

    def _prepare(self, kind: RecordKind, record: Any) -> int | None:
        """Give ``record`` the id it is inserted with (its own when that is free and wanted); returns its old id."""
        old = record.id
        keep = self.keep_ids and old is not None and not self.journal.imports.exists(kind, old)
        record.id = old if keep else None
        return old

    def _added(self, ids: _Ids, noun: str, old: int | None, new: int) -> None:
        ids.ids[old] = new
        ids.added.add(new)
        self.report.added[noun] = self.report.added.get(noun, 0) + 1
        if old is not None and self.source and not self.same_journal:
            self._noted.append((ids.kind, old, new))

    def _skipped(self, ids: _Ids, old: int | None, existing: int) -> None:
        ids.ids[old] = existing
        self.report.skipped_duplicates += 1
        if old is not None and self.source and not self.same_journal:
            self._noted.append((ids.kind, old, existing))

    def _each(
        self,
        kind: RecordKind,
        noun: str,
        records: list[Any],
        same: Callable[[Any], int | None],
        add: Callable[[Any], int],
    ) -> _Ids:
        ids = _Ids(kind)
        for record in records:
            existing = self._known(kind, record, same)
            if existing is not None:
                self._skipped(ids, record.id, existing)
                continue
            old = self._prepare(kind, record)
            self._added(ids, noun, old, add(record))
        return ids

    # -- the whole plan -----------------------------------------------------------------------
    def write(self, plan: Plan) -> ImportReport:
        j = self.journal
        people = self._people(plan.people)
        skills = self._each(RecordKind.SKILL, "skills", plan.skills, self._same_skill(), lambda s: j.skills.add(s).id)
        goals = self._each(RecordKind.GOAL, "goals", plan.goals, self._same_goal(), self._add_goal)
        for change in plan.history:
            change.goal_id = goals.ids[change.goal_id]
        j.goals.add_history([c for c in plan.history if c.goal_id in goals.added])
        entries = self._entries(plan.entries, people, goals, skills)
        for teaching in plan.teachings:
            teaching.skill_id, teaching.person_id = skills.ids[teaching.skill_id], people.ids[teaching.person_id]
        self._each(
            RecordKind.TEACHING, "teachings", plan.teachings, self._same(j.skills.teachings(), _teaching_key),
            lambda t: j.skills.add_teaching(t).id,
        )  # fmt: skip
        for handover in plan.handovers:
            handover.person_id = people.ids[handover.person_id]
            handover.skill_id = skills.ids[handover.skill_id] if handover.skill_id else None
        self._each(
            RecordKind.HANDOVER, "handovers", plan.handovers, self._same(j.skills.handovers(), _handover_key),
            lambda h: j.skills.add_handover(h).id,
        )  # fmt: skip
        for interaction in plan.interactions:
            interaction.person_ids = sorted({people.ids[i] for i in interaction.person_ids})
        interactions = self._each(
            RecordKind.INTERACTION, "interactions", plan.interactions,
            self._same(j.people.interactions(), _interaction_key), self._add_interaction,
        )  # fmt: skip
        for opportunity in plan.opportunities:
            opportunity.person_id = people.ids[opportunity.person_id] if opportunity.person_id else None
            opportunity.interaction_id = interactions.ids.get(opportunity.interaction_id)
        self._each(
            RecordKind.OPPORTUNITY, "opportunities", plan.opportunities,
            self._same(j.people.opportunities(), _opportunity_key), lambda o: j.people.add_opportunity(o).id,
        )  # fmt: skip
        for adviser in plan.advisers:
            adviser.person_id = people.ids[adviser.person_id]
        self._each(
            RecordKind.ADVISER, "advisers", plan.advisers, self._same(j.people.advisers(), _adviser_key),
            lambda a: j.people.add_adviser(a).id,
        )  # fmt: skip
        self._files(plan.files, entries, goals)
        if self._noted:
            j.imports.remember(self.source, self._noted)
        return self.report

    # -- kinds with more to them ------------------------------------------------------------
    def _people(self, people: list[Person]) -> _Ids:
        existing = self.journal.people.list()
        by_email = {p.email.strip().casefold(): p for p in existing if p.email.strip()}
        by_name: dict[str, list[Person]] = {}
        for person in existing:
            by_name.setdefault(fold_name(person.name), []).append(person)

        def same(person: Person) -> int | None:
            if not self.merge_people:
                return None
            email = person.email.strip().casefold()
            if email and email in by_email:
                return self._merge(by_email[email], person, "the same e-mail")
            namesakes = by_name.get(fold_name(person.name), [])
            if len(namesakes) == 1:
                return self._merge(namesakes[0], person, "the same name")
            return None

        return self._each(RecordKind.PERSON, "people", people, same, lambda p: self.journal.people.add(p).id)

    def _merge(self, known: Person, incoming: Person, why: str) -> int:
        """Link to ``known`` and fill in what it lacks from ``incoming``; never overwrite what the user wrote."""
        filled = [name for name in _FILLABLE if not getattr(known, name).strip() and getattr(incoming, name).strip()]
        for name in filled:
            setattr(known, name, getattr(incoming, name))
        if known.relationship is None and incoming.relationship is not None:
            known.relationship = incoming.relationship
            filled.append("relationship")
        if known.follow_up is None and incoming.follow_up is not None:
            known.follow_up = incoming.follow_up
            filled.append("follow-up")
        if filled:
            self.journal.people.update(known)
        same_name = known.name == incoming.name
        label = known.name if same_name else f"{incoming.name} with {known.name}"
        detail = f"{why}; filled in {', '.join(f.replace('_', ' ') for f in filled)}" if filled else why
        self.report.merged.append(f"{label} ({detail})")
        return known.id or 0

    def _same_skill(self) -> Callable[[Skill], int | None]:
        names = {s.name.casefold(): s.id for s in self.journal.skills.list()}
        return lambda skill: names.get(skill.name.casefold())

    def _same_goal(self) -> Callable[[Goal], int | None]:
        titles = {(fold_name(g.title), g.direction): g.id for g in self.journal.goals.list()}
        return lambda goal: titles.get((fold_name(goal.title), goal.direction))

    def _add_goal(self, goal: Goal) -> int:
        for milestone in goal.milestones:
            milestone.id = milestone.id if self.was_empty else None
        saved = self.journal.goals.add(goal).id or 0
        self.report.added["milestones"] = self.report.added.get("milestones", 0) + len(goal.milestones)
        return saved

    def _add_interaction(self, interaction: Interaction) -> int:
        self.journal.people.add_interactions([interaction])
        return interaction.id or 0

    def _entries(self, entries: list[Entry], people: _Ids, goals: _Ids, skills: _Ids) -> _Ids:
        ids = _Ids(RecordKind.ENTRY)
        fresh = []
        for entry in entries:
            entry.person_ids = [people.ids[i] for i in entry.person_ids]
            entry.goal_ids = [goals.ids[i] for i in entry.goal_ids]
            entry.skill_ids = [skills.ids[i] for i in entry.skill_ids]
            existing = self._known(RecordKind.ENTRY, entry, self.journal.entries.find_duplicate)
            if existing is not None:
                self._skipped(ids, entry.id, existing)
                continue
            fresh.append((self._prepare(RecordKind.ENTRY, entry), entry))
        self.journal.entries.add_many([entry for _old, entry in fresh])
        for old, entry in fresh:
            self._added(ids, "entries", old, entry.id or 0)
        return ids

    def _files(self, files: list[ImportedFile], entries: _Ids, goals: _Ids) -> None:
        """Each file goes to what its entry or goal became here; the same file already there is skipped."""
        attachments = self.journal.attachments
        for imported in files:
            old = imported.attachment.owner
            owners = entries if old.kind is RecordKind.ENTRY else goals
            imported.attachment.owner = Owner(old.kind, owners.ids[old.id])

        def same(imported: ImportedFile) -> int | None:
            found = imported.attachment
            return attachments.find_same(found.owner, found.file_name, found.sha256)

        def add(imported: ImportedFile) -> int:
            found = imported.attachment
            chunks = decoded(imported.data)
            return attachments.add(found.owner, found.file_name, chunks, added_at=found.added_at, record_id=found.id).id

        self._each(RecordKind.ATTACHMENT, "attachments", files, same, add)

    def _same(self, existing: list[Any], key: Callable[[Any], Hashable]) -> Callable[[Any], int | None]:
        known = {key(record): record.id for record in existing}
        return lambda record: known.get(key(record))


def _teaching_key(t: Teaching) -> Hashable:
    return (t.skill_id, t.person_id, t.taught_on, t.level, t.method, t.notes)


def _handover_key(h: Handover) -> Hashable:
    return (fold_name(h.title), h.person_id)


def _interaction_key(i: Interaction) -> Hashable:
    return (i.occurred_on, i.kind, tuple(sorted(i.person_ids)), i.notes)


def _opportunity_key(o: Opportunity) -> Hashable:
    return (fold_name(o.title), o.person_id)


def _adviser_key(a: Adviser) -> Hashable:
    return (a.person_id, a.role)
