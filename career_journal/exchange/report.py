"""What an import did, in one line a person can read."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.wording import count_of, plural

# kind -> what one of it is called, for the kinds an import counts
_NOUNS = {
    "people": "person",
    "skills": "skill",
    "goals": "goal",
    "milestones": "milestone",
    "entries": "entry",
    "teachings": "teaching record",
    "handovers": "handover",
    "interactions": "conversation",
    "opportunities": "opportunity",
    "advisers": "adviser",
    "attachments": "attached file",
}


def count_section(count: int, kind: str) -> str:
    """How many records of a section of a JSON export: '1 entry', '3 people'."""
    return count_of(count, _NOUNS.get(kind, kind), None if kind in _NOUNS else kind)


@dataclass
class ImportReport:
    added: dict[str, int]
    skipped_duplicates: int = 0
    merged: list[str] = field(default_factory=list)  # "Sam Berg (the same e-mail; filled in phone)"

    def summary(self) -> str:
        text = self._counts()
        if self.merged:
            merged = count_of(len(self.merged), "person")
            text += f" Merged {merged} with ones already in the journal: {'; '.join(self.merged)}."
        return text

    def _counts(self) -> str:
        kinds = [*_NOUNS, *(kind for kind in self.added if kind not in _NOUNS)]
        added = [count_section(self.added[kind], kind) for kind in kinds if self.added.get(kind)]
        if len(added) > 1:
            added = [", ".join(added[:-1]) + " and " + added[-1]]
        skipped = self.skipped_duplicates
        already = f"{skipped} {plural(skipped, 'was', 'were')} already in the journal"
        if not added:
            return f"Nothing new to import: {already}." if skipped else "Nothing to import: the file has no records."
        if skipped:
            return f"Imported {added[0]}; {already} and {plural(skipped, 'was', 'were')} skipped."
        return f"Imported {added[0]}."
