"""The check-in agenda: what changed since the last check-in with an adviser, and nothing older."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_checks import TODAY, lint, markdownlint

from career_journal.cli import cli
from career_journal.domain.enums import EntryKind, LearnerLevel
from career_journal.domain.records import Entry, Interaction, Teaching
from career_journal.exchange.agenda import Agenda
from career_journal.storage.journal import Journal


@pytest.fixture
def sam(sample_journal: Journal) -> int:
    """The demo's coach, last seen ten days ago, with a record on each side of that day."""
    journal = sample_journal
    person = journal.people.resolve("Sam Keller")
    check_in = TODAY - timedelta(days=10)
    journal.people.add_interaction(Interaction(check_in, "Monthly check-in", [person.id or 0]))
    for day, title, private in (
        (check_in, "CANARY-TALKED-ABOUT-ALREADY", False),
        (check_in - timedelta(days=3), "CANARY-OLDER-WIN", False),
        (check_in + timedelta(days=1), "Fresh win after the check-in", False),
        (check_in + timedelta(days=2), "CANARY-PRIVATE-WIN", True),
    ):
        journal.entries.add(Entry(title, day, title=title, kind=EntryKind.WIN, private=private))
    skill = journal.skills.resolve("Interviewing")
    dana = journal.people.resolve("Dana Whitfield")
    journal.skills.add_teaching(Teaching(skill.id or 0, dana.id or 0, check_in - timedelta(days=1), notes="x"))
    journal.skills.add_teaching(
        Teaching(skill.id or 0, dana.id or 0, check_in + timedelta(days=3), level=LearnerLevel.WITH_HELP)
    )
    return person.id or 0


def test_the_agenda_lists_what_changed_since_the_last_check_in_and_nothing_older(
    sample_journal: Journal, sam: int, tmp_path: Path
) -> None:
    agenda = Agenda(sample_journal, sam, today=TODAY)
    text = "".join(agenda.chunks())
    assert f"last check-in on {TODAY - timedelta(days=10)}" in " ".join(text.split())
    assert "Fresh win after the check-in" in text
    assert f"{TODAY - timedelta(days=7)}: Interviewing to Dana Whitfield, reached with help" in text
    for older in ("CANARY-TALKED-ABOUT-ALREADY", "CANARY-OLDER-WIN", "CANARY-PRIVATE-WIN"):
        assert older not in text
    assert f"{TODAY - timedelta(days=11)}: Interviewing" not in text  # taught before the check-in
    assert "Review promotion packet draft" in text  # the open ask to the coach
    assert agenda.left_out()[0] == "1 private win"
    assert lint(text) == []
    (tmp_path / "agenda.md").write_text(text, encoding="utf-8")
    assert markdownlint([tmp_path / "agenda.md"]) == []


def test_the_command_line_prepares_an_agenda_and_refuses_someone_not_on_the_team(
    sample_journal: Journal, sam: int, tmp_path: Path
) -> None:
    db = str(sample_journal.path)
    out = tmp_path / "sam.md"
    result = CliRunner().invoke(cli, ["--db", db, "team", "agenda", "sam", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Check-in with Sam Keller")
    assert "Left out: 1 private win" in result.stderr
    refused = CliRunner().invoke(cli, ["--db", db, "team", "agenda", "marcus"])
    assert refused.exit_code != 0
    assert refused.stderr.strip().endswith("not on your personal team: add them with 'career-journal adviser add'.")
    assert CliRunner().invoke(cli, ["--db", db, "team"]).output.startswith("Coach")  # the team as before
