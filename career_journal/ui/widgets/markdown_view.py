"""A Markdown preview that can neither run nor fetch anything, and never freezes the window.

The HTML comes from ``exchange.render`` (the app's Markdown reader, then
python-markdown, then nh3 with a short allow-list). This view adds a second
wall: it loads no resource at all (no image, no stylesheet, local or remote),
never follows a link by itself, and opens a web or mail link in the system
browser only after the person clicked it and said yes.

A short note is rendered at once. A longer one is rendered on a worker
thread: one render at a time per view, a render made stale by newer text is
dropped (and stops between its two stages), and if a render takes a moment
the plain text is shown until it arrives, so typing and scrolling never wait
for it.
"""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...exchange.md_read import too_tangled
from ...exchange.render import PREVIEW_LIMIT, render_html
from ..labels import fill
from ..workers import run_task
from .text_label import ask

OPENABLE = {"http", "https", "mailto"}
# A note this short renders in a few milliseconds, so it is shown at once (no flash of plain text).
QUICK_LIMIT = 1_000
# How long an older preview may stay while typing before the plain text replaces it.
PLAIN_AFTER_MS = 250
CSS = """
body { line-height: 140%; }
h1, h2, h3, h4 { margin-top: 14px; margin-bottom: 6px; }
pre, code { font-family: monospace; }
blockquote { margin-left: 12px; }
table { border-collapse: collapse; }
th, td { padding: 3px 8px; }
"""


class SafeMarkdownView(QTextBrowser):
    link_refused = Signal(str)  # a link that was clicked but not opened
    rendered = Signal()  # the preview now shows the latest text, rendered
    render_started = Signal()  # a render went to a worker thread (the plain text may show meanwhile)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(CSS)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.refused_resources: list[str] = []
        self.setAccessibleName(self.tr("Preview"))
        self._latest = 0  # the number of the newest text asked for
        self._newest = [0]  # the same, for a worker to read
        self._waiting: tuple[int, str] | None = None  # the newest text, while another render runs
        self._running = False
        self._plain_timer = QTimer(self, singleShot=True, interval=PLAIN_AFTER_MS)
        self._plain_timer.timeout.connect(self._show_plain)
        self._pending_text = ""

    @property
    def pending(self) -> bool:
        """Whether a render of the newest text is still to come."""
        return self._running or self._waiting is not None

    def set_markdown(self, text: str, *, replacing: bool = True) -> None:
        """Show ``text`` rendered: at once when it is short, else from a worker thread.

        ``replacing``: the text is another document (show its plain text until the
        render is in); otherwise an edit of the one shown, whose older render may
        stay a moment while typing goes on.
        """
        self._latest += 1
        self._newest[0] = self._latest
        if len(text) <= QUICK_LIMIT and not too_tangled(text):
            self._waiting = None
            self._plain_timer.stop()
            self._show_html(render_html(text))
            self.rendered.emit()
            return
        self._pending_text = text
        self._waiting = (self._latest, text)
        if replacing:
            self._show_plain()
        elif not self._plain_timer.isActive():
            self._plain_timer.start()
        self._start_next()

    def _start_next(self) -> None:
        if self._running or self._waiting is None:
            return
        number, text = self._waiting
        self._waiting = None
        self._running = True

        # The worker holds plain values only, never the view: a view closed meanwhile is simply gone.
        newest = self._newest

        def stale() -> bool:  # asked on the worker, between the render's two stages
            return number != newest[0]

        view = weakref.ref(self)

        def finished(html: str | None) -> None:
            shown = view()
            if shown is not None and shiboken6.isValid(shown):  # else the view was closed meanwhile
                shown._finished(number, html)

        self.render_started.emit()
        run_task(
            lambda: render_html(text, cancelled=stale),
            done=finished,
            failed=lambda _exc: finished(None),  # stale (RenderCancelled) or failed: on to the next one
        )

    def _finished(self, number: int, html: str | None) -> None:
        self._running = False
        if number == self._latest and html is not None:
            self._plain_timer.stop()
            self._show_html(html)
            self.rendered.emit()
        self._start_next()

    def _show_plain(self) -> None:
        # Breaking anywhere: Qt lays out a 40 KB word for a second when it looks for word boundaries first.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setPlainText(self._pending_text[:PREVIEW_LIMIT])

    def _show_html(self, html: str) -> None:
        if self.wordWrapMode() != QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere:
            self.clear()  # so the plain text is not laid out again in the other mode
            self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHtml(html)

    def loadResource(self, kind: int, name: QUrl) -> Any:
        """Refuse everything: the preview shows text only, so nothing is ever read or fetched.

        The answer is an empty image, not None: given nothing, QTextDocument reads
        a local path itself.
        """
        self.refused_resources.append(name.toString())
        return QImage()

    def doSetSource(self, name: QUrl, kind: Any = None) -> None:
        """Never navigate: the preview always shows the note it was given."""

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() not in OPENABLE:
            self.link_refused.emit(url.toString())
            return
        if ask(
            self,
            self.tr("Open link?"),
            fill(
                self.tr(
                    "Open this link in your browser?\n\n%1\n\n"
                    "Career Journal itself never goes online; your browser will."
                ),
                url.toString(),
            ),
        ):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(url.toString())
