"""Goals, their milestones and the history of how the plan changed."""

from __future__ import annotations

from datetime import date

from ..domain.enums import GoalDirection, GoalStatus
from ..domain.errors import InvalidInput, RecordNotFound
from ..domain.records import Goal, GoalChange, Milestone
from ..domain.validation import timestamp_now
from .convert import iso, placeholders, to_date
from .crud import delete_row, insert_row, integrity_message, update_row
from .database import forget_deleted, transaction
from .db import Db
from .drivers import IntegrityError
from .resolve import resolve_id

_ORDER = (
    "CASE status WHEN 'active' THEN 0 WHEN 'idea' THEN 1 WHEN 'achieved' THEN 2 ELSE 3 END,"
    " target_date IS NULL, target_date, id"
)


class GoalRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    def add(self, goal: Goal) -> Goal:
        now = timestamp_now()
        goal.created_at = goal.created_at or now
        goal.updated_at = goal.updated_at or now
        with transaction(self.db):
            goal.id = insert_row(self.db, "goals", self._row(goal), goal.id)
            for position, milestone in enumerate(goal.milestones):
                milestone.goal_id = goal.id
                milestone.position = milestone.position or position
                self._insert_milestone(milestone)
        return goal

    def update(self, goal: Goal) -> Goal:
        """Save the goal's own fields; milestones are saved one by one."""
        goal.updated_at = timestamp_now()
        with transaction(self.db):
            update_row(self.db, "goals", self._row(goal), goal.id, "goal")
        return goal

    def delete(self, goal_id: int) -> None:
        delete_row(self.db, "goals", goal_id, "goal")

    def _row(self, goal: Goal) -> dict:
        return {
            "title": goal.title,
            "why": goal.why,
            "direction": GoalDirection(goal.direction).value,
            "status": GoalStatus(goal.status).value,
            "target_date": iso(goal.target_date),
            "private": int(bool(goal.private)),
            "created_at": goal.created_at,
            "updated_at": goal.updated_at,
        }

    # -- milestones ----------------------------------------------------------
    def add_milestone(self, goal_id: int, text: str, done_on: date | None = None) -> Milestone:
        with transaction(self.db):
            self.get(goal_id)
            position = self.db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM milestones WHERE goal_id = ?", [goal_id]
            ).fetchone()[0]
            milestone = Milestone(text=text, goal_id=goal_id, done_on=done_on, position=position)
            self._insert_milestone(milestone)
            self._touch(goal_id)
        return milestone

    def _insert_milestone(self, milestone: Milestone) -> None:
        row = {
            "goal_id": milestone.goal_id,
            "text": milestone.text,
            "done_on": iso(milestone.done_on),
            "position": milestone.position,
        }
        milestone.id = insert_row(self.db, "milestones", row, milestone.id)

    def update_milestone(self, milestone: Milestone) -> Milestone:
        with transaction(self.db):
            row = {"text": milestone.text, "done_on": iso(milestone.done_on), "position": milestone.position}
            update_row(self.db, "milestones", row, milestone.id, "milestone")
            self._touch(milestone.goal_id)
        return milestone

    def delete_milestone(self, milestone_id: int) -> None:
        with transaction(self.db):
            row = self.db.execute("SELECT goal_id FROM milestones WHERE id = ?", [milestone_id]).fetchone()
            if row is None:
                raise RecordNotFound("milestone", milestone_id)
            self.db.execute("DELETE FROM milestones WHERE id = ?", [milestone_id])
            self._touch(row[0])
        forget_deleted(self.db)

    def _touch(self, goal_id: int | None) -> None:
        self.db.execute("UPDATE goals SET updated_at = ? WHERE id = ?", [timestamp_now(), goal_id])

    # -- reading -------------------------------------------------------------
    def get(self, goal_id: int) -> Goal:
        goals = self._load("WHERE id = ?", [goal_id])
        if not goals:
            raise RecordNotFound("goal", goal_id)
        return goals[0]

    def list(self, *, status: GoalStatus | None = None) -> list[Goal]:
        """Active goals first, then ideas, achieved and dropped; each by target date."""
        if status is None:
            return self._load("", [])
        return self._load("WHERE status = ?", [status.value])

    def resolve(self, ref: str | int) -> Goal:
        return self.get(resolve_id(self.db, "goals", "title", ref, "goal"))

    def history(self, goal_id: int) -> list[GoalChange]:
        rows = self.db.execute(
            "SELECT goal_id, changed_at, field, old_value, new_value FROM goal_changes WHERE goal_id = ? ORDER BY id",
            [goal_id],
        ).fetchall()
        return [GoalChange(r[0], r[1], r[2], r[3] or "", r[4] or "") for r in rows]

    def all_history(self) -> list[GoalChange]:
        rows = self.db.execute(
            "SELECT goal_id, changed_at, field, old_value, new_value FROM goal_changes ORDER BY id"
        ).fetchall()
        return [GoalChange(r[0], r[1], r[2], r[3] or "", r[4] or "") for r in rows]

    def add_history(self, changes: list[GoalChange]) -> None:
        """Insert plan changes as they are, inside the caller's transaction (imports)."""
        try:
            self.db.conn.executemany(
                "INSERT INTO goal_changes (goal_id, changed_at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)",
                [(c.goal_id, c.changed_at, c.field_name, c.old_value, c.new_value) for c in changes],
            )
        except IntegrityError as exc:
            raise InvalidInput(integrity_message("goal_changes", exc)) from None

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM goals").fetchone()[0]

    def _load(self, where: str, params: list) -> list[Goal]:
        rows = self.db.execute(
            f"SELECT id, title, why, direction, status, target_date, created_at, updated_at, private FROM goals {where}"
            f" ORDER BY {_ORDER}",
            params,
        ).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        milestones: dict[int, list[Milestone]] = {}
        for m in self.db.execute(
            f"SELECT id, goal_id, text, done_on, position FROM milestones WHERE goal_id IN ({placeholders(ids)})"
            " ORDER BY position, id",
            ids,
        ).fetchall():
            milestones.setdefault(m[1], []).append(
                Milestone(id=m[0], goal_id=m[1], text=m[2], done_on=to_date(m[3]), position=m[4])
            )
        return [
            Goal(
                id=r[0],
                title=r[1],
                why=r[2],
                direction=GoalDirection(r[3]),
                status=GoalStatus(r[4]),
                target_date=to_date(r[5]),
                created_at=r[6],
                updated_at=r[7],
                milestones=milestones.get(r[0], []),
                private=bool(r[8]),
            )
            for r in rows
        ]
