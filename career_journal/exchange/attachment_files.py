"""Evidence files between the journal and the disk: attach one, save one, open one through a private copy.

Every path the person gives is checked first, with a one-line reason when it
cannot be used: a missing or unreadable file, a folder, a file over 50 MB, the
journal itself. Nothing is ever written over the journal or over any SQLite
database, and every file written appears whole or not at all (``write_atomic``).

Opening a file in the system's viewer needs a file on disk. ``OpenedCopies``
puts each one, readable by the person only (0600), in a folder of its own
inside a private folder (0700) in the data folder, and removes them when the
app closes; copies left by an app that crashed are removed at the next start.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..domain.attachments import Attachment, Owner, clean_file_name, too_large
from ..domain.errors import InvalidInput
from ..files import ensure_private_dir, process_alive, write_atomic
from ..storage.attachments import CHUNK_BYTES, ShouldStop
from ..storage.journal import Journal


def attach_file(journal: Journal, owner: Owner, path: Path, *, should_stop: ShouldStop | None = None) -> Attachment:
    """Keep a copy of the file at ``path`` in the journal, attached to ``owner``."""
    path = Path(path).expanduser()
    nothing = "Nothing was attached."
    if _is_journal_file(journal, path):
        raise InvalidInput(f"{path} is part of your journal; it cannot be attached to itself. {nothing}")
    try:
        status = os.stat(path)  # before opening: opening a pipe would wait for a writer for ever
    except FileNotFoundError:
        raise InvalidInput(f"There is no file at {path}. {nothing}") from None
    except OSError as exc:
        raise InvalidInput(f"{path} could not be read ({exc.strerror or exc}). {nothing}") from None
    if stat.S_ISDIR(status.st_mode):
        raise InvalidInput(f"{path} is a folder; attach the files in it one at a time. {nothing}")
    if not stat.S_ISREG(status.st_mode):
        raise InvalidInput(f"{path} is not an ordinary file (a device or a pipe). {nothing}")
    if (problem := too_large(path.name, status.st_size)) is not None:
        raise InvalidInput(problem)
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed by the with below)
    except PermissionError:
        raise InvalidInput(f"{path} could not be read: you are not allowed to read it. {nothing}") from None
    except OSError as exc:
        raise InvalidInput(f"{path} could not be read ({exc.strerror or exc}). {nothing}") from None
    with handle:
        return journal.attachments.add(owner, path.name, _read(handle, path), should_stop=should_stop)


def _read(handle: BinaryIO, path: Path) -> Iterator[bytes]:
    try:
        while chunk := handle.read(CHUNK_BYTES):
            yield chunk
    except OSError as exc:
        raise InvalidInput(f"{path} could not be read ({exc.strerror or exc}). Nothing was attached.") from None


def save_attachment(
    journal: Journal, attachment_id: int, target: Path, *, should_stop: ShouldStop | None = None
) -> Attachment:
    """Write an attached file to ``target`` (whole or not at all); never over the journal or a database."""
    attachment = journal.attachments.get(attachment_id)
    chunks = journal.attachments.chunks(attachment_id, should_stop=should_stop)
    write_atomic(Path(target).expanduser(), chunks, protect=journal.own_files())
    return attachment


def _is_journal_file(journal: Journal, path: Path) -> bool:
    """Whether ``path`` is the journal, its -wal or -shm, or in its backups folder, however it is spelled."""
    target = path.resolve()
    for own in journal.own_files():
        own = own.resolve()
        if target == own or own in target.parents:
            return True
        with contextlib.suppress(OSError):
            if os.path.samefile(target, own):  # a hard link
                return True
    return False


class OpenedCopies:
    """Private copies of attached files handed to the system's viewer; gone when the app closes."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._made: list[Path] = []

    def copy(self, journal: Journal, attachment_id: int, *, should_stop: ShouldStop | None = None) -> Path:
        """A copy of the file under its own name (the viewer shows it), in a folder no one else can read."""
        attachment = journal.attachments.get(attachment_id)
        ensure_private_dir(self.folder, tighten=True)
        # The process id in the name tells the next start whether the app that made it still runs.
        own = self.folder / f"{os.getpid()}-{secrets.token_hex(6)}"
        own.mkdir(mode=0o700)
        os.chmod(own, 0o700)
        self._made.append(own)
        target = own / clean_file_name(attachment.file_name)
        write_atomic(target, journal.attachments.chunks(attachment_id, should_stop=should_stop))
        return target

    def remove_all(self) -> None:
        """Remove every copy this app made (the app is closing)."""
        for folder in self._made:
            shutil.rmtree(folder, ignore_errors=True)
        self._made.clear()

    def remove_stale(self) -> int:
        """Remove copies left by an app that is no longer running (it crashed); returns how many folders."""
        removed = 0
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            for leftover in self.folder.iterdir():
                pid = leftover.name.split("-", 1)[0]
                if pid.isdigit() and process_alive(int(pid)):
                    continue
                shutil.rmtree(leftover, ignore_errors=True)
                with contextlib.suppress(OSError):
                    leftover.unlink()  # not a folder: a stray file
                removed += 1
        return removed
