"""The "Evidence" strip of an entry or a goal: its attached files, and attach, open, save as and remove.

Attach with the button or by dropping files on the strip. Open hands the
system's viewer a private copy (see ``OpenedCopies``; removed when the app
closes). Reading or writing a file of up to 50 MB runs on a worker with a
connection of its own, one task at a time, and Cancel stops it with nothing
changed; the list is read again on the GUI thread when the task is done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.attachments import Attachment, Owner, total_text
from ...domain.enums import RecordKind
from ...domain.errors import Cancelled, JournalError
from ...exchange.attachment_files import attach_file, save_attachment
from ...storage.journal import Journal
from ..icons import icon
from ..labels import fill
from ..models.attachments import AttachmentListModel
from ..models.table import RECORD_ROLE
from ..session import Session
from ..workers import run_task
from .text_label import ask, note_label, warn

FOLDER_KEY = "evidence/folder"  # where files were last attached from or saved to
ROWS_SHOWN = 4

Work = Callable[[Journal, Callable[[], bool]], Any]


class EvidenceStrip(QFrame):
    finished = Signal()  # a task (attach, open, save, remove) ended, whatever its outcome

    def __init__(self, session: Session, parent: QWidget | None = None, *, titled: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.owner: Owner | None = None
        self.busy = False
        self._stop = threading.Event()
        self._pending: list[Path] = []
        self._removing = 0
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Evidence files"))

        self.title = note_label(self.tr("Evidence"), "card-title", wrap=False)
        self.title.setVisible(titled)
        self.total = note_label("", "muted", wrap=False)
        self.activity = note_label("", "muted", wrap=False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop; nothing is changed"))
        self.cancel_button.clicked.connect(self._stop.set)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(
            self.tr("Open the file in its usual program (a private copy, removed when you quit)")
        )
        self.save_button = QPushButton(icon("save"), self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save a copy of the file somewhere else"))
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the file from the journal (asks first)"))
        self.attach_button = QPushButton(icon("add"), self.tr("Attach file…"))
        self.attach_button.setToolTip(self.tr("Keep a copy of a file with this record; or drop files here"))
        for button, action in (
            (self.open_button, self.open_selected),
            (self.save_button, self.save_selected),
            (self.remove_button, self.remove_selected),
            (self.attach_button, self.choose_files),
        ):
            button.clicked.connect(action)

        self.model = AttachmentListModel(self)
        self.files = QTreeView()
        self.files.setModel(self.model)
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setRootIsDecorated(False)
        self.files.setUniformRowHeights(True)
        self.files.setHeaderHidden(True)
        self.files.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        header = self.files.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AttachmentListModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (AttachmentListModel.COL_SIZE, AttachmentListModel.COL_ADDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.files.doubleClicked.connect(lambda _index: self.open_selected())
        self.files.selectionModel().selectionChanged.connect(lambda *_args: self._update_enabled())
        self.hint = note_label(self._empty_hint(), "muted")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.total):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.activity, self.cancel_button, self.attach_button):
            top.addWidget(widget)
        self.actions = QWidget()
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        for widget in (self.open_button, self.save_button, self.remove_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.files)
        layout.addWidget(self.actions)
        layout.addWidget(self.hint)
        self.show_owner(None)

    # -- what is shown -----------------------------------------------------------------
    def _empty_hint(self) -> str:
        return self.tr("No files yet. Drop a file here, or Attach file… (a review, a screenshot, slides; up to 50 MB).")

    def show_owner(self, owner: Owner | None) -> None:
        """Show the files of ``owner``; None for a record not saved yet (it can have files once saved)."""
        self.owner = owner
        self.reload()

    def reload(self) -> None:
        journal = self.session.journal
        owner = self.owner
        found = None
        if owner is not None:
            found = self.session.attempt(
                lambda: journal.attachments.list_for(owner), parent=self, doing=self.tr("read the attached files")
            )
        self.model.set_attachments(found or [])
        if found:
            self.files.setCurrentIndex(self.model.index(0, 0))  # Open works at once on the first file
        self._show_state()

    def _show_state(self) -> None:
        rows = self.model.rowCount()
        total = total_text(self.model.attachments())
        self.total.setText(("· " if self.title.isVisibleTo(self) else "") + total if rows else "")
        self.files.setVisible(rows > 0)
        self.actions.setVisible(rows > 0)
        row_height = self.files.sizeHintForRow(0) if rows else 0
        self.files.setFixedHeight(row_height * min(rows, ROWS_SHOWN) + 2 * self.files.frameWidth() + 2)
        self.hint.setText(
            self._empty_hint() if self.owner is not None else self.tr("Save it first; then you can attach files.")
        )
        self.hint.setVisible(rows == 0)
        self._update_enabled()

    def _update_enabled(self) -> None:
        writable = self.owner is not None and not self.session.read_only and not self.busy
        chosen = self.selected() is not None and not self.busy
        self.attach_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and chosen)
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.activity.setVisible(self.busy)
        self.cancel_button.setVisible(self.busy)

    def selected(self) -> Attachment | None:
        index = self.files.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    # -- attaching ---------------------------------------------------------------------
    def choose_files(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(self, "Attach files", self._folder())
        self.attach_paths([Path(name) for name in chosen])

    def attach_paths(self, paths: list[Path]) -> None:
        """Attach each file in turn (a drop of several files queues them)."""
        if self.owner is None or self.session.read_only or not paths:
            return
        self.session.settings.setValue(FOLDER_KEY, str(paths[0].parent))
        self._pending.extend(paths)
        if not self.busy:
            self._attach_next()

    def _attach_next(self) -> None:
        if not self._pending or self.owner is None:
            self._pending.clear()
            return
        path, owner = self._pending.pop(0), self.owner
        self._run(
            f"attach {path.name}",
            lambda journal, stop: attach_file(journal, owner, path, should_stop=stop),
            self._attached,
        )

    def _attached(self, attachment: Attachment) -> None:
        shown = {a.id for a in self.model.attachments()}
        if self.owner == attachment.owner and attachment.id not in shown:
            self.model.append(attachment)
            self.files.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
            self._show_state()
        self.session.notify(RecordKind.ATTACHMENT.value, origin=self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.attach_button.isEnabled() and self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if files and self.attach_button.isEnabled():
            event.acceptProposedAction()
            self.attach_paths(files)

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

    # -- opening, saving, removing ------------------------------------------------------
    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.busy:
            return
        copies = self.session.opened_copies
        self._run(
            f"open {chosen.file_name}",
            lambda journal, stop: copies.copy(journal, chosen.id or 0, should_stop=stop),
            lambda path: self._hand_to_viewer(chosen, path),
            read_only=True,
        )

    def _hand_to_viewer(self, chosen: Attachment, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._tell(
                fill(self.tr("Could not open %1"), chosen.file_name),
                self.tr("No program here opens this kind of file; Save as… works."),
            )

    def save_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.busy:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, "Save a copy of the file", str(Path(self._folder()) / chosen.file_name)
        )
        if not target:
            return
        self.session.settings.setValue(FOLDER_KEY, str(Path(target).parent))
        self._run(
            f"save {chosen.file_name}",
            lambda journal, stop: save_attachment(journal, chosen.id or 0, Path(target), should_stop=stop),
            lambda _saved: self.session.status.emit(
                fill(self.tr("Saved a copy of %1 to %2"), chosen.file_name, target)
            ),
            read_only=True,
        )

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.busy or self.session.read_only:
            return
        question = fill(
            self.tr("Remove “%1” (%2) from the journal? This cannot be undone."), chosen.file_name, chosen.size_text
        )
        if not ask(self, self.tr("Remove the file?"), question):
            return
        self._removing = chosen.id or 0
        self._run(f"remove {chosen.file_name}", lambda journal, _stop: journal.detach(chosen.id or 0), self._removed)

    def _removed(self, _result: object) -> None:
        self.model.remove(self._removing)
        self._show_state()
        self.session.notify(RecordKind.ATTACHMENT.value, origin=self)

    # -- one task at a time, on a worker -----------------------------------------------
    def _run(self, doing: str, work: Work, done: Callable[[Any], None], *, read_only: bool = False) -> None:
        journal, stop = self.session.journal, self._stop
        stop.clear()
        self.busy = True
        self.activity.setText(f"{doing[0].upper()}{doing[1:]}…")
        self._update_enabled()

        def task() -> Any:
            with journal.reader() if read_only else journal.writer() as own:  # a connection belongs to its thread
                return work(own, stop.is_set)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, Cancelled):
                reason = (
                    str(exc)
                    if isinstance(exc, JournalError | ValueError)
                    else fill(QCoreApplication.translate("EvidenceStrip", "Unexpected problem: %1"), exc)
                )
                self._tell(fill(QCoreApplication.translate("EvidenceStrip", "Could not %1"), doing), reason)
            self._pending.clear()
            self._finish()

        def succeeded(result: Any) -> None:
            self._finish()
            done(result)
            self._attach_next()

        run_task(task, done=succeeded, failed=failed)

    def _finish(self) -> None:
        self.busy = False
        self._update_enabled()
        self.finished.emit()

    def _tell(self, title: str, text: str) -> None:
        warn(self, title, text)

    def _folder(self) -> str:
        remembered = str(self.session.settings.value(FOLDER_KEY, "") or "")
        if remembered and Path(remembered).is_dir():
            return remembered
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
