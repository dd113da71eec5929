"""One dataclass per record kind.

Repositories return these; the command line, the exports and the windows read
them. Names of linked records (``person_name``…) are filled in when read, for
display only; they are never written back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..phrasebook import phrase
from .enums import (
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
from .validation import clean_tags, require_text


@dataclass(slots=True)
class Entry:
    body: str
    entry_date: date
    title: str = ""
    kind: EntryKind = EntryKind.NOTE
    tags: list[str] = field(default_factory=list)
    private: bool = False
    starred: bool = False
    entry_time: str | None = None
    person_ids: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)
    skill_ids: list[int] = field(default_factory=list)
    story: WinStory | None = None  # a win told as a STAR story (empty parts are left out)
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.kind = EntryKind(self.kind)
        if self.story is not None and self.story.empty:
            self.story = None
        self.tags = clean_tags(self.tags)
        self.title = self.title.strip()
        if not self.body.strip() and not self.title:
            raise ValueError(phrase("An entry needs some text."))

    @property
    def display_title(self) -> str:
        """The title, or the first line of the text when there is none."""
        return first_line_title(self.title, self.body)


@dataclass(frozen=True, slots=True)
class WinStory:
    """A win told the STAR way: the situation, the task, the action taken and the result it had.

    Every part is optional Markdown; a promotion packet shows the parts that are written
    and marks a win without a result as needing one.
    """

    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""

    PARTS = ("situation", "task", "action", "result")

    @property
    def empty(self) -> bool:
        return not any(getattr(self, part).strip() for part in self.PARTS)

    @property
    def needs_result(self) -> bool:
        return not self.result.strip()


def first_line_title(title: str, body: str) -> str:
    """The title, or the first line of the text when there is none."""
    if title:
        return title
    stripped = body.strip()
    first = stripped.splitlines()[0].lstrip("#").strip() if stripped else ""
    return first if len(first) <= 80 else first[:79] + "…"


@dataclass(slots=True)
class ExportedEntry:
    """An entry as the Markdown export reads it: one row of one streamed query, with its tags and links.

    ``markdown`` is its text as the export last wrote it, UTF-8 encoded as the file holds it (and ``body``
    then None, left unread), or None when the journal holds no such copy yet for this version of the writer.
    """

    id: int
    day: str  # YYYY-MM-DD
    time: str | None
    title: str  # as typed ('' when none)
    display_title: str  # the title, or the start of the text
    kind: EntryKind
    private: bool
    starred: bool
    tags: list[str]
    person_ids: list[int]
    goal_ids: list[int]
    skill_ids: list[int]
    body: str | None
    markdown: bytes | None


@dataclass(slots=True)
class ExportedConversation:
    """A conversation as the Markdown export reads it: one row of one query, with the names of who took part.

    ``person_names`` are in the order the export lists them (by name, case aside), ``person_ids`` in the same.
    """

    id: int
    day: str  # YYYY-MM-DD
    kind: InteractionKind
    notes: str
    questions: str
    learned: str
    follow_up: str | None  # YYYY-MM-DD
    person_ids: list[int]
    person_names: list[str]


@dataclass(slots=True)
class EntrySummary:
    """What a list row shows of an entry: everything but the full text (lists stay light)."""

    id: int
    entry_date: date
    title: str
    kind: EntryKind
    tags: list[str]
    private: bool
    starred: bool


@dataclass(slots=True)
class Draft:
    """Text typed in an editor but not yet saved, kept so a crash loses at most a moment of it.

    ``key`` names the editor (``entry:new``, ``entry:42``, ``reflection``);
    ``fields`` holds what the editor needs to put the text back in place.
    """

    key: str
    label: str
    fields: dict
    saved_at: str = ""


def entry_draft_key(entry_id: int | None) -> str:
    """The draft of the entry editor (the journal drops it when the entry is deleted)."""
    return f"entry:{entry_id}" if entry_id is not None else "entry:new"


def form_draft_key(kind: str, record_id: int | None) -> str:
    """The draft of a record's dialog (the journal drops it when the record is deleted)."""
    return f"form:{kind}:{record_id if record_id is not None else 'new'}"


