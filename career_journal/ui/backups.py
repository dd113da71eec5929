"""Backups and the page-by-page check while the window is open, each on a worker thread.

Backups and the check each run on a worker thread with a read-only
connection of their own, so a decade of notes never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..storage.journal import BackupInfo, IntegrityCheck
from .session import Session
from .workers import run_task


class BackgroundBackups(QObject):
    backed_up = Signal(object)  # the new backup's Path
    backup_failed = Signal(str)
    damage_found = Signal(str)  # what SQLite's check reported; the journal no longer takes changes

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._tasks: list[object] = []
        self._checks: list[IntegrityCheck] = []

    def backups(self) -> list[BackupInfo]:
        return self.session.journal.backups.list()

    def back_up_now(self) -> None:
        """A verified backup made by hand, beside the app's own work."""
        backups = self.session.journal.backups
        self._run(backups.make, self.backed_up.emit, lambda exc: self.backup_failed.emit(str(exc)))

    def back_up_if_due(self) -> None:
        """Today's automatic backup, if there is none yet."""
        backups = self.session.journal.backups
        if not self.session.read_only and backups.due():
            self._run(backups.make_if_due, self._made_if_due, lambda exc: self.backup_failed.emit(str(exc)))

    def _made_if_due(self, made: Path | None) -> None:
        if made is not None:
            self.backed_up.emit(made)

    def check_integrity(self) -> None:
        """SQLite's page-by-page check (seconds on a large journal); damage stops all writing at once."""
        journal = self.session.journal

        def found(problem: str | None) -> None:
            if problem is None:
                return
            journal.note_damage(problem)  # the command line warns too, and its exports refuse
            if not journal.read_only:
                journal.stop_writing()
            self.damage_found.emit(problem)

        check = journal.page_check()
        self._checks.append(check)
        self._run(check.run, found, lambda exc: found(str(exc)))

    def stop(self) -> None:
        """The window is closing: a check still running stops now (it starts again next time)."""
        for check in self._checks:
            check.cancel()

    def _run(self, work: Callable[[], object], done: Callable, failed: Callable) -> None:  # type: ignore[type-arg]
        self._tasks.append(run_task(work, done=done, failed=failed))
