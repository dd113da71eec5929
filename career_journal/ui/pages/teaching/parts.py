"""Pieces of the Teaching page: its table columns, a status pill, and the "only you" strip.

The page (``pages/teaching.py``) wires these to the journal; nothing here reads
or writes the journal, so each piece can be looked at on its own. Its record
tables with their buttons are the generic ``RecordSection`` (``record_section.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ....domain.coverage import SkillCoverage
from ....domain.enums import Criticality, HandoverStatus
from ....domain.records import Handover, Teaching
from ... import theme
from ...icons import icon
from ...labels import fill, label_of
from ...models.table import RECORD_ROLE, Column
from ...widgets.cards import Card
from ...widgets.text_label import elided_lines, plain_label, tooltip_text

# Where each handover stands on its way from planned to handed over (1-based step); status sorts by it.
HANDOVER_STEP = {HandoverStatus.PLANNED: 1, HandoverStatus.IN_TRANSITION: 2, HandoverStatus.HANDED_OVER: 3}
IN_TRANSITION_COLOR = "#a8791a"


def _muted() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def _accent() -> QColor:
    return QColor(theme.ACCENT_DARK if theme.is_dark() else theme.ACCENT)


def criticality_color(criticality: Criticality) -> QColor:
    return QColor(theme.WARM) if criticality is Criticality.CRITICAL else _muted()


def first_line(text: str) -> str:
    stripped = text.strip()
    return stripped.splitlines()[0] if stripped else ""


def _day(day: date | None) -> str:
    return day.isoformat() if day else "—"


# -- columns ---------------------------------------------------------------------------------
COL_SKILL_NAME, COL_SKILL_CRITICALITY, COL_SKILL_COVERED, COL_SKILL_BEST, COL_SKILL_WHO, COL_SKILL_DOC = range(6)


def _who(coverage: SkillCoverage) -> str:
    learners = coverage.learners
    return ", ".join(
        f"{one.person_name} ({label_of(one.best_level).lower()})" for one in learners
    ) or QCoreApplication.translate("SkillTable", "Nobody yet")


def _who_tip(coverage: SkillCoverage) -> str:
    return "\n".join(f"{one.person_name}: last taught {one.last_taught_on}" for one in coverage.learners)


def _skill_tip(coverage: SkillCoverage) -> str:
    kind = "A duty or account you hold" if coverage.skill.is_responsibility else "A skill"
    return f"{kind}\n\n{coverage.skill.description}".strip()


def _covered_color(coverage: SkillCoverage) -> QColor | None:
    if coverage.covered:
        return _accent()
    return QColor(theme.WARM) if coverage.skill.criticality is Criticality.CRITICAL else None


def skill_columns() -> list[Column[SkillCoverage]]:
    return [
        Column(QT_TRANSLATE_NOOP("Column", "Skill or responsibility"), lambda c: c.skill.name, tooltip=_skill_tip),
        Column(
            QT_TRANSLATE_NOOP("Column", "How critical"),
            lambda c: label_of(c.skill.criticality),
            sort_key=lambda c: int(c.skill.criticality),
            tooltip=lambda c: fill(
                QCoreApplication.translate("parts", "%1: how much it matters while only you can do it"),
                label_of(c.skill.criticality),
            ),
            color=lambda c: criticality_color(c.skill.criticality),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Coverage"),
            lambda c: (
                QCoreApplication.translate("SkillTable", "Covered")
                if c.covered
                else QCoreApplication.translate("SkillTable", "Only you")
            ),
            sort_key=lambda c: int(c.covered),
            tooltip=lambda c: (
                QCoreApplication.translate("SkillTable", "Someone can do it on their own")
                if c.covered
                else c.next_step()
            ),
            icon=lambda c: icon("check", _accent()) if c.covered else icon("alert", _covered_color(c) or _muted()),
            color=_covered_color,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Best learner"),
            lambda c: label_of(c.best_level) if c.best_level else "—",
            sort_key=lambda c: int(c.best_level or 0),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Who has learned it"),
            _who,
            tooltip=_who_tip,
            color=lambda c: None if c.learners else _muted(),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Written down"),
            lambda c: c.skill.documented or QCoreApplication.translate("SkillTable", "Not written down"),
            sort_key=lambda c: c.skill.documented.casefold() or "\uffff",
            tooltip=lambda c: (
                c.skill.documented
                or QCoreApplication.translate("SkillTable", "Nobody could read how it is done: write it down")
            ),
            color=lambda c: None if c.skill.documented else criticality_color(c.skill.criticality),
        ),
    ]


COL_TEACHING_DATE, COL_TEACHING_PERSON, COL_TEACHING_METHOD, COL_TEACHING_LEVEL, COL_TEACHING_NOTES = range(5)


def teaching_columns() -> list[Column[Teaching]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Column", "Date"),
            lambda t: t.taught_on.isoformat(),
            sort_key=lambda t: (t.taught_on.toordinal(), t.id or 0),
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Taught to"), lambda t: t.person_name),
        Column(QT_TRANSLATE_NOOP("Column", "How"), lambda t: label_of(t.method)),
        Column(
            QT_TRANSLATE_NOOP("Column", "How far they got"),
            lambda t: label_of(t.level),
            sort_key=lambda t: int(t.level),
            color=lambda t: _accent() if t.level.can_cover else None,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Notes"), lambda t: first_line(t.notes), tooltip=lambda t: t.notes),
    ]


COL_HANDOVER_TITLE, COL_HANDOVER_PERSON, COL_HANDOVER_SKILL, COL_HANDOVER_STATUS = range(4)
COL_HANDOVER_STARTED, COL_HANDOVER_COMPLETED, COL_HANDOVER_NOTES = range(4, 7)


def status_color(status: HandoverStatus) -> QColor:
    if status is HandoverStatus.HANDED_OVER:
        return _accent()
    return QColor(IN_TRANSITION_COLOR) if status is HandoverStatus.IN_TRANSITION else _muted()


def handover_columns() -> list[Column[Handover]]:
    return [
        Column(QT_TRANSLATE_NOOP("Column", "Duty or account"), lambda h: h.title, tooltip=lambda h: h.notes),
        Column(QT_TRANSLATE_NOOP("Column", "Handed to"), lambda h: h.person_name),
        Column(QT_TRANSLATE_NOOP("Column", "Skill"), lambda h: h.skill_name or "—"),
        Column(
            QT_TRANSLATE_NOOP("Column", "Status"),
            lambda h: label_of(h.status),
            sort_key=lambda h: HANDOVER_STEP[h.status],
            tooltip=lambda h: fill(
                QCoreApplication.translate("parts", "Step %1 of 3: planned → in transition → handed over"),
                HANDOVER_STEP[h.status],
            ),
            color=lambda h: status_color(h.status),
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Started"), lambda h: _day(h.started_on), sort_key=lambda h: h.started_on),
        Column(
            QT_TRANSLATE_NOOP("Column", "Completed"), lambda h: _day(h.completed_on), sort_key=lambda h: h.completed_on
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Notes"), lambda h: first_line(h.notes), tooltip=lambda h: h.notes),
    ]


def handover_steps(record: Any) -> tuple[int, int] | None:
    return (HANDOVER_STEP[record.status], 3) if isinstance(record, Handover) else None


# -- drawing ------------------------------------------------------------------------------------
class PillDelegate(QStyledItemDelegate):
    """The cell's text in a small rounded pill of its foreground colour; optionally dots for the steps done."""

    def __init__(self, parent: QWidget, steps: Callable[[Any], tuple[int, int] | None] | None = None) -> None:
        super().__init__(parent)
        self._steps = steps

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        if option.widget is not None:  # the row's background and selection, without the text
            option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = QColor(index.data(Qt.ItemDataRole.ForegroundRole) or option.palette.color(QPalette.ColorRole.Text))
        if selected:
            ink = option.palette.color(QPalette.ColorRole.HighlightedText)
        height = option.fontMetrics.height() + 4
        width = option.fontMetrics.horizontalAdvance(text) + 16
        rect = QRectF(option.rect.left() + 6, option.rect.center().y() - height / 2 + 0.5, width, height)
        fill = QColor(ink)
        fill.setAlpha(60 if selected else 40)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill)
        painter.setPen(ink)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        done, total = (self._steps(index.data(RECORD_ROLE)) if self._steps else None) or (0, 0)
        for step in range(total):
            painter.setBrush(ink if step < done else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(rect.right() + 10 + step * 10, rect.center().y() - 3, 6, 6))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(
            hint.width() + 22 + (40 if self._steps else 0), max(hint.height(), option.fontMetrics.height() + 10)
        )


