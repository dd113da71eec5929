"""The Evidence strip: attach (button or drop), open through a private copy, save as, remove; entries and goals."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog

from career_journal.domain.attachments import Owner
from career_journal.domain.records import Entry
from career_journal.ui.main_window import MainWindow
from career_journal.ui.pages.goals.page import GoalsPage
from career_journal.ui.pages.journal.page import JournalPage
from career_journal.ui.session import Session
from career_journal.ui.widgets.evidence import EvidenceStrip

CANARY = b"qzxvkwstripcanary4410"


class Viewer(QObject):
    """Stands in for the system's viewer: records what the app asked it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def viewer() -> Viewer:
    made = Viewer()
    QDesktopServices.setUrlHandler("file", made, "open_url")
    yield made
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def window(qtbot, sample_session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(sample_session)
    qtbot.addWidget(made)
    made.resize(1280, 820)
    made.show()
    return made


def journal_strip(window: MainWindow, entry_id: int) -> EvidenceStrip:
    window.open_record("entry", entry_id)
    page = window.current_page()
    assert isinstance(page, JournalPage)
    return page.editor.evidence


def run_and_wait(qtbot, strip: EvidenceStrip, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(strip.finished, timeout=30_000):
        action()


def a_file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def raw_hits(path: Path, needle: bytes) -> dict[str, int]:
    """How often ``needle`` is in the raw bytes of the journal file and its -wal."""
    return {
        suffix or "db": Path(f"{path}{suffix}").read_bytes().count(needle) if Path(f"{path}{suffix}").exists() else 0
        for suffix in ("", "-wal")
    }


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_attach_open_save_and_remove_a_file_on_an_entry(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, viewer: Viewer, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = window.session.journal
    entry = journal.entries.add(Entry(title="Review came back", body="Strong.", entry_date=window.session.today()))
    strip = journal_strip(window, entry.id or 0)
    assert strip.hint.isVisible() and not strip.files.isVisible()

    review = a_file(tmp_path, "Q3 review.pdf", b"%PDF " + CANARY)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(review)], "")))
    run_and_wait(qtbot, strip, lambda: qtbot.mouseClick(strip.attach_button, Qt.MouseButton.LeftButton))
    assert strip.model.index(0, 0).data() == "Q3 review.pdf"
    assert strip.total.text() == "· 1 file, 26 bytes"
    assert [a.file_name for a in journal.attachments.list_for(Owner.entry(entry.id or 0))] == ["Q3 review.pdf"]

    run_and_wait(qtbot, strip, lambda: qtbot.mouseClick(strip.open_button, Qt.MouseButton.LeftButton))
    [opened] = viewer.opened
    assert opened.name == "Q3 review.pdf" and opened.read_bytes() == review.read_bytes()
    assert mode(opened) == 0o600 and mode(opened.parent) == 0o700

    copy = tmp_path / "saved.pdf"
    dialogs.save_paths.append(str(copy))
    run_and_wait(qtbot, strip, lambda: qtbot.mouseClick(strip.save_button, Qt.MouseButton.LeftButton))
    assert copy.read_bytes() == review.read_bytes()

    dialogs.answer()  # the first question is answered No: nothing is removed
    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert strip.model.rowCount() == 1 and "Q3 review.pdf" in dialogs.texts("question")[-1]
    dialogs.yes()
    run_and_wait(qtbot, strip, lambda: qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton))
    assert strip.model.rowCount() == 0 and journal.attachments.list_all()[-1].file_name != "Q3 review.pdf"
    assert raw_hits(journal.path, CANARY) == {"db": 0, "-wal": 0}

    window.close()  # the private copy the viewer had is removed when the app closes
    assert not opened.exists() and not opened.parent.exists()


def test_dropping_files_attaches_each_and_a_file_too_large_is_refused(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs, tmp_path: Path
) -> None:
    journal = window.session.journal
    entry = journal.entries.add(Entry(title="Slides", body="The deck.", entry_date=window.session.today()))
    strip = journal_strip(window, entry.id or 0)
    big = tmp_path / "recording.mp4"
    with open(big, "wb") as handle:
        handle.truncate(60_000_000)
    dropped = [a_file(tmp_path, "deck.pdf", b"deck"), a_file(tmp_path, "notes.txt", b"notes"), big]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in dropped])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    strip.dropEvent(drop)  # Qt delivers a drop only during a real drag; the handler is what matters here
    qtbot.waitUntil(lambda: not strip.busy and not strip._pending, timeout=30_000)

    assert [strip.model.index(row, 0).data() for row in range(strip.model.rowCount())] == ["deck.pdf", "notes.txt"]
    assert any("recording.mp4 is 60 MB; a file can be at most 50 MB" in text for text in dialogs.texts("warning"))
    assert len(journal.attachments.list_for(Owner.entry(entry.id or 0))) == 2


def test_a_new_entry_gets_its_strip_once_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.new_entry()
    page = window.current_page()
    assert isinstance(page, JournalPage)
    strip = page.editor.evidence
    assert not strip.attach_button.isEnabled() and "Save it first" in strip.hint.text()
    qtbot.keyClicks(page.editor.text.editor, "A win worth keeping")
    page.editor.save()
    assert strip.attach_button.isEnabled() and strip.owner == Owner.entry(page.editor.entry.id or 0)


def test_a_goal_shows_its_files_and_takes_new_ones(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal = window.session.journal
    goal = journal.goals.resolve("Promotion to staff engineer")
    window.open_record("goal", goal.id or 0)
    page = window.current_page()
    assert isinstance(page, GoalsPage)
    strip = page.detail.evidence
    assert strip.model.index(0, 0).data() == "architecture-review-feedback.txt"  # from the sample story
    run_and_wait(qtbot, strip, lambda: strip.attach_paths([a_file(tmp_path, "packet.pdf", b"%PDF packet")]))
    assert [a.file_name for a in journal.attachments.list_for(Owner.goal(goal.id or 0))] == [
        "architecture-review-feedback.txt",
        "packet.pdf",
    ]


def test_a_file_found_by_search_opens_with_its_entry(window: MainWindow) -> None:
    journal = window.session.journal
    found = next(a for a in journal.attachments.list_all() if a.file_name == "release-checklist.md")
    window.open_record("attachment", found.id or 0)
    page = window.current_page()
    assert isinstance(page, JournalPage)
    assert page.editor.entry is not None and page.editor.entry.id == found.owner.id