# Today's box and its everyday dialogs keep what is typed under these keys.
CAPTURE_DRAFT = "capture"
TEACHING_LINE_DRAFT = form_draft_key("teaching record", None)  # "a new teaching record" among the drafts
CONVERSATION_DRAFT = form_draft_key("conversation", None)


@dataclass(slots=True)
class Milestone:
    text: str
    goal_id: int | None = None
    done_on: date | None = None
    position: int = 0
    id: int | None = None

    def __post_init__(self) -> None:
        self.text = require_text(self.text, "A milestone")

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(slots=True)
class Goal:
    title: str
    direction: GoalDirection = GoalDirection.UP
    status: GoalStatus = GoalStatus.ACTIVE
    why: str = ""
    target_date: date | None = None
    milestones: list[Milestone] = field(default_factory=list)
    private: bool | None = None  # None: the default for its direction (an exit plan starts private)
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.title = require_text(self.title, "A goal")
        self.direction = GoalDirection(self.direction)
        self.status = GoalStatus(self.status)
        if self.private is None:
            self.private = self.direction is GoalDirection.EXIT

    @property
    def progress(self) -> float | None:
        """Share of milestones done, or None when the goal has none."""
        if not self.milestones:
            return None
        return sum(m.done for m in self.milestones) / len(self.milestones)


@dataclass(slots=True)
class GoalChange:
    """One change to a goal's plan, kept so the plan's history can be read."""

    goal_id: int
    changed_at: str
    field_name: str
    old_value: str
    new_value: str


@dataclass(slots=True)
class Skill:
    name: str
    criticality: Criticality = Criticality.NORMAL
    documented: str = ""
    description: str = ""
    is_responsibility: bool = False
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.name = require_text(self.name, "A skill")
        self.criticality = Criticality(self.criticality)


@dataclass(slots=True)
class Teaching:
    skill_id: int
    person_id: int
    taught_on: date
    method: TeachingMethod = TeachingMethod.PAIRING
    level: LearnerLevel = LearnerLevel.AWARE
    notes: str = ""
    id: int | None = None
    skill_name: str = ""
    person_name: str = ""
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.method = TeachingMethod(self.method)
        self.level = LearnerLevel(self.level)


@dataclass(slots=True)
class Handover:
    title: str
    person_id: int
    status: HandoverStatus = HandoverStatus.PLANNED
    skill_id: int | None = None
    started_on: date | None = None
    completed_on: date | None = None
    notes: str = ""
    id: int | None = None
    person_name: str = ""
    skill_name: str = ""
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.title = require_text(self.title, "A handover")
        self.status = HandoverStatus(self.status)


@dataclass(slots=True)
class Person:
    name: str
    org: str = ""
    role: str = ""
    relationship: Relationship | None = None
    how_met: str = ""
    needs: str = ""
    email: str = ""
    phone: str = ""
    follow_up: date | None = None
    notes: str = ""
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    last_contact: date | None = None

    def __post_init__(self) -> None:
        self.name = require_text(self.name, "A person")
        if self.relationship is not None:
            self.relationship = Relationship(self.relationship)


@dataclass(slots=True)
class Interaction:
    occurred_on: date
    notes: str
    person_ids: list[int]
    kind: InteractionKind = InteractionKind.MEETING
    questions: str = ""
    learned: str = ""
    follow_up: date | None = None
    id: int | None = None
    person_names: list[str] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.kind = InteractionKind(self.kind)


@dataclass(slots=True)
class Opportunity:
    title: str
    person_id: int | None = None
    value: str = ""
    status: OpportunityStatus = OpportunityStatus.SPOTTED
    notes: str = ""
    private: bool = False
    interaction_id: int | None = None  # the conversation it came from
    id: int | None = None
    person_name: str = ""
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.title = require_text(self.title, "An opportunity")
        self.status = OpportunityStatus(self.status)


@dataclass(slots=True)
class Adviser:
    person_id: int
    role: TeamRole
    helps_with: str = ""
    cadence_days: int | None = None
    open_asks: str = ""
    notes: str = ""
    id: int | None = None
    person_name: str = ""
    created_at: str = ""
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.role = TeamRole(self.role)
        if self.cadence_days is not None and self.cadence_days <= 0:
            raise ValueError(phrase("A check-in cadence is a number of days above zero."))
