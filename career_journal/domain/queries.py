"""What a list or a search asks for, and what a search returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .enums import EntryKind, RecordKind


@dataclass(slots=True, frozen=True)
class EntryFilter:
    date_from: date | None = None
    date_to: date | None = None
    tag: str | None = None
    kind: EntryKind | None = None
    private: bool | None = None  # None: both; False: only shareable; True: only private
    starred: bool | None = None
    person_id: int | None = None
    goal_id: int | None = None
    skill_id: int | None = None


class EntrySort(StrEnum):
    """The orders a list of entries can be read in (each backed by an index)."""

    DATE = "date"
    TITLE = "title"
    KIND = "kind"


@dataclass(slots=True, frozen=True)
class EntryCursor:
    """Where the previous page of a newest-first list ended."""

    entry_date: date
    id: int


@dataclass(slots=True, frozen=True)
class SearchQuery:
    text: str
    kinds: tuple[RecordKind, ...] = ()
    tag: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    limit: int = 50


@dataclass(slots=True)
class SearchHit:
    kind: RecordKind
    record_id: int
    title: str
    snippet: str  # plain text, the matched words between MATCH_START and MATCH_END
    day: date | None
    score: float
    extra: dict = field(default_factory=dict)


# Control characters that never occur in journal text, so a snippet can be
# highlighted safely in a terminal, Markdown or HTML.
MATCH_START = "\x02"
MATCH_END = "\x03"
