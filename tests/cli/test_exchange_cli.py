"""Exports, imports, backups and the health check, as files a user would find on disk."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from career_journal.storage.journal import Journal


def _sample(run) -> None:
    run("person", "add", "Marcus Obi", "--email", "CANARY-EMAIL@example.org", "--phone", "CANARY-PHONE-555",
        "--notes", "CANARY-PERSON-NOTE")  # fmt: skip
    run("add", "Shared win with Marcus", "--date", "2026-10-01", "--kind", "win")
    run("add", "CANARY-PRIVATE thoughts about leaving", "--date", "2026-10-02", "--private")
    run("add", "CANARY-OLD entry from long ago", "--date", "2020-01-01")


def test_coach_export_leaves_out_private_text_and_says_so(run, tmp_path: Path) -> None:
    _sample(run)
    out = tmp_path / "coach.md"
    result = run("export", "markdown", "--coach", "--from", "2026-09-01", "--to", "2026-10-31", "-o", str(out))
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Shared win with Marcus" in text
    for canary in ("CANARY-PRIVATE", "CANARY-EMAIL", "CANARY-PHONE", "CANARY-PERSON-NOTE", "CANARY-OLD"):
        assert canary not in text
    assert "Left out:" in result.stderr and "private" in result.stderr
    assert text.count("\n# ") + text.startswith("# ") == 1

    asked = tmp_path / "asked.md"  # Marcus has nothing in these dates: --everyone lists him all the same
    run("export", "markdown", "--coach", "--from", "2026-09-01", "--include-private", "--include-contact-details",
        "--everyone", "-o", str(asked))  # fmt: skip
    asked_text = asked.read_text(encoding="utf-8")
    assert "CANARY-PRIVATE" in asked_text and "CANARY-EMAIL" in asked_text and "CANARY-PHONE" in asked_text


def test_markdown_export_prints_when_no_file_is_given(run) -> None:
    _sample(run)
    result = run("export", "markdown", "--section", "entries")
    assert result.stdout.startswith("# ")
    assert "Shared win with Marcus" in result.stdout and "CANARY-PRIVATE" not in result.stdout


def test_json_export_import_round_trip(run, tmp_path: Path) -> None:
    _sample(run)
    run("goal", "add", "Staff", "--target", "2026-12-01")
    first = tmp_path / "first.json"
    assert run("export", "json", "-o", str(first)).exit_code == 0
    fresh = tmp_path / "fresh.cjdb"
    imported = run("import", "json", str(first), db=fresh)
    assert imported.exit_code == 0, imported.output
    second = tmp_path / "second.json"
    run("export", "json", "-o", str(second), db=fresh)
    ids = [json.loads(path.read_text(encoding="utf-8"))["journal_id"] for path in (first, second)]
    assert first.read_bytes().replace(ids[0].encode(), ids[1].encode()) == second.read_bytes()
    again = run("import", "json", str(first), db=fresh)
    assert again.exit_code == 0 and again.stdout.startswith("Nothing new to import"), again.output


def test_malformed_import_changes_nothing(run, db_path: Path, tmp_path: Path) -> None:
    _sample(run)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "career-journal", "version": 1,\n "entries": [\n  {"oops": }\n]}\n')
    before = _dump(db_path)
    result = run("import", "json", str(bad))
    assert result.exit_code == 1 and "line 3" in result.stderr and "Traceback" not in result.output
    assert _dump(db_path) == before


def test_jrnl_import(run, db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(
        json.dumps(
            {
                "tags": {"@work": 1},
                "entries": [
                    {
                        "title": "Met Dana.",
                        "body": " Talked about releases.\n",
                        "date": "2024-01-05",
                        "time": "09:30",
                        "tags": ["@work"],
                        "starred": True,
                    },
                    {
                        "title": "Quiet day.",
                        "body": "",
                        "date": "2024-01-06",
                        "time": "18:00",
                        "tags": [],
                        "starred": False,
                    },
                ],
            }
        )
    )
    result = run("import", "jrnl", str(source))
    assert result.exit_code == 0 and "2" in result.stdout
    with Journal.open(db_path) as journal:
        entries = journal.entries.list(oldest_first=True)
    assert [(e.title, e.tags, e.starred, e.entry_time) for e in entries] == [
        ("Met Dana.", ["work"], True, "09:30"),
        ("Quiet day.", [], False, "18:00"),
    ]
    again = run("import", "jrnl", str(source))
    assert again.exit_code == 0 and "2" in again.stdout  # both skipped as already there
    with Journal.open(db_path) as journal:
        assert journal.entries.count() == 2


def test_backup_is_a_private_verified_copy(run, tmp_path: Path) -> None:
    _sample(run)
    target = tmp_path / "copies" / "b.cjdb"
    result = run("backup", "-o", str(target))
    assert result.exit_code == 0 and str(target) in result.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with Journal.open(target) as copy:
        assert copy.counts()["entry"] == 3
    assert not [p for p in target.parent.iterdir() if p.name != "b.cjdb"]


def test_check_reports_health_and_refuses_damage(run, db_path: Path, tmp_path: Path) -> None:
    _sample(run)
    healthy = run("check")
    assert healthy.exit_code == 0 and "is healthy (3 entries, 1 person)" in healthy.stdout
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    digest = hashlib.sha256(foreign.read_bytes()).hexdigest()
    refused = run("check", db=foreign, new=False)
    assert refused.exit_code == 1
    assert "is not a Career Journal file (it is an SQLite database that belongs to another program)" in refused.stderr
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == digest


def test_the_installed_command_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    not_a_journal = tmp_path / "notes.txt"
    not_a_journal.write_text("just text\n")
    env = {**os.environ, "CAREER_JOURNAL_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "career_journal", "--db", str(not_a_journal), "entries"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"Error: {not_a_journal} is not a Career Journal file (it is not an SQLite database, or its first page is"
        " damaged). It was left untouched."
    ]


# Runs the command line in a fresh process and prints which import and export modules it loaded.
_LOADED_BY = """
import sys
from career_journal.cli import main
try:
    main()
except SystemExit as stop:
    assert not stop.code, stop.code
print(sorted(m for m in sys.modules if m.startswith(("career_journal.exchange.", "markdown_it", "vobject"))))
"""


def test_a_jrnl_import_starts_without_loading_the_exports_or_the_other_importers(tmp_path: Path) -> None:
    """Start-up is part of every import's wait: the Markdown, JSON and contacts code stay unread."""
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"entries": [{"date": "2026-01-05", "time": "09:00", "title": "Hi.", "body": ""}]}))
    env = {**os.environ, "CAREER_JOURNAL_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", _LOADED_BY, "--db", str(tmp_path / "j.cjdb"), "--new", "import", "jrnl", str(source)],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.startswith("Imported 1 entry.\n")
    loaded = done.stdout.splitlines()[-1]
    assert "career_journal.exchange.jrnl" in loaded
    for unread in ("markdown", "md_read", "json_io", "contacts", "markdown_it", "vobject"):
        assert f"{unread}'" not in loaded, unread


def _dump(path: Path) -> str:
    with Journal.open(path) as journal:
        return json.dumps(journal.counts()) + "".join(e.body for e in journal.entries.list())
