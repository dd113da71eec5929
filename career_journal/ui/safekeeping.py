"""What keeps the journal safe while the window is open: backups, the page-by-page check, restore.

Backups and the check each run on a worker thread with a read-only
connection of their own, so a decade of notes never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..paths import companion_dir
from ..storage.backup import DAILY, MANUAL, daily_backup_due, list_backups, make_backup, open_for_backup
from ..storage.database import IntegrityCheck
from .session import Session
from .workers import run_task


class Safekeeping(QObject):
    backed_up = Signal(object)  # the new backup's Path
    backup_failed = Signal(str)
    damage_found = Signal(str)  # what SQLite's check reported; the journal no longer takes changes

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._tasks: list[object] = []
        self._checks: list[IntegrityCheck] = []

    @property
    def backups_folder(self) -> Path:
        return companion_dir(self.session.journal.path, "backups")

    def backups(self) -> list:
        return list_backups(self.backups_folder)

    def back_up_now(self, reason: str = MANUAL) -> None:
        """A verified backup, made beside the app's own work."""
        journal_path, folder = self.session.journal.path, self.backups_folder

        def work() -> Path:
            conn = open_for_backup(journal_path)
            try:
                return make_backup(conn, folder, reason)
            finally:
                conn.close()

        self._run(work, self.backed_up.emit, lambda exc: self.backup_failed.emit(str(exc)))

    def back_up_if_due(self) -> None:
        if not self.session.read_only and daily_backup_due(self.backups_folder):
            self.back_up_now(DAILY)

    def check_integrity(self) -> None:
        """SQLite's page-by-page check (seconds on a large journal); damage stops all writing at once."""
        journal = self.session.journal
        path = journal.path

        def found(problem: str | None) -> None:
            if problem is None:
                return
            if not journal.read_only:
                journal.stop_writing()
            self.damage_found.emit(problem)

        check = IntegrityCheck(path)
        self._checks.append(check)
        self._run(check.run, found, lambda exc: found(str(exc)))

    def stop(self) -> None:
        """The window is closing: a check still running stops now (it starts again next time)."""
        for check in self._checks:
            check.cancel()

    def _run(self, work: Callable[[], object], done: Callable, failed: Callable) -> None:  # type: ignore[type-arg]
        self._tasks.append(run_task(work, done=done, failed=failed))
