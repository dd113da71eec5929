"""Undo for deletes: Edit → Undo (Ctrl+Z), and "Deleted … Undo" in the status bar for a few seconds.

Every delete goes through ``Deletions.delete``, which keeps the journal's
in-memory copy of what went (the record and every row that went with it) on a
``QUndoStack``. Undo puts the copy back, tells the pages, and opens the record
where it lives. The text itself still leaves the journal file at once; the copy
lives as long as the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from ..domain.enums import RecordKind
from ..domain.errors import JournalError
from ..domain.wording import count_of
from .labels import fill
from .widgets.text_label import one_line, plain_label, warn

if TYPE_CHECKING:
    from ..storage.journal import DeletedRecords
    from .session import Session

UNDO_LIMIT = 20  # deletes Edit → Undo can walk back, newest first
OFFER_MS = 10_000  # how long "Deleted … Undo" stays in the status bar
OFFER_CHARS = 70  # a long title is cut in the offer (Edit → Undo shows it whole)


class DeleteCommand(QUndoCommand):
    def __init__(self, deletions: Deletions, copy: DeletedRecords, what: str, verb: str) -> None:
        super().__init__(f"{verb.lower()} {one_line(what)}".replace("&", "&&"))  # "&" would underline in a menu
        self.deletions = deletions
        self.copy = copy
        self.what = what
        self.verb = verb
        self.record_id = copy.record_id  # where the record is now (an undo may bring it back under a new id)
        self._done_already = True  # pushing a command runs redo(); the delete has just happened

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self.deletions.delete_again(self)

    def undo(self) -> None:
        self.deletions.put_back(self)


class Deletions(QObject):
    """The session's deletes, newest last, each with what Undo needs to put it back."""

    deleted = Signal(str)  # "Deleted the entry “Plan”." (after a delete or a redo)
    undone = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._renumbered: dict[tuple[str, int], int] = {}  # ids records came back under, for later undos

    def delete(
        self, kind: RecordKind, record_id: int, what: str, *, parent: QWidget | None, verb: str = "Delete"
    ) -> bool:
        """Delete one record (asked about already); True when it is gone, and undoable."""
        copy = self.session.attempt(
            lambda: self.session.journal.delete(kind, record_id), parent=parent, doing=f"{verb.lower()} {what}"
        )
        if copy is None:
            return False
        self.stack.push(DeleteCommand(self, copy, what, verb))
        self.deleted.emit(f"{past(verb)} {what}.")
        return True

    def put_back(self, command: DeleteCommand) -> None:
        journal = self.session.journal
        try:
            record_id = journal.undelete(command.copy, self._renumbered)
        except (JournalError, ValueError) as exc:
            command.setObsolete(True)  # the stack drops it: there is nothing left to redo
            warn(QApplication.activeWindow(), fill(self.tr("Could not put back %1"), one_line(command.what)), str(exc))
            return
        command.record_id = record_id
        self.session.notify(*sorted(kind.value for kind in command.copy.kinds))
        files = command.copy.files_gone
        without = fill(self.tr(", without its %1"), count_of(files, "attached file")) if files else ""
        self.session.status.emit(fill(self.tr("Put back %1%2."), one_line(command.what), without))
        self.undone.emit()
        self.session.open_requested.emit(command.copy.kind.value, record_id)

    def delete_again(self, command: DeleteCommand) -> None:
        try:
            command.copy = self.session.journal.delete(command.copy.kind, command.record_id)
        except (JournalError, ValueError) as exc:
            command.setObsolete(True)
            warn(
                QApplication.activeWindow(),
                fill(self.tr("Could not %1 %2"), command.verb.lower(), one_line(command.what)),
                str(exc),
            )
            return
        self.session.notify(*sorted(kind.value for kind in command.copy.kinds))
        self.deleted.emit(f"{past(command.verb)} {command.what}.")


def past(verb: str) -> str:
    """ "Delete" → "Deleted", "Remove" → "Removed"."""
    return verb + ("d" if verb.endswith("e") else "ed")


class UndoOffer(QWidget):
    """ "Deleted the entry “Plan”. [Undo]" for a few seconds after a delete, in the status bar."""

    def __init__(self, deletions: Deletions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deletions = deletions
        self.label = plain_label(wrap=False)
        self.button = QPushButton(self.tr("Undo"))
        self.button.setToolTip(self.tr("Put it back (Ctrl+Z)"))
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.timer = QTimer(self, singleShot=True, interval=OFFER_MS)
        self.timer.timeout.connect(self.hide)
        deletions.deleted.connect(self.offer)
        deletions.undone.connect(self.hide)
        self.hide()

    def offer(self, text: str) -> None:
        shown = one_line(text)
        self.label.setText(shown if len(shown) <= OFFER_CHARS else shown[: OFFER_CHARS - 1] + "…")
        self.label.setToolTip("")
        self.show()
        self.timer.start()

    def _undo(self) -> None:
        self.hide()
        self.deletions.stack.undo()
