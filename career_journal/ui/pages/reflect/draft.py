"""The Reflect page's draft: kept once typing pauses, holding the questions as asked, and resumed from them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject

from ....domain.records import Draft
from ....domain.reflection import DRAFT_KEY, Prompt, PromptSet, ReflectionSession
from ....storage.journal import Journal
from ...autosave import DraftTimer


def _snapshot(prompt_set: PromptSet) -> dict:
    """The questions as they were asked, so a draft resumes exactly even if the set was edited since."""
    return {
        "name": prompt_set.name,
        "description": prompt_set.description,
        "tags": list(prompt_set.tags),
        "prompts": [[p.question, p.hint] for p in prompt_set.prompts],
        "builtin": prompt_set.builtin,
        "private": prompt_set.private,
    }


def _from_snapshot(key: str, data: dict) -> PromptSet:
    prompts = tuple(Prompt(str(q), str(h)) for q, h in data["prompts"])
    if not prompts:
        raise ValueError("a draft without prompts")
    return PromptSet(
        key=key,
        name=str(data["name"]),
        description=str(data.get("description", "")),
        prompts=prompts,
        tags=tuple(str(t) for t in data.get("tags", [])),
        builtin=bool(data.get("builtin", True)),
        private=bool(data.get("private", False)),
    )


def resumed_session(draft: Draft, known: Iterable[PromptSet]) -> ReflectionSession:
    """The session a draft holds; StopIteration, KeyError, TypeError or ValueError when it cannot be put back."""
    fields = draft.fields
    key = str(fields.get("prompt_set", ""))
    if "snapshot" in fields:
        prompt_set = _from_snapshot(key, fields["snapshot"])
    else:
        prompt_set = next(s for s in known if s.key == key)
    return ReflectionSession.from_fields(prompt_set, fields)


class DraftKeeper(QObject):
    """Reads, writes and drops the "reflection" draft, and calls ``keep`` once the typing pauses."""

    def __init__(self, journal: Journal, keep: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.exists = False  # the journal holds a reflection draft (as far as this page knows)
        self._timer = DraftTimer(keep, self)

    def get(self) -> Draft | None:
        return self._journal.drafts.get(DRAFT_KEY)

    def edited(self) -> None:
        """An answer changed: keep it once the typing pauses (``DraftTimer``)."""
        self._timer.edited()

    def pending(self) -> bool:
        return self._timer.pending()

    def stop(self) -> None:
        self._timer.stop()

    def save(self, reflection: ReflectionSession) -> bool:
        """Write the session as the draft (True), or drop the draft when nothing is left worth resuming (False).

        A JournalError passes through: the caller says the draft is not safe yet.
        """
        if not reflection.answered and not (reflection.person_ids or reflection.goal_ids or reflection.skill_ids):
            if self.exists:  # everything was wiped: nothing left worth resuming
                self._journal.drafts.discard(DRAFT_KEY)
                self.exists = False
            return False
        fields = reflection.to_fields() | {"snapshot": _snapshot(reflection.prompt_set)}
        self._journal.drafts.save(Draft(DRAFT_KEY, reflection.prompt_set.name, fields))
        self.exists = True
        return True

    def discard(self) -> None:
        self._journal.drafts.discard(DRAFT_KEY)
        self.exists = False
