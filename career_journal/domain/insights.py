"""The story the journal tells, month by month: teaching, job coverage, network freshness, goals and rhythm.

Pure functions over the records the storage layer reads (``InsightsData``);
``Journal.insights_for`` joins the two. Each chart carries its buckets, the
records behind each bucket and a sentence that reads it, so the page, the
command line and an export say the same thing.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .charts import (
    Bucket,
    Chart,
    ChartStyle,
    RecordRef,
    month_buckets,
    month_end,
    month_key,
    month_label,
    month_starts,
    period_text,
    week_start,
)
from .enums import Criticality, EntryKind, GoalStatus, LearnerLevel, RecordKind, Relationship
from .records import EntrySummary, Goal, Person, Skill, Teaching
from .wording import count_of

PERIODS = (12, 24, 60)  # months the page offers
STALE_DAYS = 183  # "not contacted in six months"
RHYTHM_MONTHS = 3  # wins are compared over the last three months and the three before
RHYTHM_WEEKS = 12
# Days since the last contact: (label, axis label, fewest days, most days); None = no upper end / never met.
FRESHNESS_BANDS: tuple[tuple[str, str, int | None, int | None], ...] = (
    ("Within a month", "< 1 mo", 0, 30),
    ("1 to 3 months ago", "1–3 mo", 31, 91),
    ("3 to 6 months ago", "3–6 mo", 92, STALE_DAYS - 1),
    ("6 to 12 months ago", "6–12 mo", STALE_DAYS, 365),
    ("More than a year ago", "> 1 yr", 366, None),
    ("Never", "Never", None, None),
)
MARKED = (Relationship.INTERNAL_CUSTOMER, Relationship.PARTNER)


@dataclass(slots=True)
class InsightsData:
    """What the charts are computed from, read in one go by the storage layer."""

    skills: list[Skill] = field(default_factory=list)
    teachings: list[Teaching] = field(default_factory=list)  # all of them: coverage builds up over the years
    people: list[Person] = field(default_factory=list)  # with ``last_contact`` filled in
    goals: list[Goal] = field(default_factory=list)
    entries: list[EntrySummary] = field(default_factory=list)  # wins and reflections in the period


@dataclass(slots=True)
class Insights:
    months: int
    charts: list[Chart]

    def chart(self, key: str) -> Chart:
        return next(chart for chart in self.charts if chart.key == key)


def period_start(today: date, months: int) -> date:
    """The first day the charts read entries from (the rhythm's sentence looks back six months on any chart)."""
    return month_starts(today, max(months, 2 * RHYTHM_MONTHS))[0]


def build_insights(data: InsightsData, today: date, months: int = 12) -> Insights:
    starts = month_starts(today, months)
    return Insights(
        months,
        [
            teaching_chart(data.teachings, starts, today),
            coverage_chart(data.skills, data.teachings, starts, today),
            network_chart(data.people, today),
            goals_chart(data.goals, today),
            rhythm_chart(data.entries, starts, today),
        ],
    )


# -- teaching over time -------------------------------------------------------------------
def teaching_chart(teachings: list[Teaching], starts: list[date], today: date) -> Chart:
    """People taught each month, by the furthest each got that month (aware → can teach others)."""
    by_month: dict[str, list[Teaching]] = defaultdict(list)
    for teaching in teachings:
        by_month[month_key(teaching.taught_on)].append(teaching)
    levels = list(LearnerLevel)
    buckets = []
    for key, label, axis in month_buckets(starts):
        taught = sorted(by_month.get(key, []), key=lambda t: (t.taught_on, t.id or 0), reverse=True)
        best = _best_levels(taught)
        buckets.append(
            Bucket(
                key, label, axis,
                tuple(float(sum(1 for level in best.values() if level is wanted)) for wanted in levels),
                [_teaching_ref(t) for t in taught],
                count_of(len(taught), "teaching session") if taught else "",
            )
        )  # fmt: skip
    period = [t for t in teachings if starts[0] <= t.taught_on <= today]
    best = _best_levels(period)
    if best:
        far = sum(1 for level in best.values() if level.can_cover)
        reading = (
            f"You taught {count_of(len(best), 'person', 'people')} in the last {period_text(len(starts))}"
            f" ({count_of(len(period), 'session')}); {far} of them got to “on their own” or further."
        )
    else:
        reading = f"No teaching written down in the last {period_text(len(starts))}."
    return Chart(
        "teaching", "Teaching over time", ChartStyle.STACKED, tuple(level.label for level in levels), buckets,
        reading, unit="people", ordered_layers=True,
    )  # fmt: skip


def _best_levels(teachings: list[Teaching]) -> dict[int, LearnerLevel]:
    best: dict[int, LearnerLevel] = {}
    for teaching in teachings:
        best[teaching.person_id] = max(best.get(teaching.person_id, teaching.level), teaching.level)
    return best


def _teaching_ref(teaching: Teaching) -> RecordRef:
    return RecordRef(
        RecordKind.TEACHING,
        teaching.id or 0,
        f"{teaching.skill_name} → {teaching.person_name}",
        f"{teaching.taught_on.isoformat()} · {teaching.level.label.lower()} · {teaching.method.label.lower()}",
    )


# -- job coverage over time ----------------------------------------------------------------
def uncovered_on(day: date, skills: list[Skill], teachings: list[Teaching]) -> list[Skill]:
    """The skills nobody else could do on their own by ``day``, from the teaching records dated up to then."""
    covered = {t.skill_id for t in teachings if t.taught_on <= day and t.level.can_cover}
    return [skill for skill in skills if skill.id not in covered]


def coverage_chart(skills: list[Skill], teachings: list[Teaching], starts: list[date], today: date) -> Chart:
    """Critical skills only you can do at the end of each month (every critical skill the journal knows today)."""
    critical = [s for s in skills if s.criticality is Criticality.CRITICAL]
    buckets = []
    for (key, label, axis), start in zip(month_buckets(starts), starts, strict=True):
        end = min(month_end(start), today)
        only = uncovered_on(end, critical, teachings)
        records = [RecordRef(RecordKind.SKILL, s.id or 0, s.name, _closest(s, teachings, end)) for s in only]
        note = f"{len(critical)} critical skills in all" if critical else ""
        buckets.append(Bucket(key, label, axis, (float(len(only)),), records, note))
    if not critical:
        reading = "No skill is marked critical yet: mark the ones that would hurt if you were away."
    else:
        now, then = int(buckets[-1].values[0]), int(buckets[0].values[0])
        when = month_label(starts[0], today)
        if now == 0:
            reading = f"Someone else can do each of your {count_of(len(critical), 'critical skill')} on their own."
        elif now == then:
            reading = f"{now} of {len(critical)} critical skills only you, as in {when}."
        else:
            reading = f"{now} of {len(critical)} critical skills still only you; was {then} in {when}."
    return Chart(
        "coverage", "Only you can do this", ChartStyle.LINE, ("Critical skills only you can do",), buckets,
        reading, unit="critical skills only you can do", max_value=float(max(len(critical), 1)),
    )  # fmt: skip


def _closest(skill: Skill, teachings: list[Teaching], day: date) -> str:
    known = [t for t in teachings if t.skill_id == skill.id and t.taught_on <= day]
    if not known:
        return "nobody taught yet"
    best = max(known, key=lambda t: (t.level, t.taught_on))
    return f"closest: {best.person_name}, {best.level.label.lower()}"


# -- network freshness ---------------------------------------------------------------------
def network_chart(people: list[Person], today: date) -> Chart:
    """People by how long since you last spoke; internal customers and strategic partners counted apart."""
    layers = ("Internal customers", "Strategic partners", "Everyone else")
    banded: list[list[Person]] = [[] for _ in FRESHNESS_BANDS]
    for person in people:
        banded[_band(person, today)].append(person)
    buckets = []
    for (label, axis, _low, _high), members in zip(FRESHNESS_BANDS, banded, strict=True):
        members.sort(key=lambda p: (p.relationship not in MARKED, -_days_since(p, today), p.name.lower()))
        counts = (
            sum(1 for p in members if p.relationship is Relationship.INTERNAL_CUSTOMER),
            sum(1 for p in members if p.relationship is Relationship.PARTNER),
            sum(1 for p in members if p.relationship not in MARKED),
        )
        overdue = sum(1 for p in members if _overdue(p, today))
        note = f"{count_of(overdue, 'follow-up')} overdue" if overdue else ""
        refs = [RecordRef(RecordKind.PERSON, p.id or 0, p.name, _contact_detail(p, today)) for p in members]
        buckets.append(Bucket(axis, label, axis, tuple(float(c) for c in counts), refs, note))
    stale = [p for p in people if p.last_contact is None or (today - p.last_contact).days >= STALE_DAYS]
    marked = sum(1 for p in stale if p.relationship in MARKED)
    overdue = sum(1 for p in people if _overdue(p, today))
    overdue_text = f"{count_of(overdue, 'follow-up')} overdue" if overdue else "no follow-up overdue"
    if not people:
        reading = "Nobody in your network yet."
    elif not stale:
        reading = f"You spoke with everyone in the last 6 months; {overdue_text}."
    else:
        whom = f"{marked} of them" if marked else "none of them"
        reading = (
            f"{len(stale)} of {count_of(len(people), 'person', 'people')} not contacted in 6 months,"
            f" {whom} internal customers or strategic partners; {overdue_text}."
        )
    return Chart(
        "network", "Network freshness", ChartStyle.STACKED, layers, buckets, reading, unit="people",
    )  # fmt: skip


def _days_since(person: Person, today: date) -> int:
    return 10**6 if person.last_contact is None else (today - person.last_contact).days


def _band(person: Person, today: date) -> int:
    if person.last_contact is None:
        return len(FRESHNESS_BANDS) - 1
    days = max(0, (today - person.last_contact).days)
    for number, (_label, _axis, low, high) in enumerate(FRESHNESS_BANDS):
        if low is not None and days >= low and (high is None or days <= high):
            return number
    return len(FRESHNESS_BANDS) - 1


def _overdue(person: Person, today: date) -> bool:
    return person.follow_up is not None and person.follow_up < today


def _contact_detail(person: Person, today: date) -> str:
    parts = [person.relationship.label] if person.relationship else []
    if person.org:
        parts.append(person.org)
    if person.last_contact is None:
        parts.append("never contacted")
    else:
        parts.append(f"last contact {person.last_contact.isoformat()} ({count_of(_days_since(person, today), 'day')})")
    if _overdue(person, today):
        parts.append(f"follow-up overdue since {person.follow_up.isoformat()}")  # type: ignore[union-attr]
    return " · ".join(parts)


# -- goals ---------------------------------------------------------------------------------
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


def goals_chart(goals: list[Goal], today: date) -> Chart:
    """For each active goal: the share of its milestones done, against the share of its time gone."""
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
        records = [RecordRef(RecordKind.GOAL, goal.id or 0, goal.title, _target_text(goal, today))]
        records += [
            RecordRef(RecordKind.MILESTONE, m.id or 0, m.text, f"done {m.done_on.isoformat()}" if m.done_on else "open")
            for m in goal.milestones
        ]
        note = (
            f"{done} of {len(goal.milestones)} milestones done" if goal.milestones else "no milestones yet"
        ) + f" · {_target_text(goal, today)}"
        if gone is not None:
            note += f" · {round(gone * 100)}% of the time gone"
        marker = None if gone is None else round(gone * 100, 1)
        buckets.append(Bucket(str(goal.id), goal.title, goal.title, (round(share * 100, 1),), records, note, marker))
    return Chart(
        "goals", "Goals against their target dates", ChartStyle.PROGRESS, ("Milestones done",), buckets,
        _goals_reading(active, behind, judged, today), unit="%", max_value=100.0, marker_label="time gone",
    )  # fmt: skip


def _target_text(goal: Goal, today: date) -> str:
    if goal.target_date is None:
        return "no target date"
    return f"target {goal.target_date.isoformat()}, {_time_left(goal.target_date, today)}"


def _time_left(target: date, today: date) -> str:
    left = (target - today).days
    return f"{count_of(left, 'day')} left" if left >= 0 else f"passed {count_of(-left, 'day')} ago"


def _goals_reading(active: list[Goal], behind: list[Goal], judged: int, today: date) -> str:
    if not active:
        return "No active goal. An active goal with milestones and a target date shows its pace here."
    if not judged:
        return "Give your active goals milestones and a target date to see whether they are on pace."
    if not behind:
        if judged == 1:
            return "Your goal is on pace for its target date." if len(active) == 1 else "Your dated goal is on pace."
        return f"All {judged} goals with milestones and a target date are on pace."
    if len(behind) == 1:
        goal = behind[0]
        done = sum(m.done for m in goal.milestones)
        where = f"“{goal.title}” is behind" if judged == 1 else f"1 of {judged} goals is behind: “{goal.title}”,"
        return (
            f"{where} {done} of {len(goal.milestones)} milestones done,"
            f" {_time_left(goal.target_date, today)}."  # type: ignore[arg-type]
        )
    names = ", ".join(f"“{g.title}”" for g in behind[:2]) + (f" and {len(behind) - 2} more" if len(behind) > 2 else "")
    return f"{len(behind)} of {judged} goals are behind their pace: {names}."


# -- rhythm ----------------------------------------------------------------------------------
def rhythm_chart(entries: list[EntrySummary], starts: list[date], today: date) -> Chart:
    """Wins each month, and the weeks of each month with a reflection (a week belongs to its Thursday's month)."""
    wins: dict[str, int] = defaultdict(int)
    reflected_weeks: set[date] = set()
    records: dict[str, list[EntrySummary]] = defaultdict(list)
    for entry in entries:
        if entry.kind is EntryKind.WIN:
            wins[month_key(entry.entry_date)] += 1
        elif entry.kind is EntryKind.REFLECTION:
            reflected_weeks.add(week_start(entry.entry_date))
        else:
            continue
        records[month_key(entry.entry_date)].append(entry)
    weeks_in: dict[str, int] = defaultdict(int)
    for monday in reflected_weeks:
        weeks_in[month_key(monday + timedelta(days=3))] += 1
    buckets = []
    for key, label, axis in month_buckets(starts):
        listed = sorted(records.get(key, []), key=lambda e: (e.entry_date, e.id), reverse=True)
        refs = [RecordRef(RecordKind.ENTRY, e.id, e.title or "(untitled)", _entry_detail(e)) for e in listed]
        buckets.append(Bucket(key, label, axis, (float(wins.get(key, 0)), float(weeks_in.get(key, 0))), refs))
    return Chart(
        "rhythm", "Rhythm: wins and reflections", ChartStyle.BARS, ("Wins", "Weeks with a reflection"), buckets,
        _rhythm_reading(entries, reflected_weeks, today),
    )  # fmt: skip


def _entry_detail(entry: EntrySummary) -> str:
    return f"{entry.kind.label} · {entry.entry_date.isoformat()}" + (" · private" if entry.private else "")


def _rhythm_reading(entries: list[EntrySummary], reflected_weeks: set[date], today: date) -> str:
    starts = month_starts(today, 2 * RHYTHM_MONTHS)
    recent = sum(1 for e in entries if e.kind is EntryKind.WIN and e.entry_date >= starts[RHYTHM_MONTHS])
    before = sum(1 for e in entries if e.kind is EntryKind.WIN and starts[0] <= e.entry_date < starts[RHYTHM_MONTHS])
    this_week = week_start(today)
    weeks = sum(1 for n in range(RHYTHM_WEEKS) if this_week - timedelta(weeks=n) in reflected_weeks)
    wins = f"{count_of(recent, 'win')} written down" if recent else "No wins written down"
    return (
        f"{wins} in the last {RHYTHM_MONTHS} months ({before} in the {RHYTHM_MONTHS} before);"
        f" a reflection in {weeks} of the last {RHYTHM_WEEKS} weeks."
    )
