"""Spell checking for the whole app: the setting, the dictionaries (loaded once, on a worker), each note's choices.

Every editor that checks spelling listens to ``changed`` and redraws its
underlines: when the dictionaries arrive, when the setting is switched, when
a word is added or ignored, when a note's language is chosen. A missing
engine or dictionary is said once (``notice``, shown in the status bar) and
in the setting's tooltip; the editors then simply underline nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ..spelling.checker import Language, Speller, Spellers, SpellingError, load_spellers
from .labels import fill
from .workers import run_task

ENABLED_KEY = "spelling/enabled"
ACTION_TEXT = "Check spelling while typing"
ACTION_SHORTCUT = "Shift+F7"


@dataclass
class NoteChoices:
    """What the person chose for one note in this session: its language (None: automatic), words to ignore."""

    language: Language | None = None
    ignored: set[str] = field(default_factory=set)


class Spelling(QObject):
    changed = Signal()  # underlines must be drawn again
    notice = Signal(str)  # said once: what cannot be checked and why

    def __init__(
        self, settings: QSettings, folder: Path, *, locale: QLocale | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.folder = folder
        locale = locale or QLocale()
        self.default_language = Language.SWEDISH if locale.language() == QLocale.Language.Swedish else Language.ENGLISH
        self._preferred = (locale.name(),)  # e.g. en_GB: its dictionary suggests first
        self._spellers: Spellers | None = None
        self._loading = False
        self._notes: dict[str, NoteChoices] = {}

    # -- the setting ------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return bool(self.settings.value(ENABLED_KEY, True, type=bool))

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return
        self.settings.setValue(ENABLED_KEY, enabled)
        if enabled:
            self.ensure_loaded()
        self.changed.emit()

    def problems(self) -> str:
        """What cannot be checked and why (nothing while the dictionaries are still loading)."""
        return self._spellers.notice() if self._spellers is not None else ""

    def status_text(self) -> str:
        """What the setting's tooltip says: what is checked, or why something is not."""
        if self._spellers is None:
            return "Underline misspelt words in entries and reflections (English and Swedish)."
        languages = " and ".join(language.english_name for language in self._spellers.by_language)
        checked = (
            fill(self.tr("Underlines misspelt words in %1; right-click one for suggestions."), languages)
            if languages
            else ""
        )
        return " ".join(part for part in (checked, self.problems()) if part)

    # -- the dictionaries ---------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._spellers is not None

    @property
    def loading(self) -> bool:
        return self._loading

    def ensure_loaded(self) -> None:
        """Load the dictionaries on a worker the first time any editor has words to check."""
        if self._spellers is not None or self._loading or not self.enabled:
            return
        self._loading = True
        folder, preferred = self.folder, self._preferred
        run_task(
            lambda: load_spellers(folder, preferred),
            done=lambda spellers: isValid(self) and self._loaded(spellers),  # the session may be gone by then
            failed=lambda exc: isValid(self) and self._not_loaded(exc),
        )

    def _not_loaded(self, exc: Exception) -> None:
        self._loaded(
            Spellers({}, [fill(self.tr("Spelling is not checked: the dictionaries could not be loaded (%1)."), exc)])
        )

    def _loaded(self, spellers: Spellers) -> None:
        self._loading = False
        self._spellers = spellers
        if spellers.notice():
            self.notice.emit(spellers.notice())
        self.changed.emit()

    def speller(self, language: Language | None) -> Speller | None:
        if self._spellers is None or language is None or not self.enabled:
            return None
        return self._spellers.by_language.get(language)

    def spellers(self) -> list[Speller]:
        """Every language that can be checked now."""
        if self._spellers is None or not self.enabled:
            return []
        return list(self._spellers.by_language.values())

    def available(self, language: Language) -> bool:
        return self._spellers is not None and language in self._spellers.by_language

    def guess(self, text: str) -> Language | None:
        if self._spellers is None:
            return self.default_language
        return self._spellers.guess(text, self.default_language)

    def add_to_dictionary(self, language: Language, word: str) -> None:
        """Keep ``word`` as right in ``language`` from now on (raises SpellingError when it cannot be saved)."""
        speller = self.speller(language)
        if speller is None:
            raise SpellingError(f"There is no {language.english_name} dictionary to add “{word}” to.")
        speller.add(word)
        self.changed.emit()

    def suggest(self, language: Language, word: str, done: Callable[[list[str]], None]) -> None:
        """Look for corrections on a worker (a long word takes tenths of a second); ``done`` gets them."""
        speller = self.speller(language)
        if speller is None:
            done([])
            return
        run_task(lambda: speller.suggestions(word), done=done, failed=lambda _exc: done([]))

    # -- each note's choices (kept for this session: the journal's format has no place for them) -----
    def note(self, key: str) -> NoteChoices:
        return self._notes.setdefault(key, NoteChoices())

    def choose_language(self, key: str, language: Language | None) -> None:
        self.note(key).language = language
        self.changed.emit()

    def ignore(self, key: str, word: str) -> None:
        self.note(key).ignored.add(word)
        self.changed.emit()


class SpellingAction(QAction):
    """The one switch for spell checking (a menu item), checked when it is on; its tooltip says what is checked."""

    def __init__(self, spelling: Spelling, parent: QWidget) -> None:
        super().__init__(ACTION_TEXT, parent, checkable=True)
        self.spelling = spelling
        self.setShortcut(ACTION_SHORTCUT)
        self.show_state()
        self.toggled.connect(spelling.set_enabled)
        spelling.changed.connect(self.show_state)

    def show_state(self) -> None:
        self.setChecked(self.spelling.enabled)
        self.setToolTip(self.spelling.status_text())
        self.setStatusTip(self.spelling.status_text())
