"""File → Export for your coach: choose what to share, see exactly that, then save it or copy it.

The text comes from the same code the command line's ``export markdown`` runs
(``MarkdownExport``), so a file saved here is byte for byte the one the command
line writes with the same choices. Building the preview and writing the file
run on a worker thread with a read-only connection of their own
(``export_work.py``), so a decade of notes never freezes the window: past half
a second a progress bar shows how many entries are done, and Cancel stops
the work (a cancelled save writes nothing). Under the choices the dialog says,
in words, what the choices hold back, so the person knows exactly what they
hand over. The choices themselves are ``ExportChoices`` (``export_choices.py``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import JournalError
from ...domain.wording import count_of
from ...exchange import render
from ...exchange.markdown import resolve_range
from ...exchange.md_files import files_folder
from ...exchange.packet_options import PacketOptions
from ...exchange.packets import AnyOptions
from ...phrasebook import number
from ..icons import icon
from ..labels import counted, fill
from ..session import Session
from ..widgets.markdown_view import SafeMarkdownView
from ..widgets.saved_file import SavedFileButtons
from ..widgets.text_label import note_label, warn
from ..workers import run_task
from .export_choices import ExportChoices
from .export_work import Built, Cancelled, ExportJob

PREVIEW_DELAY_MS = 200
PROGRESS_AFTER_MS = 500  # quicker work shows no progress bar at all
FOLDER_KEY = "export/folder"  # where the last export was saved, offered again next time


class ExportDialog(QDialog):
    """Choices on the left, the document they make on the right; Save As writes exactly that document."""

    built = Signal()  # a preview was built for the current choices (or they make none), or its build stopped
    finished_saving = Signal()  # a save ended: written, failed or cancelled (``result`` says which)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export for your coach"))
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one opens each time, with fresh defaults
        self.setMinimumSize(900, 580)
        self.resize(1100, 740)
        self.text = ""  # the document for the current choices, exactly as it will be written
        self.options: AnyOptions | None = None  # None while the choices cannot make a document
        self.saved_path: Path | None = None
        self._stale = True  # the choices changed since the preview was built
        self._job: ExportJob | None = None  # the work running on a worker thread, if any
        self._saving = False  # whether that work is a save (else a build)
        self._then: list[Callable[[], None]] = []  # what to do once the running build is in (copy, save)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_build)
        self._progress_timer = QTimer(self, interval=100)
        self._progress_timer.timeout.connect(self._show_progress)
        self._started = QTimer(self, singleShot=True, interval=PROGRESS_AFTER_MS)  # progress only for slow work
        self._started.timeout.connect(self._progress_timer.start)
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
        self.everyone = choices.everyone
        self.left_out_label, self.problem = choices.left_out_label, choices.problem
        body.addWidget(choices)
        body.addWidget(self._preview_panel(), 1)
        layout.addLayout(body, 1)
        if session.journal.encrypted:  # said once, here, rather than after every save
            self.plain_note = note_label(
                self.tr(
                    "Your journal is encrypted, but an export is plain text: anyone who gets the file can read it."
                ),
                "muted",
            )
            layout.addWidget(self.plain_note)
        layout.addLayout(self._progress_row())
        layout.addLayout(self._button_row())
        self._connect()
        self.coach_choice.setFocus()
        self._timer.start()  # the first preview is built once the dialog is on screen

    @property
    def busy(self) -> bool:
        """Whether a build or a save is running on the worker."""
        return self._job is not None

    # -- building ----------------------------------------------------------------
    def _preview_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(note_label(self.tr("Preview of the file"), "card-title"))
        top.addStretch(1)
        self.stats = note_label(role="muted", wrap=False)
        top.addWidget(self.stats)
        self.raw_toggle = QPushButton(self.tr("Show &Markdown"))
        self.raw_toggle.setCheckable(True)
        self.raw_toggle.setToolTip(self.tr("Switch between the rendered preview and the Markdown text (Alt+M)"))
        top.addWidget(self.raw_toggle)
        column.addLayout(top)
        self.notice = note_label(role="muted")
        self.notice.hide()
        column.addWidget(self.notice)
        self.preview = SafeMarkdownView()
        self.preview.setAccessibleName(self.tr("Rendered preview"))
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName(self.tr("Markdown text"))
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.preview)
        self.stack.addWidget(self.raw)
        column.addWidget(self.stack, 1)
        return panel

    def _progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress_label = note_label(role="muted", wrap=False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop building the preview or writing the file"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.result = note_label()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Result"))
        row.addWidget(self.result, 1)
        self.saved_file = SavedFileButtons()  # Open and Show in folder, once a file is saved
        self.saved_file.problem.connect(lambda text: self._say(text, error=True))
        row.addWidget(self.saved_file)
        self.copy_button = QPushButton(icon("check"), self.tr("&Copy to clipboard"))
        self.copy_button.setToolTip(self.tr("Copy the Markdown text to paste it elsewhere (Ctrl+Shift+C)"))
        self.save_button = QPushButton(icon("save"), self.tr("&Save As…"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save the Markdown file (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        for button, action in (
            (self.copy_button, self.copy_to_clipboard),
            (self.save_button, self.save_as),
            (self.close_button, self.reject),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(action)
            row.addWidget(button)
        self.save_button.setDefault(True)
        return row

    def _connect(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_as)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self).activated.connect(self.copy_to_clipboard)
        self.choices.changed.connect(self._choices_changed)
        self.raw_toggle.toggled.connect(self._show_raw)

    def _choices_changed(self) -> None:
        """Choices that make no document are explained at once; others get a new preview after a pause."""
        self.result.clear()
        self._stale = True
        try:
            resolve_range(self.choices.chosen_options(), self.session.today())
        except ValueError:
            self._start_build()  # says why at once, without a worker
            return
        self.problem.hide()
        self._update_buttons()
        self._timer.start()

    # -- the document ------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Build the document for the current choices and wait for it (the window keeps answering meanwhile)."""
        self._start_build()
        self.wait_until_idle()

    def wait_until_idle(self, timeout_ms: int = 120_000) -> None:
        """Let the event loop run until no build or save is running and the preview shows the document."""
        loop = QEventLoop()
        deadline = QTimer(singleShot=True, interval=timeout_ms)
        deadline.timeout.connect(loop.quit)
        poll = QTimer(interval=10)
        poll.timeout.connect(lambda: None if self.busy or self.preview.pending else loop.quit())
        deadline.start()
        poll.start()
        if self.busy or self.preview.pending:
            loop.exec()
        poll.stop()
        deadline.stop()

    def _start_build(self, then: Callable[[], None] | None = None) -> None:
        """Build the document for the current choices on a worker; ``then`` runs once it is shown."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()  # a build for older choices: its result is not wanted any more
        if then is not None:
            self._then.append(then)
        self._stale, self.options = False, None  # the text stays until the new one is in
        try:
            options = self.choices.chosen_options()
            resolve_range(options, self.session.today())
        except ValueError as exc:
            self._job, self.text, self._then = None, "", []  # a build for older choices is not wanted
            self._end()
            self.problem.setText(str(exc))
            self._show_document(None, [])
            return
        job = self._job_for(options)
        if not self.text:
            self.preview.set_markdown("*Building the preview…*")  # the first one; later the older one stays
        self._begin(job, "Building the preview")
        me = weakref.ref(self)  # the worker's callbacks must not keep a closed dialog alive
        run_task(
            job.build,
            done=lambda built: (dialog := me()) and dialog._built(job, built),
            failed=lambda exc: (dialog := me()) and dialog._failed(job, exc),
        )

    def _built(self, job: ExportJob, built: Built) -> None:
        if job is not self._job:
            return  # overtaken by newer choices
        self.options, self.text = job.options, built.text
        self._end()
        self.stats.setText(self._stats(job.options, built.entries))
        self._show_document(job.options, built.left_out)
        then, self._then = self._then, []
        for action in then:
            action()

    def _failed(self, job: ExportJob, exc: Exception) -> None:
        if job is not self._job:
            return
        self._end()
        self._stale = True
        self._then = []
        if isinstance(exc, Cancelled):
            self._say(self.tr("The preview was stopped. Change a choice, or Save As, to build it again."))
        else:
            self.problem.setText(
                str(exc) if isinstance(exc, JournalError) else fill(self.tr("The preview failed: %1"), exc)
            )
        self._show_document(None, [])

    def _show_document(self, options: AnyOptions | None, held_back: list[str]) -> None:
        ready = options is not None
        self.problem.setVisible(not ready and not self._stale)
        self.left_out_label.setVisible(ready)
        nothing = "Nothing is left out of the chosen sections and dates."
        self.left_out_label.setText(fill(self.tr("Left out: %1."), "; ".join(held_back)) if held_back else nothing)
        self._update_buttons()
        self.stats.setVisible(ready)
        self.notice.setText(self._notice() if ready else "")
        self.notice.setVisible(bool(self.notice.text()))
        stopped = "*The preview was stopped.*" if self._stale else ""
        waiting = stopped or "*Nothing to preview until the choice on the left is fixed.*"
        self.preview.set_markdown(self.text[: render.PREVIEW_LIMIT] if ready else waiting)
        self._show_raw(self.raw_toggle.isChecked())
        self.built.emit()

    def _stats(self, options: AnyOptions, entries: int) -> str:
        """About how long the document is, and how many journal entries it holds."""
        words = fill(self.tr("About %1 words"), number(len(self.text.split())))  # 2,166 or 2 166: the app's language
        if "entries" not in options.sections:
            return words
        return fill(self.tr("%1, %2"), words, counted(self.tr("%n entries", "", entries), count_of(entries, "entry")))

    def _notice(self) -> str:
        limit = render.PREVIEW_LIMIT
        if len(self.text) > limit:
            return fill(
                self.tr(
                    "This file is %1 characters long; to stay quick the preview shows the first %2. "
                    "Save As and Copy take all of it."
                ),
                f"{len(self.text):,}",
                f"{limit:,}",
            )
        if self.session.journal.is_empty():
            return self.tr("The journal is empty so far, so the file holds only the section headings.")
        return ""

    def _show_raw(self, raw: bool) -> None:
        """The Markdown text goes in its box only while it is shown, so a long export stays quick."""
        self.stack.setCurrentWidget(self.raw if raw else self.preview)
        self.raw_toggle.setText(self.tr("Show &rendered") if raw else self.tr("Show &Markdown"))
        if raw:
            self.raw.setPlainText(self.text[: render.PREVIEW_LIMIT])

    # -- work on the worker ----------------------------------------------------------
    def _job_for(self, options: AnyOptions) -> ExportJob:
        journal = self.session.journal
        keeper = None if journal.read_only else journal.writer
        return ExportJob(journal.reader, options, self.session.today(), protect=journal.own_files(), keeper=keeper)

    def _after_build(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the preview for the current choices is built (starting the build if needed)."""
        if self.busy:
            self._then.append(then)
        else:
            self._start_build(then=then)

    def _begin(self, job: ExportJob, doing: str, *, saving: bool = False) -> None:
        self._job = job
        self._saving = saving
        self._doing = doing
        self._started.start()
        self._update_buttons()

    def _end(self) -> None:
        self._job = None
        self._saving = False
        self._started.stop()
        self._progress_timer.stop()
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Save and Copy work whenever the choices make a document (waiting for a build that is running)."""
        usable = not self._saving and (self.options is not None or self._stale or self.busy)
        for button in (self.save_button, self.copy_button):
            button.setEnabled(usable)

    def _show_progress(self) -> None:
        if self._job is None:
            return
        done, total = self._job.progress.done, self._job.progress.total
        self.progress_bar.setRange(0, total)  # 0 of 0 until the entries are counted: a busy bar
        self.progress_bar.setValue(min(done, total))
        so_far = fill(self.tr("%1: %2 of %3 entries…"), self._doing, f"{done:,}", f"{total:,}")
        self.progress_label.setText(so_far if total else f"{self._doing}…")
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()

    def cancel(self) -> None:
        """Stop the build or save that is running; a save stopped half-way leaves no file."""
        if self._job is not None:
            self._job.cancel()

    def reject(self) -> None:
        self.cancel()  # closing stops the work too: nothing is written after the dialog is gone
        super().reject()

    # -- saving and copying -------------------------------------------------------
    def default_path(self, options: AnyOptions) -> Path:
        """coaching-notes-<last day>.md in the folder used last time, else in Documents."""
        _start, end = resolve_range(options, self.session.today())
        kind = f"{options.kind}-packet" if isinstance(options, PacketOptions) else ""
        name = f"{kind or ('coaching-notes' if options.coach else 'career-journal')}-{end.isoformat()}.md"
        remembered = str(self.session.settings.value(FOLDER_KEY, "") or "")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folders = [Path(folder) for folder in (remembered, documents) if folder and Path(folder).is_dir()]
        return (folders or [Path.home()])[0] / name

    def save_as(self) -> None:
        if self._saving:
            return  # one save at a time
        if self.busy or self._stale:
            self._after_build(self.save_as)  # saves exactly what the preview will show
            return
        if self.options is None:
            return
        options = self.options
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the export", str(self.default_path(options)), "Markdown (*.md);;All files (*)"
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix and not path.with_suffix(".md").exists():
            path = path.with_suffix(".md")  # "notes" typed into a save dialog that adds no extension
        job = self._job_for(options)
        self._begin(job, f"Saving {path.name}", saving=True)
        me = weakref.ref(self)
        run_task(
            lambda: job.write(path),
            done=lambda _held: (dialog := me()) and dialog._saved(path),
            failed=lambda exc: (dialog := me()) and dialog._not_saved(exc),
        )

    def _saved(self, path: Path) -> None:
        self._end()
        self.saved_path = path
        self.saved_file.show_file(path)
        self.session.settings.setValue(FOLDER_KEY, str(path.parent))
        files = files_folder(path)
        self._say(
            fill(self.tr("Saved to %1"), path)
            + (fill(self.tr(" (its files are in %1)"), files.name) if files.is_dir() else "")
        )
        self.session.status.emit(fill(self.tr("Exported to %1"), path))
        self.finished_saving.emit()

    def _not_saved(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, Cancelled):
            self._say(self.tr("Not saved: you cancelled, and no file was written."))
        else:
            warn(self, self.tr("Could not save the export"), str(exc))
            self._say(self.tr("Not saved: the file was not written. Pick another folder and try again."), error=True)
        self.finished_saving.emit()

    def copy_to_clipboard(self) -> None:
        if self._saving:
            return
        if self.busy or self._stale:
            self._after_build(self.copy_to_clipboard)
            return
        if self.options is None:
            return
        QGuiApplication.clipboard().setText(self.text)
        self._say(fill(self.tr("Copied to the clipboard (%1 words)."), f"{len(self.text.split()):,}"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setProperty("role", "error" if error else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
