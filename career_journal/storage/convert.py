"""Dates in and out of the database's ISO text columns."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

T = TypeVar("T")


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def to_date(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def placeholders(values: list) -> str:
    return ", ".join("?" for _ in values)


def trusted(cls: type[T], **values: object) -> T:
    """A record built from values the journal itself wrote, without checking them again.

    Reading a decade of entries for an export is dominated by such checks
    otherwise; every field must be given.
    """
    record = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(record, name, value)
    return record
