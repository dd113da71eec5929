"""Timeline: every kind of record on one dated line, newest first, filtered by kind, tag, person and goal.

The list reads a keyset page at a time as it scrolls, so a decade of notes
opens at once. Double-click or Enter opens a record on its own page.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QListView, QPushButton, QWidget

from ....domain.enums import RecordKind
from ....domain.timeline import TimelineFilter
from ....domain.wording import count_of
from ...labels import counted, fill
from ...models.timeline import TimelineModel
from ...session import Session
from ...widgets.fields import EnumCombo
from ...widgets.text_label import note_label
from ..base import Page
from .rows import TimelineDelegate


class PersonFilter(QComboBox):
    """Anyone, or one person found by typing part of their name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(14)
        self.lineEdit().setPlaceholderText(self.tr("Anyone"))
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_people(self, people: list[tuple[int, str]]) -> None:
        chosen = self.value()
        self.blockSignals(True)
        self.clear()
        for person_id, label in people:
            self.addItem(label, person_id)
        self.set_value(chosen)
        self.blockSignals(False)

    def value(self) -> int | None:
        """The chosen person's id; None for anyone (an empty box), or when the name is nobody's or several people's."""
        return self.lookup()[0]

    def lookup(self) -> tuple[int | None, str]:
        """The person the box names, and a sentence when it names nobody or several (read as the command line does)."""
        typed = self.currentText().strip()
        if not typed:
            return None, ""
        exact = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return self.itemData(exact), ""
        wanted = typed.casefold()
        names = [(n, self.itemText(n).split(" (")[0].casefold()) for n in range(self.count())]
        for matches in ([n for n, name in names if name == wanted], [n for n, name in names if wanted in name]):
            if len(matches) == 1:
                return self.itemData(matches[0]), ""
            if matches:
                return None, fill(self.tr("“%1” could be %2 people: pick one from the list."), typed, len(matches))
        return None, fill(self.tr("Nobody in your network is called “%1”."), typed)

    def set_value(self, person_id: int | None) -> None:
        index = self.findData(person_id) if person_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


class TimelinePage(Page):
    name = "timeline"
    title = "Timeline"
    icon_name = "timeline"
    watches = frozenset(kind.value for kind in RecordKind)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer, buttons = self.header()
        self.count_label = note_label("", "muted", wrap=False)
        buttons.addWidget(self.count_label)

        filters = QHBoxLayout()
        self.kind = EnumCombo(RecordKind, none_text=self.tr("Every kind"))
        self.kind.setAccessibleName(self.tr("Kind of record"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.person = PersonFilter()
        self.person.setAccessibleName(self.tr("Person"))
        self.goal = QComboBox()
        self.goal.setAccessibleName(self.tr("Goal"))
        self.goal.setMaximumWidth(260)
        self.person_note = note_label("", "error", wrap=False)
        self.person_note.hide()
        self.clear_button = QPushButton(self.tr("Show everything"))
        self.clear_button.setToolTip(self.tr("Clear the filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        for widget in (self.kind, self.tag, self.person, self.goal):
            filters.addWidget(widget)
        filters.addWidget(self.person_note)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        outer.addLayout(filters)

        self.model = TimelineModel(self.journal, self)
        self.list = QListView()
        self.list.setObjectName("timeline")
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)  # every row the same height: a decade lays out at once
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.activated.connect(self.open_row)
        outer.addWidget(self.list, 1)
        self.empty = note_label(self.tr("Nothing on the timeline for these filters."), "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        outer.addWidget(self.empty)

        for combo in (self.kind, self.tag, self.goal):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.person.activated.connect(lambda _index: self.apply_filters())
        self.person.lineEdit().editingFinished.connect(self.apply_filters)

    # -- loading -------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_choices()
        self._reload()

    def _fill_choices(self) -> None:
        tags = [(f"{tag} ({count:,})", tag) for tag, count in self.journal.entries.tags()]
        _fill(self.tag, self.tr("Any tag"), tags)
        _fill(self.goal, self.tr("Any goal"), [(goal.title, goal.id) for goal in self.journal.goals.list()])
        self.person.set_people(self.journal.timeline.people())

    def filters(self) -> TimelineFilter:
        kind = self.kind.value()
        return TimelineFilter(
            kinds=frozenset({kind}) if kind is not None else frozenset(),
            tag=self.tag.currentData(),
            person_id=self.person.value(),
            goal_id=self.goal.currentData(),
        )

    def apply_filters(self) -> None:
        note = self.person.lookup()[1]
        self.person_note.setText(note)
        self.person_note.setVisible(bool(note))
        if self.filters() != self.model.filters:
            self._reload()

    def _reload(self) -> None:
        current = self.list.currentIndex()
        kept = self.model.item(current.row()) if current.isValid() else None
        self.model.reload(self.filters())
        total = self.model.count()
        self.count_label.setText(counted(self.tr("%n records", "", total), count_of(total, "record")))
        self.empty.setVisible(total == 0)
        self.list.setVisible(total > 0)
        row = self.model.row_of(kept.kind, kept.record_id) if kept is not None else None
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def clear_filters(self) -> None:
        for combo in (self.kind, self.tag, self.goal):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.person.set_value(None)
        self.person_note.hide()
        self._reload()

    # -- opening -------------------------------------------------------------------
    def open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.item(index.row())
            self.session.open_requested.emit(item.kind.value, item.record_id)

    def focus_first(self) -> None:
        self.list.setFocus()
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))


def _fill(combo: QComboBox, none_text: str, choices: list[tuple[str, object]]) -> None:
    """Put the choices in, keeping the one chosen if it is still there, without announcing a change."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for label, value in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    combo.blockSignals(False)
