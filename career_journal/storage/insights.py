"""The reads behind the Insights charts: lean rows, only the columns a chart needs."""

from __future__ import annotations

from datetime import date

from ..domain.enums import EntryKind, Relationship
from ..domain.records import EntrySummary, Person, first_line_title
from .convert import iso, to_date, trusted
from .db import Db

_PEOPLE = "SELECT id, name, org, relationship, follow_up FROM people ORDER BY name COLLATE NOCASE, id"
# The latest interaction per person, in one pass over the interaction_people index.
_LAST_CONTACT = (
    "SELECT ip.person_id, max(i.occurred_on) FROM interaction_people ip"
    " JOIN interactions i ON i.id = ip.interaction_id GROUP BY ip.person_id"
)


class InsightsRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    def contacts(self) -> list[Person]:
        """Every person with what freshness needs: relationship, organisation, follow-up and last contact."""
        relationships = {r.value: r for r in Relationship}
        last_contact = dict(self.db.execute(_LAST_CONTACT).fetchall())
        return [
            trusted(
                Person,
                id=row[0],
                name=row[1],
                org=row[2],
                role="",
                relationship=relationships.get(row[3]),
                how_met="",
                needs="",
                email="",
                phone="",
                follow_up=to_date(row[4]),
                notes="",
                created_at="",
                updated_at="",
                last_contact=to_date(last_contact.get(row[0])),
            )
            for row in self.db.execute(_PEOPLE).fetchall()
        ]

    def wins_and_reflections(self, since: date, until: date, *, include_private: bool = True) -> list[EntrySummary]:
        """Win and reflection entries dated from ``since`` to ``until``, oldest first (the entries_by_kind index)."""
        private = "" if include_private else " AND private = 0"
        rows = self.db.execute(
            "SELECT id, entry_date, title, substr(body, 1, 400), kind, private, starred FROM entries"
            f" WHERE kind IN (?, ?) AND entry_date BETWEEN ? AND ?{private} ORDER BY entry_date, id",
            [EntryKind.WIN.value, EntryKind.REFLECTION.value, iso(since), iso(until)],
        ).fetchall()
        kinds = {kind.value: kind for kind in EntryKind}
        return [
            EntrySummary(
                id=row[0],
                entry_date=date.fromisoformat(row[1]),
                title=first_line_title(row[2], row[3]),
                kind=kinds[row[4]],
                tags=[],
                private=bool(row[5]),
                starred=bool(row[6]),
            )
            for row in rows
        ]
