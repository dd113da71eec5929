"""Goals against their target dates: the share of each active goal's milestones done, against its time gone.

One of the Insights charts (``insights.build_insights``), worded in the
language asked for like the others.
"""

from __future__ import annotations

import contextlib
from datetime import date

from ..language import Language, app_language
from ..phrasebook import phrase, phrase_count
from .charts import Bucket, Chart, ChartStyle, RecordRef
from .enums import GoalStatus, RecordKind
from .records import Goal


def goal_start(goal: Goal) -> date | None:
    """When work on a goal began: the day it was written down, or its first milestone done if earlier."""
    days = [m.done_on for m in goal.milestones if m.done_on is not None]
    with contextlib.suppress(ValueError):  # a goal not yet saved has no date of its own
        days.append(date.fromisoformat(goal.created_at[:10]))
    return min(days, default=None)


def time_gone(goal: Goal, today: date) -> float | None:
    """The share of the time from the goal's start to its target that has passed (0–1), if both are known."""
    start = goal_start(goal)
    if goal.target_date is None or start is None or goal.target_date <= start:
        return None
    return min(1.0, max(0.0, (today - start).days / (goal.target_date - start).days))


def goals_chart(goals: list[Goal], today: date, language: Language | None = None) -> Chart:
    """For each active goal: the share of its milestones done, against the share of its time gone."""
    language = language or app_language()
    active = sorted(
        (g for g in goals if g.status is GoalStatus.ACTIVE),
        key=lambda g: (g.target_date is None, g.target_date or today, g.title.lower()),
    )
    buckets, behind, judged = [], [], 0
    for goal in active:
        done = sum(m.done for m in goal.milestones)
        share = done / len(goal.milestones) if goal.milestones else 0.0
        gone = time_gone(goal, today)
        if goal.milestones and gone is not None:
            judged += 1
            if share < gone:
                behind.append(goal)
        target = _target_text(goal, today, language)
        records = [RecordRef(RecordKind.GOAL, goal.id or 0, goal.title, target)]
        records += [RecordRef(RecordKind.MILESTONE, m.id or 0, m.text, _milestone_state(m.done_on, language))
                    for m in goal.milestones]  # fmt: skip
        parts = [
            phrase("{done} of {total} milestones done", language, done=done, total=len(goal.milestones))
            if goal.milestones
            else phrase("no milestones yet", language),
            target,
        ]
        if gone is not None:
            parts.append(phrase("{percent}% of the time gone", language, percent=round(gone * 100)))
        marker = None if gone is None else round(gone * 100, 1)
        note = " · ".join(parts)
        buckets.append(Bucket(str(goal.id), goal.title, goal.title, (round(share * 100, 1),), records, note, marker))
    return Chart(
        "goals", phrase("Goals against their target dates", language), ChartStyle.PROGRESS,
        (phrase("Milestones done", language),), buckets, _goals_reading(active, behind, judged, today, language),
        unit="%", max_value=100.0, marker_label=phrase("time gone", language), language=language,
    )  # fmt: skip


def _milestone_state(done_on: date | None, language: Language) -> str:
    return phrase("done {day}", language, day=done_on.isoformat()) if done_on else phrase("open", language)


def _target_text(goal: Goal, today: date, language: Language) -> str:
    if goal.target_date is None:
        return phrase("no target date", language)
    left = _time_left(goal.target_date, today, language)
    return phrase("target {day}, {left}", language, day=goal.target_date.isoformat(), left=left)


def _time_left(target: date, today: date, language: Language) -> str:
    left = (target - today).days
    if left >= 0:
        return phrase_count(left, "{n} day left", "{n} days left", language)
    return phrase_count(-left, "passed {n} day ago", "passed {n} days ago", language)


def _goals_reading(active: list[Goal], behind: list[Goal], judged: int, today: date, language: Language) -> str:
    if not active:
        return phrase("No active goal. An active goal with milestones and a target date shows its pace here.", language)
    if not judged:
        return phrase("Give your active goals milestones and a target date to see whether they are on pace.", language)
    if not behind:
        if judged == 1:
            if len(active) == 1:
                return phrase("Your goal is on pace for its target date.", language)
            return phrase("Your dated goal is on pace.", language)
        return phrase("All {n} goals with milestones and a target date are on pace.", language, n=judged)
    if len(behind) == 1:
        goal = behind[0]
        values = {
            "title": goal.title,
            "done": sum(m.done for m in goal.milestones),
            "total": len(goal.milestones),
            "left": _time_left(goal.target_date, today, language),  # type: ignore[arg-type]
        }
        if judged == 1:
            return phrase("“{title}” is behind: {done} of {total} milestones done, {left}.", language, **values)
        return phrase(
            "1 of {judged} goals is behind: “{title}”, {done} of {total} milestones done, {left}.",
            language, judged=judged, **values,
        )  # fmt: skip
    names = ", ".join(phrase("“{title}”", language, title=g.title) for g in behind[:2])
    if len(behind) > 2:
        names = phrase("{names} and {n} more", language, names=names, n=len(behind) - 2)
    return phrase(
        "{behind} of {judged} goals are behind their pace: {names}.", language,
        behind=len(behind), judged=judged, names=names,
    )  # fmt: skip
