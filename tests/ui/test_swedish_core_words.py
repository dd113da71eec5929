"""A Swedish app says in Swedish what the core words: chart readings, timeline rows, dates, and error boxes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from career_journal.domain.dates import parse_date
from career_journal.domain.enums import RecordKind
from career_journal.language import Language, use_language
from career_journal.ui.i18n import install_translations
from career_journal.ui.pages.insights.page import ORDER, InsightsPage
from career_journal.ui.pages.timeline.page import TimelinePage
from career_journal.ui.session import Session
from career_journal.ui.widgets.fields import DateField


@pytest.fixture
def swedish(qapp, settings: QSettings) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app started as on a Swedish system (translations, locale and the core's language), undone afterwards."""
    before = QLocale()
    chosen = install_translations(qapp, settings, system=QLocale("sv_SE"))
    assert chosen.language is Language.SWEDISH
    yield
    for translator in chosen.translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    use_language(Language.ENGLISH)


def test_the_insights_page_reads_its_charts_in_swedish(qtbot, swedish, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    page = InsightsPage(sample_session)
    qtbot.addWidget(page)
    page.resize(1240, 820)
    page.show()
    qtbot.waitUntil(lambda: page.insights is not None and not page.loading, timeout=10_000)
    cards = page.cards
    assert [cards[key].title_label.text() for key in ORDER] == [
        "Upplärning över tid",
        "Bara du kan det här",
        "Hur färskt nätverket är",
        "Mål mot sina måldatum",
        "Rytm: framgångar och reflektioner",
    ]
    assert cards["coverage"].reading.text() == (
        "3 av 4 kritiska kunskaper har fortfarande bara du; i december 2025 var det 4."
    )
    assert cards["network"].reading.text() == (
        "2 av 9 personer utan kontakt på 6 månader, ingen av dem interna kunder eller strategiska partner;"
        " 2 uppföljningar försenade."
    )
    network = cards["network"].view.chart
    assert network is not None and network.buckets[-1].axis_label == "Aldrig"
    assert network.layers == ("Interna kunder", "Strategiska partner", "Alla andra")
    page.show_bucket("network", 0)
    assert page.behind.title_label.text() == "Hur färskt nätverket är: Inom en månad"
    assert page.behind_label.text().startswith("Inom en månad: ")


def test_the_timeline_tells_each_row_in_swedish(qtbot, swedish, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    page = TimelinePage(sample_session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    items = [page.model.item(row) for row in range(page.model.rowCount())]
    teaching = next(item for item in items if item.kind is RecordKind.TEACHING)
    assert teaching.detail.startswith("Lärt ut · ")
    conversation = next(item for item in items if item.kind is RecordKind.INTERACTION)
    assert " med " in conversation.title and " with " not in conversation.title
    adviser = next(item for item in items if item.kind is RecordKind.ADVISER)
    assert adviser.detail.startswith("Med i ditt karriärteam som ")
    assert page.count_label.text() == f"{len(items)} poster"


def test_a_date_field_in_a_swedish_app_takes_swedish_words_and_shows_swedish(qtbot, swedish) -> None:  # type: ignore[no-untyped-def]
    field = DateField(optional=False)
    qtbot.addWidget(field)
    field.show()
    assert field.edit.placeholderText() == "t.ex. idag, 2026-12-11, nästa fredag"
    field.edit.setText("nästa fredag")  # QTest types ASCII only
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == parse_date("next friday")
    assert field.edit.text().split()[0] == "fre"
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "snart")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.error().startswith("”snart” är inget datum; skriv det som ÅÅÅÅ-MM-DD")


def test_an_error_box_in_a_swedish_app_says_what_happened_in_swedish(qtbot, swedish, session: Session, dialogs) -> None:  # type: ignore[no-untyped-def]
    from sqlite_utils.utils import sqlite3

    from career_journal.ui.pages.journal.editor import EntryEditor

    session.journal.db.execute("PRAGMA busy_timeout = 200")
    editor = EntryEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.text.editor, "Skrivet medan ett annat program skrev")
    other = sqlite3.connect(session.journal.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        assert editor.save() is None
        assert (
            "Dagboken är upptagen: ett annat program skriver till den. Inget gick förlorat"
            in (dialogs.texts("warning")[-1])
        )
        assert editor.dirty  # nothing typed is lost
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert session.journal.entries.list() == []  # the journal holds nothing half-written
