"""The timeline as a list: every kind of record, newest first, a keyset page at a time as the list scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.timeline import PAGE, TimelineFilter, TimelineItem
from ...storage.journal import Journal
from ..labels import label_of
from .table import ID_ROLE, RECORD_ROLE

KIND_ROLE = Qt.ItemDataRole.UserRole + 20  # the record's kind ("entry", "person"…)
Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    def __init__(self, journal: Journal, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.journal = journal
        self.filters = TimelineFilter()
        self._rows: list[TimelineItem] = []
        self._more = False

    def reload(self, filters: TimelineFilter | None = None) -> None:
        """Start again from the newest record (new filters, or the journal changed)."""
        if filters is not None:
            self.filters = filters
        self.beginResetModel()
        self._rows = self.journal.timeline.page(self.filters, limit=PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def count(self) -> int:
        """Records the filters let through, loaded or not."""
        return self.journal.timeline.count(self.filters)

    def item(self, row: int) -> TimelineItem:
        return self._rows[row]

    def row_of(self, kind: str, record_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.kind == kind and r.record_id == record_id), None)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        more = self.journal.timeline.page(self.filters, after=self._rows[-1].cursor, limit=PAGE)
        self._more = len(more) == PAGE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return None  # the delegate's own plain-text tooltip (a title can hold "<" and "&")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            private = ", private" if row.private else ""
            return f"{row.day.isoformat()}, {label_of(row.kind)}: {row.title}. {row.detail}{private}"
        if role == RECORD_ROLE:
            return row
        if role == ID_ROLE:
            return row.record_id
        if role == KIND_ROLE:
            return row.kind.value
        return None
