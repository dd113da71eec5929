"""Dates typed the way people say them, read the same in the command line and the app."""

from __future__ import annotations

from datetime import date

import pytest

from career_journal.domain.dates import date_hint, describe_date, parse_date
from career_journal.language import Language, use_language

WEDNESDAY = date(2026, 12, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-14", date(2026, 3, 14)),
        (" 2024-02-29 ", date(2024, 2, 29)),
        ("2026-3-4", date(2026, 3, 4)),
        ("20261216", date(2026, 12, 16)),
        ("today", WEDNESDAY),
        ("Today", WEDNESDAY),
        ("  TOMORROW ", date(2026, 12, 10)),
        ("yesterday", date(2026, 12, 8)),
        ("+3d", date(2026, 12, 12)),
        ("+3 days", date(2026, 12, 12)),
        ("-1d", date(2026, 12, 8)),
        ("+2w", date(2026, 12, 23)),
        ("-1w", date(2026, 12, 2)),
        ("+1m", date(2027, 1, 9)),
        ("-12m", date(2025, 12, 9)),
        ("+1y", date(2027, 12, 9)),
        ("in 3 days", date(2026, 12, 12)),
        ("in a week", date(2026, 12, 16)),
        ("in two months", date(2027, 2, 9)),
        ("2 weeks ago", date(2026, 11, 25)),
        ("a year ago", date(2025, 12, 9)),
        # weekdays: the coming one (today on that day), the first after today, the last before it
        ("friday", date(2026, 12, 11)),
        ("Fri", date(2026, 12, 11)),
        ("wednesday", WEDNESDAY),
        ("monday", date(2026, 12, 14)),
        ("this friday", date(2026, 12, 11)),
        ("next friday", date(2026, 12, 11)),
        ("next wednesday", date(2026, 12, 16)),
        ("next wed", date(2026, 12, 16)),
        ("last monday", date(2026, 12, 7)),
        ("last wednesday", date(2026, 12, 2)),
        ("last thurs", date(2026, 12, 3)),
        # the way the app shows a date, read back
        ("Fri 11 Dec 2026", date(2026, 12, 11)),
        ("fri, 11 december 2026", date(2026, 12, 11)),
        ("11 Dec 2026", date(2026, 12, 11)),
        ("Dec 11, 2026", date(2026, 12, 11)),
    ],
)
def test_a_date_is_read_as_people_type_it(text: str, expected: date) -> None:
    assert parse_date(text, today=WEDNESDAY) == expected


def test_a_month_later_than_the_31st_is_the_end_of_the_shorter_month() -> None:
    assert parse_date("+1m", today=date(2026, 1, 31)) == date(2026, 2, 28)
    assert parse_date("+1y", today=date(2024, 2, 29)) == date(2025, 2, 28)
    assert parse_date("-1m", today=date(2026, 3, 31)) == date(2026, 2, 28)


def test_words_default_to_the_real_today() -> None:
    before = date.today()
    assert parse_date("today") in (before, date.today())


@pytest.mark.parametrize(
    "text",
    ["14/03/2026", "March 14", "", "soon", "next", "fr", "next month", "+3", "3d", "+3q", "in days", "2026-W50-5",
     "١٢/٠٣/٢٠٢٦", "2026-0²-01", "next friday please", "Dec 2026"],
)  # fmt: skip
def test_what_is_not_a_date_is_refused_with_what_would_work(text: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_date(text, today=WEDNESDAY)
    assert str(raised.value) == (
        f"'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-14), "
        "or today, tomorrow, +3d, -1w, +1m, friday, next friday."
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", "2026-02-30 is not a date: February 2026 has 28 days."),
        ("2025-02-29", "2025-02-29 is not a date: February 2025 has 28 days."),
        ("2026-13-01", "2026-13-01 is not a date: there is no month 13."),
        ("0000-01-01", "Choose a day between the years 1 and 9999."),
        ("31 Nov 2026", "2026-11-31 is not a date: November 2026 has 30 days."),
        ("Thu 11 Dec 2026", "11 Dec 2026 is a Friday, not a Thursday."),
        ("+9999y", "'+9999y' is too far away; choose a day between the years 1 and 9999."),
        ("-9999d", None),
    ],
)
def test_an_impossible_day_says_why(text: str, message: str | None) -> None:
    with pytest.raises(ValueError) as raised:
        parse_date(text, today=WEDNESDAY if message else date(1, 1, 5))
    assert str(raised.value) == (message or f"'{text}' is too far away; choose a day between the years 1 and 9999.")


