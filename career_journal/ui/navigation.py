"""The pages and the way between them: which pages there are, the sidebar that lists them, and the shelf
that builds each page the first time it is asked for."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem

from .icons import icon
from .labels import counted, page_title
from .pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    """What the sidebar and the menus show of a page. Its module is imported when the page is first built.

    The window opens on one page; importing the others (their widgets,
    models, the Markdown renderer) before the first paint was most of the
    start-up time.
    """

    name: str
    title: str
    icon_name: str
    module: str  # under ui.pages
    class_name: str

    @property
    def _module_name(self) -> str:
        return f"{__package__}.pages.{self.module}"

    def page_class(self) -> type[Page]:
        return getattr(importlib.import_module(self._module_name), self.class_name)

    def loaded_class(self) -> type[Page] | None:
        """The page's class if its module is imported already (None: it is not needed yet)."""
        module = sys.modules.get(self._module_name)
        return getattr(module, self.class_name, None) if module is not None else None


PAGES = (
    PageSpec("today", "Today", "today", "today.page", "TodayPage"),
    PageSpec("journal", "Journal", "journal", "journal.page", "JournalPage"),
    PageSpec("goals", "Goals", "goals", "goals.page", "GoalsPage"),
    PageSpec("teaching", "Teaching", "teaching", "teaching.page", "TeachingPage"),
    PageSpec("network", "Network", "network", "network.page", "NetworkPage"),
    PageSpec("team", "Team", "team", "team.page", "TeamPage"),
    PageSpec("reflect", "Reflect", "reflect", "reflect.page", "ReflectPage"),
    PageSpec("insights", "Insights", "insights", "insights.page", "InsightsPage"),
    PageSpec("timeline", "Timeline", "timeline", "timeline.page", "TimelinePage"),
)
# Which page shows a record of each kind.
PAGE_OF_KIND = {
    "entry": "journal",
    "goal": "goals",
    "milestone": "goals",
    "skill": "teaching",
    "teaching": "teaching",
    "handover": "teaching",
    "person": "network",
    "interaction": "network",
    "opportunity": "network",
    "adviser": "team",
}
SIDEBAR_WIDE, SIDEBAR_NARROW = 200, 156  # the sidebar gives up width below NARROW_WINDOW
NARROW_WINDOW = 1100
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1


class SidebarDelegate(QStyledItemDelegate):
    """A page's name with its count in a small pill on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        badge = index.data(BADGE_ROLE)
        if not badge:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(badge)
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance(text) + 12, 22)
        height = metrics.height() + 2
        rect = QRect(option.rect.right() - width - 8, option.rect.center().y() - height // 2, width, height)
        selected = bool(option.state & option.state.State_Selected)
        background = option.palette.highlightedText() if selected else option.palette.highlight()
        painter.setBrush(background)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen((option.palette.highlight() if selected else option.palette.highlightedText()).color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 30, max(hint.height(), 34))


class PageShelf(Mapping[str, Page]):
    """The pages by name, each built the first time it is asked for: the window opens on one page."""

    def __init__(self, specs: tuple[PageSpec, ...], build: Callable[[type[Page]], Page]) -> None:
        self._specs = {spec.name: spec for spec in specs}
        self._built: dict[str, Page] = {}
        self._build = build

    def __getitem__(self, name: str) -> Page:
        if name not in self._built:
            self._built[name] = self._build(self._specs[name].page_class())
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def build(self, name: str) -> Page:
        return self[name]

    def built(self) -> list[Page]:
        return list(self._built.values())

    def unbuilt(self) -> list[str]:
        return [name for name in self._specs if name not in self._built]


class Sidebar(QListWidget):
    """The pages by name, each with its shortcut in its tooltip and its count in a pill."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Pages"))
        self.setItemDelegate(SidebarDelegate(self))
        self.setIconSize(QSize(20, 20))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a long name is cut instead
        self.setFixedWidth(SIDEBAR_WIDE)
        for number, spec in enumerate(PAGES, 1):
            item = QListWidgetItem(icon(spec.icon_name), page_title(spec.name))
            item.setToolTip(self._tip(spec, number))
            self.addItem(item)

    def _tip(self, spec: PageSpec, number: int) -> str:
        return self.tr("%1 (Ctrl+%2)").replace("%1", page_title(spec.name)).replace("%2", str(number))

    def show_badge(self, row: int, badge: int | None) -> None:
        """The count beside a page's name, and in its tooltip."""
        item = self.item(row)
        item.setData(BADGE_ROLE, badge)
        tip = self._tip(PAGES[row], row + 1)
        if badge:
            tip = counted(self.tr("%1 · %n waiting", "", badge), f"%1 · {badge} waiting").replace("%1", tip)
        item.setToolTip(tip)

    def fit(self, window_width: int) -> None:
        """The sidebar gives up width on a narrow window."""
        self.setFixedWidth(SIDEBAR_WIDE if window_width >= NARROW_WINDOW else SIDEBAR_NARROW)
