"""The coach packet's opening summary: what a coach reads in a minute, before the sections.

The period; the wins; who was taught what and how far they got; the critical
skills only the user can do at the start and at the end of the period; goals
that moved; conversations with internal customers and opportunities found;
follow-ups and check-ins overdue; and "What I want to talk about", the user's
own few lines. Everything comes from what the sections show, so it keeps the
same privacy: private wins, goals and opportunities are neither listed nor counted.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..domain.charts import Chart
from ..domain.enums import Criticality, EntryKind, Relationship
from ..domain.insights import uncovered_on
from ..domain.wording import count_of
from .md_charts import chart_blocks
from .md_inline import plain
from .md_sections import Sections, in_range, items
from .packet_options import WORDS

TITLES_SHOWN = 5  # the summary names this many wins, then counts the rest


def coach_summary(
    sections: Sections, topics: str, charts: Sequence[Chart] = (), charts_folder_name: str = ""
) -> Iterator[str]:
    """The summary's blocks: an H2, a list of facts, the charts (linked files) when given, and the user's
    topics under an H3 when there are any."""
    first = sections.start or _first_day(sections)
    end = sections.end
    yield sections.heading(2, WORDS["summary"])
    yield items(
        fact
        for fact in (
            f"Period: {first} to {end} ({count_of((end - first).days + 1, 'day')})",
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
        yield from chart_blocks(charts, charts_folder_name, sections.heading(3, WORDS["charts"]))
    if topics.strip():
        yield sections.heading(3, WORDS["topics"])
        yield from sections.body(topics, 3)


def _first_day(sections: Sections) -> date:
    first = sections.journal.entries.list(limit=1, oldest_first=True)
    return first[0].entry_date if first else sections.end


def _wins(sections: Sections) -> str:
    wins = sections.journal.entries.list(replace(sections.entry_filter(), kind=EntryKind.WIN), oldest_first=True)
    if not wins:
        return "Wins: none written down"
    names = ", ".join(f"“{plain(w.display_title)}”" for w in wins[:TITLES_SHOWN])
    more = f" and {len(wins) - TITLES_SHOWN} more" if len(wins) > TITLES_SHOWN else ""
    return f"Wins: {len(wins)} ({names}{more})"


def _taught(sections: Sections) -> str:
    by_person: dict[str, dict[str, str]] = {}
    for teaching in sections.taught():  # newest first: the first level met for a skill is the latest
        skills = by_person.setdefault(plain(teaching.person_name), {})
        skills.setdefault(plain(teaching.skill_name), teaching.level.label.lower())
    if not by_person:
        return "Taught: nobody in this period"
    people = "; ".join(
        f"{name}: {', '.join(f'{skill} ({level})' for skill, level in skills.items())}"
        for name, skills in sorted(by_person.items())
    )
    return f"Taught: {people}"


def _only_you(sections: Sections, first: date) -> str:
    skills = [s for s in sections.journal.skills.list() if s.criticality is Criticality.CRITICAL]
    if not skills:
        return ""
    teachings = sections.journal.skills.teachings()
    before = len(uncovered_on(first - timedelta(days=1), skills, teachings))
    after = uncovered_on(sections.end, skills, teachings)
    names = ", ".join(plain(s.name) for s in after)
    return f"Critical skills only I can do: {before} of {len(skills)} at the start, {len(after)} at the end" + (
        f" ({names})" if names else ""
    )


def _goals_moved(sections: Sections) -> str:
    moved = []
    for goal in sections.shown_goals():
        done = sum(in_range(m.done_on, sections.start, sections.end) for m in goal.milestones)
        if done:
            moved.append(f"{plain(goal.title)} ({count_of(done, 'milestone')} done)")
    return f"Goals moved: {'; '.join(moved)}" if moved else "Goals moved: no milestone done in this period"


def _customers_and_opportunities(sections: Sections) -> str:
    journal = sections.journal
    customers = {p.id for p in sections.people() if p.relationship is Relationship.INTERNAL_CUSTOMER}
    talks = [
        i
        for i in journal.people.interactions(date_from=sections.start, date_to=sections.end)
        if customers & set(i.person_ids)
    ]
    found = [
        o
        for o in sections.shown_opportunities()
        if o.created_at and in_range(date.fromisoformat(o.created_at[:10]), sections.start, sections.end)
    ]
    names = ", ".join(f"“{plain(o.title)}”" for o in found)
    return f"Internal customers: {count_of(len(talks), 'conversation')}; opportunities found: {len(found)}" + (
        f" ({names})" if names else ""
    )


def _overdue(sections: Sections) -> str:
    due = sections.journal.follow_ups(sections.today)
    people = [d for d in due.people if d.overdue_days(sections.today) > 0]
    advisers = [s for s in due.advisers if s.overdue_days(sections.today) > 0]
    if not people and not advisers:
        return "Overdue: nothing; every follow-up and check-in is on time"
    parts = []
    if people:
        parts.append(f"{count_of(len(people), 'follow-up')} ({', '.join(plain(d.person.name) for d in people)})")
    if advisers:
        names = ", ".join(plain(s.adviser.person_name) for s in advisers)
        parts.append(f"{count_of(len(advisers), 'check-in')} ({names})")
    return f"Overdue: {'; '.join(parts)}"
