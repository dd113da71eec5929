"""Wavy underlines under misspelt words in a Markdown editor, in the language of the note.

Qt highlights a line (a block) whenever it changes, so typing costs one line.
Loading a long note would ask for every line at once: after
``BURST_BUDGET_S`` of one burst the rest is left for later and checked in
slices of ``SLICE_S`` between events (the lines on screen first), so the
window never waits for a whole 200 KB note. The word being typed is not
judged until the cursor leaves it. The language is guessed from the note's
first few hundred words (again a moment after typing) unless the person chose
one in the context menu (``spelling_menu.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ...spelling.checker import SAMPLE_CHARS, Language, Speller
from ...spelling.words import Word, next_state, words
from ..spelling import Spelling
from .spelling_menu import SpellingMenu

BURST_BUDGET_S = 0.012
SLICE_S = 0.012
LINE_MIN_WORDS = 4  # a shorter line is always judged in the note's language
GUESS_DELAY_MS = 700  # after a pause in typing, the language is guessed again
UNDERLINE_LIGHT = "#d32f2f"
UNDERLINE_DARK = "#ff6b6b"


class SpellingHighlighter(QSyntaxHighlighter):
    def __init__(self, editor: QPlainTextEdit, spelling: Spelling, note: Callable[[], str]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.spelling = spelling
        self.note_key = note
        self.language: Language | None = None  # of the note: chosen, guessed, or None (no dictionary knows it)
        self.busy = False  # underlines are being redrawn: the text did not change
        self._speller: Speller | None = None
        self._automatic = True  # no language chosen for the note: each line may turn out to be in another
        self._format = QTextCharFormat()
        self._pending: set[int] = set()  # block numbers still to check
        self._found: dict[int, list[Word]] = {}  # a line's misspelt words, just found by the background pass
        self._burst_start: float | None = None
        self._sweeping = False
        self._typing: tuple[int, int] | None = None  # (block, column) where a word is being typed
        self._burst_end = QTimer(self, singleShot=True, interval=0)
        self._burst_end.timeout.connect(self._end_burst)
        self._sweep_timer = QTimer(self, singleShot=True, interval=0)
        self._sweep_timer.timeout.connect(self._sweep)
        self._guess_timer = QTimer(self, singleShot=True, interval=GUESS_DELAY_MS)
        self._guess_timer.timeout.connect(self._guess_again)
        document = editor.document()
        # Connected before the highlighter connects itself (in setDocument), so it knows what changed first.
        document.contentsChange.connect(self._on_contents_change)
        self.setDocument(document)
        editor.cursorPositionChanged.connect(self._on_cursor_moved)
        editor.installEventFilter(self)
        spelling.changed.connect(self.refresh)
        self._update_format()
        if not document.isEmpty():
            with self.quietly():
                self.rehighlight()  # now, not in Qt's own deferred pass that the editor would take for typing

    # -- what the editor tells us ---------------------------------------------------------------
    def prepare(self, text: str) -> None:
        """Another note is about to be loaded: take its language before its lines are highlighted."""
        self._typing = None
        self._pending.clear()
        self._over_budget()  # the guess counts towards the time this load may hold the window
        self._choose_language(text)

    def refresh(self) -> None:
        """Draw every underline again (the setting, the dictionaries or a choice changed)."""
        self._choose_language(self.editor.toPlainText())
        self._pending = set(range(self.document().blockCount()))
        self._sweep()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.PaletteChange and self._update_format():
            self.refresh()
        return False

    # -- highlighting one line -------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        state, prose = next_state(text, self.previousBlockState())
        self.setCurrentBlockState(state)
        if not prose or not text.strip():
            return
        if self._speller is None:
            if not self.spelling.ready:
                self.spelling.ensure_loaded()
            return
        number = self.currentBlock().blockNumber()
        if not self._sweeping and self._over_budget():
            self._pending.add(number)
            self._sweep_timer.start()
            return
        self._pending.discard(number)
        found = self._found.pop(number) if number in self._found else self.misspelt(text, number)[1]
        for word in found:
            self.setFormat(word.start, word.length, self._format)

    def misspelt(self, text: str, number: int, *, typing: bool = True) -> tuple[Language | None, list[Word]]:
        """The language line ``number`` (its ``text``) is judged in, and its misspelt words.

        ``typing``: leave out the word being typed. In an automatic note a line
        of which the note's language knows at most half the words is judged in
        the language that knows it best (a bilingual journal mixes paragraphs).
        """
        speller = self._speller
        if speller is None:
            return None, []
        ignored = self.spelling.note(self.note_key()).ignored
        typing_at = self._typing[1] if typing and self._typing and self._typing[0] == number else -1
        candidates = [w for w in words(text) if not w.start <= typing_at <= w.end and w.text not in ignored]
        wrong = [word for word in candidates if not speller.is_correct(word.text)]
        if self._automatic and len(candidates) >= LINE_MIN_WORDS and 2 * len(wrong) >= len(candidates):
            for other in [each for each in self.spelling.spellers() if each is not speller]:
                theirs = [word for word in candidates if not other.is_correct(word.text)]
                if len(theirs) < len(wrong):
                    speller, wrong = other, theirs
        return speller.language, wrong

    def word_at(self, position: QPoint) -> tuple[QTextBlock, Word, Language] | None:
        """The misspelt word under ``position`` (in the editor's viewport), its line and its language."""
        cursor = self.editor.cursorForPosition(position)
        block = cursor.block()
        column = cursor.position() - block.position()
        if not next_state(block.text(), block.previous().userState() if block.previous().isValid() else -1)[1]:
            return None
        language, wrong = self.misspelt(block.text(), block.blockNumber(), typing=False)
        for word in wrong:
            if language is not None and word.start <= column <= word.end:
                return block, word, language
        return None

    # -- long notes: a budget per burst, the rest in slices ------------------------------------
    def _over_budget(self) -> bool:
        now = time.perf_counter()
        if self._burst_start is None:
            self._burst_start = now
            self._burst_end.start()
        return now - self._burst_start > BURST_BUDGET_S

    def _end_burst(self) -> None:
        self._burst_start = None

    def _sweep(self) -> None:
        if not self._pending:
            return
        document = self.document()
        deadline = time.perf_counter() + SLICE_S
        first = self.editor.firstVisibleBlock().blockNumber()
        lines_on_screen = self.editor.viewport().height() // max(self.editor.fontMetrics().height(), 1) + 1
        on_screen = range(first, first + lines_on_screen)
        order = [n for n in on_screen if n in self._pending] + sorted(self._pending.difference(on_screen))
        self._sweeping = True
        with self.quietly():
            for number in order:
                self._pending.discard(number)
                block = document.findBlockByNumber(number)
                if block.isValid():
                    self._check_block(block)
                if time.perf_counter() > deadline:
                    break
        self._sweeping = False
        if self._pending:
            self._sweep_timer.start()

    def _check_block(self, block: QTextBlock) -> None:
        """Check one line; ask Qt to draw it again only when its underlines change (most lines have none)."""
        previous = block.previous()
        text = block.text()
        prose = next_state(text, previous.userState() if previous.isValid() else -1)[1]
        found = self.misspelt(text, block.blockNumber())[1] if prose else []
        if found or block.layout().formats():
            self._found[block.blockNumber()] = found
            self.rehighlightBlock(block)
            self._found.clear()

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Redraw underlines as one change that the editor does not take for typing."""
        self.busy = True
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        try:
            yield
        finally:
            cursor.endEditBlock()
            self.busy = False

    # -- typing --------------------------------------------------------------------------------
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        document = self.document()
        if removed + added <= 2:  # a key typed or deleted: the word there is still being written
            block = document.findBlock(position + added)
            self._typing = (block.blockNumber(), position + added - block.position())
        else:
            self._typing = None
        if self._pending and (removed or added):
            # Lines may have moved: check everything from the change on.
            self._pending.update(range(document.findBlock(position).blockNumber(), document.blockCount()))
        if position < SAMPLE_CHARS and not self.busy:
            self._guess_timer.start()

    def _on_cursor_moved(self) -> None:
        if self._typing is None:
            return
        cursor = self.editor.textCursor()
        number, column = self._typing
        if cursor.blockNumber() == number and cursor.positionInBlock() == column:
            return
        self._typing = None
        block = self.document().findBlockByNumber(number)
        if block.isValid():
            with self.quietly():
                self.rehighlightBlock(block)

    def _guess_again(self) -> None:
        before = self.language
        self._choose_language(self.editor.toPlainText())
        if self.language != before:
            self.refresh()

    # -- language and colour ---------------------------------------------------------------------
    def _choose_language(self, text: str) -> None:
        chosen = self.spelling.note(self.note_key()).language
        self._automatic = chosen is None
        self.language = chosen if chosen is not None else self.spelling.guess(text)
        self._speller = self.spelling.speller(self.language)

    def _update_format(self) -> bool:
        """Take the underline colour for the editor's light or dark background; whether it changed."""
        dark = self.editor.palette().base().color().lightness() < 128
        colour = QColor(UNDERLINE_DARK if dark else UNDERLINE_LIGHT)
        if self._format.underlineColor() == colour:
            return False
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(colour)
        return True


def check_spelling(editor: QPlainTextEdit, spelling: Spelling, note: Callable[[], str]) -> SpellingHighlighter:
    """Underline misspelt words in ``editor`` and offer corrections on a right-click."""
    highlighter = SpellingHighlighter(editor, spelling, note)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    menu = SpellingMenu(highlighter)
    editor.customContextMenuRequested.connect(menu.show_at)
    return highlighter
