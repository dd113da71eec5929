"""Fixtures for the window tests: a real journal file, real widgets, fixed dates, no modal surprises.

Message boxes are answered by ``dialogs`` instead of waiting for a person: a
test says what the next question should be answered with, and reads every
message the app showed. A question nobody prepared an answer for is answered
No, so a forgotten confirmation never deletes anything and never hangs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from career_journal import demo
from career_journal.storage.journal import Journal
from career_journal.ui.session import Session


@dataclass
class Dialogs:
    """What the app asked and told, and the answers it will get."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    answers: list[QMessageBox.StandardButton] = field(default_factory=list)
    save_paths: list[str] = field(default_factory=list)
    formats: list[Qt.TextFormat] = field(default_factory=list)  # of each message box the app built itself

    def answer(self, *buttons: QMessageBox.StandardButton) -> None:
        self.answers.extend(buttons)

    def yes(self) -> None:
        self.answer(QMessageBox.StandardButton.Yes)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


BOX_KINDS = {
    QMessageBox.Icon.Question: "question",
    QMessageBox.Icon.Warning: "warning",
    QMessageBox.Icon.Critical: "critical",
    QMessageBox.Icon.Information: "information",
}


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorded = Dialogs()

    def tell(kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            recorded.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        recorded.shown.append(("question", title, text))
        return recorded.answers.pop(0) if recorded.answers else QMessageBox.StandardButton.No

    def save_name(*args, **kwargs):  # type: ignore[no-untyped-def]
        return (recorded.save_paths.pop(0), "") if recorded.save_paths else ("", "")

    def run(box: QMessageBox) -> int:  # the app's own boxes (plain text), built and then run
        kind = BOX_KINDS.get(box.icon(), "information")
        recorded.formats.append(box.textFormat())
        if kind == "question":
            return question(box.parent(), box.windowTitle(), box.text())
        recorded.shown.append((kind, box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, tell(kind))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "exec", run)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return recorded


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(qapp, journal: Journal, settings: QSettings, today: date) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    """An empty journal, opened the way the app opens it, on the fixed date ``today``."""
    made = Session(journal, settings, today=lambda: today)
    yield made
    made.deleteLater()


@pytest.fixture
def sample_session(session: Session, today: date) -> Session:
    """The demo story (people, goals, skills, teaching, a team, months of entries)."""
    demo.populate(session.journal, today)
    return session
