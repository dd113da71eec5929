"""The Journal page: write, edit, find and delete entries by clicking and typing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from career_journal.domain.attachments import Owner
from career_journal.domain.enums import EntryKind
from career_journal.domain.records import Draft, Entry, Person
from career_journal.ui.models.entries import COL_DATE, COL_TITLE, PAGE, EntryListModel
from career_journal.ui.models.table import ID_ROLE
from career_journal.ui.pages.journal.page import JournalPage
from career_journal.ui.session import Session


@pytest.fixture
def page(qtbot, session: Session) -> JournalPage:  # type: ignore[no-untyped-def]
    made = JournalPage(session)
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    return made


def titles(page: JournalPage) -> list[str]:
    return [page.model.index(row, COL_TITLE).data() for row in range(page.model.rowCount())]


def select_row(qtbot, page: JournalPage, row: int) -> None:  # type: ignore[no-untyped-def]
    index = page.model.index(row, COL_TITLE)
    page.table.scrollTo(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center())


def write(qtbot, page: JournalPage, title: str, body: str, tags: str = "") -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.title, title)
    if tags:
        qtbot.keyClicks(page.editor.tags, tags)
    qtbot.keyClicks(page.editor.text.editor, body)
    qtbot.keyClick(page.editor.text.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_new_entry_typed_and_saved_appears_at_the_top_and_in_the_journal(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    write(qtbot, page, "Runbook shipped", "Dana can now run the **release** alone.", "release, Teaching")

    assert titles(page) == ["Runbook shipped"]
    assert page.count_label.text() == "1 entry"
    (saved,) = page.journal.entries.list()
    assert (saved.title, saved.body, saved.tags, saved.entry_date) == (
        "Runbook shipped",
        "Dana can now run the **release** alone.",
        ["release", "teaching"],
        page.session.today(),
    )
    assert page.editor.state.text().startswith("Saved")
    assert page.journal.drafts.count() == 0
    assert "<b>release</b>" in page.editor.text.preview.toHtml() or "font-weight" in page.editor.text.preview.toHtml()


def test_editing_an_entry_changes_its_row_without_reloading_the_list(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    for number in range(3):
        page.journal.entries.add(Entry(title=f"Note {number}", body="x", entry_date=date(2026, 11, 1 + number)))
    page.refresh()
    select_row(qtbot, page, 1)
    assert page.editor.title.text() == "Note 1"
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))

    page.editor.title.selectAll()
    qtbot.keyClicks(page.editor.title, "Note one, renamed")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)

    assert titles(page) == ["Note 2", "Note one, renamed", "Note 0"]
    assert resets == []
    assert page.journal.entries.get(page.editor.entry.id).title == "Note one, renamed"


def highlighted(page: JournalPage) -> list[str]:
    """The titles of the rows the list shows as selected."""
    return [index.data() for index in page.table.selectionModel().selectedRows(COL_TITLE)]


def test_moving_to_another_entry_with_unsaved_changes_asks_and_saves_nothing_unasked(
    qtbot, page: JournalPage, dialogs
) -> None:  # type: ignore[no-untyped-def]
    first = page.journal.entries.add(Entry(title="First", body="one", entry_date=date(2026, 11, 1)))
    page.journal.entries.add(Entry(title="Second", body="two", entry_date=date(2026, 11, 2)))
    page.refresh()
    select_row(qtbot, page, 1)
    qtbot.keyClick(page.editor.text.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.text.editor, " and more")

    select_row(qtbot, page, 0)  # Cancel (the answer to a question nobody prepared)
    assert "Save your changes to “First”" in dialogs.texts("question")[-1]
    qtbot.waitUntil(lambda: highlighted(page) == ["First"])
    assert (page.editor.title.text(), page.editor.text.text()) == ("First", "one and more")
    assert page.journal.entries.get(first.id).body == "one"

    dialogs.answer(QMessageBox.StandardButton.Discard)
    select_row(qtbot, page, 0)
    assert (page.editor.title.text(), highlighted(page)) == ("Second", ["Second"])
    assert page.journal.entries.get(first.id).body == "one"
    assert page.journal.drafts.count() == 0

    select_row(qtbot, page, 1)
    qtbot.keyClicks(page.editor.text.editor, "Only ")
    dialogs.answer(QMessageBox.StandardButton.Save)
    select_row(qtbot, page, 0)
    assert (page.editor.title.text(), highlighted(page)) == ("Second", ["Second"])
    assert page.journal.entries.get(first.id).body == "Only one"


def test_a_draft_put_back_waits_for_save_or_discard(qtbot, page: JournalPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    plan = page.journal.entries.add(Entry(title="Plan", body="The plan.", entry_date=date(2026, 11, 1)))
    page.journal.entries.add(Entry(title="Other", body="x", entry_date=date(2026, 11, 2)))
    fields = {"title": "Plan", "body": "The plan. Leave by June.", "entry_date": "2026-11-01", "kind": "note"}
    page.journal.drafts.save(Draft(f"entry:{plan.id}", "Plan", fields))
    page.refresh()
    select_row(qtbot, page, 1)
    assert page.editor.banner.isVisible() and "Save them, or discard them" in page.editor.banner.text()

    select_row(qtbot, page, 0)  # Cancel
    qtbot.waitUntil(lambda: highlighted(page) == ["Plan"])
    assert (page.editor.text.text(), highlighted(page)) == ("The plan. Leave by June.", ["Plan"])
    assert page.journal.entries.get(plan.id).body == "The plan."

    dialogs.answer(QMessageBox.StandardButton.Discard)
    select_row(qtbot, page, 0)
    assert page.journal.entries.get(plan.id).body == "The plan."
    assert page.journal.drafts.count() == 0
    select_row(qtbot, page, 1)
    assert page.editor.text.text() == "The plan." and not page.editor.banner.isVisible()


def test_after_a_delete_the_next_entry_is_open_highlighted_and_any_row_opens(qtbot, page: JournalPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    for number in range(3):
        page.journal.entries.add(Entry(title=f"Note {number}", body="x", entry_date=date(2026, 11, 1 + number)))
    page.refresh()
    select_row(qtbot, page, 1)

    dialogs.yes()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert titles(page) == ["Note 2", "Note 0"]
    assert (page.editor.title.text(), highlighted(page)) == ("Note 0", ["Note 0"])
    select_row(qtbot, page, 0)
    assert page.editor.title.text() == "Note 2"
    select_row(qtbot, page, 1)
    assert page.editor.title.text() == "Note 0"

    dialogs.yes()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # the last row: the one above opens
    assert (page.editor.title.text(), highlighted(page)) == ("Note 2", ["Note 2"])
    dialogs.yes()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # none left: a new entry
    assert (titles(page), page.editor.entry, highlighted(page)) == ([], None, [])


def test_the_page_opens_with_the_highlighted_entry_in_the_editor(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    for number in range(2):
        page.journal.entries.add(Entry(title=f"Note {number}", body="x", entry_date=date(2026, 11, 1 + number)))
    page.refresh()
    page.focus_first()
    qtbot.waitUntil(lambda: page.editor.entry is not None)
    assert highlighted(page) == [page.editor.title.text()] == ["Note 1"]


def test_a_deleted_entry_comes_back_with_its_tags_and_links_on_undo(qtbot, page: JournalPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    dana = page.journal.people.add(Person(name="Dana"))
    written = Entry(title="Runbook", body="Dana ran it.", entry_date=date(2026, 11, 1), tags=["release"])
    written.person_ids = [dana.id]
    entry = page.journal.entries.add(written)
    page.journal.attachments.add(Owner.entry(entry.id or 0), "runbook.md", [b"# Runbook"])
    page.refresh()
    select_row(qtbot, page, 0)
    dialogs.yes()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    question = dialogs.texts("question")[-1]
    assert "cannot be undone" not in question and "Edit → Undo (Ctrl+Z) puts it back" in question
    assert question.endswith("Its 1 attached file cannot be put back.")  # files are not held in memory
    assert page.journal.entries.count() == 0

    statuses: list[str] = []
    page.session.status.connect(statuses.append)
    page.session.deletions.stack.undo()
    assert statuses[-1] == "Put back the entry “Runbook” (2026-11-01), without its 1 attached file."
    back = page.journal.entries.get(entry.id)
    assert (back.title, back.tags, back.person_ids) == ("Runbook", ["release"], [dana.id])
    assert titles(page) == ["Runbook"]


def test_deleting_asks_first_and_no_keeps_the_entry(qtbot, page: JournalPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    page.journal.entries.add(Entry(title="Keep me", body="x", entry_date=date(2026, 11, 1)))
    page.journal.entries.add(Entry(title="Delete me", body="x", entry_date=date(2026, 11, 2)))
    page.refresh()
    select_row(qtbot, page, 0)

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # answered No
    assert titles(page) == ["Delete me", "Keep me"]
    assert "Delete me" in dialogs.texts("question")[0]

    dialogs.answer(QMessageBox.StandardButton.Yes)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert titles(page) == ["Keep me"]
    assert [e.title for e in page.journal.entries.list()] == ["Keep me"]
    assert page.count_label.text() == "1 entry"


def test_filters_show_only_the_entries_asked_for(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    journal.entries.add(Entry(title="A win", body="x", entry_date=date(2026, 10, 1), kind=EntryKind.WIN, tags=["q4"]))
    journal.entries.add(Entry(title="A secret", body="x", entry_date=date(2026, 10, 5), private=True))
    journal.entries.add(Entry(title="A lesson", body="x", entry_date=date(2026, 11, 5), kind=EntryKind.LESSON))
    page.refresh()

    page.kind.set_value(EntryKind.WIN)
    assert titles(page) == ["A win"]
    page.kind.set_value(None)
    page.privacy.set_value(False)
    assert titles(page) == ["A lesson", "A win"]
    page.privacy.set_value(None)
    page.date_from.set_value(date(2026, 10, 2))
    assert titles(page) == ["A lesson", "A secret"]
    page.clear_filters()
    page.tag.setCurrentIndex(page.tag.findData("q4"))
    assert titles(page) == ["A win"]
    assert page.count_label.text() == "1 entry"


def test_a_long_journal_is_read_a_page_at_a_time(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    start = date(2020, 1, 1)
    with page.journal.transaction():
        page.journal.entries.add_many(
            Entry(title=f"Day {n:04d}", body="steady", entry_date=start + timedelta(days=n)) for n in range(PAGE * 3)
        )
    page.refresh()
    assert page.model.rowCount() == PAGE
    assert page.count_label.text() == f"{PAGE * 3:,} entries"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == PAGE * 3
    assert titles(page)[-1] == "Day 0000"


def test_sorting_by_a_column_asks_the_journal_for_that_order(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    for title, day in (("banana", 3), ("Apple", 1), ("cherry", 2)):
        page.journal.entries.add(Entry(title=title, body="x", entry_date=date(2026, 11, day)))
    page.refresh()
    page.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(page) == ["Apple", "banana", "cherry"]
    page.table.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert titles(page) == ["Apple", "cherry", "banana"]


def test_typing_is_kept_as_a_draft_and_offered_back_after_a_crash(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    entry = session.journal.entries.add(Entry(title="Plan", body="The plan.", entry_date=date(2026, 11, 20)))
    first = JournalPage(session)
    qtbot.addWidget(first)
    first.show()
    first.show_record("entry", entry.id)
    qtbot.keyClick(first.editor.text.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(first.editor.text.editor, " Leave by June.")
    qtbot.waitUntil(lambda: session.journal.drafts.get(f"entry:{entry.id}") is not None, timeout=3000)
    assert session.journal.entries.get(entry.id).body == "The plan."  # nothing committed yet

    # The window dies without saving; a new one on the same journal opens the entry.
    first.editor.draft_timer.stop()
    first.deleteLater()
    second = JournalPage(session)
    qtbot.addWidget(second)
    second.show()
    second.show_record("entry", entry.id)
    assert second.editor.text.text() == "The plan. Leave by June."
    assert second.editor.banner.isVisible() and "were put back" in second.editor.banner.text()
    second.editor.save()
    assert session.journal.entries.get(entry.id).body == "The plan. Leave by June."
    assert session.journal.drafts.count() == 0


def fragments(view) -> list:  # type: ignore[no-untyped-def]
    """Every run of formatted text in a view's document."""
    found = []
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            found.append(iterator.fragment())
            iterator += 1
        block = block.next()
    return found


