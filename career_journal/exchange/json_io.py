"""JSON export and import: every record of the journal, for backup or moving to another machine.

The document is ``{"format": "career-journal", "version": 1, ...}`` with one
list per kind, ids included so links survive, contact details included (this
is a full backup, not something to share). Lists come in id order (entries by
date, then id); keys in a fixed order; so exporting, importing into an empty
journal and exporting again gives the same bytes.

Import is all or nothing. The whole file is read and checked first (types,
dates, choices, and that every link points to a record in the same file);
then everything is written in one transaction. Into an empty journal the ids
are kept. Into a journal that already has records every record gets a new id
and every link follows it; an entry already in the journal (same date, time,
title and text) and a skill whose name is taken are not added again: the
existing ones are used and counted as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import ImportRejected, InvalidInput, RecordNotFound
from ..domain.records import Entry, Skill
from ..files import write_atomic
from ..storage.journal import Journal
from .json_read import Plan, Reader
from .leftovers import remember_export_folder
from .reading import NOTHING, describe, load_json
from .report import ImportReport
from .serialise import FORMAT, VERSION, json_chunks, json_document

__all__ = ["FORMAT", "VERSION", "ImportReport", "export_json", "import_json", "json_document"]


def export_json(journal: Journal, path: Path) -> dict[str, int]:
    """Write the whole journal to ``path`` (all of it or nothing); returns how many of each kind."""
    counts: dict[str, int] = {}
    remember_export_folder(path)
    write_atomic(path, json_chunks(journal, counts), protect=journal.own_files())
    del counts["goal_history"]  # plan changes belong to their goals, not a kind of their own
    counts["milestones"] = sum(len(goal.milestones) for goal in journal.goals.list())
    return counts


def import_json(journal: Journal, path: Path) -> ImportReport:
    """Add everything in a file written by ``export_json``; a bad file changes nothing."""
    document, text = load_json(path)
    _check_header(document, path)
    plan = Reader(document, text).read()
    try:
        with journal.transaction(), journal.search.deferred():
            return _Writer(journal, keep_ids=journal.is_empty()).write(plan)
    except (InvalidInput, RecordNotFound) as exc:
        raise ImportRejected(f"{path} could not be imported: {exc} {NOTHING}") from None


def _check_header(document: Any, path: Path) -> None:
    if not isinstance(document, dict):
        raise ImportRejected(
            f"{path} is not a Career Journal export: it holds {describe(document)}, not an object. {NOTHING}"
        )
    if document.get("format") != FORMAT:
        hint = (
            " It looks like a jrnl export; import it as jrnl." if "entries" in document and "tags" in document else ""
        )
        raise ImportRejected(f'{path} is not a Career Journal export (it has no "format": "{FORMAT}").{hint} {NOTHING}')
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportRejected(f'{path} has no usable "version". {NOTHING}')
    if version > VERSION:
        raise ImportRejected(
            f"{path} was written by a newer version of Career Journal (format version {version});"
            f" update the app to import it. {NOTHING}"
        )


class _Writer:
    """Writes a checked plan inside the caller's transaction, keeping or renumbering ids."""

    def __init__(self, journal: Journal, *, keep_ids: bool) -> None:
        self.journal = journal
        self.keep_ids = keep_ids
        self.added: dict[str, int] = {}
        self.skipped = 0

    def _new(self, record: Any) -> int | None:
        """The id to insert with (None: let the journal choose), remembering the old one."""
        old = record.id
        record.id = old if self.keep_ids else None
        return old

    def write(self, plan: Plan) -> ImportReport:
        people: dict[int | None, int] = {}
        for person in plan.people:
            old = self._new(person)
            people[old] = self.journal.people.add(person).id or 0
        skills = self._skills(plan.skills)
        goals: dict[int | None, int] = {}
        for goal in plan.goals:
            old = self._new(goal)
            for milestone in goal.milestones:
                self._new(milestone)
            goals[old] = self.journal.goals.add(goal).id or 0
        for change in plan.history:
            change.goal_id = goals[change.goal_id]
        self.journal.goals.add_history(plan.history)
        self.added.update(people=len(plan.people), skills=len(skills.added), goals=len(plan.goals))
        self.added["milestones"] = sum(len(goal.milestones) for goal in plan.goals)
        self._entries(plan.entries, people, goals, skills.ids)
        for teaching in plan.teachings:
            self._new(teaching)
            teaching.skill_id, teaching.person_id = skills.ids[teaching.skill_id], people[teaching.person_id]
            self.journal.skills.add_teaching(teaching)
        for handover in plan.handovers:
            self._new(handover)
            handover.person_id = people[handover.person_id]
            handover.skill_id = skills.ids[handover.skill_id] if handover.skill_id else None
            self.journal.skills.add_handover(handover)
        for interaction in plan.interactions:
            self._new(interaction)
            interaction.person_ids = [people[i] for i in interaction.person_ids]
        self.journal.people.add_interactions(plan.interactions)
        for opportunity in plan.opportunities:
            self._new(opportunity)
            opportunity.person_id = people[opportunity.person_id] if opportunity.person_id else None
            self.journal.people.add_opportunity(opportunity)
        for adviser in plan.advisers:
            self._new(adviser)
            adviser.person_id = people[adviser.person_id]
            self.journal.people.add_adviser(adviser)
        self.added.update(
            teachings=len(plan.teachings),
            handovers=len(plan.handovers),
            interactions=len(plan.interactions),
            opportunities=len(plan.opportunities),
            advisers=len(plan.advisers),
        )
        return ImportReport(self.added, self.skipped)

    def _skills(self, skills: list[Skill]) -> _SkillIds:
        existing = {s.name.casefold(): s.id for s in self.journal.skills.list()}
        result = _SkillIds({}, [])
        for skill in skills:
            old = self._new(skill)
            if skill.name.casefold() in existing:
                # The journal already knows this skill: link to it rather than fail on the name.
                result.ids[old] = existing[skill.name.casefold()] or 0
                self.skipped += 1
                continue
            result.ids[old] = self.journal.skills.add(skill).id or 0
            result.added.append(skill)
        return result

    def _entries(self, entries: list[Entry], people: dict, goals: dict, skills: dict) -> None:
        if not self.keep_ids:
            fresh = [e for e in entries if self.journal.entries.find_duplicate(e) is None]
            self.skipped += len(entries) - len(fresh)
            entries = fresh
        for entry in entries:
            self._new(entry)
            entry.person_ids = [people[i] for i in entry.person_ids]
            entry.goal_ids = [goals[i] for i in entry.goal_ids]
            entry.skill_ids = [skills[i] for i in entry.skill_ids]
        self.added["entries"] = self.journal.entries.add_many(entries)


@dataclass
class _SkillIds:
    ids: dict[int | None, int]
    added: list[Skill]
