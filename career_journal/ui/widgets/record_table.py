"""Building a read-only table of records (one whole row selected at a time), and making one of its rows current.

A cell too narrow for its text ends in "…" and shows the whole text in a
tooltip. A table can give up columns, least wanted first, when the window is
too narrow for them all (``fit_columns``), rather than cut its main column to
a few letters or scroll sideways.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QTreeView

from .text_label import tooltip_text

CELL_PADDING = 14  # a cell's margins, beyond the width of its text and icon

T = TypeVar("T", bound=QTableView)


def record_table(
    model: object,
    name: str,
    table: T | None = None,
    *,
    sort_by: int | None = None,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> T | QTableView:
    """Set up ``table`` (a new QTableView by default) the way every list of records looks and sorts."""
    view: QTableView = table if table is not None else QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    if sort_by is not None:
        view.horizontalHeader().setSortIndicator(sort_by, order)
    view.setSortingEnabled(True)
    show_cut_text_on_hover(view)
    return view


class _CutTextTips(QObject):
    """The whole text of a cell cut short with "…", as its tooltip (a cell with its own tooltip keeps it)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not is_cut(self.view, index, text):
            return False  # what the view shows without us (its own tooltip, or none)
        QToolTip.showText(event.globalPos(), tooltip_text(text), self.view.viewport())
        return True


def show_cut_text_on_hover(view: QAbstractItemView) -> None:
    view.viewport().installEventFilter(_CutTextTips(view))


def is_cut(view: QAbstractItemView, index: QModelIndex, text: str) -> bool:
    """Whether the cell is too narrow for its text (so it is shown ending in "…")."""
    room = view.visualRect(index).width() - CELL_PADDING
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= view.iconSize().width() if view.iconSize().isValid() else 16
    widest = max((view.fontMetrics().horizontalAdvance(line) for line in text.splitlines()), default=0)
    return widest > room


class _ColumnFitter(QObject):
    def __init__(self, view: QTableView | QTreeView, stretch: int, optional: Sequence[int], minimum: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.optional = list(optional)
        self.minimum = minimum
        self.widths: dict[int, int] = {}  # the width each optional column had when it was last shown
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        header = _header(self.view)
        for column in self.optional:
            if not header.isSectionHidden(column):
                self.widths[column] = header.sectionSize(column)
        kept = [c for c in range(header.count()) if c != self.stretch and c not in self.optional]
        # The view's own size: this runs before the view resizes its viewport.
        scroll_bar = self.view.verticalScrollBar()
        inside = self.view.width() - 2 * self.view.frameWidth() - (scroll_bar.width() if scroll_bar.isVisible() else 0)
        room = inside - self.minimum - sum(header.sectionSize(c) for c in kept)
        for number, column in enumerate(self.optional):  # the first listed is wanted most
            needed = sum(self.widths.get(c, header.defaultSectionSize()) for c in self.optional[: number + 1])
            self.view.setColumnHidden(column, needed > room)


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def fit_columns(view: QTableView | QTreeView, stretch: int, optional: Sequence[int], *, minimum: int = 160) -> None:
    """Keep ``stretch`` at least ``minimum`` wide by hiding ``optional`` columns, the last listed first."""
    _header(view).setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    _ColumnFitter(view, stretch, optional, minimum)


def select_row(table: QTableView, index: QModelIndex) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)
