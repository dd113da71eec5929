"""Insights: the story of the journal as five small charts, each with a sentence under it.

The charts are computed in ``domain/insights.py`` from one read of the journal,
made on a worker (a decade of notes never freezes the window). Clicking a bar
or point lists the records behind it on the right; opening one shows it on its
own page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QGridLayout, QScrollArea, QSplitter, QWidget

from ....domain.charts import Chart, period_text
from ....domain.insights import PERIODS, Insights
from ...labels import counted, fill
from ...session import Session
from ...widgets.cards import Card, RecordList, Row
from ...widgets.charts import ChartView
from ...widgets.fields import ChoiceCombo
from ...widgets.text_label import note_label, text_label
from ...workers import JournalReads
from ..base import Page

LISTED = 200  # records shown behind one bucket; the rest are counted
TWO_COLUMNS_FROM = 700  # px of room for the charts before they sit side by side
ORDER = ("teaching", "coverage", "network", "goals", "rhythm")


class ChartCard(Card):
    """A chart with its title above and its reading (a sentence in words) below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.view = ChartView()
        self.reading = text_label(role="muted")
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.reading)

    def show_chart(self, chart: Chart) -> None:
        self.set_title(chart.title)
        self.view.set_chart(chart)
        self.reading.setText(chart.reading)


class InsightsPage(Page):
    name = "insights"
    title = "Insights"
    icon_name = "insights"
    watches = frozenset({"entry", "goal", "milestone", "skill", "teaching", "person", "interaction"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.insights: Insights | None = None
        self.chosen: tuple[str, str] | None = None  # (chart key, bucket key) whose records are listed
        outer, buttons = self.header(
            self.tr("What your journal says over time. Click a bar or a point to see the records behind it.")
        )
        self.state = note_label("", "muted", wrap=False)
        self.period = ChoiceCombo([(self._period_text(months), months) for months in PERIODS])
        self.period.setAccessibleName(self.tr("Period"))
        self.period.currentIndexChanged.connect(lambda _index: self.reload())
        buttons.addWidget(self.state)
        buttons.addWidget(self.period)

        self.cards = {key: ChartCard() for key in ORDER}
        for key, card in self.cards.items():
            card.view.bucket_clicked.connect(lambda index, key=key: self.show_bucket(key, index))
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 6, 0)
        self.grid.setSpacing(12)
        self._columns = 0
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid_holder)
        self.scroll = scroll
        scroll.viewport().installEventFilter(self)  # one column or two, as the room allows

        self.behind = Card(self.tr("Behind the chart"))
        self.behind_label = text_label(role="muted")
        self.behind_label.setText(self.tr("Click a bar or a point to list the records behind it."))
        self.records = RecordList(self.tr("No records behind this one."))
        self.records.setAccessibleName(self.tr("Records behind the chart"))
        self.records.open_record.connect(self.session.open_requested)
        self.more = note_label("", "muted")
        self.more.hide()
        self.behind.body.addWidget(self.behind_label)
        self.behind.body.addWidget(self.records, 1)
        self.behind.body.addWidget(self.more)
        self.behind.setMinimumWidth(240)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.behind)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([780, 300])
        outer.addWidget(self.splitter, 1)
        self._arrange()

        self.reads = JournalReads(self.journal, self)
        self.reads.done.connect(self._show)
        self.reads.failed.connect(self._failed)

    # -- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        today, months = self.session.today(), self.period.value() or PERIODS[0]
        self.state.setText(self.tr("Reading your journal…"))
        self.reads.read(lambda reader: reader.insights_for(today, months=months))

    def _period_text(self, months: int) -> str:
        """ "Last 12 months", "Last 2 years"."""
        english = f"Last {period_text(months)}"
        if months > 12 and months % 12 == 0:
            return counted(self.tr("Last %n years", "", months // 12), english)
        return counted(self.tr("Last %n months", "", months), english)

    @property
    def loading(self) -> bool:
        return self.reads.busy

    def _show(self, insights: Insights) -> None:
        self.insights = insights
        self.state.setText("")
        for chart in insights.charts:
            self.cards[chart.key].show_chart(chart)
        if self.chosen is not None:
            chart_key, bucket_key = self.chosen
            found = [n for n, b in enumerate(insights.chart(chart_key).buckets) if b.key == bucket_key]
            if found:
                self.show_bucket(chart_key, found[0])
            else:
                self._clear_records()

    def _failed(self, error: Exception) -> None:
        self.state.setText(fill(self.tr("Could not read the journal: %1"), error))

    # -- the records behind a bucket -----------------------------------------------------
    def show_bucket(self, chart_key: str, index: int) -> None:
        if self.insights is None:
            return
        chart = self.insights.chart(chart_key)
        bucket = chart.buckets[index]
        self.chosen = (chart_key, bucket.key)
        self.behind.set_title(f"{chart.title}: {bucket.label}")
        self.behind_label.setText(chart.describe(index))
        self.records.set_rows(Row(r.title, r.detail, r.kind.value, r.record_id) for r in bucket.records[:LISTED])
        hidden = len(bucket.records) - LISTED
        self.more.setText(fill(self.tr("…and %1 more."), f"{hidden:,}") if hidden > 0 else "")
        self.more.setVisible(hidden > 0)

    def _clear_records(self) -> None:
        self.chosen = None
        self.behind.set_title(self.tr("Behind the chart"))
        self.behind_label.setText(self.tr("Click a bar or a point to list the records behind it."))
        self.records.set_rows([])
        self.more.hide()

    # -- layout ----------------------------------------------------------------------------
    def _arrange(self) -> None:
        columns = 2 if self.scroll.viewport().width() >= TWO_COLUMNS_FROM else 1
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for number, key in enumerate(ORDER):
            self.grid.addWidget(self.cards[key], number // columns, number % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.reads.busy:
            self.reads.cancel()  # read again when shown
            self._stale = True
            self.state.setText("")
        super().hideEvent(event)

    def focus_first(self) -> None:
        self.cards[ORDER[0]].view.setFocus()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("insights/splitter", self.splitter.saveState())
        settings.setValue("insights/months", self.period.value())

    def restore_state(self, settings: QSettings) -> None:
        if state := settings.value("insights/splitter"):
            self.splitter.restoreState(state)
        months = settings.value("insights/months")
        if months is not None and str(months).isdigit() and int(months) in PERIODS:
            self.period.blockSignals(True)
            self.period.set_value(int(months))
            self.period.blockSignals(False)
