"""Where the journal and its companions live.

By default everything is under the user's data folder (platformdirs, local,
never roaming). ``CAREER_JOURNAL_HOME`` moves that folder (tests, portable
use); ``--db`` or ``CAREER_JOURNAL_DB`` picks another journal file.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "CareerJournal"
JOURNAL_FILE = "journal.cjdb"


def data_dir() -> Path:
    override = os.environ.get("CAREER_JOURNAL_HOME")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def default_journal_path() -> Path:
    return data_dir() / JOURNAL_FILE


def journal_path(explicit: str | os.PathLike | None = None) -> Path:
    """The journal to open: the one named, else CAREER_JOURNAL_DB, else the default."""
    chosen = explicit or os.environ.get("CAREER_JOURNAL_DB")
    return Path(chosen).expanduser().absolute() if chosen else default_journal_path()


def is_default(path: Path) -> bool:
    return Path(path).resolve() == default_journal_path().resolve()


def backups_dir(journal: Path) -> Path:
    """Where one journal's backups live.

    The default journal's are in the data folder. Any other journal's are beside it, in
    ``<name>.backups/``: a journal kept on an encrypted or removable drive keeps its backups
    there too, instead of leaving copies in the home folder.
    """
    if is_default(journal):
        return data_dir() / "backups"
    journal = Path(journal).absolute()
    return journal.with_name(f"{journal.name}.backups")


def legacy_backups_dir(journal: Path) -> Path | None:
    """Where an earlier version kept the backups of a journal that is not the default one."""
    if is_default(journal):
        return None
    digest = hashlib.sha256(str(Path(journal).absolute()).encode()).hexdigest()[:10]
    return data_dir() / "backups" / f"{Path(journal).stem}-{digest}"


@functools.cache
def resource_dir() -> Path:
    """The app's own files (icons, prompt sets): inside the installed package, else the source tree."""
    here = Path(__file__).resolve().parent
    installed = here / "_resources"
    return installed if installed.is_dir() else here.parent / "resources"


def packaging_dir() -> Path:
    """The desktop entry and AppStream metadata: beside the bundled resources, else the source tree's packaging/."""
    bundled = resource_dir() / "packaging"
    return bundled if bundled.is_dir() else Path(__file__).resolve().parent.parent / "packaging"


def user_prompts_dir() -> Path:
    """Where a person's own reflection prompt sets live (a set here replaces a shipped one of the same name)."""
    return data_dir() / "prompts"


def opened_dir() -> Path:
    """Where private copies of attached files wait while the system's viewer shows them."""
    return data_dir() / "opened"


def lock_path(journal: Path) -> Path:
    """The lock a running app holds on ``journal`` (one app per journal)."""
    # The resolved path: 'dir/../dir/j.cjdb' or a symbolic link to it is the same journal, the same lock.
    digest = hashlib.sha256(str(Path(journal).resolve()).encode()).hexdigest()[:16]
    return data_dir() / "run" / f"journal-{digest}.lock"


def running_app_pid(journal: Path) -> int | None:
    """The process id of a running app that has ``journal`` open, if there is one.

    Reads the lock the app holds (Qt's QLockFile writes its process id on the
    first line) without Qt, so the command line can check it too.
    """
    try:
        first = lock_path(journal).read_text(encoding="utf-8", errors="replace").splitlines()[0]
        pid = int(first.strip())
    except (OSError, ValueError, IndexError):
        return None
    if pid == os.getpid():
        return pid
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid
