"""Asking for a journal's passphrase: at start, after the app locked, or a new one for a new journal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.validation import check_new_passphrase
from ..labels import fill

LOCKED, ENCRYPTED, NEW = "locked", "encrypted", "new"
_TITLES = {
    LOCKED: "Career Journal is locked",
    ENCRYPTED: "This journal is encrypted",
    NEW: "Choose a passphrase",
}
_INTROS = {
    LOCKED: "The journal {name} was closed and its key dropped from memory. Type its passphrase to go on.",
    ENCRYPTED: "Type the passphrase of {name}. (If this journal was never encrypted, its first page is damaged: "
    "press Cancel to see your backups.)",
    NEW: "The new journal {name} is encrypted with this passphrase. Keep it safe: without it the journal "
    "cannot be opened, and nobody can recover it. A few words are easy to type and hard to guess.",
}


class PassphraseDialog(QDialog):
    """A passphrase field (two for a new one), a line for what went wrong, and "remember on this computer"."""

    def __init__(
        self,
        path: Path,
        purpose: str,
        *,
        message: str = "",
        offer_remember: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.setWindowTitle(fill(self.tr("Career Journal — %1"), path.name))
        self.setMinimumWidth(460)
        title = QLabel(_TITLES[purpose])
        title.setProperty("role", "page-title")
        intro = QLabel(_INTROS[purpose].format(name=path.name))
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the file's name is the person's text
        intro.setWordWrap(True)
        self.passphrase = self._field("Passphrase")
        self.repeated = self._field("The same passphrase again")
        self.repeated.setVisible(purpose == NEW)
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keychain)"))
        self.remember.setToolTip(self.tr("Anyone who can use this computer account can then open the journal."))
        self.remember.setVisible(offer_remember and purpose != LOCKED)
        self.message = QLabel(message)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Unlock") if purpose != NEW else self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            self.tr("Quit") if purpose == LOCKED else self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, intro, self.passphrase, self.repeated, self.remember, self.message, buttons):
            layout.addWidget(widget)
        self.passphrase.setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.setPlaceholderText(name)
        return field

    def chosen(self) -> str:
        return self.passphrase.text()

    def accept(self) -> None:
        if not self.passphrase.text():
            return
        if self.purpose == NEW:
            try:
                check_new_passphrase(self.passphrase.text(), self.repeated.text())
            except ValueError as exc:
                self.message.setText(str(exc))
                self.message.show()
                return
        super().accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.passphrase.clear()  # a cancelled dialog keeps nothing typed
        self.repeated.clear()
        super().done(result)


class AskPassphrase:
    """The app's ``startup.Unlock``: shows the dialog each time it is called, and notes "remember"."""

    def __init__(self, purpose: str, *, offer_remember: Callable[[], bool] = lambda: False) -> None:
        self.purpose = purpose
        self.offer_remember = offer_remember  # asked only when the dialog shows: finding the keychain is slow
        self.remember = False

    def __call__(self, path: Path, message: str) -> str | None:
        dialog = PassphraseDialog(path, self.purpose, message=message, offer_remember=self.offer_remember())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.remember = dialog.remember.isVisible() and dialog.remember.isChecked()
        return dialog.chosen()
