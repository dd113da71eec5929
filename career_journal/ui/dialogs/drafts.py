"""Unsaved drafts from an earlier session (a crash, a power cut), each opened back where it was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import CAPTURE_DRAFT
from ..labels import fill
from ..session import Session
from ..widgets.text_label import plain_label


def describe(key: str) -> str:
    if key == "entry:new":
        return "a new entry"
    if key.startswith("entry:"):
        return fill(QCoreApplication.translate("drafts", "changes to entry #%1"), key.split(":", 1)[1])
    if key == "reflection":
        return "a reflection session"
    if key == CAPTURE_DRAFT:
        return "a note in Today's box"
    if key.startswith("form:"):
        _form, kind, which = [*key.split(":"), "", ""][:3]
        return (
            f"a new {kind}" if which == "new" else fill(QCoreApplication.translate("drafts", "changes to a %1"), kind)
        )
    return key


class DraftsDialog(QDialog):
    open_draft = Signal(str)  # the draft's key

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = session.journal
        self.setWindowTitle(self.tr("Unsaved drafts"))
        self.setMinimumSize(480, 300)
        intro = plain_label(
            self.tr("These were typed but not saved when Career Journal last closed. Open one to carry on.")
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Drafts"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setProperty("primary", True)
        self.discard_button = QPushButton(self.tr("Discard"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.discard_button.clicked.connect(self._discard)
        self.list.itemActivated.connect(lambda _item: self._open())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for draft in self.journal.drafts.list():
            when = draft.saved_at[:16].replace("T", " ")
            item = QListWidgetItem(f"{draft.label or 'Untitled'} — {describe(draft.key)}, {when}")
            item.setData(Qt.ItemDataRole.UserRole, draft.key)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.open_button.setEnabled(self.list.count() > 0)
        self.discard_button.setEnabled(self.list.count() > 0)

    def _key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open(self) -> None:
        key = self._key()
        if key is not None:
            self.accept()
            self.open_draft.emit(key)

    def _discard(self) -> None:
        key = self._key()
        if key is not None:
            self.session.attempt(
                lambda: self.journal.drafts.discard(key), parent=self, doing=self.tr("discard the draft")
            )
            self.refresh()
