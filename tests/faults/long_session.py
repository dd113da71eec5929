"""A long typing session in the entry editor, without a kill: does the app itself survive it?

Found while running the kill -9 saves: with PySide6 6.12 on CPython 3.11 the
child aborted by itself ("Fatal Python error: bool_dealloc") after about 500
saves. ``Signal.emit()`` drops a reference to True on every call (and void
methods one to None), and before 3.12 those objects are not immortal, so the
process dies once the count reaches zero. This measures how far a person gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from processes import Child

from career_journal.storage.journal import Journal


@dataclass
class LongSession:
    keys_planned: int
    keys_typed: int  # the last TYPED the child reported (every 100 keys)
    saved: bool  # the child saved the entry and said so
    exit_code: int | None
    fatal_error: str  # the interpreter's last words when it aborted, or ""
    entry_in_journal: int  # characters of the saved entry found at the next start (0: none)
    draft_chars: int  # characters the draft brought back at the next start (the safety net)

    @property
    def survived(self) -> bool:
        return self.saved and self.exit_code == 0 and self.entry_in_journal == self.keys_planned


def run_long_session(folder: Path, keys: int) -> LongSession:
    journal_path = folder / "long-session.cjdb"
    child = Child("child_long_session.py", [journal_path, keys])
    child.wait_for("READY")
    result = child.finish(timeout=60 + keys / 100)
    typed = max((int(line.words[1]) for line in result.of("TYPED")), default=0)
    fatal = next((line for line in result.stderr.splitlines() if line.startswith("Fatal Python error")), "")
    with Journal.open(journal_path) as journal:
        longest = max((len(entry.body) for entry in journal.entries.list()), default=0)
        draft = journal.drafts.get("entry:new")
    drafted = len(draft.fields.get("body", "")) if draft else 0
    return LongSession(keys, typed, bool(result.of("SAVED")), result.returncode, fatal, longest, drafted)
