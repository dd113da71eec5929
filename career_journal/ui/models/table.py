"""A table model over a list of domain records, for the lists that fit in memory.

Each page describes its columns once (title, how to show a record, how to
sort it). Saving one record updates one row: ``upsert`` emits dataChanged for
a record already shown and inserts a row for a new one; ``remove`` removes
one row. ``set_records`` resets, and is used only when a list is loaded.
Sorting and filtering go through a ``QSortFilterProxyModel`` on ``SORT_ROLE``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from ..widgets.text_label import tooltip_text

R = TypeVar("R")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain record of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the way a person expects
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the record's id
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None  # plain text: the model escapes it (tooltips are read as HTML)
    icon: Callable[[R], QIcon | None] | None = None
    color: Callable[[R], QColor | None] | None = None
    align_right: bool = False


def _sortable(value: Any) -> Any:
    """Qt compares QVariants; None and mixed types need a stand-in that orders last."""
    if value is None:
        return "\uffff"
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, tuple):
        return "\x1f".join(str(_sortable(v)).zfill(12) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: list[Column[R]], key: Callable[[R], int] = lambda r: r.id, parent=None) -> None:  # type: ignore[attr-defined]
        super().__init__(parent)
        self.columns = columns
        self._key = key
        self._records: list[R] = []

    # -- the Qt model ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return self._key(record)
        if role == SORT_ROLE:
            return _sortable(column.sort_key(record) if column.sort_key else column.text(record).casefold())
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return tooltip_text(column.tooltip(record)) or None
        if role == Qt.ItemDataRole.DecorationRole and column.icon:
            return column.icon(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.color:
            return column.color(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate("Column", self.columns[section].title)
        return None

    # -- keeping it in step with the journal ---------------------------------------
    @property
    def records(self) -> list[R]:
        return list(self._records)

    def set_records(self, records: Iterable[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if self._key(record) == record_id:
                return row
        return None

    def record_at(self, row: int) -> R:
        return self._records[row]

    def upsert(self, record: R) -> int:
        """Show a saved record: update its row, or add a row at the end; returns the row."""
        row = self.row_of(self._key(record))
        if row is None:
            row = len(self._records)
            self.beginInsertRows(QModelIndex(), row, row)
            self._records.append(record)
            self.endInsertRows()
        else:
            self._records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return row

    def remove(self, record_id: int) -> None:
        row = self.row_of(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        self.endRemoveRows()


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; filters rows whose shown text contains every typed word, in any column."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._accept: Callable[[Any], bool] | None = None

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, accept: Callable[[Any], bool] | None) -> None:
        """Keep only the records for which ``accept(record)`` is true (None: all)."""
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._accept is not None:
            record = model.index(source_row, 0, source_parent).data(RECORD_ROLE)
            if not self._accept(record):
                return False
        if not self._words:
            return True
        text = " ".join(
            str(model.index(source_row, column, source_parent).data() or "") for column in range(model.columnCount())
        ).casefold()
        return all(word in text for word in self._words)

    def record(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(RECORD_ROLE)
