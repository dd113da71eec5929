"""A choice shown as a row of buttons (Note | Win | Lesson | Meeting), picked with a click or Alt and its letter."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ..icons import icon

# Local to the row, so the app's theme stays as it is; palette colours follow light and dark.
SEGMENT_STYLE = (
    "QPushButton { padding: 3px 10px; border: 1px solid palette(mid); border-radius: 6px;"
    " background: palette(button); }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); font-weight: 600; }"
)


SEGMENT_PADDING = 2 * 10 + 2 * 1 + 6  # the style's padding and border, and a little air


def _checked_width(button: QPushButton, label: str) -> int:
    """Room for the label in the checked button's bold, so a long word (Anteckning) is not cut when picked."""
    bold = QFont(button.font())
    bold.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(bold).horizontalAdvance(label.replace("&", "")) + SEGMENT_PADDING


class Segments(QWidget):
    """One of a few values, each a checkable button; ``&`` in a label gives it Alt+letter.

    ``keep_focus`` leaves the keyboard where it was when a button is picked by
    its letter, so Alt+W in a text box picks "Win" and the typing goes on.
    """

    changed = Signal(object)  # the value picked

    def __init__(
        self, choices: Iterable[tuple[str, Any]], parent: QWidget | None = None, *, keep_focus: bool = False
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(SEGMENT_STYLE)
        self._values: list[Any] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for label, value in choices:
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(label.replace("&", ""))
            button.setMinimumWidth(_checked_width(button, label))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            if keep_focus:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard where it was
            self.group.addButton(button, len(self._values))
            self._values.append(value)
            self.buttons.append(button)
            row.addWidget(button)
        if self.buttons:
            self.buttons[0].setChecked(True)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.changed.emit(self._values[index])

    def value(self) -> Any:
        index = self.group.checkedId()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        if value in self._values:
            self.buttons[self._values.index(value)].setChecked(True)

    def button_for(self, value: Any) -> QPushButton:
        return self.buttons[self._values.index(value)]


def toggle(text: str, icon_name: str = "", *, keep_focus: bool = False) -> QPushButton:
    """An on/off choice drawn like a segment: filled when on, so its state reads at a glance in light and dark.

    (A check box's empty square all but disappears on a dark card.)
    """
    button = QPushButton(text)
    button.setCheckable(True)
    button.setAutoDefault(False)
    button.setStyleSheet(SEGMENT_STYLE)
    button.setAccessibleName(text.replace("&", ""))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if keep_focus:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if icon_name:
        # Coloured when painted, so a switch between light and dark after the button is made reaches it.
        button.setIcon(icon(icon_name, QPalette.ColorRole.ButtonText, checked=QPalette.ColorRole.HighlightedText))
    return button
