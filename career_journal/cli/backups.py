"""Backups, restore and the health check of the journal file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from .. import keychain
from ..domain.errors import JournalCorrupt, NotAJournal, WrongPassphrase
from ..domain.wording import count_of, counts_of
from ..files import check_output_path
from ..keychain import known_passphrase
from ..paths import running_app_pid
from ..storage.database import looks_encrypted
from ..storage.drivers import Connector
from ..storage.journal import Backups, inspect_journal_file, salvage
from .base import cli, fail, sqlite_path
from .opening import open_journal
from .output import echo_json, say, table
from .passphrases import ask_passphrase, can_ask, passphrase_for


@cli.command()
@click.option("-o", "--output", type=click.Path(), help="Where to write it.")
@click.pass_context
def backup(ctx: click.Context, output: str | None) -> None:
    """Write a verified copy of the journal (default: your backups folder, kept until you delete it)."""
    journal = open_journal(ctx)
    if output is not None:
        sqlite_path(Path(output), "The backup's path")
        written = journal.backups.copy_to(output, db=journal.db)
    else:
        written = journal.backups.make(db=journal.db)
    say(f"Backed up to {written}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def backups(ctx: click.Context, as_json: bool) -> None:
    """List the journal's backups, newest first (daily ones rotate: 7 days, then 4 weeks)."""
    state = ctx.find_root().obj
    found = Backups(state.path).list()
    if as_json:
        echo_json([{"file": str(b.path), "made_at": b.made_at.isoformat(), "reason": b.reason, "bytes": b.size}
                   for b in found])  # fmt: skip
        return
    if not found:
        say(f"No backups yet for {state.path}. Make one with: career-journal backup")
        return
    table([[b.label, f"{b.size / 1_048_576:.1f} MB", str(b.path)] for b in found])


@cli.command()
@click.argument("backup_ref", metavar="FILE|latest")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def restore(ctx: click.Context, backup_ref: str, yes: bool) -> None:
    """Put a backup in the journal's place; the journal it replaces is kept beside it, renamed."""
    state = ctx.find_root().obj
    path = state.path
    if (pid := running_app_pid(path)) is not None:
        fail(f"Career Journal has {path} open (process {pid}). Close it, or use File → Restore from backup there.")
    found = [b.path for b in Backups(path).list()]
    if backup_ref == "latest":
        if not found:
            fail(f"There are no backups of {path} to restore.")
        source = found[0]
    else:
        source = sqlite_path(Path(backup_ref).expanduser(), "The backup's path")
        if not source.is_file():
            fail(f"There is no backup file at {source}.")
    try:
        counts, backup_passphrase = _inspect_backup(source, path)
    except (JournalCorrupt, NotAJournal) as exc:
        _refuse_damaged(source, exc, found)
    summary = counts_of(counts) or "an empty journal"
    if not yes and sys.stdin.isatty():
        click.confirm(f"Replace the journal at {path} with the backup {source.name} ({summary})?", abort=True)
    was_encrypted = looks_encrypted(path)
    try:
        restored = Backups(path).restore(source, passphrase=backup_passphrase)
    except JournalCorrupt as exc:
        _refuse_damaged(source, exc, found)
    say(f"Restored {source.name} to {path} ({summary}).")
    if was_encrypted and backup_passphrase is None:
        say("Note: that backup is not encrypted, so the journal is not either now; "
            "'career-journal encrypt' encrypts it again.", err=True)  # fmt: skip
    if backup_passphrase is not None and keychain.recall(path) not in (None, backup_passphrase):
        keychain.forget(path)
        say("The journal now opens with the backup's passphrase; the one remembered here was forgotten.")
    if restored.set_aside is not None:
        say(f"The journal it replaced is kept at {restored.set_aside}")


def _refuse_damaged(source: Path, exc: JournalCorrupt | NotAJournal, backups: list[Path]) -> NoReturn:
    """A backup that cannot be read: say so, and point to another backup (never "restore from a backup")."""
    if isinstance(exc, JournalCorrupt):
        what = f"The backup {source} is damaged" + (f" ({exc.detail})" if exc.detail else "")
    else:
        what = f"{source} is not a Career Journal file ({exc.reason})"
    if source in backups:
        older = backups[backups.index(source) + 1 :]
        choose = f"the one before it is {older[0]}" if older else "it was the oldest there is"
    else:
        choose = f"the latest is {backups[0]}" if backups else "list them with 'career-journal backups'"
    fail(f"{what}, so it cannot be restored; your journal was left as it was. Choose another backup: {choose}.")


def _inspect_backup(source: Path, journal: Path) -> tuple[dict[str, int], str | None]:
    """The backup's record counts, and its passphrase when it is encrypted (asked when it is not the journal's)."""
    if not looks_encrypted(source):
        return inspect_journal_file(source), None
    known = known_passphrase(journal)
    if known is not None:
        try:
            return inspect_journal_file(source, passphrase=known), known
        except WrongPassphrase:
            if not can_ask():
                raise
    passphrase = ask_passphrase(source, what="the backup")
    return inspect_journal_file(source, passphrase=passphrase), passphrase


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the exit code still says whether it is healthy).")
@click.pass_context
def check(ctx: click.Context, as_json: bool) -> None:
    """Check the journal file: SQLite integrity, links between records, the search index."""
    journal = open_journal(ctx, write=True)
    damage = journal.damage_found()
    problems = damage + journal.blocked_companions()
    if damage:
        journal.note_damage(damage[0])
    else:
        journal.clear_damage()
    counts = journal.counts()
    if as_json:
        echo_json({"journal": str(journal.path), "healthy": not problems, "problems": problems, "counts": counts})
        if problems:
            ctx.exit(1)
        return
    if problems:
        for problem in problems:
            say(f"Problem: {problem}", err=True)
        fail(f"The journal at {journal.path} has {count_of(len(problems), 'problem')}.")
    say(f"The journal at {journal.path} is healthy ({counts_of(counts) or 'empty'}).")


@cli.command("salvage")
@click.option("-o", "--output", required=True, type=click.Path(), help="The new journal file to write.")
@click.pass_context
def salvage_command(ctx: click.Context, output: str) -> None:
    """Copy what can still be read of a damaged journal into a new journal (the damaged one is not changed).

    For when there is no good backup: open the new file with --db, check it, and keep it.
    """
    state = ctx.find_root().obj
    if not state.path.is_file():
        fail(f"There is no journal at {state.path} to salvage.")
    target = check_output_path(output, [state.path])
    if target.exists():
        fail(f"{target} already exists; give the name of a new file. Nothing was written.")
    passphrase = passphrase_for(state.path) if looks_encrypted(state.path) else None
    report = salvage(state.path, target, connect=Connector(passphrase))
    say(f"Wrote {target}: {sum(report.copied.values())} records. {report.summary()}")
