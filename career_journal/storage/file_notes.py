"""What is remembered about a journal file between runs, outside the file itself.

Where damage was found (the damaged journal takes no more writes), so later
commands warn that what they show may be incomplete and exports refuse unless
asked to salvage: ``note_damage``, ``damage_noted``, ``clear_damage``.

When SQLite's page-by-page check last passed, so a command that writes can skip
it: ``quick_check`` reads every page, about 4 s on a decade of notes, before
every ``add``. The check is skipped only when the file is exactly as the last
checked command left it (same file, size and time of last change, and no
write-ahead log another program is still writing) and that check is less than a
day old. Anything else checks again: another program wrote to the file, a copy
was put in its place, the app is open, a day has passed, damage was noted.
Between checks SQLite still reports a damaged page that a write touches.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path

from ..files import ensure_private_dir, write_atomic
from ..paths import data_dir

CHECK_EVERY = 24 * 60 * 60  # seconds


def _note(journal: Path, kind: str) -> Path:
    digest = hashlib.sha256(str(Path(journal).resolve()).encode()).hexdigest()[:16]
    return data_dir() / "run" / f"{kind}-{digest}.txt"


def _write(note: Path, text: str) -> None:
    """Best effort: a note that cannot be written is never in the way of the work itself."""
    with contextlib.suppress(OSError):
        ensure_private_dir(note.parent, tighten=False)
        write_atomic(note, [text])


# -- damage ----------------------------------------------------------------------------------------


def note_damage(journal: Path, problem: str) -> None:
    """Remember that ``journal`` was found damaged."""
    _write(_note(journal, "damaged"), problem.strip() + "\n")


def damage_noted(journal: Path) -> str | None:
    """What was found wrong with ``journal`` when it was last checked, or None."""
    try:
        return _note(journal, "damaged").read_text(encoding="utf-8").strip() or "damaged"
    except OSError:
        return None


def clear_damage(journal: Path) -> None:
    with contextlib.suppress(OSError):
        _note(journal, "damaged").unlink()


# -- the last page-by-page check ----------------------------------------------------------------


def _fingerprint(journal: Path) -> list[int] | None:
    """The file's identity and last change; None while a write-ahead log holds changes not yet in the file."""
    try:
        wal = Path(f"{journal}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        info = os.stat(journal)
    except OSError:
        return None
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns]


def _last_check(journal: Path) -> dict[str, object] | None:
    try:
        note = json.loads(_note(journal, "checked").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return note if isinstance(note, dict) else None


def check_vouching(journal: Path) -> float | None:
    """When the check that still vouches for the file as it is now ran; None when a write must check first."""
    note = _last_check(journal)
    if note is None or damage_noted(journal) is not None:
        return None
    checked_at = note.get("checked_at")
    if note.get("file") != _fingerprint(journal) or not isinstance(checked_at, int | float):
        return None
    age = time.time() - checked_at
    return float(checked_at) if 0 <= age < CHECK_EVERY else None


def note_check(journal: Path, checked_at: float) -> None:
    """Remember the file as it is now (closed, after a check at ``checked_at`` and our own writes since)."""
    fingerprint = _fingerprint(journal)
    if fingerprint is None or damage_noted(journal) is not None:
        with contextlib.suppress(OSError):
            _note(journal, "checked").unlink()
        return
    _write(_note(journal, "checked"), json.dumps({"file": fingerprint, "checked_at": checked_at}) + "\n")
