"""A small window, long names and the words on screen: nothing squeezed, cut without a tooltip, or misnamed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from career_journal.domain.enums import InteractionKind, TeamRole
from career_journal.domain.records import Adviser, Entry, Interaction, Person
from career_journal.ui.main_window import MainWindow
from career_journal.ui.models.entries import COL_TITLE
from career_journal.ui.pages.journal.page import JournalPage
from career_journal.ui.pages.network.page import NetworkPage
from career_journal.ui.pages.team.page import TeamPage
from career_journal.ui.session import Session

LONG_NAME = "Maximiliana Alexandrina Konstantinopoulou-Wetherby-Smythe III"  # 61 characters


@pytest.fixture
def window(qtbot, sample_session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(sample_session)
    qtbot.addWidget(made)
    made.show()
    return made


def tooltip_at(qtbot, view, index) -> str:  # type: ignore[no-untyped-def]
    """What hovering over a cell shows (the tooltip's text, as plain text)."""
    QToolTip.hideText()
    position = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, position, view.viewport().mapToGlobal(position))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text().replace("<qt>", "").replace("</qt>", "") if QToolTip.isVisible() else ""


def test_every_page_fits_the_smallest_window_without_squeezing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert (window.minimumSize().width(), window.minimumSize().height()) == (900, 600)
    window.resize(900, 600)
    for name in window.pages:
        page = window.go_to(name)
        qtbot.waitUntil(lambda page=page: page.isVisible())
        needed, room = page.minimumSizeHint(), window.stack.size()
        assert needed.width() <= room.width() and needed.height() <= room.height(), (name, needed, room)


def test_a_long_title_in_a_narrow_list_ends_in_an_ellipsis_and_shows_whole_on_hover(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    title = "Handed the quarterly regulatory capital adequacy reconciliation to Dana"
    session.journal.entries.add(Entry(title=title, body="x", entry_date=date(2026, 11, 1)))
    session.journal.entries.add(Entry(title="Short", body="x", entry_date=date(2026, 11, 2)))
    page = JournalPage(session)
    qtbot.addWidget(page)
    page.resize(760, 560)  # the Journal page of a 900x600 window
    page.show()
    table = page.table
    assert not table.isColumnHidden(COL_TITLE) and table.columnWidth(COL_TITLE) >= 150  # kind and tags gave way
    assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling

    assert tooltip_at(qtbot, table, page.model.index(0, COL_TITLE)) == ""  # "Short" fits: no tooltip
    assert tooltip_at(qtbot, table, page.model.index(1, COL_TITLE)) == title


def test_a_long_adviser_name_takes_one_line_and_keeps_its_role_in_view(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = sample_session.journal
    person = journal.people.add(Person(name=LONG_NAME))
    adviser = journal.people.add_adviser(Adviser(person_id=person.id, role=TeamRole.PROFILE, cadence_days=30))
    page = TeamPage(sample_session)
    qtbot.addWidget(page)
    page.resize(744, 554)  # the Team page of a 900x600 window: two cards side by side
    page.show()
    label = page.block_of(adviser.id).name_label
    qtbot.waitUntil(lambda: label.shown().endswith("…"))  # once the cards are laid out, two a row
    assert label.text() == LONG_NAME
    assert LONG_NAME.startswith(label.shown()[:-1])  # cut at the end, not wrapped mid-word
    assert label.height() < 2 * label.fontMetrics().height()
    assert LONG_NAME in label.toolTip()
    card = page.cards[TeamRole.PROFILE]
    assert card.title_label.text() == "Profile / brand" and card.title_label.isVisible()


def test_an_adviser_one_day_overdue_is_one_day_overdue(qtbot, session: Session, today: date) -> None:  # type: ignore[no-untyped-def]
    person = session.journal.people.add(Person(name="Priya"))
    session.journal.people.add_adviser(Adviser(person_id=person.id, role=TeamRole.MENTOR, cadence_days=10))
    session.journal.people.add_interaction(
        Interaction(today - timedelta(days=11), "Call", [person.id], kind=InteractionKind.CALL)
    )
    page = TeamPage(session)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    shown = [page.table.model().index(0, column).data() for column in range(page.table.model().columnCount())]
    assert any(str(text).endswith("· 1 day overdue") for text in shown), shown


def test_search_calls_a_conversation_a_conversation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.quick_search.start("rollback")
    window.quick_search.run_search()
    model = window.quick_search.results.model()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any(text.startswith("Conversation: ") for text in shown), shown
    assert not any(text.startswith("Interaction") for text in shown)


def test_the_next_stage_button_shows_an_arrow(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    page = NetworkPage(sample_session)
    qtbot.addWidget(page)
    page.show()
    button = page.opportunities.next_button
    assert button.icon().name() == "next"  # an arrow; the pipeline's three bars read as "0o°" at this size


def test_the_screen_reader_and_tooltip_keep_a_button_name_when_its_words_go(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    page = NetworkPage(sample_session)
    qtbot.addWidget(page)
    page.resize(700, 540)
    page.show()
    page.tabs.setCurrentWidget(page.opportunities)
    for button in (page.opportunities.edit_button, page.opportunities.delete_button, page.card.delete_button):
        assert button.text() == "" and button.accessibleName() in ("Edit", "Delete")
        assert button.toolTip()
    page.resize(1300, 800)
    qtbot.waitUntil(lambda: page.opportunities.edit_button.text() == "Edit")


def test_a_wide_window_moves_nothing_out_of_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    page = window.go_to("network")
    people = page.people_table  # type: ignore[attr-defined]
    assert not any(people.isColumnHidden(column) for column in range(people.model().columnCount()))
    assert window.sidebar.width() == 200
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.sidebar.width() < 200)  # the pages get the room instead
