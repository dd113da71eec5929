"""Skills and responsibilities, who was taught them, and duties handed over."""

from __future__ import annotations

from datetime import date

from ..domain.coverage import Learner
from ..domain.enums import Criticality, HandoverStatus, LearnerLevel, TeachingMethod
from ..domain.errors import InvalidInput, RecordNotFound
from ..domain.records import Handover, Skill, Teaching
from ..domain.validation import timestamp_now
from .convert import iso, to_date, trusted
from .crud import already_a_skill, delete_row, insert_row, update_row
from .database import transaction
from .db import Db
from .resolve import resolve_id

_TEACHING_SELECT = (
    "SELECT t.id, t.skill_id, t.person_id, t.taught_on, t.method, t.level, t.notes, s.name, p.name,"
    " t.created_at, t.updated_at"
    " FROM teachings t JOIN skills s ON s.id = t.skill_id JOIN people p ON p.id = t.person_id"
)
_HANDOVER_SELECT = (
    "SELECT h.id, h.title, h.person_id, h.skill_id, h.status, h.started_on, h.completed_on, h.notes,"
    " p.name, coalesce(s.name, ''), h.created_at, h.updated_at FROM handovers h JOIN people p ON p.id = h.person_id"
    " LEFT JOIN skills s ON s.id = h.skill_id"
)


class SkillRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    # -- skills ----------------------------------------------------------------
    def add(self, skill: Skill) -> Skill:
        now = timestamp_now()
        skill.created_at = skill.created_at or now
        skill.updated_at = skill.updated_at or now
        with transaction(self.db):
            self._check_unique_name(skill)
            skill.id = insert_row(self.db, "skills", {**self._row(skill), "updated_at": skill.updated_at}, skill.id)
        return skill

    def update(self, skill: Skill) -> Skill:
        with transaction(self.db):
            self._check_unique_name(skill)
            update_row(self.db, "skills", {**self._row(skill), "updated_at": timestamp_now()}, skill.id, "skill")
        return skill

    def delete(self, skill_id: int) -> None:
        delete_row(self.db, "skills", skill_id, "skill")

    def _check_unique_name(self, skill: Skill) -> None:
        """The column's NOCASE folds ASCII only; 'Übersetzung' and 'übersetzung' are one skill too."""
        wanted = skill.name.casefold()
        for skill_id, name in self.db.execute("SELECT id, name FROM skills").fetchall():
            if skill_id != skill.id and name.casefold() == wanted:
                raise InvalidInput(already_a_skill())

    def _row(self, skill: Skill) -> dict:
        return {
            "name": skill.name,
            "description": skill.description,
            "criticality": int(skill.criticality),
            "documented": skill.documented,
            "is_responsibility": int(skill.is_responsibility),
            "created_at": skill.created_at,
        }

    def get(self, skill_id: int) -> Skill:
        skills = self._load("WHERE id = ?", [skill_id])
        if not skills:
            raise RecordNotFound("skill", skill_id)
        return skills[0]

    def list(self) -> list[Skill]:
        return self._load("", [])

    def resolve(self, ref: str | int) -> Skill:
        return self.get(resolve_id(self.db, "skills", "name", ref, "skill"))

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM skills").fetchone()[0]

    def _load(self, where: str, params: list) -> list[Skill]:
        rows = self.db.execute(
            "SELECT id, name, description, criticality, documented, is_responsibility, created_at, updated_at"
            " FROM skills"
            f" {where} ORDER BY criticality DESC, name COLLATE NOCASE",
            params,
        ).fetchall()
        criticalities = {c.value: c for c in Criticality}
        # Rows the journal wrote itself: no need to check them again (Today reads every skill and teaching).
        return [
            trusted(
                Skill,
                id=r[0],
                name=r[1],
                description=r[2],
                criticality=criticalities[r[3]],
                documented=r[4],
                is_responsibility=bool(r[5]),
                created_at=r[6],
                updated_at=r[7],
            )
            for r in rows
        ]

    # -- teaching records ------------------------------------------------------
    def add_teaching(self, teaching: Teaching) -> Teaching:
        now = timestamp_now()
        stamps = {"created_at": teaching.created_at or now, "updated_at": teaching.updated_at or now}
        with transaction(self.db):
            teaching.id = insert_row(self.db, "teachings", {**self._teaching_row(teaching), **stamps}, teaching.id)
        return self.get_teaching(teaching.id)

    def update_teaching(self, teaching: Teaching) -> Teaching:
        with transaction(self.db):
            row = {**self._teaching_row(teaching), "updated_at": timestamp_now()}
            update_row(self.db, "teachings", row, teaching.id, "teaching record")
        return self.get_teaching(teaching.id or 0)

    def delete_teaching(self, teaching_id: int) -> None:
        delete_row(self.db, "teachings", teaching_id, "teaching record")

    def _teaching_row(self, teaching: Teaching) -> dict:
        return {
            "skill_id": teaching.skill_id,
            "person_id": teaching.person_id,
            "taught_on": iso(teaching.taught_on),
            "method": TeachingMethod(teaching.method).value,
            "level": int(teaching.level),
            "notes": teaching.notes,
        }

    def get_teaching(self, teaching_id: int) -> Teaching:
        rows = self._teachings("WHERE t.id = ?", [teaching_id])
        if not rows:
            raise RecordNotFound("teaching record", teaching_id)
        return rows[0]

    def teachings(self, *, skill_id: int | None = None, person_id: int | None = None) -> list[Teaching]:
        """Teaching records, newest first."""
        where, params = [], []
        if skill_id is not None:
            where.append("t.skill_id = ?")
            params.append(skill_id)
        if person_id is not None:
            where.append("t.person_id = ?")
            params.append(person_id)
        return self._teachings(f"WHERE {' AND '.join(where)}" if where else "", params)

    def learners(self) -> dict[int, list[Learner]]:
        """For each skill (by id), everyone taught it: the best level they reached and when they were last taught.

        One row per skill and person, added up by SQLite: the coverage of a decade of teaching without
        reading every record (Today shows it at start).
        """
        rows = self.db.execute(
            "SELECT t.skill_id, t.person_id, p.name, max(t.level), max(t.taught_on)"
            " FROM teachings t JOIN people p ON p.id = t.person_id GROUP BY t.skill_id, t.person_id"
        )
        levels = {level.value: level for level in LearnerLevel}
        found: dict[int, list[Learner]] = {}
        for skill_id, person_id, name, level, taught_on in rows.fetchall():
            found.setdefault(skill_id, []).append(
                Learner(person_id, name, levels[level], date.fromisoformat(taught_on))
            )
        return found

    def _teachings(self, where: str, params: list) -> list[Teaching]:
        rows = self.db.execute(f"{_TEACHING_SELECT} {where} ORDER BY t.taught_on DESC, t.id DESC", params)
        methods = {m.value: m for m in TeachingMethod}
        levels = {level.value: level for level in LearnerLevel}
        return [
            trusted(
                Teaching,
                id=r[0],
                skill_id=r[1],
                person_id=r[2],
                taught_on=date.fromisoformat(r[3]),
                method=methods[r[4]],
                level=levels[r[5]],
                notes=r[6],
                skill_name=r[7],
                person_name=r[8],
                created_at=r[9],
                updated_at=r[10],
            )
            for r in rows.fetchall()
        ]

    # -- handovers -------------------------------------------------------------
    def add_handover(self, handover: Handover) -> Handover:
        now = timestamp_now()
        stamps = {"created_at": handover.created_at or now, "updated_at": handover.updated_at or now}
        with transaction(self.db):
            row = {**self._handover_row(handover), **stamps}
            handover.id = insert_row(self.db, "handovers", row, handover.id)
        return self.get_handover(handover.id)

    def update_handover(self, handover: Handover) -> Handover:
        with transaction(self.db):
            row = {**self._handover_row(handover), "updated_at": timestamp_now()}
            update_row(self.db, "handovers", row, handover.id, "handover")
        return self.get_handover(handover.id or 0)

    def delete_handover(self, handover_id: int) -> None:
        delete_row(self.db, "handovers", handover_id, "handover")

    def _handover_row(self, handover: Handover) -> dict:
        completed = handover.completed_on
        if HandoverStatus(handover.status) is HandoverStatus.HANDED_OVER and completed is None:
            completed = date.today()
        return {
            "title": handover.title,
            "person_id": handover.person_id,
            "skill_id": handover.skill_id,
            "status": HandoverStatus(handover.status).value,
            "started_on": iso(handover.started_on),
            "completed_on": iso(completed),
            "notes": handover.notes,
        }

    def get_handover(self, handover_id: int) -> Handover:
        rows = self._handovers("WHERE h.id = ?", [handover_id])
        if not rows:
            raise RecordNotFound("handover", handover_id)
        return rows[0]

    def handovers(self) -> list[Handover]:
        return self._handovers("", [])

    def _handovers(self, where: str, params: list) -> list[Handover]:
        rows = self.db.execute(
            f"{_HANDOVER_SELECT} {where} ORDER BY CASE h.status WHEN 'in-transition' THEN 0 WHEN 'planned' THEN 1"
            " ELSE 2 END, h.id DESC",
            params,
        )
        return [
            Handover(
                id=r[0],
                title=r[1],
                person_id=r[2],
                skill_id=r[3],
                status=HandoverStatus(r[4]),
                started_on=to_date(r[5]),
                completed_on=to_date(r[6]),
                notes=r[7],
                person_name=r[8],
                skill_name=r[9],
                created_at=r[10],
                updated_at=r[11],
            )
            for r in rows.fetchall()
        ]
