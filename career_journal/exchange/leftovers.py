"""Folders exports were written to, so the app's next start can clear what a killed export left there.

An export is written to a temp file beside its target first; a kill -9 or a power cut leaves that
temp file, a full private copy, in the person's own folder. The next export into the same folder
removes it (``files.write_atomic``); the app's start removes it from every folder noted here.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..files import ensure_private_dir, remove_stale_temp_files, write_atomic
from ..paths import data_dir

KEPT = 20  # the most recent export folders remembered


def _registry() -> Path:
    return data_dir() / "run" / "export-folders.txt"


def remembered_export_folders() -> list[Path]:
    try:
        text = _registry().read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return []
    return [Path(line) for line in text.splitlines() if line.strip()]


def remember_export_folder(target: Path | str) -> None:
    """Note the folder an export is about to be written to (best effort: an export never fails for it)."""
    folder = Path(target).absolute().parent
    folders = [folder, *(f for f in remembered_export_folders() if f != folder)][:KEPT]
    with contextlib.suppress(OSError, UnicodeError):
        ensure_private_dir(_registry().parent, tighten=False)
        write_atomic(_registry(), ["\n".join(str(f) for f in folders) + "\n"], encoding="utf-8")


def tidy_export_folders() -> int:
    """Remove the temp files killed exports left in the folders exports went to; returns how many."""
    return sum(remove_stale_temp_files(folder) for folder in remembered_export_folders())
