"""The goals tree (one group per career direction, its goals beneath), and the words shown for a goal.

Five fixed top-level rows, one per ``GoalDirection`` in the order the product
names them (upward, sideways, deeper, exit, learning); each goal is a child
row of its direction. Saving one goal changes one row; a goal whose direction
changed leaves its old group and joins the end of the new one; a deleted
goal is one removed row. Which rows show (achieved and dropped on or off,
groups with nothing to show hidden) and in what order is ``GoalTreeProxy``'s job.

A goal's milestones have their own model (``models/milestones.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ...domain.enums import GoalDirection, GoalStatus
from ...domain.followups import GOAL_HORIZON_DAYS
from ...domain.records import Goal, GoalChange
from ..icons import icon
from ..labels import fill, label_of
from ..theme import WARM
from ..widgets.text_label import tooltip_text
from ..words import words
from .table import ID_ROLE, RECORD_ROLE

COL_TITLE, COL_STATUS, COL_TARGET, COL_PROGRESS = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("Column", "Goal"),
    QT_TRANSLATE_NOOP("Column", "Status"),
    QT_TRANSLATE_NOOP("Column", "Target"),
    QT_TRANSLATE_NOOP("Column", "Progress"),
)
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 10  # the direction of a group row or of a goal row
CLOSED = frozenset({GoalStatus.ACHIEVED, GoalStatus.DROPPED})
STATUS_RANK = {GoalStatus.ACTIVE: 0, GoalStatus.IDEA: 1, GoalStatus.ACHIEVED: 2, GoalStatus.DROPPED: 3}
# What each direction means, in the product's words (the group's tooltip and the detail pane).
DIRECTION_NOTES = {
    GoalDirection.UP: QT_TRANSLATE_NOOP(
        "GoalDirection", "A bigger role where you are: a promotion, more scope, leading more."
    ),
    GoalDirection.SIDEWAYS: QT_TRANSLATE_NOOP(
        "GoalDirection", "A different role at about the same level: a new team, a new field, new people."
    ),
    GoalDirection.DEEPER: QT_TRANSLATE_NOOP(
        "GoalDirection", "Becoming the expert: more depth in your craft rather than a bigger title."
    ),
    GoalDirection.EXIT: QT_TRANSLATE_NOOP(
        "GoalDirection", "A way out of the company. Keeping a plan B is a healthy, positive plan."
    ),
    GoalDirection.LEARNING: QT_TRANSLATE_NOOP(
        "GoalDirection", "Learning for its own sake. It counts even when it is not useful yet."
    ),
}
_GROUP = 0  # internalId of a group row; a goal row's internalId is its group's row + 1
Index = QModelIndex | QPersistentModelIndex


# -- the words shown for a goal ------------------------------------------------------
def days_left_text(goal: Goal, today: date) -> str:
    """How far the target is: "24 days left", "due today", "target passed 3 days ago" ("" without a date)."""
    if goal.target_date is None:
        return ""
    return words().target((goal.target_date - today).days)


def progress_text(goal: Goal) -> str:
    done = sum(m.done for m in goal.milestones)
    of = QCoreApplication.translate("GoalWords", "%1 of %2")
    return fill(of, done, len(goal.milestones)) if goal.milestones else "—"


def status_summary(goals: list[Goal]) -> str:
    """ "2 active · 1 idea · 1 dropped", in the order a plan is read."""
    counts = [(s, sum(g.status is s for g in goals)) for s in sorted(GoalStatus, key=STATUS_RANK.__getitem__)]
    return " · ".join(f"{n} {label_of(s).lower()}" for s, n in counts if n)


def is_near(goal: Goal, today: date) -> bool:
    """Still open and within the follow-up horizon of its target (or past it)."""
    if goal.target_date is None or goal.status in CLOSED:
        return False
    return (goal.target_date - today).days <= GOAL_HORIZON_DAYS


def describe_change(change: GoalChange) -> str:
    """One line of a goal's plan history, e.g. "2026-10-02 target date: 2026-12-01 → 2027-03-01"."""
    day = change.changed_at[:10]
    field = change.field_name
    if field == "why":
        return fill(QCoreApplication.translate("goals", "%1 why it matters: rewritten"), day)
    words = {
        "direction": lambda v: label_of(GoalDirection(v)) if v else "none",
        "status": lambda v: label_of(GoalStatus(v)) if v else "none",
        "target_date": lambda v: v or "no date",
        "title": lambda v: f"“{v}”",
    }.get(field, lambda v: v)
    return f"{day} {field.replace('_', ' ')}: {words(change.old_value)} → {words(change.new_value)}"


def sort_key(goal: Goal, column: int) -> tuple:
    """How a column orders goals; ties fall back to the title, then the order they were made."""
    tail = (goal.title.casefold(), goal.id or 0)
    far = date.max
    if column == COL_STATUS:
        return (STATUS_RANK[goal.status], goal.target_date or far, *tail)
    if column == COL_TARGET:
        return (goal.target_date or far, *tail)
    if column == COL_PROGRESS:
        return (-1.0 if goal.progress is None else goal.progress, *tail)
    return tail


