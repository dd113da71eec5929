"""The demo story in Swedish: the same journal as the English one, every text in Swedish, names as they were."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from career_journal import demo
from career_journal.demo_sv import SWEDISH, UntranslatedDemoText, in_swedish
from career_journal.domain.enums import EntryKind, TeamRole
from career_journal.exchange.prompt_sets import load_prompt_sets
from career_journal.exchange.serialise import json_document
from career_journal.language import Language
from career_journal.paths import resource_dir
from career_journal.storage.journal import Journal

TODAY = date(2026, 11, 23)


def story(folder: Path, language: Language) -> dict:
    """The whole demo, as the app's --demo makes it, read back as the JSON export sees it."""
    journal = Journal.open(folder / f"demo-{language}.cjdb", create=True)
    try:
        demo.populate(journal, TODAY, earlier_months=True, language=language)
        return json_document(journal)
    finally:
        journal.close()


def texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> dict[Language, dict]:
    folder = tmp_path_factory.mktemp("demo")
    return {language: story(folder, language) for language in Language}


def test_the_swedish_demo_is_the_same_journal_in_swedish(stories: dict[Language, dict]) -> None:
    english, swedish = stories[Language.ENGLISH], stories[Language.SWEDISH]
    for kind in ("entries", "goals", "people", "skills", "teachings", "handovers", "interactions", "advisers"):
        assert len(swedish[kind]) == len(english[kind]), kind
    assert [p["name"] for p in swedish["people"]] == [p["name"] for p in english["people"]]
    assert [e["private"] for e in swedish["entries"]] == [e["private"] for e in english["entries"]]
    assert [g["title"] for g in swedish["goals"]] == [
        "Befordran till staff engineer",
        "Hålla dörren öppen för en exit",
        "Lära mig Rust för att bygga verktyg",
        "Byta spår till utvecklarupplevelse (DX)",
    ]
    assert "Fika med Marcus" in {e["title"] for e in swedish["entries"]}


def test_no_english_text_of_the_story_is_left_in_the_swedish_demo(stories: dict[Language, dict]) -> None:
    changed = {english for english, swedish in SWEDISH.items() if english != swedish}
    stored_tokens = {member.value for kind in (EntryKind, TeamRole) for member in kind}  # "win", "coach": not text
    assert set(texts(stories[Language.SWEDISH])) & changed - stored_tokens == set()


def test_every_swedish_text_belongs_to_the_english_story(stories: dict[Language, dict]) -> None:
    told = set(texts(stories[Language.ENGLISH]))
    stale = [english for english in SWEDISH if english not in told and "{" not in english]
    assert stale == [], "texts the English story no longer tells: remove them from demo_sv.py"


def test_the_demo_reflections_carry_the_tags_of_the_swedish_prompt_sets() -> None:
    sets, _ = load_prompt_sets(resource_dir() / "prompts", Path("/nonexistent"), Language.SWEDISH)
    tags = {prompt_set.key: prompt_set.tags for prompt_set in sets}
    assert tags["weekly-review"] == (in_swedish("weekly-review"),)
    assert tags["monthly-check-in"] == (in_swedish("monthly-check-in"),)


def test_a_story_text_without_swedish_is_named() -> None:
    with pytest.raises(UntranslatedDemoText, match="'A new line in the story' has no Swedish"):
        in_swedish("A new line in the story")
    assert in_swedish("") == ""
