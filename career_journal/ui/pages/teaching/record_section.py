"""A sortable record table with Edit/Delete above it, which gives way to a sentence when it has nothing to show."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...labels import fill
from ...models.table import ID_ROLE, RECORD_ROLE, Column, RecordFilterProxy, RecordTableModel
from ...widgets.record_table import fit_columns, show_cut_text_on_hover
from ...widgets.text_label import plain_label

Action = Callable[[], object]


class RecordSection(QWidget):
    """Widgets and Edit/Delete above a sortable record table, which gives way to a sentence when empty.

    Enter or double-click edits the selected row, the Delete key deletes it (the
    page asks first), and a right-click offers ``menu`` then Edit and Delete.
    """

    selection_changed = Signal()

    def __init__(
        self,
        what: str,
        columns: list[Column[Any]],
        lead: list[QWidget | None],
        make_button: Callable[..., QPushButton],
        *,
        edit: Action,
        delete: Action,
        key: Callable[[Any], int] = lambda r: r.id,
        menu: tuple[tuple[str, Action], ...] = (),
        sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
    ) -> None:
        super().__init__()
        self.model: RecordTableModel[Any] = RecordTableModel(columns, key=key, parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(f"{what.capitalize()}s")
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        show_cut_text_on_hover(table)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.sortByColumn(*sort)
        table.setSortingEnabled(True)
        table.activated.connect(lambda _index: edit())  # Enter, or a double-click
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(delete)
        self._menu_actions = (*menu, ("Edit…", edit), ("Delete", delete))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_menu)
        self.writable = True
        self.edit_button = make_button(
            self.tr("Edit"), "edit", tip=fill(self.tr("Edit the selected %1 (Enter or double-click)"), what)
        )
        self.edit_button.clicked.connect(edit)
        self.delete_button = make_button(
            self.tr("Delete"), "delete", tip=fill(self.tr("Delete the selected %1 (Delete)"), what)
        )
        self.delete_button.clicked.connect(delete)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        self.proxy.modelReset.connect(self._on_selection)
        self.proxy.rowsRemoved.connect(self._on_selection)

        self.hint = plain_label(role="muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        gap = QFrame()
        gap.setProperty("gap", True)
        QVBoxLayout(gap).addWidget(self.hint)
        self.stack = QStackedWidget()
        self.stack.addWidget(table)
        self.stack.addWidget(gap)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for widget in [*lead, self.edit_button, self.delete_button]:
            if widget is None:
                buttons.addStretch(1)  # None in ``lead`` pushes what follows to the right
            else:
                buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 4)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        self._on_selection()

    def show_table(self, shown: bool, hint: str = "") -> None:
        self.hint.setText(hint)
        self.stack.setCurrentIndex(0 if shown else 1)

    def size_columns(self, widths: dict[int, int], stretch: int, optional: list[int]) -> None:
        """Column widths; ``stretch`` takes the room left, and ``optional`` ones go (last first) when it is short."""
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)
        fit_columns(self.table, stretch, optional, minimum=140)

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self._on_selection()

    def _on_selection(self, *_args: object) -> None:
        chosen = self.writable and self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.selection_changed.emit()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, record_id: int | None) -> bool:
        """Select the record's row; False when it is not shown (absent or filtered out)."""
        row = self.model.row_of(record_id) if record_id is not None else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        return index.isValid()

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.select(self.proxy.index(0, 0).data(ID_ROLE))

    def _show_menu(self, at: QPoint) -> QMenu | None:
        if not self.table.indexAt(at).isValid():
            return None
        menu = QMenu(self)
        for text, slot in self._menu_actions:
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            action.setEnabled(self.writable)
        menu.popup(self.table.viewport().mapToGlobal(at))
        return menu
