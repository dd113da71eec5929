"""Comparing people's names the way a person reads them: blind to accents, case, spacing and punctuation.

``fold_name`` is the key two spellings of one name share ("Åsa Öberg", "asa
oberg", "ÅSA  ÖBERG"); ``close_matches`` finds the names someone probably
meant when what they typed matches none ("Did you mean Sam Berg?").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# Letters that NFKD leaves whole (they are letters of their own, not a letter with a mark),
# written the way an English keyboard would type them. Keys are already case-folded.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "þ": "th",
        "ħ": "h",
        "ı": "i",  # Turkish dotless i
        "ȷ": "j",
        "ŧ": "t",
        "ŋ": "n",
        "ƒ": "f",
    }
)
# Marks inside a name that join its letters (O'Brien, paral·lel): dropped, not turned into a space.
_JOINERS = re.compile("['’ʼ`´·]")
# Anything but letters and digits (punctuation, symbols, emoji, the underscore) separates words.
_SEPARATORS = re.compile(r"[\W_]+")
# Below this a typed name and a candidate are too different to suggest.
SIMILARITY = 0.8


@functools.lru_cache(maxsize=16_384)  # the app folds the same names for every person field it opens
def fold_name(text: str) -> str:
    """The key under which spellings of one name meet: "  Åsa  ÖBERG " and "asa oberg" give "asa oberg".

    Accents and other combining marks go, case is folded (ß is ss), letters such
    as ø, æ, ł and the Turkish ı become their plain Latin look-alikes,
    apostrophes vanish (O'Brien is obrien) and every other run of punctuation,
    symbols (emoji) or whitespace is one space.
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    if not folded.isascii():  # most names are ASCII: they skip the character-by-character pass
        folded = "".join(char for char in folded if not unicodedata.combining(char)).translate(_LETTERS)
    return " ".join(_SEPARATORS.sub(" ", _JOINERS.sub("", folded)).split())


def close_matches(typed: str, candidates: Iterable[str], *, limit: int = 3) -> list[str]:
    """The candidates ``typed`` most probably meant, best first, at most ``limit`` of them.

    The names equal to it once folded, when there are any (then nothing else is
    a better guess); otherwise those with a word starting with it (or wholly
    inside it), then those spelt nearly the same (a letter or two missing,
    swapped or wrong), each group best first. Each name appears once, as given.
    """
    wanted = fold_name(typed)
    if not wanted or limit <= 0:
        return []
    ranked: list[tuple[int, float, int, str]] = []
    seen: set[str] = set()
    for position, name in enumerate(candidates):
        if name in seen:
            continue
        seen.add(name)
        folded = fold_name(name)
        if not folded:
            continue
        tier = _tier(wanted, folded)
        if tier is None:
            continue
        ranked.append((tier[0], -tier[1], position, name))
    ranked.sort()
    if ranked and ranked[0][0] == 0:
        ranked = [entry for entry in ranked if entry[0] == 0]
    return [name for _tier_number, _score, _position, name in ranked[:limit]]


def _tier(wanted: str, folded: str) -> tuple[int, float] | None:
    """(0 exact | 1 starts with or contains | 2 nearly the same, how alike) or None when not close."""
    if folded == wanted:
        return 0, 1.0
    if f" {wanted}" in f" {folded}" or f" {folded} " in f" {wanted} ":
        # A word of the name starts with what was typed, or the name is all of it and more ("Sam Berg PhD").
        return 1, min(len(wanted), len(folded)) / max(len(wanted), len(folded))
    score = _likeness(wanted, folded)
    return (2, score) if score >= SIMILARITY else None


def _likeness(wanted: str, folded: str) -> float:
    """How alike two folded names are, 0 to 1: the whole names, or ``wanted`` against as many words of the other.

    "brg" is compared with "berg" as well as with "sam berg", so a mistyped
    surname alone still finds the person.
    """
    best = _ratio(wanted, folded)
    words = folded.split()
    span = len(wanted.split())
    if span < len(words):
        for start in range(len(words) - span + 1):
            best = max(best, _ratio(wanted, " ".join(words[start : start + span])))
    return best


def _ratio(a: str, b: str) -> float:
    import difflib  # only for a name typed that matches nothing exactly

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # The quick upper bounds first, as difflib.get_close_matches does: most names are far apart.
    if matcher.real_quick_ratio() < SIMILARITY or matcher.quick_ratio() < SIMILARITY:
        return 0.0
    return matcher.ratio()
