"""The Goals page: goals grouped by direction, created and edited through the dialog, milestones ticked in place."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QStyle, QStyleOptionViewItem

from career_journal.domain.enums import GoalDirection, GoalStatus
from career_journal.domain.errors import RecordNotFound
from career_journal.domain.records import Entry, Goal, GoalChange, Milestone
from career_journal.storage.journal import Journal
from career_journal.ui.models.goals import COL_TARGET, GoalTreeModel, GoalTreeProxy, describe_change
from career_journal.ui.models.milestones import MilestoneListModel
from career_journal.ui.pages.goals.page import GoalsPage
from career_journal.ui.session import Session

OPEN, CLOSED = GoalStatus.ACTIVE, GoalStatus.ACHIEVED


def make_page(qtbot, session: Session) -> GoalsPage:  # type: ignore[no-untyped-def]
    page = GoalsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    with qtbot.waitActive(page):  # shortcuts (Enter, Delete) only reach the active window
        page.show()
        page.activateWindow()
    return page


def add_goal(session: Session, title: str, **fields) -> Goal:  # type: ignore[no-untyped-def]
    return session.journal.goals.add(Goal(title=title, **fields))


def tree_rows(page: GoalsPage) -> list[tuple[str, ...]]:
    """What the tree shows: ("Upward",) for a group, then (title, status, target, progress) for each goal in it."""
    rows: list[tuple[str, ...]] = []
    proxy = page.proxy
    for group_row in range(proxy.rowCount()):
        group = proxy.index(group_row, 0)
        rows.append((group.data(),))
        for row in range(proxy.rowCount(group)):
            rows.append(tuple(proxy.index(row, column, group).data() for column in range(proxy.columnCount())))
    return rows


def select(qtbot, page: GoalsPage, title: str) -> None:  # type: ignore[no-untyped-def]
    """Click the goal's row in the tree, the way a person would."""
    goal = next(g for g in page.model.goals() if g.title == title)
    index = page.proxy.mapFromSource(page.model.index_of(goal.id or 0))
    page.tree.scrollTo(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(index).center())
    assert page.detail.heading.text() == title and page.tree.hasFocus()


def save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def milestone_rows(page: GoalsPage) -> list[tuple[str, bool, str]]:
    """What the milestone list shows: (text, ticked, "done <date>")."""
    model = page.detail.milestones.model()
    return [
        (
            model.index(row, 0).data(),
            model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked,
            model.index(row, 1).data(),
        )
        for row in range(model.rowCount())
    ]


