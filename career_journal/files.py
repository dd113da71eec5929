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
import stat
from collections.abc import Iterable
from pathlib import Path

from .domain.errors import DiskFull, JournalError

TEMP_PREFIX = ".cj-tmp-"


def write_atomic(path: Path, chunks: Iterable[str | bytes], *, encoding: str = "utf-8") -> int:
    """Write ``chunks`` to ``path`` atomically; returns the number of bytes written."""
    path = Path(path)
    folder = path.absolute().parent
    if not folder.is_dir():
        raise JournalError(f"The folder {folder} does not exist.")
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
        if isinstance(exc, OSError):
            raise _explain(exc, path) from None
        raise
    fsync_dir(folder)
    return written


def temp_path(folder: Path, name: str) -> Path:
    """A new temp file's path in ``folder`` for a file that will be called ``name``."""
    return Path(folder) / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}-{name}"


def _writer_alive(leftover: Path) -> bool:
    """Whether the process that named this temp file is still running (and so may still be writing it)."""
    pid = leftover.name[len(TEMP_PREFIX) :].split("-", 1)[0]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


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
            if _writer_alive(leftover):
                continue
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed


def _explain(exc: OSError, path: Path) -> JournalError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(f"{path.name}")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return JournalError(f"{path} could not be written: you are not allowed to write there.")
    return JournalError(f"{path} could not be written ({exc.strerror or exc}).")


def ensure_private_dir(folder: Path, *, tighten: bool) -> None:
    """Create ``folder`` readable by its owner only; tighten it if we own it."""
    if not folder.exists():
        # exist_ok: another process (a second command, a backup) may create it at the same moment.
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    elif tighten and os.name == "posix":
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
