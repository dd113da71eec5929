"""What a chart shows, as plain data: buckets along one axis, a value per layer in each, and the records behind them.

The Insights page draws these; an export can draw the same ones to images. A
chart also says in words what it shows (``reading``) and what each bucket
holds (``describe``), for tooltips and screen readers.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from ..language import Language, app_language
from ..phrasebook import decimal, month_name, phrase, phrase_count
from .enums import RecordKind
from .wording import count_of


class ChartStyle(StrEnum):
    BARS = "bars"  # the layers side by side in each bucket
    STACKED = "stacked"  # the layers piled up: the bucket's total is the height
    LINE = "line"  # one point per bucket for each layer, joined
    PROGRESS = "progress"  # one horizontal bar per bucket out of ``max_value``, with an optional marker


@dataclass(frozen=True, slots=True)
class RecordRef:
    """A record behind a bucket: enough to list it and to open it on its page."""

    kind: RecordKind
    record_id: int
    title: str
    detail: str = ""


@dataclass(slots=True)
class Bucket:
    key: str  # stable across refreshes ("2026-11", "never", a goal id)
    label: str  # in full, for tooltips and lists ("November 2026")
    axis_label: str  # short, under the axis ("Nov")
    values: tuple[float, ...]  # one per layer of the chart
    records: list[RecordRef] = field(default_factory=list)
    note: str = ""  # more about the bucket, in words
    marker: float | None = None  # PROGRESS: where the bar "should" be by now

    @property
    def total(self) -> float:
        return sum(self.values)


@dataclass(slots=True)
class Chart:
    key: str
    title: str
    style: ChartStyle
    layers: tuple[str, ...]
    buckets: list[Bucket]
    reading: str  # one sentence: what the chart says
    unit: str = ""  # what the values count, in the plural ("people")
    ordered_layers: bool = False  # the layers are steps of one scale (drawn as shades of one colour)
    max_value: float | None = None  # a fixed top of the scale; else the largest value
    marker_label: str = ""  # PROGRESS: what the marker means
    language: Language = Language.ENGLISH  # the language of every word above

    def describe(self, index: int) -> str:
        """One line about a bucket: its label, its values and its note."""
        bucket = self.buckets[index]
        if self.style is ChartStyle.PROGRESS:
            values = phrase("{value}%", self.language, value=decimal(bucket.values[0], self.language))
        elif len(self.layers) == 1:
            values = f"{decimal(bucket.values[0], self.language)} {self.unit}".strip()
        else:
            parts = ", ".join(
                f"{layer.lower()} {decimal(value, self.language)}"
                for layer, value in zip(self.layers, bucket.values, strict=True)
            )
            values = (
                f"{decimal(bucket.total, self.language)} {self.unit} ({parts})"
                if self.style is ChartStyle.STACKED
                else parts
            )
        return f"{bucket.label}: {values}" + (f"; {bucket.note}" if bucket.note else "")

    @property
    def is_empty(self) -> bool:
        return not any(bucket.total for bucket in self.buckets)

    @property
    def empty_text(self) -> str:
        """What the chart shows instead of bars when the period holds nothing."""
        return phrase("Nothing to show for this period yet.", self.language)


# -- months -----------------------------------------------------------------------
def month_starts(today: date, count: int) -> list[date]:
    """The first days of the last ``count`` months, oldest first, ending with today's month."""
    year, month = today.year, today.month
    starts = []
    for _ in range(count):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def month_end(start: date) -> date:
    return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_label(start: date, today: date, language: Language | None = None) -> str:
    """ "June" in the current year, "June 2025" before it (Swedish: "juni", "juni 2025")."""
    name = month_name(start.month, language)
    return name if start.year == today.year else f"{name} {start.year}"


def month_buckets(starts: list[date], language: Language | None = None) -> list[tuple[str, str, str]]:
    """(key, full label, axis label) for each month; the axis names the year at its first month and each January."""
    labelled = []
    for number, start in enumerate(starts):
        short = month_name(start.month, language, short=True)
        axis = f"{short} {start.year}" if number == 0 or start.month == 1 else short
        labelled.append((month_key(start), f"{month_name(start.month, language)} {start.year}", axis))
    return labelled


def period_text(months: int) -> str:
    """ "12 months", "2 years"."""
    return f"{months // 12} years" if months > 12 and months % 12 == 0 else count_of(months, "month")


def the_last(months: int, language: Language | None = None) -> str:
    """ "the last 12 months", "the last 2 years" (Swedish: "de senaste 12 månaderna"), for a reading's period."""
    language = language or app_language()
    if months > 12 and months % 12 == 0:
        return phrase_count(months // 12, "the last year", "the last {n} years", language)
    return phrase_count(months, "the last month", "the last {n} months", language)


def week_start(day: date) -> date:
    """The Monday of the ISO week the day falls in."""
    return day - timedelta(days=day.weekday())
