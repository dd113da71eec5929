"""The opportunity stages: the road an opportunity travels, and the strip of buttons that counts and picks them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QSizePolicy, QWidget

from ....domain.enums import OpportunityStatus
from ....domain.wording import count_of
from ...labels import fill, label_of
from ...widgets.text_label import plain_label

STAGES = tuple(OpportunityStatus)
# The road an opportunity travels; "dropped" is left off it on purpose.
ROAD = (
    OpportunityStatus.SPOTTED,
    OpportunityStatus.EXPLORED,
    OpportunityStatus.PROPOSED,
    OpportunityStatus.CHAMPIONING,
    OpportunityStatus.ADOPTED,
)


def next_stage(status: OpportunityStatus) -> OpportunityStatus | None:
    """The stage after ``status`` on the road, or None once adopted or dropped."""
    if status not in ROAD or status is ROAD[-1]:
        return None
    return ROAD[ROAD.index(status) + 1]


class StageButton(QAbstractButton):
    """One stage: its count large, its name small; checked when the list shows only this stage."""

    def __init__(self, stage: OpportunityStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.count = 0
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may narrow to its minimum
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(f"{label_of(self.stage)}: {count}")
        self.setAccessibleName(f"{label_of(self.stage)}: {count_of(count, 'opportunity')}")
        self.setToolTip(
            fill(self.tr("Show only what is %1 (click again to show every stage)"), label_of(self.stage).lower())
        )
        self.update()

    def _count_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        label = self.fontMetrics().horizontalAdvance(label_of(self.stage))
        number = self.fontMetrics().height() * 1.45
        return QSize(label + 26, int(self.fontMetrics().height() + number + 14))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a small window: the count stays whole, the stage's name is cut ("Champ…")."""
        hint = self.sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("Expl…") + 12), hint.height())

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        on = self.isChecked()
        fill = palette.color(QPalette.ColorRole.Highlight if on else QPalette.ColorRole.Base)
        edge = palette.color(QPalette.ColorRole.Highlight if on or self.hasFocus() else QPalette.ColorRole.Mid)
        painter.setPen(QPen(edge, 2 if self.hasFocus() and not on else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 8, 8)
        text = palette.color(QPalette.ColorRole.HighlightedText if on else QPalette.ColorRole.Text)
        quiet = text if on or self.count else palette.color(QPalette.ColorRole.PlaceholderText)
        number_height = box.height() * 0.56
        painter.setFont(self._count_font())
        painter.setPen(quiet)
        top = QRectF(box.left(), box.top() + 3, box.width(), number_height)
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(self.count))
        painter.setFont(self.font())
        painter.setPen(text if on else palette.color(QPalette.ColorRole.PlaceholderText))
        bottom = QRectF(box.left(), top.bottom(), box.width(), box.bottom() - top.bottom() - 3)
        label = self.fontMetrics().elidedText(
            label_of(self.stage), Qt.TextElideMode.ElideRight, int(bottom.width()) - 6
        )
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()


class StageStrip(QWidget):
    """The stages side by side with arrows between them; at most one is chosen."""

    stage_chosen = Signal(object)  # an OpportunityStatus, or None for every stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Opportunity stages"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[OpportunityStatus, StageButton] = {}
        for stage in STAGES:
            if stage is OpportunityStatus.DROPPED:
                layout.addSpacing(10)
            elif stage is not ROAD[0]:
                arrow = plain_label("›", "muted", wrap=False)
                layout.addWidget(arrow)
            button = StageButton(stage)
            button.clicked.connect(lambda _checked=False, s=stage: self._clicked(s))
            layout.addWidget(button, 1)
            self.buttons[stage] = button
        self._stage: OpportunityStatus | None = None

    def stage(self) -> OpportunityStatus | None:
        return self._stage

    def count(self, stage: OpportunityStatus) -> int:
        return self.buttons[stage].count

    def set_counts(self, counts: Counter[OpportunityStatus]) -> None:
        for stage, button in self.buttons.items():
            button.set_count(counts.get(stage, 0))

    def set_stage(self, stage: OpportunityStatus | None) -> None:
        self._stage = stage
        for each, button in self.buttons.items():
            button.setChecked(each is stage)

    def _clicked(self, stage: OpportunityStatus) -> None:
        self.set_stage(None if self._stage is stage else stage)
        self.stage_chosen.emit(self._stage)
