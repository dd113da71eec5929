"""The coach export dialog: the file it saves is the command line's file, and nothing private slips out.

Every comparison runs the real command line (``career-journal export markdown``)
on the same journal file with the same choices. The command line takes
"today" from the clock while the tests' session has a fixed date, so each
comparison names its dates with --from/--to, and the command line's clock is
set to the session's day (the personal team's "overdue by N days" counts from today).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget

from career_journal.cli import cli
from career_journal.cli import exchange as cli_exchange
from career_journal.domain.queries import EntryFilter
from career_journal.domain.records import Entry, Person
from career_journal.exchange.markdown import COACH_DAYS, MarkdownOptions, build_markdown
from career_journal.exchange.render import PREVIEW_LIMIT
from career_journal.ui.dialogs.export import FOLDER_KEY, ExportDialog
from career_journal.ui.session import Session
from career_journal.ui.widgets.fields import DateField

PRIVATE_WORD = "Quokkaflint"
EMAIL = "ximena.canary@example.invalid"
PHONE = "+1 555 0199 417"


@pytest.fixture(autouse=True)
def cli_clock(monkeypatch: pytest.MonkeyPatch, today: date) -> None:
    """The command line's today is the session's today, as on the day a person runs both."""

    class SessionDay(date):
        @classmethod
        def today(cls) -> date:
            return today

    monkeypatch.setattr(cli_exchange, "date", SessionDay)


@pytest.fixture
def open_dialog(qtbot) -> Callable[[Session], ExportDialog]:  # type: ignore[no-untyped-def]
    def make(session: Session) -> ExportDialog:
        dialog = ExportDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.refresh_preview()
        return dialog

    return make


def cli_export(session: Session, out: Path, *args: str) -> bytes:
    """What `career-journal --db <the same file> export markdown ARGS -o OUT` writes."""
    result = CliRunner().invoke(
        cli, ["--db", str(session.journal.path), "export", "markdown", *args, "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def save_via_button(qtbot, dialog: ExportDialog, dialogs, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialogs.save_paths.append(str(path))
    click(qtbot, dialog.save_button)
    dialog.wait_until_idle()  # the file is written on a worker


def type_date(qtbot, field: DateField, day: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, day)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Click where a person would: on a check box's or radio button's indicator, on a button's middle."""
    spot = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox | QRadioButton) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=spot)


def no_transaction(session: Session) -> bool:
    return not session.journal.db.conn.in_transaction


# -- the saved file is the command line's file -----------------------------------


