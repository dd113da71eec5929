"""The Today page: what is due, read from the journal, and a box that saves an entry with Enter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from career_journal.domain.enums import EntryKind
from career_journal.domain.records import Entry
from career_journal.ui.pages.today import TodayPage
from career_journal.ui.session import Session


@pytest.fixture
def page(qtbot, sample_session: Session) -> TodayPage:  # type: ignore[no-untyped-def]
    made = TodayPage(sample_session)
    qtbot.addWidget(made)
    made.resize(1100, 800)
    made.show()
    return made


def texts(listing) -> list[str]:  # type: ignore[no-untyped-def]
    return [listing.item(row).text() for row in range(listing.count())]


def test_enter_in_the_capture_box_saves_a_dated_entry_and_clears_it(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    before = journal.entries.count()
    page.capture_kind.set_value(EntryKind.WIN)
    qtbot.keyClicks(page.capture, "Taught Jo the deploy tooling")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(page.capture, "she ran it twice")
    assert journal.entries.count() == before  # Shift+Enter is a new line, not a save

    qtbot.keyClick(page.capture, Qt.Key.Key_Return)

    assert journal.entries.count() == before + 1
    newest = journal.entries.list(limit=1)[0]
    assert (newest.body, newest.kind, newest.entry_date) == (
        "Taught Jo the deploy tooling\nshe ran it twice",
        EntryKind.WIN,
        page.session.today(),
    )
    assert page.capture.toPlainText() == ""


def test_an_empty_capture_saves_nothing(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    before = page.journal.entries.count()
    qtbot.keyClicks(page.capture, "   ")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    assert page.journal.entries.count() == before


def test_what_is_due_comes_from_the_journal(page: TodayPage) -> None:
    due = page.journal.follow_ups(page.session.today())
    assert texts(page.people) == [d.person.name for d in due.people] and due.people
    assert texts(page.advisers) == [f"{s.adviser.person_name}, {s.adviser.role.label.lower()}" for s in due.advisers]
    assert texts(page.goals) == [d.goal.title for d in due.goals]
    assert texts(page.only_you)[0] == page.journal.only_you()[0].skill.name
    assert page.reflection_days.text() == f"{due.days_since_reflection} days"
    assert page.badge() == due.count
    assert f"{due.count} things ask for your attention." == page.summary.text()


def test_clicking_a_row_opens_that_record(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    opened: list[tuple[str, int]] = []
    page.session.open_requested.connect(lambda kind, record_id: opened.append((kind, record_id)))
    first = page.people.item(0)
    qtbot.mouseClick(page.people.viewport(), Qt.MouseButton.LeftButton, pos=page.people.visualItemRect(first).center())
    person = page.journal.follow_ups(page.session.today()).people[0].person
    assert opened == [("person", person.id)]


def test_on_this_day_shows_entries_from_earlier_years(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    today = session.today()
    session.journal.entries.add(Entry(title="A year ago", body="x", entry_date=today.replace(year=today.year - 1)))
    session.journal.entries.add(
        Entry(title="Secret", body="x", entry_date=today.replace(year=today.year - 2), private=True)
    )
    session.journal.entries.add(Entry(title="Not this day", body="x", entry_date=today - timedelta(days=366)))
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.show()
    assert texts(page.this_day) == ["A year ago"]
    assert texts(page.people) == ["Nobody is waiting to hear from you."]
    assert page.reflection_days.text() == "—"
    assert page.badge() is None
