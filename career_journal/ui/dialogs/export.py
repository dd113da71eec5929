"""File → Export for your coach: choose what to share, see exactly that, then save it or copy it.

The text comes from the same functions the command line's ``export markdown``
uses (``build_markdown`` for the preview and the clipboard, ``write_markdown``
for the file), so a file saved here is byte for byte the one the command line
writes with the same choices. Each preview reads the journal in one snapshot
and joins the whole document before showing it, so no read transaction stays
open between refreshes. Under the choices the dialog says, in words, what the
choices hold back, so the person knows exactly what they hand over. The
choices themselves are ``ExportChoices`` (``export_choices.py``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Cancelled, JournalError
from ...domain.queries import EntryFilter
from ...exchange import render
from ...exchange.markdown import MarkdownOptions, build_markdown, left_out, resolve_range, write_markdown
from ...exchange.md_files import FileLinks, files_folder
from ..icons import icon
from ..session import Session
from ..widgets.markdown_view import SafeMarkdownView
from ..widgets.text_label import note_label, warn
from ..workers import run_task
from .export_choices import ExportChoices

PREVIEW_DELAY_MS = 200
FOLDER_KEY = "export/folder"  # where the last export was saved, offered again next time


class ExportDialog(QDialog):
    """Choices on the left, the document they make on the right; Save As writes exactly that document."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Export for your coach")
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one opens each time, with fresh defaults
        self.setMinimumSize(900, 580)
        self.resize(1100, 740)
        self.text = ""  # the document for the current choices, exactly as it will be written
        self.options: MarkdownOptions | None = None  # None while the choices cannot make a document
        self.saved_path: Path | None = None
        self._stale = True  # the choices changed since the preview was built
        self._stop_saving: threading.Event | None = None  # set while a worker saves the file and its files
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        body = QHBoxLayout()
        body.setSpacing(16)
        self.choices = ExportChoices(session.today)
        choices = self.choices  # its widgets keep their names on the dialog too, where tests and the preview reach them
        self.coach_choice, self.full_choice, self.preset = choices.coach_choice, choices.full_choice, choices.preset
        self.date_from, self.date_to, self.section_boxes = choices.date_from, choices.date_to, choices.section_boxes
        self.include_private, self.include_contacts = choices.include_private, choices.include_contacts
        self.include_files = choices.include_files
        self.left_out_label, self.problem = choices.left_out_label, choices.problem
        body.addWidget(choices)
        body.addWidget(self._preview_panel(), 1)
        layout.addLayout(body, 1)
        layout.addLayout(self._button_row())
        self._connect()
        self.coach_choice.setFocus()
        self._timer.start()  # the first preview is built once the dialog is on screen

    # -- building ----------------------------------------------------------------
    def _preview_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(note_label("Preview of the file", "card-title"))
        top.addStretch(1)
        self.stats = note_label(role="muted", wrap=False)
        top.addWidget(self.stats)
        self.raw_toggle = QPushButton("Show &Markdown")
        self.raw_toggle.setCheckable(True)
        self.raw_toggle.setToolTip("Switch between the rendered preview and the Markdown text (Alt+M)")
        top.addWidget(self.raw_toggle)
        column.addLayout(top)
        self.notice = note_label(role="muted")
        self.notice.hide()
        column.addWidget(self.notice)
        self.preview = SafeMarkdownView()
        self.preview.setAccessibleName("Rendered preview")
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName("Markdown text")
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.preview)
        self.stack.addWidget(self.raw)
        column.addWidget(self.stack, 1)
        return panel

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.result = note_label()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName("Result")
        row.addWidget(self.result, 1)
        self.copy_button = QPushButton(icon("check"), "&Copy to clipboard")
        self.copy_button.setToolTip("Copy the Markdown text to paste it elsewhere (Ctrl+Shift+C)")
        self.save_button = QPushButton(icon("save"), "&Save As…")
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip("Save the Markdown file (Ctrl+S)")
        self.close_button = QPushButton("Close")
        self.close_button.setToolTip("Close (Esc)")
        for button, action in (
            (self.copy_button, self.copy_to_clipboard),
            (self.save_button, self.save_as),
            (self.close_button, self.reject),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(action)
            row.addWidget(button)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop saving; the file is not written")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda: self._stop_saving and self._stop_saving.set())
        self.cancel_button.hide()
        row.insertWidget(1, self.cancel_button)
        return row

    def _connect(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_as)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self).activated.connect(self.copy_to_clipboard)
        self.choices.changed.connect(self._choices_changed)
        self.raw_toggle.toggled.connect(self._show_raw)

    def _choices_changed(self) -> None:
        self.result.clear()
        self._stale = True
        self._timer.start()

    # -- the document ------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Build the document for the current choices now and show it (the timer calls this after edits)."""
        self._timer.stop()
        self._stale, self.options, self.text = False, None, ""
        held_back: list[str] = []
        try:
            options = self.choices.chosen_options()
            journal, today = self.session.journal, self.session.today()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                # Joined in full: the snapshot the export reads in ends with its last chunk.
                links = FileLinks(files_folder(self.default_path(options)).name)
                self.text = "".join(build_markdown(journal, options, today=today, links=links))
                held_back = left_out(journal, options, today=today)
                self.stats.setText(self._stats(options))
            finally:
                QApplication.restoreOverrideCursor()
            self.options = options
        except (ValueError, JournalError) as exc:
            self.problem.setText(str(exc))
        ready = self.options is not None
        self.problem.setVisible(not ready)
        self.left_out_label.setVisible(ready)
        nothing = "Nothing is left out of the chosen sections and dates."
        self.left_out_label.setText(f"Left out: {'; '.join(held_back)}." if held_back else nothing)
        for button in (self.save_button, self.copy_button):
            button.setEnabled(ready)
        self.stats.setVisible(ready)
        self.notice.setText(self._notice() if ready else "")
        self.notice.setVisible(bool(self.notice.text()))
        self.preview.set_markdown(self.text if ready else "*Nothing to preview until the choice on the left is fixed.*")
        self._show_raw(self.raw_toggle.isChecked())

    def _stats(self, options: MarkdownOptions) -> str:
        """About how long the document is, and how many journal entries it holds."""
        words = f"About {len(self.text.split()):,} words"
        if "entries" not in options.sections:
            return words
        start, end = resolve_range(options, self.session.today())
        chosen = EntryFilter(date_from=start, date_to=end, private=None if options.include_private else False)
        count = self.session.journal.entries.count(chosen)
        return f"{words}, {count:,} {'entry' if count == 1 else 'entries'}"

    def _notice(self) -> str:
        limit = render.PREVIEW_LIMIT
        if len(self.text) > limit:
            return (
                f"This file is {len(self.text):,} characters long; to stay quick the preview shows the first "
                f"{limit:,}. Save As and Copy take all of it."
            )
        if self.session.journal.is_empty():
            return "The journal is empty so far, so the file holds only the section headings."
        return ""

    def _show_raw(self, raw: bool) -> None:
        """The Markdown text goes in its box only while it is shown, so a long export stays quick."""
        self.stack.setCurrentWidget(self.raw if raw else self.preview)
        self.raw_toggle.setText("Show &rendered" if raw else "Show &Markdown")
        if raw:
            self.raw.setPlainText(self.text[: render.PREVIEW_LIMIT])

    def _current(self) -> MarkdownOptions | None:
        """The options for what is on screen, building the preview first if an edit is still pending."""
        if self._stale:
            self.refresh_preview()
        return self.options

    # -- saving and copying -------------------------------------------------------
    def default_path(self, options: MarkdownOptions) -> Path:
        """coaching-notes-<last day>.md in the folder used last time, else in Documents."""
        _start, end = resolve_range(options, self.session.today())
        name = f"{'coaching-notes' if options.coach else 'career-journal'}-{end.isoformat()}.md"
        remembered = str(self.session.settings.value(FOLDER_KEY, "") or "")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folders = [Path(folder) for folder in (remembered, documents) if folder and Path(folder).is_dir()]
        return (folders or [Path.home()])[0] / name

    def save_as(self) -> None:
        options = self._current()
        if options is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the export", str(self.default_path(options)), "Markdown (*.md);;All files (*)"
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix and not path.with_suffix(".md").exists():
            path = path.with_suffix(".md")  # "notes" typed into a save dialog that adds no extension
        if options.attachments:
            self._save_with_files(options, path)
            return
        journal, today = self.session.journal, self.session.today()
        held_back = self.session.attempt(
            lambda: write_markdown(journal, options, path, today=today), parent=self, doing="save the export"
        )
        if held_back is None:
            self._not_saved(path)
            return
        self._saved(path)

    def _save_with_files(self, options: MarkdownOptions, path: Path) -> None:
        """Copying the attached files may take a while: a worker with its own connection does it; Cancel stops it."""
        journal, today, stop = self.session.journal, self.session.today(), threading.Event()
        self._stop_saving = stop
        self._set_saving(True)
        self._say(f"Saving {path.name} and copying its files into {files_folder(path).name}…")

        def work() -> list[str]:
            with journal.reader() as own:  # a connection belongs to its thread
                return write_markdown(own, options, path, today=today, should_stop=stop.is_set)

        def failed(exc: Exception) -> None:
            self._set_saving(False)
            if isinstance(exc, Cancelled):
                self._say(f"Stopped: {path.name} was not written.")
                return
            if not isinstance(exc, JournalError | ValueError):
                raise exc
            warn(self, "Could not save the export", str(exc))
            self._not_saved(path)

        def done(_held_back: list[str]) -> None:
            self._set_saving(False)
            self._saved(path, f" (its files are in {files_folder(path).name})")

        run_task(work, done=done, failed=failed)

    def _set_saving(self, saving: bool) -> None:
        self._stop_saving = self._stop_saving if saving else None
        for button in (self.save_button, self.copy_button, self.close_button):
            button.setEnabled(not saving)
        self.cancel_button.setVisible(saving)

    def reject(self) -> None:
        if self._stop_saving is None:  # not while a worker still writes the file (Cancel stops it)
            super().reject()

    def _not_saved(self, path: Path) -> None:
        self._say(f"Not saved: {path.name} was not written. Pick another folder and try again.", error=True)

    def _saved(self, path: Path, extra: str = "") -> None:
        self.saved_path = path
        self.session.settings.setValue(FOLDER_KEY, str(path.parent))
        self._say(f"Saved to {path}{extra}")
        self.session.status.emit(f"Exported to {path}")

    def copy_to_clipboard(self) -> None:
        if self._current() is None:
            return
        QGuiApplication.clipboard().setText(self.text)
        self._say(f"Copied to the clipboard ({len(self.text.split()):,} words).")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setProperty("role", "error" if error else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
