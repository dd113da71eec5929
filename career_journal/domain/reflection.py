"""Reflection sessions: prompt sets, and the one entry a finished session becomes.

A prompt set is a small TOML document (``name``, ``description``, optional
``tags``, an optional ``private = true`` and a list of ``[[prompts]]`` with a
``question`` and an optional ``hint``). The app ships a few in
``resources/prompts``; a person's own sets live in their data folder and
replace a shipped set with the same file name. A set that is private by
nature (am I indispensable?, thinking about leaving, a talk with a manager)
starts its sessions private; the person can change that on any prompt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..phrasebook import phrase
from .enums import EntryKind
from .errors import InvalidInput
from .records import Entry

MAX_PROMPT_SET_CHARS = 1_000_000
MAX_PROMPTS = 40
WEEKLY_REVIEW = "weekly-review"
DRAFT_KEY = "reflection"  # the one unfinished session a journal keeps


@dataclass(frozen=True, slots=True)
class Prompt:
    question: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class PromptSet:
    key: str  # the file name without .toml
    name: str
    description: str
    prompts: tuple[Prompt, ...]
    tags: tuple[str, ...] = ()
    builtin: bool = True
    private: bool = False  # its sessions start private: what people write with it is candid

    @property
    def is_weekly_review(self) -> bool:
        """The weekly review (shipped, or a person's own set tagged so) looks back at the same week in earlier years."""
        return self.key == WEEKLY_REVIEW or WEEKLY_REVIEW in self.tags


def parse_prompt_set(key: str, text: str, *, builtin: bool) -> PromptSet:
    """Read one prompt set; a broken file gets a message that says what to fix."""
    import tomllib  # when a prompt set is first read, not when the app starts

    if len(text) > MAX_PROMPT_SET_CHARS:
        raise InvalidInput(f"The prompt set '{key}' is too large to be a prompt set; it was skipped.")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"The prompt set '{key}' cannot be read ({exc}).") from None
    except RecursionError:
        raise InvalidInput(f"The prompt set '{key}' is nested too deeply to read; it was skipped.") from None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput(f"The prompt set '{key}' needs a name = \"…\" line.")
    raw_prompts = data.get("prompts")
    if not isinstance(raw_prompts, list) or not raw_prompts:
        raise InvalidInput(f"The prompt set '{key}' has no [[prompts]].")
    prompts = []
    for number, raw in enumerate(raw_prompts[:MAX_PROMPTS], 1):
        question = raw.get("question") if isinstance(raw, dict) else None
        if not isinstance(question, str) or not question.strip():
            raise InvalidInput(f"Prompt {number} of the set '{key}' has no question.")
        hint = raw.get("hint", "")
        prompts.append(Prompt(question.strip(), hint.strip() if isinstance(hint, str) else ""))
    tags = data.get("tags", [])
    private = data.get("private", False)
    if not isinstance(private, bool):
        raise InvalidInput(f"The prompt set '{key}' has a private line that is not true or false.")
    return PromptSet(
        key=key,
        name=name.strip(),
        description=str(data.get("description", "")).strip(),
        prompts=tuple(prompts),
        tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
        builtin=builtin,
        private=private,
    )


@dataclass(slots=True)
class ReflectionSession:
    """A session in progress: one answer per prompt, the records picked along the way, and whether it is private."""

    prompt_set: PromptSet
    answers: list[str] = field(default_factory=list)
    current: int = 0
    person_ids: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)
    skill_ids: list[int] = field(default_factory=list)
    private: bool | None = None  # None: as the prompt set starts

    def __post_init__(self) -> None:
        if self.private is None:
            self.private = self.prompt_set.private
        count = len(self.prompt_set.prompts)
        self.answers = (list(self.answers) + [""] * count)[:count]
        self.current = min(max(self.current, 0), count - 1)

    @property
    def answered(self) -> int:
        return sum(bool(answer.strip()) for answer in self.answers)

    def body(self) -> str:
        """Each answered prompt as a heading with its answer; unanswered prompts are left out."""
        parts = [
            f"## {prompt.question}\n\n{answer.strip()}"
            for prompt, answer in zip(self.prompt_set.prompts, self.answers, strict=True)
            if answer.strip()
        ]
        return "\n\n".join(parts)

    def to_entry(self, day: date) -> Entry:
        if not self.answered:
            raise InvalidInput(phrase("Answer at least one prompt before finishing the session."))
        return Entry(
            title=f"{self.prompt_set.name}, {day.isoformat()}",
            body=self.body(),
            entry_date=day,
            kind=EntryKind.REFLECTION,
            private=bool(self.private),
            tags=["reflection", *self.prompt_set.tags],
            person_ids=sorted(set(self.person_ids)),
            goal_ids=sorted(set(self.goal_ids)),
            skill_ids=sorted(set(self.skill_ids)),
        )

    def to_fields(self) -> dict:
        """What a draft keeps to put the session back exactly where it was."""
        return {
            "prompt_set": self.prompt_set.key,
            "answers": self.answers,
            "current": self.current,
            "person_ids": self.person_ids,
            "goal_ids": self.goal_ids,
            "skill_ids": self.skill_ids,
            "private": bool(self.private),
        }

    @classmethod
    def from_fields(cls, prompt_set: PromptSet, fields: dict) -> ReflectionSession:
        return cls(
            prompt_set,
            answers=[str(a) for a in fields.get("answers", [])],
            current=int(fields.get("current", 0)),
            person_ids=[int(i) for i in fields.get("person_ids", [])],
            goal_ids=[int(i) for i in fields.get("goal_ids", [])],
            skill_ids=[int(i) for i in fields.get("skill_ids", [])],
            private=bool(fields["private"]) if "private" in fields else None,  # older drafts: as the set starts
        )
