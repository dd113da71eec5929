"""What an import did, in one line a person can read."""

from __future__ import annotations

from dataclasses import dataclass, field

# kind -> (one, many), for the kinds an import counts
_NOUNS = {
    "people": ("person", "people"),
    "skills": ("skill", "skills"),
    "goals": ("goal", "goals"),
    "milestones": ("milestone", "milestones"),
    "entries": ("entry", "entries"),
    "teachings": ("teaching record", "teaching records"),
    "handovers": ("handover", "handovers"),
    "interactions": ("conversation", "conversations"),
    "opportunities": ("opportunity", "opportunities"),
    "advisers": ("adviser", "advisers"),
    "attachments": ("attached file", "attached files"),
}


def _count_of(count: int, kind: str) -> str:
    """'1 entry', '3 people'."""
    one, many = _NOUNS.get(kind, (kind, kind))
    return f"{count} {one if count == 1 else many}"


@dataclass
class ImportReport:
    added: dict[str, int]
    skipped_duplicates: int = 0
    merged: list[str] = field(default_factory=list)  # "Sam Berg (the same e-mail; filled in phone)"

    def summary(self) -> str:
        text = self._counts()
        if self.merged:
            people = "person" if len(self.merged) == 1 else "people"
            text += f" Merged {len(self.merged)} {people} with ones already in the journal: {'; '.join(self.merged)}."
        return text

    def _counts(self) -> str:
        kinds = [*_NOUNS, *(kind for kind in self.added if kind not in _NOUNS)]
        added = [_count_of(self.added[kind], kind) for kind in kinds if self.added.get(kind)]
        if len(added) > 1:
            added = [", ".join(added[:-1]) + " and " + added[-1]]
        skipped = self.skipped_duplicates
        already = f"{skipped} {'was' if skipped == 1 else 'were'} already in the journal"
        if not added:
            return f"Nothing new to import: {already}." if skipped else "Nothing to import: the file has no records."
        if skipped:
            return f"Imported {added[0]}; {already} and {'was' if skipped == 1 else 'were'} skipped."
        return f"Imported {added[0]}."
