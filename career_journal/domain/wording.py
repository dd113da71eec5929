"""Singular and plural in one place, for the command line and the app: "1 day left", "6 entries"."""

from __future__ import annotations

from .enums import RecordKind

# What each kind of record is called in a sentence ("3 conversations", not "3 interactions").
RECORD_NOUNS = {
    RecordKind.ENTRY: "entry",
    RecordKind.GOAL: "goal",
    RecordKind.MILESTONE: "milestone",
    RecordKind.SKILL: "skill",
    RecordKind.TEACHING: "teaching record",
    RecordKind.HANDOVER: "handover",
    RecordKind.PERSON: "person",
    RecordKind.INTERACTION: "conversation",
    RecordKind.OPPORTUNITY: "opportunity",
    RecordKind.ADVISER: "adviser",
    RecordKind.ATTACHMENT: "attached file",
}
# Nouns whose plural is not made by the rules in ``plural_of``.
_IRREGULAR = {"person": "people"}


def plural(count: int, one: str, many: str | None = None) -> str:
    """``one`` for a count of 1 (or -1), otherwise ``many`` (by default the English plural of ``one``)."""
    if abs(count) == 1:
        return one
    return many if many is not None else plural_of(one)


def count_of(count: int, noun: str, many: str | None = None) -> str:
    """The count and its noun: "1 entry", "6 entries", "0 people", "1,204 entries"."""
    return f"{count:,} {plural(count, noun, many)}"


def counts_of(counts: dict[RecordKind, int] | dict[str, int]) -> str:
    """Record counts in a sentence, leaving out the kinds with none: "6 entries, 5 goals, 1 person"."""
    return ", ".join(count_of(n, RECORD_NOUNS.get(RecordKind(kind), kind)) for kind, n in counts.items() if n)


def plural_of(noun: str) -> str:
    """The English plural of a noun (of the last word of a phrase): entries, goals, people, matches."""
    head, _, last = noun.rpartition(" ")
    lowered = last.lower()
    if lowered in _IRREGULAR:
        word = _IRREGULAR[lowered]
    elif lowered.endswith("y") and lowered[-2:-1] not in tuple("aeiou"):
        word = last[:-1] + "ies"
    elif lowered.endswith(("s", "x", "z", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word
