"""What a coach packet keeps back, and what the user is told was kept back.

Each canary is a unique string planted in one private place (see conftest);
it must never reach the file unless the matching option asks for it.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from markdown_checks import CANARIES, TODAY, lint

from career_journal.exchange.markdown import MarkdownOptions, build_markdown, left_out, write_markdown
from career_journal.storage.journal import Journal


def present(journal: Journal, options: MarkdownOptions) -> set[str]:
    text = "".join(build_markdown(journal, options, today=TODAY))
    return {name for name, canary in CANARIES.items() if canary in text}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (MarkdownOptions(coach=True), set()),
        (MarkdownOptions(coach=True, include_private=True), {"private"}),
        (MarkdownOptions(coach=True, include_contact_details=True), {"email", "phone"}),
        (MarkdownOptions(coach=True, date_from=TODAY - timedelta(days=365)), {"old"}),
        (MarkdownOptions(), {"person_notes", "adviser_notes", "old"}),
        (MarkdownOptions(include_private=True, include_contact_details=True), set(CANARIES)),
        (MarkdownOptions(date_from=TODAY - timedelta(days=30)), {"person_notes", "adviser_notes"}),
    ],
    ids=["coach", "coach+private", "coach+contacts", "coach+year", "full", "full+everything", "full+month"],
)
def test_each_private_thing_appears_only_when_asked_for(
    planted: Journal, options: MarkdownOptions, expected: set[str]
) -> None:
    assert present(planted, options) == expected


def test_the_user_is_told_what_the_coach_packet_left_out(planted: Journal, tmp_path: Path) -> None:
    held_back = write_markdown(planted, MarkdownOptions(coach=True), tmp_path / "coach.md", today=TODAY)

    assert held_back == [
        "1 private goal (“Keep the exit option warm”) with 2 milestones",
        "2 private entries",
        "2 attached files",  # copied beside the file only when asked (--attachments)
        "where on this computer 3 skills are written down",
        "email and phone of 9 people",
        "your notes on 1 person",
        "your notes on 1 adviser",
    ]
    text = (tmp_path / "coach.md").read_text(encoding="utf-8")
    assert "Thoughts I keep to myself" not in text and "left out" not in text.lower()  # not even a hint
    assert lint(text) == []


def test_nothing_is_reported_when_nothing_was_held_back(planted: Journal) -> None:
    everything = MarkdownOptions(include_private=True, include_contact_details=True, attachments=True)
    assert left_out(planted, everything, today=TODAY) == []
    # Sections that are not exported hold nothing back either.
    only_entries = MarkdownOptions(coach=True, sections=("entries",), include_private=True, attachments=True)
    assert left_out(planted, only_entries, today=TODAY) == []


def test_left_out_counts_only_what_the_range_and_sections_cover(planted: Journal) -> None:
    last_week = MarkdownOptions(date_from=TODAY - timedelta(days=7), sections=("entries",))
    assert left_out(planted, last_week, today=TODAY) == ["1 private entry", "1 attached file"]
    only_emails = planted.people.resolve("Sam Keller")
    only_emails.phone = ""
    planted.people.update(only_emails)
    dana = planted.people.resolve("Dana Whitfield")
    dana.phone = ""
    planted.people.update(dana)
    assert left_out(planted, MarkdownOptions(sections=("network",)), today=TODAY) == ["email of 9 people"]
