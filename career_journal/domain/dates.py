"""Dates as a person types them, read the same way by the command line and the app.

``parse_date`` takes ``2026-12-11``, ``today``, ``tomorrow``, ``yesterday``,
offsets (``+3d``, ``-1w``, ``+2m``, ``+1y``), ``in 3 days`` / ``2 weeks ago``,
weekday names (``friday``, ``next friday``, ``last monday``) and the way the app
shows a date back (``Fri 11 Dec 2026``). The Swedish words are read too, in any
language and with no setting: ``idag``, ``imorgon``/``i morgon``, ``igår``,
``+2v``, ``+1å``, ``om 2 veckor``, ``för 3 dagar sedan``, ``fredag``,
``nästa fredag``, ``i fredags``, ``fre 11 dec 2026``. Anything else is refused
with one line that says what would work, in the app's language.

Weekdays: ``friday`` is today when today is a Friday, else the coming one;
``next friday`` is the first Friday after today; ``last friday`` the last one
before today. The app shows what it understood, so a surprise is seen at once.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..language import Language, app_language
from ..phrasebook import month_name, phrase

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SWEDISH_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
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
SWEDISH_MONTHS = tuple(month_name(number, Language.SWEDISH) for number in range(1, 13))
_NAMED_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}
_NAMED_DAYS |= {"idag": 0, "imorgon": 1, "igår": -1, "övermorgon": 2, "förrgår": -2}
_NAMED_DAYS |= {"i dag": 0, "i morgon": 1, "i går": -1, "i övermorgon": 2, "i förrgår": -2}
_UNITS = {
    **dict.fromkeys(("d", "day", "days", "dag", "dagar"), "day"),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks", "v", "vecka", "veckor"), "week"),
    **dict.fromkeys(("m", "mo", "month", "months", "mån", "månad", "månader"), "month"),
    **dict.fromkeys(("y", "yr", "yrs", "year", "years", "å", "år"), "year"),
}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER_WORDS |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER_WORDS |= {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8}
_NUMBER_WORDS |= {"nio": 9, "tio": 10, "elva": 11, "tolv": 12}
# Which weekday: "next"/"nästa" the first after today, "last"/"förra" the last before, "this"/"på" the coming one.
_WHICH = {"next": "next", "nästa": "next", "last": "last", "förra": "last", "this": "this", "på": "this"}
_DIGITS = "[0-9]"  # ASCII only: str.isdigit() also says yes to '²' and Arabic-Indic digits
_LETTERS = "[a-zåäö]"
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_AMOUNT = rf"{_DIGITS}{{1,4}}|{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))}"
_ISO = re.compile(rf"({_DIGITS}{{4}})-({_DIGITS}{{1,2}})-({_DIGITS}{{1,2}})")
_COMPACT = re.compile(rf"({_DIGITS}{{4}})({_DIGITS}{{2}})({_DIGITS}{{2}})")
_OFFSET = re.compile(rf"([+-]) ?({_DIGITS}{{1,4}}) ?({_UNIT})")
_IN = re.compile(rf"(?:in|om) ({_AMOUNT}) ?({_UNIT})")
_AGO = re.compile(rf"(?:för )?({_AMOUNT}) ?({_UNIT}) (?:ago|sedan)")
_WEEKDAY = re.compile(rf"(?:({'|'.join(_WHICH)}) )?({_LETTERS}+)")
_LAST_SWEDISH = re.compile(rf"i ({_LETTERS}+)s")  # "i fredags": last Friday
_SPELLED = re.compile(rf"(?:({_LETTERS}+),? )?({_DIGITS}{{1,2}}) ({_LETTERS}+),? ({_DIGITS}{{4}})")  # Fri 11 Dec 2026
_SPELLED_US = re.compile(rf"({_LETTERS}+) ({_DIGITS}{{1,2}}),? ({_DIGITS}{{4}})")  # Dec 11, 2026


def date_hint(language: Language | None = None) -> str:
    """What a date can be typed as, in ``language`` (default: the app's)."""
    return phrase("write it as YYYY-MM-DD (e.g. 2026-03-14), or today, tomorrow, +3d, -1w, +1m, friday, next friday",
                  language)  # fmt: skip


def parse_date(text: str, *, today: date | None = None) -> date:
    """The day ``text`` names; ValueError with a message for the person who typed it."""
    cleaned = " ".join(text.casefold().replace(",", ", ").split()).replace(" ,", ",")
    today = today or date.today()
    try:
        found = _read(cleaned, today)
    except OverflowError:
        raise ValueError(
            phrase("'{text}' is too far away; choose a day between the years 1 and 9999.", None, text=text)
        ) from None
    if found is None:
        raise ValueError(phrase("'{text}' is not a date; {hint}.", None, text=text, hint=date_hint()))
    return found


def describe_date(day: date, language: Language | None = None) -> str:
    """The day as the app shows it back: "Fri 11 Dec 2026" ("fre 11 dec 2026" in Swedish); ``parse_date`` reads both."""
    if language is Language.SWEDISH or (language is None and _app_speaks_swedish()):
        return f"{SWEDISH_WEEKDAYS[day.weekday()][:3]} {day.day} {SWEDISH_MONTHS[day.month - 1][:3]} {day.year}"
    return f"{WEEKDAYS[day.weekday()][:3].title()} {day.day} {MONTHS[day.month - 1][:3].title()} {day.year}"


def _app_speaks_swedish() -> bool:
    return app_language() is Language.SWEDISH


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
    if (match := _LAST_SWEDISH.fullmatch(text)) and (weekday := _weekday(match.group(1))) is not None:
        return _on_weekday(today, weekday, "last")
    if match := _WEEKDAY.fullmatch(text):
        which, name = match.groups()
        weekday = _weekday(name)
        if weekday is not None:
            return _on_weekday(today, weekday, _WHICH[which] if which else "this")
    return None


def _amount(word: str) -> int:
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word)


