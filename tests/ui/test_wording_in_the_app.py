"""The app says "1 day", not "1 days": its counts come from the same wording as the command line's."""

from __future__ import annotations

from datetime import date, timedelta

from career_journal.domain.coverage import AdviserStatus
from career_journal.domain.enums import TeamRole
from career_journal.domain.records import Adviser, Goal
from career_journal.ui.models.goals import days_left_text
from career_journal.ui.models.people import relative_day
from career_journal.ui.pages.team.page import adviser_columns

TODAY = date(2026, 12, 9)


def test_a_goal_due_tomorrow_has_one_day_left() -> None:
    assert days_left_text(Goal(title="Ship", target_date=TODAY + timedelta(days=1)), TODAY) == "1 day left"
    assert days_left_text(Goal(title="Ship", target_date=TODAY + timedelta(days=2)), TODAY) == "2 days left"
    passed = Goal(title="Ship", target_date=TODAY - timedelta(days=2))
    assert days_left_text(passed, TODAY) == "target passed 2 days ago"


def test_an_adviser_one_day_late_is_one_day_overdue(qapp) -> None:  # type: ignore[no-untyped-def]
    next_due = next(c for c in adviser_columns(lambda: TODAY) if c.title == "Next due")
    late = AdviserStatus(Adviser(person_id=1, role=TeamRole.MENTOR, cadence_days=7), None, TODAY - timedelta(days=1))
    assert next_due.text(late) == f"{(TODAY - timedelta(days=1)).isoformat()} · 1 day overdue"


def test_a_day_in_a_fortnight_reads_in_days() -> None:
    assert relative_day(TODAY + timedelta(days=14), TODAY) == "in 14 days"
    assert relative_day(TODAY - timedelta(days=1), TODAY) == "yesterday"
