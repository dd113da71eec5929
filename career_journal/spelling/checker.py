"""The dictionaries: the system's (Enchant over Hunspell) and the person's own, one pair per language.

Loading the system dictionaries takes a few tenths of a second, so the app
does it once, on a worker; after that a word is judged in microseconds and
the answer is remembered. A system dictionary is shared by whoever loaded it
(the app has one; a test suite many), so each one has a lock: the window
judges words while a worker looks for suggestions.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..files import ensure_private_dir
from ..language import Language

# The system dictionaries for each language: one of each inner group, the first found. Every variant
# loaded accepts a word (a journal in British English is not corrected to American); the first suggests.
VARIANTS: dict[Language, tuple[tuple[str, ...], ...]] = {
    Language.ENGLISH: (("en_US",), ("en_GB",)),
    Language.SWEDISH: (("sv_SE", "sv_FI"),),  # one dictionary under two names
}
# What to install on Debian or Ubuntu when a language has no dictionary.
DEBIAN_PACKAGES = {Language.ENGLISH: "hunspell-en-us", Language.SWEDISH: "hunspell-sv"}
SAMPLE_WORDS = 300  # enough to tell the language of a note; the rest of a long note is not read for it
SAMPLE_CHARS = 20_000
KNOWN_SHARE = 0.5  # a note of which no dictionary knows half the words is in another language: nothing is underlined
MIN_WORDS_TO_REJECT = 20
MAX_REMEMBERED = 200_000
SWEDISH_LETTERS = frozenset("åäöÅÄÖ")


class SpellingError(Exception):
    """Something about spelling the person should hear of, in their words."""


class PersonalDictionary:
    """The person's own words for one language: a plain text file, one word a line, readable by them only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem = ""  # why the file could not be read: its words are not known this time
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except (FileNotFoundError, NotADirectoryError):
            text = ""
        except OSError as exc:
            text = ""
            self.problem = f"Your dictionary {path} could not be read ({exc.strerror}); its words are underlined."
        self.words = {line.strip() for line in text.splitlines() if line.strip()}

    def __contains__(self, word: str) -> bool:
        # A word kept in lower case is also right with a capital (at the start of a sentence).
        return word in self.words or (word[:1].isupper() and word[:1].lower() + word[1:] in self.words)

    def add(self, word: str) -> None:
        """Keep ``word``: appended (never rewritten) so two windows adding words lose none."""
        if word in self.words:
            return
        try:
            ensure_private_dir(self.path.parent, tighten=False)
            handle = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
            try:
                os.write(handle, f"{word}\n".encode())
                os.fsync(handle)
            finally:
                os.close(handle)
        except OSError as exc:
            raise SpellingError(
                f"“{word}” could not be added to your dictionary {self.path} ({exc.strerror})."
            ) from None
        self.words.add(word)


@dataclass
class SystemDictionary:
    tag: str
    handle: Any  # an enchant.Dict
    lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, word: str) -> bool:
        with self.lock:
            return bool(self.handle.check(word))

    def suggest(self, word: str) -> list[str]:
        with self.lock:
            return list(self.handle.suggest(word))


class Speller:
    """One language: the system's dictionaries and the person's own, with the answers remembered."""

    def __init__(self, language: Language, dictionaries: list[SystemDictionary], personal: PersonalDictionary) -> None:
        self.language = language
        self.dictionaries = dictionaries
        self.personal = personal
        self._known: dict[str, bool] = {}

    def is_correct(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = word in self.personal or any(dictionary.check(word) for dictionary in self.dictionaries)
            if len(self._known) >= MAX_REMEMBERED:
                self._known.clear()
            self._known[word] = known
        return known

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` corrections, the best first (slow: tenths of a second for a long word)."""
        found: list[str] = []
        for dictionary in self.dictionaries:
            found.extend(s for s in dictionary.suggest(word) if s not in found and s != word)
            if len(found) >= limit:
                break
        return found[:limit]

    def add(self, word: str) -> None:
        self.personal.add(word)
        self._known[word] = True


@dataclass
class Spellers:
    """What could be loaded: a speller per language found, and a sentence for each thing that is missing."""

    by_language: dict[Language, Speller]
    notes: list[str]

    def notice(self) -> str:
        """One quiet message about what is not checked, or nothing when everything is there."""
        return " ".join(self.notes)

    def guess(self, text: str, default: Language) -> Language | None:
        return guess_language(text, self.by_language, default)


def personal_path(folder: Path, language: Language) -> Path:
    return folder / f"dictionary-{language.value}.txt"


def load_spellers(folder: Path, preferred: Iterable[str] = ()) -> Spellers:
    """Every language's dictionaries (the ``preferred`` tags first, e.g. the system's ``en_GB``).

    Never raises: a missing engine or dictionary is reported in the result.
    """
    try:
        import enchant
    except (ImportError, OSError):
        return Spellers(
            {}, ["Spelling is not checked: the Enchant spelling library is not installed (Debian: libenchant-2-2)."]
        )
    broker = enchant.Broker()
    preferred = tuple(preferred)
    spellers = Spellers({}, [])
    for language, variants in VARIANTS.items():
        groups = sorted(variants, key=lambda names: not any(tag in preferred for tag in names))
        found = [d for d in (_system_dictionary(broker, names) for names in groups) if d is not None]
        if not found:
            spellers.notes.append(
                f"{language.english_name} is not checked: no {language.english_name} spelling dictionary "
                f"is installed (Debian: {DEBIAN_PACKAGES[language]})."
            )
            continue
        personal = PersonalDictionary(personal_path(folder, language))
        if personal.problem:
            spellers.notes.append(personal.problem)
        spellers.by_language[language] = Speller(language, found, personal)
    return spellers


_loaded: dict[str, SystemDictionary] = {}
_loading = threading.Lock()


def _system_dictionary(broker: Any, names: tuple[str, ...]) -> SystemDictionary | None:
    """The first of ``names`` the system has, loaded once per process (they are large and never change)."""
    with _loading:
        for tag in names:
            if tag in _loaded:
                return _loaded[tag]
            try:
                if broker.dict_exists(tag):
                    _loaded[tag] = SystemDictionary(tag, broker.request_dict(tag))
                    return _loaded[tag]
            except Exception:  # enchant.errors.Error: a broken dictionary counts as a missing one
                continue
    return None


def guess_language(text: str, spellers: Mapping[Language, Speller], default: Language) -> Language | None:
    """The language most of the first few hundred words are in; None when no dictionary knows most of them.

    Counting known words is cheap (the answers are remembered) and works from a
    handful of words; å, ä and ö settle a tie.
    """
    from .words import prose_words  # with its patterns, loaded when a first note is checked, not at start

    sample = prose_words(text[:SAMPLE_CHARS], SAMPLE_WORDS)
    if not sample or not spellers:
        return default
    known = {language: sum(speller.is_correct(word) for word in sample) for language, speller in spellers.items()}
    swedish_letters = any(SWEDISH_LETTERS.intersection(word) for word in sample)

    def rank(language: Language) -> tuple[int, bool, bool]:
        return known[language], (language is Language.SWEDISH) == swedish_letters, language is default

    best = max(known, key=rank)
    if len(sample) >= MIN_WORDS_TO_REJECT and known[best] < KNOWN_SHARE * len(sample):
        return None
    return best
