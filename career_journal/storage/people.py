"""People in the network, what happened with them, the opportunities found and the personal team."""

from __future__ import annotations

from datetime import date

from ..domain.enums import InteractionKind, OpportunityStatus, Relationship, TeamRole
from ..domain.errors import InvalidInput, RecordNotFound
from ..domain.records import Adviser, Interaction, Opportunity, Person
from ..domain.validation import timestamp_now
from ..phrasebook import phrase
from .convert import iso, placeholders, to_date
from .crud import delete_row, insert_row, update_row
from .database import forget_deleted, transaction
from .db import Db
from .resolve import resolve_id

_PERSON_COLUMNS = (
    "id, name, org, role, relationship, how_met, needs, email, phone, follow_up, notes, created_at, updated_at"
)
_LAST_CONTACT = (
    "(SELECT max(i.occurred_on) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id"
    " WHERE ip.person_id = people.id)"
)
_PERSON_LABEL = "name || CASE WHEN org <> '' THEN ' (' || org || ')' ELSE '' END"


class PeopleRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    # -- people ----------------------------------------------------------------
    def add(self, person: Person) -> Person:
        now = timestamp_now()
        person.created_at = person.created_at or now
        person.updated_at = person.updated_at or now
        with transaction(self.db):
            person.id = insert_row(self.db, "people", self._row(person), person.id)
        return person

    def update(self, person: Person) -> Person:
        person.updated_at = timestamp_now()
        with transaction(self.db):
            update_row(self.db, "people", self._row(person), person.id, "person")
        return person

    def add_many(self, people: list[Person]) -> None:
        """Insert people inside the caller's transaction (a contacts import: all of them or none)."""
        now = timestamp_now()
        for person in people:
            person.created_at = person.created_at or now
            person.updated_at = person.updated_at or now
            person.id = insert_row(self.db, "people", self._row(person), person.id)

    def update_many(self, people: list[Person]) -> None:
        """Save edited people inside the caller's transaction (the merges of a contacts import)."""
        now = timestamp_now()
        for person in people:
            person.updated_at = now
            update_row(self.db, "people", self._row(person), person.id, "person")

    def delete(self, person_id: int) -> None:
        """Delete a person with their teaching records, roles and the interactions only they were in."""
        with transaction(self.db):
            self.db.execute(
                "DELETE FROM interactions WHERE id IN (SELECT interaction_id FROM interaction_people"
                " WHERE person_id = ?) AND id NOT IN (SELECT interaction_id FROM interaction_people"
                " WHERE person_id <> ?)",
                [person_id, person_id],
            )
            delete_row(self.db, "people", person_id, "person")
        forget_deleted(self.db)

    def _row(self, person: Person) -> dict:
        return {
            "name": person.name,
            "org": person.org,
            "role": person.role,
            "relationship": Relationship(person.relationship).value if person.relationship else None,
            "how_met": person.how_met,
            "needs": person.needs,
            "email": person.email,
            "phone": person.phone,
            "follow_up": iso(person.follow_up),
            "notes": person.notes,
            "created_at": person.created_at,
            "updated_at": person.updated_at,
        }

    def get(self, person_id: int) -> Person:
        people = self._load("WHERE id = ?", [person_id])
        if not people:
            raise RecordNotFound("person", person_id)
        return people[0]

    def list(self) -> list[Person]:
        return self._load("", [])

    def resolve(self, ref: str | int) -> Person:
        return self.get(resolve_id(self.db, "people", "name", ref, "person", describe=_PERSON_LABEL))

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM people").fetchone()[0]

    def with_follow_up(self) -> list[Person]:
        """People who have a follow-up date set (what the follow-ups view needs, not all 5,000)."""
        return self._load("WHERE follow_up IS NOT NULL", [])

    def last_contact(self, person_ids: list[int] | None = None) -> dict[int, date]:
        """The day of the latest interaction with each person (only those named, when given)."""
        if person_ids is not None and not person_ids:
            return {}
        where = f"WHERE ip.person_id IN ({placeholders(person_ids)})" if person_ids is not None else ""
        rows = self.db.execute(
            "SELECT ip.person_id, max(i.occurred_on) FROM interaction_people ip"
            f" JOIN interactions i ON i.id = ip.interaction_id {where} GROUP BY ip.person_id",
            person_ids or [],
        ).fetchall()
        return {person_id: date.fromisoformat(day) for person_id, day in rows}

    def _load(self, where: str, params: list) -> list[Person]:
        rows = self.db.execute(
            f"SELECT {_PERSON_COLUMNS}, {_LAST_CONTACT} FROM people {where} ORDER BY name COLLATE NOCASE, id", params
        ).fetchall()
        return [
            Person(
                id=r[0],
                name=r[1],
                org=r[2],
                role=r[3],
                relationship=Relationship(r[4]) if r[4] else None,
                how_met=r[5],
                needs=r[6],
                email=r[7],
                phone=r[8],
                follow_up=to_date(r[9]),
                notes=r[10],
                created_at=r[11],
                updated_at=r[12],
                last_contact=to_date(r[13]),
            )
            for r in rows
        ]

    # -- interactions ------------------------------------------------------------
    def add_interaction(self, interaction: Interaction) -> Interaction:
        """Log a meeting; it settles follow-ups it answers and sets the next one if given."""
        if not interaction.person_ids:
            raise InvalidInput(phrase("An interaction needs at least one person."))
        now = timestamp_now()
        stamps = {"created_at": interaction.created_at or now, "updated_at": interaction.updated_at or now}
        with transaction(self.db):
            row = {**self._interaction_row(interaction), **stamps}
            interaction.id = insert_row(self.db, "interactions", row, interaction.id)
            self._link_people(interaction)
            ids = sorted(set(interaction.person_ids))
            day = iso(interaction.occurred_on)
            self.db.execute(
                f"UPDATE people SET follow_up = NULL, updated_at = ? WHERE id IN ({placeholders(ids)})"
                " AND follow_up <= ?",
                [now, *ids, day],
            )
            if interaction.follow_up is not None:
                self.db.execute(
                    f"UPDATE people SET follow_up = ?, updated_at = ? WHERE id IN ({placeholders(ids)})",
                    [iso(interaction.follow_up), now, *ids],
                )
        return self.get_interaction(interaction.id)

    def add_interactions(self, interactions: list[Interaction]) -> None:
        """Insert interactions as they are, inside the caller's transaction (imports)."""
        now = timestamp_now()
        for interaction in interactions:
            stamps = {"created_at": interaction.created_at or now, "updated_at": interaction.updated_at or now}
            row = {**self._interaction_row(interaction), **stamps}
            interaction.id = insert_row(self.db, "interactions", row, interaction.id)
            self._link_people(interaction)

    def update_interaction(self, interaction: Interaction) -> Interaction:
        with transaction(self.db):
            row = {**self._interaction_row(interaction), "updated_at": timestamp_now()}
            update_row(self.db, "interactions", row, interaction.id, "interaction")
            self.db.execute("DELETE FROM interaction_people WHERE interaction_id = ?", [interaction.id])
            self._link_people(interaction)
        return self.get_interaction(interaction.id or 0)

    def delete_interaction(self, interaction_id: int) -> None:
        delete_row(self.db, "interactions", interaction_id, "interaction")

    def _interaction_row(self, interaction: Interaction) -> dict:
        return {
            "occurred_on": iso(interaction.occurred_on),
            "kind": InteractionKind(interaction.kind).value,
            "notes": interaction.notes,
            "questions": interaction.questions,
            "learned": interaction.learned,
            "follow_up": iso(interaction.follow_up),
        }

    def _link_people(self, interaction: Interaction) -> None:
        for person_id in sorted(set(interaction.person_ids)):
            insert_row(self.db, "interaction_people", {"interaction_id": interaction.id, "person_id": person_id})

    def get_interaction(self, interaction_id: int) -> Interaction:
        found = self._interactions("WHERE id = ?", [interaction_id])
        if not found:
            raise RecordNotFound("interaction", interaction_id)
        return found[0]

    def interactions(
        self,
        *,
        person_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int | None = None,
    ) -> list[Interaction]:
        """Interactions, newest first."""
        where, params = [], []
        if person_id is not None:
            where.append("id IN (SELECT interaction_id FROM interaction_people WHERE person_id = ?)")
            params.append(person_id)
        if date_from is not None:
            where.append("occurred_on >= ?")
            params.append(iso(date_from))
        if date_to is not None:
            where.append("occurred_on <= ?")
            params.append(iso(date_to))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        if limit is not None:
            clause += f" ORDER BY occurred_on DESC, id DESC LIMIT {int(limit)}"
        return self._interactions(clause, params)

    def _interactions(self, clause: str, params: list) -> list[Interaction]:
        rows = self.db.execute(
            "SELECT id, occurred_on, kind, notes, questions, learned, follow_up, created_at, updated_at FROM"
            f" (SELECT * FROM interactions {clause}) ORDER BY occurred_on DESC, id DESC",
            params,
        ).fetchall()
        if not rows:
            return []
        people: dict[int, list[tuple[int, str]]] = {}
        # One query for everyone in them (the same clause again), not one per few hundred: an export reads
        # a decade of conversations.
        for interaction_id, person_id, name in self.db.execute(
            f"SELECT ip.interaction_id, p.id, p.name FROM (SELECT id FROM interactions {clause}) i"
            " JOIN interaction_people ip ON ip.interaction_id = i.id JOIN people p ON p.id = ip.person_id"
            " ORDER BY p.name COLLATE NOCASE",
            params,
        ).fetchall():
            people.setdefault(interaction_id, []).append((person_id, name))
        return [
            Interaction(
                id=r[0],
                occurred_on=date.fromisoformat(r[1]),
                kind=InteractionKind(r[2]),
                notes=r[3],
                questions=r[4],
                learned=r[5],
                follow_up=to_date(r[6]),
                person_ids=[p for p, _ in people.get(r[0], [])],
                person_names=[n for _, n in people.get(r[0], [])],
                created_at=r[7],
                updated_at=r[8],
            )
            for r in rows
        ]

    # -- opportunities -----------------------------------------------------------
    def add_opportunity(self, opportunity: Opportunity) -> Opportunity:
        now = timestamp_now()
        opportunity.created_at = opportunity.created_at or now
        opportunity.updated_at = opportunity.updated_at or now
        with transaction(self.db):
            opportunity.id = insert_row(self.db, "opportunities", self._opportunity_row(opportunity), opportunity.id)
        return self.get_opportunity(opportunity.id)

    def update_opportunity(self, opportunity: Opportunity) -> Opportunity:
        opportunity.updated_at = timestamp_now()
        with transaction(self.db):
            update_row(self.db, "opportunities", self._opportunity_row(opportunity), opportunity.id, "opportunity")
        return self.get_opportunity(opportunity.id or 0)

    def delete_opportunity(self, opportunity_id: int) -> None:
        delete_row(self.db, "opportunities", opportunity_id, "opportunity")

    def _opportunity_row(self, opportunity: Opportunity) -> dict:
        return {
            "title": opportunity.title,
            "person_id": opportunity.person_id,
            "value": opportunity.value,
            "status": OpportunityStatus(opportunity.status).value,
            "notes": opportunity.notes,
            "private": int(opportunity.private),
            "interaction_id": opportunity.interaction_id,
            "created_at": opportunity.created_at,
            "updated_at": opportunity.updated_at,
        }

    def get_opportunity(self, opportunity_id: int) -> Opportunity:
        found = self._opportunities("WHERE o.id = ?", [opportunity_id])
        if not found:
            raise RecordNotFound("opportunity", opportunity_id)
        return found[0]

    def opportunities(self, *, person_id: int | None = None) -> list[Opportunity]:
        if person_id is None:
            return self._opportunities("", [])
        return self._opportunities("WHERE o.person_id = ?", [person_id])

    def _opportunities(self, where: str, params: list) -> list[Opportunity]:
        order = " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(OpportunityStatus))
        rows = self.db.execute(
            "SELECT o.id, o.title, o.person_id, o.value, o.status, o.notes, coalesce(p.name, ''), o.created_at,"
            " o.updated_at, o.private, o.interaction_id"
            f" FROM opportunities o LEFT JOIN people p ON p.id = o.person_id {where}"
            f" ORDER BY CASE o.status {order} END, o.updated_at DESC, o.id DESC",
            params,
        ).fetchall()
        return [
            Opportunity(
                id=r[0],
                title=r[1],
                person_id=r[2],
                value=r[3],
                status=OpportunityStatus(r[4]),
                notes=r[5],
                person_name=r[6],
                created_at=r[7],
                updated_at=r[8],
                private=bool(r[9]),
                interaction_id=r[10],
            )
            for r in rows
        ]

    # -- advisers ----------------------------------------------------------------
    def add_adviser(self, adviser: Adviser) -> Adviser:
        now = timestamp_now()
        stamps = {"created_at": adviser.created_at or now, "updated_at": adviser.updated_at or now}
        with transaction(self.db):
            row = {**self._adviser_row(adviser), **stamps}
            adviser.id = insert_row(self.db, "advisers", row, adviser.id)
        return self.get_adviser(adviser.id)

    def update_adviser(self, adviser: Adviser) -> Adviser:
        with transaction(self.db):
            row = {**self._adviser_row(adviser), "updated_at": timestamp_now()}
            update_row(self.db, "advisers", row, adviser.id, "adviser")
        return self.get_adviser(adviser.id or 0)

    def delete_adviser(self, adviser_id: int) -> None:
        delete_row(self.db, "advisers", adviser_id, "adviser")

    def _adviser_row(self, adviser: Adviser) -> dict:
        return {
            "person_id": adviser.person_id,
            "role": TeamRole(adviser.role).value,
            "helps_with": adviser.helps_with,
            "cadence_days": adviser.cadence_days,
            "open_asks": adviser.open_asks,
            "notes": adviser.notes,
        }

    def get_adviser(self, adviser_id: int) -> Adviser:
        found = self._advisers("WHERE a.id = ?", [adviser_id])
        if not found:
            raise RecordNotFound("adviser", adviser_id)
        return found[0]

    def advisers(self) -> list[Adviser]:
        return self._advisers("", [])

    def _advisers(self, where: str, params: list) -> list[Adviser]:
        rows = self.db.execute(
            "SELECT a.id, a.person_id, a.role, a.helps_with, a.cadence_days, a.open_asks, a.notes, p.name,"
            " a.created_at, a.updated_at"
            f" FROM advisers a JOIN people p ON p.id = a.person_id {where} ORDER BY a.role, p.name COLLATE NOCASE",
            params,
        ).fetchall()
        return [
            Adviser(
                id=r[0],
                person_id=r[1],
                role=TeamRole(r[2]),
                helps_with=r[3],
                cadence_days=r[4],
                open_asks=r[5],
                notes=r[6],
                person_name=r[7],
                created_at=r[8],
                updated_at=r[9],
            )
            for r in rows
        ]
