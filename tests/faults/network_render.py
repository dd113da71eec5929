"""Render the hostile corpus in the app's own views, inside the network walls (needs a QApplication)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from network_silence import LoopbackCanary, NetworkGuard, RenderReport, hostile_html, hostile_markdown
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from career_journal import demo
from career_journal.domain.enums import RecordKind
from career_journal.domain.records import Entry, Goal
from career_journal.storage.journal import Journal
from career_journal.ui.dialogs.export import ExportDialog
from career_journal.ui.main_window import MainWindow
from career_journal.ui.session import Session
from career_journal.ui.widgets.markdown_view import SafeMarkdownView

SETTLE_MS = 50  # let timers (previews, badges) fire after each step


def _settle() -> None:
    QApplication.processEvents()
    QTest.qWait(SETTLE_MS)


def render_hostile_everywhere(folder: Path, today: date, guard: NetworkGuard) -> RenderReport:
    """A bare preview, then the main window on the demo journal with hostile notes, every page visited.

    ``guard`` must be active (the ``network_guard`` fixture, or ``with NetworkGuard()``).
    """
    report = RenderReport()
    with LoopbackCanary() as canary:
        corpus = hostile_markdown(canary.port)
        view = SafeMarkdownView()
        view.show()
        for text in corpus:
            view.set_markdown(text)
            _settle()
        report.refused_resources.extend(view.refused_resources)
        sanitised = len(view.refused_resources)
        view.setHtml(hostile_html(canary.port))  # past the sanitiser: only loadResource stands in the way
        _settle()
        view.setSource(QUrl(f"http://127.0.0.1:{canary.port}/set-source"))
        _settle()
        report.documents_rendered = len(corpus) + 2
        report.refused_raw_html.extend(view.refused_resources[sanitised:])
        view.deleteLater()
        _render_main_window(folder, today, corpus, report)
        report.python_connects = list(guard.attempts)
        report.loopback_hits = canary.hits()
    return report


def _render_main_window(folder: Path, today: date, corpus: list[str], report: RenderReport) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with Journal.open(folder / "hostile-demo.cjdb", create=True) as journal:
        demo.populate(journal, today)
        entry_ids = [
            journal.entries.add(Entry(title=f"Hostile note {n}", body=text, entry_date=today)).id or 0
            for n, text in enumerate(corpus)
        ]
        journal.goals.add(Goal(title="Hostile goal", why="\n\n".join(corpus)))
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        session = Session(journal, settings, today=lambda: today)
        window = MainWindow(session)
        window.resize(1280, 820)
        window.show()
        _settle()
        for name in window.pages:
            window.go_to(name)
            _settle()
            report.pages_visited.append(name)
        for entry_id in entry_ids:
            window.open_record(RecordKind.ENTRY.value, entry_id)
            _settle()
        dialog = ExportDialog(session, window)
        dialog.show()
        dialog.refresh_preview()
        _settle()
        report.pages_visited.append("export dialog")
        for view in window.findChildren(SafeMarkdownView) + dialog.findChildren(SafeMarkdownView):
            report.refused_resources.extend(view.refused_resources)
        dialog.deleteLater()
        window.close()
        window.deleteLater()
        _settle()
        session.deleteLater()
