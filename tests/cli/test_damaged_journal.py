"""A damaged journal says so (issue 7, item 11): reads warn, exports refuse unless asked to salvage."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from career_journal.domain.records import Entry
from career_journal.paths import data_dir
from career_journal.storage.journal import Journal

ENTRIES = 600


@pytest.fixture
def damaged(db_path: Path) -> Path:
    """A journal with one page in the middle of its entries overwritten."""
    with Journal.open(db_path, create=True) as journal, journal.transaction():
        for number in range(ENTRIES):
            body = f"entry {number} " + "filler words here " * 40
            journal.entries.add(Entry(body=body, entry_date=date(2024, 1, 1) + timedelta(days=number)))
    # A page of the entries table itself: a table leaf (type 13) holding an entry's words. The middle of
    # the file may be an index page instead, which an export never reads, whenever the schema grows.
    raw = db_path.read_bytes()
    words = f"entry {ENTRIES // 2} ".encode()
    found = [match.start() // 4096 * 4096 for match in re.finditer(re.escape(words), raw)]
    page = next(start for start in found if raw[start] == 13)
    with open(db_path, "r+b") as handle:
        handle.seek(page)
        handle.write(b"\xde\xad" * 2048)
    return db_path


def test_an_export_refuses_a_damaged_journal_and_later_reads_warn(run, damaged: Path, tmp_path: Path) -> None:
    before = damaged.read_bytes()
    out = tmp_path / "out.md"
    result = run("export", "markdown", "-o", str(out), new=False)
    assert result.exit_code == 1
    assert "is damaged. Nothing was written" in result.stderr and "--salvage" in result.stderr
    assert not out.exists()
    listed = run("entries", "--limit", "1", new=False)
    assert listed.exit_code == 0
    assert "Warning: this journal was found damaged (database disk image is malformed)" in listed.stderr
    again = run("export", "json", "-o", str(tmp_path / "out.json"), new=False)
    assert again.exit_code == 1 and "found damaged" in again.stderr, "refused even where the export reads no bad page"
    assert damaged.read_bytes() == before, "nothing was written to the damaged file"


def test_salvage_writes_what_can_be_read_and_names_what_could_not(run, damaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("export", "json", "-o", str(out), "--salvage", new=False)
    assert result.exit_code == 0, result.output
    assert "Could not be read:" in result.stderr and "entries" in result.stderr
    saved = json.loads(out.read_text(encoding="utf-8"))["entries"]
    assert ENTRIES - 20 < len(saved) < ENTRIES, "one page of entries lost, the rest kept"
    assert saved[-1]["body"].startswith(f"entry {ENTRIES - 1} "), "the entries after the damaged page are there"
    fresh = tmp_path / "saved.cjdb"
    copied = run("salvage", "-o", str(fresh), new=False)
    assert copied.exit_code == 0 and "Could not be read:" in copied.stdout
    with Journal.open(fresh) as journal:
        assert journal.check() == []
        assert journal.entries.count() == len(saved)
    assert (data_dir() / "run").is_dir()
    assert list((data_dir() / "run").glob("salvage-*")) == [], "the temporary copy is gone"


def test_check_notes_damage_and_a_restore_clears_it(run, db_path: Path, tmp_path: Path) -> None:
    assert run("add", "kept").exit_code == 0
    assert run("backup").exit_code == 0
    with Journal.open(db_path) as journal:
        journal.note_damage("a page that does not add up")  # as the app's background check records it
    assert run("export", "json", "-o", str(tmp_path / "x.json")).exit_code == 1
    assert run("restore", "latest", "--yes").exit_code == 0
    assert run("export", "json", "-o", str(tmp_path / "x.json")).exit_code == 0
    assert run("check").exit_code == 0 and "healthy" in run("check").stdout


def _immutable(path: Path, on: bool) -> bool:
    """chattr +i: a file not even root can write, as a -shm copied by hand from another user is for its owner."""
    done = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    return done.returncode == 0


def test_a_read_only_shm_left_behind_is_named_with_what_to_do(run, db_path: Path, tmp_path: Path) -> None:
    assert run("add", "kept").exit_code == 0
    shm = Path(f"{db_path}-shm")
    shm.touch()
    if not _immutable(shm, True):
        pytest.skip("chattr +i is not allowed here (needs CAP_LINUX_IMMUTABLE); CI's machine allows it")
    try:
        saved = run("add", "blocked")
        assert saved.exit_code == 1
        assert "cannot be written" in saved.stderr and "delete it (SQLite makes it again)" in saved.stderr
        checked = run("check")
        assert checked.exit_code == 1 and "-shm beside it cannot be written" in checked.stderr
        assert run("export", "json", "-o", str(tmp_path / "x.json")).exit_code == 0, "not damage: exports work"
    finally:
        _immutable(shm, False)
    assert run("add", "saved once it can be written").exit_code == 0
