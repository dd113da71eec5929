"""Labels and the small text helpers every page uses.

``text_label`` is for a person's own words: plain text (never read as HTML),
selectable, optionally larger or bold. ``note_label`` is for the app's own words.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def text_label(text: str = "", *, role: str = "", wrap: bool = True, scale: float = 1.0, bold: bool = False) -> QLabel:
    made = QLabel(text)
    if scale != 1.0 or bold:
        font = QFont(made.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        made.setFont(font)
    made.setTextFormat(Qt.TextFormat.PlainText)  # the person's words, never read as HTML
    made.setWordWrap(wrap)
    made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        made.setProperty("role", role)
    return made


def note_label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A label for the app's own words, styled by ``role`` (muted, card-title, error…)."""
    made = QLabel(text)
    made.setProperty("role", role)
    made.setWordWrap(wrap)
    return made


def one_line(text: str) -> str:
    """The text with its line breaks and runs of spaces folded to single spaces."""
    return " ".join(text.split())


def saved_at_text(saved_at: str) -> str:
    """When something was kept, the way a person says it: "14:02", or the day as well when it was not today."""
    try:
        stamp = datetime.fromisoformat(saved_at)
    except ValueError:
        return "earlier"
    return f"{stamp:%H:%M}" if stamp.date() == datetime.now(stamp.tzinfo).date() else f"{stamp:%A %d %B, %H:%M}"
