"""Every sentence the core writes through the phrasebook has its Swedish, with the same placeholders;
so has every label of the journal's fixed vocabularies (``phrasebook.label``), which exports write."""

from __future__ import annotations

import ast
import inspect
import string
import xml.etree.ElementTree as ET
from enum import Enum
from pathlib import Path

from career_journal.domain import enums
from career_journal.domain.enums import GoalStatus, OpportunityStatus, Relationship, TeamRole
from career_journal.language import Language
from career_journal.phrasebook import label, label_key, number, phrase, phrase_count
from career_journal.phrasebook_sv import SWEDISH

PACKAGE = Path(__file__).resolve().parents[1] / "career_journal"


def _phrases_in_code() -> dict[str, str]:
    """Each literal English sentence given to ``phrase``/``phrase_count``, with where it is."""
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            sentences = node.args[:1] if name == "phrase" else node.args[1:3] if name == "phrase_count" else []
            for sentence in sentences:
                if isinstance(sentence, ast.Constant) and isinstance(sentence.value, str):
                    found[sentence.value] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    return found


def _enum_labels() -> dict[str, str]:
    """Where the phrasebook keeps each enum member's label ("GoalStatus: Dropped"), with the member."""
    return {
        label_key(member): f"domain/enums.py: {name}.{member.name}"
        for name, kind in inspect.getmembers(enums, inspect.isclass)
        if issubclass(kind, Enum)
        and kind.__module__ == enums.__name__
        and isinstance(getattr(kind, "label", None), property)
        for member in kind
    }


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_sentence_in_the_code_has_its_swedish() -> None:
    wanted = {**_phrases_in_code(), **_enum_labels()}
    missing = [f"{where}: {english!r}" for english, where in wanted.items() if english not in SWEDISH]
    assert not missing, "No Swedish for:\n" + "\n".join(missing)


def test_the_swedish_fills_the_same_placeholders_as_the_english() -> None:
    differ = [english for english, swedish in SWEDISH.items() if _placeholders(english) != _placeholders(swedish)]
    assert not differ, differ


def test_the_phrasebook_holds_no_sentence_the_code_no_longer_writes() -> None:
    unused = sorted(set(SWEDISH) - set(_phrases_in_code()) - set(_enum_labels()))
    assert not unused, unused


def test_a_sentence_comes_back_in_the_language_asked_for_with_its_values() -> None:
    english = "{name} has {what}"
    SWEDISH[english] = "{name} har {what}"
    try:
        assert phrase(english, Language.ENGLISH, name="Sam", what="it") == "Sam has it"
        assert phrase(english, Language.SWEDISH, name="Sam", what="den") == "Sam har den"
        assert phrase_count(1204, "{n} entry", "{n} entries", Language.ENGLISH) == "1,204 entries"
        assert phrase_count(1, "{n} entry", "{n} entries", Language.ENGLISH) == "1 entry"
    finally:
        del SWEDISH[english]


def test_numbers_are_written_the_way_each_language_writes_them() -> None:
    assert number(1204, Language.ENGLISH) == "1,204"
    assert number(1204, Language.SWEDISH) == "1\u00a0204"


def test_an_enum_label_is_worded_by_its_own_kind_and_stays_english_in_english() -> None:
    assert label(GoalStatus.DROPPED, Language.SWEDISH) == "Avbrutet"
    assert label(OpportunityStatus.DROPPED, Language.SWEDISH) == "Avbruten"
    assert (label(Relationship.PEER, Language.SWEDISH), label(TeamRole.PEER, Language.SWEDISH)) == (
        "Kollega",
        "Bollplank",
    )
    assert label(TeamRole.RESUME_WRITER, Language.ENGLISH) == "Résumé writer"
    assert len(_enum_labels()) > 60  # every vocabulary was found, not none


def test_the_swedish_enum_labels_are_the_words_the_app_shows() -> None:
    """The phrasebook's label of each member is the .ts's translation of it (context: the enum's name)."""
    ts = ET.parse(PACKAGE.parent / "resources" / "translations" / "career_journal_sv.ts").getroot()
    app_words = {
        (context.findtext("name"), message.findtext("source")): message.findtext("translation")
        for context in ts.iter("context")
        for message in context.iter("message")
    }
    members = [
        member
        for _name, kind in inspect.getmembers(enums, inspect.isclass)
        if issubclass(kind, Enum)
        and kind.__module__ == enums.__name__
        and isinstance(getattr(kind, "label", None), property)
        for member in kind
    ]
    shown = [m for m in members if (type(m).__name__, m.label) in app_words]  # type: ignore[attr-defined]
    differ = [
        f"{type(m).__name__}.{m.name}: {label(m, Language.SWEDISH)!r} in the phrasebook"
        for m in shown
        if label(m, Language.SWEDISH) != app_words[(type(m).__name__, m.label)]  # type: ignore[attr-defined]
    ]
    assert len(shown) > 60  # the app shows every vocabulary
    assert not differ, differ