def test_a_date_is_shown_back_with_its_weekday_and_reads_back_the_same() -> None:
    for day in (date(2026, 12, 11), date(2027, 1, 1), date(1999, 9, 30), date(2028, 2, 29)):
        shown = describe_date(day)
        assert parse_date(shown, today=WEDNESDAY) == day
    assert describe_date(date(2026, 12, 11)) == "Fri 11 Dec 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("idag", WEDNESDAY),
        ("i dag", WEDNESDAY),
        ("imorgon", date(2026, 12, 10)),
        ("I morgon", date(2026, 12, 10)),
        ("igår", date(2026, 12, 8)),
        ("i övermorgon", date(2026, 12, 11)),
        ("+2v", date(2026, 12, 23)),
        ("-1v", date(2026, 12, 2)),
        ("+1å", date(2027, 12, 9)),
        ("+3 dagar", date(2026, 12, 12)),
        ("om 2 veckor", date(2026, 12, 23)),
        ("om en vecka", date(2026, 12, 16)),
        ("om två månader", date(2027, 2, 9)),
        ("om ett år", date(2027, 12, 9)),
        ("för 3 dagar sedan", date(2026, 12, 6)),
        ("2 veckor sedan", date(2026, 11, 25)),
        ("fredag", date(2026, 12, 11)),
        ("Fre", date(2026, 12, 11)),
        ("onsdag", WEDNESDAY),
        ("på fredag", date(2026, 12, 11)),
        ("nästa fredag", date(2026, 12, 11)),
        ("nästa onsdag", date(2026, 12, 16)),
        ("förra måndag", date(2026, 12, 7)),
        ("i fredags", date(2026, 12, 4)),
        ("i söndags", date(2026, 12, 6)),
        ("lör", date(2026, 12, 12)),
        ("fre 11 dec 2026", date(2026, 12, 11)),
        ("11 december 2026", date(2026, 12, 11)),
        ("1 maj 2027", date(2027, 5, 1)),
        ("31 okt 2026", date(2026, 10, 31)),
    ],
)
def test_the_swedish_words_are_read_too_whatever_the_language(text: str, expected: date | None) -> None:
    if expected is None:
        with pytest.raises(ValueError):
            parse_date(text, today=WEDNESDAY)
    else:
        assert parse_date(text, today=WEDNESDAY) == expected


def test_a_swedish_app_shows_dates_and_says_why_in_swedish_and_reads_both_back() -> None:
    use_language(Language.SWEDISH)
    try:
        assert describe_date(date(2026, 12, 11)) == "fre 11 dec 2026"
        assert describe_date(date(2027, 5, 1)) == "lör 1 maj 2027"
        for day in (date(2026, 12, 11), date(2027, 1, 1), date(1999, 9, 30), date(2028, 3, 6)):
            assert parse_date(describe_date(day), today=WEDNESDAY) == day
            assert parse_date(describe_date(day, Language.ENGLISH), today=WEDNESDAY) == day
        with pytest.raises(ValueError) as raised:
            parse_date("snart", today=WEDNESDAY)
        assert str(raised.value) == (
            "”snart” är inget datum; skriv det som ÅÅÅÅ-MM-DD (t.ex. 2026-03-14), eller idag, imorgon, +3d, -1v,"
            " +1m, fredag, nästa fredag."
        )
        with pytest.raises(ValueError) as raised:
            parse_date("2026-02-30", today=WEDNESDAY)
        assert str(raised.value) == "2026-02-30 är inget datum: februari 2026 har 28 dagar."
        with pytest.raises(ValueError) as raised:
            parse_date("tor 11 dec 2026", today=WEDNESDAY)
        assert str(raised.value) == "11 dec 2026 är en fredag, inte en torsdag."
        assert date_hint(Language.ENGLISH).startswith("write it as YYYY-MM-DD")
    finally:
        use_language(Language.ENGLISH)
