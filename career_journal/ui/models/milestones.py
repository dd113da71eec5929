"""One goal's milestones, for the goal detail: ticking or renaming one is saved before the row changes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from ...domain.records import Milestone
from ..labels import fill
from ..widgets.text_label import tooltip_text
from .table import ID_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex


class MilestoneListModel(QAbstractTableModel):
    """One goal's milestones: the text with a check box, and the day each was done."""

    COL_TEXT, COL_DONE = range(2)

    def __init__(
        self,
        save: Callable[[Milestone], bool],
        today: Callable[[], date],
        parent=None,  # type: ignore[no-untyped-def]
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._today = today
        self._rows: list[Milestone] = []
        self.writable = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.writable and index.column() == self.COL_TEXT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        milestone = self._rows[index.row()]
        text_column = index.column() == self.COL_TEXT
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if text_column:
                return milestone.text
            return (
                fill(QCoreApplication.translate("MilestoneModel", "done %1"), milestone.done_on.isoformat())
                if milestone.done_on
                else ""
            )
        if role == Qt.ItemDataRole.ToolTipRole and text_column:
            return tooltip_text(milestone.text)  # the whole step, when a narrow pane cuts it short
        if role == Qt.ItemDataRole.CheckStateRole and text_column:
            return Qt.CheckState.Checked if milestone.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not text_column:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == RECORD_ROLE:
            return milestone
        if role == ID_ROLE:
            return milestone.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_TEXT or not self.writable:
            return False
        milestone = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done == milestone.done:
                return False
            changed = replace(milestone, done_on=self._today() if done else None)  # ticked today; unticked: no date
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if not text or text == milestone.text:
                return False
            changed = replace(milestone, text=text)  # a renamed milestone keeps the day it was done
        else:
            return False
        if not self._save(changed):
            return False  # the journal refused it: the row stays as it was
        self._rows[index.row()] = changed
        self.dataChanged.emit(index.siblingAtColumn(self.COL_TEXT), index.siblingAtColumn(self.COL_DONE))
        return True

    def set_milestones(self, milestones: Iterable[Milestone]) -> None:
        self.beginResetModel()
        self._rows = list(milestones)
        self.endResetModel()

    def row_of(self, milestone_id: int) -> int | None:
        return next((row for row, m in enumerate(self._rows) if m.id == milestone_id), None)

    def append(self, milestone: Milestone) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(milestone)
        self.endInsertRows()

    def remove(self, milestone_id: int) -> None:
        row = self.row_of(milestone_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        if self._rows:  # check boxes and editing come and go with it
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))
