"""Entries from the terminal: what a user types and what they see."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from career_journal.storage.journal import Journal


def test_add_creates_the_journal_where_asked_and_says_so(run, db_path: Path) -> None:
    result = run("add", "Shipped the release runbook", "--title", "Runbook", "--date", "2026-03-14", "--tag", "@docs")
    assert result.exit_code == 0
    assert f"Created a new journal at {db_path}" in result.stderr
    assert "Saved entry #1 (2026-03-14)" in result.stdout
    with Journal.open(db_path) as journal:
        entry = journal.entries.get(1)
    assert (entry.title, entry.body, entry.entry_date, entry.tags) == (
        "Runbook",
        "Shipped the release runbook",
        date(2026, 3, 14),
        ["docs"],
    )


def test_missing_journal_is_not_created_without_new(run, tmp_path: Path) -> None:
    missing = tmp_path / "unmounted" / "work.cjdb"
    result = run("entries", db=missing, new=False)
    assert result.exit_code == 1
    assert "There is no journal at" in result.stderr
    assert "Traceback" not in result.output
    assert not missing.exists()


def test_default_journal_lives_in_the_data_folder(private_home: Path) -> None:
    from click.testing import CliRunner

    from career_journal.cli import cli

    result = CliRunner().invoke(cli, ["add", "first note"])
    assert result.exit_code == 0
    assert (private_home / "journal.cjdb").exists()
    assert str(private_home / "journal.cjdb") in result.stderr


def test_entries_lists_newest_first_with_filters_and_json(run) -> None:
    run("add", "Old lesson", "--date", "2026-01-02", "--kind", "lesson", "--tag", "growth")
    run("add", "Secret plan", "--date", "2026-02-03", "--private")
    run("add", "Big win", "--date", "2026-03-04", "--kind", "win", "--tag", "growth")

    listed = run("entries")
    lines = [line for line in listed.stdout.splitlines() if line.startswith("#")]
    assert [line.split()[1] for line in lines] == ["2026-03-04", "2026-02-03", "2026-01-02"]
    assert "(private)" in lines[1]

    tagged = run("entries", "--tag", "growth", "--from", "2026-02-01")
    assert "Big win" in tagged.stdout and "Old lesson" not in tagged.stdout

    as_json = json.loads(run("entries", "--public", "--json").stdout)
    assert [e["body"] for e in as_json] == ["Big win", "Old lesson"]
    assert as_json[0]["kind"] == "win" and as_json[0]["entry_date"] == "2026-03-04"


def test_entries_limit_says_how_many_more(run) -> None:
    for day in range(1, 6):
        run("add", f"note {day}", "--date", f"2026-01-0{day}")
    result = run("entries", "--limit", "2")
    assert result.stdout.count("\n#") + result.stdout.startswith("#") == 2
    assert "3 more" in result.stdout


def test_show_edit_and_delete(run, db_path: Path) -> None:
    run("add", "First draft", "--title", "Draft", "--tag", "a")
    shown = run("show", "1")
    assert "#1  Draft" in shown.stdout and "First draft" in shown.stdout and "Tags: a" in shown.stdout

    edited = run("edit", "1", "--text", "Second draft", "--tag", "b", "--tag", "c", "--private")
    assert edited.exit_code == 0 and "Updated entry #1" in edited.stdout
    with Journal.open(db_path) as journal:
        entry = journal.entries.get(1)
    assert (entry.body, entry.tags, entry.private, entry.title) == ("Second draft", ["b", "c"], True, "Draft")

    nothing = run("edit", "1")
    assert nothing.exit_code == 1 and "Nothing to change" in nothing.stderr

    deleted = run("delete", "1", "--yes")
    assert deleted.exit_code == 0 and "Deleted entry #1" in deleted.stdout
    gone = run("show", "1")
    assert gone.exit_code == 1 and "No entry matches '1'" in gone.stderr


def test_add_reads_standard_input_and_links_records(run, db_path: Path) -> None:
    run("person", "add", "Dana Whitfield")
    run("goal", "add", "Staff engineer")
    result = run("add", "-", "--person", "dana", "--goal", "staff", input="Paired with Dana\non releases\n")
    assert result.exit_code == 0
    with Journal.open(db_path) as journal:
        entry = journal.entries.get(1)
    assert entry.body == "Paired with Dana\non releases\n"
    assert entry.person_ids == [1] and entry.goal_ids == [1]


def test_search_finds_every_kind_with_snippets(run) -> None:
    run("add", "Mentoring Jo on the failover drill", "--date", "2026-05-01")
    run("person", "add", "Priya Raman", "--needs", "adoption of data contracts")
    run("skill", "add", "Postgres failover", "--critical")
    result = run("search", "failover")
    assert result.exit_code == 0
    assert "entry #1" in result.stdout and "skill #1" in result.stdout
    assert "Mentoring Jo on the failover drill" in result.stdout

    stemmed = run("search", "mentor", "--json")
    hits = json.loads(stemmed.stdout)
    assert [(h["kind"], h["record_id"]) for h in hits] == [("entry", 1)]
    snippet, (start, end) = hits[0]["snippet"], hits[0]["matches"][0]
    assert "\x02" not in snippet and "\x03" not in snippet
    assert snippet[start:end] == "Mentoring" and len(hits[0]["matches"]) == 1

    only_people = json.loads(run("search", "contracts", "--kind", "person", "--json").stdout)
    assert [h["title"] for h in only_people] == ["Priya Raman"]

    assert run("search", "nothing-like-this").stdout.strip() == "Nothing found."


def test_search_survives_hostile_queries(run) -> None:
    run("add", "plain text")
    for query in ['"unbalanced', "a OR", "NEAR(", "*", "body:*", "x'; DROP TABLE entries; --", ":"]:
        result = run("search", query)
        assert result.exit_code == 0, (query, result.output)


def test_bad_date_is_one_clear_line(run) -> None:
    result = run("add", "text", "--date", "2026-13-40")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: Invalid value for '--date': 2026-13-40 is not a date: there is no month 13 (see cli add --help)\n"
    )
    result = run("add", "text", "--date", "soonish")
    assert result.stderr.startswith(
        "Error: Invalid value for '--date': 'soonish' is not a date; write it as YYYY-MM-DD"
    )
    assert len(result.stderr.splitlines()) == 1


def test_tags_lists_counts(run) -> None:
    run("add", "one", "--tag", "teaching", "--tag", "#Docs")
    run("add", "two", "--tag", "teaching")
    result = run("tags")
    assert result.stdout.splitlines() == ["teaching  2", "docs      1"]
