"""What the Network page shows while it is empty: what the page is for, and a button to add the first person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...widgets.cards import Card
from ...widgets.text_label import text_label

if TYPE_CHECKING:
    from ..base import Page


class NetworkWelcome(QWidget):
    """A card in the middle of the page; its button is made the page's way (``Page.button``)."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.card = card = Card(self.tr("Add the people you work with and what they are trying to achieve."), gap=True)
        card.setFixedWidth(640)
        card.title_label.setWordWrap(True)
        card.body.setContentsMargins(28, 24, 28, 24)
        card.body.setSpacing(12)
        for text in (
            "Treat each colleague as an internal customer or a strategic partner. Ask what they are working "
            "towards, log your conversations, and write down the leadership opportunities you spot together — "
            "then champion them from spotted to adopted.",
            "Start with the three people whose success matters most to your work.",
        ):
            card.body.addWidget(text_label(text, role="muted"))
        self.button = page.button(
            self.tr("Add the first person"), "add", primary=True, tip=self.tr("New person (Ctrl+Shift+N)")
        )
        card.body.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()  # no alignment flag: that would give the card its width-less size hint, clipping text
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
