"""Every record kind on one dated line, newest first, read a page at a time.

One UNION ALL with an arm per kind. Each arm is ordered by its own date index
and the pages are keyset pages (day, rank, id), so SQLite merges the arms and
stops after one page, whether the journal holds a hundred records or a decade.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.enums import (
    Criticality,
    EntryKind,
    GoalDirection,
    GoalStatus,
    HandoverStatus,
    InteractionKind,
    LearnerLevel,
    OpportunityStatus,
    RecordKind,
    Relationship,
    TeachingMethod,
    TeamRole,
)
from ..domain.records import first_line_title
from ..domain.timeline import PAGE, RANK, TimelineCursor, TimelineFilter, TimelineItem
from ..domain.validation import clean_tag
from ..language import Language, app_language
from ..phrasebook import label, phrase
from .convert import iso, placeholders
from .db import Db
from .migrations import ENTRY_SORT_TITLE


@dataclass(frozen=True, slots=True)
class _Arm:
    """One kind on the line: its table, its day, and (read only for the rows on a page) its title and details."""

    table: str  # the kind's own table, with the alias the other expressions use
    day: str
    title: str
    a: str = "''"  # two columns the detail line is made from
    b: str = "''"
    private: str = "0"
    joins: str = ""  # for the title and details
    where: str = ""
    person: str = ""  # the condition for each filter, with one ? each
    goal: str = ""

    @property
    def id(self) -> str:
        return f"{self.table.split()[-1]}.id"


# Entries: each link filter is one set of ids. A tag is usually on many entries: "+e.id" keeps SQLite walking
# the date index, so a page stops early. A person or a goal is on few: SQLite fetches those and sorts them.
_ENTRY_LINKS = {
    "tag": "SELECT entry_id FROM entry_tags WHERE tag = ?",
    "person": "SELECT entry_id FROM entry_people WHERE person_id = ?",
    "goal": "SELECT entry_id FROM entry_goals WHERE goal_id = ?",
}
_CREATED = "substr({}.created_at, 1, 10)"
_ARMS = {
    RecordKind.ENTRY: _Arm("entries e", "e.entry_date", ENTRY_SORT_TITLE, "e.kind", private="e.private"),
    RecordKind.INTERACTION: _Arm(
        "interactions i", "i.occurred_on",
        "coalesce((SELECT group_concat(p.name, ', ') FROM interaction_people ip JOIN people p ON p.id = ip.person_id"
        " WHERE ip.interaction_id = i.id), '')", "i.kind", "substr(i.notes, 1, 200)",
        person="i.id IN (SELECT interaction_id FROM interaction_people WHERE person_id = ?)",
    ),
    RecordKind.TEACHING: _Arm(
        "teachings t", "t.taught_on", "s.name || ' → ' || p.name", "t.method", "t.level",
        joins=" JOIN skills s ON s.id = t.skill_id JOIN people p ON p.id = t.person_id", person="t.person_id = ?",
    ),
    RecordKind.MILESTONE: _Arm(
        "milestones m", "m.done_on", "m.text", "g.title", private="g.private",
        joins=" JOIN goals g ON g.id = m.goal_id", where="m.done_on IS NOT NULL", goal="m.goal_id = ?",
    ),
    RecordKind.HANDOVER: _Arm(
        "handovers h", f"coalesce(h.completed_on, h.started_on, {_CREATED.format('h')})", "h.title", "h.status",
        "p.name", joins=" JOIN people p ON p.id = h.person_id", person="h.person_id = ?",
    ),
    RecordKind.OPPORTUNITY: _Arm(
        "opportunities o", _CREATED.format("o"), "o.title", "o.status", "coalesce(p.name, '')",
        joins=" LEFT JOIN people p ON p.id = o.person_id", person="o.person_id = ?",
    ),
    RecordKind.GOAL: _Arm(
        "goals g", _CREATED.format("g"), "g.title", "g.direction", "g.status", private="g.private", goal="g.id = ?"
    ),
    RecordKind.SKILL: _Arm("skills s", _CREATED.format("s"), "s.name", "s.criticality", "s.documented <> ''"),
    RecordKind.PERSON: _Arm("people p", _CREATED.format("p"), "p.name", "p.relationship", "p.org", person="p.id = ?"),
    RecordKind.ADVISER: _Arm(
        "advisers a", _CREATED.format("a"), "p.name", "a.role", joins=" JOIN people p ON p.id = a.person_id",
        person="a.person_id = ?",
    ),
}  # fmt: skip


class TimelineRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    def page(
        self,
        filters: TimelineFilter | None = None,
        *,
        after: TimelineCursor | None = None,
        limit: int = PAGE,
        language: Language | None = None,
    ) -> list[TimelineItem]:
        """The next ``limit`` records on the line, newest first, after ``after`` (the last row shown); the rows'
        words in ``language`` (default: the app's)."""
        filters = filters or TimelineFilter()
        language = language or app_language()
        selects, params = [], []
        for kind, arm in _ARMS.items():
            if not filters.shows(kind):
                continue
            where, arm_params = _conditions(kind, arm, filters)
            if after is not None:
                keyset, keyset_params = _after(arm, RANK[kind], after)
                where.append(keyset)
                arm_params += keyset_params
            selects.append(
                f"SELECT {arm.day} AS day, {RANK[kind]} AS rank, {arm.id} AS id FROM {arm.table}{_clause(where)}"
            )
            params += arm_params
        if not selects:
            return []
        keys = self.db.execute(
            f"{' UNION ALL '.join(selects)} ORDER BY day DESC, rank DESC, id DESC LIMIT ?", [*params, int(limit)]
        ).fetchall()
        details = self._details(keys)
        return [_item(day, _KIND_OF_RANK[rank], record_id, details, language) for day, rank, record_id in keys]

    def count(self, filters: TimelineFilter | None = None) -> int:
        """How many records the filters let through (a link filter counts its links, not the entries)."""
        filters = filters or TimelineFilter()
        total = 0
        for kind, arm in _ARMS.items():
            if not filters.shows(kind):
                continue
            links = _entry_links(filters) if kind is RecordKind.ENTRY else []
            if links:
                sql = f"SELECT count(*) FROM ({' INTERSECT '.join(q for q, _value in links)})"
                total += self.db.execute(sql, [value for _q, value in links]).fetchone()[0]
                continue
            where, params = _conditions(kind, arm, filters)
            total += self.db.execute(f"SELECT count(*) FROM {arm.table}{_clause(where)}", params).fetchone()[0]
        return total

    def people(self) -> list[tuple[int, str]]:
        """Everyone, as (id, "name (organisation)"), for choosing whose records to show."""
        rows = self.db.execute("SELECT id, name, org FROM people ORDER BY name COLLATE NOCASE, id").fetchall()
        return [(person_id, f"{name} ({org})" if org else name) for person_id, name, org in rows]

    def _details(self, keys: list[tuple]) -> dict[tuple[RecordKind, int], tuple]:
        """Title, detail columns and privacy of the rows on a page, one query per kind."""
        wanted: dict[RecordKind, list[int]] = {}
        for _day, rank, record_id in keys:
            wanted.setdefault(_KIND_OF_RANK[rank], []).append(record_id)
        found: dict[tuple[RecordKind, int], tuple] = {}
        for kind, ids in wanted.items():
            arm = _ARMS[kind]
            rows = self.db.execute(
                f"SELECT {arm.id}, {arm.title}, {arm.a}, {arm.b}, {arm.private} FROM {arm.table}{arm.joins}"
                f" WHERE {arm.id} IN ({placeholders(ids)})",
                ids,
            ).fetchall()
            tags = self._tags(ids) if kind is RecordKind.ENTRY else {}
            for record_id, *columns in rows:
                found[kind, record_id] = (*columns, tags.get(record_id, []))
        return found

    def _tags(self, entry_ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for entry_id, tag in self.db.execute(
            f"SELECT entry_id, tag FROM entry_tags WHERE entry_id IN ({placeholders(entry_ids)}) ORDER BY tag",
            entry_ids,
        ).fetchall():
            found.setdefault(entry_id, []).append(tag)
        return found


def _clause(where: list[str]) -> str:
    return f" WHERE {' AND '.join(where)}" if where else ""


def _entry_links(filters: TimelineFilter) -> list[tuple[str, Any]]:
    values = {
        "tag": clean_tag(filters.tag) if filters.tag else None,
        "person": filters.person_id,
        "goal": filters.goal_id,
    }
    return [(_ENTRY_LINKS[name], value) for name, value in values.items() if value is not None]


def _conditions(kind: RecordKind, arm: _Arm, filters: TimelineFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = [arm.where] if arm.where else []
    params: list[Any] = []
    if kind is RecordKind.ENTRY:
        for query, value in _entry_links(filters):
            where.append(f"{'+' if query is _ENTRY_LINKS['tag'] else ''}e.id IN ({query})")
            params.append(value)
        return where, params
    for condition, value in ((arm.person, filters.person_id), (arm.goal, filters.goal_id)):
        if value is not None:
            where.append(condition)
            params.append(value)
    return where, params


def _after(arm: _Arm, rank: int, cursor: TimelineCursor) -> tuple[str, list[Any]]:
    """Rows after the cursor in (day, rank, id) descending order, written so the arm's date index is used."""
    day = iso(cursor.day)
    if rank < cursor.rank:
        return f"{arm.day} <= ?", [day]
    if rank > cursor.rank:
        return f"{arm.day} < ?", [day]
    return f"({arm.day}, {arm.id}) < (?, ?)", [day, cursor.record_id]


_KIND_OF_RANK = {rank: kind for kind, rank in RANK.items()}


def _item(
    day: str, kind: RecordKind, record_id: int, details: dict[tuple[RecordKind, int], tuple], language: Language
) -> TimelineItem:
    title, a, b, private, tags = details.get((kind, record_id), ("", "", "", 0, []))
    return TimelineItem(
        kind=kind,
        record_id=record_id,
        day=date.fromisoformat(day),
        title=_title(kind, title, a, language),
        detail=_detail(kind, a, b, tags, language),
        private=bool(private),
        entry_kind=EntryKind(a) if kind is RecordKind.ENTRY else None,
    )


def _title(kind: RecordKind, title: str, a: str, language: Language) -> str:
    if kind is RecordKind.INTERACTION:
        whom = title or phrase("nobody", language)
        return phrase("{kind} with {names}", language, kind=label(InteractionKind(a), language), names=whom)
    return first_line_title(title or "", "") or phrase("(untitled)", language)


def _detail(kind: RecordKind, a: Any, b: Any, tags: list[str], language: Language) -> str:
    """What kind of record the row is, and the one or two facts about it worth a glance."""
    if kind is RecordKind.ENTRY:
        return " · ".join([label(EntryKind(a), language), *([", ".join(tags)] if tags else [])])
    if kind is RecordKind.INTERACTION:
        return " ".join(str(b).split())
    if kind is RecordKind.TEACHING:
        method, level = label(TeachingMethod(a), language), _lower(LearnerLevel(b), language)
        return phrase("Taught · {method} · {level}", language, method=method, level=level)
    if kind is RecordKind.MILESTONE:
        return phrase("Milestone done · {goal}", language, goal=a)
    if kind is RecordKind.HANDOVER:
        return phrase("Handover to {name} · {status}", language, name=b, status=_lower(HandoverStatus(a), language))
    if kind is RecordKind.OPPORTUNITY:
        with_whom = [phrase("with {name}", language, name=b)] if b else []
        return " · ".join([phrase("Opportunity", language), _lower(OpportunityStatus(a), language), *with_whom])
    if kind is RecordKind.GOAL:
        direction, status = _lower(GoalDirection(a), language), _lower(GoalStatus(b), language)
        return phrase("Goal written down · {direction} · {status}", language, direction=direction, status=status)
    if kind is RecordKind.SKILL:
        documented = [phrase("documented", language)] if b else []
        written = phrase("Skill written down", language)
        return " · ".join([written, _lower(Criticality(a), language), *documented])
    if kind is RecordKind.PERSON:
        parts = [_lower(Relationship(a), language)] if a else []
        return " · ".join([phrase("Added to your network", language), *parts, *([b] if b else [])])
    return phrase("Joined your team as {role}", language, role=_lower(TeamRole(a), language))


def _lower(member: Any, language: Language) -> str:
    return label(member, language).lower()
