"""Network: the people you work with, what they are trying to achieve, your conversations, the opportunities found.

Colleagues are internal customers and strategic partners (idea 4): the heart
of the page is what each person is trying to achieve. The people list stays
in memory and is filtered by a proxy, so a network of thousands filters as
you type; a save changes only the rows it touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QScrollArea, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ....domain.enums import RecordKind
from ....domain.followups import FollowUps
from ....domain.records import Interaction, Opportunity, Person
from ...dialogs.people_forms import interaction_dialog, person_dialog
from ...dialogs.record_form import RecordDialog
from ...labels import fill, label_of
from ...models.people import PeopleModel, PeopleProxy, longest_waiting, people_columns
from ...session import Session
from ...widgets.record_table import select_row
from ..base import Page
from .conversation_log import ConversationLog
from .people_list import PeopleFilterBar, people_table
from .person_card import PersonCard
from .pipeline import OpportunityPanel
from .welcome import NetworkWelcome

CARD_MIN_WIDTH = 280  # the person's card keeps this much beside the conversations in a small window


class NetworkPage(Page):
    name = "network"
    title = "Network"
    icon_name = "network"
    watches = frozenset({"person", "interaction", "opportunity", "adviser", "teaching"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer, buttons = self.header(
            self.tr(
                "Treat colleagues as internal customers and partners: ask what they are trying to achieve, "
                "and champion the opportunities you find together."
            )
        )
        self.log_button = self.button(
            self.tr("Log a conversation…"), "calendar", tip=self.tr("Log a conversation (Ctrl+Shift+L)")
        )
        self.new_button = self.button(
            self.tr("New person"), "add", primary=True, tip=self.tr("Add someone you work with (Ctrl+Shift+N)")
        )
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.new_button)
        self.dialog: RecordDialog | None = None  # the dialog opened last (tests fill it in)
        self._person_id: int | None = None
        self._selecting = False
        self.stack = QStackedWidget()
        welcome = NetworkWelcome(self)
        self.empty_card, self.empty_button = welcome.card, welcome.button
        self.stack.addWidget(welcome)
        self.stack.addWidget(self._content())
        outer.addWidget(self.stack, 1)
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

    def _content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.people_model = PeopleModel(people_columns(self.session.today), parent=self)
        self.people_proxy = PeopleProxy(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.filters = PeopleFilterBar(self.people_model, self.people_proxy, self.session.today)
        self.search, self.relationship = self.filters.search, self.filters.relationship
        self.due_only, self.count_label = self.filters.due_only, self.filters.count_label
        layout.addWidget(self.filters)
        self.people_table = people_table(self.people_proxy)

        self.card = PersonCard(self)
        card_scroll = QScrollArea()
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        card_scroll.setWidget(self.card)
        card_scroll.setMinimumWidth(CARD_MIN_WIDTH)
        self.card.fit_buttons_to(card_scroll)
        card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps instead
        self.tabs = QTabWidget()
        self.log = ConversationLog(self)
        self.tabs.addTab(self.log, self.tr("Conversations"))
        self.opportunities = OpportunityPanel(self.session, self)
        self.tabs.addTab(self.opportunities, self.tr("Opportunities"))
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.addWidget(card_scroll)
        self.bottom_splitter.addWidget(self.tabs)
        self.bottom_splitter.setStretchFactor(0, 2)  # a narrower window narrows both, the card a little less
        self.bottom_splitter.setStretchFactor(1, 3)
        self.bottom_splitter.setChildrenCollapsible(False)
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
        self.filters.apply()  # before the rows arrive, so they are filtered once (today may have moved)
        self.people_model.set_records(self.journal.people.list())
        self.opportunities.set_opportunities(self.journal.people.opportunities())
        self._show_state()
        first = longest_waiting(self.people_model.records, self.session.today())
        self._select_person(self._person_id if self._person_id is not None else first)

    def _show_state(self) -> None:
        empty = self.people_model.rowCount() == 0 and not self.opportunities.records
        self.stack.setCurrentIndex(0 if empty else 1)
        self.filters.show_count()
        self._update_enabled()

    def _update_tab_titles(self, *_args: object) -> None:
        self.tabs.setTabText(
            0,
            fill(self.tr("Conversations (%1)"), self.log.model.rowCount())
            if self._person_id
            else self.tr("Conversations"),
        )
        self.tabs.setTabText(1, fill(self.tr("Opportunities (%1)"), self.opportunities.count_with(self._person_id)))

    def _on_opportunities_updated(self) -> None:
        self._show_card(self._person())
        self._update_tab_titles()

    @classmethod
    def badge_for(cls, session: Session, due: FollowUps) -> int | None:
        return len(due.people) or None

    # -- choosing a person -------------------------------------------------------------------------
    def _person(self) -> Person | None:
        row = self.people_model.row_of(self._person_id) if self._person_id is not None else None
        return self.people_model.record_at(row) if row is not None else None

    def _select_person(self, person_id: int | None) -> None:
        """Make this person current (widening the filters if they hide them); None: the first shown."""
        index = self.filters.reveal(person_id)
        self._selecting = True
        try:
            if index.isValid():
                select_row(self.people_table, index)
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
        linked = [  # what goes with them: (how many, said of one, said of several)
            (
                sum(1 for i in self.log.records if i.person_ids == [person_id]),
                "conversation only they were in",
                "conversations only they were in",
            ),
            (len(self.journal.skills.teachings(person_id=person_id)), "teaching record", "teaching records"),
            (sum(1 for h in self.journal.skills.handovers() if h.person_id == person_id), "handover", "handovers"),
            (
                sum(1 for a in self.journal.people.advisers() if a.person_id == person_id),
                "role on your team",
                "roles on your team",
            ),
        ]
        parts = [f"{count} {one if count == 1 else several}" for count, one, several in linked if count]
        listed = " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
        going = f", with {listed}" if listed else ""
        row = self.people_table.selectionModel().currentIndex().row()
        if not self.delete_record(RecordKind.PERSON, person_id, f"{person.name}{going}", what=person.name):
            return
        self.people_model.remove(person_id)
        self.opportunities.person_changed(person_id, None)
        self._show_state()
        nearby = min(row, self.people_proxy.rowCount() - 1)
        self._select_person(self.people_proxy.record(nearby).id if nearby >= 0 else None)  # the next one down
        self.session.notify("person", "interaction", "opportunity", "teaching", "handover", "adviser", origin=self)

    def log_conversation(self) -> None:
        if self.read_only_guard():
            return
        if self.people_model.rowCount() == 0:
            QMessageBox.information(
                self, self.tr("Nobody to talk to yet"), self.tr("Add a person first, then log your talks with them.")
            )
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
        self.session.status.emit(self.tr("Conversation saved."))

    def delete_interaction(self) -> None:
        current = self.log.current()
        if current is None or self.read_only_guard():
            return
        names = ", ".join(current.person_names)
        interaction_id = current.id or 0
        what = fill(
            self.tr("the %1 on %2 with %3"), label_of(current.kind).lower(), current.occurred_on.isoformat(), names
        )
        if not self.delete_record(RecordKind.INTERACTION, interaction_id, what):
            return
        self.log.remove(interaction_id)
        self._refresh_people(current.person_ids)
        self._update_tab_titles()
        self.session.notify("interaction", "person", origin=self)

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
