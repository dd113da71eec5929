"""Network: the people you work with, what they are trying to achieve, your conversations, the opportunities found.

Colleagues are internal customers and strategic partners (idea 4): the heart
of the page is what each person is trying to achieve. The people list stays
in memory and is filtered by a proxy, so a network of thousands filters as
you type; a save changes only the rows it touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Relationship
from ...domain.records import Interaction, Opportunity, Person
from ..dialogs.forms import interaction_dialog, person_dialog
from ..dialogs.record_form import RecordDialog
from ..icons import icon
from ..models.table import Column, RecordFilterProxy, RecordTableModel
from ..session import Session
from ..theme import WARM
from ..widgets.cards import Card
from ..widgets.fields import EnumCombo
from ..widgets.markdown_view import SafeMarkdownView
from ..widgets.pipeline import OpportunityPanel
from .base import Page

COL_NAME, COL_RELATIONSHIP, COL_ORG, COL_NEEDS, COL_LAST_CONTACT, COL_FOLLOW_UP = range(6)
COL_DATE, COL_KIND, COL_OTHERS, COL_NOTES, COL_NEXT = range(5)
SEARCH_DELAY_MS = 200
PRIVATE_NOTE = "private — never exported unless you ask"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _relative(day: date, today: date) -> str:
    days = (today - day).days
    if days == 0:
        return "today"
    if abs(days) == 1:
        return "yesterday" if days > 0 else "tomorrow"
    return f"{days} days ago" if days > 0 else f"in {-days} days"


def is_due(person: Person, today: date) -> bool:
    return person.follow_up is not None and person.follow_up <= today


def people_columns(today: Callable[[], date]) -> list[Column[Person]]:
    def follow_up(person: Person) -> str:
        if person.follow_up is None:
            return ""
        late = (today() - person.follow_up).days
        return person.follow_up.isoformat() + (" · overdue" if late > 0 else " · today" if late == 0 else "")

    def due_tip(person: Person) -> str:
        return f"Follow up {_relative(person.follow_up, today())}" if person.follow_up else ""

    return [
        Column("Name", lambda p: p.name, tooltip=lambda p: " · ".join(x for x in (p.role, p.org) if x)),
        Column(
            "Relationship",
            lambda p: p.relationship.label if p.relationship else "",
            sort_key=lambda p: p.relationship.label.casefold() if p.relationship else None,
        ),
        Column("Organisation", lambda p: p.org),
        Column("Trying to achieve", lambda p: _one_line(p.needs), tooltip=lambda p: p.needs),
        Column(
            "Last contact", lambda p: p.last_contact.isoformat() if p.last_contact else "", lambda p: p.last_contact
        ),
        Column(
            "Next follow-up",
            follow_up,
            sort_key=lambda p: p.follow_up,
            tooltip=due_tip,
            icon=lambda p: icon("alert", QColor(WARM)) if is_due(p, today()) else None,
            color=lambda p: QColor(WARM) if is_due(p, today()) else None,
        ),
    ]


def conversation_columns(person_id: Callable[[], int | None]) -> list[Column[Interaction]]:
    def others(interaction: Interaction) -> str:
        names = [n for p, n in zip(interaction.person_ids, interaction.person_names, strict=False) if p != person_id()]
        return ", ".join(names) or "—"

    return [
        Column("Date", lambda i: i.occurred_on.isoformat(), sort_key=lambda i: (i.occurred_on, i.id or 0)),
        Column("Kind", lambda i: i.kind.label),
        Column("Also there", others),
        Column("What happened", lambda i: _one_line(i.notes), tooltip=lambda i: i.notes),
        Column("Follow up", lambda i: i.follow_up.isoformat() if i.follow_up else "", lambda i: i.follow_up),
    ]


def conversation_markdown(interaction: Interaction) -> str:
    """The whole conversation for the safe preview; names are escaped, the notes are the person's Markdown."""
    names = ", ".join(_MARKDOWN_SPECIAL.sub(r"\\\1", n) for n in interaction.person_names)
    parts = [f"**{interaction.kind.label}, {interaction.occurred_on.isoformat()}** with {names}"]
    for heading, text in (
        ("What happened", interaction.notes),
        ("Questions I asked", interaction.questions),
        ("What I learned", interaction.learned),
    ):
        if text.strip():
            parts.append(f"**{heading}:** {text.strip()}")
    if interaction.follow_up:
        parts.append(f"**Follow up on:** {interaction.follow_up.isoformat()}")
    return "\n\n".join(parts)