# -- "only you can do this" ------------------------------------------------------------------------
TILE_HEIGHT = 134
NAME_LINES, STEP_LINES = 2, 3  # what fits in a tile above its button
COMPACT_TILE_HEIGHT = 74  # in a short window: how critical, the name on one line, the button; the step in the tooltip


class OnlyYouTile(QFrame):
    """One skill only you can do: how critical, its name, the next step, and a button to log teaching it."""

    chosen = Signal(int)  # skill id
    teach = Signal(int, int)  # skill id, the closest learner's person id (0: nobody yet)

    def __init__(self, coverage: SkillCoverage, *, writable: bool, compact: bool = False) -> None:
        super().__init__()
        skill = coverage.skill
        self.skill_id = skill.id or 0
        edge = theme.WARM if skill.criticality is Criticality.CRITICAL else "palette(mid)"
        self.setObjectName("onlyYouTile")
        self.setStyleSheet(
            "QFrame#onlyYouTile { background: palette(window); border: 1px solid palette(mid);"
            f" border-left: 4px solid {edge}; border-radius: 8px; }}"
        )
        self.setMinimumWidth(180)
        self.setMaximumWidth(300)
        self.setFixedHeight(COMPACT_TILE_HEIGHT if compact else TILE_HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        step = f"{coverage.next_step()}\n" if compact else ""
        self.setToolTip(tooltip_text(fill(self.tr("%1\n%2Click to show it in the table"), skill.name, step)))
        self.level = plain_label(label_of(skill.criticality).upper(), wrap=False)
        self.level.setStyleSheet(f"color: {criticality_color(skill.criticality).name()}; font: bold 8pt;")
        self.name = plain_label(skill.name, wrap=False)
        self.name.setStyleSheet("font-weight: 600;")
        self.next_step = plain_label(coverage.next_step(), "muted", wrap=False)
        # A long name or step is cut to the lines that fit the tile, ending in "…"; the table has it in full.
        self._fitted = (
            (self.name, skill.name, 1 if compact else NAME_LINES),
            (self.next_step, coverage.next_step(), STEP_LINES),
        )
        self.next_step.setVisible(not compact)
        closest = coverage.learners[0].person_id if coverage.learners else 0
        self.teach_button = QPushButton(icon("teaching"), self.tr("Log teaching…"))
        self.teach_button.setFlat(True)
        self.teach_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.teach_button.setToolTip(tooltip_text(fill(self.tr("Log that you taught %1 to someone"), skill.name)))
        self.teach_button.setAccessibleName(fill(self.tr("Log teaching %1"), skill.name))
        self.teach_button.setEnabled(writable)
        self.teach_button.clicked.connect(lambda: self.teach.emit(self.skill_id, closest))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 4)
        layout.setSpacing(2)
        for label in (self.level, self.name, self.next_step):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.teach_button, 0, Qt.AlignmentFlag.AlignLeft)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.skill_id)
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for label, text, lines in self._fitted:
            label.setText(elided_lines(text, label.font(), label.contentsRect().width(), lines))


