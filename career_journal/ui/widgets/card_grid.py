"""Cards in as many columns as the width allows: three on a wide window, then two, then one."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget


class CardGrid(QWidget):
    """Cards laid out in reading order, reflowed to fewer columns when ``fit`` is given less room.

    The grid does not size itself from its own width: inside a scroll area
    that width follows the content. The page tells it the room it has.
    """

    def __init__(self, *, card_width: int = 300, max_columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_width = card_width
        self.max_columns = max_columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.cards: list[QWidget] = []
        self.columns = 0

    def add(self, card: QWidget) -> None:
        card.setMinimumWidth(self.card_width - 60)  # what fits one column of the narrowest layout
        self.cards.append(card)
        self._place(max(self.columns, 1))

    def columns_for(self, width: int) -> int:
        spacing = self.grid.horizontalSpacing()
        return max(1, min(self.max_columns, (width + spacing) // (self.card_width + spacing)))

    def fit(self, width: int) -> None:
        """Use as many columns as ``width`` pixels hold (at least one)."""
        columns = self.columns_for(width)
        if columns != self.columns:
            self._place(columns)

    def _place(self, columns: int) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for number, card in enumerate(self.cards):
            self.grid.addWidget(card, number // columns, number % columns)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        self.columns = columns
