"""Today: what asks for attention, a box to write down what just happened, and every everyday task a click away.

The everyday tasks of a Friday afternoon each start here: writing a win down
(the box, Enter), logging teaching and a conversation (one dialog each, new
skills and people included), the usual reflection (one click), the coach
packet (Ctrl+E) and search (Ctrl+K). The cards say what is due in the words
the other pages use ("14 days overdue"), and an empty card says what is true
and offers the first step. The cards reflow to fewer columns on a narrow
window; a long name is cut with "…" and shown whole in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ....domain.coverage import RoleCoverage, only_you
from ....domain.followups import FollowUps, GoalDue
from ....domain.records import CAPTURE_DRAFT, CONVERSATION_DRAFT, TEACHING_LINE_DRAFT, Entry
from ....domain.reflection import DRAFT_KEY, WEEKLY_REVIEW
from ....domain.wording import count_of, plural
from ...labels import counted, label_of
from ...session import Session
from ...widgets.card_grid import CardGrid
from ...widgets.cards import Card, RecordList, Row
from ...widgets.text_label import plain_label, tooltip_text
from ...words import check_in_text
from ..base import Page
from .capture import CaptureCard

if TYPE_CHECKING:
    from ...dialogs.record_form import RecordDialog

ONLY_YOU_SHOWN = 5
MARGIN = 22
BUTTON_TEXT_WIDTH = 170  # a long prompt-set name is cut to this on the reflection button


class DueWords(QObject):
    """How Today says when something is due, with the counts in the app's language."""

    def days(self, days: int) -> str:
        return self.tr("today") if days == 0 else counted(self.tr("%n days", "", days), count_of(days, "day"))

    def days_late(self, days: int) -> str:
        return counted(self.tr("%n days late", "", days), f"{count_of(days, 'day')} late")

    def goal_detail(self, due: GoalDue) -> str:
        if due.days_left == 0:
            left = self.tr("today left")
        elif due.days_left > 0:
            left = counted(self.tr("%n days left", "", due.days_left), f"{count_of(due.days_left, 'day')} left")
        else:
            left = self.tr("Target passed")
        milestones = due.goal.milestones
        if not milestones:
            return left
        done, count = sum(m.done for m in milestones), len(milestones)
        english = f"{done} of {count} milestones done"
        return f"{left} · " + counted(
            self.tr("%1 of %n milestone(s) done", "", count).replace("%1", str(done)), english
        )

    def years_ago(self, today: date, day: date) -> str:
        years = today.year - day.year
        return counted(self.tr("%n year(s) ago", "", years), f"{count_of(years, 'year')} ago") + f" · {day.isoformat()}"


class CardList(RecordList):
    """A card's list: small until the window has room, so the cards fill the page instead of overflowing it."""

    def sizeHint(self) -> QSize:
        return QSize(260, 120)


def _row(title: str, detail: str, kind: str, record_id: int | None, more: str = "") -> Row:
    """A card row whose tooltip holds all of it: the row cuts a long name with "…" to fit its card."""
    return Row(title, detail, kind, record_id or 0, "\n".join(part for part in (title, detail, more) if part))


