"""A Markdown preview that can neither run nor fetch anything.

The HTML comes from ``exchange.render`` (python-markdown with raw HTML off,
then nh3 with a short allow-list). This view adds a second wall: it loads no
resource at all (no image, no stylesheet, local or remote), never follows a
link by itself, and opens a web or mail link in the system browser only after
the person clicked it and said yes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...exchange.render import render_html
from .text_label import ask

OPENABLE = {"http", "https", "mailto"}
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(CSS)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.refused_resources: list[str] = []
        self.setAccessibleName("Preview")

    def set_markdown(self, text: str) -> None:
        self.setHtml(render_html(text))

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
            "Open link?",
            f"Open this link in your browser?\n\n{url.toString()}\n\n"
            "Career Journal itself never goes online; your browser will.",
        ):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(url.toString())
