"""On this day (the same ISO week in earlier years), the timeline's filters, and the rules of quiet reminders."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from career_journal.domain.coverage import AdviserStatus
from career_journal.domain.enums import RecordKind
from career_journal.domain.followups import FollowUps, GoalDue, PersonDue
from career_journal.domain.records import Goal, Person
from career_journal.domain.reminders import ReminderSettings, in_quiet_hours, reminder_for, should_remind
from career_journal.domain.timeline import TimelineFilter, same_week_years_ago
from career_journal.language import Language


def test_the_same_iso_week_one_two_and_five_years_ago() -> None:
    weeks = same_week_years_ago(date(2026, 11, 23))  # week 48
    assert [(w.years, w.start, w.end) for w in weeks] == [
        (1, date(2025, 11, 24), date(2025, 11, 30)),
        (2, date(2024, 11, 25), date(2024, 12, 1)),
        (5, date(2021, 11, 29), date(2021, 12, 5)),
    ]
    assert [w.label() for w in weeks] == ["1 year ago", "2 years ago", "5 years ago"]
    assert [w.label(Language.SWEDISH) for w in weeks] == ["för 1 år sedan", "för 2 år sedan", "för 5 år sedan"]


def test_week_53_looks_back_at_week_52_in_a_year_without_one() -> None:
    weeks = same_week_years_ago(date(2026, 12, 31))  # 2026 has a week 53; 2025, 2024 and 2021 do not
    assert [w.start for w in weeks] == [date(2025, 12, 22), date(2024, 12, 23), date(2021, 12, 27)]


def test_a_timeline_filter_knows_which_kinds_can_pass_it() -> None:
    assert all(TimelineFilter().shows(kind) for kind in RecordKind)
    assert [k for k in RecordKind if TimelineFilter(tag="x").shows(k)] == [RecordKind.ENTRY]
    assert not TimelineFilter(person_id=1).shows(RecordKind.GOAL)
    assert TimelineFilter(person_id=1).shows(RecordKind.INTERACTION)
    assert {k for k in RecordKind if TimelineFilter(goal_id=1).shows(k)} == {
        RecordKind.ENTRY, RecordKind.GOAL, RecordKind.MILESTONE,
    }  # fmt: skip
    assert not TimelineFilter(kinds=frozenset({RecordKind.PERSON}), goal_id=1).shows(RecordKind.PERSON)


@pytest.mark.parametrize(
    ("now", "quiet"),
    [
        (time(20, 59), False),
        (time(21, 0), True),
        (time(23, 30), True),
        (time(0, 0), True),
        (time(7, 59), True),
        (time(8, 0), False),
        (time(12, 0), False),
    ],
)
def test_quiet_hours_run_past_midnight(now: time, quiet: bool) -> None:
    assert in_quiet_hours(now, time(21, 0), time(8, 0)) is quiet


def test_quiet_hours_within_a_day_and_none_at_all() -> None:
    assert in_quiet_hours(time(13, 30), time(12, 0), time(14, 0))
    assert not in_quiet_hours(time(14, 0), time(12, 0), time(14, 0))
    assert not in_quiet_hours(time(3, 0), time(9, 0), time(9, 0))  # equal ends: no quiet hours


def test_a_reminder_at_most_once_a_day_outside_quiet_hours_when_switched_on() -> None:
    settings = ReminderSettings()
    morning = datetime(2026, 11, 23, 9, 30)
    assert should_remind(morning, None, settings, something_due=True)
    assert should_remind(morning, date(2026, 11, 22), settings, something_due=True)
    assert not should_remind(morning, date(2026, 11, 23), settings, something_due=True)  # already today
    assert not should_remind(datetime(2026, 11, 23, 22, 0), None, settings, something_due=True)  # quiet
    assert not should_remind(morning, None, settings, something_due=False)
    assert not should_remind(morning, None, ReminderSettings(enabled=False), something_due=True)


def test_the_reminder_counts_what_waits_and_names_nobody() -> None:
    marcus = Person("Marcus Obi", id=1)
    due = FollowUps(
        people=[PersonDue(marcus, date(2026, 11, 20)), PersonDue(Person("Helen Tran", id=2), date(2026, 11, 23))],
        advisers=[AdviserStatus(adviser=None, last_check_in=None, next_due=date(2026, 11, 1))],  # type: ignore[arg-type]
        goals=[GoalDue(Goal("Staff engineer"), 24)],
        days_since_reflection=3,
    )
    reminder = reminder_for(due)
    assert reminder is not None
    assert reminder.message == (
        "2 people to get back to, 1 adviser check-in due and 1 goal near its target. Click to open Today."
    )
    assert "Marcus" not in reminder.title + reminder.message and "Staff" not in reminder.message
    assert reminder_for(FollowUps([], [], [], 3)) is None
    only_goals = reminder_for(FollowUps([], [], [GoalDue(Goal("A"), 3), GoalDue(Goal("B"), 9)], None))
    assert only_goals is not None and only_goals.message == "2 goals near their target. Click to open Today."
    swedish = reminder_for(due, Language.SWEDISH)
    assert swedish is not None and swedish.title == "Career Journal: det här väntar på dig idag"
    assert swedish.message == (
        "2 personer att höra av dig till, 1 avstämning med en rådgivare att göra och 1 mål nära sitt måldatum."
        " Klicka för att öppna Idag."
    )
