"""Insights: each series from a known set of records gives known numbers, and its sentence says them."""

from __future__ import annotations

from datetime import date, timedelta

from career_journal.domain.charts import ChartStyle, month_buckets, month_starts, period_text
from career_journal.domain.enums import (
    Criticality,
    EntryKind,
    GoalStatus,
    LearnerLevel,
    RecordKind,
    Relationship,
    TeachingMethod,
)
from career_journal.domain.goal_pace import goals_chart, time_gone
from career_journal.domain.insights import (
    InsightsData,
    build_insights,
    coverage_chart,
    network_chart,
    rhythm_chart,
    teaching_chart,
)
from career_journal.domain.records import EntrySummary, Goal, Milestone, Person, Skill, Teaching
from career_journal.language import Language, use_language

TODAY = date(2026, 11, 23)  # a Monday
MONTHS = month_starts(TODAY, 12)  # December 2025 … November 2026


def _taught(teaching_id: int, skill_id: int, person_id: int, name: str, day: date, level: LearnerLevel) -> Teaching:
    return Teaching(
        id=teaching_id, skill_id=skill_id, person_id=person_id, person_name=name, skill_name=f"Skill {skill_id}",
        taught_on=day, level=level, method=TeachingMethod.PAIRING,
    )  # fmt: skip


def _values(chart, key: str) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
    return next(b.values for b in chart.buckets if b.key == key)


# -- months ---------------------------------------------------------------------------------------


def test_twelve_months_end_with_this_one_and_the_axis_names_each_new_year() -> None:
    assert MONTHS[0] == date(2025, 12, 1) and MONTHS[-1] == date(2026, 11, 1) and len(MONTHS) == 12
    labels = month_buckets(MONTHS)
    assert labels[0] == ("2025-12", "December 2025", "Dec 2025")
    assert labels[1] == ("2026-01", "January 2026", "Jan 2026")
    assert labels[2][2] == "Feb"
    assert [period_text(m) for m in (12, 24, 60)] == ["12 months", "2 years", "5 years"]
    assert month_starts(date(2026, 1, 31), 2) == [date(2025, 12, 1), date(2026, 1, 1)]


# -- teaching over time -----------------------------------------------------------------------------


def test_teaching_counts_people_per_month_by_the_furthest_each_got() -> None:
    teachings = [
        _taught(1, 1, 1, "Dana", date(2026, 3, 10), LearnerLevel.AWARE),
        _taught(2, 1, 1, "Dana", date(2026, 3, 20), LearnerLevel.WITH_HELP),
        _taught(3, 2, 2, "Jo", date(2026, 3, 5), LearnerLevel.AWARE),
        _taught(4, 1, 1, "Dana", date(2026, 11, 2), LearnerLevel.ON_THEIR_OWN),
        _taught(5, 3, 3, "Sam", date(2025, 6, 1), LearnerLevel.CAN_TEACH),  # before the period
    ]
    chart = teaching_chart(teachings, MONTHS, TODAY)
    assert chart.style is ChartStyle.STACKED and chart.ordered_layers
    assert chart.layers == ("Aware", "With help", "On their own", "Can teach others")
    assert _values(chart, "2026-03") == (1, 1, 0, 0)  # Jo aware; Dana's best that month: with help
    assert _values(chart, "2026-11") == (0, 0, 1, 0)
    assert sum(b.total for b in chart.buckets) == 3
    march = next(b for b in chart.buckets if b.key == "2026-03")
    assert [(r.kind, r.record_id) for r in march.records] == [
        (RecordKind.TEACHING, 2),
        (RecordKind.TEACHING, 1),
        (RecordKind.TEACHING, 3),
    ]
    assert march.records[0].title == "Skill 1 → Dana" and march.records[0].detail.startswith("2026-03-20 · with help")
    assert chart.describe(3) == (
        "March 2026: 2 people (aware 1, with help 1, on their own 0, can teach others 0); 3 teaching sessions"
    )
    assert chart.reading == (
        "You taught 2 people in the last 12 months (4 sessions); 1 of them got to “on their own” or further."
    )


def test_no_teaching_says_so() -> None:
    chart = teaching_chart([], MONTHS, TODAY)
    assert chart.is_empty and chart.reading == "No teaching written down in the last 12 months."


# -- job coverage over time ------------------------------------------------------------------------------


