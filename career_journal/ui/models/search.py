"""Quick-search results: kind, title and a snippet with the matched words marked."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.queries import MATCH_END, MATCH_START, SearchHit
from ..labels import label_of
from ..widgets.text_label import tooltip_text

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: the person's text escaped, only the matches in bold."""
    escaped = html.escape(snippet)
    return escaped.replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


def snippet_text(snippet: str) -> str:
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._hits)):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label_of(hit.kind)}: {hit.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(snippet_text(hit.snippet))
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit.snippet)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{label_of(hit.kind)}: {hit.title}. {snippet_text(hit.snippet)}"
        return None
