"""Every everyday task in at most three steps from Today, counted as a person counts them.

One step is a click, a shortcut, or typing into one field (and Enter). Each
test starts on Today in the main window with the demo journal, takes its
steps through qtbot, counts them, and reads back through the journal that the
record landed as the person meant it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from career_journal.domain.enums import EntryKind, InteractionKind, LearnerLevel, Relationship
from career_journal.domain.queries import EntryFilter
from career_journal.ui.dialogs.export import ExportDialog
from career_journal.ui.main_window import MainWindow
from career_journal.ui.pages.today.page import TodayPage
from career_journal.ui.session import Session

MOST_STEPS = 3


class Steps:
    """What a person does, one step at a time, counted."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.taken: list[str] = []

    def click(self, button: QWidget) -> None:
        self.taken.append(f"click {button.text() if hasattr(button, 'text') else button}")
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def shortcut(self, target: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        self.taken.append(f"shortcut {key.name}")
        self.qtbot.keyClick(target, key, modifiers)

    def type(self, field: QWidget, text: str, *, enter: bool = False) -> None:
        self.taken.append(f"type {text!r}" + (" + Enter" if enter else ""))
        field.setFocus()
        self.qtbot.keyClicks(field, text)
        if enter:
            self.qtbot.keyClick(field, Qt.Key.Key_Return)

    def accept_suggested_file_name(self) -> None:
        """Enter in the system's save dialog (the tests answer it with a path)."""
        self.taken.append("Enter in the save dialog")


@pytest.fixture
def window(qtbot, sample_session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(sample_session)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    with qtbot.waitActive(made):  # window shortcuts (Ctrl+E, Ctrl+K) reach only the active window
        made.show()
        made.activateWindow()
    made.go_to("today")
    return made


@pytest.fixture
def page(window: MainWindow) -> TodayPage:
    return window.today_page


def active(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """A dialog opened with open() is the active window on a desktop; offscreen it needs asking."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_1_capture_a_win_in_two_steps(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    steps = Steps(qtbot)
    steps.shortcut(page.capture, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # the kind, from the box
    qtbot.waitUntil(lambda: page.capture_kind.value() is EntryKind.WIN)
    steps.type(page.capture, "Dana ran the release on her own", enter=True)

    newest = page.journal.entries.list(limit=1)[0]
    assert (newest.body, newest.kind, newest.private) == ("Dana ran the release on her own", EntryKind.WIN, False)
    assert len(steps.taken) <= MOST_STEPS


def test_2_log_teaching_with_a_new_skill_in_three_steps(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    steps = Steps(qtbot)
    steps.click(page.teach_button)
    dialog = active(qtbot, page.dialog)
    steps.type(dialog.widgets["sentence"], "taught Sam the month-end close", enter=True)
    steps.click(dialog.widgets["level"].buttons[LearnerLevel.WITH_HELP])

    assert not dialog.isVisible()
    skill = journal.skills.resolve("Month-end close")
    [taught] = journal.skills.teachings(skill_id=skill.id)
    assert (taught.person_name, taught.level, taught.taught_on) == (
        "Sam Keller",
        LearnerLevel.WITH_HELP,
        page.session.today(),
    )
    assert "Month-end close" in [page.only_you.item(r).text() for r in range(page.only_you.count())] or (
        page.only_you_card.title_label.text().endswith(f"({len(journal.only_you())})")
    )  # Today counts the new skill among what only you can do
    assert len(steps.taken) <= MOST_STEPS


def test_3_log_a_coffee_with_someone_new_and_the_opportunity_in_three_steps(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    journal = page.journal
    steps = Steps(qtbot)
    steps.click(page.talk_button)
    dialog = active(qtbot, page.dialog)
    steps.type(dialog.widgets["person"].lineEdit(), "Marta Lind")
    steps.type(dialog.widgets["opportunity"], "One close calendar for every team", enter=True)

    assert not dialog.isVisible()
    marta = journal.people.resolve("Marta Lind")
    assert marta.relationship is Relationship.INTERNAL_CUSTOMER
    [coffee] = journal.people.interactions(person_id=marta.id)
    assert (coffee.kind, coffee.occurred_on) == (InteractionKind.COFFEE, page.session.today())
    [found] = journal.people.opportunities(person_id=marta.id)
    assert (found.title, found.interaction_id, found.private) == ("One close calendar for every team", coffee.id, False)
    assert len(steps.taken) <= MOST_STEPS


def test_4_start_the_weekly_review_in_one_step(qtbot, window: MainWindow, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    steps = Steps(qtbot)
    steps.click(page.reflect_button)

    reflect = window.current_page()
    assert reflect.name == "reflect"
    assert reflect.views.currentWidget() is reflect.writing  # type: ignore[attr-defined]
    assert reflect.reflection.prompt_set.key == "weekly-review"  # type: ignore[attr-defined]
    assert reflect.writing.answer.editor.hasFocus()  # type: ignore[attr-defined]
    assert len(steps.taken) <= MOST_STEPS


class OpenedUrls(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_5_produce_the_coach_packet_in_three_steps_and_open_it(  # type: ignore[no-untyped-def]
    qtbot, dialogs, window: MainWindow, page: TodayPage, tmp_path: Path
) -> None:
    target = tmp_path / "packet" / "coaching-notes.md"
    target.parent.mkdir()
    dialogs.save_paths.append(str(target))
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        steps = Steps(qtbot)
        steps.shortcut(page.capture, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        export = active(qtbot, window.findChild(ExportDialog))
        steps.shortcut(export, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        steps.accept_suggested_file_name()
        export.wait_until_idle()  # the file is written on a worker
        assert target.read_text(encoding="utf-8").startswith("# ")
        assert len(steps.taken) <= MOST_STEPS

        qtbot.mouseClick(export.saved_file.open_button, Qt.MouseButton.LeftButton)  # one more, to read it
        qtbot.mouseClick(export.saved_file.folder_button, Qt.MouseButton.LeftButton)
        assert [Path(url.toLocalFile()) for url in opened.urls] == [target, target.parent]
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_6_what_only_you_can_do_empty_roles_and_overdue_check_ins_need_no_step(page: TodayPage) -> None:
    journal, day = page.journal, page.session.today()
    only = journal.only_you()
    assert page.only_you.item(0).text() == only[0].skill.name
    late = [s for s in journal.follow_ups(day).advisers if s.overdue_days(day)]
    details = [page.advisers.item(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(page.advisers.count())]
    assert late and all(any(f"{s.overdue_days(day)} days overdue" in d for d in details) for s in late)
    empty = [r.role.label.lower() for r in journal.team(day) if not r.filled and r.role.is_core]
    assert empty and all(name in page.team_gaps.text() for name in empty)


def test_7_find_anything_again_in_two_steps(qtbot, window: MainWindow, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    entry = page.journal.entries.list(EntryFilter(kind=EntryKind.WIN), limit=1)[0]
    steps = Steps(qtbot)
    steps.shortcut(page.capture, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.quick_search
    assert search.isVisible()
    steps.type(search.query, entry.title, enter=True)

    assert window.current_page().name == "journal"
    assert window.pages["journal"].editor.entry.id == entry.id  # type: ignore[attr-defined]
    assert len(steps.taken) <= MOST_STEPS
    assert QApplication.activeModalWidget() is None
    QThreadPool.globalInstance().waitForDone(10_000)  # the opened entry's preview renders on a worker