# -- the tree ---------------------------------------------------------------------------
class GoalTreeModel(QAbstractItemModel):
    def __init__(self, today: Callable[[], date], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._today = today
        self.directions = list(GoalDirection)
        self._goals: list[list[Goal]] = [[] for _ in self.directions]

    # -- structure ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.directions)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._goals[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return QCoreApplication.translate("Column", HEADERS[section])
        return None

    # -- what each cell shows ------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        goal = self._goals[index.internalId() - 1][index.row()]
        return self._goal_data(goal, index.column(), role)

    def _group_data(self, index: Index, role: int) -> Any:
        direction = self.directions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_TITLE:
            return label_of(direction)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("GoalDirection", DIRECTION_NOTES[direction])
        if role == DIRECTION_ROLE:
            return direction
        return None

    def _goal_data(self, goal: Goal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return goal.title
            if column == COL_STATUS:
                return label_of(goal.status)
            if column == COL_TARGET:
                return goal.target_date.isoformat() if goal.target_date else "—"
            return progress_text(goal)
        if role == RECORD_ROLE:
            return goal
        if role == ID_ROLE:
            return goal.id
        if role == DIRECTION_ROLE:
            return goal.direction
        if role == Qt.ItemDataRole.ForegroundRole:
            if goal.status in CLOSED:  # the plan's past: still there, quieter
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            if column == COL_TARGET and is_near(goal, self._today()):
                return QColor(WARM)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return tooltip_text(goal.title)  # the whole title, when the column cuts it short
            if column == COL_TARGET:
                return days_left_text(goal, self._today()) or self.tr("No target date")
            if column == COL_PROGRESS:
                return self.tr("Milestones done") if goal.milestones else self.tr("No milestones yet")
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS and goal.status is GoalStatus.ACHIEVED:
            return icon("check")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- keeping it in step with the journal -----------------------------------------------
    def set_goals(self, goals: Iterable[Goal]) -> None:
        self.beginResetModel()
        self._goals = [[] for _ in self.directions]
        for goal in goals:
            self._goals[self.directions.index(goal.direction)].append(goal)
        self.endResetModel()

    def goals(self) -> list[Goal]:
        return [goal for group in self._goals for goal in group]

    def goals_in(self, direction: GoalDirection) -> list[Goal]:
        return list(self._goals[self.directions.index(direction)])

    def goal_count(self) -> int:
        return sum(len(group) for group in self._goals)

    def _find(self, goal_id: int) -> tuple[int, int] | None:
        for group, goals in enumerate(self._goals):
            for row, goal in enumerate(goals):
                if goal.id == goal_id:
                    return group, row
        return None

    def group_index(self, direction: GoalDirection) -> QModelIndex:
        return self.index(self.directions.index(direction), 0)

    def index_of(self, goal_id: int) -> QModelIndex:
        """The title cell of a goal's row (invalid when the goal is not here)."""
        found = self._find(goal_id)
        if found is None:
            return QModelIndex()
        group, row = found
        return self.index(row, 0, self.index(group, 0))

    def upsert(self, goal: Goal) -> QModelIndex:
        """Show a saved goal: update its row, or add it at the end of its direction's group."""
        found = self._find(goal.id or 0)
        group = self.directions.index(goal.direction)
        if found is not None and found[0] == group:
            row = found[1]
            self._goals[group][row] = goal
            parent = self.index(group, 0)
            self.dataChanged.emit(self.index(row, 0, parent), self.index(row, len(HEADERS) - 1, parent))
            return self.index(row, 0, parent)
        if found is not None:  # a new direction: out of the old group, into the new one
            self.remove(goal.id or 0)
        row = len(self._goals[group])
        self.beginInsertRows(self.index(group, 0), row, row)
        self._goals[group].append(goal)
        self.endInsertRows()
        return self.index(row, 0, self.index(group, 0))

    def remove(self, goal_id: int) -> None:
        found = self._find(goal_id)
        if found is None:
            return
        group, row = found
        self.beginRemoveRows(self.index(group, 0), row, row)
        del self._goals[group][row]
        self.endRemoveRows()


class GoalTreeProxy(QSortFilterProxyModel):
    """Hides achieved and dropped goals when asked and groups with nothing to show; sorts goals, never groups."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        # A group is shown when one of its goals is, so an empty direction takes no room.
        self.setRecursiveFilteringEnabled(True)
        self.show_closed = True

    def set_show_closed(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_closed = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, goal: Goal) -> bool:
        return self.show_closed or goal.status not in CLOSED

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not source_parent.isValid():
            return False  # groups show only through their goals
        goal = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        return goal is not None and self.accepts(goal)

    def lessThan(self, left: Index, right: Index) -> bool:
        if not left.parent().isValid():
            # Directions keep the product's order whichever way the goals are sorted
            # (a descending sort asks lessThan(right, left), so answer the other way round).
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (left.row() < right.row()) if ascending else (left.row() > right.row())
        return sort_key(left.data(RECORD_ROLE), left.column()) < sort_key(right.data(RECORD_ROLE), right.column())
