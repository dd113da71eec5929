"""What the promotion packet groups under each goal: pure functions over records.

Teaching records, handovers and opportunities have no goal of their own; they
belong to a goal when an entry linked to that goal is linked to their skill
(teaching, handovers) or their person (opportunities). Each record goes under
the first goal it belongs to, so the packet names it once; what belongs to no
goal shown goes under ``None``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .enums import EntryKind, OpportunityStatus
from .records import Entry, Goal, Handover, Opportunity, Teaching

CHAMPIONED = (OpportunityStatus.CHAMPIONING, OpportunityStatus.ADOPTED)


@dataclass(slots=True)
class GoalEvidence:
    """One goal's part of the packet (``goal`` None: what belongs to no goal shown)."""

    goal: Goal | None
    wins: list[Entry] = field(default_factory=list)
    teaching: list[Teaching] = field(default_factory=list)
    handovers: list[Handover] = field(default_factory=list)
    opportunities: list[Opportunity] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.wins or self.teaching or self.handovers or self.opportunities)


@dataclass(slots=True)
class GoalLinks:
    """What the period's entries linked to one goal also link: their skills and their people."""

    skill_ids: set[int] = field(default_factory=set)
    person_ids: set[int] = field(default_factory=set)


def group_by_goal(
    goals: list[Goal],
    wins: Iterable[Entry],
    links: dict[int, GoalLinks],
    teaching: list[Teaching],
    handovers: list[Handover],
    opportunities: list[Opportunity],
) -> list[GoalEvidence]:
    """The evidence of each goal, in the goals' order, then what belongs to none of them (empty groups dropped).

    ``links`` (by goal id) come from the period's entries, wins or not; they decide where the rest goes.
    """
    groups = {goal.id: GoalEvidence(goal) for goal in goals}
    rest = GoalEvidence(None)
    skills_of = {goal.id: links.get(goal.id or 0, GoalLinks()).skill_ids for goal in goals}
    people_of = {goal.id: links.get(goal.id or 0, GoalLinks()).person_ids for goal in goals}

    def home(linked: set[int | None] | list[int], key: int | None, by: dict[int | None, set[int]]) -> GoalEvidence:
        for goal in goals:
            if goal.id in linked or (key is not None and key in by[goal.id]):
                return groups[goal.id]
        return rest

    for win in wins:
        if win.kind is EntryKind.WIN:
            home(win.goal_ids, None, skills_of).wins.append(win)
    for record in teaching:
        home([], record.skill_id, skills_of).teaching.append(record)
    for handover in handovers:
        home([], handover.skill_id, skills_of).handovers.append(handover)
    for opportunity in opportunities:
        if opportunity.status in CHAMPIONED:
            home([], opportunity.person_id, people_of).opportunities.append(opportunity)
    return [group for group in [*groups.values(), rest] if not group.empty]
