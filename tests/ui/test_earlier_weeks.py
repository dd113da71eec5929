"""The weekly review looks back: entries from this same week one, two and five years ago, private ones too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from career_journal.domain.enums import EntryKind
from career_journal.domain.records import Entry
from career_journal.paths import resource_dir
from career_journal.ui.pages.reflect.page import ReflectPage
from career_journal.ui.session import Session


def start(qtbot, session: Session, tmp_path: Path, set_name: str) -> ReflectPage:  # type: ignore[no-untyped-def]
    page = ReflectPage(session, builtin_dir=resource_dir() / "prompts", user_dir=tmp_path / "mine")
    qtbot.addWidget(page)
    page.resize(1080, 760)
    page.show()
    model = page.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == set_name)
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.views.currentWidget() is page.writing
    return page


def test_the_weekly_review_shows_this_week_in_earlier_years(qtbot, session: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add = session.journal.entries.add  # the session's today is Monday 23 November 2026, ISO week 48
    year = add(Entry("Thinking about leaving.", date(2025, 11, 27), title="Leaving?", private=True))
    two = add(Entry("First pairing with Dana.", date(2024, 11, 25), kind=EntryKind.WIN))
    five = add(Entry("Day one.", date(2021, 12, 5), title="Day one"))
    add(Entry("The week before.", date(2025, 11, 23)))  # a Sunday: week 47
    add(Entry("Three years ago.", date(2023, 11, 22)))

    page = start(qtbot, session, tmp_path, "Weekly review")
    earlier = page.writing.earlier
    assert earlier.isVisible()
    assert earlier.entries.records() == [("entry", year.id), ("entry", two.id), ("entry", five.id)]
    details = [earlier.entries.item(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(3)]
    assert details == [
        "1 year ago · Thursday 27 November 2025 · note · private",
        "2 years ago · Monday 25 November 2024 · win",
        "5 years ago · Sunday 5 December 2021 · note",
    ]
    with qtbot.waitSignal(session.open_requested) as opened:
        earlier.entries.itemActivated.emit(earlier.entries.item(1))
    assert opened.args == ["entry", two.id]


def test_other_sessions_and_an_empty_past_show_nothing(qtbot, session: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session.journal.entries.add(Entry("Thinking about leaving.", date(2025, 11, 27)))
    monthly = start(qtbot, session, tmp_path, "Monthly career check-in")
    assert not monthly.writing.earlier.isVisible()
    other = Session(session.journal, session.settings, today=lambda: date(2026, 3, 2))
    weekly = start(qtbot, other, tmp_path, "Weekly review")
    assert not weekly.writing.earlier.isVisible()
