"""The language the app speaks: English, or Swedish.

The desktop app chooses it once at start (``ui/i18n.py``: the person's setting,
else the system's language) and records it here with ``use_language``, the way
``QLocale.setDefault`` records the locale. Code below the UI that has words for
a person in more than one language (the shipped prompt sets, the demo story)
reads it with ``app_language``, so it needs no Qt. The command line never
changes it: its messages stay English.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    ENGLISH = "en"
    SWEDISH = "sv"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as a person looks for it in a list."""
        return {"en": "English", "sv": "Svenska"}[self.value]

    @property
    def english_name(self) -> str:
        """The language's name in English, for messages that stay English ("no Swedish dictionary")."""
        return {"en": "English", "sv": "Swedish"}[self.value]

    @classmethod
    def from_tag(cls, tag: str) -> Language | None:
        """The language of a locale name or tag ("sv_SE.UTF-8", "sv-FI", "en"); None for any other."""
        code = tag.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
        return next((language for language in cls if language.value == code), None)


_in_use = Language.ENGLISH


def app_language() -> Language:
    """The language chosen at start; English until the app chooses."""
    return _in_use


def use_language(language: Language) -> None:
    global _in_use
    _in_use = language
