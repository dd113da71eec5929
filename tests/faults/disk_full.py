"""A full disk during a save, an editor save, an export and a backup.

Each case is run on a real 4 MB tmpfs filled to the last byte when the
machine lets us mount one (root, Linux), and otherwise with an injected
fault: ``PRAGMA max_page_count`` just above the journal's size (SQLite then
answers SQLITE_FULL, "database or disk is full", exactly as on a full disk),
or a file write that stops with ENOSPC part-way, or an fsync that fails so.
Pass: a disk-full error, nothing committed before is lost, the journal is
intact, the old file is byte-identical, no temp file is left, and once there
is room again the same save works.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from child_common import TODAY
from processes import sha256_text

from career_journal import demo
from career_journal.domain.errors import DiskFull, JournalError
from career_journal.domain.records import Entry
from career_journal.exchange.markdown import MarkdownOptions, write_markdown
from career_journal.files import TEMP_PREFIX
from career_journal.storage.backup import backup_to, verify
from career_journal.storage.journal import Journal

TMPFS_SIZE = "4m"
METHODS = ("tmpfs", "injected")
COMMITTED_BEFORE = 20
NO_LIMIT = 2**31  # max_page_count back to (far beyond) any real journal


@dataclass
class DiskFullCase:
    case: str
    method: str  # "tmpfs" or "injected"
    error: str = ""  # the error the person is shown
    says_disk_full: bool = False
    rows_lost: int | None = None  # committed rows missing afterwards (None: the case writes no rows)
    integrity_ok: bool = False
    old_file_identical: bool | None = None  # the previous export/backup, byte for byte
    temps_left: int = 0
    retry_ok: bool = False  # the same save, export or backup works once there is room
    text_kept: bool | None = None  # the editor still holds what was typed (editor case)
    draft_kept: bool | None = None  # ...and the draft holds it too (reported, not required: the disk is full)

    @property
    def passed(self) -> bool:
        return (
            self.says_disk_full
            and self.rows_lost in (None, 0)
            and self.integrity_ok
            and self.old_file_identical is not False
            and self.temps_left == 0
            and self.retry_ok
            and self.text_kept is not False
        )


def note_error(case: DiskFullCase, exc: BaseException | None) -> None:
    case.error = "no error" if exc is None else f"{type(exc).__name__}: {exc}"
    text = str(exc).lower()
    case.says_disk_full = isinstance(exc, DiskFull) or (
        isinstance(exc, JournalError) and ("disk is full" in text or "no space left" in text)
    )


# -- making the disk full --------------------------------------------------------------------


@contextlib.contextmanager
def small_tmpfs(folder: Path) -> Iterator[Path | None]:
    """A 4 MB tmpfs mounted on a new folder (None when this machine does not let us mount), always unmounted."""
    mount_point = folder / "small-disk"
    mount_point.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        yield None
        return
    command = ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0700", "tmpfs", str(mount_point)]
    if subprocess.run(command, capture_output=True, check=False).returncode != 0:
        yield None
        return
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def tmpfs_available(folder: Path) -> bool:
    with small_tmpfs(folder) as mounted:
        return mounted is not None


def fill_up(folder: Path) -> Path:
    """Write a filler file until the disk refuses another byte; deleting it frees the space."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for block in (1 << 20, 1 << 12, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * block)
    finally:
        os.close(fd)
    return filler


