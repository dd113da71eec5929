"""kill -9 while a person types in the entry editor: how much of what they typed comes back from the draft."""

from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from pathlib import Path

from processes import Child, kill_after_event, passphrase_env

from career_journal.domain.errors import JournalError
from career_journal.storage.journal import Journal

DRAFT_KEY = "entry:new"
MIN_CHARS_BEFORE_KILL = 20
CHARS_PER_SECOND = (8.0, 12.0)  # a steady typist; every key waits in the event loop, so the draft timers can fire
WORDS = ("handover", "runbook", "taught", "Dana", "pairing", "release", "lesson", "coach", "plan", "week")


def typing_text(seed: int, length: int) -> str:
    """What the typist types in run ``seed``: plain words, no newlines (one key per character)."""
    rng = random.Random(seed)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:length]


def max_chars_lost(seconds: float) -> int:
    """The most a crash may cost: ``seconds`` of typing at the fastest speed the typist uses."""
    return int(seconds * CHARS_PER_SECOND[1])


@dataclass
class TypingRun:
    seed: int
    typed: int  # characters the child reported typed before the kill
    recovered: int | None  # characters in the draft at the next start (None: no draft)
    is_prefix: bool  # the draft is exactly the start of what was typed
    crashed: str = ""  # the child died by itself before the kill

    @property
    def lost(self) -> int | None:
        # A key can land after its TYPED line was cut off by the kill: never count below zero.
        return None if self.recovered is None else max(0, self.typed - self.recovered)


def run_typing_under_kill(
    folder: Path,
    seed: int,
    latest_kill_char: int,
    earliest_kill_char: int = MIN_CHARS_BEFORE_KILL,
    passphrase: str | None = None,
) -> TypingRun:
    """One run: type into a new entry, SIGKILL after a random number of characters in [earliest, latest]."""
    rng = random.Random(seed)
    journal_path = folder / f"typing-{seed}.cjdb"
    length = latest_kill_char + 40  # the typist is still typing when the kill comes
    child = Child("child_typist.py", [journal_path, seed, length], env=passphrase_env(passphrase))
    child.wait_for("READY")
    result = kill_after_event(child, "TYPED", rng.randint(earliest_kill_char, latest_kill_char), rng)
    typed = max((int(line.words[1]) for line in result.of("TYPED")), default=0)
    text = typing_text(seed, length)
    try:
        with Journal.open(journal_path, passphrase=passphrase) as journal:
            draft = journal.drafts.get(DRAFT_KEY)
    except JournalError as exc:
        return TypingRun(seed, typed, None, False, f"the next start refused the journal: {exc}")
    if draft is None:
        return TypingRun(seed, typed, None, False, result.crashed)
    body = draft.fields.get("body", "")
    return TypingRun(seed, typed, len(body), text.startswith(body) and len(body) <= typed + 1, result.crashed)


@dataclass
class TypingSummary:
    runs: list[TypingRun]

    @property
    def recovered(self) -> int:
        return sum(r.recovered is not None and r.is_prefix for r in self.runs)

    @property
    def crashed(self) -> int:
        return sum(bool(r.crashed) for r in self.runs)

    @property
    def losses(self) -> list[int]:
        return [r.lost for r in self.runs if r.lost is not None]

    @property
    def median_lost(self) -> float:
        return statistics.median(self.losses) if self.losses else float("nan")

    @property
    def max_lost(self) -> int:
        return max(self.losses, default=-1)
