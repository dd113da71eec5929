"""Cards: a titled panel on the Today and Team pages, and a list inside one whose rows open records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .text_label import plain_label, tooltip_text

RECORD = Qt.ItemDataRole.UserRole + 1  # (kind, id) of the record a row opens
DETAIL = Qt.ItemDataRole.UserRole + 2  # a second, quieter line under the row's text


class Row(NamedTuple):
    title: str
    detail: str
    kind: str
    record_id: int
    tip: str = ""


class TwoLineDelegate(QStyledItemDelegate):
    """The row's text, and under it its detail in the muted colour."""

    PAD = 5

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        detail = index.data(DETAIL)
        if not detail:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        rect = option.rect.adjusted(6, self.PAD, -6, -self.PAD)
        metrics = option.fontMetrics
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        title_font = QFont(option.font)
        title_font.setWeight(title_font.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(
            top, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        )
        painter.setFont(option.font)
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(muted))
        bottom = QRect(rect.left(), top.bottom() + 2, rect.width(), rect.bottom() - top.bottom() - 2)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), detail)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        detail = index.data(DETAIL)
        base = super().sizeHint(option, index)
        if not detail:
            return QSize(base.width(), base.height() + self.PAD)
        metrics = option.fontMetrics
        view = self.parent()
        shown = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        width = max((shown or 260) - 12, 120)
        lines = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), detail).height()
        return QSize(base.width(), metrics.height() + lines + 2 + 2 * self.PAD)


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None, *, gap: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("gap" if gap else "card", True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)
        self.title_label = plain_label(title, "card-title", wrap=False)
        self.body.addWidget(self.title_label)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)


class RecordList(QListWidget):
    """Rows that each open a record; an empty list shows a calm sentence instead."""

    open_record = Signal(str, int)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("cardlist")
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setItemDelegate(TwoLineDelegate(self))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def set_rows(self, rows: Iterable[Row | tuple[str, str, int, str]]) -> None:
        """Rows of ``Row`` (a title with a quieter detail line) or of (text, kind, id, tooltip)."""
        self.clear()
        for row in rows:
            if isinstance(row, Row):
                text, detail, kind, record_id, tip = row
            else:
                (text, kind, record_id, tip), detail = row, ""
            item = QListWidgetItem(text)
            item.setData(RECORD, (kind, record_id))
            if detail:
                item.setData(DETAIL, detail)
            if tip:
                item.setToolTip(tooltip_text(tip))
            self.addItem(item)
        if not self.count():
            placeholder = QListWidgetItem(self.empty_text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(placeholder)

    def records(self) -> list[tuple[str, int]]:
        return [self.item(r).data(RECORD) for r in range(self.count()) if self.item(r).data(RECORD)]

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(RECORD)
        if target:
            self.open_record.emit(*target)
