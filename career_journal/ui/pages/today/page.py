"""Today: what asks for attention, and a box to write down what just happened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import EntryKind
from ...domain.followups import FollowUps, GoalDue
from ...domain.queries import EntryFilter
from ...domain.records import Entry
from ..session import Session
from ..widgets.cards import Card, RecordList, Row
from ..widgets.fields import EnumCombo
from ..widgets.text_label import plain_label
from .base import Page

ONLY_YOU_SHOWN = 5
CAPTURE_KINDS = (EntryKind.NOTE, EntryKind.WIN, EntryKind.LESSON, EntryKind.MEETING)


class CaptureBox(QPlainTextEdit):
    """Enter saves; Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def _days(days: int) -> str:
    return "today" if days == 0 else "1 day" if days == 1 else f"{days} days"


def _goal_detail(due: GoalDue) -> str:
    left = f"{_days(due.days_left)} left" if due.days_left >= 0 else "Target passed"
    milestones = due.goal.milestones
    if not milestones:
        return left
    return f"{left} · {sum(m.done for m in milestones)} of {len(milestones)} milestones done"


def _years_ago(today: date, day: date) -> str:
    years = today.year - day.year
    return f"{years} year{'s' if years != 1 else ''} ago · {day.isoformat()}"


class TodayPage(Page):
    name = "today"
    title = "Today"
    icon_name = "today"
    watches = frozenset({"entry", "goal", "skill", "teaching", "person", "interaction", "adviser"})
    start_reflection = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(12)

        self.heading = plain_label(role="page-title", wrap=False)
        layout.addWidget(self.heading)
        self.summary = plain_label(role="muted", wrap=False)
        layout.addWidget(self.summary)

        layout.addWidget(self._capture_card())

        grid = QGridLayout()
        grid.setSpacing(12)
        self.people = RecordList("Nobody is waiting to hear from you.")
        self.advisers = RecordList("Your team is up to date.")
        self.goals = RecordList("No goal is within 30 days of its target.")
        self.only_you = RecordList("Someone else can do every part of your job. Well done.")
        self.this_day = RecordList("Nothing written on this day in earlier years.")
        self.people_card = self._list_card("People to get back to", self.people)
        self.advisers_card = self._list_card("Advisers to check in with", self.advisers)
        self.goals_card = self._list_card("Goals near their target", self.goals)
        self.only_you_card = self._list_card("Only you can do this", self.only_you)
        self.this_day_card = self._list_card("On this day", self.this_day)
        grid.addWidget(self.people_card, 0, 0)
        grid.addWidget(self.advisers_card, 0, 1)
        grid.addWidget(self._reflection_card(), 0, 2)
        grid.addWidget(self.goals_card, 1, 0)
        grid.addWidget(self.only_you_card, 1, 1)
        grid.addWidget(self.this_day_card, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        for listing in (self.people, self.advisers, self.goals, self.only_you, self.this_day):
            listing.open_record.connect(self.session.open_requested)

    # -- building ------------------------------------------------------------------
    def _list_card(self, title: str, listing: RecordList) -> Card:
        card = Card(title)
        listing.setMinimumHeight(110)
        card.body.addWidget(listing)
        return card

    def _capture_card(self) -> Card:
        card = Card("Write it down")
        self.capture = CaptureBox()
        self.capture.setPlaceholderText("What happened? A win, a lesson, something you taught… Enter saves it.")
        self.capture.setAccessibleName("Quick capture")
        self.capture.setFixedHeight(64)
        self.capture.setTabChangesFocus(True)
        self.capture.submitted.connect(self.save_capture)
        card.body.addWidget(self.capture)
        row = QHBoxLayout()
        self.capture_kind = EnumCombo(CAPTURE_KINDS)
        self.capture_kind.setAccessibleName("Kind of entry")
        self.capture_private = QCheckBox("Private")
        self.capture_private.setToolTip("Private entries are never exported unless you ask")
        self.capture_note = plain_label("Shift+Enter for a new line", "muted", wrap=False)
        save = self.button("Save", "save", primary=True)
        save.clicked.connect(self.save_capture)
        row.addWidget(self.capture_kind)
        row.addWidget(self.capture_private)
        row.addStretch(1)
        row.addWidget(self.capture_note)
        row.addWidget(save)
        card.body.addLayout(row)
        return card

    def _reflection_card(self) -> Card:
        card = Card("Since your last reflection")
        self.reflection_days = plain_label(role="big-number", wrap=False)
        self.reflection_note = plain_label(role="muted")
        start = QPushButton("Start a reflection")
        start.setProperty("primary", True)
        start.clicked.connect(self.start_reflection)
        card.body.addWidget(self.reflection_days)
        card.body.addWidget(self.reflection_note)
        card.body.addStretch(1)
        card.body.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    # -- showing -------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.session.today()
        self.heading.setText(f"{today:%A} {today.day} {today:%B %Y}")
        due = self.journal.follow_ups(today)
        self.people.set_rows(
            Row(
                d.person.name,
                ("Due today" if d.overdue_days(today) == 0 else f"{_days(d.overdue_days(today))} late")
                + (f" · {d.person.needs}" if d.person.needs else ""),
                "person",
                d.person.id or 0,
            )
            for d in due.people
        )
        self.advisers.set_rows(
            Row(
                f"{s.adviser.person_name}, {s.adviser.role.label.lower()}",
                (f"Last check-in {s.last_check_in.isoformat()}" if s.last_check_in else "Not met yet")
                + (f" · ask: {s.adviser.open_asks}" if s.adviser.open_asks else ""),
                "adviser",
                s.adviser.id or 0,
            )
            for s in due.advisers
        )
        self.goals.set_rows(Row(d.goal.title, _goal_detail(d), "goal", d.goal.id or 0) for d in due.goals)
        only = self.journal.only_you()
        self.only_you.set_rows(
            Row(c.skill.name, c.next_step, "skill", c.skill.id or 0, c.skill.description) for c in only[:ONLY_YOU_SHOWN]
        )
        self.only_you_card.set_title(f"Only you can do this ({len(only)})" if only else "Only you can do this")
        self.this_day.set_rows(
            Row(e.display_title, _years_ago(today, e.entry_date), "entry", e.id or 0) for e in self._on_this_day(today)
        )
        if due.days_since_reflection is None:
            self.reflection_days.setText("—")
            self.reflection_note.setText("You have not written a reflection yet. Ten quiet minutes is enough.")
        else:
            self.reflection_days.setText(_days(due.days_since_reflection))
            self.reflection_note.setText(
                "A weekly review keeps the story of your work while you still remember it."
                if due.days_since_reflection >= 7
                else "You are in the habit. Good."
            )
        waiting = due.count
        self.summary.setText(
            f"{waiting} thing{'s' if waiting != 1 else ''} ask{'' if waiting != 1 else 's'} for your attention."
            if waiting
            else "Nothing is waiting on you. A good day to write something down."
        )
        self.capture.setReadOnly(self.session.read_only)

    def _on_this_day(self, today: date) -> list[Entry]:
        found: list[Entry] = []
        for years_back in range(1, 11):
            try:
                day = today.replace(year=today.year - years_back)
            except ValueError:  # 29 February
                continue
            found += self.journal.entries.list(EntryFilter(date_from=day, date_to=day, private=False), limit=3)
        return found[:6]

    @classmethod
    def badge_for(cls, session: Session, due: FollowUps) -> int | None:
        return due.count or None

    # -- writing -------------------------------------------------------------------
    def save_capture(self) -> None:
        text = self.capture.toPlainText().strip()
        if not text or self.read_only_guard():
            return
        entry = Entry(
            body=text,
            entry_date=self.session.today(),
            kind=self.capture_kind.value(),
            private=self.capture_private.isChecked(),
        )
        saved = self.session.attempt(lambda: self.journal.entries.add(entry), parent=self, doing="save the entry")
        if saved is None:
            return  # the text stays in the box
        self.capture.clear()
        self.capture_private.setChecked(False)
        self.session.status.emit(f"Saved to your journal: {saved.display_title}")
        self.session.notify("entry", origin=self)

    def focus_first(self) -> None:
        self.capture.setFocus()