def _coach_default(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    pass


def _sections_subset(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.full_choice)
    click(qtbot, dialog.section_boxes["teaching"])
    click(qtbot, dialog.section_boxes["team"])


def _private_and_contacts(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.include_private)
    click(qtbot, dialog.include_contacts)


def _custom_range(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    type_date(qtbot, dialog.date_from, "2026-09-20")
    type_date(qtbot, dialog.date_to, "2026-11-05")


def _ninety(today: date) -> list[str]:
    return ["--from", (today - timedelta(days=COACH_DAYS)).isoformat(), "--to", today.isoformat()]


@pytest.mark.parametrize(
    ("choose", "cli_args"),
    [
        (_coach_default, lambda today: ["--coach", *_ninety(today)]),
        (
            _sections_subset,
            lambda today: ["--section", "goals", "--section", "entries", "--section", "network", "--to", str(today)],
        ),
        (
            _private_and_contacts,
            lambda today: ["--coach", "--include-private", "--include-contact-details", *_ninety(today)],
        ),
        (_custom_range, lambda today: ["--coach", "--from", "2026-09-20", "--to", "2026-11-05"]),
    ],
    ids=["coach-default", "sections-subset", "private-and-contacts", "custom-range"],
)
def test_save_as_writes_the_command_lines_file_byte_for_byte(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path, today: date, choose, cli_args
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(sample_session)
    choose(qtbot, dialog)
    saved = tmp_path / "from-dialog.md"

    save_via_button(qtbot, dialog, dialogs, saved)

    expected = cli_export(sample_session, tmp_path / "from-cli.md", *cli_args(today))
    assert saved.read_bytes() == expected
    assert dialog.text.encode("utf-8") == expected  # the preview showed exactly what was written
    assert str(saved) in dialog.result.text()
    assert dialogs.texts("warning") == []
    assert no_transaction(sample_session)


def test_the_default_coach_packet_is_the_last_90_days_ending_today(
    open_dialog, sample_session: Session, today: date
) -> None:
    dialog = open_dialog(sample_session)

    assert dialog.coach_choice.isChecked()
    assert dialog.preset.currentText() == f"Last {COACH_DAYS} days"
    assert (dialog.date_from.value(), dialog.date_to.value()) == (today - timedelta(days=COACH_DAYS), today)
    assert all(box.isChecked() for box in dialog.section_boxes.values())
    assert not dialog.include_private.isChecked() and not dialog.include_contacts.isChecked()
    # Without dates, the core's own default range gives the same document.
    assert dialog.text == "".join(build_markdown(sample_session.journal, MarkdownOptions(coach=True), today=today))
    assert dialog.text.startswith(f"# Coaching notes: {today - timedelta(days=COACH_DAYS)} to {today}")
    assert dialog.default_path(dialog.options).name == f"coaching-notes-{today.isoformat()}.md"
    entries = sample_session.journal.entries.count(
        EntryFilter(date_from=today - timedelta(days=COACH_DAYS), date_to=today, private=False)
    )
    assert dialog.stats.text().endswith(f", {entries} entries") and dialog.stats.text().startswith("About ")
    assert no_transaction(sample_session)


# -- privacy ---------------------------------------------------------------------


def test_private_entries_and_contact_details_stay_out_unless_ticked(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path, today: date
) -> None:
    journal = sample_session.journal
    journal.entries.add(
        Entry(body=f"{PRIVATE_WORD} plans.", title="Canary", entry_date=today - timedelta(5), private=True)
    )
    journal.people.add(Person(name="Ximena Canary", email=EMAIL, phone=PHONE))
    private_count = journal.entries.count(EntryFilter(date_from=today - timedelta(COACH_DAYS), private=True))
    with_details = sum(1 for p in journal.people.list() if p.email or p.phone)
    dialog = open_dialog(sample_session)
    click(qtbot, dialog.everyone)  # Ximena has nothing in these dates: listed all the same
    qtbot.waitUntil(lambda: "Ximena Canary" in dialog.text)
    held_back = tmp_path / "held-back.md"

    save_via_button(qtbot, dialog, dialogs, held_back)

    for shown in (dialog.text, dialog.preview.toPlainText(), held_back.read_text(encoding="utf-8")):
        assert PRIVATE_WORD not in shown and EMAIL not in shown and PHONE not in shown
    assert "Ximena Canary" in dialog.text  # the person is there, without the details
    said = dialog.left_out_label.text()
    assert said.startswith("Left out: ")
    assert f"{private_count} private entries" in said and f"email and phone of {with_details} people" in said

    click(qtbot, dialog.include_private)
    click(qtbot, dialog.include_contacts)
    qtbot.waitUntil(lambda: PRIVATE_WORD in dialog.preview.toPlainText())
    everything = tmp_path / "everything.md"
    save_via_button(qtbot, dialog, dialogs, everything)

    for shown in (dialog.text, dialog.preview.toPlainText(), everything.read_text(encoding="utf-8")):
        assert PRIVATE_WORD in shown and EMAIL in shown and PHONE in shown
    assert "private" not in dialog.left_out_label.text() and "email" not in dialog.left_out_label.text()


def test_the_coach_packet_lists_only_people_with_something_in_its_dates(
    qtbot, open_dialog, sample_session: Session
) -> None:
    sample_session.journal.people.add(Person(name="Ximena Canary", org="Platform"))
    dialog = open_dialog(sample_session)

    assert "Ximena Canary" not in dialog.text and "1 person with nothing in this period" in dialog.left_out_label.text()
    click(qtbot, dialog.everyone)
    qtbot.waitUntil(lambda: "Ximena Canary" in dialog.text)
    assert "nothing in this period" not in dialog.left_out_label.text()


def test_privacy_boxes_follow_their_sections(qtbot, open_dialog, sample_session: Session) -> None:
    dialog = open_dialog(sample_session)

    click(qtbot, dialog.section_boxes["entries"])
    click(qtbot, dialog.section_boxes["network"])

    assert not dialog.include_private.isEnabled() and not dialog.include_contacts.isEnabled()
    assert not dialog.everyone.isEnabled()
    qtbot.waitUntil(lambda: "Journal entries" not in dialog.text)
    said = dialog.left_out_label.text()
    assert "private entr" not in said and "email" not in said  # nothing of the sections left out
    assert "private goal" in said  # the goals section still holds one back


# -- clipboard, errors, keyboard -------------------------------------------------


def test_copy_puts_the_same_text_on_the_clipboard(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path
) -> None:
    dialog = open_dialog(sample_session)
    click(qtbot, dialog.full_choice)
    QGuiApplication.clipboard().clear()

    click(qtbot, dialog.copy_button)

    saved = tmp_path / "same.md"
    save_via_button(qtbot, dialog, dialogs, saved)
    assert QGuiApplication.clipboard().text() == saved.read_text(encoding="utf-8") == dialog.text
    assert dialog.text.startswith("# Career journal: up to ")


def test_a_failing_save_says_why_leaves_no_file_and_keeps_the_dialog_open(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path
) -> None:
    dialog = open_dialog(sample_session)
    target = tmp_path / "no-such-folder" / "coach.md"

    save_via_button(qtbot, dialog, dialogs, target)

    assert any("does not exist" in text for text in dialogs.texts("warning"))
    assert "Not saved" in dialog.result.text()
    assert not target.parent.exists() and not target.exists()
    assert dialog.isVisible() and dialog.saved_path is None
    assert no_transaction(sample_session)


def test_ctrl_s_saves_remembers_the_folder_and_escape_closes(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path, today: date
) -> None:
    dialog = open_dialog(sample_session)
    statuses: list[str] = []
    sample_session.status.connect(statuses.append)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    target = tmp_path / "by-keyboard.md"
    dialogs.save_paths.append(str(target))

    qtbot.keyClick(dialog.coach_choice, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog.wait_until_idle()

    assert target.read_text(encoding="utf-8") == dialog.text
    assert (target.stat().st_mode & 0o777) == 0o600
    assert statuses == [f"Exported to {target}"]
    assert sample_session.settings.value(FOLDER_KEY) == str(tmp_path)
    assert dialog.default_path(dialog.options) == tmp_path / f"coaching-notes-{today.isoformat()}.md"

    qtbot.keyClick(dialog.coach_choice, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_name_without_an_extension_gets_md(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path
) -> None:
    dialog = open_dialog(sample_session)

    save_via_button(qtbot, dialog, dialogs, tmp_path / "for-sam")

    assert (tmp_path / "for-sam.md").read_text(encoding="utf-8") == dialog.text
    assert not (tmp_path / "for-sam").exists()


def test_cancelling_the_save_dialog_writes_nothing(qtbot, open_dialog, sample_session: Session, tmp_path: Path) -> None:
    dialog = open_dialog(sample_session)

    click(qtbot, dialog.save_button)  # no path queued: the person pressed Cancel

    assert dialog.saved_path is None and dialog.result.text() == ""
    assert list(tmp_path.glob("*.md")) == []


# -- dates -----------------------------------------------------------------------


def test_presets_and_packets_set_the_dates(qtbot, open_dialog, sample_session: Session, today: date) -> None:
    dialog = open_dialog(sample_session)
    assert dialog.preset.findText("Everything") == -1  # a coach packet always has a first day

    qtbot.keyClicks(dialog.preset, "This")
    assert dialog.preset.currentText() == "This year"
    assert dialog.date_from.value() == date(today.year, 1, 1)

    type_date(qtbot, dialog.date_from, "2026-10-01")
    assert dialog.preset.currentText() == "Custom dates"

    click(qtbot, dialog.full_choice)
    assert dialog.preset.currentText() == "Everything"
    assert (dialog.date_from.value(), dialog.date_to.value()) == (None, today)
    qtbot.waitUntil(lambda: dialog.text.startswith(f"# Career journal: up to {today}"))


def test_a_from_date_after_the_to_date_is_explained_and_cannot_be_saved(
    qtbot, open_dialog, sample_session: Session
) -> None:
    dialog = open_dialog(sample_session)

    type_date(qtbot, dialog.date_from, "2026-11-20")
    type_date(qtbot, dialog.date_to, "2026-11-10")
    qtbot.waitUntil(lambda: not dialog.problem.isHidden())

    assert "is after" in dialog.problem.text()
    assert not dialog.save_button.isEnabled() and not dialog.copy_button.isEnabled()
    assert dialog.options is None and dialog.text == ""

    type_date(qtbot, dialog.date_to, "2026-11-23")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert dialog.problem.isHidden()


def test_no_section_ticked_cannot_be_saved(qtbot, open_dialog, sample_session: Session) -> None:
    dialog = open_dialog(sample_session)
    for box in dialog.section_boxes.values():
        click(qtbot, box)
    dialog.refresh_preview()

    assert dialog.problem.text() == "Tick at least one section to export."
    assert not dialog.save_button.isEnabled()


# -- the preview -----------------------------------------------------------------


def test_markdown_toggle_shows_the_raw_text(qtbot, open_dialog, sample_session: Session) -> None:
    dialog = open_dialog(sample_session)

    click(qtbot, dialog.raw_toggle)

    assert dialog.stack.currentWidget() is dialog.raw and dialog.raw.isReadOnly()
    assert dialog.raw.toPlainText() == dialog.text
    click(qtbot, dialog.raw_toggle)
    assert dialog.stack.currentWidget() is dialog.preview


def test_a_very_long_export_previews_the_start_and_saves_all_of_it(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path, today: date
) -> None:
    paragraph = "A long reflection that keeps going. " * 40
    body = "\n\n".join([paragraph] * 160)
    sample_session.journal.entries.add(Entry(body=body, title="The long one", entry_date=today))
    dialog = open_dialog(sample_session)
    assert len(dialog.text) > PREVIEW_LIMIT

    assert not dialog.notice.isHidden() and f"first {PREVIEW_LIMIT:,}" in dialog.notice.text()
    click(qtbot, dialog.raw_toggle)
    assert len(dialog.raw.toPlainText()) == PREVIEW_LIMIT
    saved = tmp_path / "long.md"
    save_via_button(qtbot, dialog, dialogs, saved)
    assert saved.read_text(encoding="utf-8") == dialog.text


def test_an_empty_journal_says_so(open_dialog, session: Session) -> None:
    dialog = open_dialog(session)

    assert "empty" in dialog.notice.text() and not dialog.notice.isHidden()
    assert dialog.left_out_label.text() == "Nothing is left out of the chosen sections and dates."
    assert dialog.save_button.isEnabled()


# -- work off the GUI thread -----------------------------------------------------


def test_the_preview_is_built_on_a_worker_with_its_own_connection(qtbot, open_dialog, sample_session: Session) -> None:
    dialog = open_dialog(sample_session)

    click(qtbot, dialog.full_choice)
    dialog._timer.timeout.emit()  # the pause after a change is over: the build starts now
    assert dialog.busy and no_transaction(sample_session)  # the window's connection reads nothing meanwhile
    with qtbot.waitSignal(dialog.built, timeout=30_000):
        pass
    assert not dialog.busy and dialog.text.startswith("# Career journal: up to ")


def test_cancel_stops_a_build_and_a_save_and_writes_nothing(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path
) -> None:
    dialog = open_dialog(sample_session)
    before = dialog.text

    click(qtbot, dialog.full_choice)
    dialog._timer.timeout.emit()
    dialog.cancel_button.click()  # shown after half a second; the same button either way
    dialog.wait_until_idle()

    assert dialog.text == before and "stopped" in dialog.result.text()
    assert "stopped" in dialog.preview.toPlainText()

    dialog.refresh_preview()
    (folder := tmp_path / "exports").mkdir()
    dialogs.save_paths.append(str(folder / "cancelled.md"))
    click(qtbot, dialog.save_button)  # the preview is fresh: the save starts at once, on a worker
    assert dialog.busy
    dialog.cancel_button.click()  # shown after half a second; the same button either way
    dialog.wait_until_idle()

    assert "cancelled" in dialog.result.text() and dialog.saved_path is None
    assert list(folder.iterdir()) == []  # neither the file nor a temp file


def test_saving_with_attached_files_copies_them_beside_the_file_on_a_worker(
    qtbot, open_dialog, sample_session: Session, dialogs, tmp_path: Path
) -> None:
    dialog = open_dialog(sample_session)
    click(qtbot, dialog.include_files)
    target = tmp_path / "packet.md"
    save_via_button(qtbot, dialog, dialogs, target)
    qtbot.waitUntil(lambda: dialog.result.text().startswith("Saved to"), timeout=30_000)

    assert dialog.result.text().endswith("(its files are in packet-files)")
    text = target.read_text(encoding="utf-8")
    assert "[release-checklist.md](packet-files/release-checklist.md)" in text
    copied = tmp_path / "packet-files" / "release-checklist.md"
    assert copied.read_bytes().startswith(b"# Release checklist")
    assert dialog.save_button.isEnabled() and dialog.cancel_button.isHidden()
    # The same bytes as the command line writes with the same choices.
    (tmp_path / "cli").mkdir()
    assert cli_export(sample_session, tmp_path / "cli" / "packet.md", "--coach", "--attachments") == target.read_bytes()


def test_the_preview_keeps_the_entry_texts_it_wrote_for_the_next_export(
    qtbot, open_dialog, sample_session: Session
) -> None:
    """The worker reads on a read-only connection; what it wrote is kept on one of its own that may write."""
    dialog = open_dialog(sample_session)
    first = dialog.text
    assert sample_session.journal.db.execute("SELECT count(*) FROM export_cache").fetchone()[0] > 0

    dialog.refresh_preview()
    assert dialog.text == first