def test_the_preview_shows_hostile_html_as_text_and_loads_nothing(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    hostile = (
        "<script>alert(1)</script>\n\n![tracker](https://example.com/pixel.png)\n\n"
        '<img src=x onerror=alert(1)>\n\n<div style="background:url(https://example.com/a)">x</div>\n\n'
        "[site](javascript:alert(1)) and [ok](https://example.org)"
    )
    page.editor.text.set_text(hostile)
    view = page.editor.text.preview
    shown = fragments(view)
    assert not any(f.charFormat().isImageFormat() for f in shown)
    links = [f.charFormat().anchorHref() for f in shown if f.charFormat().isAnchor()]
    assert [href for href in links if href] == ["https://example.org"]  # the javascript: link lost its target
    assert "[image not shown: tracker]" in view.toPlainText()
    assert "<script>alert(1)</script>" in view.toPlainText()  # visible as text, never run
    assert view.refused_resources == []  # nothing was even asked for


def test_the_entry_list_model_is_a_well_behaved_model(qtmodeltester, session: Session) -> None:  # type: ignore[no-untyped-def]
    for n in range(5):
        session.journal.entries.add(Entry(title=f"n{n}", body="x", entry_date=date(2026, 1, 1 + n), tags=["t"]))
    model = EntryListModel(session.journal)
    qtmodeltester.check(model)
    assert model.index(0, COL_TITLE).data(ID_ROLE) == 5
