"""The Network page: people and what they want, conversations, and the leadership-opportunity pipeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QTableView

from career_journal.domain.enums import (
    InteractionKind,
    LearnerLevel,
    OpportunityStatus,
    Relationship,
    TeamRole,
)
from career_journal.domain.records import Adviser, Interaction, Opportunity, Person, Skill, Teaching
from career_journal.storage.journal import Journal
from career_journal.ui.dialogs.record_form import RecordDialog
from career_journal.ui.models.people import COL_FOLLOW_UP, COL_LAST_CONTACT, COL_NAME, COL_NEEDS
from career_journal.ui.models.table import ID_ROLE
from career_journal.ui.pages.network.conversation_log import COL_NOTES, COL_OTHERS
from career_journal.ui.pages.network.page import NetworkPage
from career_journal.ui.pages.network.pipeline import COL_STAGE, COL_TITLE
from career_journal.ui.session import Session
from career_journal.ui.theme import WARM


@pytest.fixture
def page(qtbot, session: Session) -> NetworkPage:  # type: ignore[no-untyped-def]
    return _show(qtbot, NetworkPage(session))


@pytest.fixture
def sample_page(qtbot, sample_session: Session) -> NetworkPage:  # type: ignore[no-untyped-def]
    return _show(qtbot, NetworkPage(sample_session))


def _show(qtbot, made: NetworkPage) -> NetworkPage:  # type: ignore[no-untyped-def]
    qtbot.addWidget(made)
    made.resize(1080, 780)
    made.show()
    qtbot.waitExposed(made)
    return made


def column(table: QTableView, col: int) -> list[str]:
    model = table.model()
    return [model.index(row, col).data() for row in range(model.rowCount())]


def names(page: NetworkPage) -> list[str]:
    return column(page.people_table, COL_NAME)


def click_row(qtbot, table: QTableView, text: str, col: int = 0) -> None:  # type: ignore[no-untyped-def]
    row = column(table, col).index(text)
    index = table.model().index(row, col)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, dialog: RecordDialog, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    field = dialog.widgets[key]
    if isinstance(field, QPlainTextEdit):
        field.selectAll()
    else:
        field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def save(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def add_people(journal: Journal, *people: Person) -> list[Person]:
    with journal.transaction():
        return [journal.people.add(p) for p in people]


# -- people ------------------------------------------------------------------------------------------


def test_an_empty_network_explains_itself_and_the_first_person_is_typed_in(qtbot, page: NetworkPage) -> None:  # type: ignore[no-untyped-def]
    assert page.stack.currentIndex() == 0
    assert page.empty_card.isVisible()
    assert page.empty_card.title_label.text() == "Add the people you work with and what they are trying to achieve."

    click(qtbot, page.empty_button)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.widgets["name"], "Marcus Obi")
    qtbot.keyClicks(dialog.widgets["org"], "Payments")
    dialog.widgets["relationship"].set_value(Relationship.INTERNAL_CUSTOMER)
    qtbot.keyClicks(dialog.widgets["needs"], "Deploys his team can trust by Q3.")
    qtbot.keyClicks(dialog.widgets["email"], "marcus@example.org")
    save(qtbot, dialog)

    assert page.stack.currentIndex() == 1
    assert names(page) == ["Marcus Obi"]
    assert column(page.people_table, COL_NEEDS) == ["Deploys his team can trust by Q3."]
    assert page.count_label.text() == "1 person"
    assert page.card.name.text() == "Marcus Obi"
    assert page.card.needs.text() == "Deploys his team can trust by Q3."
    assert page.card.relationship.text() == "Internal customer"
    assert page.card.contact.text() == "marcus@example.org"
    assert page.card.private_note.isVisible() and "never exported" in page.card.private_note.text()
    (stored,) = page.journal.people.list()
    assert (stored.name, stored.org, stored.relationship, stored.needs, stored.email) == (
        "Marcus Obi",
        "Payments",
        Relationship.INTERNAL_CUSTOMER,
        "Deploys his team can trust by Q3.",
        "marcus@example.org",
    )


def test_enter_edits_the_selected_person_and_only_their_row_changes(qtbot, page: NetworkPage) -> None:  # type: ignore[no-untyped-def]
    add_people(page.journal, Person(name="Ana"), Person(name="Ben", needs="A promotion"), Person(name="Cy"))
    page.refresh()
    click_row(qtbot, page.people_table, "Ben")
    resets: list[bool] = []
    page.people_model.modelReset.connect(lambda: resets.append(True))

    qtbot.keyClick(page.people_table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.widgets["name"].text() == "Ben"
    type_into(qtbot, dialog, "name", "Zed")
    type_into(qtbot, dialog, "needs", "Lead the platform guild")
    save(qtbot, dialog)

    assert names(page) == ["Ana", "Cy", "Zed"]  # moved to its place in the sorted list
    assert resets == []
    assert page.card.name.text() == "Zed" and page.card.needs.text() == "Lead the platform guild"
    assert page.people_table.selectionModel().currentIndex().row() == 2
    assert [(p.name, p.needs) for p in page.journal.people.list()][2] == ("Zed", "Lead the platform guild")


def test_deleting_a_person_says_what_goes_with_them_and_no_keeps_them(qtbot, page: NetworkPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    _ana, dana, jo = add_people(journal, Person(name="Ana"), Person(name="Dana"), Person(name="Jo"))
    journal.people.add_interaction(Interaction(date(2026, 11, 1), "Alone", [dana.id]))
    journal.people.add_interaction(Interaction(date(2026, 11, 2), "Together", [dana.id, jo.id]))
    skill = journal.skills.add(Skill(name="Releases"))
    journal.skills.add_teaching(Teaching(skill.id, dana.id, date(2026, 10, 1), level=LearnerLevel.WITH_HELP))
    journal.people.add_adviser(Adviser(person_id=dana.id, role=TeamRole.PEER))
    page.refresh()
    click_row(qtbot, page.people_table, "Dana")

    click(qtbot, page.card.delete_button)  # answered No
    question = dialogs.texts("question")[0]
    assert question.startswith(
        "Delete Dana, with 1 conversation only they were in, 1 teaching record and 1 role on your team?"
    )
    assert names(page) == ["Ana", "Dana", "Jo"]
    assert [p.name for p in journal.people.list()] == ["Ana", "Dana", "Jo"]

    dialogs.yes()
    page.people_table.setFocus()
    qtbot.keyClick(page.people_table, Qt.Key.Key_Delete)
    assert names(page) == ["Ana", "Jo"]
    assert [p.name for p in journal.people.list()] == ["Ana", "Jo"]
    assert [i.notes for i in journal.people.interactions()] == ["Together"]
    assert journal.skills.teachings() == [] and journal.people.advisers() == []
    assert page.card.name.text() == "Jo"  # the next one down is shown
    assert page.count_label.text() == "2 people"

    page.session.deletions.stack.undo()  # Edit → Undo
    assert names(page) == ["Ana", "Dana", "Jo"]
    assert sorted(i.notes for i in journal.people.interactions(person_id=dana.id)) == ["Alone", "Together"]
    assert [t.person_id for t in journal.skills.teachings()] == [dana.id]
    assert [a.person_id for a in journal.people.advisers()] == [dana.id]

    click_row(qtbot, page.people_table, "Ana")
    click(qtbot, page.card.delete_button)
    assert dialogs.texts("question")[-1].startswith("Delete Ana?\n")  # nothing goes with her, so nothing is listed


def test_filters_by_words_relationship_and_follow_up_due(qtbot, page: NetworkPage, today: date) -> None:  # type: ignore[no-untyped-def]
    add_people(
        page.journal,
        Person(name="Priya", org="Data", relationship=Relationship.PARTNER, needs="One data contract standard"),
        Person(name="Marcus", org="Payments", relationship=Relationship.INTERNAL_CUSTOMER, follow_up=today),
        Person(name="Helen", org="Engineering", relationship=Relationship.MANAGER, follow_up=today - timedelta(3)),
        Person(name="Tom", org="Support", follow_up=today + timedelta(days=5)),
    )
    page.refresh()

    qtbot.keyClicks(page.search, "data contract")
    qtbot.waitUntil(lambda: names(page) == ["Priya"])
    assert page.count_label.text() == "1 of 4 people"
    page.search.clear()
    qtbot.waitUntil(lambda: len(names(page)) == 4)
    page.relationship.set_value(Relationship.MANAGER)
    assert names(page) == ["Helen"]
    page.relationship.set_value(None)
    click(qtbot, page.due_only)
    assert names(page) == ["Helen", "Marcus"]
    assert page.badge() == 2


def test_follow_ups_that_are_due_are_marked_and_columns_sort(qtbot, page: NetworkPage, today: date) -> None:  # type: ignore[no-untyped-def]
    add_people(
        page.journal,
        Person(name="Late", follow_up=today - timedelta(days=2)),
        Person(name="Due", follow_up=today),
        Person(name="Later", follow_up=today + timedelta(days=9)),
        Person(name="Never"),
    )
    page.refresh()
    proxy = page.people_proxy
    late = proxy.index(names(page).index("Late"), COL_FOLLOW_UP)
    later = proxy.index(names(page).index("Later"), COL_FOLLOW_UP)
    assert late.data().endswith("overdue") and late.data(Qt.ItemDataRole.ForegroundRole) == QColor(WARM)
    assert proxy.index(names(page).index("Due"), COL_FOLLOW_UP).data().endswith("today")
    assert later.data(Qt.ItemDataRole.ForegroundRole) is None and "overdue" not in later.data()

    page.people_table.sortByColumn(COL_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["Late", "Due", "Later", "Never"]
    page.people_table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Never", "Later", "Late", "Due"]


def test_what_people_typed_is_shown_as_text_never_as_html(qtbot, page: NetworkPage) -> None:  # type: ignore[no-untyped-def]
    add_people(page.journal, Person(name="<b>Eve</b>", needs="<img src='https://example.com/x.png'> grow"))
    page.refresh()
    assert page.card.name.text() == "<b>Eve</b>"
    assert page.card.needs.textFormat() == Qt.TextFormat.PlainText
    assert page.card.needs.text().startswith("<img")


# -- conversations -----------------------------------------------------------------------------------------


def test_logging_a_conversation_with_the_selected_person(qtbot, page: NetworkPage, today: date) -> None:  # type: ignore[no-untyped-def]
    dana, _jo = add_people(page.journal, Person(name="Dana", follow_up=today), Person(name="Jo"))
    page.refresh()
    click_row(qtbot, page.people_table, "Dana")
    assert page.log.model.rowCount() == 0

    click(qtbot, page.card.log_button)
    dialog = page.dialog
    assert dialog.widgets["person_ids"].checked_ids() == [dana.id]
    qtbot.keyClicks(dialog.widgets["notes"], "Walked through the release train.")
    qtbot.keyClicks(dialog.widgets["questions"], "What would make you confident?")
    qtbot.keyClicks(dialog.widgets["learned"], "She wants the on-call too.")
    save(qtbot, dialog)

    assert column(page.log.table, COL_NOTES) == ["Walked through the release train."]
    assert column(page.log.table, COL_OTHERS) == ["—"]
    assert "She wants the on-call too." in page.log.view.toPlainText()
    assert page.people_proxy.index(names(page).index("Dana"), COL_LAST_CONTACT).data() == today.isoformat()
    assert page.people_proxy.index(names(page).index("Dana"), COL_FOLLOW_UP).data() == ""  # answered
    assert "Last contact: " + today.isoformat() in page.card.last_contact.text()
    assert page.tabs.tabText(0) == "Conversations (1)"
    (stored,) = page.journal.people.interactions(person_id=dana.id)
    assert (stored.notes, stored.questions, stored.learned) == (
        "Walked through the release train.",
        "What would make you confident?",
        "She wants the on-call too.",
    )
    assert page.journal.people.get(dana.id).last_contact == today


def test_editing_and_deleting_a_conversation(qtbot, page: NetworkPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    dana, jo = add_people(page.journal, Person(name="Dana"), Person(name="Jo"))
    page.journal.people.add_interaction(Interaction(date(2026, 11, 2), "Older talk", [dana.id]))
    shared = page.journal.people.add_interaction(Interaction(date(2026, 11, 9), "Coffee", [dana.id, jo.id]))
    page.refresh()
    click_row(qtbot, page.people_table, "Dana")
    assert column(page.log.table, COL_NOTES) == ["Coffee", "Older talk"]  # newest first
    assert column(page.log.table, COL_OTHERS) == ["Jo", "—"]

    click_row(qtbot, page.log.table, "Coffee", COL_NOTES)
    qtbot.keyClick(page.log.table, Qt.Key.Key_Return)
    dialog = page.dialog
    type_into(qtbot, dialog, "notes", "Coffee about the on-call rota")
    dialog.widgets["kind"].set_value(InteractionKind.COFFEE)
    save(qtbot, dialog)
    assert column(page.log.table, COL_NOTES) == ["Coffee about the on-call rota", "Older talk"]
    assert page.journal.people.get_interaction(shared.id).kind is InteractionKind.COFFEE

    dialogs.yes()
    click_row(qtbot, page.log.table, "Coffee about the on-call rota", COL_NOTES)
    click(qtbot, page.log.delete_button)
    assert "Dana, Jo" in dialogs.texts("question")[-1]
    assert column(page.log.table, COL_NOTES) == ["Older talk"]
    assert [i.notes for i in page.journal.people.interactions()] == ["Older talk"]
    assert page.people_proxy.index(names(page).index("Dana"), COL_LAST_CONTACT).data() == "2026-11-02"
    assert page.people_proxy.index(names(page).index("Jo"), COL_LAST_CONTACT).data() == ""


def test_a_conversation_logged_from_the_header_with_someone_else_shows_them(qtbot, page: NetworkPage) -> None:  # type: ignore[no-untyped-def]
    _ana, ben = add_people(page.journal, Person(name="Ana"), Person(name="Ben"))
    page.refresh()
    assert page.card.name.text() == "Ana"
    click(qtbot, page.log_button)
    dialog = page.dialog
    people = dialog.widgets["person_ids"]
    people.set_checked(_ana.id, False)
    people.set_checked(ben.id)
    qtbot.keyClicks(dialog.widgets["notes"], "Quick call")
    save(qtbot, dialog)

    assert page.card.name.text() == "Ben"
    assert column(page.log.table, COL_NOTES) == ["Quick call"]
    assert page.journal.people.get(ben.id).last_contact == page.session.today()


# -- opportunities -------------------------------------------------------------------------------------------


def test_an_opportunity_is_created_moved_along_and_deleted(qtbot, page: NetworkPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    (marcus,) = add_people(page.journal, Person(name="Marcus Obi", org="Payments"))
    page.refresh()
    panel = page.opportunities
    page.tabs.setCurrentWidget(panel)
    assert panel.empty.isVisible() and "No leadership opportunities yet" in panel.empty.text()

    click(qtbot, panel.new_button)
    dialog = panel.dialog
    assert dialog.widgets["person"].choice() == marcus.id
    qtbot.keyClicks(dialog.widgets["title"], "Self-service rollback")
    qtbot.keyClicks(dialog.widgets["value"], "Cuts incident time")
    save(qtbot, dialog)

    assert column(panel.table, COL_TITLE) == ["Self-service rollback"]
    assert column(panel.table, COL_STAGE) == ["Spotted"]
    assert panel.strip.count(OpportunityStatus.SPOTTED) == 1
    assert page.tabs.tabText(1) == "Opportunities (1)"
    (stored,) = page.journal.people.opportunities()
    assert (stored.title, stored.person_id, stored.status) == ("Self-service rollback", marcus.id, "spotted")

    click(qtbot, panel.next_button)
    assert column(panel.table, COL_STAGE) == ["Explored"]
    assert (panel.strip.count(OpportunityStatus.SPOTTED), panel.strip.count(OpportunityStatus.EXPLORED)) == (0, 1)
    panel.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(
            panel.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert page.journal.people.get_opportunity(stored.id).status is OpportunityStatus.ADOPTED
    assert panel.strip.count(OpportunityStatus.ADOPTED) == 1
    assert not panel.next_button.isEnabled()  # adopted is the end of the road

    click(qtbot, panel.delete_button)  # answered No
    assert column(panel.table, COL_TITLE) == ["Self-service rollback"]
    dialogs.yes()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert column(panel.table, COL_TITLE) == []
    assert page.journal.people.opportunities() == []
    assert panel.strip.count(OpportunityStatus.ADOPTED) == 0


def test_editing_an_opportunity_and_filtering_by_stage_and_person(qtbot, page: NetworkPage) -> None:  # type: ignore[no-untyped-def]
    ana, ben = add_people(page.journal, Person(name="Ana Lopez"), Person(name="Ben"))
    for title, person, status in (
        ("Pilot", ana, OpportunityStatus.SPOTTED),
        ("Template", ben, OpportunityStatus.SPOTTED),
        ("Guild", ana, OpportunityStatus.PROPOSED),
    ):
        page.journal.people.add_opportunity(Opportunity(title=title, person_id=person.id, status=status))
    page.refresh()
    panel = page.opportunities
    page.tabs.setCurrentWidget(panel)
    assert page.card.name.text() == "Ana Lopez"
    assert panel.only_with.isChecked() and panel.only_with.text() == "Only with Ana"
    assert page.tabs.tabText(1) == "Opportunities (2)"  # Ana's two, as the Conversations tab counts hers
    assert [panel.strip.count(s) for s in (OpportunityStatus.SPOTTED, OpportunityStatus.PROPOSED)] == [1, 1]

    click(qtbot, panel.only_with)  # everyone's
    assert [panel.strip.count(s) for s in (OpportunityStatus.SPOTTED, OpportunityStatus.PROPOSED)] == [2, 1]
    click(qtbot, panel.strip.buttons[OpportunityStatus.SPOTTED])
    assert sorted(column(panel.table, COL_TITLE)) == ["Pilot", "Template"]
    assert page.tabs.tabText(1) == "Opportunities (2)"  # still Ana's: the tab is about the selected person
    click(qtbot, panel.only_with)
    assert column(panel.table, COL_TITLE) == ["Pilot"]
    assert panel.strip.count(OpportunityStatus.SPOTTED) == 1
    click(qtbot, panel.strip.buttons[OpportunityStatus.SPOTTED])  # again: every stage
    assert sorted(column(panel.table, COL_TITLE)) == ["Guild", "Pilot"]
    click_row(qtbot, page.people_table, "Ben")
    assert page.tabs.tabText(1) == "Opportunities (1)"
    assert column(panel.table, COL_TITLE) == ["Template"]
    click_row(qtbot, page.people_table, "Ana Lopez")

    click_row(qtbot, panel.table, "Guild")
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    type_into(qtbot, dialog, "title", "Architecture guild")
    dialog.widgets["status"].set_value(OpportunityStatus.CHAMPIONING)
    save(qtbot, dialog)
    assert sorted(column(panel.table, COL_TITLE)) == ["Architecture guild", "Pilot"]
    assert panel.strip.count(OpportunityStatus.CHAMPIONING) == 1
    assert [o.title for o in page.journal.people.opportunities() if o.status is OpportunityStatus.CHAMPIONING] == [
        "Architecture guild"
    ]


def test_renaming_or_deleting_a_person_updates_their_opportunities(qtbot, page: NetworkPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    (ana,) = add_people(page.journal, Person(name="Ana"))
    page.journal.people.add_opportunity(Opportunity(title="Pilot", person_id=ana.id))
    page.refresh()
    click(qtbot, page.card.edit_button)
    type_into(qtbot, page.dialog, "name", "Ana Lopez")
    save(qtbot, page.dialog)
    assert column(page.opportunities.table, 1) == ["Ana Lopez"]

    dialogs.yes()
    click(qtbot, page.card.delete_button)
    assert column(page.opportunities.table, 1) == ["—"]
    assert page.journal.people.opportunities()[0].person_id is None
    assert page.stack.currentIndex() == 1  # the opportunity is still there to see


# -- the page as a whole --------------------------------------------------------------------------------------


def test_show_record_brings_each_kind_into_view(qtbot, sample_page: NetworkPage) -> None:  # type: ignore[no-untyped-def]
    journal = sample_page.journal
    priya = journal.people.resolve("Priya Raman")
    qtbot.keyClicks(sample_page.search, "nobody matches this")
    qtbot.waitUntil(lambda: names(sample_page) == [])

    sample_page.show_record("person", priya.id)
    assert sample_page.card.name.text() == "Priya Raman"
    assert sample_page.search.text() == ""

    shared = next(i for i in journal.people.interactions() if len(i.person_ids) > 1)
    sample_page.show_record("interaction", shared.id)
    assert sample_page.card.name.text() in shared.person_names
    assert sample_page.log.current().id == shared.id
    assert sample_page.tabs.currentIndex() == 0

    chosen = next(o for o in journal.people.opportunities() if o.person_id is not None)
    sample_page.opportunities.set_stage(OpportunityStatus.DROPPED)  # hides it: showing it widens the view
    sample_page.show_record("opportunity", chosen.id)
    assert sample_page.card.name.text() == chosen.person_name
    assert sample_page.tabs.currentWidget() is sample_page.opportunities
    assert sample_page.opportunities.current().id == chosen.id


def test_the_demo_network_opens_on_the_longest_waiting_person(qtbot, sample_page: NetworkPage, today: date) -> None:  # type: ignore[no-untyped-def]
    journal = sample_page.journal
    due = sorted((p for p in journal.people.list() if p.follow_up and p.follow_up <= today), key=lambda p: p.follow_up)
    assert sample_page.badge() == len(due) > 1
    assert sample_page.card.name.text() == due[0].name
    assert "overdue" in sample_page.card.follow_up.text()
    assert len(names(sample_page)) == journal.people.count()
    strip = sample_page.opportunities.strip
    theirs = journal.people.opportunities(person_id=due[0].id)
    assert sample_page.tabs.tabText(1) == f"Opportunities ({len(theirs)})"  # theirs, not everyone's
    for stage in OpportunityStatus:
        assert strip.count(stage) == sum(1 for o in theirs if o.status is stage)
    sample_page.opportunities.only_with.setChecked(False)  # the whole pipeline
    for stage in OpportunityStatus:
        assert strip.count(stage) == sum(1 for o in journal.people.opportunities() if o.status is stage)
    assert sample_page.tabs.tabText(1) == f"Opportunities ({len(theirs)})"


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, sample_page: NetworkPage) -> None:  # type: ignore[no-untyped-def]
    page = sample_page
    page.tabs.setCurrentWidget(page.opportunities)
    for model in (
        page.people_model,
        page.people_proxy,
        page.log.model,
        page.log.proxy,
        page.opportunities.model,
        page.opportunities.proxy,
    ):
        qtmodeltester.check(model)


def test_a_network_of_two_thousand_people_loads_and_filters(qtbot, page: NetworkPage) -> None:  # type: ignore[no-untyped-def]
    relationships = list(Relationship)
    with page.journal.transaction():
        for n in range(2000):
            page.journal.people.add(
                Person(name=f"Person {n:04d}", org=f"Org {n % 40}", relationship=relationships[n % 5], needs="x")
            )
    page.refresh()
    assert page.people_proxy.rowCount() == 2000
    assert page.count_label.text() == "2,000 people"

    qtbot.keyClicks(page.search, "Person 1234")
    qtbot.waitUntil(lambda: names(page) == ["Person 1234"])
    page.search.clear()
    qtbot.waitUntil(lambda: page.people_proxy.rowCount() == 2000)
    page.relationship.set_value(Relationship.PEER)
    assert page.people_proxy.rowCount() == 400
    assert page.people_proxy.index(0, COL_NAME).data(ID_ROLE) is not None


def test_a_read_only_journal_cannot_be_changed_here(qtbot, journal_path, settings, today: date) -> None:  # type: ignore[no-untyped-def]
    with Journal.open(journal_path, create=True) as writable:
        writable.people.add(Person(name="Ana"))
    journal = Journal.open(journal_path, read_only=True)
    try:
        page = _show(qtbot, NetworkPage(Session(journal, settings, today=lambda: today)))
        page.refresh()
        assert names(page) == ["Ana"]
        for button in (
            page.new_button,
            page.log_button,
            page.card.edit_button,
            page.card.delete_button,
            page.opportunities.new_button,
        ):
            assert not button.isEnabled()
        page.people_table.setFocus()
        qtbot.keyClick(page.people_table, Qt.Key.Key_Delete)
        assert [p.name for p in journal.people.list()] == ["Ana"]
    finally:
        journal.close()


def test_splitters_are_remembered_under_network_keys(qtbot, page: NetworkPage, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    page.splitter.setSizes([300, 400])
    page.save_state(settings)
    keys = settings.allKeys()
    assert keys and all(key.startswith("network/") for key in keys)
    assert {"network/splitter", "network/detail-splitter"} <= set(keys)
    again = _show(qtbot, NetworkPage(page.session))
    again.restore_state(settings)
    assert again.splitter.sizes()[0] == page.splitter.sizes()[0]
