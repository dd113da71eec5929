"""The main window: pages by keyboard, counts in the sidebar, quick search, remembered layout, screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from career_journal.domain.records import Entry
from career_journal.storage.journal import Journal
from career_journal.ui.dialogs.quick_search import QuickSearch
from career_journal.ui.main_window import MainWindow
from career_journal.ui.models.search import SNIPPET_HTML_ROLE
from career_journal.ui.navigation import BADGE_ROLE, PAGE_OF_KIND
from career_journal.ui.session import Session


@pytest.fixture
def window(qtbot, sample_session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(sample_session)
    qtbot.addWidget(made)
    made.show()
    return made


def test_ctrl_and_a_number_goes_to_each_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for number, name in enumerate(window.pages, 1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page().name == name
        assert window.sidebar.currentRow() == number - 1


def test_the_sidebar_counts_what_is_waiting(window: MainWindow) -> None:
    today = window.sidebar.item(0)
    due = window.session.journal.follow_ups(window.session.today())
    assert today.data(BADGE_ROLE) == due.count > 0
    assert f"{due.count} waiting" in today.toolTip()


def test_a_record_opens_on_its_own_page(window: MainWindow) -> None:
    journal = window.session.journal
    person = journal.people.list()[0]
    window.open_record("person", person.id)
    assert window.current_page().name == "network"
    entry = journal.entries.list(limit=1)[0]
    window.open_record("entry", entry.id)
    assert window.current_page().name == "journal"
    assert window.pages["journal"].editor.entry.id == entry.id  # type: ignore[attr-defined]
    assert set(PAGE_OF_KIND.values()) <= set(window.pages)


def test_quick_search_finds_an_entry_written_in_the_app_and_opens_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    journal_page = window.pages["journal"]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is journal_page
    qtbot.keyClicks(journal_page.editor.text.editor, "Paired with Ana on the zephyrine migration")
    qtbot.keyClick(journal_page.editor.text.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved_id = journal_page.editor.entry.id
    window.go_to("today")

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search: QuickSearch = window.quick_search
    assert search.isVisible()
    qtbot.keyClicks(search.query, "zephyrin")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=2000)
    hit = search.model.hit(0)
    assert (hit.kind.value, hit.record_id) == ("entry", saved_id)
    assert "<b>zephyrine</b>" in search.model.index(0, 0).data(SNIPPET_HTML_ROLE)

    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    assert not search.isVisible()
    assert window.current_page() is journal_page
    assert journal_page.editor.entry.id == saved_id


@pytest.mark.parametrize("query", ['"', "OR", "NEAR(", "*", ":", "'; DROP TABLE entries; --", "a AND", "-", "\x00"])
def test_quick_search_takes_any_text_without_failing(qtbot, window: MainWindow, query: str) -> None:  # type: ignore[no-untyped-def]
    search = window.quick_search
    search.start()
    search.query.setText(query)
    search.run_search()
    assert search.note.text()
    assert window.session.journal.entries.count() > 0  # and nothing was dropped


def test_quick_search_results_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search = window.quick_search
    search.query.setText("release")
    search.run_search()
    assert search.model.rowCount() > 1
    qtmodeltester.check(search.model)


def test_the_window_remembers_its_size_and_page(qtbot, sample_session: Session, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(sample_session)
    qtbot.addWidget(first)
    first.show()
    first.resize(1111, 777)
    first.go_to("teaching")
    splitter = first.pages["journal"].splitter  # type: ignore[attr-defined]
    splitter.setSizes([300, 700])
    wanted_sizes = splitter.sizes()
    first.close()
    assert settings.value("window/geometry") == first.saveGeometry()  # restored as far as the screen allows

    second = MainWindow(sample_session)
    qtbot.addWidget(second)
    assert second.current_page().name == "teaching"
    assert second.pages["journal"].splitter.sizes() == wanted_sizes  # type: ignore[attr-defined]


def test_a_read_only_journal_says_so_and_cannot_be_written(qtbot, tmp_path: Path, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ro.cjdb"
    with Journal.open(path, create=True) as journal:
        journal.entries.add(Entry(title="Old", body="x", entry_date=date(2026, 1, 1)))
    with Journal.open(path, read_only=True) as journal:
        window = MainWindow(Session(journal, settings))
        window.show()
        assert window.banner.isVisible() and "read-only" in window.banner.text()
        journal_page = window.go_to("journal")
        assert not journal_page.new_button.isEnabled()  # type: ignore[attr-defined]
        with qtbot.waitSignal(window.destroyed):  # the window goes before its journal closes
            window.deleteLater()


def run_app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "career_journal", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_screenshots_of_every_page_are_written_without_a_display(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAREER_JOURNAL_HOME": str(tmp_path / "home")}
    out = tmp_path / "shots"
    result = run_app(env, "--demo", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    pages = ("today", "journal", "goals", "teaching", "network", "team", "reflect", "insights", "timeline", "export")
    pages += ("promotion", "handover", "agenda")  # the packets' previews
    assert names == sorted(f"{n}.png" for n in pages)
    assert all((out / n).stat().st_size > 20_000 for n in names)  # a drawn window, not a blank image
    assert not (tmp_path / "home").exists()  # the demo never touched the data folder

    one = run_app(env, "--demo", "--screenshot", str(tmp_path / "one"), "--page", "team")
    assert one.returncode == 0 and [p.name for p in (tmp_path / "one").iterdir()] == ["team.png"]
    wrong = run_app(env, "--demo", "--screenshot", str(tmp_path / "x"), "--page", "nope")
    assert wrong.returncode == 2 and "no page called 'nope'" in wrong.stderr


def test_each_sidebar_entry_opens_the_page_it_names(window: MainWindow) -> None:
    for row, name in enumerate(window.pages):
        page = window.go_to(name)
        assert (page.name, page.title) == (name, window.sidebar.item(row).text())
        assert window.sidebar.currentRow() == row


def test_the_pages_built_after_the_first_paint_count_their_badges(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.build_remaining_pages()
    qtbot.waitUntil(lambda: not window.pages.unbuilt())
    due = window.session.journal.follow_ups(window.session.today())
    network = list(window.pages).index("network")
    qtbot.waitUntil(lambda: window.sidebar.item(network).data(BADGE_ROLE) == (len(due.people) or None))
    assert len(due.people) > 0


def test_screenshots_come_in_each_size_and_theme_asked_for(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAREER_JOURNAL_HOME": str(tmp_path / "home")}
    out = tmp_path / "sets"
    args = ("--demo", "--screenshot", str(out), "--page", "team", "--size", "900x600", "--size", "1280x800")
    result = run_app(env, *args, "--theme", "light", "--theme", "dark")
    assert result.returncode == 0, result.stderr
    for size in ("900x600", "1280x800"):
        for theme in ("light", "dark"):
            image = QImage(str(out / f"{size}-{theme}" / "team.png"))
            assert f"{image.width()}x{image.height()}" == size
            middle = image.pixelColor(image.width() // 2, image.height() - 30)  # the page's own background
            assert (middle.lightness() < 100) == (theme == "dark"), (size, theme, middle.name())

    bad = run_app(env, "--demo", "--screenshot", str(tmp_path / "y"), "--size", "big")
    assert bad.returncode != 0 and "'big' is not a window size such as 1280x800" in bad.stderr


def test_a_page_built_late_shows_its_content_the_first_time_it_is_opened(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert "insights" in window.pages.unbuilt()  # the window opened on Today only

    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)

    insights = window.current_page()
    assert insights.name == "insights" and insights.isVisible()
    qtbot.waitUntil(lambda: insights.insights is not None and not insights.loading, timeout=10_000)  # type: ignore[attr-defined]
    coverage = insights.cards["coverage"]  # type: ignore[attr-defined]
    assert coverage.view.chart is not None and coverage.view.chart.buckets
    assert coverage.reading.text() == "3 of 4 critical skills still only you; was 4 in December 2025."
