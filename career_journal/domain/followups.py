"""Follow-ups due: people to get back to, advisers not seen within their cadence, goals near their
target date, and days since the last reflection. Where the app and the CLI compute what is due today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .coverage import AdviserStatus, adviser_status
from .enums import GoalStatus
from .records import Adviser, Goal, Person

GOAL_HORIZON_DAYS = 30  # a goal whose target date is this close shows up as due


@dataclass(slots=True)
class PersonDue:
    person: Person
    due_on: date

    def overdue_days(self, today: date) -> int:
        return (today - self.due_on).days


@dataclass(slots=True)
class GoalDue:
    goal: Goal
    days_left: int


@dataclass(slots=True)
class FollowUps:
    people: list[PersonDue]
    advisers: list[AdviserStatus]
    goals: list[GoalDue]
    days_since_reflection: int | None

    @property
    def count(self) -> int:
        return len(self.people) + len(self.advisers) + len(self.goals)


def follow_ups_due(
    people: list[Person],
    advisers: list[Adviser],
    last_contact: dict[int, date],
    goals: list[Goal],
    last_reflection: date | None,
    today: date,
) -> FollowUps:
    """Everything that asks for attention today."""
    people_due = sorted(
        (PersonDue(p, p.follow_up) for p in people if p.follow_up is not None and p.follow_up <= today),
        key=lambda d: (d.due_on, d.person.name.lower()),
    )
    advisers_due = sorted(
        (
            status
            for status in (adviser_status(a, last_contact.get(a.person_id), today) for a in advisers)
            if status.next_due is not None and status.next_due <= today
        ),
        key=lambda s: (s.next_due, s.adviser.person_name.lower()),
    )
    horizon = today + timedelta(days=GOAL_HORIZON_DAYS)
    goals_due = sorted(
        (
            GoalDue(g, (g.target_date - today).days)
            for g in goals
            if g.target_date is not None
            and g.status in (GoalStatus.IDEA, GoalStatus.ACTIVE)
            and g.target_date <= horizon
        ),
        key=lambda d: (d.days_left, d.goal.title.lower()),
    )
    since = None if last_reflection is None else (today - last_reflection).days
    return FollowUps(people_due, advisers_due, goals_due, since)
