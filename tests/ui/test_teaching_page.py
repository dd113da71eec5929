"""The Teaching page: skills, teaching records and handovers, created, edited and deleted by clicking and typing.

Every test drives real widgets over a real journal file and checks both what
a person sees (rows, the "only you" strip, labels) and what the journal holds.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from career_journal.domain.enums import Criticality, HandoverStatus, LearnerLevel, TeachingMethod
from career_journal.domain.records import Handover, Person, Skill, Teaching
from career_journal.ui.dialogs.record_form import RecordDialog
from career_journal.ui.pages.teaching import parts
from career_journal.ui.pages.teaching.page import HANDOVERS_TAB, SKILLS_TAB, TeachingPage
from career_journal.ui.pages.teaching.record_section import RecordSection
from career_journal.ui.session import Session

LEFT = Qt.MouseButton.LeftButton


def make_page(qtbot, session: Session) -> TeachingPage:  # type: ignore[no-untyped-def]
    made = TeachingPage(session)
    qtbot.addWidget(made)
    made.resize(1080, 780)
    made.show()
    return made


@pytest.fixture
def page(qtbot, session: Session) -> TeachingPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, session)


@pytest.fixture
def demo_page(qtbot, sample_session: Session) -> TeachingPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, sample_session)


@pytest.fixture
def release(session: Session) -> Skill:
    """A critical skill nobody else can do yet, and Dana, who could learn it."""
    session.journal.people.add(Person(name="Dana Whitfield", org="Platform"))
    return session.journal.skills.add(Skill(name="Release train", criticality=Criticality.CRITICAL))


def column(section: RecordSection, col: int) -> list[str]:
    """The texts of one column, in the order shown."""
    return [section.proxy.index(row, col).data() for row in range(section.proxy.rowCount())]


def row_of(section: RecordSection, text: str) -> dict[str, str]:
    """The shown row whose first column reads ``text``, as {column title: text}."""
    for row in range(section.proxy.rowCount()):
        if section.proxy.index(row, 0).data() == text:
            titles = [c.title for c in section.model.columns]
            return {title: section.proxy.index(row, c).data() for c, title in enumerate(titles)}
    raise AssertionError(f"no row {text!r} in {column(section, 0)}")


def click_row(qtbot, section: RecordSection, text: str, *, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    row = column(section, 0).index(text)
    index = section.proxy.index(row, 0)
    section.table.scrollTo(index)
    at = section.table.visualRect(index).center()
    qtbot.mouseClick(section.table.viewport(), LEFT, pos=at)
    if double:  # a real double-click starts with a press Qt has seen
        qtbot.mouseDClick(section.table.viewport(), LEFT, pos=at)


def opened(qtbot, page: TeachingPage, button) -> RecordDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, LEFT)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def replace_text(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.selectAll()
    qtbot.keyClicks(field, text)


def save(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert not dialog.isVisible()


def log_teaching(qtbot, page: TeachingPage, person: str, level: str, method: str = "", *, new: bool = False) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, page, page.log_button)
    qtbot.keyClicks(dialog.widgets["person"].lineEdit(), person)
    if new:
        qtbot.mouseClick(dialog.widgets["person"].help.add_button, LEFT)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.widgets["level"], level)  # keyboard search in the closed list
    if method:
        qtbot.keyClicks(dialog.widgets["method"], method)
    save(qtbot, dialog)


# -- empty journal -------------------------------------------------------------------------------
def test_an_empty_journal_says_what_to_add_first(page: TeachingPage) -> None:
    assert "Add the skills and responsibilities you hold; then log who you taught" in page.strip.note.text()
    assert page.strip.skill_ids() == []
    assert "No skills yet" in page.skills.hint.text() and page.skills.stack.currentIndex() == 1
    assert not page.teachings.isVisible()
    assert not page.log_button.isEnabled()
    assert page.new_skill_button.isEnabled()
    assert "No handovers yet" in page.handovers.hint.text()
    assert page.badge() is None


# -- skills ----------------------------------------------------------------------------------------
def test_a_skill_is_created_edited_and_deleted_by_clicking_and_typing(qtbot, page: TeachingPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, page, page.new_skill_button)
    qtbot.keyClicks(dialog.widgets["name"], "Release train")
    qtbot.keyClicks(dialog.widgets["criticality"], "Cr")
    save(qtbot, dialog)

    (stored,) = page.journal.skills.list()
    assert (stored.name, stored.criticality, stored.documented) == ("Release train", Criticality.CRITICAL, "")
    assert row_of(page.skills, "Release train") == {
        "Skill or responsibility": "Release train",
        "How critical": "Critical",
        "Coverage": "Only you",
        "Best learner": "—",
        "Who has learned it": "Nobody yet",
        "Written down": "Not written down",
    }
    assert page.strip.skill_ids() == [stored.id]
    assert page.strip.tiles[0].next_step.text() == "Teach it to someone; write it down"
    assert page.badge() == 1
    assert page.log_button.isEnabled()

    resets: list[bool] = []
    page.skills.model.modelReset.connect(lambda: resets.append(True))
    click_row(qtbot, page.skills, "Release train")
    qtbot.keyClick(page.skills.table, Qt.Key.Key_Return)  # Enter edits
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    replace_text(qtbot, dialog.widgets["name"], "Weekly release train")
    qtbot.keyClicks(dialog.widgets["documented"], "wiki/release-runbook")
    save(qtbot, dialog)

    assert column(page.skills, 0) == ["Weekly release train"]
    assert row_of(page.skills, "Weekly release train")["Written down"] == "wiki/release-runbook"
    assert resets == []  # one row changed, the list was not reloaded
    edited = page.journal.skills.get(stored.id)
    assert (edited.name, edited.documented) == ("Weekly release train", "wiki/release-runbook")
    assert page.strip.tiles[0].next_step.text() == "Teach it to someone"

    qtbot.mouseClick(page.skills.delete_button, LEFT)  # the question is answered No
    assert "Weekly release train" in dialogs.texts("question")[-1]
    assert column(page.skills, 0) == ["Weekly release train"]
    dialogs.yes()
    page.skills.table.setFocus()
    qtbot.keyClick(page.skills.table, Qt.Key.Key_Delete)
    assert page.skills.model.rowCount() == 0
    assert page.journal.skills.list() == []
    assert page.skills.stack.currentIndex() == 1 and page.strip.skill_ids() == []
    assert page.badge() is None


def test_a_second_skill_with_the_same_name_is_refused_in_the_dialog(qtbot, page: TeachingPage, release) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    dialog = opened(qtbot, page, page.new_skill_button)
    qtbot.keyClicks(dialog.widgets["name"], "release TRAIN")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.isVisible() and "already a skill" in dialog.error.text()
    assert page.skills.model.rowCount() == 1


# -- teaching --------------------------------------------------------------------------------------
def test_logging_teaching_moves_the_skill_off_the_only_you_list(qtbot, page: TeachingPage, release: Skill) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    journal.skills.add(Skill(name="Interviewing"))
    page.refresh()
    assert page.badge() == 1
    click_row(qtbot, page.skills, "Release train")
    messages: list[str] = []
    page.session.status.connect(messages.append)

    dialog = opened(qtbot, page, page.log_button)
    assert dialog.widgets["skill_id"].value() == release.id  # opened on the selected skill
    qtbot.keyClicks(dialog.widgets["person"].lineEdit(), "Dana Whitfield")
    qtbot.keyClicks(dialog.widgets["level"], "With")
    save(qtbot, dialog)

    (dana,) = journal.people.list()
    (first,) = journal.skills.teachings(skill_id=release.id)
    assert (first.person_id, first.level) == (dana.id, LearnerLevel.WITH_HELP)
    shown = row_of(page.skills, "Release train")
    assert (shown["Best learner"], shown["Coverage"]) == ("With help", "Only you")
    assert shown["Who has learned it"] == "Dana Whitfield (with help)"
    assert column(page.teachings, parts.COL_TEACHING_PERSON) == ["Dana Whitfield"]
    assert release.id in page.strip.skill_ids()
    tile = page.strip.tiles[page.strip.skill_ids().index(release.id)]
    assert tile.next_step.text() == "Take Dana Whitfield from with help to on their own; write it down"

    log_teaching(qtbot, page, "Sam Okafor", "On", method="Wo", new=True)  # added to the network, as asked

    assert sorted(p.name for p in journal.people.list()) == ["Dana Whitfield", "Sam Okafor"]
    sam = next(p for p in journal.people.list() if p.name == "Sam Okafor")
    newest = journal.skills.teachings(skill_id=release.id)[0]
    assert (newest.person_id, newest.level, newest.method) == (
        sam.id,
        LearnerLevel.ON_THEIR_OWN,
        TeachingMethod.WORKSHOP,
    )
    shown = row_of(page.skills, "Release train")
    assert (shown["Best learner"], shown["Coverage"]) == ("On their own", "Covered")
    assert shown["Who has learned it"] == "Sam Okafor (on their own), Dana Whitfield (with help)"
    assert release.id not in page.strip.skill_ids()
    assert page.strip.title_label.text() == "Only you can do this (1)"
    assert sorted(column(page.teachings, parts.COL_TEACHING_PERSON)) == ["Dana Whitfield", "Sam Okafor"]
    assert page.teachings.selected().person_name == "Sam Okafor"
    assert page.badge() is None  # the only skill left is not critical
    assert "no longer only yours" in messages[-1]


def test_a_tile_logs_teaching_for_its_skill_with_the_closest_learner_chosen(qtbot, demo_page: TeachingPage) -> None:  # type: ignore[no-untyped-def]
    on_call = demo_page.journal.skills.resolve("On-call incident command")
    dana = demo_page.journal.people.resolve("Dana Whitfield")
    tile = demo_page.strip.tiles[demo_page.strip.skill_ids().index(on_call.id)]
    assert tile.level.text() == "CRITICAL"

    dialog = opened(qtbot, demo_page, tile.teach_button)
    assert dialog.widgets["skill_id"].value() == on_call.id
    assert dialog.widgets["person"].choice() == dana.id
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)

    qtbot.mouseClick(tile, LEFT)  # the tile itself shows the skill in the table
    assert demo_page.skills.selected().skill.id == on_call.id
    assert demo_page.teaching_title.text() == "Who learned On-call incident command"


def test_a_teaching_record_is_edited_and_deleted(qtbot, page: TeachingPage, release: Skill, dialogs) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    dana = journal.people.resolve("Dana Whitfield")
    journal.skills.add_teaching(Teaching(skill_id=release.id, person_id=dana.id, taught_on=date(2026, 11, 2)))
    page.refresh()
    assert page.teaching_title.text() == "Who learned Release train"
    assert row_of(page.teachings, "2026-11-02")["How far they got"] == "Aware"

    click_row(qtbot, page.teachings, "2026-11-02", double=True)  # a double-click edits
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit teaching record"
    qtbot.keyClicks(dialog.widgets["level"], "On")
    qtbot.keyClicks(dialog.widgets["notes"], "Ran Tuesday's release alone")
    save(qtbot, dialog)

    shown = row_of(page.teachings, "2026-11-02")
    assert (shown["How far they got"], shown["Notes"]) == ("On their own", "Ran Tuesday's release alone")
    (stored,) = journal.skills.teachings()
    assert (stored.level, stored.notes) == (LearnerLevel.ON_THEIR_OWN, "Ran Tuesday's release alone")
    assert row_of(page.skills, "Release train")["Coverage"] == "Covered"
    assert page.strip.skill_ids() == []
    assert "every part of your job" in page.strip.note.text()

    click_row(qtbot, page.teachings, "2026-11-02")
    dialogs.yes()
    qtbot.mouseClick(page.teachings.delete_button, LEFT)
    assert "Release train to Dana Whitfield" in dialogs.texts("question")[-1]
    assert journal.skills.teachings() == []
    assert page.teachings.stack.currentIndex() == 1
    assert "not logged teaching Release train" in page.teachings.hint.text()
    shown = row_of(page.skills, "Release train")
    assert (shown["Coverage"], shown["Best learner"]) == ("Only you", "—")
    assert page.strip.skill_ids() == [release.id]


def test_deleting_a_skill_takes_its_teaching_but_keeps_its_handover(
    qtbot, page: TeachingPage, release, dialogs
) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    dana = journal.people.resolve("Dana Whitfield")
    journal.skills.add_teaching(Teaching(skill_id=release.id, person_id=dana.id, taught_on=date(2026, 11, 2)))
    journal.skills.add_handover(Handover(title="Release duty", person_id=dana.id, skill_id=release.id))
    page.refresh()
    click_row(qtbot, page.skills, "Release train")
    dialogs.yes()
    qtbot.mouseClick(page.skills.delete_button, LEFT)

    assert "and its 1 teaching record" in dialogs.texts("question")[-1]
    assert journal.skills.list() == [] and journal.skills.teachings() == []
    assert row_of(page.handovers, "Release duty")["Skill"] == "—"
    assert journal.skills.handovers()[0].skill_id is None


# -- handovers -------------------------------------------------------------------------------------
def test_a_handover_is_created_moved_along_and_deleted(qtbot, page: TeachingPage, release: Skill, dialogs) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(HANDOVERS_TAB).center())
    assert page.tabs.currentIndex() == HANDOVERS_TAB

    dialog = opened(qtbot, page, page.new_handover_button)
    qtbot.keyClicks(dialog.widgets["title"], "Release duty")
    qtbot.keyClicks(dialog.widgets["person"].lineEdit(), "Dana Whitfield")
    qtbot.keyClicks(dialog.widgets["skill_id"], "Rel")
    save(qtbot, dialog)

    shown = row_of(page.handovers, "Release duty")
    assert (shown["Handed to"], shown["Skill"], shown["Status"]) == ("Dana Whitfield", "Release train", "Planned")
    assert page.tabs.tabText(HANDOVERS_TAB) == "Handovers (1 open)"
    (stored,) = page.journal.skills.handovers()
    assert (stored.title, stored.skill_id, stored.status) == ("Release duty", release.id, HandoverStatus.PLANNED)

    for status, label in (("In", "In transition"), ("Han", "Handed over")):
        click_row(qtbot, page.handovers, "Release duty")
        qtbot.keyClick(page.handovers.table, Qt.Key.Key_Return)
        dialog = page.dialog
        assert dialog is not None and dialog.windowTitle() == "Edit handover"
        qtbot.keyClicks(dialog.widgets["status"], status)
        save(qtbot, dialog)
        assert row_of(page.handovers, "Release duty")["Status"] == label
    assert page.journal.skills.handovers()[0].status is HandoverStatus.HANDED_OVER
    assert row_of(page.handovers, "Release duty")["Completed"] != "—"
    assert page.tabs.tabText(HANDOVERS_TAB) == "Handovers"
    index = page.handovers.proxy.index(0, parts.COL_HANDOVER_STATUS)
    assert parts.handover_steps(index.data(parts.RECORD_ROLE)) == (3, 3)

    dialogs.yes()
    click_row(qtbot, page.handovers, "Release duty")
    qtbot.keyClick(page.handovers.table, Qt.Key.Key_Delete)
    assert "Release duty" in dialogs.texts("question")[-1]
    assert page.journal.skills.handovers() == []
    assert page.handovers.stack.currentIndex() == 1


def test_renaming_a_skill_renames_it_in_the_handovers_too(qtbot, page: TeachingPage, release) -> None:  # type: ignore[no-untyped-def]
    dana = page.journal.people.resolve("Dana Whitfield")
    page.journal.skills.add_handover(Handover(title="Release duty", person_id=dana.id, skill_id=release.id))
    page.refresh()
    click_row(qtbot, page.skills, "Release train", double=True)
    dialog = page.dialog
    assert dialog is not None
    replace_text(qtbot, dialog.widgets["name"], "Release captain")
    save(qtbot, dialog)
    assert row_of(page.handovers, "Release duty")["Skill"] == "Release captain"


# -- lists, badge, navigation ------------------------------------------------------------------------
def test_every_model_passes_the_model_tester(qtmodeltester, demo_page: TeachingPage) -> None:  # type: ignore[no-untyped-def]
    assert demo_page.teachings.model.rowCount() > 0 and demo_page.handovers.model.rowCount() == 3
    for section in (demo_page.skills, demo_page.teachings, demo_page.handovers):
        qtmodeltester.check(section.model)
        qtmodeltester.check(section.proxy)


def test_the_badge_counts_critical_skills_only_you_can_do(demo_page: TeachingPage) -> None:
    assert demo_page.badge() == 3  # on-call, Terraform, Postgres; the release train is Dana's now
    assert [demo_page.journal.skills.get(i).name for i in demo_page.strip.skill_ids()[:3]] == [
        "Terraform state surgery",
        "On-call incident command",
        "Postgres failover",
    ]


def test_the_filter_and_the_column_headers_order_the_skills(qtbot, demo_page: TeachingPage) -> None:  # type: ignore[no-untyped-def]
    assert column(demo_page.skills, 1)[:4] == ["Critical"] * 4  # most critical first
    header = demo_page.skills.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(header.sectionViewportPosition(0) + 20, 8))
    names = column(demo_page.skills, 0)
    assert names == sorted(names, key=str.casefold)

    qtbot.keyClicks(demo_page.filter, "jo martins")
    assert sorted(column(demo_page.skills, 0)) == ["Capacity planning", "Postgres failover"]
    qtbot.keyClicks(demo_page.filter, " nobody")
    assert demo_page.skills.stack.currentIndex() == 1
    assert "No skill matches" in demo_page.skills.hint.text()


def test_show_record_brings_each_kind_into_view(demo_page: TeachingPage) -> None:
    journal = demo_page.journal
    postgres = journal.skills.resolve("Postgres failover")
    (taught,) = journal.skills.teachings(skill_id=postgres.id)
    demo_page.filter.setText("Release")
    demo_page.show_record("teaching", taught.id)
    assert demo_page.filter.text() == ""  # the filter hid it
    assert demo_page.skills.selected().skill.id == postgres.id
    assert demo_page.teachings.selected().id == taught.id

    handover = journal.skills.handovers()[-1]
    demo_page.show_record("handover", handover.id)
    assert demo_page.tabs.currentIndex() == HANDOVERS_TAB
    assert demo_page.handovers.selected().id == handover.id

    demo_page.show_record("skill", postgres.id)
    assert demo_page.tabs.currentIndex() == SKILLS_TAB
    assert demo_page.skills.selected().skill.name == "Postgres failover"


def test_a_change_made_elsewhere_shows_when_the_page_is_next_seen(demo_page: TeachingPage) -> None:
    journal = demo_page.journal
    jo, terraform = journal.people.resolve("Jo Martins"), journal.skills.resolve("Terraform state surgery")
    journal.skills.add_teaching(
        Teaching(skill_id=terraform.id, person_id=jo.id, taught_on=date(2026, 11, 20), level=LearnerLevel.CAN_TEACH)
    )
    demo_page.session.notify("teaching", origin=None)
    assert row_of(demo_page.skills, "Terraform state surgery")["Coverage"] == "Covered"
    assert terraform.id not in demo_page.strip.skill_ids()


def test_a_read_only_journal_offers_no_writing(qtbot, demo_page: TeachingPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    demo_page.journal.read_only = True
    demo_page.refresh()
    buttons = (demo_page.new_skill_button, demo_page.log_button, demo_page.new_handover_button)
    assert not any(button.isEnabled() for button in buttons)
    assert not demo_page.skills.edit_button.isEnabled() and not demo_page.skills.delete_button.isEnabled()
    assert not any(tile.teach_button.isEnabled() for tile in demo_page.strip.tiles)
    demo_page.skills.table.setFocus()
    qtbot.keyClick(demo_page.skills.table, Qt.Key.Key_Delete)
    assert dialogs.texts("information") and demo_page.skills.model.rowCount() == 7


def test_splitter_and_tab_are_remembered(qtbot, session: Session, settings) -> None:  # type: ignore[no-untyped-def]
    first = make_page(qtbot, session)
    first.tabs.setCurrentIndex(HANDOVERS_TAB)
    first.save_state(settings)
    assert {key for key in settings.allKeys() if key.startswith("teaching/")} == {
        "teaching/skills-splitter",
        "teaching/tab",
    }
    second = make_page(qtbot, session)
    second.restore_state(settings)
    assert second.tabs.currentIndex() == HANDOVERS_TAB


def test_keyboard_shortcuts_open_the_dialogs(qtbot, page: TeachingPage, release: Skill) -> None:  # type: ignore[no-untyped-def]
    page.refresh()
    page.activateWindow()
    qtbot.waitActive(page)
    page.skills.table.setFocus()
    qtbot.keyClick(page.skills.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Log teaching"
    assert dialog.widgets["skill_id"].value() == release.id
    dialog.reject()
    page.skills.table.setFocus()
    qtbot.keyClick(
        page.skills.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert page.dialog is not dialog and page.dialog.windowTitle() == "New skill or responsibility"