class OnlyYouStrip(Card):
    """The skills nobody else can do on their own, most critical first, side by side."""

    chosen = Signal(int)
    teach = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Only you can do this", parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.note = plain_label(role="muted")
        heading = QHBoxLayout()  # the note sits beside the title, saving a line for the tables below
        self.body.removeWidget(self.title_label)
        heading.addWidget(self.title_label)
        heading.addSpacing(12)
        heading.addWidget(self.note, 1)
        self.body.addLayout(heading)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compact = False
        self.scroll.setFixedHeight(TILE_HEIGHT + 16)  # room for the scroll bar when the tiles overflow
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        inner = QWidget()
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(0, 2, 0, 2)
        self.row.setSpacing(10)
        self.scroll.setWidget(inner)
        self.body.addWidget(self.scroll)
        self.tiles: list[OnlyYouTile] = []
        self._shown: tuple[list[SkillCoverage], bool, bool] | None = None

    def set_compact(self, compact: bool) -> None:
        """Smaller tiles (a short window leaves the tables more rows); the tiles are made again."""
        if compact == self.compact:
            return
        self.compact = compact
        self.scroll.setFixedHeight((COMPACT_TILE_HEIGHT if compact else TILE_HEIGHT) + 16)
        if self._shown is not None:
            only, has_skills, writable = self._shown
            self.set_skills(only, has_skills=has_skills, writable=writable)

    def set_skills(self, only: list[SkillCoverage], *, has_skills: bool, writable: bool) -> None:
        self._shown = (only, has_skills, writable)
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        while self.row.count():
            self.row.takeAt(0)
        critical = sum(1 for c in only if c.skill.criticality is Criticality.CRITICAL)
        self.set_title(
            fill(self.tr("Only you can do this (%1)"), len(only)) if only else self.tr("Only you can do this")
        )
        if not has_skills:
            note = self.tr("Add the skills and responsibilities you hold; then log who you taught.")
        elif not only:
            note = self.tr("Someone else can do every part of your job on their own. Time for the next hard task.")
        else:
            lead = fill(self.tr("%1 critical · "), critical) if critical else ""
            note = fill(self.tr("%1most critical first, each with the step that takes it off this list"), lead)
        self.note.setText(note)
        self.scroll.setVisible(bool(only))
        for coverage in only:
            tile = OnlyYouTile(coverage, writable=writable, compact=self.compact)
            tile.chosen.connect(self.chosen)
            tile.teach.connect(self.teach)
            self.row.addWidget(tile)
            self.tiles.append(tile)
        self.row.addStretch(1)

    def skill_ids(self) -> list[int]:
        return [tile.skill_id for tile in self.tiles]
