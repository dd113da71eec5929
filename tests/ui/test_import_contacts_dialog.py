"""File → Import contacts…: the preview shows what will happen, and Import does exactly that."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem

from career_journal.domain.records import Person
from career_journal.ui.dialogs.import_contacts import COL_LINE, COL_NAME, COL_WHAT, ImportContactsDialog
from career_journal.ui.main_window import MainWindow
from career_journal.ui.session import Session

DATA = Path(__file__).parents[1] / "exchange" / "data"


@pytest.fixture
def dialog(qtbot, session: Session) -> ImportContactsDialog:  # type: ignore[no-untyped-def]
    made = ImportContactsDialog(session)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def preview(qtbot, dialog: ImportContactsDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.load(path)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=10_000)


def groups(dialog: ImportContactsDialog) -> dict[str, list[tuple[str, str, str]]]:
    """Each group's title and its rows (line, name, what happens), as shown."""
    shown = {}
    for index in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(index)
        rows = [group.child(i) for i in range(group.childCount())]
        shown[group.text(0)] = [(row.text(COL_LINE), row.text(COL_NAME), row.text(COL_WHAT)) for row in rows]
    return shown


def test_the_preview_shows_new_people_merges_and_lines_not_imported(qtbot, dialog, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.journal.people.add(Person(name="Asa Oberg", org="Ericsson AB"))
    preview(qtbot, dialog, DATA / "Connections.csv")
    assert dialog.summary.text() == "Connections.csv: 7 new people, 1 to merge, 3 lines not imported."
    shown = groups(dialog)
    assert list(shown) == ["New people (7)", "Will merge with people in your journal (1)", "Not imported (3)"]
    assert ("6", "Sam Berg", "Engineering Manager · Acme, Inc.") in shown["New people (7)"]
    line, name, what = shown["Will merge with people in your journal (1)"][0]
    assert (line, name) == ("5", "Åsa Öberg → Asa Oberg")
    assert what.startswith("Same name. Fills in role “Staff Engineer, Cloud RAN”")
    assert [row[:2] for row in shown["Not imported (3)"]] == [("10", ""), ("13", "Broken Row"), ("14", "Kim Park")]
    assert dialog.import_button.isEnabled()
    assert session.journal.people.count() == 1  # a preview writes nothing

    merge_row = dialog.tree.topLevelItem(1).child(0)
    dialog.tree.setCurrentItem(merge_row)
    assert dialog.detail.isVisible() and "Keeps your organisation “Ericsson AB”" in dialog.detail.text()
    assert dialog.detail.textFormat() == Qt.TextFormat.PlainText


def test_import_adds_the_people_shown_and_the_pages_hear_of_it(qtbot, dialog, session: Session) -> None:  # type: ignore[no-untyped-def]
    preview(qtbot, dialog, DATA / "contacts.vcf")
    with qtbot.waitSignal(session.changed, timeout=10_000) as heard:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert heard.args[0] == "person"
    qtbot.waitUntil(lambda: dialog.close_button.text() == "Close", timeout=10_000)
    assert dialog.summary.text() == "Imported 4 new people."
    names = sorted(p.name for p in session.journal.people.list())
    assert names == ["Dana Whitfield", "Zoë Ñúñez", "Åsa Öberg", "Łukasz Đorđević"]
    assert list(groups(dialog)) == ["Added (4)", "Not imported (4)"]
    assert not dialog.import_button.isEnabled()

    preview(qtbot, dialog, DATA / "contacts.vcf")  # the same file again: nothing to do
    assert "4 already in the journal" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and "Nothing to import" in dialog.problem.text()


def test_a_broken_file_is_explained_and_nothing_can_be_imported(  # type: ignore[no-untyped-def]
    qtbot, dialog, session: Session, tmp_path: Path
) -> None:
    cut = tmp_path / "contacts.vcf"
    cut.write_bytes((DATA / "contacts.vcf").read_bytes()[:300])
    preview(qtbot, dialog, cut)
    assert dialog.summary.text() == "This file cannot be imported."
    assert "looks cut short" in dialog.problem.text() and dialog.problem.isVisible()
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.import_button.isEnabled()
    assert session.journal.people.count() == 0


def test_names_that_look_like_markup_are_shown_as_typed(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card = tmp_path / "markup.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:<b>Bold</b> <img src=x>\nEND:VCARD\n", encoding="utf-8")
    preview(qtbot, dialog, card)
    row: QTreeWidgetItem = dialog.tree.topLevelItem(0).child(0)
    assert row.text(COL_NAME) == "<b>Bold</b> <img src=x>"
    assert row.toolTip(COL_NAME) == "<qt>&lt;b&gt;Bold&lt;/b&gt; &lt;img src=x&gt;</qt>"


def test_closing_while_the_file_is_read_drops_the_result_quietly(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportContactsDialog(session)  # not handed to qtbot: closing deletes it
    dialog.show()
    dialog.load(DATA / "Connections.csv")
    dialog.reject()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the worker's result arrives on the event loop and is dropped
    assert dialog.plan is None and session.journal.people.count() == 0


def test_the_file_menu_opens_the_dialog_on_the_chosen_file(  # type: ignore[no-untyped-def]
    qtbot, sample_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(sample_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    chosen = str(DATA / "Connections.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (chosen, "")))
    assert window.import_contacts_action in window.file_menu.actions()
    window.import_contacts_action.trigger()
    dialog = window.findChild(ImportContactsDialog)
    assert dialog is not None and dialog.isVisible()
    network = window.go_to("network")
    before = network.people_model.rowCount()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.file_label.text() == chosen
    assert sample_session.settings.value("import/contacts-folder") == str(DATA)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.close_button.text() == "Close", timeout=10_000)
    added = dialog.result.added
    assert added > 0 and network.people_model.rowCount() == before + added  # the page shows them at once
    dialog.reject()
    window.close()


def test_a_journal_changed_after_the_preview_is_read_again_before_anything_is_imported(  # type: ignore[no-untyped-def]
    qtbot, dialog, session: Session
) -> None:
    asa = session.journal.people.add(Person(name="Asa Oberg"))
    preview(qtbot, dialog, DATA / "Connections.csv")
    asa.role = "Typed in another window meanwhile"
    session.journal.people.update(asa)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed after the preview" in dialog.problem.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible() and dialog.import_button.isEnabled(), timeout=10_000)
    assert session.journal.people.count() == 1  # nothing was imported
    assert "changed after the preview" in dialog.problem.text()  # still said beside the new preview
    merge = groups(dialog)["Will merge with people in your journal (1)"][0][2]
    assert "Keeps your role “Typed in another window meanwhile”" in merge
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.close_button.text() == "Close", timeout=10_000)
    assert session.journal.people.get(asa.id).role == "Typed in another window meanwhile"
    assert session.journal.people.count() == 8
