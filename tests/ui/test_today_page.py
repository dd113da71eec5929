"""The Today page: what is due, read from the journal, and a box that saves an entry with Enter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from career_journal.domain.enums import EntryKind, LearnerLevel, TeamRole
from career_journal.domain.records import Adviser, Draft, Entry, Person, Skill, Teaching
from career_journal.storage.journal import Journal
from career_journal.ui.pages.team.cards import due_text
from career_journal.ui.pages.today.page import TodayPage
from career_journal.ui.session import Session
from career_journal.ui.widgets.cards import DETAIL


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
    assert texts(page.advisers) == [s.adviser.person_name for s in due.advisers] and due.advisers
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


# -- the capture box ---------------------------------------------------------------------
def test_after_a_save_the_kind_and_private_go_back_so_a_private_note_is_never_a_win_by_accident(  # type: ignore[no-untyped-def]
    qtbot, page: TodayPage
) -> None:
    journal = page.journal
    page.capture_kind.set_value(EntryKind.WIN)
    page.capture_private.setChecked(True)
    qtbot.keyClicks(page.capture, "Shipped the runbook")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    assert (page.capture_kind.value(), page.capture_private.isChecked()) == (EntryKind.NOTE, False)

    qtbot.keyClicks(page.capture, "Thinking about asking for a raise")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    first, second = journal.entries.list(limit=2)[::-1]
    assert (first.kind, first.private) == (EntryKind.WIN, True)
    assert (second.kind, second.private) == (EntryKind.NOTE, False)


def test_enter_saves_from_any_field_of_the_box(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    before = page.journal.entries.count()
    qtbot.keyClicks(page.capture, "A lesson about estimates")
    page.capture_private.setFocus()
    qtbot.keyClick(page.capture_private, Qt.Key.Key_Return)
    assert page.journal.entries.count() == before + 1
    qtbot.keyClicks(page.capture, "And another")
    page.capture_card.save_button.setFocus()
    qtbot.keyClick(page.capture_card.save_button, Qt.Key.Key_Enter)
    assert page.journal.entries.count() == before + 2


def test_a_kind_picked_by_its_letter_leaves_the_typing_in_the_box(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(page):
        page.activateWindow()
    page.capture.setFocus()
    qtbot.keyClicks(page.capture, "Paired with Jo")
    qtbot.keyClick(page.capture, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.capture_kind.value() is EntryKind.LESSON)
    qtbot.mouseClick(page.capture_kind.button_for(EntryKind.MEETING), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.capture, " on call")
    assert page.capture.hasFocus() and page.capture.toPlainText() == "Paired with Jo on call"
    assert page.capture_kind.value() is EntryKind.MEETING


# -- empty states tell the truth ----------------------------------------------------------
@pytest.fixture
def empty_page(qtbot, session: Session) -> TodayPage:  # type: ignore[no-untyped-def]
    made = TodayPage(session)
    qtbot.addWidget(made)
    made.resize(1100, 800)
    made.show()
    return made


def test_with_no_skills_today_invites_the_first_instead_of_saying_well_done(empty_page: TodayPage) -> None:
    shown = texts(empty_page.only_you)
    assert not any("Well done" in line or "every part of your job" in line for line in shown)
    assert shown == ["You have not listed what you do yet: the skills and duties the team relies on you for."]
    assert empty_page.add_skill_button.isVisible()
    dialog = empty_page.add_skill()
    assert dialog is not None and dialog.windowTitle() == "New skill or responsibility"
    dialog.widgets["name"].setText("Month-end close")
    dialog.accept()
    assert texts(empty_page.only_you) == ["Month-end close"]  # Today shows it at once
    assert not empty_page.add_skill_button.isVisible()


def test_with_no_advisers_today_does_not_say_the_team_is_up_to_date(empty_page: TodayPage) -> None:
    shown = texts(empty_page.advisers)
    assert shown == ["Nobody is on your personal team yet."]
    assert "up to date" not in " ".join(shown)
    assert empty_page.fill_role_button.isVisible() and empty_page.fill_role_button.text() == "Add to your team…"
    dialog = empty_page.fill_role()
    assert dialog is not None and dialog.windowTitle() == "Add to your personal team"
    dialog.widgets["person"].setEditText("Ruth Olsen")
    dialog.widgets["person"].help.add_button.click()  # someone new joins the network only when asked
    dialog.accept()
    assert "Empty roles:" in empty_page.team_gaps.text() and "coach" not in empty_page.team_gaps.text()
    assert empty_page.fill_role_button.text() == "Add a mentor…"  # the next empty role


def test_when_every_skill_is_covered_today_says_so_without_a_button(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    journal = session.journal
    skill = journal.skills.add(Skill(name="Release train"))
    person = journal.people.add(Person(name="Dana Whitfield"))
    journal.skills.add_teaching(Teaching(skill.id, person.id, session.today(), level=LearnerLevel.ON_THEIR_OWN))
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.show()
    assert texts(page.only_you) == ["Someone else can do every part of your job on their own."]
    assert not page.add_skill_button.isVisible()


# -- the words of other pages, and the layout ------------------------------------------------
def test_overdue_check_ins_are_said_as_the_team_page_says_them(page: TodayPage) -> None:
    today = page.session.today()
    due = page.journal.follow_ups(today).advisers
    details = [page.advisers.item(r).data(DETAIL) for r in range(page.advisers.count())]
    assert details == [f"{s.adviser.role.label} · {due_text(s, today)}" for s in due]
    assert any("overdue" in d for d in details)
    late = sum(1 for s in due if s.overdue_days(today))
    assert page.advisers_card.title_label.text() == f"Your personal team ({late} overdue)"


def test_the_cards_reflow_to_fewer_columns_on_a_narrow_window(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    for width, columns in ((1100, 3), (760, 2), (600, 1)):
        page.resize(width, 700)
        qtbot.waitUntil(lambda columns=columns: page.grid.columns == columns)
        assert page.scroll.horizontalScrollBar().maximum() == 0  # nothing sticks out sideways


def test_a_long_name_is_cut_with_its_role_kept_and_shown_whole_in_the_tooltip(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    long_name = "Maximiliana Theodora Featherstonehaugh-Cholmondeley von Ulm"  # 60 characters
    journal = session.journal
    person = journal.people.add(Person(name=long_name))
    journal.people.add_adviser(Adviser(person_id=person.id, role=TeamRole.MENTOR, cadence_days=30))
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.resize(760, 700)
    page.show()
    row = page.advisers.item(0)
    assert row.text() == long_name and row.data(DETAIL).startswith("Mentor · ")  # the role is never cut off
    assert long_name in row.toolTip() and "Mentor" in row.toolTip()
    rect = page.advisers.visualItemRect(row)
    assert page.advisers.fontMetrics().horizontalAdvance(long_name) > rect.width()  # so it is cut with "…"


def test_a_read_only_journal_offers_no_everyday_task_that_writes(qtbot, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ro.cjdb"
    Journal.open(path, create=True).close()
    with Journal.open(path, read_only=True) as journal:
        page = TodayPage(Session(journal, settings))
        qtbot.addWidget(page)
        page.show()
        assert not page.teach_button.isEnabled() and not page.talk_button.isEnabled()
        assert page.capture.isReadOnly() and not page.capture_card.save_button.isEnabled()
        page.deleteLater()


def test_the_reflection_button_starts_the_usual_set_or_resumes_an_unfinished_one(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    assert page.reflect_button.text() == "Start the weekly review"
    page.session.remember_reflection("coach-session", "Preparing for a coach session")
    page.hide()
    page.show()
    assert page.reflect_button.text().startswith("Start: Preparing for a")  # cut with "…" to fit its card
    assert "Preparing for a coach session" in page.reflect_button.toolTip()
    page.journal.drafts.save(Draft("reflection", "Weekly review", {"prompt_set": "weekly-review", "answers": ["x"]}))
    page.hide()
    page.show()  # coming back to Today after leaving a reflection half-written
    assert page.reflect_button.text() == "Resume: Weekly review"
    with qtbot.waitSignal(page.start_reflection):
        qtbot.mouseClick(page.reflect_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.choose_reflection):
        qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)


def test_what_is_typed_in_the_box_survives_a_crash_with_its_kind_and_privacy(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    page.capture_kind.set_value(EntryKind.LESSON)
    page.capture_private.setChecked(True)
    qtbot.keyClicks(page.capture, "Estimates need a range")
    qtbot.waitUntil(lambda: journal.drafts.get("capture") is not None)  # kept once the typing pauses

    again = TodayPage(page.session)  # the app started again after a crash
    qtbot.addWidget(again)
    assert again.capture.toPlainText() == "Estimates need a range"
    assert (again.capture_kind.value(), again.capture_private.isChecked()) == (EntryKind.LESSON, True)
    qtbot.keyClick(again.capture, Qt.Key.Key_Return)
    newest = journal.entries.list(limit=1)[0]
    assert (newest.kind, newest.private) == (EntryKind.LESSON, True)
    assert journal.drafts.get("capture") is None  # saved, and the draft went with it
