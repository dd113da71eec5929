"""encrypt, decrypt, passphrase: converting the journal (and its backups), and the keychain."""

from __future__ import annotations

from pathlib import Path

import click

from .. import keychain
from ..domain.errors import JournalNotFound
from ..paths import running_app_pid
from ..storage.cipher import Converted, convert_journal, wipe
from ..storage.database import looks_encrypted
from .base import CliState, cli, fail
from .passphrases import NEW_PASSPHRASE_ENV, can_ask, new_passphrase, passphrase_for, remember_or_say_why

KEEP_IT_SAFE = "Keep the passphrase safe: without it the journal cannot be opened, and nobody can recover it."


def _closed_journal(ctx: click.Context) -> Path:
    """The journal to convert: it must exist, and no app may have it open."""
    state: CliState = ctx.find_root().obj
    path = state.path
    if not path.exists():
        raise JournalNotFound(path)
    if (pid := running_app_pid(path)) is not None:
        fail(f"Career Journal has {path} open (process {pid}). Close it first, then run this again.")
    return path


def _report(converted: Converted, done: str, old_kind: str, yes: bool) -> None:
    rows = converted.counts.get("entries", 0)
    entries = f"{rows} entr{'y' if rows == 1 else 'ies'}"
    click.echo(f"{done} {converted.journal} ({entries}; every table checked against the original).")
    if converted.backups_converted:
        click.echo(f"{converted.backups_converted} backup(s) converted the same way.")
    for left in converted.backups_left:
        click.echo(f"Left as it was (another passphrase, or damaged): {left}", err=True)
    leftovers = converted.leftovers
    if not leftovers:
        return
    question = f"Overwrite and remove the {old_kind} copies now ({len(leftovers)} file(s) and folder(s))?"
    if yes or (can_ask() and click.confirm(question, default=True, err=True)):
        removed = wipe(leftovers)
        click.echo(f"Overwrote and removed {removed} {old_kind} file(s).")
        return
    click.echo(f"The {old_kind} copies are kept; remove them when you are sure:", err=True)
    for path in leftovers:
        click.echo(f"  {path}", err=True)


@cli.command()
@click.option("--yes", is_flag=True, help="Overwrite and remove the old plain copies without asking.")
@click.option("--remember", is_flag=True, help="Also remember the passphrase in this computer's keychain.")
@click.pass_context
def encrypt(ctx: click.Context, yes: bool, remember: bool) -> None:
    """Encrypt the journal and its backups with a passphrase (SQLCipher: AES-256, an HMAC on every page)."""
    path = _closed_journal(ctx)
    if looks_encrypted(path):
        fail(f"The journal at {path} is already encrypted; 'career-journal passphrase' changes its passphrase.")
    chosen = new_passphrase(path)
    converted = convert_journal(path, old_passphrase=None, new_passphrase=chosen)
    _report(converted, "Encrypted", "plain", yes)
    click.echo(KEEP_IT_SAFE, err=True)
    if remember:
        remember_or_say_why(path, chosen)


@cli.command()
@click.option("--yes", is_flag=True, help="Overwrite and remove the old encrypted copies without asking.")
@click.pass_context
def decrypt(ctx: click.Context, yes: bool) -> None:
    """Turn an encrypted journal (and the backups its passphrase opens) back into plain SQLite files."""
    path = _closed_journal(ctx)
    if not looks_encrypted(path):
        fail(f"The journal at {path} is not encrypted; nothing was changed.")
    current = passphrase_for(path)
    converted = convert_journal(path, old_passphrase=current, new_passphrase=None)
    _report(converted, "Decrypted", "encrypted", yes)
    keychain.forget(path)


@cli.command()
@click.option("--yes", is_flag=True, help="Overwrite and remove the copies under the old passphrase without asking.")
@click.option("--remember", is_flag=True, help="Remember the new passphrase in this computer's keychain.")
@click.pass_context
def passphrase(ctx: click.Context, yes: bool, remember: bool) -> None:
    """Change the passphrase of an encrypted journal and of the backups the old one opens.

    For a script: CAREER_JOURNAL_PASSPHRASE holds the current passphrase and
    CAREER_JOURNAL_NEW_PASSPHRASE the new one.
    """
    path = _closed_journal(ctx)
    if not looks_encrypted(path):
        fail(f"The journal at {path} is not encrypted; 'career-journal encrypt' encrypts it.")
    current = passphrase_for(path)
    chosen = new_passphrase(path, env=NEW_PASSPHRASE_ENV)
    converted = convert_journal(path, old_passphrase=current, new_passphrase=chosen)
    _report(converted, "Changed the passphrase of", "old-passphrase", yes)
    click.echo(KEEP_IT_SAFE, err=True)
    if remember:
        remember_or_say_why(path, chosen)
    elif keychain.forget(path):
        click.echo("The old passphrase is no longer remembered on this computer.", err=True)


@cli.command("forget-passphrase")
@click.pass_context
def forget_passphrase(ctx: click.Context) -> None:
    """Remove the journal's passphrase from this computer's keychain (it is asked each time again)."""
    path = ctx.find_root().obj.path
    if keychain.forget(path):
        click.echo(f"The passphrase of {path} is no longer remembered on this computer.")
    else:
        click.echo(f"No passphrase of {path} was remembered on this computer.")
