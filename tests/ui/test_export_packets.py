"""The export dialog's promotion and handover packets: the preview is the command line's file, saved as shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QPoint, Qt

from career_journal.cli import cli
from career_journal.cli import exchange as cli_exchange
from career_journal.ui.dialogs.export import ExportDialog
from career_journal.ui.session import Session


@pytest.fixture(autouse=True)
def cli_clock(monkeypatch: pytest.MonkeyPatch, today: date) -> None:
    class SessionDay(date):
        @classmethod
        def today(cls) -> date:
            return today

    monkeypatch.setattr(cli_exchange, "date", SessionDay)


@pytest.fixture
def dialog(qtbot, sample_session: Session) -> ExportDialog:  # type: ignore[no-untyped-def]
    made = ExportDialog(sample_session)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.refresh_preview()
    return made


def choose(qtbot, dialog: ExportDialog, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    dialog.refresh_preview()


def cli_packet(session: Session, out: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(session.journal.path), "export", *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_promotion_packet_previewed_is_the_file_saved_and_the_command_lines(  # type: ignore[no-untyped-def]
    qtbot, dialog: ExportDialog, dialogs, tmp_path: Path, today: date
) -> None:
    choose(qtbot, dialog, dialog.choices.promotion_choice)
    assert dialog.text.startswith(f"# Promotion packet: {date(today.year, 1, 1).isoformat()} to {today.isoformat()}")
    assert not dialog.section_boxes["goals"].isVisible()
    assert "private goal" in dialog.left_out_label.text()
    assert dialog.default_path(dialog.options).name == f"promotion-packet-{today.isoformat()}.md"  # type: ignore[arg-type]
    dialogs.save_paths.append(str(tmp_path / "promotion.md"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.wait_until_idle()
    saved = (tmp_path / "promotion.md").read_text(encoding="utf-8")
    assert saved == dialog.text
    first = date(today.year, 1, 1).isoformat()
    assert saved == cli_packet(dialog.session, tmp_path / "cli.md", "promotion", "--from", first)


def test_the_handover_packet_needs_no_dates_and_matches_the_command_line(  # type: ignore[no-untyped-def]
    qtbot, dialog: ExportDialog, tmp_path: Path
) -> None:
    choose(qtbot, dialog, dialog.choices.handover_choice)
    assert dialog.text.startswith("# Handover packet")
    assert not dialog.date_from.isVisible()
    assert dialog.text == cli_packet(dialog.session, tmp_path / "cli.md", "handover")
    choose(qtbot, dialog, dialog.coach_choice)  # back to the coach packet, with its own range and sections
    assert dialog.text.startswith("# Coaching notes")
    assert dialog.section_boxes["goals"].isVisible() and dialog.date_from.isVisible()


def test_what_i_want_to_talk_about_closes_the_coach_summary(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    topics = dialog.choices.topics
    assert topics.isVisible()
    qtbot.keyClicks(topics, "Am I ready for staff?")
    dialog.refresh_preview()
    assert "### What I want to talk about\n\nAm I ready for staff?" in dialog.text
    choose(qtbot, dialog, dialog.full_choice)
    assert not topics.isVisible() and "What I want to talk about" not in dialog.text


def test_the_charts_box_saves_the_charts_beside_the_coach_packet(  # type: ignore[no-untyped-def]
    qtbot, dialog: ExportDialog, dialogs, tmp_path: Path
) -> None:
    qtbot.mouseClick(dialog.choices.include_charts, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    dialog.refresh_preview()
    assert "](charts/teaching.png)" in dialog.text  # the preview links a folder named when saved
    dialogs.save_paths.append(str(tmp_path / "coach.md"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.wait_until_idle()
    assert "](coach-charts/teaching.png)" in (tmp_path / "coach.md").read_text(encoding="utf-8")
    assert len(list((tmp_path / "coach-charts").glob("*.png"))) == 5
