"""The Team page's role cards: per role what it does for you and who fills it, each adviser with buttons to act."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ....domain.coverage import AdviserStatus, RoleCoverage
from ....domain.enums import TeamRole
from ...icons import icon
from ...labels import fill, label_of
from ...theme import WARM
from ...widgets.cards import Card
from ...widgets.text_label import ElidedLabel, plain_label, tooltip_text
from ...words import cadence_text, check_in_text

# Per role: what to call one ("as your …", "Add a …"), what they do for you, and why an empty seat matters.
ROLE_TEXT: dict[TeamRole, tuple[str, str, str]] = {
    TeamRole.COACH: (
        QT_TRANSLATE_NOOP("TeamRole", "coach"),
        QT_TRANSLATE_NOOP("TeamRole", "Helps you choose where to go, and holds you to it"),
        QT_TRANSLATE_NOOP("TeamRole", "A plan you talk through with someone every month is a plan you keep."),
    ),
    TeamRole.MENTOR: (
        QT_TRANSLATE_NOOP("TeamRole", "mentor"),
        QT_TRANSLATE_NOOP("TeamRole", "Has walked the road ahead and tells you what is on it"),
        QT_TRANSLATE_NOOP("TeamRole", "Learn from someone else's mistakes instead of making each one yourself."),
    ),
    TeamRole.SPONSOR: (
        QT_TRANSLATE_NOOP("TeamRole", "sponsor"),
        QT_TRANSLATE_NOOP("TeamRole", "Speaks for you in rooms you are not in"),
        QT_TRANSLATE_NOOP(
            "TeamRole", "Promotions are decided in meetings you do not attend. Someone there should know your work."
        ),
    ),
    TeamRole.RESUME_WRITER: (
        QT_TRANSLATE_NOOP("TeamRole", "résumé writer"),
        QT_TRANSLATE_NOOP("TeamRole", "Keeps your résumé ready before you need it"),
        QT_TRANSLATE_NOOP("TeamRole", "Update it in a calm month, not in the week the right role opens."),
    ),
    TeamRole.RECRUITER: (
        QT_TRANSLATE_NOOP("TeamRole", "recruiter"),
        QT_TRANSLATE_NOOP("TeamRole", "Knows the market and what you are worth in it"),
        QT_TRANSLATE_NOOP("TeamRole", "Knowing your options makes every decision calmer, even the decision to stay."),
    ),
    TeamRole.PROFILE: (
        QT_TRANSLATE_NOOP("TeamRole", "profile helper"),
        QT_TRANSLATE_NOOP("TeamRole", "Keeps your online profile current and your work visible"),
        QT_TRANSLATE_NOOP("TeamRole", "People look you up before they meet you. Let them find this year's work."),
    ),
    TeamRole.PEER: (
        QT_TRANSLATE_NOOP("TeamRole", "peer"),
        QT_TRANSLATE_NOOP("TeamRole", "Keeps you honest, week to week"),
        QT_TRANSLATE_NOOP("TeamRole", "Someone at your level who tells you what you need to hear."),
    ),
    TeamRole.OTHER: (
        QT_TRANSLATE_NOOP("TeamRole", "adviser"),
        QT_TRANSLATE_NOOP("TeamRole", "Anyone else who helps your career along"),
        "",
    ),
}
CARD_MIN_WIDTH = 190
CURRENT_STYLE = "QFrame#adviser { border: none; border-left: 3px solid palette(highlight); padding-left: 7px; }"


def noun(role: TeamRole) -> str:
    return QCoreApplication.translate("TeamRole", ROLE_TEXT[role][0])


def is_due(status: AdviserStatus, today: date) -> bool:
    return status.is_due(today)


def due_text(status: AdviserStatus, today: date) -> str:
    """What the next check-in asks for, in the words Today uses too ("14 days overdue", "Check-in due today"…)."""
    return check_in_text(status, today)


def tool_button(icon_name: str, name: str, tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(icon_name))
    button.setToolTip(tooltip_text(tooltip))
    button.setAccessibleName(name)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, like the check-in button
    return button


class AdviserBlock(QFrame):
    """One adviser inside a role card: who, what for, when last seen, what to ask next, and the buttons to act."""

    action = Signal(str, object)  # "check-in" | "prepare" | "edit" | "remove", the AdviserStatus

    def __init__(self, status: AdviserStatus, today: date, writable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        adviser, name, due = status.adviser, status.adviser.person_name, is_due(status, today)
        self.setObjectName("adviser")
        self.setAccessibleName(f"{name}, {label_of(adviser.role)}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        seen = (
            fill(self.tr("last %1"), status.last_check_in.isoformat())
            if status.last_check_in
            else self.tr("not met yet")
        )
        asks = adviser.open_asks.strip()
        self.name_label = ElidedLabel(name)  # a long name takes one line, whole in its tooltip
        self.name_label.setStyleSheet("font-weight: 600;")
        self.rhythm_label = plain_label(f"{cadence_text(adviser)} · {seen}", "muted")
        self.due_label = plain_label(due_text(status, today), "" if due else "muted")
        self.due_label.setStyleSheet(f"color: {WARM}; font-weight: 600;" if due else "")
        self.asks_label = plain_label(
            fill(self.tr("Open asks: %1"), asks) if asks else self.tr("No open asks"), "" if asks else "muted"
        )
        helps = [plain_label(adviser.helps_with)] if adviser.helps_with else []
        header = QHBoxLayout()  # the name, and Prepare beside it (the foot's buttons fill a narrow card)
        header.setSpacing(4)
        header.addWidget(self.name_label, 1)
        layout.addLayout(header)
        for label in (*helps, self.rhythm_label, self.due_label, self.asks_label):
            layout.addWidget(label)
        self.due_label.setVisible(bool(self.due_label.text()))
        layout.addStretch(1)  # the buttons sit at the card's foot, level with their neighbours'
        layout.addSpacing(4)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.check_in_button = QPushButton(icon("check"), self.tr("Log check-in…"))
        self.check_in_button.setToolTip(
            tooltip_text(fill(self.tr("Log a conversation with %1: that is a check-in"), name))
        )
        self.edit_button = tool_button(
            "edit",
            fill(self.tr("Edit %1"), name),
            fill(self.tr("Edit %1's place on your team (or double-click)"), name),
        )
        self.remove_button = tool_button(
            "delete", fill(self.tr("Remove %1"), name), fill(self.tr("Remove %1 from your team (asks first)"), name)
        )
        self.prepare_button = tool_button(
            "export",
            self.tr("Prepare"),
            fill(self.tr("Prepare a check-in with %1: what changed since the last one"), name),
        )
        self.prepare_button.setText(self.tr("Prepare"))
        self.prepare_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons = {
            "check-in": self.check_in_button,
            "prepare": self.prepare_button,
            "edit": self.edit_button,
            "remove": self.remove_button,
        }
        for what, button in buttons.items():
            button.setEnabled(writable or what == "prepare")  # preparing only reads
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, what=what: self.action.emit(what, self.status))
            if what == "prepare":
                header.addWidget(button)
                continue
            row.addWidget(button)
            if what == "check-in":
                row.addStretch(1)

    def set_current(self, current: bool) -> None:
        """Mark the adviser just opened from elsewhere or just saved, so the eye finds it."""
        self.setProperty("current", current)
        self.setFrameShape(QFrame.Shape.StyledPanel if current else QFrame.Shape.NoFrame)  # else no border drawn
        self.setStyleSheet(CURRENT_STYLE if current else "")

    def mouseDoubleClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.edit_button.isEnabled():
            self.action.emit("edit", self.status)


class RoleCard(Card):
    """A team role: its advisers, or (dashed) a gap with a button to fill it."""

    add = Signal(object)  # the TeamRole

    def __init__(self, coverage: RoleCoverage, today: date, writable: bool, parent: QWidget | None = None) -> None:
        super().__init__(label_of(coverage.role), parent, gap=not coverage.filled)
        self.role = coverage.role
        word, does, why = (
            QCoreApplication.translate("TeamRole", text) if text else "" for text in ROLE_TEXT[self.role]
        )
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # columns of equal width
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self.body.addWidget(plain_label(does, "muted"))
        self.body.addSpacing(4)
        self.blocks: dict[int, AdviserBlock] = {}
        self.add_button: QPushButton | None = None
        for number, status in enumerate(coverage.advisers):
            if number:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setStyleSheet("color: palette(mid);")
                self.body.addWidget(line)
            self.blocks[status.adviser.id or 0] = block = AdviserBlock(status, today, writable)
            self.body.addWidget(block, 1 if number == len(coverage.advisers) - 1 else 0)
        if not coverage.filled:
            self.body.addWidget(plain_label(why))
            self.body.addStretch(1)
            article = "an" if word[0] in "aeiou" else "a"
            self.add_button = QPushButton(icon("add"), fill(self.tr("Add %1 %2…"), article, word))
            self.add_button.setToolTip(
                fill(self.tr("Choose someone from your network, or type a new name, as your %1"), word)
            )
            self.add_button.setEnabled(writable)
            self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.add_button.clicked.connect(lambda: self.add.emit(self.role))
            self.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        filled = fill(self.tr("%1 on your team"), len(coverage.advisers)) if coverage.filled else "empty, a gap to fill"
        self.setAccessibleName(f"{label_of(self.role)}: {filled}")

    def first_button(self) -> QWidget | None:
        if self.add_button is not None:
            return self.add_button
        return next(iter(self.blocks.values())).check_in_button if self.blocks else None
