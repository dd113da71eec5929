"""Dates as a person types them, read the same way by the command line and the app.

``parse_date`` takes ``2026-12-11``, ``today``, ``tomorrow``, ``yesterday``,
offsets (``+3d``, ``-1w``, ``+2m``, ``+1y``), ``in 3 days`` / ``2 weeks ago``,
weekday names (``friday``, ``next friday``, ``last monday``) and the way the app
shows a date back (``Fri 11 Dec 2026``). English words only; anything else is
refused with one line that says what would work.

Weekdays: ``friday`` is today when today is a Friday, else the coming one;
``next friday`` is the first Friday after today; ``last friday`` the last one
before today. The app shows what it understood, so a surprise is seen at once.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NAMED_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}
_UNITS = {
    **dict.fromkeys(("d", "day", "days"), "day"),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), "week"),
    **dict.fromkeys(("m", "mo", "month", "months"), "month"),
    **dict.fromkeys(("y", "yr", "yrs", "year", "years"), "year"),
}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER_WORDS |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_DIGITS = "[0-9]"  # ASCII only: str.isdigit() also says yes to '²' and Arabic-Indic digits
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_AMOUNT = rf"{_DIGITS}{{1,4}}|{'|'.join(_NUMBER_WORDS)}"
_ISO = re.compile(rf"({_DIGITS}{{4}})-({_DIGITS}{{1,2}})-({_DIGITS}{{1,2}})")
_COMPACT = re.compile(rf"({_DIGITS}{{4}})({_DIGITS}{{2}})({_DIGITS}{{2}})")
_OFFSET = re.compile(rf"([+-]) ?({_DIGITS}{{1,4}}) ?({_UNIT})")
_IN = re.compile(rf"in ({_AMOUNT}) ?({_UNIT})")
_AGO = re.compile(rf"({_AMOUNT}) ?({_UNIT}) ago")
_WEEKDAY = re.compile(r"(?:(next|last|this) )?([a-z]+)")
_SPELLED = re.compile(rf"(?:([a-z]+),? )?({_DIGITS}{{1,2}}) ([a-z]+),? ({_DIGITS}{{4}})")  # Fri 11 Dec 2026
_SPELLED_US = re.compile(rf"([a-z]+) ({_DIGITS}{{1,2}}),? ({_DIGITS}{{4}})")  # Dec 11, 2026

HINT = "write it as YYYY-MM-DD (e.g. 2026-03-14), or today, tomorrow, +3d, -1w, +1m, friday, next friday"


def parse_date(text: str, *, today: date | None = None) -> date:
    """The day ``text`` names; ValueError with a message for the person who typed it."""
    cleaned = " ".join(text.casefold().replace(",", ", ").split()).replace(" ,", ",")
    today = today or date.today()
    try:
        found = _read(cleaned, today)
    except OverflowError:
        raise ValueError(f"'{text}' is too far away; choose a day between the years 1 and 9999.") from None
    if found is None:
        raise ValueError(f"'{text}' is not a date; {HINT}.")
    return found


def describe_date(day: date) -> str:
    """The day as the app shows it back: "Fri 11 Dec 2026" (English, like the words it reads)."""
    return f"{WEEKDAYS[day.weekday()][:3].title()} {day.day} {MONTHS[day.month - 1][:3].title()} {day.year}"


def _read(text: str, today: date) -> date | None:
    if text in _NAMED_DAYS:
        return today + timedelta(days=_NAMED_DAYS[text])
    if match := _ISO.fullmatch(text) or _COMPACT.fullmatch(text):
        return _real_day(*(int(part) for part in match.groups()))
    if match := _OFFSET.fullmatch(text):
        sign = 1 if match.group(1) == "+" else -1
        return _shift(today, sign * int(match.group(2)), _UNITS[match.group(3)])
    if match := _IN.fullmatch(text):
        return _shift(today, _amount(match.group(1)), _UNITS[match.group(2)])
    if match := _AGO.fullmatch(text):
        return _shift(today, -_amount(match.group(1)), _UNITS[match.group(2)])
    if match := _SPELLED.fullmatch(text):
        weekday, day, month, year = match.groups()
        return _spelled(weekday, int(day), month, int(year))
    if match := _SPELLED_US.fullmatch(text):
        month, day, year = match.groups()
        return _spelled(None, int(day), month, int(year))
    if match := _WEEKDAY.fullmatch(text):
        which, name = match.groups()
        weekday = _weekday(name)
        if weekday is not None:
            return _on_weekday(today, weekday, which or "this")
    return None


def _amount(word: str) -> int:
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)


def _real_day(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise ValueError(f"{year}-{month:02d}-{day:02d} is not a date: there is no month {month}.")
    length = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= length:
        month_name = MONTHS[month - 1].title()
        raise ValueError(f"{year}-{month:02d}-{day:02d} is not a date: {month_name} {year} has {length} days.")
    if year < 1:
        raise ValueError("Choose a day between the years 1 and 9999.")
    return date(year, month, day)


def _shift(start: date, amount: int, unit: str) -> date:
    if unit == "day":
        return start + timedelta(days=amount)
    if unit == "week":
        return start + timedelta(weeks=amount)
    months = start.month - 1 + amount * (12 if unit == "year" else 1)
    year, month = start.year + months // 12, months % 12 + 1
    if not 1 <= year <= 9999:
        raise OverflowError(year)
    # The 31st plus a month is the last day of a shorter month, not a day in the one after.
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _weekday(name: str) -> int | None:
    """0 for Monday ... 6 for Sunday, from the full name or its first three letters (and a few more)."""
    if len(name) < 3:
        return None
    matches = [number for number, weekday in enumerate(WEEKDAYS) if weekday.startswith(name)]
    return matches[0] if len(matches) == 1 else None


def _month(name: str) -> int | None:
    if len(name) < 3:
        return None
    matches = [number for number, month in enumerate(MONTHS, 1) if month.startswith(name)]
    return matches[0] if len(matches) == 1 else None


def _on_weekday(today: date, weekday: int, which: str) -> date:
    ahead = (weekday - today.weekday()) % 7
    if which == "next":
        return today + timedelta(days=ahead or 7)
    if which == "last":
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    return today + timedelta(days=ahead)


def _spelled(weekday_name: str | None, day: int, month_name: str, year: int) -> date | None:
    month = _month(month_name)
    if month is None:
        return None
    found = _real_day(year, month, day)
    if weekday_name is not None:
        weekday = _weekday(weekday_name)
        if weekday is None:
            return None
        if weekday != found.weekday():
            said = WEEKDAYS[weekday].title()
            raise ValueError(f"{describe_date(found)[4:]} is a {WEEKDAYS[found.weekday()].title()}, not a {said}.")
    return found
