"""Building a read-only table of records (one whole row selected at a time), and making one of its rows current."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

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
    return view


def select_row(table: QTableView, index: QModelIndex) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)
