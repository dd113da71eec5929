"""The leadership-opportunity pipeline: stages with counts over the opportunities in them, and their buttons.

Stages run spotted → explored → proposed → championing → adopted; dropped is
the way out. Clicking a stage shows only its opportunities; clicking it again
shows all of them. The counts come from the rows already loaded, so saving
one opportunity updates one row and the strip without another query. The
stages and their strip are in ``stage_strip.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from ....domain.enums import OpportunityStatus, RecordKind
from ....domain.records import Opportunity
from ...dialogs.people_forms import opportunity_dialog
from ...dialogs.record_form import RecordDialog
from ...labels import fill, label_of
from ...models.table import Column, RecordFilterProxy, RecordTableModel
from ...session import Session
from ...widgets.record_table import fit_columns, record_table
from ...widgets.responsive import icons_only_when_narrow
from ...widgets.text_label import one_line, plain_label, tooltip_text
from .stage_strip import STAGES, StageStrip, next_stage

if TYPE_CHECKING:
    from ..base import Page

COL_TITLE, COL_PERSON, COL_VALUE, COL_STAGE = range(4)
NARROW_PAGE = 900  # on a page narrower than this, the buttons keep only their icons


OPPORTUNITY_COLUMNS: list[Column[Opportunity]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Opportunity"),
        lambda o: o.title,
        tooltip=lambda o: "\n\n".join(x for x in (o.title, o.notes) if x),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "With"),
        lambda o: o.person_name or "—",
        sort_key=lambda o: o.person_name.casefold() or None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Value to the business"), lambda o: one_line(o.value), tooltip=lambda o: o.value
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Stage"), lambda o: label_of(o.status), sort_key=lambda o: STAGES.index(o.status)
    ),
]


class OpportunityPanel(QWidget):
    """The Opportunities tab: buttons, the stage strip and the table; it saves its own changes.

    ``host`` is the page it sits on: dialogs open on it (so the page counts the
    change as its own) and deletes are confirmed the page's way.
    """

    saved = Signal(object)  # an opportunity this panel saved (a new person may have come with it)
    updated = Signal()  # the rows, the rows shown or the current row changed

    def __init__(self, session: Session, host: Page) -> None:
        super().__init__(host)
        self.session = session
        self.host = host
        self.dialog: RecordDialog | None = None  # the dialog opened last (tests fill it in)
        self._person: tuple[int, str] | None = None  # the person selected on the page
        self.only_with = QCheckBox(self.tr("Only with them"))
        self.only_with.setToolTip(
            self.tr("Show only the opportunities found with the selected person (untick: every one)")
        )
        self.only_with.setChecked(True)  # the tab, like Conversations beside it, is about the selected person
        self.new_button = host.button(self.tr("New"), "add", tip=self.tr("New leadership opportunity (Ctrl+Shift+O)"))
        self.next_button = host.button(
            self.tr("Next stage"), "next", tip=self.tr("Move to the next stage (Ctrl+Shift+Right)")
        )
        self.edit_button = host.button(self.tr("Edit"), "edit", tip=self.tr("Edit the selected opportunity (Enter)"))
        self.delete_button = host.button(
            self.tr("Delete"), "delete", tip=self.tr("Delete the selected opportunity (Delete)")
        )
        row = QHBoxLayout()
        row.addWidget(self.only_with)
        row.addStretch(1)
        for button, slot in (
            (self.new_button, self.new),
            (self.next_button, self.move_to_next_stage),
            (self.edit_button, self.edit),
            (self.delete_button, self.delete),
        ):
            row.addWidget(button)
            button.clicked.connect(slot)
        # Measured on the page: this panel may be a hidden tab, never laid out, whose size says nothing.
        icons_only_when_narrow(
            host, [self.new_button, self.next_button, self.edit_button, self.delete_button], NARROW_PAGE
        )
        self.strip = StageStrip()
        self.model: RecordTableModel[Opportunity] = RecordTableModel(OPPORTUNITY_COLUMNS, parent=self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_predicate(self._shown)
        self.table = record_table(self.proxy, "Opportunities", sort_by=COL_STAGE)
        header = self.table.horizontalHeader()
        fit_columns(self.table, COL_VALUE, [COL_STAGE, COL_PERSON], minimum=120)
        for column, width in ((COL_TITLE, 215), (COL_PERSON, 105), (COL_STAGE, 90)):
            header.resizeSection(column, width)
        self.empty = plain_label(role="muted")
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.strip.stage_chosen.connect(self._on_scope_changed)
        self.only_with.toggled.connect(self._on_scope_changed)
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        # The source's signals come after its rows changed (the proxy's may come before).
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset, self.model.dataChanged):
            signal.connect(self._update)
        self.proxy.layoutChanged.connect(self._update)
        for keys, slot, scope, context in (
            ("Ctrl+Shift+Right", self.move_to_next_stage, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence.StandardKey.Delete, self.delete, self.table, Qt.ShortcutContext.WidgetShortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), scope)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- what is shown -------------------------------------------------------------------
    def _scope(self) -> int | None:
        return self._person[0] if self._person and self.only_with.isChecked() else None

    def _shown(self, opportunity: Opportunity) -> bool:
        scope = self._scope()
        if scope is not None and opportunity.person_id != scope:
            return False
        stage = self.strip.stage()
        return stage is None or opportunity.status is stage

    def set_person(self, person_id: int | None, name: str = "") -> None:
        """The person selected on the page: new opportunities are with them, and the list can narrow to them."""
        self._person = (person_id, name) if person_id is not None else None
        first = name.split()[0].replace("&", "&&") if name.split() else ""  # "&&": a literal "&", not a shortcut
        self.only_with.setText(fill(self.tr("Only with %1"), first) if first else self.tr("Only with them"))
        self.only_with.setEnabled(self._person is not None)
        self._on_scope_changed()

    def _on_scope_changed(self, *_args: object) -> None:
        self.proxy.set_predicate(self._shown)
        self._update()

    def set_stage(self, stage: OpportunityStatus | None) -> None:
        self.strip.set_stage(stage)
        self._on_scope_changed()

    def _update(self, *_args: object) -> None:
        scope = self._scope()
        self.strip.set_counts(Counter(o.status for o in self.model.records if scope is None or o.person_id == scope))
        stage = self.strip.stage()
        if self.model.rowCount() == 0:
            self.empty.setText(
                self.tr(
                    "No leadership opportunities yet. When a conversation shows a new way to add value, "
                    "add it with New and champion it from spotted to adopted."
                )
            )
        elif stage is not None:
            self.empty.setText(fill(self.tr("Nothing at “%1”. Click it again to see every stage."), label_of(stage)))
        elif self._person:
            self.empty.setText(
                fill(self.tr("No opportunities with %1 yet. What are they trying to achieve?"), self._person[1])
            )
        self.empty.setVisible(self.proxy.rowCount() == 0)
        selection = self.table.selectionModel()
        if not selection.hasSelection() and self.proxy.rowCount():
            self.table.selectRow(max(selection.currentIndex().row(), 0))  # keep a row to act on
        writable = not self.session.read_only
        current = self.current()
        following = next_stage(current.status) if current else None
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and current is not None)
        self.delete_button.setEnabled(writable and current is not None)
        self.next_button.setEnabled(writable and following is not None)
        self.next_button.setToolTip(
            tooltip_text(f"Move “{current.title}” to {label_of(following)} (Ctrl+Shift+Right)")
            if current and following
            else self.tr("Move the selected opportunity to the next stage (Ctrl+Shift+Right)")
        )
        self.updated.emit()

    # -- rows ------------------------------------------------------------------------------
    def set_opportunities(self, opportunities: Iterable[Opportunity]) -> None:
        self.model.set_records(opportunities)

    def show_saved(self, opportunity: Opportunity) -> None:
        self.model.upsert(opportunity)
        self.select(opportunity.id or 0)
        self._update()

    def person_changed(self, person_id: int, name: str | None) -> None:
        """A person was renamed (``name``) or deleted (None): their opportunities say so."""
        for found in self.model.records:
            if found.person_id == person_id:
                changed = replace(found, person_name=name) if name else replace(found, person_id=None, person_name="")
                self.model.upsert(changed)
        self._update()

    @property
    def records(self) -> list[Opportunity]:
        return self.model.records

    def count_with(self, person_id: int | None) -> int:
        """How many opportunities were found with this person (None: everyone's)."""
        return sum(1 for o in self.model.records if person_id is None or o.person_id == person_id)

    def current(self) -> Opportunity | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.proxy.record(index.row())

    def select(self, opportunity_id: int) -> bool:
        """Make this opportunity the current row, widening the view when it is hidden; False if unknown."""
        row = self.model.row_of(opportunity_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        if not index.isValid():
            if self._scope() not in (None, self.model.record_at(row).person_id):
                self.only_with.setChecked(False)
            self.set_stage(None)
            index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    # -- writing ---------------------------------------------------------------------------
    def _open(self, dialog: RecordDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new(self) -> None:
        if not self.host.read_only_guard():
            with_person = self._person[0] if self._person else None
            self._open(opportunity_dialog(self.host, self.session, with_person=with_person))

    def edit(self) -> None:
        current = self.current()
        if current is not None and not self.host.read_only_guard():
            self._open(opportunity_dialog(self.host, self.session, current))

    def _on_saved(self, opportunity: Opportunity) -> None:
        self.show_saved(opportunity)
        self.saved.emit(opportunity)

    def move_to_next_stage(self) -> None:
        current = self.current()
        following = next_stage(current.status) if current else None
        if current is None or following is None or self.host.read_only_guard():
            return
        moved = self.session.attempt(
            lambda: self.session.journal.people.update_opportunity(replace(current, status=following)),
            parent=self.host,
            doing=self.tr("move the opportunity"),
        )
        if moved is None:
            return
        self.show_saved(moved)
        self.session.notify("opportunity", origin=self.host)
        self.session.status.emit(fill(self.tr("“%1” moved to %2."), moved.title, label_of(following).lower()))

    def delete(self) -> None:
        current = self.current()
        if current is None or self.host.read_only_guard():
            return
        opportunity_id = current.id or 0
        if self.host.delete_record(
            RecordKind.OPPORTUNITY, opportunity_id, fill(self.tr("the opportunity “%1”"), current.title)
        ):
            self.model.remove(opportunity_id)
            self.session.notify("opportunity", origin=self.host)
