"""Journal: every entry, newest first, with filters; the selected one open in the editor beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QSplitter, QWidget

from ....domain.attachments import Owner
from ....domain.enums import EntryKind, RecordKind
from ....domain.errors import RecordNotFound
from ....domain.queries import EntryFilter
from ....domain.records import Entry
from ....domain.wording import count_of
from ...labels import counted, fill
from ...models.entries import COL_DATE, COL_KIND, COL_TAGS, COL_TITLE, EntryListModel
from ...models.table import ID_ROLE
from ...session import Session
from ...widgets.fields import ChoiceCombo, DateField, EnumCombo
from ...widgets.record_table import fit_columns, record_table
from ...widgets.text_label import plain_label
from ..base import Page
from .editor import EntryEditor

# Beyond this many rows down, opening an entry from search does not scroll the list to it.
SCROLL_TO_LIMIT = 5000


class JournalPage(Page):
    name = "journal"
    title = "Journal"
    icon_name = "journal"
    watches = frozenset({"entry", "person", "goal", "skill"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer, buttons = self.header()
        self.new_button = self.button(self.tr("New entry"), "add", primary=True, tip=self.tr("New entry (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button = self.button(self.tr("Delete"), "delete", tip=self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.new_button)

        filters = QHBoxLayout()
        filters.setSpacing(6)  # five filters side by side in a 900-pixel window
        self.date_from = DateField(empty_text=self.tr("From: any day"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = DateField(empty_text=self.tr("To: any day"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.kind = EnumCombo(EntryKind, none_text=self.tr("All kinds"))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.privacy = ChoiceCombo(
            [(self.tr("Shareable only"), False), (self.tr("Private only"), True)],
            none_text=self.tr("Private and shareable"),
        )
        self.privacy.setAccessibleName(self.tr("Private or shareable"))
        for combo in (self.kind, self.privacy):  # their few fixed words stay whole; the tags list gives way
            combo.setMinimumWidth(combo.sizeHint().width())
        self.count_label = plain_label(role="muted", wrap=False)
        for widget in (self.date_from, self.date_to, self.tag, self.kind, self.privacy):
            filters.addWidget(widget)
        filters.addStretch(1)
        outer.addLayout(filters)
        buttons.insertWidget(0, self.count_label)  # beside the title, so the filters fit a small window

        self.model = EntryListModel(self.journal, self)
        self.table = record_table(self.model, "Entries", sort_by=COL_DATE, order=Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        fit_columns(self.table, COL_TITLE, [COL_KIND, COL_TAGS], minimum=150)
        for column in (COL_DATE, COL_KIND, COL_TAGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_DATE, 88)
        header.resizeSection(COL_KIND, 80)
        header.resizeSection(COL_TAGS, 110)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.editor = EntryEditor(session)
        self.editor.saved.connect(self._on_saved)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 590])
        outer.addWidget(self.splitter, 1)

        for widget in (self.date_from, self.date_to):
            widget.date_changed.connect(self.apply_filters)
        for combo in (self.tag, self.kind, self.privacy):
            combo.currentIndexChanged.connect(self.apply_filters)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self._selecting = False
        self._opened_once = False  # the first look at the page opens the newest entry

    # -- loading -------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_tags()
        self.model.reload(self._filters())
        self._show_count()
        first_look, self._opened_once = not self._opened_once, True
        if self.editor.entry is not None and not self.editor.dirty:
            self._open(self.editor.entry.id or 0)  # as saved now (it may have been edited elsewhere)
        elif first_look and not self.editor.dirty and self.model.rowCount():
            self._open(self.model.index(0, COL_TITLE).data(ID_ROLE))  # the page opens on the newest entry
        else:
            self._select(self.editor.entry.id if self.editor.entry else None)
        self._update_enabled()

    def _fill_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag, count in self.journal.entries.tags():
            self.tag.addItem(f"{tag} ({count})", tag)
        self.tag.setCurrentIndex(max(self.tag.findData(current), 0))
        self.tag.blockSignals(False)

    def _filters(self) -> EntryFilter:
        return EntryFilter(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            tag=self.tag.currentData(),
            kind=self.kind.value(),
            private=self.privacy.value(),
        )

    def apply_filters(self) -> None:
        self.model.reload(self._filters())
        self._show_count()
        self._select(self.editor.entry.id if self.editor.entry else None)

    def clear_filters(self) -> None:
        for widget in (self.date_from, self.date_to):
            widget.blockSignals(True)
            widget.set_value(None)
            widget.blockSignals(False)
        for combo in (self.tag, self.kind, self.privacy):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(counted(self.tr("%n entries", "", total), count_of(total, "entry")))

    # -- choosing an entry -------------------------------------------------------------
    # The list's highlighted row and the editor always show the same entry: a click that would leave
    # unsaved changes asks first (Save, Discard or Cancel), and Cancel puts the highlight back.
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        entry_id = current.data(ID_ROLE)
        if (self.editor.entry is None or self.editor.entry.id != entry_id) and not self.editor.may_leave():
            # After the click or key press has finished selecting its row: put the highlight back.
            staying = self.editor.entry.id if self.editor.entry else None
            QTimer.singleShot(0, lambda: self._select(staying))
            return
        self._open(entry_id)

    def _open(self, entry_id: int) -> None:
        """Show the entry in the editor and highlight its row (nothing highlighted when it is gone)."""
        try:
            entry = self.journal.entries.get(entry_id)
        except RecordNotFound:
            self.editor.load(None)
            self._select(None)
            return
        self.editor.load(entry)
        self._select(entry_id)

    def _select(self, entry_id: int | None) -> None:
        """Highlight the entry in the list, fetching pages down to it when it is not far; None: no row."""
        self._selecting = True
        try:
            row = None if entry_id is None else self.model.row_of(entry_id)
            while (
                entry_id is not None
                and row is None
                and self.model.canFetchMore()
                and self.model.rowCount() < SCROLL_TO_LIMIT
            ):
                self.model.fetchMore()
                row = self.model.row_of(entry_id)
            if row is None:
                # No current row either: a click on the row that was current must open it.
                self.table.selectionModel().clear()
                return
            index = self.model.index(row, COL_TITLE)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        finally:
            self._selecting = False

    def show_record(self, kind: str, record_id: int) -> None:
        already_open = self.editor.entry is not None and self.editor.entry.id == record_id
        if kind != "entry" or not (already_open or self.editor.may_leave()):
            return
        self.ensure_fresh()
        if self.journal.entries.position(record_id, self._filters()) is None:
            self.clear_filters()
        if already_open:
            self._select(record_id)
        else:
            self._open(record_id)
        self.editor.focus_text()

    # -- writing -------------------------------------------------------------------------
    def new_entry(self) -> None:
        if self.read_only_guard() or not self.editor.may_leave():
            return
        self._select(None)
        self.editor.load(None)
        self.editor.focus_text()

    def _on_saved(self, entry: Entry) -> None:
        self._selecting = True  # the row moves: that is not the person choosing another entry
        try:
            row = self.model.entry_saved(entry)
        finally:
            self._selecting = False
        self._show_count()
        if row is not None:
            self._select(entry.id)
        self._fill_tags()
        self.session.notify("entry", origin=self)

    def delete_selected(self) -> None:
        entry = self.editor.entry
        if entry is None or self.read_only_guard():
            return
        entry_id = entry.id or 0
        row = self.model.row_of(entry_id)
        what = fill(self.tr("the entry “%1” (%2)"), entry.display_title, entry.entry_date.isoformat())
        files = len(self.journal.attachments.list_for(Owner.entry(entry_id)))
        if not self.delete_record(RecordKind.ENTRY, entry_id, what, files=files):
            return  # its drafts went with it
        self.editor.load(None)
        self._selecting = True
        try:
            self.model.entry_deleted(entry_id)
        finally:
            self._selecting = False
        self._show_count()
        if row is not None and self.model.rowCount():
            self._open(self.model.index(min(row, self.model.rowCount() - 1), COL_TITLE).data(ID_ROLE))  # the next one
        else:
            self._select(None)
        self.session.notify("entry", origin=self)

    def _update_enabled(self) -> None:
        writable = not self.session.read_only
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)

    # -- remembered between runs ------------------------------------------------------------
    def save_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        settings.setValue("journal/splitter", self.splitter.saveState())
        settings.setValue("journal/editor-splitter", self.editor.text.splitter.saveState())
        settings.setValue("journal/preview", self.editor.text.preview.isVisible())

    def restore_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        if state := settings.value("journal/splitter"):
            self.splitter.restoreState(state)
        if state := settings.value("journal/editor-splitter"):
            self.editor.text.splitter.restoreState(state)
        preview = settings.value("journal/preview", True)
        self.editor.text.set_preview_visible(preview not in (False, "false"))

    def before_close(self) -> bool:
        """Closing the window with unsaved changes asks, as choosing another entry does; False: stay open."""
        return self.editor.may_leave()

    def focus_first(self) -> None:
        if self.editor.dirty:
            self.editor.focus_text()  # the table taking focus would open another entry
            return
        if self.editor.entry is not None:
            self._select(self.editor.entry.id)
        self.table.setFocus()
