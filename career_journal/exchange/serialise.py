"""The journal as one JSON-ready dict (see ``json_io`` for the format's promises)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..domain.attachments import Attachment
from ..domain.enums import RecordKind
from ..domain.records import (
    Adviser,
    Entry,
    Goal,
    GoalChange,
    Handover,
    Interaction,
    Opportunity,
    Person,
    Skill,
    Teaching,
    WinStory,
)
from ..storage.journal import Journal
from .json_files import base64_pieces

FORMAT = "career-journal"
VERSION = 4  # 2: the journal's id, every record's created/updated times, private goals and opportunities
# 3: attached files ("attachments", their bytes in base64); an older file reads as before
# 4: a win's STAR story ("story" on an entry), so an older app refuses the file rather than drop stories


def json_document(journal: Journal) -> dict:
    """Every record, ids and contact details included, in a stable order."""
    with journal.snapshot():
        header = {"format": FORMAT, "version": VERSION, "journal_id": journal.imports.journal_id()}
        document = {**header, **{kind: list(found) for kind, found in _sections(journal)}}
        for record in document["attachments"]:
            record["data"] = "".join(base64_pieces(journal, record["id"]))
        return document


def json_chunks(journal: Journal, counts: dict[str, int]) -> Iterator[str]:
    """The exported text, record by record, so a decade of entries is never held whole.

    The same text as ``json.dumps(json_document(journal), indent=2, ensure_ascii=False)``
    and a newline; ``counts`` gets the number of records of each kind on the way.
    """
    encoder = json.JSONEncoder(indent=2, ensure_ascii=False)
    with journal.snapshot():
        yield f'{{\n  "format": {encoder.encode(FORMAT)},\n  "version": {VERSION}'
        yield f',\n  "journal_id": {encoder.encode(journal.imports.journal_id())}'
        for kind, found in _sections(journal):
            yield f',\n  "{kind}": ['
            counts[kind] = 0
            for record in found:
                # JSON strings hold no raw line breaks, so every one of these is layout.
                text = ("\n    " if counts[kind] == 0 else ",\n    ") + encoder.encode(record).replace("\n", "\n    ")
                if kind == "attachments":
                    # The file's bytes go between the quotes of its empty "data", a piece at a time.
                    cut = text.rindex('""') + 1
                    yield text[:cut]
                    yield from base64_pieces(journal, record["id"])
                    yield text[cut:]
                else:
                    yield text
                counts[kind] += 1
            yield "\n  ]" if counts[kind] else "]"
        yield "\n}\n"


def _sections(journal: Journal) -> Iterator[tuple[str, Iterable[dict[str, Any]]]]:
    """Each list of the document, read only when its turn comes."""

    def by_id(records: list) -> list:
        return sorted(records, key=lambda record: record.id)

    yield "people", map(_person, by_id(journal.people.list()))
    yield "skills", map(_skill, by_id(journal.skills.list()))
    yield "goals", map(_goal, by_id(journal.goals.list()))
    yield "goal_history", map(_change, journal.goals.all_history())
    yield "entries", map(_entry, journal.entries.iter_all(oldest_first=True))
    yield "teachings", map(_teaching, by_id(journal.skills.teachings()))
    yield "handovers", map(_handover, by_id(journal.skills.handovers()))
    yield "interactions", map(_interaction, by_id(journal.people.interactions()))
    yield "opportunities", map(_opportunity, by_id(journal.people.opportunities()))
    yield "advisers", map(_adviser, by_id(journal.people.advisers()))
    yield "attachments", map(_attachment, journal.attachments.list_all())


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _person(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "org": p.org,
        "role": p.role,
        "relationship": p.relationship.value if p.relationship else None,
        "how_met": p.how_met,
        "needs": p.needs,
        "email": p.email,
        "phone": p.phone,
        "follow_up": _day(p.follow_up),
        "notes": p.notes,
        "created_at": p.created_at,
        "updated_at": p.updated_at,
    }


def _skill(s: Skill) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "description": s.description,
        "criticality": s.criticality.token,
        "documented": s.documented,
        "is_responsibility": s.is_responsibility,
        "created_at": s.created_at,
        "updated_at": s.updated_at,
    }


def _goal(g: Goal) -> dict[str, Any]:
    return {
        "id": g.id,
        "title": g.title,
        "direction": g.direction.value,
        "status": g.status.value,
        "target_date": _day(g.target_date),
        "private": bool(g.private),
        "why": g.why,
        "milestones": [
            {"id": m.id, "text": m.text, "done_on": _day(m.done_on), "position": m.position} for m in g.milestones
        ],
        "created_at": g.created_at,
        "updated_at": g.updated_at,
    }


def _change(c: GoalChange) -> dict[str, Any]:
    return {
        "goal_id": c.goal_id,
        "changed_at": c.changed_at,
        "field": c.field_name,
        "old_value": c.old_value,
        "new_value": c.new_value,
    }


def _entry(e: Entry) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.entry_date.isoformat(),
        "time": e.entry_time,
        "kind": e.kind.value,
        "title": e.title,
        "body": e.body,
        "tags": e.tags,
        "private": e.private,
        "starred": e.starred,
        "person_ids": sorted(e.person_ids),
        "goal_ids": sorted(e.goal_ids),
        "skill_ids": sorted(e.skill_ids),
        **({"story": {part: getattr(e.story, part) for part in WinStory.PARTS}} if e.story else {}),
        "created_at": e.created_at,
        "updated_at": e.updated_at,
    }


def _teaching(t: Teaching) -> dict[str, Any]:
    return {
        "id": t.id,
        "skill_id": t.skill_id,
        "person_id": t.person_id,
        "taught_on": t.taught_on.isoformat(),
        "method": t.method.value,
        "level": t.level.token,
        "notes": t.notes,
        "created_at": t.created_at,
        "updated_at": t.updated_at,
    }


def _handover(h: Handover) -> dict[str, Any]:
    return {
        "id": h.id,
        "title": h.title,
        "person_id": h.person_id,
        "skill_id": h.skill_id,
        "status": h.status.value,
        "started_on": _day(h.started_on),
        "completed_on": _day(h.completed_on),
        "notes": h.notes,
        "created_at": h.created_at,
        "updated_at": h.updated_at,
    }


def _interaction(i: Interaction) -> dict[str, Any]:
    return {
        "id": i.id,
        "occurred_on": i.occurred_on.isoformat(),
        "kind": i.kind.value,
        "person_ids": sorted(i.person_ids),
        "notes": i.notes,
        "questions": i.questions,
        "learned": i.learned,
        "follow_up": _day(i.follow_up),
        "created_at": i.created_at,
        "updated_at": i.updated_at,
    }


def _opportunity(o: Opportunity) -> dict[str, Any]:
    return {
        "id": o.id,
        "title": o.title,
        "person_id": o.person_id,
        "value": o.value,
        "status": o.status.value,
        "notes": o.notes,
        "private": o.private,
        "interaction_id": o.interaction_id,
        "created_at": o.created_at,
        "updated_at": o.updated_at,
    }


def _adviser(a: Adviser) -> dict[str, Any]:
    return {
        "id": a.id,
        "person_id": a.person_id,
        "role": a.role.value,
        "helps_with": a.helps_with,
        "cadence_days": a.cadence_days,
        "open_asks": a.open_asks,
        "notes": a.notes,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }


def _attachment(a: Attachment) -> dict[str, Any]:
    """The file's description; "data" (its bytes in base64) is filled in as the document is written."""
    return {
        "id": a.id,
        "entry_id": a.owner.id if a.owner.kind is RecordKind.ENTRY else None,
        "goal_id": a.owner.id if a.owner.kind is RecordKind.GOAL else None,
        "file_name": a.file_name,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "added_at": a.added_at,
        "data": "",
    }
