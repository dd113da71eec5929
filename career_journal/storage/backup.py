"""Online backups of a live journal, their rotation, and restoring one.

``VACUUM INTO`` copies a consistent snapshot while the journal stays open and
leaves deleted text behind. SQLite does not fsync that file, so we do, then
check the copy before it takes its final name: a backup that exists is a
backup that opens.

Backups live in one folder per journal (``paths.backups_dir``), named
``journal-<YYYY-MM-DD_HHMMSS>-<reason>.cjdb``. Rotation keeps the newest
backup of each of the last ``DAILY_KEPT`` days and of each of the
``WEEKLY_KEPT`` weeks before them, plus the newest ``UPGRADE_KEPT`` taken
before a schema upgrade. Backups made by hand and the journals a restore
replaced are never deleted automatically.

A restore never writes over the live journal: the backup is checked, copied
to a new file beside the journal and checked again; then the live journal
(with its ``-wal`` and ``-shm``) is renamed aside and the copy takes its name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.errors import DiskFull, JournalError
from ..files import check_output_path, create_file, ensure_own_private_dir, ensure_private_dir, fsync_dir, temp_path
from ..paths import backups_dir, legacy_backups_dir
from ..phrasebook import phrase
from .database import SQLITE_MAGIC, classify, connector_for, integrity_problem, looks_encrypted
from .db import Db
from .drivers import PLAIN, Connector, DatabaseError
from .file_notes import clear_damage

BACKUP_SUFFIX = ".cjdb"
DAILY, MANUAL, BEFORE_UPGRADE = "daily", "manual", "before-upgrade"
DAILY_KEPT, WEEKLY_KEPT, UPGRADE_KEPT = 7, 4, 3
DAILY_EVERY = timedelta(days=1)
_NAME = re.compile(r"^journal-(\d{4}-\d{2}-\d{2}_\d{6})(?:-([a-z-]+))?\.cjdb$")
_STAMP = "%Y-%m-%d_%H%M%S"


def backup_name(now: datetime | None = None, reason: str = "") -> str:
    stamp = (now or datetime.now()).strftime(_STAMP)
    return f"journal-{stamp}{'-' + reason if reason else ''}{BACKUP_SUFFIX}"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str  # daily, manual, before-upgrade, or '' for an older unnamed one
    size: int

    @property
    def label(self) -> str:
        why = {DAILY: phrase("daily"), MANUAL: phrase("made by you"), BEFORE_UPGRADE: phrase("before an upgrade")}.get(
            self.reason, ""
        )
        return f"{self.made_at:%Y-%m-%d %H:%M}" + (f" ({why})" if why else "")


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (files that are not ours are left out)."""
    found = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for path in Path(folder).iterdir():
            match = _NAME.match(path.name)
            if not match or not path.is_file():
                continue
            found.append(
                BackupInfo(path, datetime.strptime(match.group(1), _STAMP), match.group(2) or "", path.stat().st_size)
            )
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def backups_to_delete(backups: list[BackupInfo]) -> list[BackupInfo]:
    """What rotation lets go: daily backups beyond the kept days and weeks, older pre-upgrade ones."""
    daily = sorted((b for b in backups if b.reason in (DAILY, "")), key=lambda b: b.made_at, reverse=True)
    keep: set[Path] = set()
    kept_days: list = []
    for backup in daily:  # the newest backup of each of the last DAILY_KEPT days
        day = backup.made_at.date()
        if day not in kept_days and len(kept_days) < DAILY_KEPT:
            kept_days.append(day)
            keep.add(backup.path)
    kept_weeks = {day.isocalendar()[:2] for day in kept_days}
    weekly = 0
    for backup in daily:  # then the newest of each older week, for WEEKLY_KEPT weeks
        week = backup.made_at.date().isocalendar()[:2]
        if backup.path in keep or week in kept_weeks or weekly >= WEEKLY_KEPT:
            continue
        kept_weeks.add(week)
        weekly += 1
        keep.add(backup.path)
    upgrades = sorted((b for b in backups if b.reason == BEFORE_UPGRADE), key=lambda b: b.made_at, reverse=True)
    keep.update(b.path for b in upgrades[:UPGRADE_KEPT])
    return [b for b in daily + upgrades if b.path not in keep]


