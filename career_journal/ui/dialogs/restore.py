"""File → Restore from backup…: choose a backup; the journal it replaces is kept beside it, renamed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import JournalError, PassphraseNeeded, WrongPassphrase
from ...storage.journal import BackupInfo, inspect_journal_file
from ..labels import fill
from ..widgets.text_label import ask, plain_label, tooltip_text
from .passphrase import ENCRYPTED, PassphraseDialog

OTHER_PASSPHRASE = "This backup has another passphrase than the journal; you will be asked for it."


class RestoreDialog(QDialog):
    chosen = Signal(object, object)  # the backup's Path, checked and ready to restore; its passphrase or None

    def __init__(
        self, backups: list[BackupInfo], journal: Path, parent: QWidget | None = None, *, passphrase: str | None = None
    ) -> None:
        super().__init__(parent)
        self._passphrase = passphrase  # the journal's: an encrypted backup made with it opens with it
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumSize(520, 380)
        self.journal = journal
        intro = plain_label(
            self.tr(
                "Choose the backup to put in your journal's place. Your current journal is not deleted: "
                "it is kept beside the restored one, renamed, so you can go back."
            ),
            wrap=False,
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in backups:
            item = QListWidgetItem(f"{backup.label}   ·   {backup.size / 1_048_576:.1f} MB")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(tooltip_text(str(backup.path)))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        self.details = plain_label(role="muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(lambda _now, _before: self._describe())
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._describe()

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _describe(self) -> None:
        backup = self.selected()
        if backup is None:
            self.details.setText(self.tr("There are no backups of this journal yet. File → Back up now makes one."))
            return
        try:
            counts = inspect_journal_file(backup, passphrase=self._passphrase)
        except (PassphraseNeeded, WrongPassphrase):
            self.restore_button.setEnabled(True)
            self.details.setText(OTHER_PASSPHRASE)
            return
        except JournalError as exc:
            self.details.setText(fill(self.tr("This backup cannot be used: %1"), exc))
            self.restore_button.setEnabled(False)
            return
        self.restore_button.setEnabled(True)
        held = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n) or "an empty journal"
        self.details.setText(fill(self.tr("It holds %1."), held))

    def accept(self) -> None:
        backup = self.selected()
        if backup is None or not self.restore_button.isEnabled():
            return
        if not ask(
            self,
            self.tr("Restore this backup?"),
            fill(
                self.tr(
                    "Career Journal will close the journal, put the backup from %1 in its place and open it again. "
                    "Your current journal is kept beside it, renamed."
                ),
                self.list.currentItem().text(),
            ),
        ):
            return
        passphrase = self._passphrase_of(backup)
        if passphrase is False:
            return
        super().accept()
        self.chosen.emit(backup, passphrase)

    def _passphrase_of(self, backup: Path) -> str | bool | None:
        """The passphrase that opens ``backup`` (asked when it is not the journal's); False when none did."""
        if self.details.text() != OTHER_PASSPHRASE:
            return self._passphrase
        message = ""
        while True:
            dialog = PassphraseDialog(backup, ENCRYPTED, message=message, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            try:
                inspect_journal_file(backup, passphrase=dialog.chosen())
            except WrongPassphrase:
                message = "Wrong passphrase, or the backup is damaged. Try again."
                continue
            except JournalError as exc:
                self.details.setText(fill(self.tr("This backup cannot be used: %1"), exc))
                return False
            return dialog.chosen()
