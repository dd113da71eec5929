"""Goals, milestones, progress, and the history of how the plan changed."""

from __future__ import annotations

from datetime import date

import pytest

from career_journal.domain.enums import GoalDirection, GoalStatus
from career_journal.domain.errors import InvalidInput, RecordNotFound
from career_journal.domain.queries import EntryFilter
from career_journal.domain.records import Entry, Goal, Milestone
from career_journal.storage.journal import Journal


def test_a_goal_comes_back_with_its_milestones_in_order(journal: Journal) -> None:
    saved = journal.goals.add(
        Goal(
            title=" Staff engineer ",
            direction=GoalDirection.UP,
            status=GoalStatus.ACTIVE,
            why="Lead the roadmap",
            target_date=date(2026, 12, 1),
            milestones=[Milestone("Write the runbook"), Milestone("Hand over releases", done_on=date(2026, 3, 1))],
        )
    )
    got = journal.goals.get(saved.id or 0)
    assert got.title == "Staff engineer"
    assert (got.direction, got.status, got.why, got.target_date) == (
        GoalDirection.UP,
        GoalStatus.ACTIVE,
        "Lead the roadmap",
        date(2026, 12, 1),
    )
    assert [m.text for m in got.milestones] == ["Write the runbook", "Hand over releases"]
    assert [m.done for m in got.milestones] == [False, True]
    assert all(m.goal_id == got.id and m.id for m in got.milestones)
    assert got.progress == 0.5


def test_a_goal_without_milestones_has_no_progress(journal: Journal) -> None:
    saved = journal.goals.add(Goal(title="Learn Rust", direction=GoalDirection.LEARNING))
    assert journal.goals.get(saved.id or 0).progress is None


def test_a_goal_needs_a_title() -> None:
    with pytest.raises(ValueError, match="needs a name or title"):
        Goal(title="  ")


def test_milestones_added_later_go_last_and_move_progress(journal: Journal) -> None:
    goal = journal.goals.add(Goal(title="Exit plan", direction=GoalDirection.EXIT, milestones=[Milestone("CV")]))
    first_update = journal.goals.get(goal.id or 0).updated_at
    added = journal.goals.add_milestone(goal.id or 0, "Call the recruiter", done_on=date(2026, 2, 2))
    got = journal.goals.get(goal.id or 0)
    assert [m.text for m in got.milestones] == ["CV", "Call the recruiter"]
    assert got.milestones[1].id == added.id
    assert got.progress == 0.5
    assert got.updated_at >= first_update
    cv = got.milestones[0]
    cv.done_on = date(2026, 2, 10)
    journal.goals.update_milestone(cv)
    assert journal.goals.get(goal.id or 0).progress == 1.0
    journal.goals.delete_milestone(added.id or 0)
    after = journal.goals.get(goal.id or 0)
    assert [m.text for m in after.milestones] == ["CV"]
    assert after.progress == 1.0


def test_milestones_of_a_missing_goal_or_missing_milestones_are_refused(journal: Journal) -> None:
    with pytest.raises(RecordNotFound):
        journal.goals.add_milestone(404, "Nothing")
    with pytest.raises(RecordNotFound):
        journal.goals.delete_milestone(404)
    with pytest.raises(RecordNotFound):
        journal.goals.update_milestone(Milestone("Ghost", goal_id=1, id=404))
    with pytest.raises(ValueError):
        Milestone("  ")


def test_update_saves_the_plan_and_history_records_each_change(journal: Journal) -> None:
    goal = journal.goals.add(Goal(title="Tech lead", direction=GoalDirection.UP, status=GoalStatus.IDEA, why="v1"))
    assert journal.goals.history(goal.id or 0) == []
    goal.status = GoalStatus.ACTIVE
    goal.target_date = date(2026, 6, 30)
    journal.goals.update(goal)
    goal.why = "v2"
    goal.direction = GoalDirection.SIDEWAYS
    goal.title = "Team lead"
    journal.goals.update(goal)
    journal.goals.update(goal)  # nothing changed: nothing recorded
    history = journal.goals.history(goal.id or 0)
    assert [(c.field_name, c.old_value, c.new_value) for c in history] == [
        ("status", "idea", "active"),
        ("target_date", "", "2026-06-30"),
        ("title", "Tech lead", "Team lead"),
        ("why", "v1", "v2"),
        ("direction", "up", "sideways"),
    ]
    assert all(c.changed_at for c in history)
    got = journal.goals.get(goal.id or 0)
    assert (got.title, got.why, got.direction, got.status) == (
        "Team lead",
        "v2",
        GoalDirection.SIDEWAYS,
        GoalStatus.ACTIVE,
    )
    assert journal.goals.all_history() == history


def test_milestone_work_does_not_pollute_the_plan_history(journal: Journal) -> None:
    goal = journal.goals.add(Goal(title="Goal"))
    journal.goals.add_milestone(goal.id or 0, "Step")
    assert journal.goals.history(goal.id or 0) == []


def test_update_or_delete_of_a_missing_goal_is_refused(journal: Journal) -> None:
    with pytest.raises(RecordNotFound):
        journal.goals.update(Goal(title="Ghost", id=404))
    with pytest.raises(RecordNotFound):
        journal.goals.delete(404)
    with pytest.raises(RecordNotFound):
        journal.goals.get(404)


def test_delete_removes_milestones_history_and_entry_links(journal: Journal) -> None:
    goal = journal.goals.add(Goal(title="Gone", milestones=[Milestone("a"), Milestone("b")]))
    goal.status = GoalStatus.DROPPED
    journal.goals.update(goal)
    entry = journal.entries.add(Entry(body="About the goal", entry_date=date(2026, 1, 1), goal_ids=[goal.id or 0]))
    journal.goals.delete(goal.id or 0)
    assert journal.goals.count() == 0
    assert journal.counts()["milestone"] == 0
    assert journal.goals.all_history() == []
    assert journal.entries.get(entry.id or 0).goal_ids == []
    assert journal.entries.count(EntryFilter(goal_id=goal.id)) == 0
    assert journal.check() == []


def test_list_orders_active_ideas_achieved_dropped_then_by_target(journal: Journal) -> None:
    for title, status, target in [
        ("dropped", GoalStatus.DROPPED, None),
        ("achieved", GoalStatus.ACHIEVED, date(2026, 1, 1)),
        ("idea", GoalStatus.IDEA, None),
        ("active-late", GoalStatus.ACTIVE, date(2027, 1, 1)),
        ("active-none", GoalStatus.ACTIVE, None),
        ("active-soon", GoalStatus.ACTIVE, date(2026, 5, 1)),
    ]:
        journal.goals.add(Goal(title=title, status=status, target_date=target))
    assert [g.title for g in journal.goals.list()] == [
        "active-soon",
        "active-late",
        "active-none",
        "idea",
        "achieved",
        "dropped",
    ]
    assert [g.title for g in journal.goals.list(status=GoalStatus.ACTIVE)] == [
        "active-soon",
        "active-late",
        "active-none",
    ]
    assert journal.goals.count() == 6


def test_a_bad_value_from_outside_is_refused_by_the_schema(journal: Journal) -> None:
    """A goal whose fields were forced past validation still cannot store nonsense."""
    goal = Goal(title="Forced")
    object.__setattr__(goal, "title", "   ")
    with pytest.raises(InvalidInput, match="outside what the journal accepts"):
        journal.goals.add(goal)
    assert journal.goals.count() == 0
