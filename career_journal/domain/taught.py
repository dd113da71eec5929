"""Reading "taught Sam the month-end close" as a skill and a person, for logging teaching in one line.

The sentence is read the way a person writes it on a Friday afternoon: a
verb ("taught", "showed", "trained"…), who, and what, in either order ("the
month-end close to Sam", "Sam: month-end close"). Swedish is read too, in any
language: "lärde Sam månadsbokslutet", "visade Dana hur man deployar",
"lärde ut månadsbokslutet till Sam". Names already in the
journal are found first, blind to accents and case, a first name alone
included when only one person has it; what is left is the other half. The
result is only a suggestion: the dialog shows it in editable fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .names import fold_name

MAX_WORDS = 40  # a sentence, not a note: longer text is read only this far
VERBS = ("taught", "teach", "showed", "show", "trained", "train", "coached", "coach", "walked", "paired", "helped")
VERBS += ("lärde", "lär", "visade", "visa", "tränade", "coachade", "handledde", "gick", "parade", "hjälpte")
PRONOUNS = ("i", "jag")  # "I taught …", "jag lärde …"
PARTICLES = ("upp", "ut", "igenom")  # "lärde upp Sam", "lärde ut bokslutet", "gick igenom bokslutet med Sam"
# Words between who and what ("taught Sam *the* close", "showed Dana *how to* deploy", "visade Dana *hur man* …").
LINKS = ("how to", "the", "to", "about", "on", "through", "with", "in", "a", "an", "our", "my")
LINKS += ("hur man", "hur", "till", "om", "kring", "med", "på", "i", "vår", "vårt", "våra", "min", "mitt", "mina")
TO = ("to", "till")  # "the month-end close to Sam", "månadsbokslutet till Sam"
_FOLDED_VERBS = frozenset(fold_name(verb) for verb in VERBS)  # "larde" too: typed without the dots


@dataclass(frozen=True, slots=True)
class Taught:
    """Who learned what, as read from a sentence: a known record's id and name, or a new name (id None)."""

    skill: str = ""
    skill_id: int | None = None
    person: str = ""
    person_id: int | None = None


def read_taught(text: str, skills: Iterable[tuple[int, str]], people: Iterable[tuple[int, str]]) -> Taught:
    """The skill and the person a sentence names, known ones by id; empty strings for what it does not say."""
    words = text.replace(":", " : ").split()[:MAX_WORDS]
    words = _without_verb(words)
    skill_span, skill = _find(words, [(i, name, name) for i, name in skills])
    people_list = list(people)
    named = [(i, name, name) for i, name in people_list] + _first_names(people_list)
    person_span, person = _find(words, named, avoid=skill_span)
    if skill is not None and person is not None:
        return Taught(skill[1], skill[0], person[1], person[0])
    if person is not None:
        return Taught(_as_name(_outside(words, person_span)), None, person[1], person[0])
    if skill is not None:
        return Taught(skill[1], skill[0], " ".join(_strip_links(_outside(words, skill_span))))
    new_person, new_skill = _split(words)
    return Taught(_as_name(new_skill), None, " ".join(new_person))


def _without_verb(words: list[str]) -> list[str]:
    """The words after "I taught" (or "showed", "jag lärde upp"…), when the sentence starts that way."""
    start = 1 if words and words[0].casefold() in PRONOUNS else 0
    if len(words) > start and fold_name(words[start]) in _FOLDED_VERBS:
        start += 1
        return words[start + 1 :] if len(words) > start + 1 and words[start].casefold() in PARTICLES else words[start:]
    return words


def _first_names(people: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(id, full name, first name) for the first names only one person has ("Sam" is Sam Berg)."""
    by_first: dict[str, list[tuple[int, str]]] = {}
    for person_id, name in people:
        parts = name.split()
        if len(parts) > 1:
            by_first.setdefault(fold_name(parts[0]), []).append((person_id, name))
    return [(found[0][0], found[0][1], first) for first, found in by_first.items() if len(found) == 1 and first]


def _find(
    words: list[str], known: list[tuple[int, str, str]], avoid: tuple[int, int] | None = None
) -> tuple[tuple[int, int] | None, tuple[int, str] | None]:
    """The longest run of words that is a known name, as (span, (id, name)); (None, None) when there is none."""
    wanted: dict[str, tuple[int, str]] = {}
    for record_id, name, spelling in known:
        wanted.setdefault(fold_name(spelling), (record_id, name))
    wanted.pop("", None)
    best: tuple[tuple[int, int] | None, tuple[int, str] | None] = (None, None)
    best_length = 0
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            if end - start <= best_length:
                break
            if avoid is not None and start < avoid[1] and avoid[0] < end:
                continue
            found = wanted.get(fold_name(" ".join(words[start:end])))
            # "Sam Brg" is not Sam Berg: a first name followed by another name is someone else.
            if found is not None and not _cuts_a_name(words, start, end, found[1]):
                best, best_length = ((start, end), found), end - start
    return best


def _cuts_a_name(words: list[str], start: int, end: int, name: str) -> bool:
    """True when only part of ``name`` was matched and the next word, with a capital, goes on with another name."""
    return end - start < len(name.split()) and end < len(words) and words[end][:1].isupper()


def _outside(words: list[str], span: tuple[int, int] | None) -> list[str]:
    if span is None:
        return words
    before, after = words[: span[0]], words[span[1] :]
    # "the close to Sam": what is before the name is the other half; "Sam the close": what is after it.
    return [w for w in (before if _strip_links(before) else after) if w != ":"]


def _strip_links(words: list[str]) -> list[str]:
    """Without the small words that join who and what ("the", "how to", "to"…) at either edge."""
    words = [w for w in words if w != ":"]
    changed = True
    while words and changed:
        changed = False
        for link in LINKS:
            size = len(link.split())
            for edge in (words[:size], words[-size:]):
                if len(words) > size and " ".join(edge).casefold() == link:
                    words = words[size:] if edge == words[:size] else words[:-size]
                    changed = True
                    break
            if changed:
                break
    return words


def _split(words: list[str]) -> tuple[list[str], list[str]]:
    """Who and what when neither is known yet: "Sam: the close", "the close to Sam", "Sam the close"."""
    if ":" in words:
        at = words.index(":")
        return _strip_links(words[:at]), _strip_links(words[at + 1 :])
    folded = [w.casefold() for w in words]
    if any(word in TO for word in folded):
        at = max(position for position, word in enumerate(folded) if word in TO)
        name = words[at + 1 :]
        if at > 0 and 0 < len(name) <= 4 and all(w[:1].isupper() for w in name):
            return name, _strip_links(words[:at])  # "the month-end close to Sam Berg"
    for position, word in enumerate(folded[1:], 1):
        if word in LINKS or word in ("how", "hur"):
            return words[:position], _strip_links(words[position:])  # "Sam the month-end close"
    name_length = 0
    while name_length < len(words) - 1 and words[name_length][:1].isupper():
        name_length += 1  # "Sam Berg month-end close": the capitalised words are the name
    name_length = max(name_length, 1)
    return words[:name_length], words[name_length:]


def _as_name(words: list[str]) -> str:
    """Words as a new skill's name: "month-end close" becomes "Month-end close" (a name starts with a capital)."""
    text = " ".join(_strip_links(words))
    return text[:1].upper() + text[1:] if text[:1].islower() else text
