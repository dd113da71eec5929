"""Encryption from the terminal: a new encrypted journal, encrypt, decrypt, a new passphrase, and clear refusals."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from career_journal.storage.database import SQLITE_MAGIC, looks_encrypted
from career_journal.storage.journal import Backups

PASSPHRASE = "it's a secret; -- ✓"
SECRET = "lanternfishword"


@pytest.fixture
def with_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", PASSPHRASE)


def test_a_new_encrypted_journal_works_like_any_other(run, db_path: Path, with_passphrase: None) -> None:
    created = run("--encrypt", "add", f"Exit plan: {SECRET}", "--title", "Quiet plan")
    assert created.exit_code == 0, created.output
    assert "Created an encrypted journal" in created.stderr
    assert looks_encrypted(db_path) and SECRET.encode() not in db_path.read_bytes()
    assert SECRET in run("search", SECRET).stdout
    assert run("check").exit_code == 0
    backup = Backups(db_path).list()[0].path  # the day's first change made one
    assert looks_encrypted(backup) and SECRET.encode() not in backup.read_bytes()


def test_without_or_with_a_wrong_passphrase_one_line_and_nothing_written(
    run, db_path: Path, monkeypatch: pytest.MonkeyPatch, with_passphrase: None
) -> None:
    run("--encrypt", "add", "first")
    before = db_path.read_bytes()
    monkeypatch.delenv("CAREER_JOURNAL_PASSPHRASE")
    missing = run("add", "never saved", new=False)
    assert missing.exit_code == 1 and "is encrypted" in missing.stderr
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", "not the passphrase")
    for _attempt in range(3):  # no lockout, no delay: each try gets the same clear line
        wrong = run("add", "never saved", new=False)
        assert wrong.exit_code == 1
        assert wrong.stderr.strip().splitlines() == [
            f"Error: The journal at {db_path} did not open: wrong passphrase, or the file is damaged. "
            "It was left untouched."
        ]
    assert db_path.read_bytes() == before


def test_encrypt_then_a_new_passphrase_then_decrypt(run, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run("add", f"Exit plan: {SECRET}")
    run("backup")
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", PASSPHRASE)
    encrypted = run("encrypt", "--yes", new=False)
    assert encrypted.exit_code == 0, encrypted.output
    assert "Encrypted" in encrypted.stdout and "Overwrote and removed" in encrypted.stdout
    backups = Backups(db_path).list()
    assert looks_encrypted(db_path) and all(looks_encrypted(b.path) for b in backups)
    assert not list(db_path.parent.glob("*-before-*")), "the plain copy is gone"

    monkeypatch.setenv("CAREER_JOURNAL_NEW_PASSPHRASE", "a brand new one")
    assert run("passphrase", "--yes", new=False).exit_code == 0
    assert run("search", SECRET, new=False).exit_code == 1  # the old passphrase opens nothing now
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", "a brand new one")
    assert SECRET in run("search", SECRET, new=False).stdout

    decrypted = run("decrypt", "--yes", new=False)
    assert decrypted.exit_code == 0, decrypted.output
    assert db_path.read_bytes().startswith(SQLITE_MAGIC)
    monkeypatch.delenv("CAREER_JOURNAL_PASSPHRASE")
    assert SECRET in run("search", SECRET, new=False).stdout


def test_without_yes_and_without_a_terminal_the_old_copies_are_kept_and_listed(
    run, db_path: Path, with_passphrase: None
) -> None:
    run("add", f"Exit plan: {SECRET}")
    result = run("encrypt", new=False)
    assert result.exit_code == 0
    kept = next(db_path.parent.glob("work-before-encrypt-*.cjdb"))
    assert str(kept) in result.stderr and SECRET.encode() in kept.read_bytes()


def test_refusals_say_what_to_do(run, db_path: Path, with_passphrase: None) -> None:
    run("add", "plain for now")
    assert "--new" in run("--encrypt", "add", "x", new=False).stderr
    assert "not encrypted" in run("decrypt", new=False).stderr
    assert "not encrypted" in run("passphrase", new=False).stderr
    run("encrypt", "--yes", new=False)
    assert "already encrypted" in run("encrypt", new=False).stderr


def test_a_short_passphrase_is_refused(run, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", "short")
    result = run("--encrypt", "add", "x")
    assert result.exit_code == 1 and "at least 8 characters" in result.stderr
    assert not db_path.exists()


def test_an_export_of_an_encrypted_journal_says_where_the_plain_text_went(
    run, db_path: Path, tmp_path: Path, with_passphrase: None
) -> None:
    run("--encrypt", "add", f"Exit plan: {SECRET}", "--kind", "win")
    out = tmp_path / "coach.md"
    result = run("export", "markdown", "--include-private", "-o", str(out), new=False)
    assert f"this export is plain text, at {out}" in result.stderr
    assert "plain text" in run("export", "json", "-o", str(tmp_path / "all.json"), new=False).stderr


def test_restore_asks_the_backups_own_passphrase_when_it_differs(
    run, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_passphrase: None
) -> None:
    run("--encrypt", "add", f"Exit plan: {SECRET}")
    away = tmp_path / "copied-away.cjdb"  # outside the backups folder, so it keeps the old passphrase
    assert run("backup", "-o", str(away), new=False).exit_code == 0
    monkeypatch.setenv("CAREER_JOURNAL_NEW_PASSPHRASE", "changed afterwards")
    assert run("passphrase", "--yes", new=False).exit_code == 0
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", "changed afterwards")
    refused = run("restore", str(away), "--yes", new=False)  # no terminal to ask in: one clear line
    assert refused.exit_code == 1 and "wrong passphrase" in refused.stderr and str(away) in refused.stderr

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    screen = _run_in_terminal(["--db", str(db_path), "restore", str(away), "--yes"], [PASSPHRASE], env)
    assert "Passphrase of the backup copied-away.cjdb" in screen and "Restored" in screen, screen
    assert PASSPHRASE not in screen
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", PASSPHRASE)  # the journal is the backup as it was
    assert SECRET in run("search", SECRET, new=False).stdout


def _run_in_terminal(args: list[str], typed: list[str], env: dict[str, str]) -> str:
    """Run the command line in a real pseudo-terminal, type each line when asked, and return the screen."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command line, attached to the terminal
        os.execvpe(sys.executable, [sys.executable, "-m", "career_journal", *args], env)
    screen = b""
    deadline = time.monotonic() + 180  # a loaded machine: every open of an encrypted file derives its key
    waiting = list(typed)
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
            if waiting and chunk.rstrip().endswith(b":"):  # a prompt: type only once it is there (echo is off then)
                os.write(fd, waiting.pop(0).encode() + b"\n")
    else:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return screen.decode("utf-8", "replace")


def test_the_terminal_never_shows_the_passphrase(tmp_path: Path) -> None:
    db = tmp_path / "typed.cjdb"
    env = {k: v for k, v in os.environ.items() if k != "CAREER_JOURNAL_PASSPHRASE"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    secret = "typed but never shown"
    screen = _run_in_terminal(["--db", str(db), "--new", "--encrypt", "add", SECRET], [secret, secret], env)
    assert "Saved entry #1" in screen, screen
    assert secret not in screen
    screen = _run_in_terminal(["--db", str(db), "search", SECRET], [secret], env)
    assert SECRET in screen and secret not in screen
