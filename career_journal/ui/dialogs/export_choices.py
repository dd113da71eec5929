"""The export dialog's choices: who the file is for, its dates and sections, and what private detail goes in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...exchange.markdown import COACH_DAYS, SECTIONS, MarkdownOptions
from ..labels import fill
from ..widgets.fields import DateField
from ..widgets.text_label import note_label

W = TypeVar("W", bound=QWidget)
# Read when the dialog's module is first imported, which is after the app's language is installed.
SECTION_LABELS = {
    "goals": QCoreApplication.translate("ExportChoices", "Goals and progress"),
    "entries": QCoreApplication.translate("ExportChoices", "Journal entries"),
    "teaching": QCoreApplication.translate("ExportChoices", "Teaching and handovers"),
    "network": QCoreApplication.translate("ExportChoices", "Network activity"),
    "team": QCoreApplication.translate("ExportChoices", "Personal team"),
}
CUSTOM = QCoreApplication.translate("ExportChoices", "Custom dates")
# Each quick range gives the first day for a given today (None: from the first entry on).
COACH_PRESET = fill(QCoreApplication.translate("ExportChoices", "Last %1 days"), COACH_DAYS)
FULL_PRESET = QCoreApplication.translate("ExportChoices", "Everything")
PRESETS: dict[str, Callable[[date], date | None]] = {
    QCoreApplication.translate("ExportChoices", "Last 30 days"): lambda today: today - timedelta(days=30),
    COACH_PRESET: lambda today: today - timedelta(days=COACH_DAYS),
    QCoreApplication.translate("ExportChoices", "This year"): lambda today: date(today.year, 1, 1),
    FULL_PRESET: lambda today: None,
}


def _tipped(widget: W, name: str, tip: str) -> W:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class ExportChoices(QScrollArea):
    """The column on the left of the export dialog; ``changed`` says the document they make is out of date.

    Each packet brings its own range, a quick range fills the dates, and
    editing a date makes the range custom. Under the choices sit the line that
    says what they leave out and, when they make no document, why not (the
    dialog fills both in).
    """

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._applying = False  # a preset or packet is filling the date fields: not a "custom" edit
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 10, 0)
        column.setSpacing(6)
        column.addWidget(note_label(self.tr("Export for your coach"), "page-title"))
        column.addWidget(
            note_label(self.tr("A Markdown file of the dates and sections you choose, to hand over."), "muted")
        )

        def group(title: str) -> None:
            column.addSpacing(6)
            column.addWidget(note_label(title, "card-title"))

        group(self.tr("Who it is for"))
        self.coach_choice = QRadioButton(self.tr("&For my coach"))
        self.full_choice = QRadioButton(self.tr("E&verything, for me"))
        self._packets = QButtonGroup(self)
        for choice, hint in (
            (self.coach_choice, self.tr("Leaves out your private notes on people and advisers.")),
            (self.full_choice, self.tr("Your own copy, with your notes on people and advisers.")),
        ):
            self._packets.addButton(choice)
            choice.setToolTip(hint)
            note = note_label(hint, "muted")
            note.setContentsMargins(24, 0, 0, 2)
            column.addWidget(choice)
            column.addWidget(note)

        group(self.tr("Dates"))
        form = QFormLayout()
        self.preset = _tipped(QComboBox(), "Range", "A quick range; editing a date below makes it a custom range")
        self.date_from = _tipped(DateField(), "From", "The first day to include (Delete clears it)")
        self.date_to = _tipped(DateField(optional=False), "To", "The last day to include")
        form.addRow(self.tr("&Range:"), self.preset)
        form.addRow(self.tr("Fr&om:"), self.date_from)
        form.addRow(self.tr("&To:"), self.date_to)
        column.addLayout(form)

        group(self.tr("Sections"))
        self.section_boxes: dict[str, QCheckBox] = {}
        for name in SECTIONS:
            box = _tipped(QCheckBox(SECTION_LABELS[name]), SECTION_LABELS[name], "Tick to put this section in the file")
            box.setChecked(True)
            column.addWidget(box)
            self.section_boxes[name] = box
        self.everyone = _tipped(
            QCheckBox(self.tr("Everyone in my net&work")),
            "Everyone in my network",
            "List every person, not only those with a conversation, entry or teaching in these dates",
        )
        self.everyone.setContentsMargins(24, 0, 0, 0)
        column.addWidget(self.everyone)

        group("Privacy")
        self.include_private = QCheckBox(self.tr("Include &private entries and goals"))
        self.include_contacts = QCheckBox(self.tr("Include contact &details (email, phone)"))
        for box, what in (
            (self.include_private, "Entries, goals and opportunities you marked private"),
            (self.include_contacts, "Emails, phones"),
        ):
            box.setToolTip(fill(self.tr("%1 stay out of the file unless you tick this"), what))
            column.addWidget(box)
        group("Files")
        self.include_files = _tipped(
            QCheckBox(self.tr("Copy &attached files into a folder beside it")),
            "Copy attached files",
            "The files attached to the entries and goals in the export go in a folder next to the Markdown file,"
            " linked from it",
        )
        column.addWidget(self.include_files)
        column.addSpacing(8)
        self.left_out_label = note_label(role="banner")
        self.left_out_label.setAccessibleName(self.tr("What will be left out"))
        column.addWidget(self.left_out_label)
        self.problem = note_label(role="error")
        self.problem.hide()
        column.addWidget(self.problem)
        column.addStretch(1)
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(350)
        self.set_packet(coach=True)
        self._connect()

    def _connect(self) -> None:
        self.coach_choice.toggled.connect(lambda coach: self.set_packet(coach=coach))
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.date_from.date_changed.connect(self._dates_edited)
        self.date_to.date_changed.connect(self._dates_edited)
        for box in (
            *self.section_boxes.values(), self.include_private, self.include_contacts, self.everyone,
            self.include_files,
        ):  # fmt: skip
            box.toggled.connect(self._choices_changed)

    # -- choices -----------------------------------------------------------------
    def set_packet(self, *, coach: bool) -> None:
        """Each packet brings its own range: a coach the last 90 days, your own copy everything."""
        self._applying = True
        self.coach_choice.setChecked(coach)
        self.full_choice.setChecked(not coach)
        self.preset.clear()
        # A coach packet with no first day means "90 days before the last one" (as on the command
        # line), so "Everything" cannot be offered there and the empty From says what it means.
        for name in PRESETS:
            if not (coach and PRESETS[name](self._today()) is None):
                self.preset.addItem(name)
        self.preset.addItem(CUSTOM)
        self.date_from.set_empty_text(
            fill(self.tr("%1 days before To"), COACH_DAYS) if coach else self.tr("The beginning")
        )
        self.preset.setCurrentText(COACH_PRESET if coach else FULL_PRESET)
        self._applying = False
        self._apply_preset()

    def _apply_preset(self) -> None:
        first_day = PRESETS.get(self.preset.currentText())
        if self._applying or first_day is None:
            return
        today = self._today()
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
        self.everyone.setEnabled(self.section_boxes["network"].isChecked())
        self.changed.emit()

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
            attachments=self.include_files.isChecked(),
            everyone=self.everyone.isChecked(),
        )