def backup_to(db: Db | Any, destination: Path, *, connect: Connector = PLAIN) -> Path:
    """Write a verified copy of the journal to ``destination`` (replacing it atomically).

    ``db`` is the journal's own connection, or one opened for this copy alone
    (``open_for_backup``) so a backup can run beside the app's work. ``connect``
    is how the journal is opened: the copy of an encrypted journal is encrypted
    with the same key (SQLCipher's VACUUM INTO writes it so), and is checked
    with that key before it takes its name.
    """
    destination = Path(destination).absolute()
    folder = destination.parent
    ensure_private_dir(folder, tighten=False)
    temp = temp_path(folder, destination.name)
    try:
        create_file(temp)  # VACUUM INTO fills an empty file and keeps its 0600 mode
        db.execute("VACUUM INTO ?", [str(temp)])
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        verify(temp, connect)
        os.replace(temp, destination)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise _backup_error(exc, destination) from None
    fsync_dir(folder)
    return destination


def _backup_error(exc: BaseException, destination: Path) -> BaseException:
    if isinstance(exc, DatabaseError):
        found = classify(exc)
        return DiskFull(phrase("the backup")) if isinstance(found, DiskFull) else found
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(phrase("the backup"))
        return JournalError(
            phrase("The backup could not be written to {path} ({problem}).", None, path=destination,
                   problem=exc.strerror or exc)
        )  # fmt: skip
    return exc


def open_for_backup(journal: Path, connect: Connector = PLAIN) -> Any:
    """A read-only connection of its own to a live journal (VACUUM INTO reads a consistent snapshot)."""
    return connect(f"{Path(journal).absolute().as_uri()}?mode=ro")


def make_backup(
    db: Db | Any, folder: Path, reason: str, *, connect: Connector = PLAIN, now: datetime | None = None
) -> Path:
    """A new verified backup in the journal's backups folder, then rotation."""
    now = now or datetime.now()
    ensure_own_private_dir(Path(folder))
    made = backup_to(db, Path(folder) / backup_name(now, reason), connect=connect)
    for old in backups_to_delete(list_backups(folder)):
        with contextlib.suppress(OSError):
            old.path.unlink()
    return made


