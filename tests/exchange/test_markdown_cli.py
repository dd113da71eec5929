"""`career-journal export markdown` as a user types it: dates, a full disk, what is left out."""

from __future__ import annotations

import errno
import gc
import io
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from career_journal.cli import cli


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), "--new", *args], catch_exceptions=False)


class _FullDisk(io.RawIOBase):
    """A file that takes a few bytes and then says the disk is full, as a real one does."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.room = 10

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


@pytest.mark.parametrize("kind", ["markdown", "json"])
def test_a_full_disk_says_so_once_and_leaves_no_noise(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "j.cjdb"
    run(db, "add", "A note long enough to need more room than the disk has", "--date", "2026-11-01")
    monkeypatch.setattr("career_journal.files.os.fdopen", lambda fd, mode: _FullDisk(fd))

    result = CliRunner().invoke(cli, ["--db", str(db), "export", kind, "-o", str(tmp_path / "out")])
    # An export left half-read would complain here ("Exception ignored … Cannot operate on a closed
    # database"), which the suite's settings turn into a failure of this test.
    gc.collect()

    assert result.exit_code != 0
    assert "full" in result.stderr.lower()
    assert list(tmp_path.glob("out*")) == [] and list(tmp_path.glob(".cj-tmp-*")) == []


def test_a_first_day_after_today_is_refused_in_words(tmp_path: Path) -> None:
    result = run(tmp_path / "j.cjdb", "export", "markdown", "--from", "9999-12-31")

    assert result.exit_code != 0
    assert "9999-12-31" in result.stderr and "after today" in result.stderr
    assert result.stdout == ""


def test_entries_dated_after_today_are_counted_in_left_out(tmp_path: Path) -> None:
    db = tmp_path / "j.cjdb"
    later = (date.today() + timedelta(days=30)).isoformat()
    run(db, "add", "Planned: the talk at the offsite", "--date", later)
    run(db, "add", "Today's note")

    result = run(db, "export", "markdown", "--section", "entries")

    assert "Today's note" in result.stdout and "the talk at the offsite" not in result.stdout
    assert f"Left out: 1 entry dated after {date.today().isoformat()}." in result.stderr
    with_to = run(db, "export", "markdown", "--section", "entries", "--to", later)
    assert "the talk at the offsite" in with_to.stdout and "Left out" not in with_to.stderr


def test_a_coach_packet_names_no_local_path_but_keeps_a_web_address(tmp_path: Path) -> None:
    db = tmp_path / "j.cjdb"
    run(db, "skill", "add", "Release train", "--documented", "https://wiki.example.org/release-train")
    run(db, "skill", "add", "Terraform state surgery", "--documented", "/home/ann/notes/terraform.md")

    coach = run(db, "export", "markdown", "--coach", "--section", "teaching")
    mine = run(db, "export", "markdown", "--section", "teaching")

    assert "/home/ann" not in coach.stdout and "Terraform state surgery (normal, written down)" in coach.stdout
    assert "<https://wiki.example.org/release-train>" in coach.stdout
    assert "where on this computer 1 skill is written down" in coach.stderr
    assert "/home/ann/notes/terraform.md" in mine.stdout
