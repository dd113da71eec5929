"""Reading a JSON export into domain records, checked before anything is written (see ``json_io``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..domain.enums import (
    Criticality,
    EntryKind,
    GoalDirection,
    GoalStatus,
    HandoverStatus,
    InteractionKind,
    LearnerLevel,
    OpportunityStatus,
    Relationship,
    TeachingMethod,
    TeamRole,
)
from ..domain.records import (
    Adviser,
    Entry,
    Goal,
    GoalChange,
    Handover,
    Interaction,
    Milestone,
    Opportunity,
    Person,
    Skill,
    Teaching,
    WinStory,
)
from .json_files import ImportedFile, read_file
from .reading import Fields, Problem, records, rejected

R = TypeVar("R")


@dataclass
class Plan:
    people: list[Person]
    skills: list[Skill]
    goals: list[Goal]
    history: list[GoalChange]
    entries: list[Entry]
    teachings: list[Teaching]
    handovers: list[Handover]
    interactions: list[Interaction]
    opportunities: list[Opportunity]
    advisers: list[Adviser]
    files: list[ImportedFile]


class Reader:
    """Turns the document into domain records, or raises ImportRejected naming the record."""

    def __init__(self, document: dict, text: str) -> None:
        self.document = document
        self.text = text
        self.ids: dict[str, set[int]] = {}

    def read(self) -> Plan:
        people = self.each("people", self.person)
        skills = self.each("skills", self.skill)
        self.unique_names(skills)
        goals = self.each("goals", self.goal)
        return Plan(
            people=people,
            skills=skills,
            goals=goals,
            history=self.each("goal_history", self.change),
            entries=self.each("entries", self.entry),
            teachings=self.each("teachings", self.teaching),
            handovers=self.each("handovers", self.handover),
            interactions=self.each("interactions", self.interaction),
            opportunities=self.each("opportunities", self.opportunity),
            advisers=self.unique_roles(self.each("advisers", self.adviser)),
            files=self.each("attachments", self.file),
        )

    def each(self, key: str, read: Callable[[Fields], R]) -> list[R]:
        seen = self.ids.setdefault(key, set())
        found = []
        for index, raw in enumerate(records(self.document, key, self.text)):
            try:
                record = read(Fields(raw))
                record_id = getattr(record, "id", None)
                if record_id is not None:
                    if record_id in seen:
                        raise Problem(f"'id' {record_id} is used by an earlier record in {key}")
                    seen.add(record_id)
            except Problem as exc:
                raise rejected(self.text, (key, index, *exc.inner), str(exc)) from None
            except ValueError as exc:  # the records' own checks ("An entry needs some text.")
                raise rejected(self.text, (key, index), str(exc).rstrip(".")) from None
            found.append(record)
        return found

    def ref(self, fields: Fields, key: str, kind: str, noun: str, *, required: bool = True) -> int | None:
        value = fields.ident(key, required=required)
        if value is not None and value not in self.ids.get(kind, ()):
            raise Problem(f"'{key}' refers to {noun} {value}, which is not in the file")
        return value

    def refs(self, fields: Fields, key: str, kind: str, noun: str) -> list[int]:
        values = fields.idents(key)
        for value in values:
            if value not in self.ids.get(kind, ()):
                raise Problem(f"'{key}' refers to {noun} {value}, which is not in the file")
        return values

    def unique_names(self, skills: list[Skill]) -> None:
        seen: set[str] = set()
        for index, skill in enumerate(skills):
            if skill.name.casefold() in seen:
                raise rejected(self.text, ("skills", index), f"a skill named '{skill.name}' is already in the file")
            seen.add(skill.name.casefold())

    def unique_roles(self, advisers: list[Adviser]) -> list[Adviser]:
        seen: set[tuple[int, TeamRole]] = set()
        for index, adviser in enumerate(advisers):
            if (adviser.person_id, adviser.role) in seen:
                raise rejected(self.text, ("advisers", index), "that person already has that role in the file")
            seen.add((adviser.person_id, adviser.role))
        return advisers

    # -- one reader per kind -----------------------------------------------------
    def person(self, f: Fields) -> Person:
        return Person(
            id=f.ident("id", required=False),
            name=f.text("name", required=True),
            org=f.text("org"),
            role=f.text("role"),
            relationship=f.optional_choice("relationship", Relationship),
            how_met=f.text("how_met"),
            needs=f.text("needs"),
            email=f.text("email"),
            phone=f.text("phone"),
            follow_up=f.day("follow_up"),
            notes=f.text("notes"),
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def skill(self, f: Fields) -> Skill:
        return Skill(
            id=f.ident("id", required=False),
            name=f.text("name", required=True),
            description=f.text("description"),
            criticality=f.choice("criticality", Criticality, Criticality.NORMAL),
            documented=f.text("documented"),
            is_responsibility=f.flag("is_responsibility"),
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def goal(self, f: Fields) -> Goal:
        milestones = []
        for index, raw in enumerate(f.raw.get("milestones") or []):
            try:
                m = Fields(raw)
                milestones.append(
                    Milestone(
                        id=m.ident("id", required=False),
                        text=m.text("text", required=True),
                        done_on=m.day("done_on"),
                        position=m.whole("position"),
                    )
                )
            except ValueError as exc:
                raise Problem(str(exc).rstrip("."), ("milestones", index)) from None
        return Goal(
            id=f.ident("id", required=False),
            title=f.text("title", required=True),
            direction=f.choice("direction", GoalDirection, GoalDirection.UP),
            status=f.choice("status", GoalStatus, GoalStatus.ACTIVE),
            target_date=f.day("target_date"),
            private=f.optional_flag("private"),  # a file without it: an exit plan is private, as here
            why=f.text("why"),
            milestones=milestones,
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def change(self, f: Fields) -> GoalChange:
        return GoalChange(
            goal_id=self.ref(f, "goal_id", "goals", "goal") or 0,
            changed_at=f.stamp("changed_at") or f.text("changed_at", required=True),
            field_name=f.text("field", required=True),
            old_value=f.text("old_value"),
            new_value=f.text("new_value"),
        )

    def entry(self, f: Fields) -> Entry:
        return Entry(
            id=f.ident("id", required=False),
            entry_date=f.required_day("date"),
            entry_time=f.time("time"),
            kind=f.choice("kind", EntryKind, EntryKind.NOTE),
            title=f.text("title"),
            body=f.text("body"),
            tags=f.texts("tags"),
            private=f.flag("private"),
            starred=f.flag("starred"),
            person_ids=self.refs(f, "person_ids", "people", "person"),
            goal_ids=self.refs(f, "goal_ids", "goals", "goal"),
            skill_ids=self.refs(f, "skill_ids", "skills", "skill"),
            story=_story(f),
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def teaching(self, f: Fields) -> Teaching:
        return Teaching(
            id=f.ident("id", required=False),
            skill_id=self.ref(f, "skill_id", "skills", "skill") or 0,
            person_id=self.ref(f, "person_id", "people", "person") or 0,
            taught_on=f.required_day("taught_on"),
            method=f.choice("method", TeachingMethod, TeachingMethod.OTHER),
            level=f.choice("level", LearnerLevel, LearnerLevel.AWARE),
            notes=f.text("notes"),
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def handover(self, f: Fields) -> Handover:
        return Handover(
            id=f.ident("id", required=False),
            title=f.text("title", required=True),
            person_id=self.ref(f, "person_id", "people", "person") or 0,
            skill_id=self.ref(f, "skill_id", "skills", "skill", required=False),
            status=f.choice("status", HandoverStatus, HandoverStatus.PLANNED),
            started_on=f.day("started_on"),
            completed_on=f.day("completed_on"),
            notes=f.text("notes"),
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def interaction(self, f: Fields) -> Interaction:
        people = self.refs(f, "person_ids", "people", "person")
        if not people:
            raise Problem("'person_ids' is empty; an interaction needs at least one person")
        return Interaction(
            id=f.ident("id", required=False),
            occurred_on=f.required_day("occurred_on"),
            kind=f.choice("kind", InteractionKind, InteractionKind.MEETING),
            person_ids=people,
            notes=f.text("notes"),
            questions=f.text("questions"),
            learned=f.text("learned"),
            follow_up=f.day("follow_up"),
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def opportunity(self, f: Fields) -> Opportunity:
        return Opportunity(
            id=f.ident("id", required=False),
            title=f.text("title", required=True),
            person_id=self.ref(f, "person_id", "people", "person", required=False),
            value=f.text("value"),
            status=f.choice("status", OpportunityStatus, OpportunityStatus.SPOTTED),
            notes=f.text("notes"),
            private=f.flag("private"),
            interaction_id=self.ref(f, "interaction_id", "interactions", "conversation", required=False),
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def adviser(self, f: Fields) -> Adviser:
        return Adviser(
            id=f.ident("id", required=False),
            person_id=self.ref(f, "person_id", "people", "person") or 0,
            role=f.choice("role", TeamRole),
            helps_with=f.text("helps_with"),
            cadence_days=f.ident("cadence_days", required=False),
            open_asks=f.text("open_asks"),
            notes=f.text("notes"),
            created_at=f.stamp("created_at"),
            updated_at=f.stamp("updated_at"),
        )

    def file(self, f: Fields) -> ImportedFile:
        entry_id = self.ref(f, "entry_id", "entries", "entry", required=False)
        goal_id = self.ref(f, "goal_id", "goals", "goal", required=False)
        return read_file(f, entry_id, goal_id)


def _story(f: Fields) -> WinStory | None:
    """A win's STAR story ("story": {"situation": …, "task": …, "action": …, "result": …}), if the file has one."""
    if f.raw.get("story") is None:
        return None
    try:
        parts = Fields(f.raw["story"])
    except Problem as exc:
        raise Problem(f"'story' {exc}") from None
    return WinStory(*(parts.text(part) for part in WinStory.PARTS))
