"""Shipped prompt sets load, in English or Swedish; a person's own set replaces a shipped one until removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from career_journal.domain.errors import InvalidInput
from career_journal.domain.reflection import Prompt, PromptSet, parse_prompt_set
from career_journal.exchange.prompt_sets import (
    key_for,
    load_prompt_sets,
    prompt_set_toml,
    remove_user_set,
    save_user_set,
)
from career_journal.language import Language, use_language
from career_journal.paths import resource_dir

SHIPPED = resource_dir() / "prompts"


def test_the_shipped_sets_cover_the_sessions_the_product_promises() -> None:
    sets, problems = load_prompt_sets(SHIPPED, Path("/nonexistent"))
    assert problems == []
    assert [s.name for s in sets] == [
        "Weekly review",
        "Monthly career check-in",
        "Am I indispensable? audit",
        "Preparing to talk with an internal customer",
        "Preparing for a coach session",
        "Before a talk with my manager",
        "Thinking of leaving",
    ]
    assert all(s.builtin and len(s.prompts) >= 5 for s in sets)


def test_the_sets_people_write_candidly_with_start_private() -> None:
    sets, _problems = load_prompt_sets(SHIPPED, Path("/nonexistent"))
    assert {s.key for s in sets if s.private} == {"indispensable-audit", "manager-talk", "thinking-of-leaving"}


def test_private_is_kept_when_a_set_is_written_and_read_back() -> None:
    candid = PromptSet("mine", "Mine", "", (Prompt("Honestly?"),), builtin=False, private=True)
    text = prompt_set_toml(candid)
    assert "private = true" in text
    assert parse_prompt_set("mine", text, builtin=False) == candid
    assert "private" not in prompt_set_toml(PromptSet("open", "Open", "", (Prompt("Q?"),)))


def test_a_private_line_that_is_not_true_or_false_is_refused_in_words() -> None:
    with pytest.raises(InvalidInput, match="private line that is not true or false"):
        parse_prompt_set("odd", 'name = "Odd"\nprivate = "yes"\n[[prompts]]\nquestion = "Q?"\n', builtin=False)


def test_every_shipped_set_has_a_swedish_version_with_the_same_shape() -> None:
    english, _ = load_prompt_sets(SHIPPED, Path("/nonexistent"), Language.ENGLISH)
    swedish, problems = load_prompt_sets(SHIPPED, Path("/nonexistent"), Language.SWEDISH)
    assert problems == []
    assert sorted(p.name for p in (SHIPPED / "sv").glob("*.toml")) == sorted(p.name for p in SHIPPED.glob("*.toml"))
    assert [s.key for s in swedish] == [s.key for s in english]  # the same order in the chooser
    for en, sv in zip(english, swedish, strict=True):
        assert sv.builtin and len(sv.prompts) == len(en.prompts), sv.key
        assert (sv.name, sv.description) != (en.name, en.description), sv.key
        assert [bool(p.hint) for p in sv.prompts] == [bool(p.hint) for p in en.prompts], sv.key
        assert not {p.question for p in sv.prompts} & {p.question for p in en.prompts}, sv.key
    assert [s.name for s in swedish][:2] == ["Veckogenomgång", "Månadens karriäravstämning"]
    assert swedish[0].is_weekly_review  # the weekly review still looks back at earlier years


def test_the_sets_follow_the_app_language_and_a_persons_own_set_still_wins(tmp_path: Path) -> None:
    use_language(Language.SWEDISH)
    try:
        sets, _ = load_prompt_sets(SHIPPED, tmp_path)
        assert sets[0].name == "Veckogenomgång"
        save_user_set(tmp_path, PromptSet("weekly-review", "Min vecka", "", (Prompt("En sak?"),), builtin=False))
        sets, _ = load_prompt_sets(SHIPPED, tmp_path)
        assert (sets[0].name, sets[0].builtin) == ("Min vecka", False)
    finally:
        use_language(Language.ENGLISH)
    sets, _ = load_prompt_sets(SHIPPED, Path("/nonexistent"))
    assert sets[0].name == "Weekly review"


def test_a_broken_translation_is_reported_and_the_english_set_shows_instead(tmp_path: Path) -> None:
    shipped = tmp_path / "prompts"
    (shipped / "sv").mkdir(parents=True)
    for path in SHIPPED.glob("*.toml"):
        (shipped / path.name).write_bytes(path.read_bytes())
    (shipped / "sv" / "weekly-review.toml").write_text('name = "Veckogenomgång', encoding="utf-8")
    sets, problems = load_prompt_sets(shipped, tmp_path / "mine", Language.SWEDISH)
    assert sets[0].name == "Weekly review" and len(problems) == 1 and "weekly-review" in problems[0]


def test_an_edited_set_replaces_the_shipped_one_until_removed(tmp_path: Path) -> None:
    mine = PromptSet(
        "weekly-review", "Weekly review (mine)", "Shorter", (Prompt("One thing I taught?"),), builtin=False
    )
    save_user_set(tmp_path, mine)
    sets, _ = load_prompt_sets(SHIPPED, tmp_path)
    weekly = next(s for s in sets if s.key == "weekly-review")
    assert (weekly.name, weekly.builtin, len(weekly.prompts)) == ("Weekly review (mine)", False, 1)
    remove_user_set(tmp_path, "weekly-review")
    sets, _ = load_prompt_sets(SHIPPED, tmp_path)
    assert next(s for s in sets if s.key == "weekly-review").builtin


def test_a_broken_user_file_is_reported_and_the_rest_still_load(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("name = [", encoding="utf-8")
    (tmp_path / "latin1.toml").write_bytes('name = "Caf\xe9"'.encode("latin-1"))
    sets, problems = load_prompt_sets(SHIPPED, tmp_path)
    assert len(sets) == 7 and len(problems) == 2
    assert any("broken" in p for p in problems) and any("latin1.toml" in p for p in problems)


def test_new_sets_get_a_file_name_from_their_name() -> None:
    assert key_for("Before my 1:1 with Ana!") == "before-my-1-1-with-ana"
    assert key_for("¿?") == "my-prompts"


@pytest.mark.parametrize(
    "name",
    ['My "own" set', "Ça va? \\ backslash", "delete\x7fcharacter", "tab\tand\nnewline", "emoji 🚀 and ''' quotes"],
)
def test_a_prompt_set_survives_being_written_and_read_back(name: str) -> None:
    tricky = PromptSet("mine", name, "Line one\nline two", (Prompt(f"{name}?", "tab\there"), Prompt("Plain")))
    again = parse_prompt_set("mine", prompt_set_toml(tricky), builtin=False)
    assert again == PromptSet("mine", name, "Line one\nline two", tricky.prompts, (), builtin=False)


def test_a_deeply_nested_file_is_skipped_and_the_other_sets_still_show(tmp_path: Path) -> None:
    user = tmp_path / "prompts"
    user.mkdir()
    (user / "evil.toml").write_text("x = " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    sets, problems = load_prompt_sets(resource_dir() / "prompts", user)
    assert {s.key for s in sets} >= {"weekly-review", "monthly-check-in", "indispensable-audit"}
    assert problems == ["The prompt set 'evil' is nested too deeply to read; it was skipped."]
