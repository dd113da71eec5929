"""Buttons that keep only their icons when the panel holding them is narrow (a small window)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QLayout, QWidget


class _IconsWhenNarrow(QObject):
    def __init__(self, host: QWidget, buttons: Sequence[QAbstractButton], width: int) -> None:
        super().__init__(host)
        self.host = host
        self.width = width
        self.buttons = list(buttons)
        for button in self.buttons:
            button.setAccessibleName(button.text())  # the name stays when the words go (screen readers, tests)
            button.setToolTip(button.toolTip() or button.text())
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            narrow = self.host.width() < self.width
            for button in self.buttons:
                button.setText("" if narrow else button.accessibleName())
                holder = button.parentWidget()
                if holder is not None and holder.layout() is not None:
                    _invalidate_around(holder.layout(), button)  # a hidden tab's layouts keep their old minimum
        return False


def icons_only_when_narrow(host: QWidget, buttons: Sequence[QAbstractButton], width: int) -> None:
    """Below ``width`` of ``host``, the buttons show their icons only (their names stay in the tooltips)."""
    _IconsWhenNarrow(host, buttons, width)


def _invalidate_around(layout: QLayout, widget: QWidget) -> bool:
    """Invalidate the layouts from ``layout`` down to the one holding ``widget``; True when found."""
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item.widget() is widget or (item.layout() is not None and _invalidate_around(item.layout(), widget)):
            layout.invalidate()
            return True
    return False
