"""File → Import contacts…: LinkedIn's Connections.csv or a vCard file, shown in full before anything is written.

The same three steps as ``career-journal import linkedin|vcard``: read the file,
plan (who is new, who merges and what that fills in, which lines are skipped
and why), then apply exactly that plan in one transaction. Reading and
planning run on a worker with a read-only connection of its own (``JournalReads``:
only the newest file's plan is shown); the import runs on a worker with a
connection of its own (``Journal.writer``), and Cancel rolls it back so nothing
is half-imported.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.contacts import ContactPlan, Match
from ...domain.errors import ImportCancelled, JournalError
from ...exchange.contacts import ContactImportResult, apply_plan, kind_of, plan_import, read_contacts
from ..icons import icon
from ..labels import fill
from ..session import Session
from ..widgets.text_label import note_label, text_label, tooltip_text
from ..workers import JournalReads, run_task

FOLDER_KEY = "import/contacts-folder"  # where the last contacts file was chosen, offered again next time
PREVIEW_ROWS = 1_000  # rows shown per group; a file of 30,000 connections is summed up beyond that
FILE_FILTER = "Contacts (*.csv *.vcf *.vcard);;LinkedIn connections (*.csv);;vCard files (*.vcf *.vcard);;All files (*)"
COL_LINE, COL_NAME, COL_WHAT = range(3)


class ImportContactsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import contacts"))
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(640, 420)
        self.resize(860, 560)
        self.path: Path | None = None
        self.plan: ContactPlan | None = None
        self.result: ContactImportResult | None = None
        self.reads = JournalReads(session.journal, self)  # the preview: only the newest file's plan is shown
        self.reads.done.connect(self._planned)
        self.reads.failed.connect(self._unreadable)
        self._importing: threading.Event | None = None  # set to cancel the import that is running
        self._closed = False
        self._earlier_problem = ""  # why the last import stopped, shown beside the preview read after it
        self._tasks: list[object] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(
            note_label(
                self.tr(
                    "Bring in people from LinkedIn (Connections.csv, from “Get a copy of your data” in LinkedIn's "
                    "settings) or from an address book (a .vcf file). You see what will happen before anything is "
                    "written. E-mail addresses and phone numbers stay private: exports leave them out unless you ask."
                )
            )
        )
        row = QHBoxLayout()
        self.file_label = text_label("No file chosen yet.", role="muted", wrap=False)
        self.file_label.setAccessibleName(self.tr("Chosen file"))
        row.addWidget(self.file_label, 1)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setToolTip(self.tr("Choose a Connections.csv or a .vcf file"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.summary = note_label(self.tr("Choose a file to see who is in it."), "card-title")
        self.summary.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary)
        self.problem = text_label(role="error")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        layout.addWidget(self.problem)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work reports no steps
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Preview"))
        self.tree.setHeaderLabels(["Line", "Name", "What happens"])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(COL_LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(COL_NAME, 220)
        self.tree.currentItemChanged.connect(lambda item, _before: self._show_detail(item))
        layout.addWidget(self.tree, 1)
        self.detail = text_label(role="muted")  # the whole of the chosen row, which the column may cut short
        self.detail.setAccessibleName(self.tr("Chosen row"))
        self.detail.hide()
        layout.addWidget(self.detail)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(icon("person"), self.tr("&Import"))
        self.import_button.setProperty("primary", True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.choose_button.setFocus()

    # -- choosing and reading ------------------------------------------------------
    def choose_file(self) -> None:
        remembered = str(self.session.settings.value(FOLDER_KEY, "") or "")
        start = remembered or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        chosen, _filter = QFileDialog.getOpenFileName(self, "Choose a contacts file", start, FILE_FILTER)
        if chosen:
            self.session.settings.setValue(FOLDER_KEY, str(Path(chosen).parent))
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read ``path`` and plan its import on a worker; the preview fills in when it is ready."""
        self.path, self.plan = path, None
        self.file_label.setText(str(path))
        self.file_label.setToolTip(tooltip_text(str(path)))
        self._say(fill(self.tr("Reading %1…"), path.name), problem=self._earlier_problem)
        self.tree.clear()
        self.import_button.setEnabled(False)
        self.progress.show()
        kind = kind_of(path)
        self.reads.read(lambda reader: plan_import(reader, read_contacts(kind, path)))

    def _planned(self, plan: ContactPlan) -> None:
        self.progress.hide()
        self.plan = plan
        self._fill(plan)
        problem, self._earlier_problem = self._earlier_problem, ""
        if self.session.read_only:
            problem = self.tr("This journal is open read-only, so nothing can be imported.")
        elif not plan.has_changes:
            problem = problem or self.tr("Nothing to import: the journal already has everyone here.")
        self._say(f"{plan.found.source}: {plan.summary()}.", problem=problem)
        self.import_button.setEnabled(plan.has_changes and not self.session.read_only)
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)

    def _unreadable(self, exc: Exception) -> None:
        self.progress.hide()
        self._earlier_problem = ""
        self._say(self.tr("This file cannot be imported."), problem=_message(exc))

    # -- the preview ---------------------------------------------------------------
    def _fill(self, plan: ContactPlan, *, done: bool = False) -> None:
        """The plan in four groups; once imported, the same rows under titles that say what was done."""
        new = [(n.contact.line, n.person.name, _details(n.person.role, n.person.org)) for n in plan.new]
        merges = [(m.contact.line, _names(m), m.describe()) for m in plan.merges]
        unchanged = [(m.contact.line, _names(m), m.describe()) for m in plan.unchanged]
        skipped = [(s.line, s.name, s.reason) for s in plan.skipped]
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self._group(self.tr("Added") if done else self.tr("New people"), new)
            self._group(self.tr("Merged") if done else self.tr("Will merge with people in your journal"), merges)
            self._group(self.tr("Already in your journal, nothing to add"), unchanged, expanded=False)
            self._group(self.tr("Not imported"), skipped)
        finally:
            self.tree.setUpdatesEnabled(True)
        self._show_detail(None)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        if item is None or item.parent() is None or not item.text(COL_LINE):
            self.detail.hide()  # a group's title, or nothing chosen
            return
        name = item.text(COL_NAME)
        self.detail.setText(f"Line {item.text(COL_LINE)}" + (f", {name}" if name else "") + f": {item.text(COL_WHAT)}")
        self.detail.show()

    def _group(self, title: str, rows: list[tuple[int, str, str]], *, expanded: bool = True) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(self.tree, [f"{title} ({len(rows):,})"])
        group.setFirstColumnSpanned(True)  # the group's title runs across the columns
        font = group.font(COL_LINE)
        font.setBold(True)
        group.setFont(COL_LINE, font)
        for line, name, what in rows[:PREVIEW_ROWS]:
            item = QTreeWidgetItem(group, [str(line), name, what])
            item.setTextAlignment(COL_LINE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(COL_WHAT, tooltip_text(what))
            item.setToolTip(COL_NAME, tooltip_text(name))
        if len(rows) > PREVIEW_ROWS:
            more = QTreeWidgetItem(group, [fill(self.tr("… and %1 more"), f"{len(rows) - PREVIEW_ROWS:,}")])
            more.setFirstColumnSpanned(True)
        group.setExpanded(expanded)

    # -- importing -----------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.has_changes or self._importing is not None:
            return
        cancel = self._importing = threading.Event()
        journal = self.session.journal
        for widget in (self.import_button, self.choose_button):
            widget.setEnabled(False)
        self.progress.show()
        self._say(fill(self.tr("Importing %1…"), plan.summary()))

        def work() -> ContactImportResult:
            with journal.writer() as own:
                return apply_plan(own, plan, cancelled=cancel.is_set)

        self._run(work, self._imported, self._import_failed)

    def _imported(self, result: ContactImportResult) -> None:
        self._importing = None
        self.result = result
        self.session.notify("person")  # the pages showing people read them again, open dialog or not
        self.session.status.emit(result.summary())
        if self._closed:
            return
        self.progress.hide()
        if self.plan is not None:
            self._fill(self.plan, done=True)
        self._say(result.summary())
        self.close_button.setText(self.tr("Close"))
        self.choose_button.setEnabled(True)

    def _import_failed(self, exc: Exception) -> None:
        self._importing = None
        if self._closed:
            return
        self.progress.hide()
        self.choose_button.setEnabled(True)
        self.close_button.setText(self.tr("Cancel"))
        if isinstance(exc, ImportCancelled) or self.path is None:
            self._say(self.summary.text(), problem=_message(exc))
            self.import_button.setEnabled(self.plan is not None)
            return
        # The journal may have changed since the preview: read again, and say why beside the new preview.
        self._earlier_problem = _message(exc)
        self.load(self.path)

    # -- closing -------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel: while importing, stop the import (it rolls back) and stay open to say so; else close."""
        if self._importing is not None:
            self._importing.set()
            self._say(self.tr("Stopping the import…"))
            return
        self._closed = True
        self.reads.cancel()  # a file still being read is dropped
        super().reject()

    def _run(self, work, done, failed) -> None:  # type: ignore[no-untyped-def]
        self._tasks.append(run_task(work, done=done, failed=failed))

    def _say(self, text: str, *, problem: str = "") -> None:
        self.summary.setText(text)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))


def _names(match: Match) -> str:
    """'Åsa Öberg → Asa Oberg' when the file spells the name another way than the journal."""
    if match.contact.name == match.person.name:
        return match.person.name
    return f"{match.contact.name} → {match.person.name}"


def _details(role: str, org: str) -> str:
    return " · ".join(part for part in (role, org) if part) or "—"


def _message(exc: Exception) -> str:
    if isinstance(exc, JournalError):
        return str(exc)
    return fill(
        QCoreApplication.translate(
            "import_contacts", "The import stopped on an unexpected problem (%1: %2). Nothing was imported."
        ),
        type(exc).__name__,
        exc,
    )