def _sort_value(column: Column[Person], person: Person) -> Any:
    return column.sort_key(person) if column.sort_key else column.text(person).casefold() or None


class PeopleModel(RecordTableModel[Person]):
    """The people, kept in the order the list is sorted by; empty values always last.

    Sorting here is one pass in Python. A sorting proxy would call back into
    Python for every comparison, which is too slow for a network of thousands.
    """

    def __init__(self, columns: list[Column[Person]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent=parent)
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._resort()

    def set_records(self, records: Iterable[Person]) -> None:
        super().set_records(self._sorted(list(records)))

    def upsert(self, record: Person) -> int:
        super().upsert(record)
        self._resort()
        return self.row_of(record.id or 0) or 0

    def _sorted(self, records: list[Person]) -> list[Person]:
        column, order = self.columns[self._sort[0]], self._sort[1]
        keyed = [(_sort_value(column, person), person) for person in records]
        filled = [pair for pair in keyed if pair[0] is not None]
        filled.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [person for _, person in filled] + [person for value, person in keyed if value is None]

    def _resort(self) -> None:
        records = self._sorted(self._records)
        if all(a is b for a, b in zip(records, self._records, strict=True)):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._key(self._records[index.row()]) for index in before]
        self._records = records
        rows = {self._key(person): row for row, person in enumerate(records)}
        self.changePersistentIndexList(
            before, [self.index(rows[i], x.column()) for i, x in zip(ids, before, strict=True)]
        )
        self.layoutChanged.emit()


class PeopleProxy(RecordFilterProxy):
    """Filters on each person's own fields (once per row, not once per cell), so thousands filter as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed: list[str] = []
        self._keep: Callable[[Person], bool] | None = None

    def set_filter(self, text: str, keep: Callable[[Person], bool] | None) -> None:
        self.beginFilterChange()
        self._typed = text.casefold().split()
        self._keep = keep
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        person: Person = self.sourceModel().record_at(source_row)  # type: ignore[attr-defined]
        if self._keep is not None and not self._keep(person):
            return False
        if not self._typed:
            return True
        relationship = person.relationship.label if person.relationship else ""
        text = f"{person.name} {person.org} {person.role} {relationship} {person.needs} {person.email}".casefold()
        return all(word in text for word in self._typed)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model keeps the order (one pass in Python); the proxy only filters."""
        self.sourceModel().sort(column, order)


