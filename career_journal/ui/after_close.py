"""What the window asks the app to do once it has closed, before it opens the journal again.

Restoring a backup and encrypting the journal replace the journal's file, which
must not be open while that happens: the window closes (saving what is open),
``app.run_app`` does the work with the journal closed, and opens it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from .. import keychain
from .dialogs.passphrase import CHANGE, ENCRYPT, PassphraseDialog
from .workers import run_task

Result = TypeVar("Result")


@dataclass(frozen=True, slots=True)
class RestoreRequest:
    backup: Path
    passphrase: str | None = None  # an encrypted backup's own passphrase


@dataclass(frozen=True, slots=True)
class EncryptRequest:
    """Encrypt a plain journal (no ``old_passphrase``), or encrypt an encrypted one again under a new passphrase."""

    passphrase: str
    remember: bool = False  # keep the passphrase in the system keychain once the journal opens with it
    old_passphrase: str | None = None


def ask_to_encrypt(path: Path, parent: QWidget, current: str | None = None) -> EncryptRequest | None:
    """The new passphrase, twice (and "remember on this computer"); None when the person cancels.

    With the ``current`` passphrase of an encrypted journal, it is a change: the current one is asked first.
    """
    is_current = None if current is None else (lambda typed: typed == current)
    purpose = ENCRYPT if current is None else CHANGE
    dialog = PassphraseDialog(path, purpose, offer_remember=keychain.available(), is_current=is_current, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return EncryptRequest(dialog.chosen(), dialog.remember.isVisible() and dialog.remember.isChecked(), current)


def with_progress(label: str, work: Callable[[], Result]) -> Result:
    """Run ``work`` on a worker (``workers.run_task``) while a busy dialog shows ``label``; its result, or what
    it raised, raised here.

    No window is open then (the journal is closed), so the dialog is the only sign the app is working.
    It has no Cancel: the work writes a new file beside the journal and swaps it in only once it is checked,
    so stopping half-way would gain nothing.
    """
    progress = QProgressDialog(label, "", 0, 0)
    progress.setWindowTitle(QCoreApplication.translate("after_close", "Career Journal"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    outcome: list[Result] = []
    failure: list[Exception] = []
    waiting = QEventLoop()

    def finished(values: list, value: object) -> None:
        values.append(value)
        waiting.quit()

    run_task(work, done=lambda value: finished(outcome, value), failed=lambda exc: finished(failure, exc))
    waiting.exec()
    progress.close()
    progress.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]