def daily_backup_due(folder: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    newest = list_backups(folder)
    return not newest or (now or datetime.now()) - newest[0].made_at >= DAILY_EVERY


def verify(path: Path, connect: Connector = PLAIN) -> None:
    """Raise unless ``path`` is a readable, intact SQLite file (opened as ``connect`` opens it)."""
    problem = integrity_problem(path, connect)
    if problem is not None:
        raise JournalError(phrase("The backup at {path} did not pass its check ({problem}).", None, path=path,
                                  problem=problem))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Restored:
    journal: Path
    set_aside: Path | None  # where the journal that was replaced now is (None: there was none)


def restore_backup(
    backup: Path, journal: Path, *, passphrase: str | None = None, now: datetime | None = None
) -> Restored:
    """Put ``backup`` in the journal's place; the journal it replaces is kept beside it, renamed.

    The caller has closed the journal and checked the backup is one this
    version can open (``inspect_journal_file``). An encrypted backup needs its
    own ``passphrase``; the restored journal is the backup as it was, so it
    opens with that passphrase (a plain backup gives a plain journal).
    """
    backup, journal = Path(backup).absolute(), Path(journal).absolute()
    connect = connector_for(backup, Connector(passphrase))
    verify(backup, connect)
    folder = journal.parent
    ensure_private_dir(folder, tighten=False)
    stamp = (now or datetime.now()).strftime(_STAMP)
    temp = temp_path(folder, f"restore{BACKUP_SUFFIX}")
    source = connect(f"{backup.as_uri()}?mode=ro")
    try:
        create_file(temp)
        source.execute("VACUUM INTO ?", [str(temp)])
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        verify(temp, connect)
        set_aside = _set_aside(journal, stamp)
        os.replace(temp, journal)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        if isinstance(exc, DatabaseError):
            raise classify(exc, backup) from None
        if isinstance(exc, OSError):
            raise JournalError(
                phrase("The backup could not be restored to {path} ({problem}).", None, path=journal,
                       problem=exc.strerror or exc)
            ) from None  # fmt: skip
        raise
    finally:
        source.close()
    fsync_dir(folder)
    return Restored(journal, set_aside)


def _claim_name(journal: Path, base: str) -> Path:
    """A name beside ``journal`` that nothing else has, taken by creating the file exclusively.

    Two restores in the same second must never set their journals aside under one name: the
    second would replace the first, and whatever only the first held would be in no file.
    """
    for number in range(1, 10_000):
        name = f"{base}{'' if number == 1 else f'-{number}'}{journal.suffix}"
        candidate = journal.with_name(name)
        try:
            create_file(candidate)
        except FileExistsError:
            continue
        if any(Path(f"{candidate}{suffix}").exists() for suffix in ("-wal", "-shm")):
            candidate.unlink()  # a stray -wal of that name would pair with our journal
            continue
        return candidate
    raise JournalError(
        phrase("No free name to keep the journal {path} aside; nothing was restored.", None, path=journal)
    )


def _set_aside(journal: Path, stamp: str) -> Path | None:
    """Rename the journal and its -wal/-shm together, so SQLite still pairs them."""
    if not journal.exists():
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{journal}{suffix}").unlink()
        return None
    with open(journal, "rb") as handle:
        has_content = handle.read(16) == SQLITE_MAGIC
    kind = "replaced" if has_content or looks_encrypted(journal) else "damaged"
    aside = _claim_name(journal, f"{journal.stem}-{kind}-{stamp}")
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{journal}{suffix}")
        if companion.exists():
            os.replace(companion, f"{aside}{suffix}")
    os.replace(journal, aside)
    return aside


class Backups:
    """One journal's backups: where they live, making and listing them, rotation and restore.

    The command line, the app and start-up all go through this one service (the
    ``Journal`` facade hands it out as ``journal.backups``; ``Backups(path)`` works for a
    journal that cannot be opened). A backup opens a read-only connection of its own, so
    it can run on a worker thread beside the app's work. ``connect`` is how the journal
    opens: an encrypted journal's backups are encrypted with its key and checked with it.
    """

    def __init__(self, journal: Path, connect: Connector = PLAIN) -> None:
        self.journal = Path(journal).absolute()
        self.folder = backups_dir(self.journal)
        self._connect = connect

    def list(self) -> list[BackupInfo]:
        """Newest first; backups an earlier version kept in the data folder are listed too."""
        found = list_backups(self.folder)
        legacy = legacy_backups_dir(self.journal)
        if legacy is not None:
            found += list_backups(legacy)
        return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)

    def exist(self) -> bool:
        return bool(self.list())

    def latest(self) -> BackupInfo | None:
        found = self.list()
        return found[0] if found else None

    def due(self, now: datetime | None = None) -> bool:
        return daily_backup_due(self.folder, now)

    def make(self, reason: str = MANUAL, *, db: Db | Any | None = None) -> Path:
        """A verified backup in the folder, then rotation; ``db`` is the journal's own connection if given."""
        if db is not None:
            return make_backup(db, self.folder, reason, connect=self._connect)
        conn = open_for_backup(self.journal, self._connect)
        try:
            return make_backup(conn, self.folder, reason, connect=self._connect)
        finally:
            conn.close()

    def make_if_due(self, *, db: Db | Any | None = None) -> Path | None:
        return self.make(DAILY, db=db) if self.due() else None

    def copy_to(self, destination: Path, *, db: Db | Any) -> Path:
        """A verified copy somewhere the person chose (``backup -o``), never over a journal or a backup."""
        journal = self.journal
        protect = [journal, Path(f"{journal}-wal"), Path(f"{journal}-shm"), self.folder]
        return backup_to(db, check_output_path(destination, protect), connect=self._connect)

    def restore(self, backup: Path, *, passphrase: str | None = None, now: datetime | None = None) -> Restored:
        """Put ``backup`` in the journal's place; an encrypted one needs its own passphrase."""
        restored = restore_backup(backup, self.journal, passphrase=passphrase, now=now)
        clear_damage(self.journal)  # what was found wrong was with the file set aside
        return restored
