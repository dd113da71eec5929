"""Prepare a check-in: the agenda for one adviser (what changed since the last check-in), to copy or save.

The text is the command line's ``team agenda PERSON``, built on a worker with a
read-only connection of its own; closing the dialog drops a build still running.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QEventLoop, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import JournalError
from ...exchange.agenda import Agenda
from ...files import write_atomic
from ...language import app_language
from ..icons import icon
from ..labels import fill
from ..session import Session
from ..widgets.markdown_view import SafeMarkdownView
from ..widgets.text_label import note_label, warn
from ..workers import run_task
from .export import FOLDER_KEY


class AgendaDialog(QDialog):
    """The agenda's preview, with Copy and Save As; ``text`` is exactly what they copy and write."""

    def __init__(self, session: Session, person_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.name = name
        self.text = ""
        self.saved_path: Path | None = None
        self._building = True
        self.setWindowTitle(fill(self.tr("Prepare a check-in with %1"), name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(560, 420)
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(note_label(self.tr("What changed since your last check-in"), "card-title"))
        self.left_out_label = note_label(role="muted")
        self.left_out_label.hide()
        layout.addWidget(self.left_out_label)
        self.preview = SafeMarkdownView()
        self.preview.setAccessibleName(self.tr("Agenda"))
        self.preview.set_markdown("*" + self.tr("Building the agenda…") + "*")
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.result = note_label()
        row.addWidget(self.result, 1)
        self.copy_button = QPushButton(icon("check"), self.tr("&Copy to clipboard"))
        self.save_button = QPushButton(icon("save"), self.tr("&Save As…"))
        self.save_button.setProperty("primary", True)
        self.close_button = QPushButton(self.tr("Close"))
        for button, action in (
            (self.copy_button, self.copy_to_clipboard),
            (self.save_button, self.save_as),
            (self.close_button, self.reject),
        ):
            button.setAutoDefault(False)
            button.setEnabled(button is self.close_button)
            button.clicked.connect(action)
            row.addWidget(button)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_as)
        self._build()

    def _build(self) -> None:
        journal, person_id, today = self.session.journal, self.person_id, self.session.today()
        language = app_language()  # the agenda is written in the app's language

        def work() -> tuple[str, list[str]]:
            reader = journal.reader()
            try:
                agenda = Agenda(reader, person_id, today=today, language=language)
                return "".join(agenda.chunks()), agenda.left_out()
            finally:
                reader.close()

        me = weakref.ref(self)  # a closed dialog is not kept alive by its build
        run_task(
            work,
            done=lambda built: (dialog := me()) and dialog._built(*built),
            failed=lambda exc: (dialog := me()) and dialog._failed(exc),
        )

    def _built(self, text: str, held_back: list[str]) -> None:
        self._building = False
        self.text = text
        self.preview.set_markdown(text)
        if held_back:
            self.left_out_label.setText(fill(self.tr("Left out: %1."), "; ".join(held_back)))
            self.left_out_label.show()
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self._building = False
        reason = str(exc) if isinstance(exc, JournalError | ValueError) else repr(exc)
        self.preview.set_markdown("")
        self._say(fill(self.tr("The agenda could not be built: %1"), reason))

    def wait_until_built(self, timeout_ms: int = 30_000) -> None:
        """Let the event loop run until the agenda is in (for tests and screenshots)."""
        loop = QEventLoop()
        poll = QTimer(interval=10)
        poll.timeout.connect(lambda: None if self._building or self.preview.pending else loop.quit())
        QTimer.singleShot(timeout_ms, loop.quit)
        poll.start()
        loop.exec()
        poll.stop()

    def copy_to_clipboard(self) -> None:
        if self.text:
            QGuiApplication.clipboard().setText(self.text)
            self._say(self.tr("Copied to the clipboard."))

    def save_as(self) -> None:
        if not self.text:
            return
        remembered = str(self.session.settings.value(FOLDER_KEY, "") or "")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = next((Path(f) for f in (remembered, documents) if f and Path(f).is_dir()), Path.home())
        slug = "-".join(self.name.lower().split()) or "adviser"
        suggested = folder / f"check-in-{slug}-{self.session.today().isoformat()}.md"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the agenda"), str(suggested), self.tr("Markdown (*.md);;All files (*)")
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            write_atomic(path, [self.text], protect=self.session.journal.own_files())
        except (OSError, ValueError, JournalError) as exc:
            warn(self, self.tr("Could not save the agenda"), str(exc))
            return
        self.saved_path = path
        self.session.settings.setValue(FOLDER_KEY, str(path.parent))
        self._say(fill(self.tr("Saved to %1"), str(path)))

    def _say(self, text: str) -> None:
        self.result.setText(text)
