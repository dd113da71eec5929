"""Everything on one dated line: what a timeline row is, how the line is filtered and paged, and "on this day".

Each kind of record has one day on the line: an entry its date, a teaching
record the day it was taught, a conversation the day it happened, a milestone
the day it was done, a handover the day it completed (or started), and the
other kinds the day they were written down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..language import Language
from ..phrasebook import phrase_count
from .enums import EntryKind, RecordKind

# Within one day the line reads entries first, then conversations, teaching… (the higher rank comes first).
KINDS_IN_A_DAY = (
    RecordKind.ENTRY,
    RecordKind.INTERACTION,
    RecordKind.TEACHING,
    RecordKind.MILESTONE,
    RecordKind.HANDOVER,
    RecordKind.OPPORTUNITY,
    RecordKind.GOAL,
    RecordKind.SKILL,
    RecordKind.PERSON,
    RecordKind.ADVISER,
)
RANK = {kind: len(KINDS_IN_A_DAY) - number for number, kind in enumerate(KINDS_IN_A_DAY)}
# The kinds that can be linked to a person, and to a goal.
WITH_PEOPLE = frozenset(
    {
        RecordKind.ENTRY,
        RecordKind.TEACHING,
        RecordKind.HANDOVER,
        RecordKind.PERSON,
        RecordKind.INTERACTION,
        RecordKind.OPPORTUNITY,
        RecordKind.ADVISER,
    }
)
WITH_GOALS = frozenset({RecordKind.ENTRY, RecordKind.GOAL, RecordKind.MILESTONE})
ON_THIS_DAY_YEARS = (1, 2, 5)
PAGE = 200  # rows read at a time as the line scrolls


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    kinds: frozenset[RecordKind] = frozenset()  # empty: every kind
    tag: str | None = None  # only entries carry tags
    person_id: int | None = None
    goal_id: int | None = None

    def shows(self, kind: RecordKind) -> bool:
        """Whether records of ``kind`` can pass this filter at all."""
        if self.kinds and kind not in self.kinds:
            return False
        if self.tag and kind is not RecordKind.ENTRY:
            return False
        if self.person_id is not None and kind not in WITH_PEOPLE:
            return False
        return self.goal_id is None or kind in WITH_GOALS


@dataclass(frozen=True, slots=True)
class TimelineCursor:
    """Where a page of the line ended: the next page starts just after this row."""

    day: date
    rank: int
    record_id: int


@dataclass(frozen=True, slots=True)
class TimelineItem:
    kind: RecordKind
    record_id: int
    day: date
    title: str
    detail: str = ""
    private: bool = False
    entry_kind: EntryKind | None = None

    @property
    def cursor(self) -> TimelineCursor:
        return TimelineCursor(self.day, RANK[self.kind], self.record_id)


@dataclass(frozen=True, slots=True)
class WeekBack:
    """The same ISO week some years before."""

    years: int
    start: date  # its Monday
    end: date  # its Sunday

    def label(self, language: Language | None = None) -> str:
        """ "1 year ago", "5 years ago" (Swedish: "för 5 år sedan"), in ``language`` (default: the app's)."""
        return phrase_count(self.years, "{n} year ago", "{n} years ago", language)


def same_week_years_ago(today: date, years: tuple[int, ...] = ON_THIS_DAY_YEARS) -> list[WeekBack]:
    """The week with today's ISO week number in each of ``years`` years before (week 53 falls back to 52)."""
    iso_year, week, _day = today.isocalendar()
    found = []
    for back in years:
        try:
            monday = date.fromisocalendar(iso_year - back, week, 1)
        except ValueError:  # that year has no week 53
            monday = date.fromisocalendar(iso_year - back, week - 1, 1)
        found.append(WeekBack(back, monday, monday + timedelta(days=6)))
    return found
