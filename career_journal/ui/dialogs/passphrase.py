"""Asking for a journal's passphrase: at start, after the app locked, or a new one for a new journal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.validation import check_new_passphrase
from ..labels import fill
from ..unlock import CHANGE, ENCRYPT, ENCRYPTED, LOCKED, NEW

_TITLES = {
    LOCKED: QT_TRANSLATE_NOOP("PassphraseDialog", "Career Journal is locked"),
    ENCRYPTED: QT_TRANSLATE_NOOP("PassphraseDialog", "This journal is encrypted"),
    NEW: QT_TRANSLATE_NOOP("PassphraseDialog", "Choose a passphrase"),
    ENCRYPT: QT_TRANSLATE_NOOP("PassphraseDialog", "Encrypt this journal"),
    CHANGE: QT_TRANSLATE_NOOP("PassphraseDialog", "Change the passphrase"),
}
_INTROS = {
    LOCKED: QT_TRANSLATE_NOOP(
        "PassphraseDialog",
        "The journal %1 was closed and its key dropped from memory. Type its passphrase to go on.",
    ),
    ENCRYPTED: QT_TRANSLATE_NOOP(
        "PassphraseDialog",
        "Type the passphrase of %1. (If this journal was never encrypted, its first page is damaged: "
        "press Cancel to see your backups.)",
    ),
    NEW: QT_TRANSLATE_NOOP(
        "PassphraseDialog",
        "The new journal %1 is encrypted with this passphrase. Keep it safe: without it the journal "
        "cannot be opened, and nobody can recover it. A few words are easy to type and hard to guess.",
    ),
    ENCRYPT: QT_TRANSLATE_NOOP(
        "PassphraseDialog",
        "%1 and its backups are encrypted with this passphrase (AES-256). The window closes while that "
        "happens and opens again encrypted; then the plain copies are overwritten and removed. Keep the "
        "passphrase safe: without it the journal cannot be opened, and nobody can recover it.",
    ),
    CHANGE: QT_TRANSLATE_NOOP(
        "PassphraseDialog",
        "%1 and the backups its passphrase opens are encrypted again with the new one. The window closes "
        "while that happens and opens again; then the copies under the old passphrase are overwritten and "
        "removed, and the old passphrase is no longer remembered on this computer.",
    ),
}
_CHOOSING = (NEW, ENCRYPT, CHANGE)


class PassphraseDialog(QDialog):
    """A passphrase field (two for a new one), a line for what went wrong, and "remember on this computer"."""

    def __init__(
        self,
        path: Path,
        purpose: str,
        *,
        message: str = "",
        offer_remember: bool = False,
        is_current: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``is_current`` (to change the passphrase) checks the current one, asked in a field of its own."""
        super().__init__(parent)
        self.purpose = purpose
        self.setWindowTitle(fill(self.tr("Career Journal — %1"), path.name))
        self.setMinimumWidth(460)
        title = QLabel(self.tr(_TITLES[purpose]))
        title.setProperty("role", "page-title")
        intro = QLabel(fill(self.tr(_INTROS[purpose]), path.name))
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the file's name is the person's text
        intro.setWordWrap(True)
        self.is_current = is_current
        self.current = self._field(self.tr("Current passphrase"))
        self.passphrase = self._field(self.tr("New passphrase") if purpose == CHANGE else self.tr("Passphrase"))
        self.repeated = self._field(self.tr("Again"))
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keychain)"))
        self.remember.setToolTip(self.tr("Anyone who can use this computer account can then open the journal."))
        self.remember.setVisible(offer_remember and purpose != LOCKED)
        self.message = QLabel(message)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox()
        accept = {NEW: self.tr("Create"), ENCRYPT: self.tr("Encrypt"), CHANGE: self.tr("Change")}.get(purpose)
        accept = accept or self.tr("Unlock")
        self.ok_button = buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(
            self.tr("Quit") if purpose == LOCKED else self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        if purpose in _CHOOSING:  # several fields: each keeps its name beside it once something is typed
            form = QFormLayout()
            asked = (self.current, self.passphrase, self.repeated) if is_current else (self.passphrase, self.repeated)
            for field in asked:
                form.addRow(field.accessibleName() + ":", field)
            layout.addLayout(form)
        else:
            layout.addWidget(self.passphrase)
        for widget in (self.remember, self.message, buttons):
            layout.addWidget(widget)
        (self.current if is_current is not None else self.passphrase).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A dialog does not grow by itself for wrapped text: make room for the intro and the message."""
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _say(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.show()
        self._fit()

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
        if self.is_current is not None and not self.is_current(self.current.text()):
            self._say(self.tr("That is not the journal's current passphrase."))
            self.current.selectAll()
            self.current.setFocus()
            return
        if self.purpose in _CHOOSING:
            try:
                check_new_passphrase(self.passphrase.text(), self.repeated.text())
            except ValueError as exc:
                self._say(str(exc))
                return
        super().accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.passphrase.clear()  # a cancelled dialog keeps nothing typed
        self.repeated.clear()
        self.current.clear()
        super().done(result)
