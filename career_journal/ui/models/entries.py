"""The journal list: a decade of entries, read a page at a time as the list scrolls.

Rows are what ``EntrySummary`` holds (no text), so scrolling to the end of
100,000 entries holds a few megabytes. Each is kept as a plain tuple of plain
values, which Python's garbage collector stops looking at once it has seen it:
as objects, a decade of rows made every full collection a visible pause while
scrolling. Sorting asks the journal for a new order (every order is backed by
an index); saving one entry changes one row.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.enums import EntryKind
from ...domain.queries import EntryCursor, EntryFilter, EntrySort
from ...domain.records import Entry, EntrySummary
from ...storage.journal import Journal
from ..icons import icon
from ..labels import label_of
from .table import ID_ROLE, RECORD_ROLE

COL_DATE, COL_TITLE, COL_KIND, COL_TAGS = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("Column", "Date"),
    QT_TRANSLATE_NOOP("Column", "Title"),
    QT_TRANSLATE_NOOP("Column", "Kind"),
    QT_TRANSLATE_NOOP("Column", "Tags"),
)
SORTS = {COL_DATE: EntrySort.DATE, COL_TITLE: EntrySort.TITLE, COL_KIND: EntrySort.KIND}
PAGE = 200
Index = QModelIndex | QPersistentModelIndex
# A row: (id, entry_date, title, kind value, tags, private, starred), atoms only.
Row = tuple[int, date, str, str, tuple[str, ...], bool, bool]
_ID, _DATE, _TITLE, _KIND, _TAGS, _PRIVATE, _STARRED = range(7)


def _row(summary: EntrySummary) -> Row:
    return (
        summary.id,
        summary.entry_date,
        summary.title,
        EntryKind(summary.kind).value,
        tuple(summary.tags),
        summary.private,
        summary.starred,
    )


def _summary(row: Row) -> EntrySummary:
    return EntrySummary(row[_ID], row[_DATE], row[_TITLE], EntryKind(row[_KIND]), list(row[_TAGS]), *row[_PRIVATE:])


class EntryListModel(QAbstractTableModel):
    def __init__(self, journal: Journal, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.journal = journal
        self.filters = EntryFilter()
        self.sort_by = EntrySort.DATE
        self.descending = True
        self._rows: list[Row] = []
        self._total = 0
        self.reload()

    # -- reading -----------------------------------------------------------------
    def reload(self, filters: EntryFilter | None = None) -> None:
        """Start again from the top (new filters or a new order)."""
        if filters is not None:
            self.filters = filters
        self.beginResetModel()
        self._total = self.journal.entries.count(self.filters)
        self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[Row]:
        return [
            _row(summary)
            for summary in self.journal.entries.summaries(
                self.filters, sort=self.sort_by, descending=self.descending, offset=offset, limit=PAGE
            )
        ]

    @property
    def total(self) -> int:
        """Entries matching the filters, loaded or not."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        if self.sort_by is EntrySort.DATE and self._rows:
            # Deep in a decade of notes, an offset costs a walk past every row above it.
            last = self._rows[-1]
            after = EntryCursor(last[_DATE], last[_ID])
            pages = self.journal.entries.summaries(self.filters, descending=self.descending, limit=PAGE, after=after)
            more = [_row(summary) for summary in pages]
        else:
            more = self._page(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORTS:
            return
        self.sort_by = SORTS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- the Qt model ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section < len(HEADERS):
            return QCoreApplication.translate("Column", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATE:
                return row[_DATE].isoformat()
            if column == COL_TITLE:
                return row[_TITLE] or "(untitled)"
            if column == COL_KIND:
                return label_of(EntryKind(row[_KIND]))
            if column == COL_TAGS:
                return ", ".join(row[_TAGS])
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TITLE:
            if row[_PRIVATE]:
                return icon("lock")
            if row[_STARRED]:
                return icon("star")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            flags = (("Private: never exported unless you ask", row[_PRIVATE]), ("Starred", row[_STARRED]))
            return "; ".join(text for text, on in flags if on) or None
        if role == RECORD_ROLE:
            return _summary(row)
        if role == ID_ROLE:
            return row[_ID]
        return None

    # -- one save, one row -------------------------------------------------------
    def row_of(self, entry_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row[_ID] == entry_id:
                return number
        return None

    def entry_saved(self, entry: Entry) -> int | None:
        """Show a saved entry where the current order and filters put it; returns its row, if loaded."""
        assert entry.id is not None
        summary = _row(self.journal.entries.summary(entry.id))
        current = self.row_of(entry.id)
        wanted = self._position(entry.id)
        if current is not None:
            self.beginRemoveRows(QModelIndex(), current, current)
            del self._rows[current]
            self.endRemoveRows()
            self._total -= 1
        if wanted is None:
            return None
        self._total += 1
        if wanted > len(self._rows):
            return None  # further down than loaded: it arrives when the list scrolls there
        self.beginInsertRows(QModelIndex(), wanted, wanted)
        self._rows.insert(wanted, summary)
        self.endInsertRows()
        return wanted

    def entry_deleted(self, entry_id: int) -> None:
        current = self.row_of(entry_id)
        if current is not None:
            self.beginRemoveRows(QModelIndex(), current, current)
            del self._rows[current]
            self.endRemoveRows()
        self._total = self.journal.entries.count(self.filters)

    def _position(self, entry_id: int) -> int | None:
        """Where the entry sits in the current order, or None when the filters hide it."""
        newest_first = self.journal.entries.position(entry_id, self.filters)
        if newest_first is None or (self.sort_by is EntrySort.DATE and self.descending):
            return newest_first
        # Other orders: look for it among the loaded rows and the page after them.
        for offset in range(0, len(self._rows) + PAGE, PAGE):
            for number, row in enumerate(self._page(offset)):
                if row[_ID] == entry_id:
                    return offset + number
        return len(self._rows) + 1  # further down than loaded