class _FileThatFillsTheDisk:
    """A file object whose writes stop with ENOSPC once ``room`` bytes are written, like a disk filling up."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle = handle
        self._room = room

    def write(self, data: bytes) -> int:
        fits = max(0, min(len(data), self._room))
        if fits:
            self._handle.write(data[:fits])
            self._room -= fits
        if fits < len(data):
            raise OSError(errno.ENOSPC, "No space left on device")
        return fits

    def __enter__(self) -> _FileThatFillsTheDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


@contextlib.contextmanager
def file_writes_stop_after(room: int) -> Iterator[None]:
    """Files opened with os.fdopen (as write_atomic does) run out of space after ``room`` bytes."""
    real = os.fdopen
    os.fdopen = lambda fd, *args, **kwargs: _FileThatFillsTheDisk(real(fd, *args, **kwargs), room)  # type: ignore[assignment]
    try:
        yield
    finally:
        os.fdopen = real


@contextlib.contextmanager
def fsync_finds_no_space() -> Iterator[None]:
    real = os.fsync

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    os.fsync = no_space
    try:
        yield
    finally:
        os.fsync = real


@contextlib.contextmanager
def full_disk(method: str, where: Path, journal: Journal | None) -> Iterator[Callable[[], None]]:
    """The disk is full inside the block; calling the yielded function frees it (also done on the way out)."""
    freed = False

    def free() -> None:
        nonlocal freed
        if freed:
            return
        freed = True
        if method == "tmpfs":
            (where / "filler.bin").unlink(missing_ok=True)
        elif journal is not None:
            journal.db.execute(f"PRAGMA max_page_count = {NO_LIMIT}")

    if method == "tmpfs":
        fill_up(where)
    elif journal is not None:
        pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
        journal.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    try:
        yield free
    finally:
        free()


# -- what must still be true -----------------------------------------------------------------


def temps_in(folder: Path) -> int:
    return len(list(folder.glob(f"{TEMP_PREFIX}*")))


def big_text(number: int) -> str:
    return f"Entry {number} written while the disk filled up.\n\n" + "All the text a person typed. " * 2500


def save_committed(journal: Journal, count: int) -> dict[int, str]:
    committed = {}
    for number in range(count):
        saved = journal.save_entry(Entry(body=f"Committed before the disk filled, {number}", entry_date=TODAY))
        committed[saved.id or 0] = sha256_text(saved.body)
    return committed


def rows_lost(journal: Journal, committed: dict[int, str]) -> int:
    bodies = {row[0]: row[1] for row in journal.db.execute("SELECT id, body FROM entries")}
    return sum(entry_id not in bodies or sha256_text(bodies[entry_id]) != h for entry_id, h in committed.items())


def reopened_whole(path: Path, committed: dict[int, str]) -> tuple[int, bool]:
    """The next start: rows lost and whether Journal.check() finds nothing wrong."""
    with Journal.open(path) as journal:
        return rows_lost(journal, committed), journal.check() == []


# -- the cases ---------------------------------------------------------------------------------


def save_case(where: Path, method: str, _scratch: Path) -> DiskFullCase:
    """Saves through Journal.save_entry (what the CLI and every page use) until the disk is full."""
    case = DiskFullCase("save", method)
    path = where / "journal.cjdb"
    with Journal.open(path, create=True) as journal:
        committed = save_committed(journal, COMMITTED_BEFORE)
        with full_disk(method, where, journal) as free:
            failure, entry = None, None
            for number in range(500):
                entry = Entry(body=big_text(number), entry_date=TODAY)
                try:
                    committed[journal.save_entry(entry).id or 0] = sha256_text(entry.body)
                except JournalError as exc:
                    failure = exc
                    break
            note_error(case, failure)
            case.rows_lost = rows_lost(journal, committed)
            case.integrity_ok = journal.check() == []
            free()
            if entry is not None and failure is not None:
                entry.id = None
                committed[journal.save_entry(entry).id or 0] = sha256_text(entry.body)
                case.retry_ok = True
    lost_after, whole = reopened_whole(path, committed)
    case.rows_lost = max(case.rows_lost, lost_after)
    case.integrity_ok = case.integrity_ok and whole
    case.temps_left = temps_in(where)
    return case


def export_case(where: Path, method: str, scratch: Path) -> DiskFullCase:
    """A coach export over an older, smaller one while the disk is full."""
    case = DiskFullCase("export", method)
    scratch.mkdir(parents=True, exist_ok=True)
    with Journal.open(scratch / "export-source.cjdb", create=True) as journal:
        demo.populate(journal, TODAY)
        target, reference = where / "coach.md", scratch / "reference.md"
        write_markdown(journal, MarkdownOptions(coach=True, sections=("goals",)), target, today=TODAY)
        old = target.read_bytes()
        options = MarkdownOptions(coach=True)
        write_markdown(journal, options, reference, today=TODAY)
        failure = None
        blocked = (
            full_disk(method, where, None)
            if method == "tmpfs"
            else file_writes_stop_after(len(reference.read_bytes()) // 2)
        )
        with blocked:
            try:
                write_markdown(journal, options, target, today=TODAY)
            except JournalError as exc:
                failure = exc
        note_error(case, failure)
        case.old_file_identical = target.read_bytes() == old
        case.temps_left = temps_in(where)
        case.integrity_ok = journal.check() == []
        write_markdown(journal, options, target, today=TODAY)
        case.retry_ok = target.read_bytes() == reference.read_bytes() and temps_in(where) == 0
    return case


def backup_case(where: Path, method: str, scratch: Path) -> DiskFullCase:
    """A backup over the previous one while the disk is full."""
    case = DiskFullCase("backup", method)
    scratch.mkdir(parents=True, exist_ok=True)
    with Journal.open(scratch / "backup-source.cjdb", create=True) as journal:
        demo.populate(journal, TODAY)
        target = where / "journal-backup.cjdb"
        backup_to(journal.db, target)
        old = target.read_bytes()
        journal.save_entry(Entry(body="Written after the last backup", entry_date=TODAY - timedelta(days=1)))
        failure = None
        with full_disk(method, where, None) if method == "tmpfs" else fsync_finds_no_space():
            try:
                backup_to(journal.db, target)
            except JournalError as exc:
                failure = exc
        note_error(case, failure)
        case.old_file_identical = target.read_bytes() == old
        case.temps_left = temps_in(where)
        case.integrity_ok = journal.check() == []
        backup_to(journal.db, target)
        verify(target)
        with Journal.open(target, read_only=True) as copy:
            case.retry_ok = copy.entries.count() == journal.entries.count() and temps_in(where) == 0
    return case


CaseFunction = Callable[[Path, str, Path], DiskFullCase]


def run_case(case_function: CaseFunction, method: str, folder: Path) -> DiskFullCase:
    """One case with one method: on a fresh tmpfs (mounted and unmounted here), or injected in ``folder``."""
    name = case_function.__name__.removesuffix("_case")
    scratch = folder / f"scratch-{name}-{method}"
    if method == "injected":
        where = folder / f"disk-{name}"
        where.mkdir(parents=True, exist_ok=True)
        return case_function(where, method, scratch)
    with small_tmpfs(folder / f"mount-{name}") as mounted:
        if mounted is None:
            raise RuntimeError("no tmpfs can be mounted here (not root, or no CAP_SYS_ADMIN)")
        return case_function(mounted, method, scratch)