def click_check(qtbot, tree, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click exactly on a milestone's check box."""
    index = tree.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.rect = tree.visualRect(index)
    tree.itemDelegate().initStyleOption(option, index)
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


# -- create, edit, delete a goal -----------------------------------------------------------------
def test_an_empty_journal_explains_goals_and_offers_the_first(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    assert page.stack.currentIndex() == 1  # the explanation, not an empty tree
    assert page.empty_new_button.isVisible() and not page.edit_button.isVisible()
    assert page.badge() is None


def test_new_goal_typed_into_the_dialog_appears_in_its_direction(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    qtbot.mouseClick(page.empty_new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.widgets["title"], "Keep a plan B warm")
    qtbot.keyClicks(dialog.widgets["direction"], "Exit")
    dialog.widgets["target_date"].set_value(date(2027, 3, 1))  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.widgets["why"], "A plan B is **healthy**.")
    save(qtbot, dialog)

    [stored] = session.journal.goals.list()
    assert (stored.title, stored.direction, stored.status, stored.target_date, stored.why) == (
        "Keep a plan B warm",
        GoalDirection.EXIT,
        GoalStatus.ACTIVE,
        date(2027, 3, 1),
        "A plan B is **healthy**.",
    )
    assert tree_rows(page) == [("Exit plan",), ("Keep a plan B warm", "Active", "2027-03-01", "—")]
    assert page.stack.currentIndex() == 0
    assert page.detail.heading.text() == "Keep a plan B warm"
    assert "healthy" in page.detail.why.toPlainText() and "**" not in page.detail.why.toPlainText()
    assert "98 days left" in page.detail.facts.text()


def test_new_goal_while_a_direction_is_chosen_starts_in_that_direction(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    add_goal(session, "Learn Rust", direction=GoalDirection.LEARNING)
    page = make_page(qtbot, session)
    group = page.proxy.index(0, 0)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(group).center())
    assert page.detail.overview_title.text() == "Learning" and not page.edit_button.isEnabled()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.values()["direction"] is GoalDirection.LEARNING


def test_editing_with_enter_changes_the_row_the_database_and_the_plan_history(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer", target_date=date(2026, 12, 1))
    add_goal(session, "Learn Rust", direction=GoalDirection.LEARNING)
    page = make_page(qtbot, session)
    select(qtbot, page, "Staff engineer")
    assert "2026-12-01 → 2027-03-01" not in page.detail.history.text()

    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit goal"
    dialog.widgets["target_date"].set_value(date(2027, 3, 1))  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.widgets["status"], "Achieved")
    save(qtbot, dialog)

    stored = session.journal.goals.get(goal.id or 0)
    assert (stored.status, stored.target_date) == (GoalStatus.ACHIEVED, date(2027, 3, 1))
    assert ("Staff engineer", "Achieved", "2027-03-01", "—") in tree_rows(page)
    history = page.detail.history.text()
    assert "target date: 2026-12-01 → 2027-03-01" in history
    assert "status: Active → Achieved" in history
    assert page.detail.heading.text() == "Staff engineer"  # still the goal on show


def test_a_new_direction_moves_the_goal_to_its_group_and_keeps_it_in_view(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer")
    add_goal(session, "Learn Rust", direction=GoalDirection.LEARNING)
    page = make_page(qtbot, session)
    qtbot.mouseClick(page.show_closed, Qt.MouseButton.LeftButton)  # achieved and dropped hidden
    select(qtbot, page, "Staff engineer")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None
    qtbot.keyClicks(page.dialog.widgets["direction"], "Exit")
    qtbot.keyClicks(page.dialog.widgets["status"], "Dropped")
    save(qtbot, page.dialog)
    assert session.journal.goals.get(goal.id or 0).direction is GoalDirection.EXIT
    assert tree_rows(page) == [
        ("Exit plan",),
        ("Staff engineer", "Dropped", "—", "—"),
        ("Learning",),
        ("Learn Rust", "Active", "—", "—"),
    ]
    assert page.show_closed.isChecked()  # shown again, so the goal just saved does not vanish
    assert page.tree.currentIndex().data() == "Staff engineer" and page.detail.heading.text() == "Staff engineer"


def test_double_click_opens_the_goal_for_editing(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    add_goal(session, "Staff engineer")
    page = make_page(qtbot, session)
    index = page.proxy.mapFromSource(page.model.index_of(session.journal.goals.list()[0].id or 0))
    where = page.tree.visualRect(index).center()
    # A real double-click starts with a press; QTest's sends the double-click event alone.
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.dialog is not None and page.dialog.windowTitle() == "Edit goal"
    qtbot.keyClick(page.dialog.widgets["title"], Qt.Key.Key_End)  # the title comes selected, ready to retype
    qtbot.keyClicks(page.dialog.widgets["title"], " by summer")
    save(qtbot, page.dialog)
    assert session.journal.goals.list()[0].title == "Staff engineer by summer"
    assert tree_rows(page)[1][0] == "Staff engineer by summer"


def test_delete_asks_first_and_no_keeps_the_goal(qtbot, session: Session, dialogs) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer", milestones=[Milestone("Write the runbook")])
    page = make_page(qtbot, session)
    select(qtbot, page, "Staff engineer")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # answered No by default
    assert "Staff engineer" in dialogs.texts("question")[-1] and "1 milestone" in dialogs.texts("question")[-1]
    assert session.journal.goals.get(goal.id or 0).title == "Staff engineer"
    assert ("Staff engineer", "Active", "—", "0 of 1") in tree_rows(page)


def test_delete_confirmed_removes_the_goal_from_tree_and_journal(qtbot, session: Session, dialogs) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer")
    add_goal(session, "Learn Rust", direction=GoalDirection.LEARNING)
    page = make_page(qtbot, session)
    select(qtbot, page, "Staff engineer")
    dialogs.yes()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    with pytest.raises(RecordNotFound):
        session.journal.goals.get(goal.id or 0)
    assert tree_rows(page) == [("Learning",), ("Learn Rust", "Active", "—", "—")]  # the empty group went too
    assert page.detail.heading.text() == "Learn Rust"  # the next goal is shown, not an empty pane


def test_deleting_the_last_goal_shows_the_explanation_again(qtbot, session: Session, dialogs) -> None:  # type: ignore[no-untyped-def]
    add_goal(session, "Staff engineer")
    page = make_page(qtbot, session)
    select(qtbot, page, "Staff engineer")
    dialogs.yes()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert session.journal.goals.count() == 0 and page.stack.currentIndex() == 1


# -- milestones ---------------------------------------------------------------------------------------
def test_a_milestone_typed_and_entered_is_added_to_the_goal(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer")
    page = make_page(qtbot, session)
    select(qtbot, page, "Staff engineer")
    assert page.detail.progress_row.isHidden()
    qtbot.mouseClick(page.detail.new_milestone, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.detail.new_milestone, "Write the Terraform runbook")
    qtbot.keyClick(page.detail.new_milestone, Qt.Key.Key_Return)

    assert [m.text for m in session.journal.goals.get(goal.id or 0).milestones] == ["Write the Terraform runbook"]
    assert milestone_rows(page) == [("Write the Terraform runbook", False, "")]
    assert page.detail.new_milestone.text() == ""
    assert ("Staff engineer", "Active", "—", "0 of 1") in tree_rows(page)
    assert page.detail.progress_note.text() == "0 of 1 milestones done" and page.detail.progress_row.isVisible()


def test_ticking_a_milestone_dates_it_today_and_moves_the_progress_bar(qtbot, session: Session, today: date) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer", milestones=[Milestone("Runbook"), Milestone("Packet")])
    page = make_page(qtbot, session)
    select(qtbot, page, "Staff engineer")
    tree = page.detail.milestones
    assert page.detail.progress.value() == 0

    click_check(qtbot, tree, 0)
    runbook = session.journal.goals.get(goal.id or 0).milestones[0]
    assert runbook.done_on == today
    assert page.detail.progress.value() == 1 and page.detail.progress.maximum() == 2
    assert milestone_rows(page) == [("Runbook", True, f"done {today.isoformat()}"), ("Packet", False, "")]
    assert ("Staff engineer", "Active", "—", "1 of 2") in tree_rows(page)

    click_check(qtbot, tree, 0)  # unticking clears the date
    assert session.journal.goals.get(goal.id or 0).milestones[0].done_on is None
    assert page.detail.progress.value() == 0 and milestone_rows(page)[0] == ("Runbook", False, "")


def test_removing_a_milestone_asks_first(qtbot, session: Session, dialogs) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer", milestones=[Milestone("Runbook"), Milestone("Packet")])
    page = make_page(qtbot, session)
    select(qtbot, page, "Staff engineer")
    tree = page.detail.milestones
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(tree.model().index(1, 1)).center())
    qtbot.keyClick(tree, Qt.Key.Key_Delete)  # No
    assert len(session.journal.goals.get(goal.id or 0).milestones) == 2
    dialogs.yes()
    qtbot.mouseClick(page.detail.remove_button, Qt.MouseButton.LeftButton)
    assert [m.text for m in session.journal.goals.get(goal.id or 0).milestones] == ["Runbook"]
    assert milestone_rows(page) == [("Runbook", False, "")] and "Packet" in dialogs.texts("question")[-1]


def test_f2_renames_a_milestone_and_keeps_its_done_date(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer", milestones=[Milestone("Runbok", done_on=date(2026, 11, 2))])
    page = make_page(qtbot, session)
    select(qtbot, page, "Staff engineer")
    tree = page.detail.milestones
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(tree.model().index(0, 1)).center())
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Runbok"
    editor.selectAll()
    qtbot.keyClicks(editor, "Terraform runbook")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: milestone_rows(page)[0][0] == "Terraform runbook")
    [stored] = session.journal.goals.get(goal.id or 0).milestones
    assert (stored.text, stored.done_on) == ("Terraform runbook", date(2026, 11, 2))
    assert milestone_rows(page) == [("Terraform runbook", True, "done 2026-11-02")]


def test_show_record_of_a_milestone_selects_its_goal(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    add_goal(session, "Staff engineer")
    rust = add_goal(session, "Learn Rust", direction=GoalDirection.LEARNING, milestones=[Milestone("Read the book")])
    page = make_page(qtbot, session)
    page.show_record("milestone", rust.milestones[0].id or 0)
    assert page.detail.heading.text() == "Learn Rust"
    assert page.detail.milestones.currentIndex().data() == "Read the book"


# -- what surrounds a goal ------------------------------------------------------------------------------
def test_clicking_a_linked_entry_asks_to_open_it(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    goal = add_goal(session, "Staff engineer")
    entry = session.journal.entries.add(
        Entry(title="Ran the review", body="x", entry_date=date(2026, 11, 2), goal_ids=[goal.id or 0])
    )
    session.journal.entries.add(Entry(title="Unrelated", body="y", entry_date=date(2026, 11, 3)))
    page = make_page(qtbot, session)
    listing = page.detail.entries
    assert [listing.item(r).text() for r in range(listing.count())] == ["2026-11-02 · Ran the review"]
    assert page.detail.entries_card.title_label.text() == "Linked entries (1)"
    with qtbot.waitSignal(session.open_requested) as opened:
        qtbot.mouseClick(
            listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(listing.item(0)).center()
        )
    assert opened.args == ["entry", entry.id]


def test_badge_counts_open_goals_within_thirty_days(qtbot, session: Session, today: date) -> None:  # type: ignore[no-untyped-def]
    add_goal(session, "Soon", target_date=today + timedelta(days=10))
    add_goal(session, "Later", target_date=today + timedelta(days=60))
    add_goal(session, "Done already", status=CLOSED, target_date=today + timedelta(days=5))
    page = make_page(qtbot, session)
    assert page.badge() == 1
    add_goal(session, "Passed", status=GoalStatus.IDEA, target_date=today - timedelta(days=3))
    assert page.badge() == 2


def test_achieved_and_dropped_can_be_hidden_and_come_back_when_asked_for(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    add_goal(session, "Staff engineer")
    dropped = add_goal(session, "Move sideways", direction=GoalDirection.SIDEWAYS, status=GoalStatus.DROPPED)
    page = make_page(qtbot, session)
    assert ("Sideways",) in tree_rows(page)
    qtbot.mouseClick(page.show_closed, Qt.MouseButton.LeftButton)
    assert tree_rows(page) == [("Upward",), ("Staff engineer", "Active", "—", "—")]
    page.show_record("goal", dropped.id or 0)  # from search: shown, even though it was hidden
    assert page.show_closed.isChecked() and page.detail.heading.text() == "Move sideways"


def test_sorting_orders_goals_and_keeps_the_directions_in_place(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    add_goal(session, "Late", target_date=date(2027, 6, 1))
    add_goal(session, "Early", target_date=date(2027, 1, 1))
    add_goal(session, "Rust", direction=GoalDirection.LEARNING, target_date=date(2027, 2, 1))
    page = make_page(qtbot, session)
    header = page.tree.header()
    target = QPoint(header.sectionViewportPosition(COL_TARGET) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert [row[0] for row in tree_rows(page)] == ["Upward", "Early", "Late", "Learning", "Rust"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=target)  # the other way round
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [row[0] for row in tree_rows(page)] == ["Upward", "Late", "Early", "Learning", "Rust"]


def test_changes_made_elsewhere_show_when_the_page_is_shown_again(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    page.hide()
    add_goal(session, "Made on the command line")
    session.notify("goal", origin=None)
    page.show()
    assert tree_rows(page) == [("Upward",), ("Made on the command line", "Active", "—", "—")]


def test_the_splitter_and_toggle_are_remembered(qtbot, session: Session, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    add_goal(session, "Staff engineer")
    page = make_page(qtbot, session)
    page.splitter.setSizes([300, 700])
    page.show_closed.setChecked(False)
    page.save_state(settings)
    assert all(key.startswith("goals/") for key in settings.allKeys())
    again = make_page(qtbot, session)
    again.restore_state(settings)
    assert not again.show_closed.isChecked()
    assert again.splitter.sizes()[0] < again.splitter.sizes()[1]


def test_a_read_only_journal_offers_no_writing(qtbot, journal_path, settings, today) -> None:  # type: ignore[no-untyped-def]
    with Journal.open(journal_path, create=True) as journal:
        journal.goals.add(Goal(title="Staff engineer", milestones=[Milestone("Runbook")]))
    journal = Journal.open(journal_path, read_only=True)
    try:
        session = Session(journal, settings, today=lambda: today)
        page = make_page(qtbot, session)
        assert not page.new_button.isEnabled() and not page.edit_button.isEnabled()
        assert not page.detail.new_milestone.isEnabled()
        model = page.detail.milestones.model()
        assert milestone_rows(page) == [("Runbook", False, "")]
        assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    finally:
        journal.close()


# -- the models ------------------------------------------------------------------------------------------
def test_the_tree_model_and_its_proxy_pass_the_model_tester(qtmodeltester, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    model = GoalTreeModel(sample_session.today)
    model.set_goals(sample_session.journal.goals.list())
    qtmodeltester.check(model)
    proxy = GoalTreeProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_TARGET, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    moved = model.goals()[0]
    moved.direction = GoalDirection.DEEPER
    model.upsert(moved)  # leaves one group for another
    model.upsert(Goal(title="New", id=999))
    model.remove(999)
    proxy.set_show_closed(False)
    qtmodeltester.check(proxy)
    assert model.index_of(moved.id or 0).parent() == model.group_index(GoalDirection.DEEPER)
    assert model.rowCount(QModelIndex()) == len(GoalDirection)


def test_the_milestone_model_passes_the_model_tester_and_dates_what_is_ticked(qtmodeltester, today: date) -> None:  # type: ignore[no-untyped-def]
    saved: list[Milestone] = []
    accept = True

    def save(changed: Milestone) -> bool:
        saved.append(changed)
        return accept

    model = MilestoneListModel(save, lambda: today)
    model.set_milestones([Milestone("Runbook", goal_id=1, id=1), Milestone("Packet", goal_id=1, id=2)])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert saved[-1].done_on == today and model.index(0, 1).data() == f"done {today.isoformat()}"
    accept = False  # the journal refuses: the row stays as it was
    assert not model.setData(first, "Renamed", Qt.ItemDataRole.EditRole)
    assert first.data() == "Runbook" and saved[-1].text == "Renamed"
    model.append(Milestone("Third", goal_id=1, id=3))
    model.remove(2)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Runbook", "Third"]


def test_plan_history_lines_read_like_a_sentence() -> None:
    line = describe_change(GoalChange(1, "2026-10-02T09:00:00+01:00", "target_date", "2026-12-01", "2027-03-01"))
    assert line == "2026-10-02 target date: 2026-12-01 → 2027-03-01"
    assert describe_change(GoalChange(1, "2026-10-03T09:00", "direction", "up", "exit")).endswith("Upward → Exit plan")
    assert describe_change(GoalChange(1, "2026-10-04T09:00", "why", "a long text", "another")).endswith("rewritten")
