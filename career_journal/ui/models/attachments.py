"""The files attached to one entry or goal: name, size and the day each was added."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.attachments import Attachment
from ..labels import fill
from ..widgets.text_label import tooltip_text
from .table import ID_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex


class AttachmentListModel(QAbstractTableModel):
    COL_NAME, COL_SIZE, COL_ADDED = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Column", "File"),
        QT_TRANSLATE_NOOP("Column", "Size"),
        QT_TRANSLATE_NOOP("Column", "Added"),
    )

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[Attachment] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Column", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.file_name, row.size_text, row.added_at[:10])[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            kind = f" · {row.media_type}" if row.media_type else ""
            return tooltip_text(fill(self.tr("%1\n%2%3. Double-click opens it."), row.file_name, row.size_text, kind))
        if role == RECORD_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def set_attachments(self, attachments: list[Attachment]) -> None:
        self.beginResetModel()
        self._rows = list(attachments)
        self.endResetModel()

    def append(self, attachment: Attachment) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(attachment)
        self.endInsertRows()

    def remove(self, attachment_id: int) -> None:
        for row, attachment in enumerate(self._rows):
            if attachment.id == attachment_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                return

    def attachments(self) -> list[Attachment]:
        return list(self._rows)