def _real_day(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise ValueError(
            phrase("{day} is not a date: there is no month {month}.", None, day=f"{year}-{month:02d}-{day:02d}",
                   month=month)
        )  # fmt: skip
    length = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= length:
        raise ValueError(
            phrase(
                "{day} is not a date: {month} {year} has {length} days.",
                None, day=f"{year}-{month:02d}-{day:02d}", month=month_name(month), year=year, length=length,
            )
        )  # fmt: skip
    if year < 1:
        raise ValueError(phrase("Choose a day between the years 1 and 9999."))
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


def _unique_start(name: str, *lists: tuple[str, ...]) -> int | None:
    """The 0-based place of the one entry, in any of the lists, that ``name`` begins (at least three letters)."""
    if len(name) < 3:
        return None
    matches = {number for names in lists for number, full in enumerate(names) if full.startswith(name)}
    return matches.pop() if len(matches) == 1 else None


def _weekday(name: str) -> int | None:
    """0 for Monday ... 6 for Sunday, from the full name or its first three letters (and a few more)."""
    return _unique_start(name, WEEKDAYS, SWEDISH_WEEKDAYS)


def _month(name: str) -> int | None:
    number = _unique_start(name, MONTHS, SWEDISH_MONTHS)
    return None if number is None else number + 1


def _on_weekday(today: date, weekday: int, which: str) -> date:
    ahead = (weekday - today.weekday()) % 7
    if which == "next":
        return today + timedelta(days=ahead or 7)
    if which == "last":
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    return today + timedelta(days=ahead)


def _spelled(weekday_name: str | None, day: int, month_name_typed: str, year: int) -> date | None:
    month = _month(month_name_typed)
    if month is None:
        return None
    found = _real_day(year, month, day)
    if weekday_name is not None:
        weekday = _weekday(weekday_name)
        if weekday is None:
            return None
        if weekday != found.weekday():
            shown = describe_date(found)
            raise ValueError(
                phrase("{day} is a {weekday}, not a {said}.", None, day=shown[shown.index(" ") + 1 :],
                       weekday=_weekday_name(found.weekday()), said=_weekday_name(weekday))
            )  # fmt: skip
    return found


def _weekday_name(number: int) -> str:
    """ "Friday"; in a Swedish app "fredag" (Swedish writes weekdays in lower case)."""
    return SWEDISH_WEEKDAYS[number] if _app_speaks_swedish() else WEEKDAYS[number].title()
