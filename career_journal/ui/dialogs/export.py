"""File → Export for your coach: choose what to share, see exactly that, then save it or copy it.

The text comes from the same functions the command line's ``export markdown``
uses (``build_markdown`` for the preview and the clipboard, ``write_markdown``
for the file), so a file saved here is byte for byte the one the command line
writes with the same choices. Each preview reads the journal in one snapshot
and joins the whole document before showing it, so no read transaction stays
open between refreshes. Under the choices the dialog says, in words, what the
choices hold back, so the person knows exactly what they hand over.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import JournalError
from ...domain.queries import EntryFilter
from ...exchange import render
from ...exchange.markdown import (
    COACH_DAYS,
    SECTIONS,
    MarkdownOptions,
    build_markdown,
    left_out,
    resolve_range,
    write_markdown,
)
from ..icons import icon
from ..session import Session
from ..widgets.fields import DateField
from ..widgets.markdown_view import SafeMarkdownView

W = TypeVar("W", bound=QWidget)
PREVIEW_DELAY_MS = 200
FOLDER_KEY = "export/folder"  # where the last export was saved, offered again next time
SECTION_LABELS = {
    "goals": "Goals and progress",
    "entries": "Journal entries",
    "teaching": "Teaching and handovers",
    "network": "Network activity",
    "team": "Personal team",
}
CUSTOM = "Custom dates"
# Each quick range gives the first day for a given today (None: from the first entry on).
PRESETS: dict[str, Callable[[date], date | None]] = {
    "Last 30 days": lambda today: today - timedelta(days=30),
    f"Last {COACH_DAYS} days": lambda today: today - timedelta(days=COACH_DAYS),
    "This year": lambda today: date(today.year, 1, 1),
    "Everything": lambda today: None,
}
COACH_PRESET = f"Last {COACH_DAYS} days"
FULL_PRESET = "Everything"


def _label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def _tipped(widget: W, name: str, tip: str) -> W:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


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
        self._applying = False  # a preset or packet is filling the date fields: not a "custom" edit
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._choices_panel())
        body.addWidget(self._preview_panel(), 1)
        layout.addLayout(body, 1)
        layout.addLayout(self._button_row())
        self._set_packet(coach=True)
        self._connect()
        self.coach_choice.setFocus()
        self._timer.start()  # the first preview is built once the dialog is on screen

    # -- building ----------------------------------------------------------------
    def _choices_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 10, 0)
        column.setSpacing(6)
        column.addWidget(_label("Export for your coach", "page-title"))
        column.addWidget(_label("A Markdown file of the dates and sections you choose, to hand over.", "muted"))

        def group(title: str) -> None:
            column.addSpacing(6)
            column.addWidget(_label(title, "card-title"))

        group("Who it is for")
        self.coach_choice = QRadioButton("&For my coach")
        self.full_choice = QRadioButton("E&verything, for me")
        self._packets = QButtonGroup(self)
        for choice, hint in (
            (self.coach_choice, "Leaves out your private notes on people and advisers."),
            (self.full_choice, "Your own copy, with your notes on people and advisers."),
        ):
            self._packets.addButton(choice)
            choice.setToolTip(hint)
            note = _label(hint, "muted")
            note.setContentsMargins(24, 0, 0, 2)
            column.addWidget(choice)
            column.addWidget(note)

        group("Dates")
        form = QFormLayout()
        self.preset = _tipped(QComboBox(), "Range", "A quick range; editing a date below makes it a custom range")
        self.date_from = _tipped(DateField(), "From", "The first day to include (Delete clears it)")
        self.date_to = _tipped(DateField(optional=False), "To", "The last day to include")
        form.addRow("&Range:", self.preset)
        form.addRow("Fr&om:", self.date_from)
        form.addRow("&To:", self.date_to)
        column.addLayout(form)

        group("Sections")
        self.section_boxes: dict[str, QCheckBox] = {}
        for name in SECTIONS:
            box = _tipped(QCheckBox(SECTION_LABELS[name]), SECTION_LABELS[name], "Tick to put this section in the file")
            box.setChecked(True)
            column.addWidget(box)
            self.section_boxes[name] = box

        group("Privacy")
        self.include_private = QCheckBox("Include &private entries")
        self.include_contacts = QCheckBox("Include contact &details (email, phone)")
        for box, what in (
            (self.include_private, "Entries you marked private"),
            (self.include_contacts, "Emails, phones"),
        ):
            box.setToolTip(f"{what} stay out of the file unless you tick this")
            column.addWidget(box)
        column.addSpacing(8)
        self.left_out_label = _label(role="banner")
        self.left_out_label.setAccessibleName("What will be left out")
        column.addWidget(self.left_out_label)
        self.problem = _label(role="error")
        self.problem.hide()
        column.addWidget(self.problem)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(350)
        return scroll

    def _preview_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(_label("Preview of the file", "card-title"))
        top.addStretch(1)
        self.stats = _label(role="muted", wrap=False)
        top.addWidget(self.stats)
        self.raw_toggle = QPushButton("Show &Markdown")
        self.raw_toggle.setCheckable(True)
        self.raw_toggle.setToolTip("Switch between the rendered preview and the Markdown text (Alt+M)")
        top.addWidget(self.raw_toggle)
        column.addLayout(top)
        self.notice = _label(role="muted")
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
        self.result = _label()
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
        return row

    def _connect(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_as)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self).activated.connect(self.copy_to_clipboard)
        self.coach_choice.toggled.connect(lambda coach: self._set_packet(coach=coach))
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        for box in (*self.section_boxes.values(), self.include_private, self.include_contacts):
            box.toggled.connect(self._choices_changed)
        self.raw_toggle.toggled.connect(self._show_raw)

    # -- choices -----------------------------------------------------------------
    def _set_packet(self, *, coach: bool) -> None:
        """Each packet brings its own range: a coach the last 90 days, your own copy everything."""
        self._applying = True
        self.coach_choice.setChecked(coach)
        self.full_choice.setChecked(not coach)
        self.preset.clear()
        # A coach packet with no first day means "90 days before the last one" (as on the command
        # line), so "Everything" cannot be offered there and the empty From says what it means.
        for name in PRESETS:
            if not (coach and PRESETS[name](self.session.today()) is None):
                self.preset.addItem(name)
        self.preset.addItem(CUSTOM)
        self.date_from.setSpecialValueText(f"{COACH_DAYS} days before To" if coach else "The beginning")
        self.preset.setCurrentText(COACH_PRESET if coach else FULL_PRESET)
        self._applying = False
        self._apply_preset()

    def _apply_preset(self) -> None:
        first_day = PRESETS.get(self.preset.currentText())
        if self._applying or first_day is None:
            return
        today = self.session.today()
        self._applying = True
        self.date_from.set_value(first_day(today))
        self.date_to.set_value(today)
        self._applying = False
        self._choices_changed()

    def _dates_edited(self) -> None:
        if not self._applying:
            self._applying = True
            self.preset.setCurrentText(CUSTOM)
            self._applying = False
            self._choices_changed()

    def _choices_changed(self) -> None:
        self.include_private.setEnabled(self.section_boxes["entries"].isChecked())
        self.include_contacts.setEnabled(self.section_boxes["network"].isChecked())
        self.result.clear()
        self._stale = True
        self._timer.start()

    def chosen_options(self) -> MarkdownOptions:
        """The options the choices make; ValueError says in words why they make no document."""
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None and end is not None and start > end:
            raise ValueError(f"From ({start.isoformat()}) is after To ({end.isoformat()}): pick an earlier From.")
        sections = tuple(name for name in SECTIONS if self.section_boxes[name].isChecked())
        if not sections:
            raise ValueError("Tick at least one section to export.")
        return MarkdownOptions(
            coach=self.coach_choice.isChecked(),
            date_from=start,
            date_to=end,
            sections=sections,
            include_private=self.include_private.isChecked(),
            include_contact_details=self.include_contacts.isChecked(),
        )

    # -- the document ------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Build the document for the current choices now and show it (the timer calls this after edits)."""
        self._timer.stop()
        self._stale, self.options, self.text = False, None, ""
        held_back: list[str] = []
        try:
            options = self.chosen_options()
            journal, today = self.session.journal, self.session.today()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                # Joined in full: the snapshot the export reads in ends with its last chunk.
                self.text = "".join(build_markdown(journal, options, today=today))
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
        journal, today = self.session.journal, self.session.today()
        held_back = self.session.attempt(
            lambda: write_markdown(journal, options, path, today=today), parent=self, doing="save the export"
        )
        if held_back is None:
            self._say(f"Not saved: {path.name} was not written. Pick another folder and try again.", error=True)
            return
        self.saved_path = path
        self.session.settings.setValue(FOLDER_KEY, str(path.parent))
        self._say(f"Saved to {path}")
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