def test_coverage_counts_critical_skills_only_you_can_do_at_each_month_end() -> None:
    skills = [Skill(name=n, id=i, criticality=Criticality.CRITICAL) for i, n in enumerate("ABCDE", 1)]
    skills.append(Skill(name="F", id=6, criticality=Criticality.NORMAL))
    teachings = [
        _taught(1, 1, 1, "Dana", date(2026, 6, 15), LearnerLevel.ON_THEIR_OWN),
        _taught(2, 2, 2, "Jo", date(2026, 9, 1), LearnerLevel.CAN_TEACH),
        _taught(3, 3, 1, "Dana", date(2026, 2, 1), LearnerLevel.WITH_HELP),
        _taught(4, 4, 2, "Jo", date(2025, 5, 1), LearnerLevel.ON_THEIR_OWN),  # covered before the period
        _taught(5, 6, 2, "Jo", date(2026, 1, 1), LearnerLevel.ON_THEIR_OWN),  # not critical
    ]
    chart = coverage_chart(skills, teachings, MONTHS, TODAY)
    assert chart.style is ChartStyle.LINE and chart.max_value == 5
    assert [b.values[0] for b in chart.buckets] == [4, 4, 4, 4, 4, 4, 3, 3, 3, 2, 2, 2]
    november = chart.buckets[-1]
    assert [(r.title, r.detail) for r in november.records] == [
        ("C", "closest: Dana, with help"),
        ("E", "nobody taught yet"),
    ]
    assert november.note == "5 critical skills in all"
    assert chart.describe(11) == "November 2026: 2 critical skills only you can do; 5 critical skills in all"
    assert chart.reading == "2 of 5 critical skills still only you; was 4 in December 2025."


def test_coverage_readings_when_unchanged_all_covered_or_nothing_critical() -> None:
    critical = [Skill(name="A", id=1, criticality=Criticality.CRITICAL)]
    assert (
        coverage_chart(critical, [], MONTHS, TODAY).reading == "1 of 1 critical skills only you, as in December 2025."
    )
    covered = [_taught(1, 1, 1, "Dana", date(2025, 1, 1), LearnerLevel.ON_THEIR_OWN)]
    assert coverage_chart(critical, covered, MONTHS, TODAY).reading == (
        "Someone else can do your one critical skill on their own."
    )
    assert coverage_chart([], [], MONTHS, TODAY).reading.startswith("No skill is marked critical yet")
    june = month_starts(TODAY, 6)
    assert coverage_chart(critical, [], june, TODAY).reading.endswith("as in June.")  # this year: no year


# -- network freshness -------------------------------------------------------------------------------------


def _person(
    person_id: int, relationship: Relationship | None, days_ago: int | None, follow_up: int | None = None
) -> Person:
    return Person(
        name=f"P{person_id}",
        id=person_id,
        relationship=relationship,
        last_contact=None if days_ago is None else TODAY - timedelta(days=days_ago),
        follow_up=None if follow_up is None else TODAY + timedelta(days=follow_up),
    )


def test_network_bands_people_by_days_since_contact_with_customers_and_partners_apart() -> None:
    people = [
        _person(1, Relationship.INTERNAL_CUSTOMER, 10),
        _person(2, Relationship.PARTNER, 200, follow_up=-5),  # overdue
        _person(3, Relationship.PEER, 400),
        _person(4, None, None, follow_up=0),  # never met; due today is not overdue
        _person(5, Relationship.INTERNAL_CUSTOMER, 100),
        _person(6, Relationship.INTERNAL_CUSTOMER, 183),
        _person(7, Relationship.PEER, 182),
    ]
    chart = network_chart(people, TODAY)
    assert chart.layers == ("Internal customers", "Strategic partners", "Everyone else")
    assert [b.axis_label for b in chart.buckets] == ["< 1 mo", "1–3 mo", "3–6 mo", "6–12 mo", "> 1 yr", "Never"]
    assert [b.values for b in chart.buckets] == [(1, 0, 0), (0, 0, 0), (1, 0, 1), (1, 1, 0), (0, 0, 1), (0, 0, 1)]
    half_year = chart.buckets[3]
    assert [r.record_id for r in half_year.records] == [2, 6]  # longest since contact first
    assert half_year.note == "1 follow-up overdue"
    assert "follow-up overdue since 2026-11-18" in half_year.records[0].detail
    assert chart.reading == (
        "4 of 7 people not contacted in 6 months, 2 of them internal customers or strategic partners;"
        " 1 follow-up overdue."
    )


def test_network_readings_for_a_fresh_network_and_an_empty_one() -> None:
    fresh = network_chart([_person(1, Relationship.PEER, 3)], TODAY)
    assert fresh.reading == "You spoke with everyone in the last 6 months; no follow-up overdue."
    assert network_chart([], TODAY).reading == "Nobody in your network yet."


# -- goals ----------------------------------------------------------------------------------------------


def _goal(
    goal_id: int, title: str, created: date, target: date | None, done: list[date | None], status=GoalStatus.ACTIVE
) -> Goal:  # type: ignore[no-untyped-def]
    milestones = [Milestone(f"{title} step {n}", id=goal_id * 10 + n, done_on=d) for n, d in enumerate(done)]
    return Goal(
        title, id=goal_id, status=status, target_date=target, created_at=f"{created}T09:00:00", milestones=milestones
    )


