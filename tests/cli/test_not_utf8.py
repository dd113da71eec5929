"""Text and paths that are not UTF-8 get words, not "'utf-8' codec can't encode … surrogates" (issue 7, item 16).

Python hands the bytes of an argument or a file name that are not UTF-8 over as lone
surrogates ('\\udce9' for the Latin-1 byte of "é"); that is what these tests type.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from career_journal.storage.journal import Journal

LATIN1_CAFE = "caf\udce9"  # "café" typed in a Latin-1 terminal


def _entry_count(db_path: Path) -> int:
    with Journal.open(db_path) as journal:
        return journal.counts()["entry"]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["add", LATIN1_CAFE], "TEXT"),
        (["add", "fine", "--title", LATIN1_CAFE], "--title"),
        (["add", "fine", "--tag", "ok", "--tag", LATIN1_CAFE], "--tag"),
        (["person", "add", LATIN1_CAFE], "NAME"),
        (["search", LATIN1_CAFE], "QUERY"),
        (["met", "dana", "--notes", LATIN1_CAFE], "--notes"),
    ],
)
def test_text_that_is_not_utf8_is_refused_and_nothing_is_saved(run, db_path: Path, args: list[str], named: str) -> None:
    run("person", "add", "Dana")
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: The text given for {named} is not UTF-8 (it holds the byte 0xe9), so nothing was changed. "
        "Set your terminal to UTF-8 and type it again.\n"
    )
    assert _entry_count(db_path) == 0
    assert [p["name"] for p in json.loads(run("people", "--json").stdout)] == ["Dana"]


def test_standard_input_that_is_not_utf8_is_refused(run, db_path: Path) -> None:
    run("add", "first")
    result = run("add", "-", input=b"Caf\xe9 au lait\n")  # type: ignore[arg-type]
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: The text on standard input is not UTF-8 (byte 0xe9 at position 3), so nothing was saved. "
        "Convert it to UTF-8 first (for example with iconv).\n"
    )
    assert _entry_count(db_path) == 1
    assert run("add", "-", input="Café au lait\n").exit_code == 0


def test_a_journal_path_that_is_not_utf8_is_refused_in_words(run, tmp_path: Path) -> None:
    path = tmp_path / f"{LATIN1_CAFE}.cjdb"
    result = run("add", "note", db=path)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: The journal's path {tmp_path}/caf\\xe9.cjdb is not UTF-8 (it holds the byte 0xe9), and SQLite "
        "needs UTF-8 file names. Rename the file or the folder, or choose another path. Nothing was changed.\n"
    )
    assert not os.listdir(tmp_path)


def test_an_export_to_a_path_that_is_not_utf8_is_written_and_named_visibly(run, tmp_path: Path) -> None:
    run("add", "note")
    target = tmp_path / f"{LATIN1_CAFE}.json"
    result = run("export", "json", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == f"Wrote {tmp_path}/caf\\xe9.json (1 entry).\n"
    assert b"caf\xe9.json" in os.listdir(os.fsencode(tmp_path))
    assert json.loads(target.read_text(encoding="utf-8"))["entries"][0]["body"] == "note"


def test_a_backup_to_a_path_that_is_not_utf8_is_refused_in_words(run, tmp_path: Path) -> None:
    run("add", "note")
    result = run("backup", "-o", str(tmp_path / f"{LATIN1_CAFE}.cjdb"))
    assert result.exit_code == 1 and "Error: The backup's path" in result.stderr
    assert "is not UTF-8 (it holds the byte 0xe9)" in result.stderr


def test_the_real_command_reads_bytes_from_the_terminal(tmp_path: Path) -> None:
    """Through a real process: the arguments arrive as bytes, as a Latin-1 terminal sends them."""
    env = {**os.environ, "CAREER_JOURNAL_HOME": str(tmp_path / "home"), "LC_ALL": "C.UTF-8"}
    journal = tmp_path / "j.cjdb"
    command = [sys.executable, "-m", "career_journal", "--db", str(journal), "--new"]
    done = subprocess.run([*command, "add", b"caf\xe9"], capture_output=True, env=env, timeout=60)
    assert done.returncode == 1
    assert done.stderr.decode().endswith("The text given for TEXT is not UTF-8 (it holds the byte 0xe9), so nothing "
                                         "was changed. Set your terminal to UTF-8 and type it again.\n")  # fmt: skip
    assert b"Traceback" not in done.stderr and b"surrogates" not in done.stderr
