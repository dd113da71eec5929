"""Checks on what a person types, with messages in their words."""

from __future__ import annotations

from datetime import date

import pytest

from career_journal.domain.errors import AmbiguousName, JournalCorrupt, JournalNotFound, ReadOnlyJournal
from career_journal.domain.records import Entry, Goal, Handover, Opportunity, Person, Skill
from career_journal.domain.validation import (
    MAX_TAG_LENGTH,
    clean_tag,
    clean_tags,
    parse_time,
    require_text,
    timestamp_now,
)

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"), [("9:30", "09:30"), ("09:05", "09:05"), (" 23:59 ", "23:59"), ("0:00", "00:00")]
)
def test_parse_time(text: str, expected: str) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "12:60", "9", "9.30", "9:3", "nine", "", "٩:٣٠", "9:3٠", "１２:３０"])
def test_a_bad_time_gets_a_readable_message(text: str) -> None:
    with pytest.raises(ValueError, match="is not a time; write it as HH:MM"):
        parse_time(text)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("#Career Growth", "career-growth"), ("@Dana", "dana"), ("  release   train ", "release-train"), ("Q3", "q3")],
)
def test_clean_tag(raw: str, clean: str) -> None:
    assert clean_tag(raw) == clean


@pytest.mark.parametrize("raw", ["", "   ", "#", "@#", "x" * (MAX_TAG_LENGTH + 1)])
def test_unusable_tags_are_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        clean_tag(raw)


def test_clean_tags_drops_duplicates_in_first_given_order() -> None:
    assert clean_tags(["B", "#a", "b", "A", "c"]) == ["b", "a", "c"]
    assert clean_tags(()) == []


def test_require_text() -> None:
    assert require_text("  Goal  ", "A goal") == "Goal"
    with pytest.raises(ValueError, match=r"^A goal needs a name or title\.$"):
        require_text("  ", "A goal")


def test_timestamps_sort_and_carry_an_offset() -> None:
    stamp = timestamp_now()
    assert len(stamp) == 25 and stamp[10] == "T" and stamp[-6] in "+-"


@pytest.mark.parametrize(
    "make",
    [
        lambda: Goal(title=" "),
        lambda: Skill(name=""),
        lambda: Person(name="\n"),
        lambda: Handover(title=" ", person_id=1),
        lambda: Opportunity(title=""),
        lambda: Entry(body=" ", entry_date=TODAY),
        lambda: Entry(body="x", entry_date=TODAY, tags=["#"]),
        lambda: Goal(title="x", status="paused"),
    ],
)
def test_records_refuse_empty_names_and_bad_values(make: object) -> None:
    with pytest.raises(ValueError):
        make()  # type: ignore[operator]


def test_records_clean_what_they_are_given() -> None:
    entry = Entry(title=" T ", body="b", entry_date=TODAY, tags=["#A", "a"], kind="win")  # type: ignore[arg-type]
    assert (entry.title, entry.tags, entry.kind.label) == ("T", ["a"], "Win")
    assert Person(name=" Ada ", relationship="peer").relationship.label == "Peer"  # type: ignore[arg-type, union-attr]


def test_display_title_falls_back_to_the_first_line() -> None:
    assert Entry(body="## Weekly review\n\nText", entry_date=TODAY).display_title == "Weekly review"
    long = Entry(body="word " * 40, entry_date=TODAY).display_title
    assert len(long) == 80 and long.endswith("…")
    assert Entry(title="Given", body="## Other", entry_date=TODAY).display_title == "Given"


def test_error_messages_name_what_to_do() -> None:
    assert "--new" in str(JournalNotFound("/x/j.cjdb"))
    assert "restore" in str(JournalCorrupt("/x/j.cjdb", "bad page"))
    assert "bad page" in str(JournalCorrupt("/x/j.cjdb", "bad page"))
    assert str(ReadOnlyJournal(None)) == "The journal is read-only here, so changes cannot be saved."
    assert "/x/j.cjdb" in str(ReadOnlyJournal("/x/j.cjdb"))
    many = AmbiguousName("person", "a", [f"#{n} A{n}" for n in range(12)])
    assert "and 2 more" in str(many)
    assert "#11" not in str(many)
