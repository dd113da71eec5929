"""Sentences the core writes for a person, in the person's language: export headings, chart readings.

The desktop app translates its own widgets with Qt (``ui/i18n.py``). Words made
below the UI (a Markdown export's headings, the one-line reading under a chart,
a packet's labels) cannot use Qt, so they come from here: ``phrase`` takes the
English sentence, used as its own key, and gives it back in the language asked
for, with its ``{placeholders}`` filled. Swedish lives in ``phrasebook_sv``; a
test reads every ``phrase``/``phrase_count`` call in the package and fails when
a sentence has no Swedish, or when the Swedish fills other placeholders.

With no language given, the app's language is used (``language.app_language``):
English on the command line unless ``--lang`` asks otherwise.
"""

from __future__ import annotations

import functools
from enum import Enum

from .language import Language, app_language
from .phrasebook_sv import SWEDISH, SWEDISH_MONTHS

_BOOKS = {Language.SWEDISH: SWEDISH}
# Written out, not from ``calendar``: that follows the process's C locale, which Qt sets from the system.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def phrase(english: str, language: Language | None = None, /, **values: object) -> str:
    """``english`` in ``language`` (default: the app's), with ``{name}`` placeholders filled from ``values``."""
    book = _BOOKS.get(language or app_language(), {})
    template = book.get(english, english)
    return template.format(**values) if values else template


def phrase_count(count: int, one: str, many: str, language: Language | None = None, /, **values: object) -> str:
    """``one`` or ``many`` for ``count`` (``{n}`` is the count written the language's way), in ``language``.

    English and Swedish both use the singular for exactly one, so one rule serves both.
    """
    chosen = language or app_language()
    return phrase(one if abs(count) == 1 else many, chosen, n=number(count, chosen), **values)


def month_name(month: int, language: Language | None = None, *, short: bool = False) -> str:
    """The name of month 1–12: "November", "Nov"; in Swedish "november", "nov" (lower case, as Swedish writes it)."""
    names = SWEDISH_MONTHS if (language or app_language()) is Language.SWEDISH else _MONTHS
    name = names[month - 1]
    return name[:3] if short else name


def number(value: int, language: Language | None = None) -> str:
    """A whole number as the language writes it: 1,204 in English, 1 204 (with a no-break space) in Swedish."""
    written = f"{value:,}"
    return written.replace(",", "\u00a0") if (language or app_language()) is Language.SWEDISH else written


def label(member: Enum, language: Language | None = None) -> str:
    """An enum member's label (``member.label``, "Dropped") as the language words it ("Avbrutet").

    Its Swedish is kept under the enum's name and the English label ("GoalStatus: Dropped"), because one
    English word can have two Swedish ones: "Dropped" is *Avbrutet* for a goal, *Avbruten* for an opportunity.
    """
    return _label(type(member), member, language or app_language())


@functools.cache
def _label(kind: type[Enum], member: Enum, language: Language) -> str:
    # Cached, and by the enum too: string enums' members equal their values, so GoalStatus.DROPPED == "dropped"
    # == OpportunityStatus.DROPPED. The timeline and the exports word the same few members for every row.
    english: str = member.label  # type: ignore[attr-defined]
    return _BOOKS.get(language, {}).get(label_key(member), english)


def label_key(member: Enum) -> str:
    """Where the phrasebook keeps a member's label: "GoalStatus: Dropped"."""
    return f"{type(member).__name__}: {member.label}"  # type: ignore[attr-defined]


def decimal(value: float, language: Language | None = None) -> str:
    """A measured value in its shortest form: 12.5 in English, 12,5 in Swedish; 3 for 3.0."""
    written = f"{value:g}"
    return written.replace(".", ",") if (language or app_language()) is Language.SWEDISH else written
