"""Ctrl+K: search everything as you type; Enter opens the record on its page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.queries import SearchHit, SearchQuery
from ...storage.journal import Journal
from ..labels import fill, label_of
from ..models.search import HIT_ROLE, SNIPPET_HTML_ROLE, SearchResultsModel
from ..widgets.text_label import plain_label

SEARCH_DELAY_MS = 200
RESULTS = 30


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the kind and title, then the snippet with the matches in bold."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
        self.initStyleOption(option, index)
        hit: SearchHit = index.data(HIT_ROLE)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(hit, index.data(SNIPPET_HTML_ROLE), option, selected)
        painter.save()
        painter.translate(option.rect.left() + 8, option.rect.top() + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 16, option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        document = self._document(index.data(HIT_ROLE), index.data(SNIPPET_HTML_ROLE), option, False)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)

    def _document(self, hit: SearchHit, snippet: str, option: QStyleOptionViewItem, selected: bool) -> QTextDocument:
        import html

        document = QTextDocument()
        document.setDefaultFont(option.font)
        muted = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        day = f" · {hit.day.isoformat()}" if hit.day else ""
        document.setHtml(
            f"<span style='color:{muted.name()}'>{html.escape(label_of(hit.kind))}{day}</span>"
            f"&nbsp;&nbsp;<b>{html.escape(hit.title)}</b><br>"
            f"<span style='color:{muted.name()}'>{snippet}</span>"
        )
        document.setTextWidth(max(option.rect.width() - 16, 300))
        return document


class QuickSearch(QDialog):
    chosen = Signal(str, int)  # kind, id

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Search everything"))
        self.setMinimumSize(640, 460)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr('Search entries, goals, people, skills… ("a phrase", word*, -leave-out)'))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        font = self.query.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        self.query.setFont(font)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.note = plain_label(self.tr("Type to search. Enter opens the highlighted result."), "muted", wrap=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.results.activated.connect(lambda index: self.open_row(index.row()))
        self.query.installEventFilter(self)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text()
        hits = self.journal.search.search(SearchQuery(text=text, limit=RESULTS)) if text.strip() else []
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.note.setText(
                fill(self.tr("%1%2 found. Enter opens; ↑ ↓ move."), len(hits), "+" if len(hits) == RESULTS else "")
            )
        else:
            self.note.setText(
                self.tr("Nothing found.")
                if text.strip()
                else self.tr("Type to search. Enter opens the highlighted result.")
            )

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        index = self.results.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> None:
        hit = self.model.hit(row)
        self.accept()
        self.chosen.emit(hit.kind.value, hit.record_id)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        """Up and Down in the search box move through the results."""
        if watched is self.query and event.type() == event.Type.KeyPress and self.model.rowCount():
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step:
                row = max(0, min(self.model.rowCount() - 1, self.results.currentIndex().row() + step))
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def start(self, text: str = "") -> None:
        self.query.setText(text)
        self.query.selectAll()
        self.query.setFocus()
        self.open()
