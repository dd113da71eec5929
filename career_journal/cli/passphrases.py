"""Where the command line gets a passphrase: the environment, the keychain, or the terminal (never echoed).

``CAREER_JOURNAL_PASSPHRASE`` is for scripts and tests (``keychain.known_passphrase``
says why it is less safe than typing).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .. import keychain
from ..domain.errors import JournalError
from ..domain.validation import check_new_passphrase
from ..keychain import PASSPHRASE_ENV, known_passphrase

NEW_PASSPHRASE_ENV = "CAREER_JOURNAL_NEW_PASSPHRASE"


def can_ask() -> bool:
    return sys.stdin.isatty()


def passphrase_for(path: Path, *, what: str = "the journal") -> str:
    """The passphrase that opens ``path``: the environment, else the keychain, else typed at the terminal."""
    return known_passphrase(path) or ask_passphrase(path, what=what)


def ask_passphrase(path: Path, *, what: str = "the journal") -> str:
    if not can_ask():
        raise JournalError(
            f"{what.capitalize()} at {path} is encrypted (or its first page is damaged): type its passphrase "
            f"in a terminal, or set {PASSPHRASE_ENV} for a script. It was left untouched."
        )
    return click.prompt(f"Passphrase of {what} {path.name}", hide_input=True, err=True)


def new_passphrase(path: Path, *, env: str = PASSPHRASE_ENV) -> str:
    """A passphrase chosen now: from ``env`` for a script, else typed twice at the terminal, never echoed."""
    given = os.environ.get(env)
    if given:
        return check_new_passphrase(given)
    if not can_ask():
        raise JournalError(f"Choose the passphrase for {path} in a terminal, or set {env} for a script.")
    first = click.prompt(f"New passphrase for {path.name}", hide_input=True, err=True)
    check_new_passphrase(first)
    again = click.prompt("The same passphrase again", hide_input=True, err=True)
    return check_new_passphrase(first, again)


def remember_or_say_why(path: Path, passphrase: str) -> None:
    why_not = keychain.remember(path, passphrase)
    if why_not is None:
        click.echo("The passphrase is remembered in this computer's keychain.", err=True)
    else:
        click.echo(f"The passphrase was not remembered: {why_not}.", err=True)
