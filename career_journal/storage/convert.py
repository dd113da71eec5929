"""Dates in and out of the database's ISO text columns."""

from __future__ import annotations

from datetime import date


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def to_date(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def placeholders(values: list) -> str:
    return ", ".join("?" for _ in values)
