"""Models for the people: their columns, a model that keeps them sorted in one pass, a proxy that filters fast."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ...domain.records import Person
from ..icons import icon
from ..labels import fill, label_of
from ..theme import WARM
from ..widgets.text_label import one_line
from ..words import relative_day
from .table import Column, RecordFilterProxy, RecordTableModel

COL_NAME, COL_RELATIONSHIP, COL_ORG, COL_NEEDS, COL_LAST_CONTACT, COL_FOLLOW_UP = range(6)


def is_due(person: Person, today: date) -> bool:
    return person.follow_up is not None and person.follow_up <= today


def longest_waiting(people: Iterable[Person], today: date) -> int | None:
    """The person whose follow-up is most overdue: the first one to see when the page opens."""
    due = [p for p in people if is_due(p, today)]
    return min(due, key=lambda p: (p.follow_up, p.name.casefold())).id if due else None


def people_columns(today: Callable[[], date]) -> list[Column[Person]]:
    def follow_up(person: Person) -> str:
        if person.follow_up is None:
            return ""
        late = (today() - person.follow_up).days
        overdue = QCoreApplication.translate("people", " · overdue")
        return person.follow_up.isoformat() + (
            overdue if late > 0 else QCoreApplication.translate("people", " · today") if late == 0 else ""
        )

    def due_tip(person: Person) -> str:
        return (
            fill(QCoreApplication.translate("people", "Follow up %1"), relative_day(person.follow_up, today()))
            if person.follow_up
            else ""
        )

    return [
        Column(
            QT_TRANSLATE_NOOP("Column", "Name"),
            lambda p: p.name,
            tooltip=lambda p: " · ".join(x for x in (p.role, p.org) if x),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Relationship"),
            lambda p: label_of(p.relationship) if p.relationship else "",
            sort_key=lambda p: label_of(p.relationship).casefold() if p.relationship else None,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Organisation"), lambda p: p.org),
        Column(
            QT_TRANSLATE_NOOP("Column", "Trying to achieve"), lambda p: one_line(p.needs), tooltip=lambda p: p.needs
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Last contact"),
            lambda p: p.last_contact.isoformat() if p.last_contact else "",
            lambda p: p.last_contact,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Next follow-up"),
            follow_up,
            sort_key=lambda p: p.follow_up,
            tooltip=due_tip,
            icon=lambda p: icon("alert", QColor(WARM)) if is_due(p, today()) else None,
            color=lambda p: QColor(WARM) if is_due(p, today()) else None,
        ),
    ]


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

    def __init__(self, parent: QObject | None = None) -> None:
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
        relationship = label_of(person.relationship) if person.relationship else ""
        text = f"{person.name} {person.org} {person.role} {relationship} {person.needs} {person.email}".casefold()
        return all(word in text for word in self._typed)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model keeps the order (one pass in Python); the proxy only filters."""
        self.sourceModel().sort(column, order)
