"""The coach packet's opening summary: what a coach reads in a minute, before the sections.

The period; the wins; who was taught what and how far they got; the critical
skills only the user can do at the start and at the end of the period; goals
that moved; conversations with internal customers and opportunities found;
follow-ups and check-ins overdue; and "What I want to talk about", the user's
own few lines. Everything comes from what the sections show, so it keeps the
same privacy: private wins, goals and opportunities are neither listed nor counted.
Written in the sections' language.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..domain.charts import Chart
from ..domain.enums import Criticality, EntryKind, Relationship
from ..domain.insights import uncovered_on
from ..phrasebook import label, number, phrase, phrase_count
from .md_charts import chart_blocks
from .md_inline import plain
from .md_sections import Sections, in_range, items

TITLES_SHOWN = 5  # the summary names this many wins, then counts the rest


def coach_summary(
    sections: Sections, topics: str, charts: Sequence[Chart] = (), charts_folder_name: str = ""
) -> Iterator[str]:
    """The summary's blocks: an H2, a list of facts, the charts (linked files) when given, and the user's
    topics under an H3 when there are any."""
    first = sections.start or _first_day(sections)
    end = sections.end
    language = sections.language
    yield sections.heading(2, phrase("Summary", language))
    yield items(
        fact
        for fact in (
            phrase_count(
                (end - first).days + 1,
                "Period: {first} to {end} ({n} day)",
                "Period: {first} to {end} ({n} days)",
                language,
                first=first,
                end=end,
            ),
            _wins(sections),
            _taught(sections),
            _only_you(sections, first),
            _goals_moved(sections),
            _customers_and_opportunities(sections),
            _overdue(sections),
        )
        if fact
    )
    if charts:
        yield from chart_blocks(charts, charts_folder_name, sections.heading(3, phrase("Charts", language)))
    if topics.strip():
        yield sections.heading(3, phrase("What I want to talk about", language))
        yield from sections.body(topics, 3)


def _first_day(sections: Sections) -> date:
    first = sections.journal.entries.list(limit=1, oldest_first=True)
    return first[0].entry_date if first else sections.end


def _wins(sections: Sections) -> str:
    wins = sections.journal.entries.list(replace(sections.entry_filter(), kind=EntryKind.WIN), oldest_first=True)
    language = sections.language
    if not wins:
        return phrase("Wins: none written down", language)
    names = ", ".join(phrase("“{title}”", language, title=plain(w.display_title)) for w in wins[:TITLES_SHOWN])
    more = len(wins) - TITLES_SHOWN
    if more > 0:
        names = phrase("{names} and {more} more", language, names=names, more=number(more, language))
    return phrase("Wins: {count} ({names})", language, count=number(len(wins), language), names=names)


def _taught(sections: Sections) -> str:
    by_person: dict[str, dict[str, str]] = {}
    for teaching in sections.taught():  # newest first: the first level met for a skill is the latest
        skills = by_person.setdefault(plain(teaching.person_name), {})
        skills.setdefault(plain(teaching.skill_name), label(teaching.level, sections.language).lower())
    if not by_person:
        return phrase("Taught: nobody in this period", sections.language)
    people = "; ".join(
        f"{name}: {', '.join(f'{skill} ({level})' for skill, level in skills.items())}"
        for name, skills in sorted(by_person.items())
    )
    return phrase("Taught: {people}", sections.language, people=people)


def _only_you(sections: Sections, first: date) -> str:
    skills = [s for s in sections.journal.skills.list() if s.criticality is Criticality.CRITICAL]
    if not skills:
        return ""
    teachings = sections.teachings
    before = len(uncovered_on(first - timedelta(days=1), skills, teachings))
    after = uncovered_on(sections.end, skills, teachings)
    names = ", ".join(plain(s.name) for s in after)
    language = sections.language
    counts = phrase(
        "Critical skills only I can do: {before} of {total} at the start, {after} at the end",
        language,
        before=number(before, language),
        total=number(len(skills), language),
        after=number(len(after), language),
    )
    return counts + (f" ({names})" if names else "")


def _goals_moved(sections: Sections) -> str:
    moved = []
    language = sections.language
    for goal in sections.shown_goals():
        done = sum(in_range(m.done_on, sections.start, sections.end) for m in goal.milestones)
        if done:
            moved.append(
                phrase_count(done, "{title} ({n} milestone done)", "{title} ({n} milestones done)", language,
                             title=plain(goal.title))
            )  # fmt: skip
    if not moved:
        return phrase("Goals moved: no milestone done in this period", language)
    return phrase("Goals moved: {goals}", language, goals="; ".join(moved))


def _customers_and_opportunities(sections: Sections) -> str:
    customers = {p.id for p in sections.people() if p.relationship is Relationship.INTERNAL_CUSTOMER}
    talks = [i for i in sections.interactions if customers & set(i.person_ids)]
    found = [
        o
        for o in sections.shown_opportunities()
        if o.created_at and in_range(date.fromisoformat(o.created_at[:10]), sections.start, sections.end)
    ]
    language = sections.language
    names = ", ".join(phrase("“{title}”", language, title=plain(o.title)) for o in found)
    counts = phrase_count(
        len(talks),
        "Internal customers: {n} conversation; opportunities found: {found}",
        "Internal customers: {n} conversations; opportunities found: {found}",
        language,
        found=number(len(found), language),
    )
    return counts + (f" ({names})" if names else "")


def _overdue(sections: Sections) -> str:
    due = sections.journal.follow_ups(sections.today)
    people = [d for d in due.people if d.overdue_days(sections.today) > 0]
    advisers = [s for s in due.advisers if s.overdue_days(sections.today) > 0]
    language = sections.language
    if not people and not advisers:
        return phrase("Overdue: nothing; every follow-up and check-in is on time", language)
    parts = []
    if people:
        names = ", ".join(plain(d.person.name) for d in people)
        parts.append(phrase_count(len(people), "{n} follow-up ({names})", "{n} follow-ups ({names})", language,
                                  names=names))  # fmt: skip
    if advisers:
        names = ", ".join(plain(s.adviser.person_name) for s in advisers)
        parts.append(phrase_count(len(advisers), "{n} check-in ({names})", "{n} check-ins ({names})", language,
                                  names=names))  # fmt: skip
    return phrase("Overdue: {what}", language, what="; ".join(parts))
