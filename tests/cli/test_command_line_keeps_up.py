"""The command line keeps up with the app: one-line mistakes, quiet pipes, handovers and opportunities moved on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from career_journal.storage.journal import Journal


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "text", "--bogus"], "Error: No such option '--bogus' (see cli add --help)"),
        (["add"], "Error: Missing argument 'TEXT' (see cli add --help)"),
        (["goal", "add"], "Error: Missing argument 'TITLE' (see cli goal add --help)"),
        (["bogus"], "Error: No such command 'bogus' (see cli --help)"),
        (["--bogus", "entries"], "Error: No such option '--bogus' (see cli --help)"),
        (
            ["add", "x", "--kind", "nope"],
            "Error: Invalid value for '--kind': 'nope' is not one of 'note', 'reflection', 'win', 'lesson', "
            "'meeting' (see cli add --help)",
        ),
        (["entries", "--limit", "-3"], "Error: Invalid value for '--limit': -3 is not in the range x>=0"),
    ],
)
def test_a_mistake_in_how_a_command_is_typed_is_one_line_on_stderr(run, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(message)


def test_a_group_alone_still_shows_its_help(run) -> None:
    result = run("goal")
    assert "Add and change goals and their milestones." in result.output and "Commands:" in result.output


def test_a_closed_pipe_ends_quietly_with_the_sigpipe_status(tmp_path: Path) -> None:
    """`career-journal due | head -1`: the reader is gone before the command writes."""
    journal = tmp_path / "j.cjdb"
    env = {**os.environ, "CAREER_JOURNAL_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "career_journal", "--db", str(journal)]
    subprocess.run([*command, "--new", "add", "note"], check=True, env=env, capture_output=True, timeout=60)
    for args in (["due"], ["entries"], ["export", "markdown"]):
        reader_gone = subprocess.Popen(
            [*command, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )  # fmt: skip
        assert reader_gone.stdout is not None and reader_gone.stderr is not None
        reader_gone.stdout.close()
        stderr = reader_gone.stderr.read().decode()
        assert reader_gone.wait(timeout=60) == 141, (args, stderr)
        assert stderr == "", args


def test_handovers_are_listed_moved_on_and_never_doubled(run, db_path: Path) -> None:
    run("person", "add", "Dana Whitfield")
    run("skill", "add", "Release train")
    added = run("handover", "Weekly release", "dana", "--skill", "release")
    assert added.stdout == "Saved handover #1 'Weekly release' to Dana Whitfield (planned).\n"
    again = run("handover", "add", "weekly release", "dana", "--status", "in-transition")
    assert again.exit_code == 1
    assert again.stderr == (
        "Error: 'Weekly release' is already handover #1 to Dana Whitfield (planned). "
        "Move it on with: career-journal handover edit 1 --status in-transition\n"
    )
    moved = run("handover", "edit", "1", "--status", "in-transition")
    assert moved.stdout == "Updated handover #1 'Weekly release': in transition, with Dana Whitfield.\n"
    run("handover", "On-call rota", "dana")
    run("handover", "edit", "2", "--status", "handed-over")
    listed = run("handovers").stdout.splitlines()
    assert listed[0].split() == ["id", "status", "started", "to", "duty", "skill"]
    assert [line.split()[:2] for line in listed[1:]] == [["#1", "in-transition"], ["#2", "handed-over"]]
    only = json.loads(run("handovers", "--status", "handed-over", "--json").stdout)
    assert [(h["title"], h["completed_on"]) for h in only] == [("On-call rota", date.today().isoformat())]
    with Journal.open(db_path) as journal:
        assert len(journal.skills.handovers()) == 2
    assert run("handover", "edit", "1").stderr.startswith("Error: Nothing to change")


def test_opportunities_are_listed_and_moved_along(run) -> None:
    run("person", "add", "Marcus Obi")
    run("person", "add", "Priya Raman")
    run("opportunity", "add", "Shared deploy checklist", "marcus", "--value", "Fewer failed deploys")
    run("opportunity", "add", "Architecture clinic", "priya")
    moved = run("opportunity", "edit", "1", "--status", "proposed")
    assert moved.stdout == "Updated opportunity #1 'Shared deploy checklist' with Marcus Obi: proposed.\n"
    listed = run("opportunities").stdout.splitlines()
    assert listed[0].split() == ["id", "status", "with", "opportunity", "value"]
    assert len(listed) == 3
    proposed = run("opportunities", "--status", "proposed").stdout.splitlines()
    assert len(proposed) == 2 and proposed[1].startswith("#1  proposed  Marcus Obi")
    assert [o["title"] for o in json.loads(run("opportunities", "--person", "priya", "--json").stdout)] == [
        "Architecture clinic"
    ]
    assert run("opportunities", "--status", "adopted").stdout == "No opportunities match.\n"


def test_team_shows_open_asks_in_text(run) -> None:
    run("person", "add", "Priya Raman")
    run("adviser", "add", "priya", "--role", "mentor", "--cadence-days", "1", "--asks", "Review my\npacket")
    line = next(line for line in run("team").stdout.splitlines() if "Priya" in line)
    assert line.split("  ")[-1].strip() == "every 1 day, last —; asks: Review my packet"


def test_days_are_counted_in_the_right_number(run) -> None:
    run("person", "add", "Dana", "--follow-up", "yesterday")
    run("goal", "add", "Ship", "--target", "tomorrow")
    due = run("due").stdout
    assert "(1 day late)" in due and "1 day left" in due
    assert "days" not in due


def test_check_counts_in_words_and_as_json(run, db_path: Path) -> None:
    for text in ("one", "two"):
        run("add", text)
    run("person", "add", "Dana")
    assert "is healthy (2 entries, 1 person)." in run("check").stdout
    report = json.loads(run("check", "--json").stdout)
    assert report["healthy"] is True and report["problems"] == []
    assert (report["counts"]["entry"], report["counts"]["person"], report["journal"]) == (2, 1, str(db_path))


def test_goal_show_and_person_show_take_json(run) -> None:
    run("goal", "add", "Staff engineer", "--target", "2027-06-30")
    run("goal", "milestone", "staff", "Write the runbook")
    run("goal", "edit", "staff", "--target", "2027-09-30")
    run("add", "Runbook drafted", "--goal", "staff")
    goal = json.loads(run("goal", "show", "staff", "--json").stdout)
    assert (goal["title"], goal["target_date"]) == ("Staff engineer", "2027-09-30")
    assert [m["text"] for m in goal["milestones"]] == ["Write the runbook"]
    assert [e["title"] for e in goal["linked_entries"]] == ["Runbook drafted"]
    assert goal["files"] == []
    assert [(c["field_name"], c["old_value"], c["new_value"]) for c in goal["history"]] == [
        ("target_date", "2027-06-30", "2027-09-30")
    ]
    run("person", "add", "Marcus Obi", "--org", "Payments")
    run("met", "marcus", "--notes", "Coffee")
    run("opportunity", "add", "Checklist", "marcus")
    person = json.loads(run("person", "show", "marcus", "--json").stdout)
    assert (person["name"], person["org"]) == ("Marcus Obi", "Payments")
    assert [c["notes"] for c in person["conversations"]] == ["Coffee"]
    assert [o["title"] for o in person["opportunities"]] == ["Checklist"]
    assert person["taught"] == []


def test_restoring_a_damaged_backup_says_so_and_points_to_another(run, db_path: Path) -> None:
    run("add", "kept")
    run("backup")
    newest, older = (Path(b["file"]) for b in json.loads(run("backups", "--json").stdout)[:2])
    with open(newest, "r+b") as damaged:
        damaged.seek(0)
        damaged.write(b"\0" * 4096)
    before = db_path.read_bytes()
    result = run("restore", "latest", "--yes")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {newest} is not a Career Journal file (it is not an SQLite database, or its first page is "
        "damaged), so it cannot be restored; your journal was left as it was. "
        f"Choose another backup: the one before it is {older}.\n"
    )
    assert db_path.read_bytes() == before


def test_an_export_counts_in_words(run, tmp_path: Path) -> None:
    run("person", "add", "Dana")
    run("adviser", "add", "dana", "--role", "peer", "--cadence-days", "1")
    export = run("export", "json", "-o", str(tmp_path / "out.json"))
    assert export.stdout.endswith("(1 person, 1 adviser).\n")


def test_restoring_a_backup_with_a_damaged_page_names_the_damage(run, db_path: Path, tmp_path: Path) -> None:
    run("add", "x" * 200_000)
    copy = tmp_path / "copy.cjdb"
    run("backup", "-o", str(copy))
    with open(copy, "r+b") as damaged:
        damaged.seek(4096 * 4)
        damaged.write(b"\xde\xad" * 4096)
    result = run("restore", str(copy), "--yes")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: The backup {copy} is damaged (")
    assert "Choose another backup: the latest is " in result.stderr
    assert "restore it from a backup" not in result.stderr
