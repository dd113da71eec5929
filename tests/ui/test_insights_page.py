"""The Insights page: charts read on a worker, a sentence under each, the records behind a bar, charts as images."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from career_journal.domain.charts import Chart
from career_journal.domain.records import Goal, Milestone
from career_journal.ui.pages.insights.page import ORDER, InsightsPage
from career_journal.ui.session import Session
from career_journal.ui.widgets.charts import ChartView, chart_image, layout_chart, nice_top
from career_journal.ui.workers import JournalReads


def make_page(qtbot, session: Session) -> InsightsPage:  # type: ignore[no-untyped-def]
    page = InsightsPage(session)
    qtbot.addWidget(page)
    page.resize(1240, 820)
    page.show()
    qtbot.waitUntil(lambda: page.insights is not None and not page.loading, timeout=10_000)
    return page


@pytest.fixture
def page(qtbot, sample_session: Session) -> InsightsPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, sample_session)


def bucket_point(view: ChartView, index: int) -> QPoint:
    """The middle of a bucket's column (or row), where a click lands on it."""
    assert view.chart is not None
    layout = layout_chart(view.chart, QRectF(view.rect()), QFontMetricsF(view.font()))
    slot = layout.slots[index]
    return QPoint(
        int(slot.center().x()), int(layout.plot.bottom() - 4 if view.chart.style != "progress" else slot.center().y())
    )


def test_five_charts_each_with_a_sentence_that_reads_it(page: InsightsPage) -> None:
    cards = page.cards
    assert [cards[key].title_label.text() for key in ORDER] == [
        "Teaching over time",
        "Only you can do this",
        "Network freshness",
        "Goals against their target dates",
        "Rhythm: wins and reflections",
    ]
    assert cards["coverage"].reading.text() == "3 of 4 critical skills still only you; was 4 in December 2025."
    assert cards["network"].reading.text() == (
        "2 of 9 people not contacted in 6 months, none of them internal customers or strategic partners;"
        " 2 follow-ups overdue."
    )
    view = cards["coverage"].view
    assert view.accessibleName() == "Only you can do this"
    assert view.accessibleDescription() == cards["coverage"].reading.text()
    assert page.state.text() == ""


def test_clicking_a_bar_lists_the_records_behind_it_and_a_record_opens_on_its_page(qtbot, page: InsightsPage) -> None:  # type: ignore[no-untyped-def]
    view = page.cards["teaching"].view
    november = len(view.chart.buckets) - 1  # type: ignore[union-attr]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=bucket_point(view, november))
    behind = view.chart.buckets[november].records  # type: ignore[union-attr]
    assert len(behind) == 4  # the sample's teaching this month
    assert page.records.records() == [(r.kind.value, r.record_id) for r in behind]
    assert page.behind.title_label.text() == "Teaching over time: November 2026"
    assert page.behind_label.text() == (
        "November 2026: 2 people (aware 0, with help 1, on their own 1, can teach others 0); 4 teaching sessions"
    )

    first = page.records.item(0)
    with qtbot.waitSignal(page.session.open_requested) as opened:
        page.records.itemActivated.emit(first)
    assert opened.args == ["teaching", behind[0].record_id]


def test_arrow_keys_and_enter_choose_a_bucket_without_a_mouse(qtbot, page: InsightsPage) -> None:  # type: ignore[no-untyped-def]
    view = page.cards["network"].view
    view.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Return):
        qtbot.keyClick(view, key)
    assert page.behind.title_label.text() == "Network freshness: Within a month"
    assert view.accessibleDescription().startswith("Within a month: ")
    assert {kind for kind, _id in page.records.records()} == {"person"}


def test_hovering_a_bar_tells_its_numbers_in_words(qtbot, page: InsightsPage) -> None:  # type: ignore[no-untyped-def]
    view = page.cards["coverage"].view
    last = len(view.chart.buckets) - 1  # type: ignore[union-attr]
    qtbot.mouseMove(view, bucket_point(view, last))
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert QToolTip.text() == "<qt>November 2026: 3 critical skills only you can do; 4 critical skills in all</qt>"
    assert view.hovered == last


def test_another_period_is_read_again_and_keeps_the_chosen_bucket(qtbot, page: InsightsPage) -> None:  # type: ignore[no-untyped-def]
    page.show_bucket("rhythm", 11)
    page.period.set_value(24)
    qtbot.waitUntil(lambda: page.insights is not None and page.insights.months == 24, timeout=10_000)
    assert len(page.cards["rhythm"].view.chart.buckets) == 24  # type: ignore[union-attr]
    assert page.behind.title_label.text() == "Rhythm: wins and reflections: November 2026"


def test_a_save_elsewhere_is_read_again_when_the_page_is_shown(qtbot, page: InsightsPage) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    goal = journal.goals.add(
        Goal("Ship <b>the</b> & platform", target_date=date(2027, 1, 31), milestones=[Milestone("One")])
    )
    page.hide()
    page.session.notify("goal")
    page.show()
    qtbot.waitUntil(lambda: any(b.label == goal.title for b in page.insights.chart("goals").buckets), timeout=10_000)  # type: ignore[union-attr]
    reading = page.cards["goals"].reading
    assert reading.textFormat() == Qt.TextFormat.PlainText  # a goal's title is shown as typed, never as markup


def test_an_empty_journal_has_calm_charts(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    assert page.cards["teaching"].reading.text() == "No teaching written down in the last 12 months."
    assert page.cards["network"].reading.text() == "Nobody in your network yet."
    assert page.cards["goals"].view.chart.buckets == []  # type: ignore[union-attr]
    page.cards["network"].view.grab()  # painting an empty chart is fine


def test_a_chart_paints_into_an_image_of_any_size_without_a_window(page: InsightsPage) -> None:
    chart: Chart = page.insights.chart("teaching")  # type: ignore[union-attr]
    light = chart_image(chart, QSize(640, 300))
    assert (light.width(), light.height()) == (640, 300)
    background = light.pixelColor(1, 1)
    assert background == QApplication.palette().color(QPalette.ColorRole.Base)
    drawn = sum(1 for x in range(0, 640, 4) for y in range(0, 300, 4) if light.pixelColor(x, y) != background)
    assert drawn > 300  # bars, grid, labels
    dark = QPalette(QApplication.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#171a1c"))
    assert chart_image(chart, QSize(320, 200), dark).pixelColor(1, 1) == QColor("#171a1c")


def test_axis_tops_are_round_numbers() -> None:
    assert [nice_top(v) for v in (0, 0.4, 1, 3, 5, 7, 11, 40, 101)] == [1, 1, 1, 5, 5, 10, 20, 50, 200]


def test_only_the_newest_read_reports_and_a_cancelled_one_never_does(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    reads = JournalReads(sample_session.journal)
    results: list[object] = []
    reads.done.connect(results.append)
    first_may_finish = threading.Event()

    def slow(reader) -> str:  # type: ignore[no-untyped-def]
        first_may_finish.wait(5)
        return "old"

    reads.read(slow)
    reads.read(lambda reader: reader.entries.count())
    qtbot.waitUntil(lambda: results == [12], timeout=5000)
    first_may_finish.set()
    qtbot.waitUntil(lambda: not reads.busy, timeout=5000)
    assert results == [12]
    reads.read(lambda reader: reader.entries.count())
    reads.cancel()
    qtbot.waitUntil(lambda: not reads.busy, timeout=5000)
    assert results == [12]