def test_goals_compare_milestones_done_with_time_gone() -> None:
    goals = [
        _goal(3, "Speak at a conference", date(2026, 5, 1), None, []),
        _goal(2, "Learn Rust", date(2026, 10, 1), date(2027, 10, 1), [date(2026, 11, 1), None]),
        _goal(1, "Staff engineer", date(2026, 1, 1), date(2026, 12, 31), [date(2026, 3, 1), None, None, None]),
        _goal(4, "Old plan", date(2025, 1, 1), date(2025, 12, 1), [None], status=GoalStatus.ACHIEVED),
    ]
    chart = goals_chart(goals, TODAY)
    assert chart.style is ChartStyle.PROGRESS and chart.max_value == 100
    assert [b.label for b in chart.buckets] == ["Staff engineer", "Learn Rust", "Speak at a conference"]
    assert [b.values[0] for b in chart.buckets] == [25.0, 50.0, 0.0]
    assert [b.marker for b in chart.buckets] == [89.6, 14.5, None]  # 326 of 364 days; 53 of 365
    assert chart.buckets[0].note == "1 of 4 milestones done · target 2026-12-31, 38 days left · 90% of the time gone"
    assert chart.buckets[2].note == "no milestones yet · no target date"
    assert [(r.kind, r.record_id) for r in chart.buckets[1].records] == [
        (RecordKind.GOAL, 2), (RecordKind.MILESTONE, 20), (RecordKind.MILESTONE, 21),
    ]  # fmt: skip
    assert chart.reading == "1 of 2 goals is behind: “Staff engineer”, 1 of 4 milestones done, 38 days left."


def test_a_goal_starts_at_its_first_milestone_when_that_came_before_it_was_written_down() -> None:
    goal = _goal(1, "G", date(2026, 11, 1), date(2026, 12, 21), [date(2026, 10, 22)])
    assert time_gone(goal, TODAY) == 32 / 60
    assert time_gone(_goal(2, "No target", date(2026, 1, 1), None, []), TODAY) is None


def test_goal_readings() -> None:
    on_pace = _goal(1, "G", date(2026, 11, 1), date(2027, 11, 1), [date(2026, 11, 2), None])
    assert goals_chart([on_pace], TODAY).reading == "Your goal is on pace for its target date."
    assert goals_chart([], TODAY).reading.startswith("No active goal.")
    undated = _goal(1, "G", date(2026, 11, 1), None, [None])
    assert goals_chart([undated], TODAY).reading.startswith("Give your active goals milestones and a target date")
    late = [_goal(n, f"G{n}", date(2026, 1, 1), date(2026, 11, 1), [None]) for n in (1, 2, 3)]
    assert goals_chart(late, TODAY).reading == "3 of 3 goals are behind their pace: “G1”, “G2” and 1 more."


# -- rhythm ---------------------------------------------------------------------------------------------


def _entry(entry_id: int, day: date, kind: EntryKind, private: bool = False) -> EntrySummary:
    return EntrySummary(entry_id, day, f"Entry {entry_id}", kind, [], private, False)


def test_rhythm_counts_wins_and_weeks_with_a_reflection_by_month() -> None:
    entries = [
        _entry(1, date(2026, 11, 2), EntryKind.WIN),
        _entry(2, date(2026, 11, 20), EntryKind.WIN, private=True),
        _entry(3, date(2026, 9, 15), EntryKind.WIN),
        _entry(4, date(2026, 7, 1), EntryKind.WIN),
        _entry(5, date(2026, 11, 20), EntryKind.REFLECTION),
        _entry(6, date(2026, 11, 21), EntryKind.REFLECTION),  # the same week: counted once
        _entry(7, date(2026, 11, 9), EntryKind.REFLECTION),
        _entry(8, date(2026, 10, 1), EntryKind.REFLECTION),
        _entry(9, date(2026, 9, 29), EntryKind.REFLECTION),  # that week's Thursday is 1 October
        _entry(10, date(2026, 11, 3), EntryKind.NOTE),
    ]
    chart = rhythm_chart(entries, MONTHS, TODAY)
    assert chart.layers == ("Wins", "Weeks with a reflection")
    assert _values(chart, "2026-11") == (2, 2)
    assert _values(chart, "2026-10") == (0, 1)
    assert _values(chart, "2026-09") == (1, 0)
    assert _values(chart, "2026-07") == (1, 0)
    november = next(b for b in chart.buckets if b.key == "2026-11")
    assert [r.record_id for r in november.records] == [6, 5, 2, 7, 1]  # newest first; the note is not behind it
    assert november.records[2].detail == "Win · 2026-11-20 · private"
    assert chart.reading == (
        "3 wins written down in the last 3 months (1 in the 3 before); a reflection in 3 of the last 12 weeks."
    )
    assert rhythm_chart([], MONTHS, TODAY).reading.startswith("No wins written down in the last 3 months (0 in")


