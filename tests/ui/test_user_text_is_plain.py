"""Names, titles and notes are shown as typed, never read as HTML: a name can make Qt open no file.

``person add 'Ann <img src="/dev/zero">'`` once made the Journal page read
/dev/zero until memory ran out, at every start. Here every field of every
kind is HTML pointing at a canary file of its own; the test walks every page,
selects every row, opens every dialog and confirmation that shows those
words, shows every tooltip, and then asks the kernel whether any canary was
opened. It also checks that the words are on screen literally.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from file_watch import OpenedFiles
from hostile_journal import Canaries, Hostile, fill_journal
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QToolTip,
    QWidget,
)

from career_journal.domain.coverage import SkillCoverage
from career_journal.domain.records import Skill
from career_journal.paths import user_prompts_dir
from career_journal.storage.journal import Journal
from career_journal.ui.dialogs.drafts import DraftsDialog
from career_journal.ui.dialogs.export import ExportDialog
from career_journal.ui.dialogs.restore import RestoreDialog
from career_journal.ui.main_window import MainWindow
from career_journal.ui.pages.teaching.parts import TILE_HEIGHT, OnlyYouTile
from career_journal.ui.session import Session
from career_journal.ui.widgets.markdown_view import SafeMarkdownView

# The planted markup, unescaped: Qt would fetch a canary (or apply a style sheet) if it read this as HTML.
FETCHING_MARKUP = re.compile(r"<\s*(style\b|(img|a|table|link)\b[^>]*(canaries|file-name\.png))", re.IGNORECASE)


@dataclass
class Seen:
    """What a person would have seen: the plain texts of labels, and every place HTML would have been read."""

    plain: list[str] = field(default_factory=list)
    tooltips: set[str] = field(default_factory=set)
    read_as_html: list[str] = field(default_factory=list)

    def look_at(self, root: QWidget) -> None:
        root.grab()  # lays out and paints: a label read as HTML loads its images here
        labels = [root] if isinstance(root, QLabel) else []
        for label in labels + root.findChildren(QLabel):
            text, shown_as = label.text(), label.textFormat()
            html = shown_as == Qt.TextFormat.RichText or (
                shown_as == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
            )
            if html and FETCHING_MARKUP.search(text):
                self.read_as_html.append(f"label {label.objectName() or type(label.parent()).__name__}: {text[:90]}")
            elif not html:
                self.plain.append(text)
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible() and widget.toolTip():
                self.tooltip(widget.toolTip(), widget)

    def tooltip(self, tip: str, widget: QWidget) -> None:
        if tip in self.tooltips:
            return
        self.tooltips.add(tip)
        if GuiQt.mightBeRichText(tip) and FETCHING_MARKUP.search(tip):
            self.read_as_html.append(f"tooltip of {type(widget).__name__}: {tip[:90]}")
        QToolTip.showText(widget.mapToGlobal(QPoint(4, 4)), tip, widget)  # Qt lays the tip out at once
        QToolTip.hideText()

    def shows(self, words: str) -> bool:
        return any(words in text for text in self.plain)


def rows_of(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    if model is None:
        return
    for row in range(model.rowCount()):
        top = model.index(row, 0)
        yield top
        for child in range(model.rowCount(top)):
            yield model.index(child, 0, top)


def walk(root: QWidget, seen: Seen) -> None:
    """Every tab of ``root``, and in each every row of every list and table selected in turn."""
    settle()
    seen.look_at(root.window())
    for tabs in root.findChildren(QTabWidget):
        for number in range(tabs.count()):
            if tabs.isVisible():
                tabs.setCurrentIndex(number)
                walk_rows(tabs.currentWidget(), seen)
    walk_rows(root, seen)  # the lists outside the tabs, and those on each tab widget's last tab again


def walk_rows(root: QWidget, seen: Seen) -> None:
    for view in [v for v in root.findChildren(QAbstractItemView) if v.isVisible()]:
        for index in list(rows_of(view)):
            if not view.isVisible():
                break
            view.setCurrentIndex(index)
            settle()
            seen.look_at(root)
            cell = index
            while cell.isValid():
                if tip := cell.data(Qt.ItemDataRole.ToolTipRole):
                    seen.tooltip(str(tip), view)
                cell = cell.siblingAtColumn(cell.column() + 1)


def walk_open_dialogs(window: MainWindow, seen: Seen) -> int:
    """Look at every dialog ``window`` has open (its lists row by row), then close it; returns how many."""
    settle()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible() and owned(window, w)]
    for dialog in shown:
        walk(dialog, seen)
        dialog.reject()
    settle()
    return len(shown)


def owned(window: QWidget, dialog: QWidget) -> bool:
    parent = dialog.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


def settle() -> None:
    QApplication.processEvents()


@dataclass
class HostileWindow:
    window: MainWindow
    records: Hostile
    canaries: Canaries
    opened: OpenedFiles  # watching the canaries since the journal was written, before the window was built


@pytest.fixture
def hostile(qtbot, tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch) -> Iterator[HostileWindow]:  # type: ignore[no-untyped-def]
    planted = Canaries(tmp_path / "canaries")
    planted.folder.mkdir()
    monkeypatch.chdir(planted.folder)  # a relative src in the journal's own file name points at a canary
    (planted.folder / "file-name.png").write_bytes(b"not really an image")
    folder = tmp_path / 'journal <img src="file-name.png">'
    journal = Journal.open(folder / 'Ann <img src="file-name.png">.cjdb', create=True)
    records = fill_journal(journal, planted, today, user_prompts_dir())
    journal.backups.make()
    opened = OpenedFiles(planted.folder)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(journal, settings, today=lambda: today)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield HostileWindow(window, records, planted, opened)
    window.close()
    opened.close()
    journal.close()


def test_every_page_and_dialog_shows_hostile_names_as_typed_and_opens_no_file(
    hostile: HostileWindow,
    dialogs,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, records, planted = hostile.window, hostile.records, hostile.canaries
    seen = Seen()
    answer_and_record = QMessageBox.exec  # the ``dialogs`` fixture's stand-in

    def draw_then_answer(box: QMessageBox) -> int:
        seen.look_at(box)
        return answer_and_record(box)

    monkeypatch.setattr(QMessageBox, "exec", draw_then_answer)
    text = planted.texts

    for name in window.pages:
        walk(window.go_to(name), seen)

    network = window.go_to("network")
    network.show_record("person", records.person.id)
    network.edit_person()
    network.log_conversation()
    assert walk_open_dialogs(window, seen) == 2
    network.show_record("interaction", records.interaction.id)
    network.edit_interaction()
    assert walk_open_dialogs(window, seen) == 1
    network.delete_interaction()
    network.show_record("opportunity", records.opportunity.id)
    network.opportunities.edit()
    assert walk_open_dialogs(window, seen) == 1
    network.opportunities.delete()
    network.show_record("person", records.person.id)
    network.delete_person()
    network.show_record("person", records.quiet_person.id)
    walk(network, seen)

    teaching = window.go_to("teaching")
    teaching.show_record("skill", records.skill.id)
    teaching.edit_skill()
    assert walk_open_dialogs(window, seen) == 1
    teaching.log_teaching(records.skill.id)
    assert walk_open_dialogs(window, seen) == 1
    teaching.show_record("teaching", records.teaching.id)
    teaching.edit_teaching()
    assert walk_open_dialogs(window, seen) == 1
    teaching.delete_teaching()
    teaching.delete_skill()
    teaching.show_record("handover", records.handover.id)
    teaching.edit_handover()
    assert walk_open_dialogs(window, seen) == 1
    teaching.delete_handover()

    goals = window.go_to("goals")
    goals.show_record("goal", records.goal.id)
    goals.edit_selected()
    assert walk_open_dialogs(window, seen) == 1
    goals.detail.select_milestone(records.goal.milestones[0].id)
    goals.detail.remove_milestone()
    goals.delete_selected()

    team = window.go_to("team")
    status = team.block_of(records.adviser.id).status
    team.edit_adviser(status)
    assert walk_open_dialogs(window, seen) == 1
    team.log_check_in(status)
    assert walk_open_dialogs(window, seen) == 1
    team.remove_adviser(status)

    journal_page = window.go_to("journal")
    dialogs.answer(QMessageBox.StandardButton.Save)  # the new entry's draft, put back when the page opened
    journal_page.show_record("entry", records.entry.id)
    seen.look_at(window)
    journal_page.editor.edit_links()
    assert walk_open_dialogs(window, seen) == 1
    journal_page.delete_selected()

    reflect = window.go_to("reflect")
    reflect.chooser.select(records.prompt_set.key)
    walk(reflect, seen)
    reflect.edit_selected()
    assert walk_open_dialogs(window, seen) == 1
    reflect.remove_selected()
    reflect.start_selected()
    walk(reflect, seen)
    reflect.edit_links()
    assert walk_open_dialogs(window, seen) == 1
    reflect.leave()
    walk(reflect, seen)  # the card that offers to resume the unfinished session, by its set's name
    reflect.discard_draft()

    window.quick_search.start("person")
    window.quick_search.run_search()
    export = ExportDialog(window.session, window)
    export.show()
    export.refresh_preview()
    RestoreDialog(window.backups.backups(), window.session.journal.path, window).show()
    DraftsDialog(window.session, window).show()
    assert walk_open_dialogs(window, seen) == 4
    window.show_about()
    # An error that quotes names: two people match "person".
    window.session.attempt(lambda: window.session.journal.people.resolve("person"), parent=window, doing="find")

    opened = sorted(planted.field_of(name) for name in hostile.opened.names())
    assert opened == [], f"Qt read these fields as HTML and opened their canary files: {opened}"
    assert seen.read_as_html == []
    assert len(seen.tooltips) > 50

    # The words are on screen as typed, where the attack was first seen.
    (tile,) = window.pages["teaching"].findChildren(OnlyYouTile)
    assert tile.name.textFormat() == Qt.TextFormat.PlainText
    assert tile.name.text().endswith("…") and text["skill-name"].startswith(tile.name.text()[:-1])  # too long: cut
    assert seen.shows(f"Who learned {text['skill-name']}")
    assert seen.shows(f"About: {text['person-name']}")
    assert seen.shows(f"No opportunities with {text['quiet-person-name']}")
    for words in ("person-name", "person-needs", "goal-title", "prompt-set-name", "prompt-question"):
        assert seen.shows(text[words]), words

    # Every confirmation and warning quoted the words as typed, in a box that shows plain text.
    asked = dialogs.texts()
    for words in ("opportunity-title", "handover-title", "milestone-text", "goal-title", "prompt-set-name"):
        assert any(text[words] in message for message in asked), words
    assert any(f"Delete {text['person-name']}, with" in message for message in asked)
    assert any(text["quiet-person-name"] in message for kind, _title, message in dialogs.shown if kind == "warning")
    assert dialogs.formats and set(dialogs.formats) == {Qt.TextFormat.PlainText}
    about = next(message for kind, _title, message in dialogs.shown if kind == "about")
    assert "&lt;img src=&quot;file-name.png&quot;&gt;" in about and "<img" not in about


def test_the_preview_opens_no_file_even_for_html_past_its_sanitiser(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    planted = Canaries(tmp_path / "canaries")
    planted.folder.mkdir()
    html = "".join(f"<p>{planted.text(name)}</p>" for name in ("image", "link", "style", "table", "stylesheet"))
    opened = OpenedFiles(planted.folder)
    view = SafeMarkdownView()
    qtbot.addWidget(view)
    view.show()
    view.setHtml(html)  # as if a note's HTML got past the sanitiser: only loadResource stands in the way
    view.grab()
    settle()
    assert sorted(planted.field_of(name) for name in opened.names()) == []
    assert {url.rsplit("/", 1)[-1] for url in view.refused_resources} >= {"image.png", "table.png"}
    opened.close()


def test_a_long_name_on_an_only_you_tile_is_cut_to_two_lines_with_an_ellipsis(qtbot) -> None:  # type: ignore[no-untyped-def]
    long_name = 'Terraform <img src="no-such-picture.png"> state surgery for the payments platform and its ledgers'
    tile = OnlyYouTile(SkillCoverage(Skill(name=long_name, id=1), []), writable=True)
    qtbot.addWidget(tile)
    tile.resize(220, TILE_HEIGHT)
    tile.show()
    settle()
    shown = tile.name.text()
    assert shown.endswith("…") and long_name.startswith(shown[:-1]) and shown.startswith('Terraform <img src="no-such')
    width, line = tile.name.contentsRect().width(), tile.name.fontMetrics().lineSpacing()
    wrapped = tile.name.fontMetrics().boundingRect(0, 0, width, 1000, Qt.TextFlag.TextWordWrap, shown)
    assert wrapped.height() <= 2 * line
    tile.resize(300, TILE_HEIGHT)
    settle()
    assert len(tile.name.text()) > len(shown)  # a wider tile shows more of it
