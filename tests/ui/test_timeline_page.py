"""The Timeline page: every record on one line, filters, lazy pages, and Enter opening a record on its page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from career_journal.domain.enums import RecordKind
from career_journal.domain.records import Entry
from career_journal.domain.timeline import PAGE
from career_journal.ui.main_window import MainWindow
from career_journal.ui.pages.timeline.page import TimelinePage
from career_journal.ui.session import Session


@pytest.fixture
def page(qtbot, sample_session: Session) -> TimelinePage:  # type: ignore[no-untyped-def]
    made = TimelinePage(sample_session)
    qtbot.addWidget(made)
    made.resize(1100, 760)
    made.show()
    return made


def shown(page: TimelinePage) -> list[tuple[str, int]]:
    return [(page.model.item(r).kind.value, page.model.item(r).record_id) for r in range(page.model.rowCount())]


def test_every_record_newest_first_with_a_count(page: TimelinePage) -> None:
    journal = page.journal
    counts = journal.counts()
    # The sample's four open milestones have no day on the line; attached files show with their records.
    total = sum(counts.values()) - 4 - counts["attachment"]
    assert page.count_label.text() == f"{total} records"
    assert page.model.rowCount() == total
    days = [page.model.item(r).day for r in range(page.model.rowCount())]
    assert days == sorted(days, reverse=True)
    entry = journal.entries.list(limit=1)[0]
    assert ("entry", entry.id) in shown(page)


def test_filters_by_kind_tag_person_and_goal(qtbot, page: TimelinePage) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    page.kind.set_value(RecordKind.INTERACTION)
    assert {kind for kind, _id in shown(page)} == {"interaction"}
    assert page.model.rowCount() == 7
    page.kind.setCurrentIndex(0)

    page.tag.setCurrentIndex(page.tag.findData("teaching"))
    teaching_entries = {e.id for e in journal.entries.list() if "teaching" in e.tags}
    assert {record_id for _kind, record_id in shown(page)} == teaching_entries
    page.tag.setCurrentIndex(0)

    qtbot.keyClicks(page.person.lineEdit(), "Jo Martins")
    qtbot.keyClick(page.person.lineEdit(), Qt.Key.Key_Return)
    jo = next(p for p in journal.people.list() if p.name == "Jo Martins")
    assert page.model.filters.person_id == jo.id
    kinds = {kind for kind, _id in shown(page)}
    assert kinds <= {"entry", "teaching", "handover", "person", "interaction", "opportunity", "adviser"}
    assert ("person", jo.id) in shown(page) and "teaching" in kinds

    staff = next(g for g in journal.goals.list() if g.title == "Promotion to staff engineer")
    page.goal.setCurrentIndex(page.goal.findData(staff.id))
    assert {kind for kind, _id in shown(page)} <= {"entry"}  # Jo's entries about the staff goal (none)
    assert page.empty.isVisible() == (page.model.rowCount() == 0)

    page.clear_button.click()
    assert page.model.filters.person_id is None and page.model.filters.goal_id is None
    assert page.person.currentText() == ""
    assert page.model.rowCount() == page.journal.timeline.count()


def test_enter_opens_the_record_on_its_own_page(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sample_session)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    timeline: TimelinePage = window.current_page()  # type: ignore[assignment]
    assert timeline.name == "timeline"
    teaching_row = next(r for r in range(timeline.model.rowCount()) if timeline.model.item(r).kind == "teaching")
    timeline.list.setCurrentIndex(timeline.model.index(teaching_row, 0))
    qtbot.keyClick(timeline.list, Qt.Key.Key_Return)
    assert window.current_page().name == "teaching"
    record_id = timeline.model.item(teaching_row).record_id
    assert window.pages["teaching"].teachings.table.currentIndex().isValid()  # type: ignore[attr-defined]
    assert record_id > 0


def test_a_decade_reads_a_page_at_a_time_as_the_list_scrolls(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = session.journal
    with journal.transaction():
        journal.entries.add_many(
            Entry(f"Note {n}", date(2026, 11, 23) - timedelta(days=n), title=f"Note {n}") for n in range(2 * PAGE + 50)
        )
    page = TimelinePage(session)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    assert page.model.rowCount() == PAGE
    assert page.count_label.text() == f"{2 * PAGE + 50} records"
    bar = page.list.verticalScrollBar()
    for _ in range(20):
        if not page.model.canFetchMore():
            break
        bar.setValue(bar.maximum())
        qtbot.wait(10)
    assert page.model.rowCount() == 2 * PAGE + 50
    titles = [page.model.item(r).title for r in range(page.model.rowCount())]
    assert titles == [f"Note {n}" for n in range(2 * PAGE + 50)]  # no gap and no repeat between pages


def test_a_name_that_is_nobodys_or_several_peoples_says_so(qtbot, page: TimelinePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.person.lineEdit(), "Zelda")
    qtbot.keyClick(page.person.lineEdit(), Qt.Key.Key_Return)
    assert page.person_note.isVisible() and page.person_note.text() == "Nobody in your network is called “Zelda”."
    assert page.model.filters.person_id is None
    page.person.setEditText("an")  # Dana, Tran, Raman…
    page.apply_filters()
    assert page.person_note.text().startswith("“an” could be ") and page.person_note.text().endswith(
        "pick one from the list."
    )
    page.person.setEditText("priya")
    page.apply_filters()
    assert not page.person_note.isVisible()
    assert page.model.filters.person_id == next(p.id for p in page.journal.people.list() if p.name == "Priya Raman")
