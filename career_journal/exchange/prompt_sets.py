"""Prompt-set files: the ones shipped with the app and the ones a person wrote or edited."""

from __future__ import annotations

import re
from pathlib import Path

import tomli_w

from ..domain.errors import InvalidInput, JournalError
from ..domain.reflection import PromptSet, parse_prompt_set
from ..files import ensure_private_dir, write_atomic
from ..language import Language, app_language

SUFFIX = ".toml"


def load_prompt_sets(
    builtin_dir: Path, user_dir: Path, language: Language | None = None
) -> tuple[list[PromptSet], list[str]]:
    """Every prompt set, shipped ones first in a fixed order, and a message for each file that failed.

    Shipped sets are in ``language`` (by default the app's) where a translation
    ships in ``builtin_dir/<language>/``, else in English. A person's file
    replaces the shipped set with the same file name, so editing a shipped set
    never touches the app's own copy.
    """
    language = language or app_language()
    translated = [(builtin_dir / language.value, True)] if language is not Language.ENGLISH else []
    found: dict[str, PromptSet] = {}
    problems: list[str] = []
    for folder, builtin in ((builtin_dir, True), *translated, (user_dir, False)):
        for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
            try:
                found[path.stem] = parse_prompt_set(path.stem, path.read_text(encoding="utf-8"), builtin=builtin)
            except (InvalidInput, OSError, UnicodeDecodeError) as exc:
                problems.append(str(exc) if isinstance(exc, InvalidInput) else f"{path.name} cannot be read ({exc}).")
    order = [
        "weekly-review", "monthly-check-in", "indispensable-audit", "internal-customer", "coach-session",
        "manager-talk", "thinking-of-leaving",
    ]  # fmt: skip
    ranked = sorted(found.values(), key=lambda s: (order.index(s.key) if s.key in order else len(order), s.name))
    return ranked, problems


def key_for(name: str) -> str:
    """A file name for a new prompt set, from its name."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:60] or "my-prompts"


def prompt_set_toml(prompt_set: PromptSet) -> str:
    """The prompt set as the TOML file a person can keep and edit."""
    data: dict = {"name": prompt_set.name, "description": prompt_set.description}
    if prompt_set.tags:
        data["tags"] = list(prompt_set.tags)
    if prompt_set.private:
        data["private"] = True
    data["prompts"] = [
        {"question": p.question, "hint": p.hint} if p.hint else {"question": p.question} for p in prompt_set.prompts
    ]
    return tomli_w.dumps(data)


def save_user_set(user_dir: Path, prompt_set: PromptSet) -> Path:
    ensure_private_dir(user_dir, tighten=False)
    path = user_dir / f"{prompt_set.key}{SUFFIX}"
    write_atomic(path, [prompt_set_toml(prompt_set)])
    return path


def remove_user_set(user_dir: Path, key: str) -> None:
    """Forget a person's own version (a shipped set of that name comes back)."""
    path = user_dir / f"{key}{SUFFIX}"
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise JournalError(f"{path} could not be removed ({exc.strerror or exc}).") from None
