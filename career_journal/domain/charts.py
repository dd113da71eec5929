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

    def describe(self, index: int) -> str:
        """One line about a bucket: its label, its values and its note."""
        bucket = self.buckets[index]
        if self.style is ChartStyle.PROGRESS:
            values = f"{_number(bucket.values[0])}%"
        elif len(self.layers) == 1:
            values = f"{_number(bucket.values[0])} {self.unit}".strip()
        else:
            parts = ", ".join(
                f"{layer.lower()} {_number(value)}" for layer, value in zip(self.layers, bucket.values, strict=True)
            )
            values = f"{_number(bucket.total)} {self.unit} ({parts})" if self.style is ChartStyle.STACKED else parts
        return f"{bucket.label}: {values}" + (f"; {bucket.note}" if bucket.note else "")

    @property
    def is_empty(self) -> bool:
        return not any(bucket.total for bucket in self.buckets)


def _number(value: float) -> str:
    return f"{value:g}"


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


def month_label(start: date, today: date) -> str:
    """ "June" in the current year, "June 2025" before it."""
    return f"{start:%B}" if start.year == today.year else f"{start:%B %Y}"


def month_buckets(starts: list[date]) -> list[tuple[str, str, str]]:
    """(key, full label, axis label) for each month; the axis names the year at its first month and each January."""
    labelled = []
    for number, start in enumerate(starts):
        axis = f"{start:%b %Y}" if number == 0 or start.month == 1 else f"{start:%b}"
        labelled.append((month_key(start), f"{start:%B %Y}", axis))
    return labelled


def period_text(months: int) -> str:
    """ "12 months", "2 years"."""
    return f"{months // 12} years" if months > 12 and months % 12 == 0 else count_of(months, "month")


def week_start(day: date) -> date:
    """The Monday of the ISO week the day falls in."""
    return day - timedelta(days=day.weekday())
