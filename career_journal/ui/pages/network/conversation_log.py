"""The conversations with one person, newest first, and the selected one in full: its columns and its Markdown."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ....domain.records import Interaction, Person
from ...labels import fill, label_of
from ...models.table import Column, RecordFilterProxy, RecordTableModel
from ...widgets.markdown_view import SafeMarkdownView
from ...widgets.record_table import fit_columns, record_table, select_row
from ...widgets.text_label import one_line, text_label

if TYPE_CHECKING:
    from ..base import Page

COL_DATE, COL_KIND, COL_OTHERS, COL_NOTES, COL_NEXT = range(5)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def conversation_columns(person_id: Callable[[], int | None]) -> list[Column[Interaction]]:
    def others(interaction: Interaction) -> str:
        names = [n for p, n in zip(interaction.person_ids, interaction.person_names, strict=False) if p != person_id()]
        return ", ".join(names) or "—"

    return [
        Column(
            QT_TRANSLATE_NOOP("Column", "Date"),
            lambda i: i.occurred_on.isoformat(),
            sort_key=lambda i: (i.occurred_on, i.id or 0),
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda i: label_of(i.kind)),
        Column(QT_TRANSLATE_NOOP("Column", "Also there"), others),
        Column(QT_TRANSLATE_NOOP("Column", "What happened"), lambda i: one_line(i.notes), tooltip=lambda i: i.notes),
        Column(
            QT_TRANSLATE_NOOP("Column", "Follow up"),
            lambda i: i.follow_up.isoformat() if i.follow_up else "",
            lambda i: i.follow_up,
        ),
    ]


def conversation_markdown(interaction: Interaction) -> str:
    """The whole conversation for the safe preview; names are escaped, the notes are the person's Markdown."""
    names = ", ".join(_MARKDOWN_SPECIAL.sub(r"\\\1", n) for n in interaction.person_names)
    heading = f"**{label_of(interaction.kind)}, {interaction.occurred_on.isoformat()}**"
    parts = [fill(QCoreApplication.translate("conversation_log", "%1 with %2"), heading, names)]
    for heading, text in (
        (QCoreApplication.translate("conversation_log", "What happened"), interaction.notes),
        (QCoreApplication.translate("conversation_log", "Questions I asked"), interaction.questions),
        (QCoreApplication.translate("conversation_log", "What I learned"), interaction.learned),
    ):
        if text.strip():
            parts.append(f"**{heading}:** {text.strip()}")
    if interaction.follow_up:
        parts.append(
            fill(
                QCoreApplication.translate("conversation_log", "**Follow up on:** %1"),
                interaction.follow_up.isoformat(),
            )
        )
    return "\n\n".join(parts)


class ConversationLog(QWidget):
    """The conversations with one person, newest first, and the selected one in full below."""

    changed = Signal()  # another conversation became current
    activated = Signal()  # Enter or a double-click on one

    def __init__(self, page: Page) -> None:
        super().__init__()
        self._person_id: int | None = None
        self.note = text_label(role="muted")
        self.edit_button = page.button(self.tr("Edit"), "edit", tip=self.tr("Edit the selected conversation (Enter)"))
        self.delete_button = page.button(
            self.tr("Delete"), "delete", tip=self.tr("Delete the selected conversation (Delete)")
        )
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        self.model: RecordTableModel[Interaction] = RecordTableModel(
            conversation_columns(lambda: self._person_id), parent=self
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, "Conversations")
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        fit_columns(self.table, COL_NOTES, [COL_NEXT, COL_KIND, COL_OTHERS], minimum=140)
        for column, width in ((COL_DATE, 90), (COL_KIND, 80), (COL_OTHERS, 110), (COL_NEXT, 90)):
            header.resizeSection(column, width)
        self.view = SafeMarkdownView()
        self.view.setAccessibleName(self.tr("The conversation"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.view)
        self.splitter.setSizes([130, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.activated.connect(lambda _index: self.activated.emit())

    def set_person(self, person: Person | None, interactions: list[Interaction]) -> None:
        self._person_id = person.id if person else None
        self.model.set_records(interactions)
        self.note.setText(fill(self.tr("Your conversations with %1, newest first."), person.name) if person else "")
        if self.proxy.rowCount():
            select_row(self.table, self.proxy.index(0, COL_DATE))
        self._show_current()

    @property
    def records(self) -> list[Interaction]:
        return self.model.records

    def current(self) -> Interaction | None:
        index = self.table.selectionModel().currentIndex()
        return self.proxy.record(index.row()) if index.isValid() else None

    def show_saved(self, interaction: Interaction) -> None:
        """Show a saved conversation: its row, or none when this person is no longer in it."""
        if self._person_id in interaction.person_ids:
            self.model.upsert(interaction)
            self.select(interaction.id or 0)
        else:
            self.model.remove(interaction.id or 0)
        self._show_current()

    def remove(self, interaction_id: int) -> None:
        self.model.remove(interaction_id)
        self._show_current()

    def select(self, interaction_id: int) -> None:
        row = self.model.row_of(interaction_id)
        if row is not None:
            select_row(self.table, self.proxy.mapFromSource(self.model.index(row, COL_DATE)))

    def _show_current(self, *_args: object) -> None:
        current = self.current()
        if current is not None:
            self.view.set_markdown(conversation_markdown(current))
        elif self.model.rowCount():
            self.view.set_markdown("Choose a conversation to read it in full.")
        elif self._person_id is not None:
            self.view.set_markdown("No conversation logged yet. After your next talk, *Log a conversation…*")
        else:
            self.view.set_markdown("")
        self.changed.emit()
