"""career-journal import linkedin|vcard FILE [--dry-run], as a user would type it."""

from __future__ import annotations

from pathlib import Path

from career_journal.storage.journal import Journal

DATA = Path(__file__).parents[1] / "exchange" / "data"


def _names(db_path: Path) -> list[str]:
    with Journal.open(db_path) as journal:
        return [p.name for p in journal.people.list()]


def test_a_dry_run_prints_the_plan_and_changes_nothing(run, db_path: Path) -> None:
    run("person", "add", "Asa Oberg", "--org", "Ericsson AB")
    result = run("import", "linkedin", str(DATA / "Connections.csv"), "--dry-run")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Connections.csv: 7 new people, 1 to merge, 3 lines not imported.\n")
    assert "New (7):" in out and "line 6   Sam Berg (Engineering Manager, Acme, Inc.)" in out
    assert "Will merge (1):" in out
    assert "line 5  Åsa Öberg → Asa Oberg (#1). Same name. Fills in role “Staff Engineer, Cloud RAN”" in out
    assert "Keeps your organisation “Ericsson AB” (the file has “Ericsson”)." in out
    assert "Not imported (3):" in out and "line 14  Kim Park: " in out
    assert out.rstrip().endswith("Dry run: nothing was changed.")
    assert _names(db_path) == ["Asa Oberg"]


def test_an_import_says_what_it_did_and_a_second_one_adds_nobody(run, db_path: Path) -> None:
    first = run("import", "linkedin", str(DATA / "Connections.csv"))
    assert first.exit_code == 0, first.output
    assert "Not imported (3):" in first.stdout and "New (" not in first.stdout  # the summary, not every row
    assert first.stdout.rstrip().endswith("Imported 8 new people.")
    second = run("import", "linkedin", str(DATA / "Connections.csv"))
    assert second.stdout.startswith("Connections.csv: 8 already in the journal, 3 lines not imported.")
    assert second.stdout.rstrip().endswith("Nothing to import: everyone in the file is already in the journal.")
    assert len(_names(db_path)) == 8


def test_a_vcard_import_merges_into_the_linkedin_people(run, db_path: Path) -> None:
    run("import", "linkedin", str(DATA / "Connections.csv"))
    result = run("import", "vcard", str(DATA / "contacts.vcf"))
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("Imported 1 new person; merged 3 already in the journal.")
    shown = run("person", "show", "Åsa Öberg").stdout
    assert "asa@example.se" in shown


def test_a_broken_file_is_one_line_on_stderr_and_changes_nothing(run, db_path: Path, tmp_path: Path) -> None:
    run("person", "add", "Sam Berg")
    cut = tmp_path / "contacts.vcf"
    cut.write_bytes((DATA / "contacts.vcf").read_bytes()[:300])
    result = run("import", "vcard", str(cut))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "looks cut short" in result.stderr
    assert "Nothing was imported." in result.stderr
    assert _names(db_path) == ["Sam Berg"]


def test_a_linkedin_file_given_as_a_vcard_says_which_it_is(run) -> None:
    result = run("import", "vcard", str(DATA / "Connections.csv"))
    assert result.exit_code == 1
    assert "is not a vCard file" in result.stderr and "import it as LinkedIn connections" in result.stderr


def test_a_name_not_found_suggests_the_close_ones(run) -> None:
    run("person", "add", "Sam Berg")
    run("person", "add", "Åsa Öberg")
    typo = run("person", "show", "Sam Brg")
    assert typo.exit_code == 1 and "No person matches 'Sam Brg'. Did you mean 'Sam Berg'?" in typo.stderr
    plain = run("person", "show", "asa oberg")  # accents aside, it is her name: found, as Ctrl+K finds it
    assert plain.exit_code == 0 and plain.stdout.startswith("#2  Åsa Öberg")
