"""How a command opens the journal: once, creating the default one on first use, with its passphrase,
a warning for a damaged one, and the day's backup after a command that wrote."""

from __future__ import annotations

import time
from pathlib import Path

import click

from ..domain.errors import JournalError
from ..paths import is_default
from ..storage.database import looks_encrypted
from ..storage.journal import Backups, Journal, check_vouching, note_check, salvaged
from .base import EXPORT_REFUSED, CliState, fail
from .output import say


def open_journal(ctx: click.Context, *, write: bool = False, export: bool = False, salvage: bool = False) -> Journal:
    """Open the journal for this command (once), creating the default one on first use.

    Commands that write run SQLite's quick_check first, unless a check less than a
    day old vouches for the file as it is (``storage/file_notes.py``); read-only
    commands skip it to stay fast on a decade of notes (SQLite still reports any
    damaged page they touch). A journal found damaged before is read with a warning; an
    ``export`` refuses it, unless ``salvage`` asks for what can still be read.
    """
    state: CliState = ctx.find_root().obj
    if state.journal is None:
        state.journal = _open(ctx, state, write)
    journal = state.journal
    problem = journal.damage()
    if export and salvage:
        return _salvaged(ctx, journal)
    if problem is not None and export:
        fail(f"The journal at {journal.path} was found damaged ({problem}). {EXPORT_REFUSED}")
    if problem is not None and not state.warned and ctx.info_name != "check":
        state.warned = True
        say(f"Warning: this journal was found damaged ({problem}); what is shown may be incomplete. "
            "'career-journal check' checks it again.", err=True)  # fmt: skip
    return journal


def _salvaged(ctx: click.Context, journal: Journal) -> Journal:
    copy, report = ctx.with_resource(salvaged(journal.path, connect=journal.connect))
    say(f"Salvaged what can be read of {journal.path}. {report.summary()}", err=True)
    return copy


def _open(ctx: click.Context, state: CliState, write: bool) -> Journal:
    path = state.path
    backups = Backups(path)
    create = state.new or (is_default(path) and not backups.exist())
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create and is_default(path):
        raise JournalError(
            f"Your journal is missing from {path}, but its backups are in {backups.folder}. "
            "Restore the latest with 'career-journal restore latest', or start afresh with --new."
        )
    checked_at = check_vouching(path) if write else None
    journal = Journal.open(
        path,
        create=create,
        check=write and checked_at is None,
        passphrase=_passphrase(state, path, creating=create and not existed),
        private_dir=is_default(path),
    )
    if not existed:
        protection = "an encrypted" if journal.encrypted else "a new"
        click.echo(f"Created {protection} journal at {path}", err=True)
    if journal.read_only and write:
        journal.close()
        raise JournalError(f"The journal at {path} is read-only here, so nothing was changed.")
    if not write:
        ctx.find_root().call_on_close(journal.close)
        return journal
    vouched_at = checked_at or time.time()
    # Closing callbacks run last-registered first: the backup, then the close, then the note of the file as
    # the command leaves it. The backup comes after the command, so its output is never held up by it.
    ctx.find_root().call_on_close(lambda: note_check(path, vouched_at))
    ctx.find_root().call_on_close(journal.close)
    ctx.find_root().call_on_close(lambda: _daily_backup(journal))
    return journal


def _passphrase(state: CliState, path: Path, *, creating: bool) -> str | None:
    """The passphrase this command opens (or creates) the journal with; None for a plain one."""
    from .passphrases import new_passphrase, passphrase_for

    if state.encrypt and not creating:
        raise JournalError(
            f"--encrypt starts a new journal (with --new); {path} already exists. "
            "To encrypt it, use 'career-journal encrypt'."
        )
    if creating:
        return new_passphrase(path) if state.encrypt else None
    return passphrase_for(path) if looks_encrypted(path) else None


def _daily_backup(journal: Journal) -> None:
    """Today's automatic backup; a failure is a warning, since the command itself has worked."""
    try:
        journal.backups.make_if_due(db=journal.db)
    except (JournalError, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        click.echo(f"Warning: your change is saved, but today's automatic backup failed ({reason}).", err=True)
