"""A Swedish app writes Swedish packets: the export dialog and the check-in agenda use the app's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from career_journal import demo
from career_journal.cli import cli
from career_journal.cli import exchange as cli_exchange
from career_journal.exchange.markdown import COACH_DAYS
from career_journal.language import Language, app_language, use_language
from career_journal.ui.dialogs.agenda import AgendaDialog
from career_journal.ui.dialogs.export import ExportDialog
from career_journal.ui.i18n import install_translations
from career_journal.ui.pages.team.page import TeamPage
from career_journal.ui.session import Session
from career_journal.ui.settings import LANGUAGE


@pytest.fixture
def swedish_app(qapp, settings: QSettings) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app started with Swedish chosen, as app.py starts it; English again afterwards for the other tests."""
    before = QLocale()
    settings.setValue(LANGUAGE.key, "sv")
    chosen = install_translations(qapp, settings, system=QLocale("en_GB"))
    assert app_language() is Language.SWEDISH
    yield
    for translator in chosen.translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    use_language(Language.ENGLISH)


@pytest.fixture
def swedish_session(session: Session, today: date, monkeypatch: pytest.MonkeyPatch) -> Session:
    """The Swedish demo story; the command line's today is the session's, as on the day a person runs both."""
    demo.populate(session.journal, today, language=Language.SWEDISH)

    class SessionDay(date):
        @classmethod
        def today(cls) -> date:
            return today

    monkeypatch.setattr(cli_exchange, "date", SessionDay)
    return session


def test_the_export_dialog_of_a_swedish_app_saves_the_swedish_coach_packet(  # type: ignore[no-untyped-def]
    qtbot, swedish_app, swedish_session: Session, dialogs, tmp_path: Path, today: date
) -> None:
    dialog = ExportDialog(swedish_session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.refresh_preview()
    saved = tmp_path / "coach.md"
    dialogs.save_paths.append(str(saved))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.wait_until_idle()

    text = saved.read_text(encoding="utf-8")
    assert text.startswith(f"# Underlag till coachen: {today - timedelta(days=COACH_DAYS)} till {today}\n")
    assert "\n## Sammanfattning\n" in text and "- Riktning: Uppåt" in text
    assert "Summary" not in text and "Direction:" not in text
    assert "Sammanfattning" in dialog.preview.toPlainText()  # the preview is the Swedish file too
    assert re.fullmatch(r"Ungefär \d\N{NO-BREAK SPACE}\d{3} ord, \d+ anteckningar", dialog.stats.text())  # not 1,906
    cli_file = tmp_path / "cli.md"
    args = ["--from", str(today - timedelta(days=COACH_DAYS)), "--to", str(today), "--lang", "sv", "-o", str(cli_file)]
    db = str(swedish_session.journal.path)
    result = CliRunner().invoke(cli, ["--db", db, "export", "markdown", "--coach", *args])
    assert result.exit_code == 0, result.output
    assert saved.read_bytes() == cli_file.read_bytes()  # the same file as `--lang sv` writes


def test_the_check_in_agenda_of_a_swedish_app_is_in_swedish(  # type: ignore[no-untyped-def]
    qtbot, swedish_app, swedish_session: Session
) -> None:
    page = TeamPage(swedish_session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    adviser = next(s for s in page.model.records if s.adviser.person_name == "Sam Keller")
    block = page.block_of(adviser.adviser.id or 0)
    assert block is not None
    qtbot.mouseClick(block.prepare_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AgendaDialog) and w.isVisible())
    dialog.wait_until_built()

    assert dialog.text.startswith("# Avstämning med Sam Keller")
    assert "\n## Mål som rört sig\n" in dialog.text and "Goals that moved" not in dialog.text
    assert "privat mål" in dialog.left_out_label.text()
    dialog.close()
