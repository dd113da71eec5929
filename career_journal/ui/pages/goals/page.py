"""Goals: the career plan, written down, grouped by direction; the selected goal in full beside it.

The detail pane (``widgets/goal_detail.py``) shows where a goal stands
(target, progress from its milestones), why it matters, its milestones to
tick off, the journal entries that are its evidence, and how the plan
changed over time.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ....domain.attachments import Owner
from ....domain.enums import GoalDirection, RecordKind
from ....domain.followups import FollowUps
from ....domain.records import Goal
from ....domain.wording import count_of
from ...dialogs.forms import goal_dialog
from ...dialogs.record_form import RecordDialog
from ...labels import fill
from ...models.goals import (
    COL_PROGRESS,
    COL_STATUS,
    COL_TARGET,
    COL_TITLE,
    DIRECTION_ROLE,
    GoalTreeModel,
    GoalTreeProxy,
    status_summary,
)
from ...models.table import RECORD_ROLE
from ...session import Session
from ...widgets.cards import Card
from ...widgets.record_table import fit_columns, show_cut_text_on_hover
from ...widgets.text_label import note_label, plain_label
from ..base import Page
from .detail import GoalDetail

INTRO = (
    "A goal here is a direction for your career, written down so you can see it and change it on purpose. "
    "It can point upward (a promotion, more scope), sideways (a new team or field), deeper (expertise in your "
    "craft), out of the company (an exit plan is a healthy plan B), or be learning for its own sake.\n\n"
    "Give it a target date and a few milestones, tick them off as you go, and link journal entries to it as "
    "evidence. When the plan changes, the app keeps the history."
)


class GoalsPage(Page):
    name = "goals"
    title = "Goals"
    icon_name = "goals"
    watches = frozenset({"goal", "entry"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer, buttons = self.header(
            self.tr(
                "Your career plan, written down: where you are heading, the milestones on the way, "
                "how the plan changed."
            )
        )
        self.delete_button = self.button(
            self.tr("Delete"), "delete", tip=self.tr("Delete the selected goal (Delete); asks first")
        )
        self.edit_button = self.button(
            self.tr("Edit"), "edit", tip=self.tr("Edit the selected goal (Enter or double-click)")
        )
        self.new_button = self.button(self.tr("New goal"), "add", primary=True, tip=self.tr("New goal (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.delete_button, self.edit_button, self.new_button):
            buttons.addWidget(button)
        self.dialog: RecordDialog | None = None  # the goal dialog last opened (tests fill it in)
        self._collapsed: set[str] = set()  # directions the person folded away

        self.model = GoalTreeModel(session.today, self)
        self.proxy = GoalTreeProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Goals"))
        self.tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 0; }")
        self.tree.header().setSortIndicator(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in ((COL_STATUS, 84), (COL_TARGET, 92), (COL_PROGRESS, 66)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        fit_columns(self.tree, COL_TITLE, [COL_TARGET, COL_STATUS, COL_PROGRESS], minimum=170)
        show_cut_text_on_hover(self.tree)
        self.detail = GoalDetail(session, self.delete_record)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)  # the tree keeps room for titles in a small window
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([560, 480])

        filters = QHBoxLayout()
        self.show_closed = QCheckBox(self.tr("Show achieved and dropped"))
        self.show_closed.setChecked(True)
        self.show_closed.setToolTip(self.tr("Achieved and dropped goals stay in your plan's history, shown dimmed"))
        self.count_label = note_label("", "muted")
        self.count_label.setWordWrap(False)
        filters.addWidget(self.show_closed)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self._empty_state())
        outer.addWidget(self.stack, 1)

        self.tree.selectionModel().currentChanged.connect(lambda _now, _before: self._show_current())
        self.tree.doubleClicked.connect(lambda index: self.edit_selected() if index.data(RECORD_ROLE) else None)
        self.tree.expanded.connect(lambda index: self._collapsed.discard(index.data(DIRECTION_ROLE)))
        self.tree.collapsed.connect(lambda index: self._collapsed.add(index.data(DIRECTION_ROLE)))
        self.proxy.rowsInserted.connect(lambda parent, *_: None if parent.isValid() else self._expand_groups())
        self.proxy.layoutChanged.connect(self._expand_groups)
        self.show_closed.toggled.connect(self._on_show_closed)
        self.detail.goal_changed.connect(self.model.upsert)
        shortcuts = (
            (QKeySequence.StandardKey.Delete, self.tree, self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), self.tree, self._activate_current),
            (QKeySequence(Qt.Key.Key_Enter), self.tree, self._activate_current),
        )
        for keys, widget, slot in shortcuts:
            shortcut = QShortcut(keys, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        new = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_goal)

    def _empty_state(self) -> QWidget:
        card = Card(self.tr("No goals yet"), gap=True)
        card.setMaximumWidth(640)
        intro = plain_label(INTRO)
        card.body.addWidget(intro)
        card.body.addWidget(
            note_label(self.tr("Add the first with New goal; you can change everything later."), "muted")
        )
        self.empty_new_button = self.button(
            self.tr("New goal"), "add", primary=True, tip=self.tr("New goal (Ctrl+Shift+N)")
        )
        self.empty_new_button.clicked.connect(self.new_goal)
        card.body.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        middle = QHBoxLayout()  # stretches, not an alignment: a wrapped label then gets the height it needs
        middle.addStretch(1)
        middle.addWidget(card, 3)
        middle.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
        return holder

    # -- loading and choosing -----------------------------------------------------------
    def refresh(self) -> None:
        keep = self._current_goal() or self.detail.goal
        self.model.set_goals(self.journal.goals.list())
        self._expand_groups()
        self._show_counts()
        if not (keep and self.select_goal(keep.id or 0, reveal=False)):
            self._select_first()
        self._update_enabled()

    def _show_counts(self) -> None:
        goals = self.model.goals()
        self.count_label.setText(status_summary(goals))
        self.stack.setCurrentIndex(0 if goals else 1)

    def _expand_groups(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(DIRECTION_ROLE) not in self._collapsed:
                self.tree.expand(index)

    def _current_goal(self) -> Goal | None:
        return self.tree.currentIndex().data(RECORD_ROLE)

    def _show_current(self) -> None:
        index = self.tree.currentIndex()
        goal = index.data(RECORD_ROLE)
        if goal is not None:
            self.detail.show_goal(goal)
        elif index.isValid():
            direction = GoalDirection(index.data(DIRECTION_ROLE))  # Qt hands the member back as a plain str
            self.detail.show_group(direction, self.model.goals_in(direction))
        else:
            self.detail.show_nothing()
        self._update_enabled()

    def _select(self, index: QModelIndex) -> None:
        if index == self.tree.currentIndex():
            self._show_current()  # already current: show it again as it is now
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)

    def select_goal(self, goal_id: int, *, reveal: bool = True) -> bool:
        """Make a goal current; ``reveal`` shows achieved and dropped goals when it is one of them."""
        source = self.model.index_of(goal_id)
        if not source.isValid():
            return False
        if not self.proxy.accepts(source.data(RECORD_ROLE)):
            if not reveal:
                return False
            self.show_closed.setChecked(True)
        self._select(self.proxy.mapFromSource(source))
        return True

    def _select_first(self) -> None:
        first_group = self.proxy.index(0, 0)
        self._select(self.proxy.index(0, 0, first_group) if first_group.isValid() else QModelIndex())

    def _activate_current(self) -> None:
        index = self.tree.currentIndex()
        if index.data(RECORD_ROLE) is not None:
            self.edit_selected()
        elif index.isValid():
            self.tree.setExpanded(index.siblingAtColumn(0), not self.tree.isExpanded(index.siblingAtColumn(0)))

    def _on_show_closed(self, show: bool) -> None:
        self.proxy.set_show_closed(show)
        self._expand_groups()
        if not self.tree.currentIndex().isValid():
            self._select_first()

    def show_record(self, kind: str, record_id: int) -> None:
        self.ensure_fresh()
        goal_id: int | None = record_id if kind == "goal" else None
        if kind == "milestone":
            owner = next((g for g in self.journal.goals.list() if any(m.id == record_id for m in g.milestones)), None)
            goal_id = owner.id if owner else None
        if goal_id is None:
            return
        if not self.model.index_of(goal_id).isValid():
            self.refresh()  # made elsewhere a moment ago
        if self.select_goal(goal_id) and kind == "milestone":
            self.detail.select_milestone(record_id)
        self.tree.setFocus()

    @classmethod
    def badge_for(cls, session: Session, due: FollowUps) -> int | None:
        return len(due.goals) or None

    # -- writing ------------------------------------------------------------------------
    def _open(self, dialog: RecordDialog) -> None:
        dialog.saved.connect(self._on_saved)
        self.dialog = dialog
        dialog.open()

    def new_goal(self) -> None:
        if self.read_only_guard():
            return
        dialog = goal_dialog(self, self.session)
        current = self.tree.currentIndex()
        if current.isValid() and current.data(RECORD_ROLE) is None:  # a direction's group is chosen
            dialog.widgets["direction"].set_value(GoalDirection(current.data(DIRECTION_ROLE)))  # type: ignore[attr-defined]
        self._open(dialog)

    def edit_selected(self) -> None:
        goal = self._current_goal()
        if goal is None or self.read_only_guard():
            return
        goal_id = goal.id or 0
        fresh = self.session.attempt(
            lambda: self.journal.goals.get(goal_id), parent=self, doing=self.tr("open the goal")
        )
        if fresh is not None:
            self._open(goal_dialog(self, self.session, fresh))

    def _on_saved(self, goal: Goal) -> None:
        self.model.upsert(goal)
        self._show_counts()
        self.select_goal(goal.id or 0)
        self.session.status.emit(fill(self.tr("Goal saved: %1"), goal.title))

    def delete_selected(self) -> None:
        goal = self._current_goal()
        if goal is None or self.read_only_guard():
            return
        steps = len(goal.milestones)
        with_steps = fill(self.tr(" and its %1"), count_of(steps, "milestone")) if steps else ""
        goal_id = goal.id or 0
        question = fill(self.tr("the goal “%1”%2 (linked entries stay in your journal)"), goal.title, with_steps)
        files = len(self.journal.attachments.list_for(Owner.goal(goal_id)))
        if not self.delete_record(
            RecordKind.GOAL, goal_id, question, what=fill(self.tr("the goal “%1”"), goal.title), files=files
        ):
            return
        self.model.remove(goal_id)
        self._show_counts()
        if self._current_goal() is None:  # the tree moved to a direction's row: show a goal instead
            self._select_first()
        self._show_current()
        self.session.notify("goal", origin=self)

    def _update_enabled(self) -> None:
        writable = not self.session.read_only
        chosen = self._current_goal() is not None
        self.new_button.setEnabled(writable)
        self.empty_new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)
        for button in (self.edit_button, self.delete_button):  # nothing to edit on the empty page
            button.setVisible(self.model.goal_count() > 0)
        if writable != self.detail.writable:
            self.detail.set_writable(writable)

    # -- remembered between runs --------------------------------------------------------
    def save_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        settings.setValue("goals/splitter", self.splitter.saveState())
        settings.setValue("goals/columns", self.tree.header().saveState())
        settings.setValue("goals/show-closed", self.show_closed.isChecked())

    def restore_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        if state := settings.value("goals/splitter"):
            self.splitter.restoreState(state)
        if state := settings.value("goals/columns"):
            self.tree.header().restoreState(state)
        self.show_closed.setChecked(settings.value("goals/show-closed", True) not in (False, "false"))

    def focus_first(self) -> None:
        (self.tree if self.model.goal_count() else self.empty_new_button).setFocus()
