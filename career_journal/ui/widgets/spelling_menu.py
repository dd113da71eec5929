"""The editor's context menu with spelling first: corrections, "Add to my dictionary", "Ignore in this note".

Corrections take up to tenths of a second to find, so the menu opens at once
with "Looking for suggestions…" and the words take its place when a worker
has them; a menu closed before then ignores the answer. Below the usual
Cut/Copy/Paste comes the note's spelling language (Automatic, English,
Svenska) and the switch for spell checking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from ...spelling.checker import Language, SpellingError
from ...spelling.words import Word
from ..labels import fill
from ..spelling import ACTION_TEXT

if TYPE_CHECKING:
    from .spelling import SpellingHighlighter

LOOKING = "Looking for suggestions…"
NO_SUGGESTIONS = "No suggestions"


def menu_text(text: str) -> str:
    """``text`` as a menu item shows it: an ampersand is not a shortcut marker."""
    return text.replace("&", "&&")


class SpellingMenu(QObject):
    def __init__(self, highlighter: SpellingHighlighter) -> None:
        super().__init__(highlighter)
        self.highlighter = highlighter
        self.editor = highlighter.editor
        self.spelling = highlighter.spelling

    def show_at(self, position: QPoint) -> None:
        """The menu for a right-click at ``position`` (in the editor's viewport)."""
        menu = self.build(position)
        menu.popup(self.editor.viewport().mapToGlobal(position))

    def build(self, position: QPoint) -> QMenu:
        menu = self.editor.createStandardContextMenu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        found = self.highlighter.word_at(position)
        if found is not None:
            block, word, language = found
            self._add_word_actions(menu, block.position() + word.start, word, language)
        menu.addSeparator()
        menu.addMenu(self._language_menu(menu))
        return menu

    # -- a misspelt word ------------------------------------------------------------------------
    def _add_word_actions(self, menu: QMenu, start: int, word: Word, language: Language) -> None:
        first = menu.actions()[0] if menu.actions() else None
        placeholder = QAction(LOOKING, menu, enabled=False)
        add = QAction(menu_text(f"Add “{word.text}” to my dictionary"), menu)
        add.triggered.connect(lambda: self.add_to_dictionary(language, word.text))
        ignore = QAction(menu_text(fill(self.tr("Ignore “%1” in this note"), word.text)), menu)
        ignore.triggered.connect(lambda: self.spelling.ignore(self.highlighter.note_key(), word.text))
        menu.insertAction(first, placeholder)
        menu.insertSeparator(first)
        for action in (add, ignore):
            menu.insertAction(first, action)
        menu.insertSeparator(first)

        def show(suggestions: list[str]) -> None:
            if not isValid(placeholder):  # the menu was closed before they came
                return
            if not suggestions:
                placeholder.setText(NO_SUGGESTIONS)
                return
            font = menu.font()
            font.setBold(True)
            for suggestion in suggestions:
                action = QAction(menu_text(suggestion), menu, enabled=not self.editor.isReadOnly())
                action.setFont(font)
                action.triggered.connect(lambda _checked=False, s=suggestion: self.replace(start, word.text, s))
                menu.insertAction(placeholder, action)
            menu.removeAction(placeholder)
            placeholder.deleteLater()

        self.spelling.suggest(language, word.text, show)

    def replace(self, start: int, word: str, correction: str) -> None:
        """Put ``correction`` where ``word`` is (an ordinary edit: it can be undone)."""
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(word), cursor.MoveMode.KeepAnchor)
        if cursor.selectedText().replace("’", "'") != word:
            return  # the text moved under the menu: never change the wrong word
        cursor.insertText(correction)

    def add_to_dictionary(self, language: Language, word: str) -> None:
        try:
            self.spelling.add_to_dictionary(language, word)
        except SpellingError as exc:
            show_problem(self.editor, "The word could not be added", str(exc))

    # -- the note's language and the switch ---------------------------------------------------------
    def _language_menu(self, parent: QMenu) -> QMenu:
        menu = QMenu("Spelling language", parent)
        key = self.highlighter.note_key()
        chosen = self.spelling.note(key).language
        enabled = self.spelling.enabled
        group = QActionGroup(menu)
        guessed = self.spelling.guess(self.editor.toPlainText())
        automatic = f"Automatic ({guessed.native_name if guessed else 'language not recognised'})"
        for language, text in ((None, automatic), *((lang, lang.native_name) for lang in Language)):
            if language is not None and self.spelling.ready and not self.spelling.available(language):
                text += " (no dictionary installed)"
            action = QAction(text, menu, checkable=True, enabled=enabled)
            action.setChecked(language == chosen)
            action.triggered.connect(lambda _checked=False, chosen=language: self.spelling.choose_language(key, chosen))
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        switch = QAction(ACTION_TEXT, menu, checkable=True)
        switch.setChecked(enabled)
        switch.toggled.connect(self.spelling.set_enabled)
        menu.addAction(switch)
        return menu


def show_problem(parent: QWidget, title: str, text: str) -> None:
    """A warning whose text (it names the person's word) is shown as plain text, never as HTML."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
