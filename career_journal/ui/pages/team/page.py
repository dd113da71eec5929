"""Team: the personal team by role (who fills it, when you last checked in, what to ask) and the gaps to fill."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.coverage import AdviserStatus, adviser_status, team_coverage
from ....domain.enums import RecordKind, TeamRole
from ....domain.followups import FollowUps
from ....domain.records import Adviser, Interaction
from ....domain.wording import count_of
from ...dialogs.agenda import AgendaDialog
from ...dialogs.people_forms import adviser_dialog, interaction_dialog
from ...dialogs.record_form import RecordDialog
from ...labels import counted, fill, label_of
from ...models.table import Column, RecordFilterProxy, RecordTableModel
from ...session import Session
from ...theme import WARM
from ...widgets.record_table import record_table
from ...widgets.text_label import plain_label
from ...words import cadence_text, words
from ..base import Page
from .cards import CARD_MIN_WIDTH, AdviserBlock, RoleCard, is_due, noun

HOW_IT_WORKS = QT_TRANSLATE_NOOP(
    "TeamPage",
    "A check-in is any conversation you log with an adviser. Give each one a rhythm (every 30 days, say) and "
    "their card says so, in orange, when a check-in is due. Note open asks so the next conversation starts with them.",
)
WIDE_COLUMNS = 4


class AdviserTable(QTableView):
    """Enter edits the selected adviser; Delete removes it (after asking)."""

    edit_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        keys = {Qt.Key.Key_Return: self.edit_requested, Qt.Key.Key_Enter: self.edit_requested}
        keys[Qt.Key.Key_Delete] = self.remove_requested
        if event.key() in keys and self.currentIndex().isValid() and not event.modifiers():
            keys[event.key()].emit()
            return
        super().keyPressEvent(event)


def adviser_columns(today: Callable[[], date]) -> list[Column[AdviserStatus]]:
    """The list of all advisers: sorted by what each column means (dates as dates, no rhythm last)."""
    warm = QColor(WARM)

    def next_due(s: AdviserStatus) -> str:
        state = words().check_in_state(s, today())
        return "—" if s.next_due is None else s.next_due.isoformat() + (f" · {state}" if state else "")

    def last_seen(s: AdviserStatus) -> str:
        return s.last_check_in.isoformat() if s.last_check_in else words().not_met_yet()

    def one_line(s: AdviserStatus) -> str:
        return " ".join(s.adviser.open_asks.split())

    def due(s: AdviserStatus) -> bool:
        return is_due(s, today())

    def rhythm(s: AdviserStatus) -> tuple[bool, int]:
        return s.adviser.cadence_days is None, s.adviser.cadence_days or 0

    return [
        Column(QT_TRANSLATE_NOOP("Column", "Person"), lambda s: s.adviser.person_name),
        Column(
            QT_TRANSLATE_NOOP("Column", "Role"),
            lambda s: label_of(s.adviser.role),
            sort_key=lambda s: list(TeamRole).index(s.adviser.role),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Helps with"),
            lambda s: s.adviser.helps_with,
            tooltip=lambda s: s.adviser.helps_with,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Cadence"), lambda s: cadence_text(s.adviser), sort_key=rhythm),
        Column(QT_TRANSLATE_NOOP("Column", "Last check-in"), last_seen, sort_key=lambda s: s.last_check_in),
        Column(
            QT_TRANSLATE_NOOP("Column", "Next due"),
            next_due,
            sort_key=lambda s: s.next_due,
            color=lambda s: warm if due(s) else None,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Open asks"), one_line, tooltip=lambda s: s.adviser.open_asks),
    ]


class TeamPage(Page):
    name = "team"
    title = "Team"
    icon_name = "team"
    watches = frozenset({"adviser", "person", "interaction"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._last_contact: dict[int, date] = {}  # person id -> last interaction, kept in step after a check-in
        self._current_id: int | None = None
        self._columns = WIDE_COLUMNS
        self.cards: dict[TeamRole, RoleCard] = {}
        self.dialog: RecordDialog | None = None  # the dialog opened last
        outer, buttons = self.header()
        self.add_button = self.button(
            self.tr("&Add to team…"), "add", primary=True, tip=self.tr("Add someone to your team, in any role (Alt+A)")
        )
        self.add_button.clicked.connect(lambda: self.add_adviser(self._first_gap()))
        buttons.addWidget(self.add_button)
        self.summary = plain_label("", "muted")
        outer.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._cards_tab(), self.tr("By role"))
        self.tabs.addTab(self._table_tab(), self.tr("All advisers"))
        outer.addWidget(self.tabs, 1)

    def _cards_tab(self) -> QWidget:
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 12, 2, 4)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        column.addLayout(self.grid)
        column.addSpacing(14)
        column.addWidget(plain_label(self.tr(HOW_IT_WORKS), "muted"))
        column.addStretch(1)
        self.scroll.setWidget(inner)
        return self.scroll

    def _table_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 12, 0, 0)
        self.table_note = plain_label("", "muted")
        actions = QHBoxLayout()  # what each card offers, for the adviser selected in the table
        actions.setSpacing(6)
        actions.addWidget(self.table_note, 1)
        self.table_actions = {
            "log": (self.button(self.tr("Log check-in…"), "check"), self.log_check_in),
            "prepare": (
                self.button(self.tr("Prepare…"), tip=self.tr("What changed since the last check-in, to talk about")),
                self.prepare_check_in,
            ),
            "edit": (
                self.button(self.tr("Edit…"), "edit", tip=self.tr("Edit the selected adviser (Enter)")),
                self.edit_adviser,
            ),
        }
        for button, act in self.table_actions.values():
            button.clicked.connect(lambda _checked=False, act=act: act(self.selected()))
            actions.addWidget(button)
        layout.addLayout(actions)
        self.model: RecordTableModel[AdviserStatus] = RecordTableModel(
            adviser_columns(self.session.today), key=lambda s: s.adviser.id or 0, parent=self
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, "All advisers", AdviserTable(), sort_by=0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for number, width in enumerate((140, 110, 230, 110, 105, 190)):
            header.resizeSection(number, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_adviser(self.selected()))
        self.table.edit_requested.connect(lambda: self.edit_adviser(self.selected()))
        self.table.remove_requested.connect(lambda: self.remove_adviser(self.selected()))
        self.table.selectionModel().currentChanged.connect(self._enable_table_actions)
        self.proxy.modelReset.connect(self._enable_table_actions)
        layout.addWidget(self.table, 1)
        self._enable_table_actions()
        return tab

    def _enable_table_actions(self, *_args: object) -> None:
        chosen = self.selected() is not None
        for name, (button, _act) in self.table_actions.items():
            button.setEnabled(chosen and (name == "prepare" or not self.session.read_only))

    # -- showing -------------------------------------------------------------------
    def refresh(self) -> None:
        team = self.journal.people.advisers()
        self._last_contact = self.journal.people.last_contact([adviser.person_id for adviser in team])
        self.model.set_records(status for role in self.journal.team(self.session.today()) for status in role.advisers)
        self._show_team()
        if self._current_id is not None:
            self._select(self._current_id)

    def _show_team(self) -> None:
        """Lay out the role cards from the advisers in memory (no reading), and say how the team stands."""
        today = self.session.today()
        for card in self.cards.values():
            self.grid.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = {}
        actions = {
            "check-in": self.log_check_in,
            "prepare": self.prepare_check_in,
            "edit": self.edit_adviser,
            "remove": self.remove_adviser,
        }
        for coverage in team_coverage([s.adviser for s in self.model.records], self._last_contact, today):
            card = RoleCard(coverage, today, not self.session.read_only)
            card.add.connect(self.add_adviser)
            for adviser_id, block in card.blocks.items():
                block.action.connect(lambda what, status: actions[what](status))
                block.set_current(adviser_id == self._current_id)
            self.cards[coverage.role] = card
        self._place_cards()
        self._show_summary(today)
        self.add_button.setEnabled(not self.session.read_only)

    def _place_cards(self) -> None:
        for number, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, number // self._columns, number % self._columns)
        for column in range(WIDE_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < self._columns else 0)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Four cards a row on a wide window, fewer on a narrow one, so no card's words are squeezed."""
        super().resizeEvent(event)
        fits = max(2, min(WIDE_COLUMNS, (self.width() - 60) // (CARD_MIN_WIDTH + 40)))
        if fits != self._columns:
            self._columns = fits
            for card in self.cards.values():
                self.grid.removeWidget(card)
            self._place_cards()

    def _show_summary(self, today: date) -> None:
        statuses = self.model.records
        self.tabs.setTabText(
            1, fill(self.tr("All advisers (%1)"), len(statuses)) if statuses else self.tr("All advisers")
        )
        self.table_note.setText(
            self.tr("Enter edits the selected adviser, Delete removes them; click a heading to sort.")
            if statuses
            else self.tr("Nobody on your team yet. Fill a gap on By role, or use Add to team…")
        )
        if not statuses:
            self.summary.setText(
                self.tr(
                    "Nobody on your team yet. Career management is a team effort: start with someone you already "
                    "talk to, and fill one role at a time."
                )
            )
            return
        core = {role for role in TeamRole if role.is_core}
        filled = len({s.adviser.role for s in statuses} & core)
        due = sum(is_due(s, today) for s in statuses)
        asks = sum(bool(s.adviser.open_asks.strip()) for s in statuses)
        parts = [
            fill(self.tr("%1 of %2 roles filled"), filled, len(core)),
            counted(self.tr("%n check-in(s) due", "", due), f"{count_of(due, 'check-in')} due")
            if due
            else self.tr("every check-in on time"),
            counted(self.tr("%n open ask(s)", "", asks), count_of(asks, "open ask"))
            if asks
            else self.tr("no open asks"),
        ]
        keep = self.tr("Keep it active: résumé ready, profile current, network alive.")
        self.summary.setText(" · ".join(parts) + ". " + keep)

    def _first_gap(self) -> TeamRole | None:
        """Add to team… starts on the first empty role: the likeliest reason to press it."""
        return next((role for role, card in self.cards.items() if card.add_button is not None), None)

    @classmethod
    def badge_for(cls, session: Session, due: FollowUps) -> int | None:
        return len(due.advisers) or None

    def selected(self) -> AdviserStatus | None:
        index = self.table.currentIndex()
        return self.proxy.record(index.row()) if index.isValid() else None

    def block_of(self, adviser_id: int) -> AdviserBlock | None:
        return next((card.blocks[adviser_id] for card in self.cards.values() if adviser_id in card.blocks), None)

    def _select(self, adviser_id: int, *, focus: bool = False) -> None:
        """Select the adviser's row, mark their card and bring it into view."""
        self._current_id = adviser_id
        for card in self.cards.values():
            for block_id, block in card.blocks.items():
                block.set_current(block_id == adviser_id)
        row = self.model.row_of(adviser_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        block = self.block_of(adviser_id)
        if block is not None:
            # A card built a moment ago has no geometry yet: scroll once it has been laid out.
            QTimer.singleShot(0, block, lambda: self.scroll.ensureWidgetVisible(block, 20, 20))
        if focus:
            target = block.check_in_button if block is not None and self.tabs.currentIndex() == 0 else self.table
            target.setFocus()

    def show_record(self, kind: str, record_id: int) -> None:
        if kind == "adviser":
            self.ensure_fresh()
            self._select(record_id, focus=True)

    # -- writing -------------------------------------------------------------------------
    def _open(self, dialog: RecordDialog, on_saved: Callable[[object], None]) -> None:
        dialog.saved.connect(on_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def add_adviser(self, role: TeamRole | None) -> None:
        if not self.read_only_guard():
            self._open(adviser_dialog(self, self.session, role=role), self._on_adviser_saved)

    def edit_adviser(self, status: AdviserStatus | None) -> None:
        if status is not None and not self.read_only_guard():
            self._open(adviser_dialog(self, self.session, status.adviser), self._on_adviser_saved)

    def log_check_in(self, status: AdviserStatus | None) -> None:
        """A check-in is a conversation: log one with this adviser ticked."""
        if status is not None and not self.read_only_guard():
            self._open(interaction_dialog(self, self.session, with_person=status.adviser.person_id), self._checked_in)

    def prepare_check_in(self, status: AdviserStatus | None) -> AgendaDialog | None:
        """The agenda of what changed since the last check-in with this adviser, to copy or save."""
        if status is None:
            return None
        dialog = AgendaDialog(self.session, status.adviser.person_id, status.adviser.person_name, self)
        dialog.open()
        return dialog

    def _on_adviser_saved(self, saved: Adviser) -> None:
        if saved.person_id not in self._last_contact:  # someone new on the team may have been met before
            self._last_contact.update(self.journal.people.last_contact([saved.person_id]))
        self.model.upsert(adviser_status(saved, self._last_contact.get(saved.person_id), self.session.today()))
        self._show_team()
        self._select(saved.id or 0, focus=True)
        self.session.status.emit(fill(self.tr("%1 is on your team as your %2."), saved.person_name, noun(saved.role)))

    def _checked_in(self, interaction: Interaction) -> None:
        """The conversation is a check-in with every adviser who was in it."""
        today = self.session.today()
        for person_id in interaction.person_ids:
            known = self._last_contact.get(person_id)
            self._last_contact[person_id] = max(known, interaction.occurred_on) if known else interaction.occurred_on
        met = [s.adviser for s in self.model.records if s.adviser.person_id in interaction.person_ids]
        for adviser in met:
            self.model.upsert(adviser_status(adviser, self._last_contact[adviser.person_id], today))
        self._show_team()
        if met:
            self._select(met[0].id or 0, focus=True)
        self.session.status.emit(fill(self.tr("Check-in logged on %1."), interaction.occurred_on.isoformat()))

    def remove_adviser(self, status: AdviserStatus | None) -> None:
        if status is None or self.read_only_guard():
            return
        adviser = status.adviser
        name, role, adviser_id = adviser.person_name, adviser.role, adviser.id or 0
        question = fill(self.tr("%1 as your %2 (the person stays in your network)"), name, noun(role))
        if not self.delete_record(
            RecordKind.ADVISER, adviser_id, question, what=f"{name} as your {noun(role)}", verb=self.tr("Remove")
        ):
            return
        self.model.remove(adviser_id)
        self._show_team()
        self.session.notify("adviser", origin=self)
        target = self.cards[role].first_button() if role in self.cards else None
        if target is not None and self.tabs.currentIndex() == 0:
            target.setFocus()

    # -- remembered between runs ------------------------------------------------------------
    def save_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        settings.setValue("team/tab", self.tabs.currentIndex())
        settings.setValue("team/table-header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        if state := settings.value("team/table-header"):
            self.table.horizontalHeader().restoreState(state)
        tab = str(settings.value("team/tab", 0))
        self.tabs.setCurrentIndex(int(tab) if tab.isdigit() else 0)

    def focus_first(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.table.setFocus()
        elif first := next((card.first_button() for card in self.cards.values() if card.first_button()), None):
            first.setFocus()
