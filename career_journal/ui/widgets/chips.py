"""Buttons that wrap like words: chips for what is ticked in a list (each with its ✕), and rows of choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLayout, QLayoutItem, QToolButton, QWidget

from ..labels import fill


def button_text(text: str) -> str:
    """Text for a button as typed: a lone "&" would be read as a keyboard shortcut and vanish."""
    return text.replace("&", "&&")


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y, line_height = rect.x(), y + line_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class ChipRow(QWidget):
    """Chips for what is chosen; clicking one takes it away (``removed`` carries its key)."""

    removed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self)
        self.chips: list[QToolButton] = []
        self.hide()

    def set_chips(self, chips: list[tuple[str, Any]]) -> None:
        for chip in self.chips:
            self._flow.removeWidget(chip)
            chip.hide()  # at once: it is deleted only when the event loop next runs
            chip.deleteLater()
        self.chips = []
        for label, key in chips:
            chip = QToolButton()
            chip.setText(button_text(f"{label}  ✕"))
            chip.setToolTip(self.tr("Click to untick"))
            chip.setAccessibleName(fill(self.tr("Untick %1"), label))
            chip.setAutoRaise(False)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _checked=False, chosen=key: self.removed.emit(chosen))
            self._flow.addWidget(chip)
            self.chips.append(chip)
        self.setVisible(bool(chips))
        self._flow.invalidate()
        self.updateGeometry()
