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
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...exchange.markdown import COACH_DAYS, SECTIONS, MarkdownOptions
from ...exchange.packet_options import HANDOVER, PROMOTION, PacketOptions
from ...language import app_language
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
THIS_YEAR = QCoreApplication.translate("ExportChoices", "This year")  # a promotion packet's range
PRESETS: dict[str, Callable[[date], date | None]] = {
    QCoreApplication.translate("ExportChoices", "Last 30 days"): lambda today: today - timedelta(days=30),
    COACH_PRESET: lambda today: today - timedelta(days=COACH_DAYS),
    THIS_YEAR: lambda today: date(today.year, 1, 1),
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
        self.title = note_label(self.tr("Export for your coach"), "page-title")
        self.subtitle = note_label(
            self.tr("A Markdown file of the dates and sections you choose, to hand over."), "muted"
        )
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        self._titles = {
            None: (self.title.text(), self.subtitle.text()),
            PROMOTION: (
                self.tr("Promotion packet"),
                self.tr("Your wins as STAR stories, with the teaching, handovers and opportunities behind them."),
            ),
            HANDOVER: (
                self.tr("Handover packet"),
                self.tr("Each part of your job as it stands today: who else can do it, and what to teach next."),
            ),
        }

        def group(title: str) -> QWidget:
            column.addSpacing(6)
            label = note_label(title, "card-title")
            column.addWidget(label)
            return label

        group(self.tr("Who it is for"))
        self.coach_choice = QRadioButton(self.tr("&For my coach"))
        self.full_choice = QRadioButton(self.tr("E&verything, for me"))
        self.promotion_choice = QRadioButton(self.tr("Promotion packet: w&ins as STAR stories"))
        self.handover_choice = QRadioButton(self.tr("&Handover packet: is my job covered?"))
        self._packets = QButtonGroup(self)
        self._kind: str | None = None  # a promotion or handover packet; None: for a coach or for me
        for choice, hint in (
            (self.coach_choice, self.tr("Leaves out your private notes on people and advisers.")),
            (self.full_choice, self.tr("Your own copy, with your notes on people and advisers.")),
            (
                self.promotion_choice,
                self.tr("Wins, teaching, handovers and opportunities championed, grouped by goal."),
            ),
            (
                self.handover_choice,
                self.tr("For your manager: who else can do each part of your job, and what to teach next."),
            ),
        ):
            self._packets.addButton(choice)
            choice.setToolTip(hint)
            note = note_label(hint, "muted")
            note.setContentsMargins(24, 0, 0, 2)
            column.addWidget(choice)
            column.addWidget(note)

        self.topics_title = group(self.tr("What I want to talk about"))
        self.topics = _tipped(
            QPlainTextEdit(),
            self.tr("What I want to talk about"),
            self.tr("A few lines for your coach, at the end of the packet's summary (Markdown)"),
        )
        self.topics.setPlaceholderText(self.tr("The questions you want your coach's help with"))
        self.topics.setTabChangesFocus(True)
        self.topics.setFixedHeight(self.topics.fontMetrics().lineSpacing() * 3 + 14)
        column.addWidget(self.topics)
        self.include_charts = _tipped(
            QCheckBox(self.tr("Add the charts (pictures in a folder &beside it)")),
            self.tr("Add the charts"),
            self.tr("The five Insights charts as PNG files next to the Markdown file, linked from its summary"),
        )
        column.addWidget(self.include_charts)

        self.dates_title = group(self.tr("Dates"))
        self.dates_panel = QWidget()
        form = QFormLayout(self.dates_panel)
        form.setContentsMargins(0, 0, 0, 0)
        self.preset = _tipped(QComboBox(), "Range", "A quick range; editing a date below makes it a custom range")
        self.date_from = _tipped(DateField(), "From", "The first day to include (Delete clears it)")
        self.date_to = _tipped(DateField(optional=False), "To", "The last day to include")
        form.addRow(self.tr("&Range:"), self.preset)
        form.addRow(self.tr("Fr&om:"), self.date_from)
        form.addRow(self.tr("&To:"), self.date_to)
        column.addWidget(self.dates_panel)

        self.sections_title = group(self.tr("Sections"))
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

        self.privacy_title = group(self.tr("Privacy"))
        self.include_private = QCheckBox(self.tr("Include &private entries and goals"))
        self.include_contacts = QCheckBox(self.tr("Include contact &details (email, phone)"))
        for box, what in (
            (self.include_private, "Entries, goals and opportunities you marked private"),
            (self.include_contacts, "Emails, phones"),
        ):
            box.setToolTip(fill(self.tr("%1 stay out of the file unless you tick this"), what))
            column.addWidget(box)
        self.files_title = group(self.tr("Files"))
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
        self._packets.buttonToggled.connect(lambda button, on: on and self._packet_chosen(button))
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.date_from.date_changed.connect(self._dates_edited)
        self.date_to.date_changed.connect(self._dates_edited)
        for box in (
            *self.section_boxes.values(), self.include_private, self.include_contacts, self.everyone,
            self.include_files,
        ):  # fmt: skip
            box.toggled.connect(self._choices_changed)
        self.topics.textChanged.connect(self._choices_changed)
        self.include_charts.toggled.connect(self._choices_changed)

    # -- choices -----------------------------------------------------------------
    def _packet_chosen(self, button: QRadioButton) -> None:
        kinds = {self.promotion_choice: PROMOTION, self.handover_choice: HANDOVER}
        kind = kinds.get(button)
        if kind != self._kind or (kind is None and button is not self._checked_plain):
            self.set_packet(coach=button is self.coach_choice, kind=kind)

    def set_packet(self, *, coach: bool, kind: str | None = None) -> None:
        """Each packet brings its own range: a coach the last 90 days, your own copy everything,
        a promotion packet this year; a handover packet is the job as it stands today."""
        self._applying = True
        self._kind = kind
        chosen = {PROMOTION: self.promotion_choice, HANDOVER: self.handover_choice}.get(
            kind or "", self.coach_choice if coach else self.full_choice
        )
        chosen.setChecked(True)
        self._checked_plain = chosen if kind is None else None
        coach = coach and kind is None
        for box in (*self.section_boxes.values(), self.everyone, self.include_contacts, self.include_files):
            box.setVisible(kind is None)
        for title in (self.sections_title, self.files_title):
            title.setVisible(kind is None)
        for widget in (self.topics_title, self.topics, self.include_charts):
            widget.setVisible(coach)  # the topics close the coach packet's summary
        for widget in (self.dates_title, self.dates_panel, self.privacy_title, self.include_private):
            widget.setVisible(kind != HANDOVER)  # a handover packet is the job as it stands today
        heading, line = self._titles[kind]
        self.title.setText(heading)
        self.subtitle.setText(line)
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
        self.preset.setCurrentText(COACH_PRESET if coach else THIS_YEAR if kind == PROMOTION else FULL_PRESET)
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
        self.include_private.setEnabled(self._kind is not None or self.section_boxes["entries"].isChecked())
        self.include_contacts.setEnabled(self.section_boxes["network"].isChecked())
        self.everyone.setEnabled(self.section_boxes["network"].isChecked())
        self.changed.emit()

    def chosen_options(self) -> MarkdownOptions | PacketOptions:
        """The options the choices make, for a document in the app's language; ValueError says in words why they
        make no document."""
        start, end, language = self.date_from.value(), self.date_to.value(), app_language()
        if self._kind == HANDOVER:
            return PacketOptions(HANDOVER, language=language)
        if start is not None and end is not None and start > end:
            raise ValueError(
                fill(self.tr("From (%1) is after To (%2): pick an earlier From."), start.isoformat(), end.isoformat())
            )
        if self._kind == PROMOTION:
            return PacketOptions(
                PROMOTION,
                date_from=start,
                date_to=end,
                include_private=self.include_private.isChecked(),
                language=language,
            )
        sections = tuple(name for name in SECTIONS if self.section_boxes[name].isChecked())
        if not sections:
            raise ValueError(self.tr("Tick at least one section to export."))
        return MarkdownOptions(
            coach=self.coach_choice.isChecked(),
            date_from=start,
            date_to=end,
            sections=sections,
            include_private=self.include_private.isChecked(),
            include_contact_details=self.include_contacts.isChecked(),
            attachments=self.include_files.isChecked(),
            everyone=self.everyone.isChecked(),
            topics=self.topics.toPlainText() if self.coach_choice.isChecked() else "",
            charts=self.include_charts.isChecked() and self.coach_choice.isChecked(),
            language=language,
        )