def _label(text: str = "", *, role: str = "", wrap: bool = True, scale: float = 1.0, bold: bool = False) -> QLabel:
    made = QLabel(text)
    if scale != 1.0 or bold:
        font = QFont(made.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        made.setFont(font)
    made.setTextFormat(Qt.TextFormat.PlainText)  # the person's words, never read as HTML
    made.setWordWrap(wrap)
    made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        made.setProperty("role", role)
    return made


class PersonCard(Card):
    """Who the selected person is, and first of all what they are trying to achieve."""

    def __init__(self, page: Page) -> None:
        super().__init__("")
        self.title_label.hide()
        self.name = _label(scale=1.45, bold=True)
        self.relationship = _label(wrap=False)
        self.relationship.setStyleSheet("background: palette(midlight); border-radius: 8px; padding: 2px 8px;")
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.relationship, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)
        self.meta = _label(role="muted")
        self.needs_title = _label("What they are trying to achieve", role="card-title")
        self.needs = _label(scale=1.15)
        self.last_contact = _label()
        self.follow_up = _label()
        self.contact_row = QWidget()
        self.contact_row.setAccessibleName("Private contact details")
        lock = QLabel()
        lock.setPixmap(icon("lock").pixmap(14, 14))
        self.contact = _label()
        self.private_note = _label(PRIVATE_NOTE, role="muted")
        contact = QGridLayout(self.contact_row)
        contact.setContentsMargins(0, 2, 0, 2)
        contact.setHorizontalSpacing(6)
        contact.setVerticalSpacing(0)
        contact.addWidget(lock, 0, 0)
        contact.addWidget(self.contact, 0, 1)
        contact.addWidget(self.private_note, 1, 1)
        contact.setColumnStretch(1, 1)
        self.opportunities_title = _label(role="card-title")
        self.opportunities = _label()
        self.notes_title = _label("Private notes", role="card-title")
        self.notes = _label()
        self.hint = _label("Choose someone on the list to see what they are trying to achieve.", role="muted")
        self.details: list[QWidget] = [self.name, self.meta, self.needs_title, self.needs, self.last_contact]
        self.details += [self.follow_up, self.contact_row, self.opportunities_title, self.opportunities]
        self.details += [self.notes_title, self.notes]
        for widget in [*self.details[1:], self.hint]:
            self.body.addWidget(widget)
        self.body.insertSpacing(self.body.indexOf(self.opportunities_title), 4)
        self.body.addStretch(1)
        buttons = QHBoxLayout()
        self.log_button = page.button("Log a conversation…", "calendar", tip="Log a talk with them (Ctrl+Shift+L)")
        self.edit_button = page.button("Edit", "edit", tip="Edit this person (Enter in the list)")
        self.delete_button = page.button("Delete", "delete", tip="Delete this person (Delete in the list)")
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        self.body.addLayout(buttons)
        self.details += [self.log_button, self.edit_button, self.delete_button]

    def show_person(self, person: Person | None, today: date, opportunities: list[Opportunity]) -> None:
        for widget in self.details:
            widget.setVisible(person is not None)
        self.hint.setVisible(person is None)
        self.relationship.setVisible(person is not None and person.relationship is not None)
        if person is None:
            return
        self.name.setText(person.name)
        self.relationship.setText(person.relationship.label if person.relationship else "")
        met = f"met: {person.how_met}" if person.how_met else ""
        self.meta.setText(" · ".join(x for x in (person.role, person.org, met) if x))
        self.meta.setVisible(bool(self.meta.text()))
        self.needs.setText(person.needs or "Not written down yet. Next time, ask: what are you trying to achieve?")
        self.needs.setProperty("role", "" if person.needs else "muted")
        self.needs.style().polish(self.needs)
        self.last_contact.setText(
            f"Last contact: {person.last_contact.isoformat()} ({_relative(person.last_contact, today)})"
            if person.last_contact
            else "Last contact: no conversation logged yet"
        )
        if person.follow_up is None:
            self.follow_up.setText("Next follow-up: none planned")
        else:
            late = " — overdue" if person.follow_up < today else ""
            when = _relative(person.follow_up, today)
            self.follow_up.setText(f"Next follow-up: {person.follow_up.isoformat()} ({when}){late}")
        self.follow_up.setStyleSheet(f"color: {WARM}; font-weight: 600;" if is_due(person, today) else "")
        self.contact.setText(" · ".join(x for x in (person.email, person.phone) if x))
        self.contact_row.setVisible(bool(self.contact.text()))
        first_name = person.name.split()[0]
        self.opportunities_title.setText(f"Opportunities with {first_name}")
        self.opportunities.setText(
            "\n".join(f"• {o.title} — {o.status.label.lower()}" for o in opportunities)
            or "None yet. What could you help them achieve?"
        )
        self.opportunities.setProperty("role", "" if opportunities else "muted")
        self.opportunities.style().polish(self.opportunities)
        self.notes.setText(person.notes)
        self.notes_title.setVisible(bool(person.notes))
        self.notes.setVisible(bool(person.notes))


def _table(model: object, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    return table


def _select_row(table: QTableView, index: QModelIndex) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)


class ConversationLog(QWidget):
    """The conversations with one person, newest first, and the selected one in full below."""

    changed = Signal()  # another conversation became current
    activated = Signal()  # Enter or a double-click on one

    def __init__(self, page: Page) -> None:
        super().__init__()
        self._person_id: int | None = None
        self.note = _label(role="muted")
        self.edit_button = page.button("Edit", "edit", tip="Edit the selected conversation (Enter)")
        self.delete_button = page.button("Delete", "delete", tip="Delete the selected conversation (Delete)")
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        self.model: RecordTableModel[Interaction] = RecordTableModel(
            conversation_columns(lambda: self._person_id), parent=self
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy, "Conversations")
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_DATE, 90), (COL_KIND, 80), (COL_OTHERS, 110), (COL_NEXT, 90)):
            header.resizeSection(column, width)
        self.view = SafeMarkdownView()
        self.view.setAccessibleName("The conversation")
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
        self.note.setText(f"Your conversations with {person.name}, newest first." if person else "")
        if self.proxy.rowCount():
            _select_row(self.table, self.proxy.index(0, COL_DATE))
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
            _select_row(self.table, self.proxy.mapFromSource(self.model.index(row, COL_DATE)))

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


