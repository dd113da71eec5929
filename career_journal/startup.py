"""Opening the journal when the app starts, and what to offer when that fails.

Nothing here writes to a journal that failed its checks. A missing or empty
journal is never replaced by a new one unless the person says so; a damaged,
foreign or too-new file is only ever set aside by a restore the person chose
(and kept, renamed). The questions are asked through ``ask``, so the app can
show a dialog and the tests can answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .domain.errors import (
    JournalCorrupt,
    JournalError,
    JournalNotFound,
    JournalTooNew,
    NotAJournal,
    PassphraseNeeded,
    WrongPassphrase,
)
from .exchange.leftovers import tidy_export_folders
from .files import remove_stale_temp_files
from .keychain import known_passphrase
from .paths import is_default
from .phrasebook import phrase
from .storage.database import looks_encrypted
from .storage.journal import BackupInfo, Backups, Journal, inspect_journal_file


class Choice(StrEnum):
    RETRY = "Try again"
    RESTORE = "Restore the latest backup"
    NEW = "Start a new, empty journal"
    QUIT = "Quit"

    @property
    def label(self) -> str:
        """The button's words, in the app's language."""
        return {
            Choice.RETRY: phrase("Try again"),
            Choice.RESTORE: phrase("Restore the latest backup"),
            Choice.NEW: phrase("Start a new, empty journal"),
            Choice.QUIT: phrase("Quit"),
        }[self]


@dataclass(frozen=True)
class Problem:
    title: str
    message: str
    choices: list[Choice] = field(default_factory=list)
    backup: BackupInfo | None = None


Ask = Callable[[Problem], Choice]
Unlock = Callable[[Path, str], "str | None"]
"""Asks for the passphrase of an encrypted journal (with what went wrong before, or ""); None: the person gave up."""


def tidy_leftovers(journal: Path) -> int:
    """Temp files a crash left beside the journal, its backups or an export (never the journal itself)."""
    return (
        remove_stale_temp_files(journal.parent)
        + remove_stale_temp_files(Backups(journal).folder)
        + tidy_export_folders()
    )


def open_at_start(path: Path, ask: Ask, unlock: Unlock | None = None, *, use_known: bool = True) -> Journal | None:
    """Open ``path`` for the app, asking what to do when it cannot be opened; None means quit.

    An encrypted journal opens with the passphrase known without asking (the
    environment or the keychain, unless ``use_known`` is False, as after the
    app locked), else with what ``unlock`` asks; a wrong one is asked again,
    with no lockout.
    """
    backups = Backups(path)
    tidy_leftovers(path)
    # A plain journal needs no passphrase: the keychain (slow to load) is asked only for an encrypted one.
    passphrase = known_passphrase(path) if use_known and looks_encrypted(path) else None
    while True:
        try:
            return _open(path, backups, passphrase)
        except (PassphraseNeeded, WrongPassphrase) as exc:
            wrong = phrase("Wrong passphrase, or the file is damaged. Try again.") if passphrase is not None else ""
            asked = unlock(path, wrong) if unlock is not None else None
            if asked is not None:
                passphrase = asked
                continue
            problem = _describe(path, exc, _latest_good(backups, passphrase))
        except JournalError as exc:
            problem = _describe(path, exc, _latest_good(backups, passphrase))
        choice = ask(problem)
        if choice is Choice.QUIT:
            return None
        if choice is Choice.NEW:
            return Journal.open(path, create=True, private_dir=is_default(path))
        if choice is Choice.RESTORE and problem.backup is not None:
            try:
                backups.restore(problem.backup.path, passphrase=passphrase)
            except JournalError as exc:
                ask(Problem(phrase("The backup could not be restored"), str(exc), [Choice.QUIT]))
                return None


def _open(path: Path, backups: Backups, passphrase: str | None) -> Journal:
    first_start = is_default(path) and not path.exists() and not backups.exist()
    if path.exists() and path.is_file() and path.stat().st_size == 0:
        raise _EmptyJournal(path)
    # The header, the owner's id and the schema are checked here; SQLite's page-by-page check takes
    # seconds on a decade of notes, so the app runs it on a worker once the window is up.
    return Journal.open(
        path,
        create=first_start,
        check=False,
        passphrase=passphrase,
        private_dir=is_default(path),
    )


class _EmptyJournal(JournalError):
    def __init__(self, path: Path) -> None:
        super().__init__(phrase("The journal at {path} is an empty file (0 bytes).", None, path=path))


def _latest_good(backups: Backups, passphrase: str | None) -> BackupInfo | None:
    for backup in backups.list():
        try:
            inspect_journal_file(backup.path, passphrase=passphrase)
        except JournalError:
            continue
        return backup
    return None


def _describe(path: Path, exc: JournalError, backup: BackupInfo | None) -> Problem:
    restore = [Choice.RESTORE] if backup is not None else []
    if backup is not None:
        offer = "\n\n" + phrase("The latest good backup is from {when}.", None, when=backup.label)
    else:
        offer = "\n\n" + phrase("There is no backup to restore.")
    if isinstance(exc, JournalNotFound | _EmptyJournal):
        if isinstance(exc, JournalNotFound):
            gone = phrase("The journal at {path} is missing.", None, path=path)
        else:
            gone = phrase("The journal at {path} is empty (0 bytes).", None, path=path)
        advice = phrase(
            "If it lives on a drive that is not connected, connect it and try again. "
            "Nothing has been created in its place."
        )
        return Problem(
            phrase("Your journal is not there"),
            f"{gone} {advice}{offer}",
            [Choice.RETRY, *restore, Choice.NEW, Choice.QUIT],
            backup,
        )
    if isinstance(exc, JournalTooNew):
        advice = phrase(
            "Restoring a backup would replace it with an older copy; the newer journal would be kept beside it, "
            "renamed."
        )
        return Problem(
            phrase("This journal needs a newer Career Journal"),
            f"{exc}\n\n{advice}{offer}",
            [*restore, Choice.QUIT],
            backup,
        )
    if isinstance(exc, JournalCorrupt | NotAJournal):
        advice = phrase("If you restore a backup, this file is kept beside it, renamed, so nothing is lost.")
        return Problem(phrase("The journal cannot be opened"), f"{exc}\n\n{advice}{offer}", [*restore, Choice.QUIT],
                       backup)  # fmt: skip
    return Problem(phrase("The journal cannot be opened"), f"{exc}", [Choice.RETRY, *restore, Choice.QUIT], backup)
