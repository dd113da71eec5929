"""Asking for the passphrase of an encrypted journal when the app opens it (``startup.Unlock``).

The dialog's module is loaded the first time it is shown: a plain journal,
the usual case, opens without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# What the passphrase dialog is shown for.
LOCKED, ENCRYPTED, NEW, ENCRYPT, CHANGE = "locked", "encrypted", "new", "encrypt", "change"


class AskPassphrase:
    """The app's ``startup.Unlock``: shows the dialog each time it is called, and notes "remember"."""

    def __init__(self, purpose: str, *, offer_remember: Callable[[], bool] = lambda: False) -> None:
        self.purpose = purpose
        self.offer_remember = offer_remember  # asked only when the dialog shows: finding the keychain is slow
        self.remember = False

    def __call__(self, path: Path, message: str) -> str | None:
        from PySide6.QtWidgets import QDialog

        from .dialogs.passphrase import PassphraseDialog

        dialog = PassphraseDialog(path, self.purpose, message=message, offer_remember=self.offer_remember())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.remember = dialog.remember.isVisible() and dialog.remember.isChecked()
        return dialog.chosen()