class TodayPage(Page):
    name = "today"
    title = "Today"
    icon_name = "today"
    watches = frozenset({"entry", "goal", "skill", "teaching", "person", "interaction", "adviser"})
    start_reflection = Signal()  # start the usual reflection, or carry on with an unfinished one
    choose_reflection = Signal()  # show every prompt set
    export_requested = Signal()
    search_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.dialog: RecordDialog | None = None  # the dialog opened last (tests fill it in)
        self.words = DueWords(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click beside a field leaves the typing where it was
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        self.scroll = scroll
        scroll.viewport().installEventFilter(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(MARGIN, 16, MARGIN, 16)
        layout.setSpacing(12)

        self.heading = plain_label(role="page-title", wrap=False)
        layout.addWidget(self.heading)
        self.summary = plain_label(role="muted")
        layout.addWidget(self.summary)
        self.capture_card = CaptureCard(session)
        self.capture_card.saved.connect(lambda _entry: self.session.notify("entry", origin=self))
        self.capture, self.capture_kind, self.capture_private = (
            self.capture_card.box, self.capture_card.kind, self.capture_card.private
        )  # fmt: skip
        layout.addWidget(self.capture_card)
        layout.addLayout(self._everyday_row())

        self.grid = CardGrid()
        self.people = CardList(self.tr("Nobody is waiting to hear from you."))
        self.people_card = self._list_card(self.tr("People to get back to"), self.people)
        self.grid.add(self.people_card)
        self.grid.add(self._team_card())
        self.grid.add(self._reflection_card())
        self.grid.add(self._only_you_card())
        self.goals = CardList(self.tr("No goal is within 30 days of its target."))
        self.goals_card = self._list_card(self.tr("Goals near their target"), self.goals)
        self.grid.add(self.goals_card)
        self.this_day = CardList(self.tr("Nothing written on this day in earlier years."))
        self.this_day_card = self._list_card(self.tr("On this day"), self.this_day)
        self.grid.add(self.this_day_card)
        layout.addWidget(self.grid, 1)  # the cards take the height the window has
        for listing in (self.people, self.advisers, self.goals, self.only_you, self.this_day):
            listing.open_record.connect(self.session.open_requested)

    # -- building ------------------------------------------------------------------
    def _everyday_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.teach_button = self.button(
            self.tr("Log teaching…"), "teaching", tip=self.tr("Who learned what from you (Ctrl+T)")
        )
        self.teach_button.clicked.connect(lambda: self.log_teaching())
        self.talk_button = self.button(
            self.tr("Log a conversation…"),
            "calendar",
            tip=self.tr("A coffee or a meeting, and the opportunity found (Ctrl+Shift+L)"),
        )
        self.talk_button.clicked.connect(lambda: self.log_conversation())
        self.export_button = self.button(
            self.tr("Coach packet…"), "export", tip=self.tr("Export for your coach (Ctrl+E)")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.search_button = self.button(self.tr("Search…"), "search", tip=self.tr("Find anything again (Ctrl+K)"))
        self.search_button.clicked.connect(self.search_requested)
        for button in (self.teach_button, self.talk_button, self.export_button, self.search_button):
            row.addWidget(button)
        row.addStretch(1)
        for keys, slot in (("Ctrl+T", self.log_teaching), ("Ctrl+Shift+L", self.log_conversation)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return row

    def _list_card(self, title: str, listing: RecordList) -> Card:
        card = Card(title)
        listing.setMinimumHeight(110)
        card.body.addWidget(listing)
        return card

    def _first_step(self, card: Card, text: str, slot: Callable[[], object]) -> QPushButton:
        """The button an empty card offers: the first step towards filling it."""
        button = self.button(text, "add")
        button.clicked.connect(lambda: slot())
        card.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def _team_card(self) -> Card:
        self.advisers = CardList(self.tr("No check-in is overdue."))
        self.advisers_card = self._list_card(self.tr("Your personal team"), self.advisers)
        self.team_gaps = plain_label(role="muted")
        self.advisers_card.body.addWidget(self.team_gaps)
        self.fill_role_button = self._first_step(self.advisers_card, self.tr("Add to your team…"), self.fill_role)
        return self.advisers_card

    def _only_you_card(self) -> Card:
        self.only_you = CardList(self.tr("Someone else can do every part of your job on their own."))
        self.only_you_card = self._list_card(self.tr("Only you can do this"), self.only_you)
        self.add_skill_button = self._first_step(self.only_you_card, self.tr("Add a skill…"), self.add_skill)
        return self.only_you_card

    def _reflection_card(self) -> Card:
        card = Card(self.tr("Since your last reflection"))
        self.reflection_days = plain_label(role="big-number", wrap=False)
        self.reflection_note = plain_label(role="muted")
        self.reflect_button = QPushButton(self.tr("Start the weekly review"))
        self.reflect_button.setProperty("primary", True)
        self.reflect_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reflect_button.clicked.connect(self.start_reflection)
        self.choose_button = QPushButton(self.tr("or choose another prompt set…"))
        self.choose_button.setFlat(True)
        self.choose_button.setToolTip(self.tr("Every prompt set, and your own"))
        self.choose_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.choose_button.clicked.connect(self.choose_reflection)
        card.body.addWidget(self.reflection_days)
        card.body.addWidget(self.reflection_note)
        card.body.addStretch(1)
        card.body.addWidget(self.reflect_button, 0, Qt.AlignmentFlag.AlignLeft)
        card.body.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.grid.fit(self.scroll.viewport().width() - 2 * MARGIN)  # the room the cards have, not what they use
        return super().eventFilter(watched, event)

    # -- showing -------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.session.today()
        self.heading.setText(QLocale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy"))
        due = self.journal.follow_ups(today)
        self.people.set_rows(
            _row(
                d.person.name,
                (self.tr("Due today") if d.overdue_days(today) == 0 else self.words.days_late(d.overdue_days(today)))
                + (f" · {d.person.needs}" if d.person.needs else ""),
                "person",
                d.person.id,
            )
            for d in due.people
        )
        self._show_team(today, due)
        self.goals.set_rows(_row(d.goal.title, self.words.goal_detail(d), "goal", d.goal.id) for d in due.goals)
        self._show_only_you()
        self.this_day.set_rows(
            _row(e.display_title, self.words.years_ago(today, e.entry_date), "entry", e.id)
            for e in self._on_this_day(today)
        )
        self._show_reflection(due)
        waiting = due.count
        self.summary.setText(
            counted(
                self.tr("%n thing(s) ask for your attention.", "", waiting),
                f"{count_of(waiting, 'thing')} {plural(waiting, 'asks', 'ask')} for your attention.",
            )
            if waiting
            else self.tr("Nothing is waiting on you. A good day to write something down.")
        )
        self.capture_card.set_read_only(self.session.read_only)
        for button in (self.teach_button, self.talk_button, self.fill_role_button, self.add_skill_button):
            button.setEnabled(not self.session.read_only)

    def _show_team(self, today: date, due: FollowUps) -> None:
        """Overdue check-ins in the Team page's words, the empty roles, and a button to fill the first."""
        roles = self.journal.team(today)
        self.empty_roles: list[RoleCoverage] = [r for r in roles if not r.filled and r.role.is_core]
        anyone = any(r.filled for r in roles)
        self.advisers.empty_text = (
            self.tr("No check-in is overdue.") if anyone else self.tr("Nobody is on your personal team yet.")
        )
        self.advisers.set_rows(
            _row(
                s.adviser.person_name,
                " · ".join(part for part in (label_of(s.adviser.role), check_in_text(s, today)) if part),
                "adviser",
                s.adviser.id,
                (
                    self.tr("Last check-in %1").replace("%1", s.last_check_in.isoformat())
                    if s.last_check_in
                    else self.tr("Not met yet")
                )
                + ("\n" + self.tr("Ask: %1").replace("%1", s.adviser.open_asks) if s.adviser.open_asks else ""),
            )
            for s in due.advisers
        )
        late = sum(1 for s in due.advisers if s.overdue_days(today))
        self.advisers_card.set_title(
            self.tr("Your personal team (%1 overdue)").replace("%1", str(late))
            if late
            else self.tr("Your personal team")
        )
        if not anyone:
            self.team_gaps.setText(
                self.tr("A coach, a mentor, a sponsor, a peer who keeps you honest: start with one.")
            )
        else:
            names = ", ".join(label_of(r.role).lower() for r in self.empty_roles)
            self.team_gaps.setText(
                self.tr("Empty roles: %1.").replace("%1", names)
                if names
                else self.tr("Every role on your team is filled.")
            )
        first = label_of(self.empty_roles[0].role).lower() if self.empty_roles else ""
        self.fill_role_button.setText(
            self.tr("Add a %1…").replace("%1", first) if anyone and first else self.tr("Add to your team…")
        )
        self.fill_role_button.setVisible(bool(self.empty_roles))

    def _show_only_you(self) -> None:
        coverage = self.journal.coverage()
        only = only_you(coverage)
        self.only_you.empty_text = (
            self.tr("Someone else can do every part of your job on their own.")
            if coverage
            else self.tr("You have not listed what you do yet: the skills and duties the team relies on you for.")
        )
        self.only_you.set_rows(
            _row(c.skill.name, c.next_step(), "skill", c.skill.id, c.skill.description) for c in only[:ONLY_YOU_SHOWN]
        )
        self.only_you_card.set_title(
            self.tr("Only you can do this (%1)").replace("%1", str(len(only)))
            if only
            else self.tr("Only you can do this")
        )
        self.add_skill_button.setVisible(not coverage)

    def _show_reflection(self, due: FollowUps) -> None:
        if due.days_since_reflection is None:
            self.reflection_days.setText("—")
            self.reflection_note.setText(self.tr("You have not written a reflection yet. Ten quiet minutes is enough."))
        else:
            self.reflection_days.setText(self.words.days(due.days_since_reflection))
            self.reflection_note.setText(
                self.tr("A weekly review keeps the story of your work while you still remember it.")
                if due.days_since_reflection >= 7
                else self.tr("You are in the habit. Good.")
            )
        self._show_reflect_button()

    def _show_reflect_button(self) -> None:
        """Resume an unfinished reflection, or start the usual one: read each time Today is shown (drafts change
        while a reflection is written, and say nothing)."""
        unfinished = self.journal.drafts.get(DRAFT_KEY)
        key, usual = self.session.usual_reflection()
        metrics = self.reflect_button.fontMetrics()
        if unfinished is not None:
            name = metrics.elidedText(unfinished.label, Qt.TextElideMode.ElideRight, BUTTON_TEXT_WIDTH)
            self.reflect_button.setText(self.tr("Resume: %1").replace("%1", name))
            tip = self.tr("Carry on with your unfinished “%1” where you left off").replace("%1", unfinished.label)
        else:
            name = metrics.elidedText(usual, Qt.TextElideMode.ElideRight, BUTTON_TEXT_WIDTH)
            self.reflect_button.setText(
                self.tr("Start the weekly review") if key == WEEKLY_REVIEW else self.tr("Start: %1").replace("%1", name)
            )
            tip = self.tr("Start “%1” now; Choose another… lists every prompt set").replace("%1", usual)
        self.reflect_button.setToolTip(tooltip_text(tip))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_reflect_button()

    def _on_this_day(self, today: date) -> list[Entry]:
        days = []
        for years_back in range(1, 11):
            try:
                days.append(today.replace(year=today.year - years_back))
            except ValueError:  # 29 February
                continue
        return self.journal.entries.on_days(days, per_day=3, limit=6, private=False)

    @classmethod
    def badge_for(cls, session: Session, due: FollowUps) -> int | None:
        return due.count or None

    # -- everyday tasks --------------------------------------------------------------
    def _open(self, build: Callable[[], RecordDialog], doing: str) -> RecordDialog | None:
        """Open one of the everyday dialogs; Today shows what it saved at once."""
        if self.read_only_guard():
            return None
        dialog = self.session.attempt(build, parent=self, doing=doing)
        if dialog is None:
            return None
        dialog.saved.connect(lambda _saved: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    # The dialogs' modules are read when first opened: Today is the first page, and it opens at once.
    def log_teaching(self) -> RecordDialog | None:
        from ...dialogs.log_teaching import log_teaching_dialog

        return self._open(lambda: log_teaching_dialog(self, self.session), self.tr("log teaching"))

    def log_conversation(self) -> RecordDialog | None:
        from ...dialogs.log_conversation import log_conversation_dialog

        dialog = self._open(lambda: log_conversation_dialog(self, self.session), self.tr("log a conversation"))
        if dialog is not None:
            dialog.saved.connect(
                lambda saved: self.session.status.emit(
                    self.tr("Saved: %1 with %2.")
                    .replace("%1", label_of(saved.kind).lower())
                    .replace("%2", ", ".join(saved.person_names))
                )
            )
        return dialog

    def add_skill(self) -> RecordDialog | None:
        from ...dialogs.forms import skill_dialog

        return self._open(lambda: skill_dialog(self, self.session), self.tr("add a skill"))

    def fill_role(self) -> RecordDialog | None:
        from ...dialogs.people_forms import adviser_dialog

        role = self.empty_roles[0].role if self.empty_roles else None
        return self._open(lambda: adviser_dialog(self, self.session, role=role), self.tr("add to your team"))

    def owns_draft(self, key: str) -> bool:
        return key in (CAPTURE_DRAFT, TEACHING_LINE_DRAFT, CONVERSATION_DRAFT)

    def open_draft(self, key: str) -> None:
        """Show where a draft was typed: the box holds its own already; a dialog opens again and puts it back."""
        if key == CAPTURE_DRAFT:
            self.capture.setFocus()
        elif key == TEACHING_LINE_DRAFT:
            self.log_teaching()
        elif key == CONVERSATION_DRAFT:
            self.log_conversation()

    def focus_first(self) -> None:
        self.capture.setFocus()
