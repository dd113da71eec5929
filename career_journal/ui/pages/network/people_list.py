"""The people list: the table of people, and the bar above it that filters them and says how many are shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QTableView, QWidget

from ....domain.enums import Relationship
from ....domain.records import Person
from ....domain.wording import count_of
from ...labels import counted, fill
from ...models.people import (
    COL_FOLLOW_UP,
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEEDS,
    COL_ORG,
    COL_RELATIONSHIP,
    PeopleModel,
    PeopleProxy,
    is_due,
)
from ...widgets.fields import EnumCombo
from ...widgets.record_table import fit_columns, record_table
from ...widgets.text_label import text_label

SEARCH_DELAY_MS = 200


def people_table(proxy: PeopleProxy) -> QTableView:
    """The people, sorted by name at first; what each is trying to achieve takes the room left."""
    table = record_table(proxy, "People")
    table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    header = table.horizontalHeader()
    fit_columns(table, COL_NEEDS, [COL_FOLLOW_UP, COL_ORG, COL_LAST_CONTACT, COL_RELATIONSHIP], minimum=140)
    for column, width in (
        (COL_NAME, 150),
        (COL_RELATIONSHIP, 125),
        (COL_ORG, 120),
        (COL_LAST_CONTACT, 100),
        (COL_FOLLOW_UP, 175),
    ):
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))  # a longer heading (Swedish) whole
    return table


class PeopleFilterBar(QWidget):
    """Sets the proxy's filter as the choices change (typing: once it pauses) and keeps the count in step."""

    def __init__(self, model: PeopleModel, proxy: PeopleProxy, today: Callable[[], date]) -> None:
        super().__init__()
        self._model, self._proxy, self._today = model, proxy, today
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter people: name, organisation, what they want… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter people"))
        self.relationship = EnumCombo(Relationship, none_text=self.tr("All relationships"))
        self.relationship.setAccessibleName(self.tr("Relationship"))
        self.due_only = QCheckBox(self.tr("Follow-up due"))
        self.due_only.setToolTip(self.tr("Only the people whose follow-up date has come"))
        self.count_label = text_label(role="muted", wrap=False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.relationship)
        row.addWidget(self.due_only)
        row.addStretch(0)
        row.addWidget(self.count_label)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._search_timer.start)
        self.relationship.currentIndexChanged.connect(self.apply)
        self.due_only.toggled.connect(self.apply)
        for rows_changed in (
            model.rowsInserted,
            model.rowsRemoved,
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.layoutChanged,
        ):
            rows_changed.connect(self.show_count)

    def apply(self, *_args: object) -> None:
        relationship, due, today = self.relationship.value(), self.due_only.isChecked(), self._today()

        def wanted(p: Person) -> bool:
            return (relationship is None or p.relationship is relationship) and (not due or is_due(p, today))

        self._proxy.set_filter(self.search.text(), wanted if relationship is not None or due else None)

    def clear(self) -> None:
        for widget in (self.search, self.relationship, self.due_only):
            widget.blockSignals(True)
        self.search.clear()
        self.relationship.set_value(None)
        self.due_only.setChecked(False)
        for widget in (self.search, self.relationship, self.due_only):
            widget.blockSignals(False)
        self.apply()

    def show_count(self, *_args: object) -> None:
        total, shown = self._model.rowCount(), self._proxy.rowCount()
        everyone = counted(self.tr("%n people", "", total), count_of(total, "person"))
        self.count_label.setText(everyone if shown == total else fill(self.tr("%1 of %2"), shown, everyone))

    def reveal(self, person_id: int | None) -> QModelIndex:
        """The person's row among those shown (clearing the filters if they hide them); None: the first row shown."""
        row = self._model.row_of(person_id) if person_id is not None else None
        index = self._proxy.mapFromSource(self._model.index(row, COL_NAME)) if row is not None else None
        if row is not None and not index.isValid():
            self.clear()
            index = self._proxy.mapFromSource(self._model.index(row, COL_NAME))
        if index is None or not index.isValid():
            index = self._proxy.index(0, COL_NAME)
        return index
