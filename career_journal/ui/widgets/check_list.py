"""A filterable list of check boxes: which people were in a meeting, what an entry is about.

The filter compares names as Ctrl+K does (accents and case aside). What is ticked
shows as chips above the list, so a ticked name the filter hides is still seen
(and a click on its chip unticks it). A filter that matches nothing offers the
close names ("Did you mean Sam Berg?") and, where new ones may be added, an
explicit "Add 'Sam Brg' as a new person", ticked at once and created on save.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.names import fold_name
from .chips import ChipRow
from .person_picker import CloseNames, NameHelp

NEW = Qt.ItemDataRole.UserRole + 1  # set on an item added by name, not yet in the journal
FOLDED = Qt.ItemDataRole.UserRole + 2  # the label as the filter compares it (folded once, not on each key)


class CheckList(QWidget):
    toggled = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "Filter", new_noun: str = "") -> None:
        """``new_noun`` ("person") lets a name that matches nothing be added as a new one of those."""
        super().__init__(parent)
        self.new_noun = new_noun
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(placeholder)
        self.help = NameHelp(noun=new_noun or "one")
        self.help.picked.connect(self._tick_suggested)
        self.help.add_new.connect(self._add_typed)
        self._close_names = CloseNames(self._suggest, self)
        self.chips = ChipRow()
        self.chips.removed.connect(lambda row: self.list.item(row).setCheckState(Qt.CheckState.Unchecked))
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.help)
        layout.addWidget(self.chips)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.list.itemChanged.connect(self._changed)

    def set_items(self, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        wanted = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for record_id, label in items:
            self._append(label, record_id, checked=record_id in wanted)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        self._show_chips()

    def _append(self, label: str, record_id: int | None, *, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setData(NEW, record_id is None)
        item.setData(FOLDED, fold_name(label))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def checked_ids(self) -> list[int]:
        """The ids of the ticked records already in the journal (names added as new are in ``new_names``)."""
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked and not item.data(NEW)
        ]

    def new_names(self) -> list[str]:
        """The names added here as new and still ticked: they become records when the dialog saves."""
        return [item.text() for item in self._items() if item.checkState() == Qt.CheckState.Checked and item.data(NEW)]

    def checked_labels(self) -> list[str]:
        return [item.text() for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, record_id: int, checked: bool = True) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == record_id and not item.data(NEW):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _changed(self, _item: QListWidgetItem) -> None:
        self._show_chips()
        self.toggled.emit()

    def _show_chips(self) -> None:
        self.chips.set_chips(
            [(item.text(), row) for row, item in enumerate(self._items()) if item.checkState() == Qt.CheckState.Checked]
        )

    def _apply_filter(self, text: str) -> None:
        words = fold_name(text).split()
        for item in self._items():
            label = item.data(FOLDED)
            item.setHidden(not all(word in label for word in words))
        self._offer(text.strip())

    def _offer(self, typed: str) -> None:
        """When the filter hides everything: the close names (from a worker when there are many), and "Add…"."""
        self._close_names.cancel()
        items = self._items()
        if not typed or any(not item.isHidden() for item in items):
            self.help.clear()
            return
        self.help.show_unknown(typed, [], accepted=False, can_add=bool(self.new_noun))
        self._close_names.ask(typed, [item.text() for item in items])

    def _suggest(self, typed: str, close: list[str]) -> None:
        if typed != self.filter.text().strip():
            return
        labels = [item.text() for item in self._items()]
        options = [(label, labels.index(label)) for label in close]
        self.help.show_unknown(typed, options, accepted=False, can_add=bool(self.new_noun))

    def _tick_suggested(self, row: int) -> None:
        self.list.item(row).setCheckState(Qt.CheckState.Checked)
        self.filter.clear()
        self.filter.setFocus()

    def _add_typed(self) -> None:
        name = " ".join(self.filter.text().split())
        if name:
            self._append(name, None, checked=True)  # itemChanged is not sent for a new item: chips by hand
            self._show_chips()
            self.toggled.emit()
            self.filter.clear()
            self.filter.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the filter ticks the only match, and goes no further (it must not save a dialog)."""
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        if watched is self.filter and enter:
            self._toggle_only_match()
            return True
        return super().eventFilter(watched, event)

    def _toggle_only_match(self) -> None:
        """Enter in the filter ticks the one item left showing: type a name, press Enter."""
        shown = [item for item in self._items() if not item.isHidden()]
        if len(shown) == 1:
            item = shown[0]
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            self.filter.clear()
