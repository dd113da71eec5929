"""The story the journal tells, month by month: teaching, job coverage, network freshness, goals and rhythm.

Pure functions over the records the storage layer reads (``InsightsData``);
``Journal.insights_for`` joins the two. Each chart carries its buckets, the
records behind each bucket and a sentence that reads it, so the page, the
command line and an export say the same thing. Every word of a chart is in the
language asked for (default: the app's), so an export can ask for its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..language import Language, app_language
from ..phrasebook import label, phrase, phrase_count
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
    the_last,
    week_start,
)
from .enums import Criticality, EntryKind, LearnerLevel, RecordKind, Relationship
from .goal_pace import goals_chart
from .records import EntrySummary, Goal, Person, Skill, Teaching

PERIODS = (12, 24, 60)  # months the page offers
STALE_DAYS = 183  # "not contacted in six months"
RHYTHM_MONTHS = 3  # wins are compared over the last three months and the three before
RHYTHM_WEEKS = 12
# Days since the last contact: (bucket key, fewest days, most days); None = no upper end / never met.
FRESHNESS_BANDS: tuple[tuple[str, int | None, int | None], ...] = (
    ("< 1 mo", 0, 30),
    ("1–3 mo", 31, 91),
    ("3–6 mo", 92, STALE_DAYS - 1),
    ("6–12 mo", STALE_DAYS, 365),
    ("> 1 yr", 366, None),
    ("Never", None, None),
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


def build_insights(data: InsightsData, today: date, months: int = 12, language: Language | None = None) -> Insights:
    """The five charts over the last ``months`` months, worded in ``language`` (default: the app's)."""
    starts = month_starts(today, months)
    language = language or app_language()
    return Insights(
        months,
        [
            teaching_chart(data.teachings, starts, today, language),
            coverage_chart(data.skills, data.teachings, starts, today, language),
            network_chart(data.people, today, language),
            goals_chart(data.goals, today, language),
            rhythm_chart(data.entries, starts, today, language),
        ],
    )


# -- teaching over time -------------------------------------------------------------------
def teaching_chart(
    teachings: list[Teaching], starts: list[date], today: date, language: Language | None = None
) -> Chart:
    """People taught each month, by the furthest each got that month (aware → can teach others)."""
    language = language or app_language()
    by_month: dict[str, list[Teaching]] = defaultdict(list)
    for teaching in teachings:
        by_month[month_key(teaching.taught_on)].append(teaching)
    levels = list(LearnerLevel)
    buckets = []
    for key, full, axis in month_buckets(starts, language):
        taught = sorted(by_month.get(key, []), key=lambda t: (t.taught_on, t.id or 0), reverse=True)
        best = _best_levels(taught)
        sessions = phrase_count(len(taught), "{n} teaching session", "{n} teaching sessions", language)
        buckets.append(
            Bucket(
                key, full, axis,
                tuple(float(sum(1 for level in best.values() if level is wanted)) for wanted in levels),
                [_teaching_ref(t, language) for t in taught],
                sessions if taught else "",
            )
        )  # fmt: skip
    period = [t for t in teachings if starts[0] <= t.taught_on <= today]
    best = _best_levels(period)
    if best:
        reading = phrase(
            "You taught {people} in {period} ({sessions}); {far} of them got to “on their own” or further.",
            language,
            people=phrase_count(len(best), "{n} person", "{n} people", language),
            period=the_last(len(starts), language),
            sessions=phrase_count(len(period), "{n} session", "{n} sessions", language),
            far=sum(1 for level in best.values() if level.can_cover),
        )
    else:
        reading = phrase("No teaching written down in {period}.", language, period=the_last(len(starts), language))
    return Chart(
        "teaching", phrase("Teaching over time", language), ChartStyle.STACKED,
        tuple(label(level, language) for level in levels), buckets, reading, unit=phrase("people", language),
        ordered_layers=True, language=language,
    )  # fmt: skip


def _best_levels(teachings: list[Teaching]) -> dict[int, LearnerLevel]:
    best: dict[int, LearnerLevel] = {}
    for teaching in teachings:
        best[teaching.person_id] = max(best.get(teaching.person_id, teaching.level), teaching.level)
    return best


def _teaching_ref(teaching: Teaching, language: Language) -> RecordRef:
    level, method = label(teaching.level, language).lower(), label(teaching.method, language).lower()
    return RecordRef(
        RecordKind.TEACHING,
        teaching.id or 0,
        f"{teaching.skill_name} → {teaching.person_name}",
        f"{teaching.taught_on.isoformat()} · {level} · {method}",
    )


# -- job coverage over time ----------------------------------------------------------------
def uncovered_on(day: date, skills: list[Skill], teachings: list[Teaching]) -> list[Skill]:
    """The skills nobody else could do on their own by ``day``, from the teaching records dated up to then."""
    covered = {t.skill_id for t in teachings if t.taught_on <= day and t.level.can_cover}
    return [skill for skill in skills if skill.id not in covered]


def coverage_chart(
    skills: list[Skill], teachings: list[Teaching], starts: list[date], today: date, language: Language | None = None
) -> Chart:
    """Critical skills only you can do at the end of each month (every critical skill the journal knows today)."""
    language = language or app_language()
    critical = [s for s in skills if s.criticality is Criticality.CRITICAL]
    total = len(critical)
    buckets = []
    for (key, full, axis), start in zip(month_buckets(starts, language), starts, strict=True):
        end = min(month_end(start), today)
        only = uncovered_on(end, critical, teachings)
        records = [RecordRef(RecordKind.SKILL, s.id or 0, s.name, _closest(s, teachings, end, language)) for s in only]
        note = phrase("{total} critical skills in all", language, total=total) if critical else ""
        buckets.append(Bucket(key, full, axis, (float(len(only)),), records, note))
    if not critical:
        reading = phrase("No skill is marked critical yet: mark the ones that would hurt if you were away.", language)
    else:
        now, then = int(buckets[-1].values[0]), int(buckets[0].values[0])
        when = month_label(starts[0], today, language)
        if now == 0:
            reading = phrase_count(
                total,
                "Someone else can do your one critical skill on their own.",
                "Someone else can do each of your {n} critical skills on their own.",
                language,
            )
        elif now == then:
            reading = phrase(
                "{now} of {total} critical skills only you, as in {when}.", language, now=now, total=total, when=when
            )
        else:
            reading = phrase(
                "{now} of {total} critical skills still only you; was {then} in {when}.",
                language, now=now, total=total, then=then, when=when,
            )  # fmt: skip
    return Chart(
        "coverage", phrase("Only you can do this", language), ChartStyle.LINE,
        (phrase("Critical skills only you can do", language),), buckets, reading,
        unit=phrase("critical skills only you can do", language), max_value=float(max(total, 1)), language=language,
    )  # fmt: skip


def _closest(skill: Skill, teachings: list[Teaching], day: date, language: Language) -> str:
    known = [t for t in teachings if t.skill_id == skill.id and t.taught_on <= day]
    if not known:
        return phrase("nobody taught yet", language)
    best = max(known, key=lambda t: (t.level, t.taught_on))
    level = label(best.level, language).lower()
    return phrase("closest: {name}, {level}", language, name=best.person_name, level=level)


# -- network freshness ---------------------------------------------------------------------
def _band_words(language: Language) -> list[tuple[str, str]]:
    """Each freshness band's (label, axis label), in the order of ``FRESHNESS_BANDS``."""
    return [
        (phrase("Within a month", language), phrase("< 1 mo", language)),
        (phrase("1 to 3 months ago", language), phrase("1–3 mo", language)),
        (phrase("3 to 6 months ago", language), phrase("3–6 mo", language)),
        (phrase("6 to 12 months ago", language), phrase("6–12 mo", language)),
        (phrase("More than a year ago", language), phrase("> 1 yr", language)),
        (phrase("Never", language), phrase("Never", language)),
    ]


def network_chart(people: list[Person], today: date, language: Language | None = None) -> Chart:
    """People by how long since you last spoke; internal customers and strategic partners counted apart."""
    language = language or app_language()
    layers = (
        phrase("Internal customers", language),
        phrase("Strategic partners", language),
        phrase("Everyone else", language),
    )
    banded: list[list[Person]] = [[] for _ in FRESHNESS_BANDS]
    for person in people:
        banded[_band(person, today)].append(person)
    buckets = []
    for (key, _low, _high), (full, axis), members in zip(FRESHNESS_BANDS, _band_words(language), banded, strict=True):
        members.sort(key=lambda p: (p.relationship not in MARKED, -_days_since(p, today), p.name.lower()))
        counts = (
            sum(1 for p in members if p.relationship is Relationship.INTERNAL_CUSTOMER),
            sum(1 for p in members if p.relationship is Relationship.PARTNER),
            sum(1 for p in members if p.relationship not in MARKED),
        )
        overdue = sum(1 for p in members if _overdue(p, today))
        note = _overdue_text(overdue, language) if overdue else ""
        refs = [RecordRef(RecordKind.PERSON, p.id or 0, p.name, _contact_detail(p, today, language)) for p in members]
        buckets.append(Bucket(key, full, axis, tuple(float(c) for c in counts), refs, note))
    stale = [p for p in people if p.last_contact is None or (today - p.last_contact).days >= STALE_DAYS]
    marked = sum(1 for p in stale if p.relationship in MARKED)
    overdue_text = _overdue_text(sum(1 for p in people if _overdue(p, today)), language)
    if not people:
        reading = phrase("Nobody in your network yet.", language)
    elif not stale:
        reading = phrase("You spoke with everyone in the last 6 months; {overdue}.", language, overdue=overdue_text)
    else:
        reading = phrase(
            "{stale} of {people} not contacted in 6 months, {marked} internal customers or strategic partners;"
            " {overdue}.",
            language,
            stale=len(stale),
            people=phrase_count(len(people), "{n} person", "{n} people", language),
            marked=phrase("{n} of them", language, n=marked) if marked else phrase("none of them", language),
            overdue=overdue_text,
        )
    return Chart(
        "network", phrase("Network freshness", language), ChartStyle.STACKED, layers, buckets, reading,
        unit=phrase("people", language), language=language,
    )  # fmt: skip


def _overdue_text(overdue: int, language: Language) -> str:
    if not overdue:
        return phrase("no follow-up overdue", language)
    return phrase_count(overdue, "{n} follow-up overdue", "{n} follow-ups overdue", language)


def _days_since(person: Person, today: date) -> int:
    return 10**6 if person.last_contact is None else (today - person.last_contact).days


def _band(person: Person, today: date) -> int:
    if person.last_contact is None:
        return len(FRESHNESS_BANDS) - 1
    days = max(0, (today - person.last_contact).days)
    for number, (_key, low, high) in enumerate(FRESHNESS_BANDS):
        if low is not None and days >= low and (high is None or days <= high):
            return number
    return len(FRESHNESS_BANDS) - 1


def _overdue(person: Person, today: date) -> bool:
    return person.follow_up is not None and person.follow_up < today


def _contact_detail(person: Person, today: date, language: Language) -> str:
    parts = [label(person.relationship, language)] if person.relationship else []
    if person.org:
        parts.append(person.org)
    if person.last_contact is None:
        parts.append(phrase("never contacted", language))
    else:
        days = phrase_count(_days_since(person, today), "{n} day", "{n} days", language)
        parts.append(phrase("last contact {day} ({days})", language, day=person.last_contact.isoformat(), days=days))
    if _overdue(person, today):
        since = person.follow_up.isoformat()  # type: ignore[union-attr]
        parts.append(phrase("follow-up overdue since {day}", language, day=since))
    return " · ".join(parts)


# -- rhythm ----------------------------------------------------------------------------------
def rhythm_chart(
    entries: list[EntrySummary], starts: list[date], today: date, language: Language | None = None
) -> Chart:
    """Wins each month, and the weeks of each month with a reflection (a week belongs to its Thursday's month)."""
    language = language or app_language()
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
    untitled = phrase("(untitled)", language)
    for key, full, axis in month_buckets(starts, language):
        listed = sorted(records.get(key, []), key=lambda e: (e.entry_date, e.id), reverse=True)
        refs = [RecordRef(RecordKind.ENTRY, e.id, e.title or untitled, _entry_detail(e, language)) for e in listed]
        buckets.append(Bucket(key, full, axis, (float(wins.get(key, 0)), float(weeks_in.get(key, 0))), refs))
    return Chart(
        "rhythm", phrase("Rhythm: wins and reflections", language), ChartStyle.BARS,
        (phrase("Wins", language), phrase("Weeks with a reflection", language)), buckets,
        _rhythm_reading(entries, reflected_weeks, today, language), language=language,
    )  # fmt: skip


def _entry_detail(entry: EntrySummary, language: Language) -> str:
    private = f" · {phrase('private', language)}" if entry.private else ""
    return f"{label(entry.kind, language)} · {entry.entry_date.isoformat()}{private}"


def _rhythm_reading(entries: list[EntrySummary], reflected_weeks: set[date], today: date, language: Language) -> str:
    starts = month_starts(today, 2 * RHYTHM_MONTHS)
    recent = sum(1 for e in entries if e.kind is EntryKind.WIN and e.entry_date >= starts[RHYTHM_MONTHS])
    before = sum(1 for e in entries if e.kind is EntryKind.WIN and starts[0] <= e.entry_date < starts[RHYTHM_MONTHS])
    this_week = week_start(today)
    weeks = sum(1 for n in range(RHYTHM_WEEKS) if this_week - timedelta(weeks=n) in reflected_weeks)
    values = {"months": RHYTHM_MONTHS, "before": before, "weeks": weeks, "of_weeks": RHYTHM_WEEKS}
    if not recent:
        return phrase(
            "No wins written down in the last {months} months ({before} in the {months} before);"
            " a reflection in {weeks} of the last {of_weeks} weeks.",
            language, **values,
        )  # fmt: skip
    return phrase(
        "{wins} written down in the last {months} months ({before} in the {months} before);"
        " a reflection in {weeks} of the last {of_weeks} weeks.",
        language, wins=phrase_count(recent, "{n} win", "{n} wins", language), **values,
    )  # fmt: skip
