"""Files the app writes itself: whole files written atomically, and folders only their owner can read.

Neutral ground for every layer (storage, exchange, the UI): plain file I/O, no SQLite, no Qt.

An atomic write goes to a temp file in the same folder (so the rename stays on one file system), mode
0600, fsync, ``os.replace``, fsync of the folder. On any error the temp file is
removed and the old file is untouched. A crash can leave a temp file behind;
``remove_stale_temp_files`` clears ours at the next start. A temp file's name
carries its writer's process id, so a start never removes the file another
running process (an export from the command line, say) is still writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .domain.errors import DiskFull, JournalError
from .phrasebook import phrase

TEMP_PREFIX = ".cj-tmp-"
SQLITE_MAGIC = b"SQLite format 3\x00"


def write_atomic(
    path: Path, chunks: Iterable[str | bytes], *, encoding: str = "utf-8", protect: Iterable[Path] = ()
) -> int:
    """Write ``chunks`` to ``path`` atomically; returns the number of bytes written.

    ``path`` must be a safe place to write (``check_output_path``); ``protect`` names the
    journal's own files, which an export must never replace however their path is spelled.
    """
    path = check_output_path(path, protect)
    folder = path.absolute().parent
    if not folder.is_dir():
        raise JournalError(phrase("The folder {folder} does not exist.", None, folder=folder))
    remove_stale_temp_files(folder)  # what a killed export left here before
    temp = temp_path(folder, path.name)
    written = 0
    try:
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                data = chunk.encode(encoding) if isinstance(chunk, str) else chunk
                handle.write(data)
                written += len(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        # A generator of chunks (an export reading the journal) ends its read now, while the journal is
        # still open, not later when the garbage collector finds it on a closed one.
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
        if isinstance(exc, OSError):
            raise _explain(exc, path) from None
        raise
    fsync_dir(folder)
    return written


def check_output_path(path: Path | str, protect: Iterable[Path] = ()) -> Path:
    """``path`` as a Path if writing a new file there destroys nothing; else a JournalError saying why.

    Refused: an empty name; a folder, device, pipe or anything but an ordinary file; any
    SQLite database (a journal or a backup); and the files in ``protect`` (the journal, its
    -wal and -shm, its backups folder) by resolved path and by inode, so another spelling of
    the path (``dir/../dir/j.cjdb``, a symbolic or hard link) is refused too.
    """
    if not str(path).strip():
        raise JournalError(phrase("Give the name of a file to write to (the name given was empty)."))
    path = Path(path)
    target = path.resolve()
    for guarded in protect:
        guarded = Path(guarded).resolve()
        if target == guarded or guarded in target.parents:
            raise JournalError(
                phrase(
                    "{path} is part of your journal; choose another file name. Nothing was written.", None, path=path
                )
            )
        if _same_file(target, guarded):
            raise JournalError(
                phrase("{path} is your journal under another name; choose another file. Nothing was written.", None,
                       path=path)
            )  # fmt: skip
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise JournalError(
            phrase("{path} cannot be checked ({problem}). Nothing was written.", None, path=path,
                   problem=exc.strerror or exc)
        ) from None  # fmt: skip
    if stat.S_ISDIR(info.st_mode):
        raise JournalError(
            phrase("{path} is a folder; give the name of a file to write. Nothing was written.", None, path=path)
        )
    if not stat.S_ISREG(info.st_mode):
        raise JournalError(
            phrase(
                "{path} is not an ordinary file (a device or a pipe); choose a file name. Nothing was written.",
                None,
                path=path,
            )
        )
    if _is_sqlite(target):
        raise JournalError(
            phrase(
                "{path} is an SQLite database (a journal or a backup); Career Journal never writes over one. "
                "Choose another file name. Nothing was written.",
                None,
                path=path,
            )
        )
    return path


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def temp_path(folder: Path, name: str) -> Path:
    """A new temp file's path in ``folder`` for a file that will be called ``name``."""
    return Path(folder) / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}-{name}"


def _writer_alive(leftover: Path) -> bool:
    """Whether the process that named this temp file is still running (and so may still be writing it)."""
    pid = leftover.name[len(TEMP_PREFIX) :].split("-", 1)[0]
    return pid.isdigit() and process_alive(int(pid))


def _ours(path: Path) -> bool:
    """Whether this user owns ``path`` (another user's temp files are theirs to clean up)."""
    if not hasattr(os, "getuid"):
        return True
    try:
        return path.lstat().st_uid == os.getuid()
    except OSError:
        return False


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temp files a crash left in ``folder``; returns how many."""
    removed = 0
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for leftover in Path(folder).glob(f"{TEMP_PREFIX}*"):
            if _writer_alive(leftover) or not _ours(leftover):
                continue
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed


def _explain(exc: OSError, path: Path) -> JournalError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(f"{path.name}")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return JournalError(phrase("{path} could not be written: you are not allowed to write there.", None, path=path))
    return JournalError(
        phrase("{path} could not be written ({problem}).", None, path=path, problem=exc.strerror or exc)
    )


def ensure_private_dir(folder: Path, *, tighten: bool) -> None:
    """Create ``folder``, and every missing folder above it, readable by their owner only (0700).

    Whatever the umask: Python's ``mkdir(parents=True)`` gives the folders above the
    default mode, which let others list journal and backup names. ``tighten`` also
    makes an existing folder of ours private (the app's own data folder).
    """
    folder = Path(folder)
    missing: list[Path] = []
    current = folder
    while not current.exists() and not current.is_symlink() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue  # another process (a second command, a backup) made it at the same moment
        if os.name == "posix":
            os.chmod(path, 0o700)  # the umask may have taken bits away from 0700, never added
    if tighten and not missing and os.name == "posix":
        os.chmod(folder, 0o700)


def ensure_own_private_dir(folder: Path) -> None:
    """Like ``ensure_private_dir`` for a folder only we may use (backups): refuse one another user owns."""
    ensure_private_dir(folder, tighten=False)
    if os.name != "posix":
        return
    info = os.stat(folder)
    if info.st_uid != os.getuid():
        raise JournalError(
            f"The folder {folder} belongs to another user, so Career Journal does not keep your backups there."
        )
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(folder, 0o700)


def tighten_file(path: Path) -> None:
    """Make a journal-related file owner-only (0600) if anyone else could read it."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError, PermissionError):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o600 or 0o600)


def create_file(path: Path) -> None:
    """Create an empty, owner-only file; SQLite's -wal and -shm inherit its mode."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


SCRATCH_PREFIX = "career-journal-"


def make_scratch_dir() -> Path:
    """A private temporary folder for a demo or a screenshot run, named after this process.

    A run killed before it could tidy up leaves it behind; the next run removes it
    (``remove_stale_scratch_dirs``) once its process is gone.
    """
    remove_stale_scratch_dirs()
    return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-"))


def remove_stale_scratch_dirs(folder: Path | None = None) -> int:
    """Remove scratch folders of ours whose process has ended; returns how many."""
    removed = 0
    with contextlib.suppress(OSError):
        for leftover in Path(folder or tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"):
            pid = leftover.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
            if not pid.isdigit() or not leftover.is_dir() or not _ours(leftover) or process_alive(int(pid)):
                continue
            shutil.rmtree(leftover, ignore_errors=True)
            removed += 1
    return removed


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (this one does; one we may not signal counts as running)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True