def test_build_insights_puts_the_five_charts_in_order() -> None:
    insights = build_insights(InsightsData(), TODAY, 24)
    assert [c.key for c in insights.charts] == ["teaching", "coverage", "network", "goals", "rhythm"]
    assert insights.chart("teaching").reading == "No teaching written down in the last 2 years."
    assert len(insights.chart("rhythm").buckets) == 24


# -- in Swedish -------------------------------------------------------------------------------------------


def test_every_chart_reads_in_swedish_when_asked_and_in_english_by_default() -> None:
    teachings = [
        _taught(1, 1, 1, "Dana", date(2026, 3, 10), LearnerLevel.AWARE),
        _taught(2, 1, 1, "Dana", date(2026, 3, 20), LearnerLevel.WITH_HELP),
        _taught(3, 2, 2, "Jo", date(2026, 3, 5), LearnerLevel.ON_THEIR_OWN),
    ]
    chart = teaching_chart(teachings, MONTHS, TODAY, Language.SWEDISH)
    assert chart.title == "Upplärning över tid"
    assert chart.layers == ("Känner till", "Med hjälp", "På egen hand", "Kan lära andra")
    assert chart.reading == (
        "Du lärde upp 2 personer de senaste 12 månaderna (3 tillfällen); 1 av dem kom till ”på egen hand” eller längre."
    )
    assert chart.describe(3) == (
        "mars 2026: 2 personer (känner till 0, med hjälp 1, på egen hand 1, kan lära andra 0); 3 upplärningstillfällen"
    )
    assert [b.axis_label for b in chart.buckets[:3]] == ["dec 2025", "jan 2026", "feb"]
    assert next(b for b in chart.buckets if b.key == "2026-03").records[0].detail == "2026-03-20 · med hjälp · i par"
    assert teaching_chart([], starts=month_starts(TODAY, 24), today=TODAY, language=Language.SWEDISH).reading == (
        "Ingen upplärning nedskriven de senaste 2 åren."
    )
    assert teaching_chart(teachings, MONTHS, TODAY).title == "Teaching over time"  # the app's language: English

    critical = [Skill(name=n, id=i, criticality=Criticality.CRITICAL) for i, n in enumerate("AB", 1)]
    coverage = coverage_chart(critical, teachings[2:], MONTHS, TODAY, Language.SWEDISH)
    assert coverage.reading == "1 av 2 kritiska kunskaper har fortfarande bara du; i december 2025 var det 2."

    people = [_person(1, Relationship.INTERNAL_CUSTOMER, 200, follow_up=-5), _person(2, Relationship.PEER, 3)]
    network = network_chart(people, TODAY, Language.SWEDISH)
    assert network.reading == (
        "1 av 2 personer utan kontakt på 6 månader, 1 av dem interna kunder eller strategiska partner;"
        " 1 uppföljning försenad."
    )
    assert [b.axis_label for b in network.buckets] == ["< 1 mån", "1–3 mån", "3–6 mån", "6–12 mån", "> 1 år", "Aldrig"]
    assert network.buckets[3].records[0].detail == (
        "Intern kund · senaste kontakt 2026-05-07 (200 dagar sedan) · uppföljning försenad sedan 2026-11-18"
    )

    goal = _goal(1, "Staff engineer", date(2026, 1, 1), date(2026, 12, 31), [date(2026, 3, 1), None, None, None])
    goals = goals_chart([goal], TODAY, Language.SWEDISH)
    assert goals.reading == "”Staff engineer” ligger efter: 1 av 4 delmål klara, 38 dagar kvar."
    assert goals.describe(0) == (
        "Staff engineer: 25 %; 1 av 4 delmål klara · måldatum 2026-12-31, 38 dagar kvar · 90 % av tiden har gått"
    )

    rhythm = rhythm_chart([_entry(1, date(2026, 11, 2), EntryKind.WIN)], MONTHS, TODAY, Language.SWEDISH)
    assert rhythm.reading == (
        "1 framgång de senaste 3 månaderna (0 de 3 månaderna före); en reflektion 0 av de senaste 12 veckorna."
    )
    assert rhythm.buckets[-1].records[0].detail == "Framgång · 2026-11-02"
    assert rhythm.empty_text == "Inget att visa för den här perioden än."


def test_the_whole_set_follows_the_app_language_unless_one_is_asked_for() -> None:
    use_language(Language.SWEDISH)
    try:
        assert build_insights(InsightsData(), TODAY).chart("network").reading == "Ingen i ditt nätverk än."
        english = build_insights(InsightsData(), TODAY, language=Language.ENGLISH)
        assert english.chart("network").reading == "Nobody in your network yet."
    finally:
        use_language(Language.ENGLISH)