class NetworkPage(Page):
    name = "network"
    title = "Network"
    icon_name = "network"
    watches = frozenset({"person", "interaction", "opportunity", "adviser", "teaching"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer, buttons = self.header(
            "Treat colleagues as internal customers and partners: ask what they are trying to achieve, "
            "and champion the opportunities you find together."
        )
        self.log_button = self.button("Log a conversation…", "calendar", tip="Log a conversation (Ctrl+Shift+L)")
        self.new_button = self.button("New person", "add", primary=True, tip="Add someone you work with (Ctrl+Shift+N)")
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.new_button)
        self.dialog: RecordDialog | None = None  # the dialog opened last (tests fill it in)
        self._person_id: int | None = None
        self._selecting = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_state())
        self.stack.addWidget(self._content())
        outer.addWidget(self.stack, 1)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_person_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.relationship.currentIndexChanged.connect(self._apply_person_filter)
        self.due_only.toggled.connect(self._apply_person_filter)
        for rows_changed in (
            self.people_model.rowsInserted,
            self.people_model.rowsRemoved,
            self.people_proxy.rowsInserted,
            self.people_proxy.rowsRemoved,
            self.people_proxy.layoutChanged,
        ):
            rows_changed.connect(self._show_count)
        self.people_table.selectionModel().currentRowChanged.connect(self._on_person_changed)
        self.people_table.activated.connect(lambda _index: self.edit_person())
        self.log.changed.connect(self._update_enabled)
        self.log.activated.connect(self.edit_interaction)
        self.opportunities.saved.connect(self._on_opportunity_saved)
        self.opportunities.updated.connect(self._on_opportunities_updated)
        for button, slot in (
            (self.new_button, self.new_person),
            (self.empty_button, self.new_person),
            (self.log_button, self.log_conversation),
            (self.card.log_button, self.log_conversation),
            (self.card.edit_button, self.edit_person),
            (self.card.delete_button, self.delete_person),
            (self.log.edit_button, self.edit_interaction),
            (self.log.delete_button, self.delete_interaction),
        ):
            button.clicked.connect(slot)
        for keys, slot in (
            ("Ctrl+Shift+N", self.new_person),
            ("Ctrl+Shift+L", self.log_conversation),
            ("Ctrl+Shift+O", self._new_opportunity),
            ("Ctrl+F", self.search.setFocus),
        ):
            self._shortcut(keys, slot, self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for table, slot in ((self.people_table, self.delete_person), (self.log.table, self.delete_interaction)):
            self._shortcut(QKeySequence.StandardKey.Delete, slot, table, Qt.ShortcutContext.WidgetShortcut)

    # -- building ----------------------------------------------------------------------------
    def _shortcut(self, keys: object, slot: Callable[[], object], scope: QWidget, context: Qt.ShortcutContext) -> None:
        shortcut = QShortcut(QKeySequence(keys), scope)  # type: ignore[call-overload]
        shortcut.setContext(context)
        shortcut.activated.connect(slot)

    def _empty_state(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.empty_card = card = Card("Add the people you work with and what they are trying to achieve.", gap=True)
        card.setFixedWidth(640)
        card.title_label.setWordWrap(True)
        card.body.setContentsMargins(28, 24, 28, 24)
        card.body.setSpacing(12)
        for text in (
            "Treat each colleague as an internal customer or a strategic partner. Ask what they are working "
            "towards, log your conversations, and write down the leadership opportunities you spot together — "
            "then champion them from spotted to adopted.",
            "Start with the three people whose success matters most to your work.",
        ):
            card.body.addWidget(_label(text, role="muted"))
        self.empty_button = self.button("Add the first person", "add", primary=True, tip="New person (Ctrl+Shift+N)")
        card.body.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()  # no alignment flag: that would give the card its width-less size hint, clipping text
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return panel

    def _content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter people: name, organisation, what they want… (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Filter people")
        self.relationship = EnumCombo(Relationship, none_text="All relationships")
        self.relationship.setAccessibleName("Relationship")
        self.due_only = QCheckBox("Follow-up due")
        self.due_only.setToolTip("Only the people whose follow-up date has come")
        self.count_label = _label(role="muted", wrap=False)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.relationship)
        filters.addWidget(self.due_only)
        filters.addStretch(0)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.people_model = PeopleModel(people_columns(self.session.today), parent=self)
        self.people_proxy = PeopleProxy(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people_table = _table(self.people_proxy, "People")
        self.people_table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.people_table.horizontalHeader()
        header.setSectionResizeMode(COL_NEEDS, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_NAME, 150),
            (COL_RELATIONSHIP, 125),
            (COL_ORG, 120),
            (COL_LAST_CONTACT, 100),
            (COL_FOLLOW_UP, 175),
        ):
            header.resizeSection(column, width)

        self.card = PersonCard(self)
        card_scroll = QScrollArea()
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        card_scroll.setWidget(self.card)
        self.tabs = QTabWidget()
        self.log = ConversationLog(self)
        self.tabs.addTab(self.log, "Conversations")
        self.opportunities = OpportunityPanel(self.session, self)
        self.tabs.addTab(self.opportunities, "Opportunities")
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.addWidget(card_scroll)
        self.bottom_splitter.addWidget(self.tabs)
        self.bottom_splitter.setStretchFactor(1, 1)
        self.bottom_splitter.setSizes([400, 630])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.people_table)
        self.splitter.addWidget(self.bottom_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 420])
        layout.addWidget(self.splitter, 1)
        return content

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._apply_person_filter()  # before the rows arrive, so they are filtered once (today may have moved)
        self.people_model.set_records(self.journal.people.list())
        self.opportunities.set_opportunities(self.journal.people.opportunities())
        self._show_state()
        self._select_person(self._person_id if self._person_id is not None else self._longest_waiting())

    def _longest_waiting(self) -> int | None:
        """The person whose follow-up is most overdue: the first one to see when the page opens."""
        today = self.session.today()
        due = [p for p in self.people_model.records if is_due(p, today)]
        return min(due, key=lambda p: (p.follow_up, p.name.casefold())).id if due else None

    def _show_state(self) -> None:
        empty = self.people_model.rowCount() == 0 and not self.opportunities.records
        self.stack.setCurrentIndex(0 if empty else 1)
        self._show_count()
        self._update_enabled()

    def _apply_person_filter(self) -> None:
        relationship, due, today = self.relationship.value(), self.due_only.isChecked(), self.session.today()

        def wanted(p: Person) -> bool:
            return (relationship is None or p.relationship is relationship) and (not due or is_due(p, today))

        self.people_proxy.set_filter(self.search.text(), wanted if relationship is not None or due else None)

    def _clear_filters(self) -> None:
        for widget in (self.search, self.relationship, self.due_only):
            widget.blockSignals(True)
        self.search.clear()
        self.relationship.set_value(None)
        self.due_only.setChecked(False)
        for widget in (self.search, self.relationship, self.due_only):
            widget.blockSignals(False)
        self._apply_person_filter()

    def _show_count(self, *_args: object) -> None:
        total, shown = self.people_model.rowCount(), self.people_proxy.rowCount()
        everyone = f"{total} {'person' if total == 1 else 'people'}"
        self.count_label.setText(everyone if shown == total else f"{shown} of {everyone}")

    def _update_tab_titles(self, *_args: object) -> None:
        self.tabs.setTabText(0, f"Conversations ({self.log.model.rowCount()})" if self._person_id else "Conversations")
        self.tabs.setTabText(1, f"Opportunities ({self.opportunities.proxy.rowCount()})")

    def _on_opportunities_updated(self) -> None:
        self._show_card(self._person())
        self._update_tab_titles()

    def badge(self) -> int | None:
        return len(self.journal.follow_ups(self.session.today()).people) or None

    # -- choosing a person -------------------------------------------------------------------------
    def _person(self) -> Person | None:
        row = self.people_model.row_of(self._person_id) if self._person_id is not None else None
        return self.people_model.record_at(row) if row is not None else None

    def _select_person(self, person_id: int | None) -> None:
        """Make this person current (widening the filters if they hide them); None: the first shown."""
        row = self.people_model.row_of(person_id) if person_id is not None else None
        index = self.people_proxy.mapFromSource(self.people_model.index(row, COL_NAME)) if row is not None else None
        if row is not None and not index.isValid():
            self._clear_filters()
            index = self.people_proxy.mapFromSource(self.people_model.index(row, COL_NAME))
        if index is None or not index.isValid():
            index = self.people_proxy.index(0, COL_NAME)
        self._selecting = True
        try:
            if index.isValid():
                _select_row(self.people_table, index)
            else:
                self.people_table.clearSelection()
        finally:
            self._selecting = False
        self._show_person(self.people_proxy.record(index.row()) if index.isValid() else None)

    def _on_person_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self._show_person(self.people_proxy.record(current.row()) if current.isValid() else None)

    def _show_person(self, person: Person | None) -> None:
        self._person_id = person.id if person else None
        self._show_card(person)
        self.log.set_person(person, self.journal.people.interactions(person_id=person.id) if person else [])
        self.opportunities.set_person(self._person_id, person.name if person else "")
        self._update_tab_titles()
        self._update_enabled()

    def _show_card(self, person: Person | None) -> None:
        found = [o for o in self.opportunities.records if person is not None and o.person_id == person.id]
        self.card.show_person(person, self.session.today(), found)

    def _refresh_people(self, person_ids: list[int]) -> None:
        """Re-read the people a conversation changed (last contact, follow-up) and update their rows."""
        for person_id in sorted(set(person_ids)):
            found = self.session.attempt(lambda i=person_id: self.journal.people.get(i), parent=self, doing="read")
            if found is not None:
                self.people_model.upsert(found)
        self._show_card(self._person())

    def show_record(self, kind: str, record_id: int) -> None:
        self.ensure_fresh()
        if kind == "person":
            self._select_person(record_id)
            self.people_table.setFocus()
        elif kind == "interaction":
            found = self.session.attempt(
                lambda: self.journal.people.get_interaction(record_id), parent=self, doing="open"
            )
            if found is None:
                return
            if self._person_id not in found.person_ids:
                self._select_person(found.person_ids[0] if found.person_ids else None)
            self.tabs.setCurrentIndex(0)
            self.log.select(record_id)
            self.log.table.setFocus()
        elif kind == "opportunity":
            chosen = self.session.attempt(
                lambda: self.journal.people.get_opportunity(record_id), parent=self, doing="open"
            )
            if chosen is None:
                return
            if chosen.person_id is not None:
                self._select_person(chosen.person_id)
            self.tabs.setCurrentWidget(self.opportunities)
            self.opportunities.select(record_id)
            self.opportunities.table.setFocus()

    # -- writing ---------------------------------------------------------------------------------------
    def _open(self, dialog: RecordDialog, on_saved: Callable[[object], None]) -> None:
        self.dialog = dialog
        dialog.saved.connect(on_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new_person(self) -> None:
        if not self.read_only_guard():
            self._open(person_dialog(self, self.session), self._on_person_saved)

    def edit_person(self) -> None:
        person = self._person()
        if person is not None and not self.read_only_guard():
            self._open(person_dialog(self, self.session, person), self._on_person_saved)

    def _on_person_saved(self, person: Person) -> None:
        self.people_model.upsert(person)
        self.opportunities.person_changed(person.id or 0, person.name)
        self._show_state()
        self._select_person(person.id)
        self.session.status.emit(f"Saved {person.name}.")

    def delete_person(self) -> None:
        person = self._person()
        if person is None or self.read_only_guard():
            return
        person_id = person.id or 0
        only_theirs = sum(1 for i in self.log.records if i.person_ids == [person_id])
        linked = [
            ("conversations only they were in", only_theirs),
            ("their teaching records", len(self.journal.skills.teachings(person_id=person_id))),
            ("their handovers", sum(1 for h in self.journal.skills.handovers() if h.person_id == person_id)),
            ("their team roles", sum(1 for a in self.journal.people.advisers() if a.person_id == person_id)),
        ]
        parts = [f"the {what} ({count})" for what, count in linked]
        if not self.confirm_delete(f"{person.name}, with {', '.join(parts[:-1])} and {parts[-1]}"):
            return
        done = self.session.attempt(
            lambda: self.journal.people.delete(person_id) or True, parent=self, doing="delete the person"
        )
        if not done:
            return
        row = self.people_table.selectionModel().currentIndex().row()
        self.people_model.remove(person_id)
        self.opportunities.person_changed(person_id, None)
        self._show_state()
        nearby = min(row, self.people_proxy.rowCount() - 1)
        self._select_person(self.people_proxy.record(nearby).id if nearby >= 0 else None)  # the next one down
        self.session.notify("person", "interaction", "opportunity", "teaching", "handover", "adviser", origin=self)
        self.session.status.emit(f"Deleted {person.name}.")

    def log_conversation(self) -> None:
        if self.read_only_guard():
            return
        if self.people_model.rowCount() == 0:
            QMessageBox.information(self, "Nobody to talk to yet", "Add a person first, then log your talks with them.")
            return
        dialog = interaction_dialog(self, self.session, with_person=self._person_id)
        self._open(dialog, lambda saved: self._on_interaction_saved(saved, []))

    def edit_interaction(self) -> None:
        current = self.log.current()
        if current is not None and not self.read_only_guard():
            dialog = interaction_dialog(self, self.session, current)
            self._open(dialog, lambda saved: self._on_interaction_saved(saved, current.person_ids))

    def _on_interaction_saved(self, interaction: Interaction, before: list[int]) -> None:
        self._refresh_people([*interaction.person_ids, *before])
        if self._person_id is None or self._person_id not in [*interaction.person_ids, *before]:
            self._select_person(interaction.person_ids[0])  # logged for someone else: go to them
        else:
            self.log.show_saved(interaction)
        self.tabs.setCurrentIndex(0)
        self.log.select(interaction.id or 0)
        self._update_tab_titles()
        self.session.status.emit("Conversation saved.")

    def delete_interaction(self) -> None:
        current = self.log.current()
        if current is None or self.read_only_guard():
            return
        names = ", ".join(current.person_names)
        if not self.confirm_delete(
            f"the {current.kind.label.lower()} on {current.occurred_on.isoformat()} with {names}"
        ):
            return
        interaction_id = current.id or 0
        done = self.session.attempt(
            lambda: self.journal.people.delete_interaction(interaction_id) or True,
            parent=self,
            doing="delete the conversation",
        )
        if not done:
            return
        self.log.remove(interaction_id)
        self._refresh_people(current.person_ids)
        self._update_tab_titles()
        self.session.notify("interaction", "person", origin=self)
        self.session.status.emit("Conversation deleted.")

    def _new_opportunity(self) -> None:
        self.tabs.setCurrentWidget(self.opportunities)
        self.opportunities.new()

    def _on_opportunity_saved(self, opportunity: Opportunity) -> None:
        if opportunity.person_id is not None and self.people_model.row_of(opportunity.person_id) is None:
            self._refresh_people([opportunity.person_id])  # a new name typed in the dialog became a person
            self._show_state()

    def _update_enabled(self, *_args: object) -> None:
        writable = not self.session.read_only
        self.new_button.setEnabled(writable)
        self.empty_button.setEnabled(writable)
        self.log_button.setEnabled(writable and self.people_model.rowCount() > 0)
        for button in (self.card.log_button, self.card.edit_button, self.card.delete_button):
            button.setEnabled(writable and self._person_id is not None)
        for button in (self.log.edit_button, self.log.delete_button):
            button.setEnabled(writable and self.log.current() is not None)

    # -- remembered between runs ---------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        for key, splitter in self._splitters():
            settings.setValue(f"network/{key}", splitter.saveState())
        settings.setValue("network/people-columns", self.people_table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in self._splitters():
            if state := settings.value(f"network/{key}"):
                splitter.restoreState(state)
        header = self.people_table.horizontalHeader()
        if state := settings.value("network/people-columns"):
            header.restoreState(state)
            self.people_table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _splitters(self) -> list[tuple[str, QSplitter]]:
        return [
            ("splitter", self.splitter),
            ("detail-splitter", self.bottom_splitter),
            ("log-splitter", self.log.splitter),
        ]

    def focus_first(self) -> None:
        (self.people_table if self.stack.currentIndex() == 1 else self.empty_button).setFocus()
