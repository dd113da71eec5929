"""A reflection session becomes one entry: each answered prompt a heading, linked to what was picked."""

from __future__ import annotations

from datetime import date

import pytest

from career_journal.domain.enums import EntryKind
from career_journal.domain.errors import InvalidInput
from career_journal.domain.reflection import Prompt, PromptSet, ReflectionSession, parse_prompt_set

WEEKLY = PromptSet(
    key="weekly",
    name="Weekly review",
    description="Friday",
    prompts=(Prompt("What did I teach?", "Pairing counts"), Prompt("Who did I help?"), Prompt("Next week?")),
    tags=("weekly-review",),
)


def test_a_finished_session_is_one_reflection_entry_with_a_heading_per_answer() -> None:
    session = ReflectionSession(WEEKLY, answers=["Paired with *Dana*.", "", "Ship the runbook."], person_ids=[3, 3])
    session.goal_ids.append(1)
    entry = session.to_entry(date(2026, 11, 27))
    assert entry.kind is EntryKind.REFLECTION
    assert entry.title == "Weekly review, 2026-11-27"
    assert entry.body == "## What did I teach?\n\nPaired with *Dana*.\n\n## Next week?\n\nShip the runbook."
    assert entry.tags == ["reflection", "weekly-review"]
    assert (entry.person_ids, entry.goal_ids, entry.skill_ids) == ([3], [1], [])


def test_an_empty_session_cannot_be_finished() -> None:
    with pytest.raises(InvalidInput, match="at least one prompt"):
        ReflectionSession(WEEKLY, answers=["  ", "", ""]).to_entry(date(2026, 11, 27))


def test_a_session_comes_back_from_its_draft_where_it_was() -> None:
    session = ReflectionSession(WEEKLY, answers=["one", "two"], current=1, skill_ids=[4])
    again = ReflectionSession.from_fields(WEEKLY, session.to_fields())
    assert (again.answers, again.current, again.skill_ids) == (["one", "two", ""], 1, [4])


def test_a_session_starts_as_private_as_its_set_and_the_entry_keeps_the_choice() -> None:
    candid = PromptSet("audit", "Am I indispensable?", "", (Prompt("What only I can do?"),), private=True)
    session = ReflectionSession(candid, answers=["The payroll export."])
    assert session.private is True
    assert session.to_entry(date(2026, 11, 27)).private is True
    session.private = False  # shared after all
    assert session.to_entry(date(2026, 11, 27)).private is False
    assert ReflectionSession(WEEKLY, answers=["x"]).to_entry(date(2026, 11, 27)).private is False


def test_the_privacy_choice_comes_back_from_the_draft() -> None:
    session = ReflectionSession(WEEKLY, answers=["one"], private=True)
    assert ReflectionSession.from_fields(WEEKLY, session.to_fields()).private is True
    fields = session.to_fields()
    del fields["private"]  # a draft kept before sessions could be private starts as its set does
    assert ReflectionSession.from_fields(WEEKLY, fields).private is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name = ", "cannot be read"),
        ('description = "x"\n[[prompts]]\nquestion = "q"', "needs a name"),
        ('name = "x"', "has no \\[\\[prompts\\]\\]"),
        ('name = "x"\n[[prompts]]\nhint = "no question"', "Prompt 1 .* has no question"),
        ("x = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
        ('name = "x"\n# ' + "padding " * 200_000, "too large"),
    ],
)
def test_a_broken_prompt_set_says_what_to_fix(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_prompt_set("broken", text, builtin=False)
