"""kill -9 while a Markdown export or a backup is being written over the previous one.

The journal does not change during a run, so every complete export is
byte-identical to a reference written beforehand, and every complete backup
passes ``verify`` and holds the same entries. A target that exists and is
neither is torn. "The next start" is ``remove_stale_temp_files`` on the folder.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from child_common import TODAY
from processes import Child, kill_after_event

from career_journal import demo
from career_journal.domain.errors import JournalError
from career_journal.domain.records import Entry
from career_journal.exchange.markdown import MarkdownOptions, write_markdown
from career_journal.files import TEMP_PREFIX, remove_stale_temp_files
from career_journal.storage.backup import verify
from career_journal.storage.journal import Journal

EXPORT_OPTIONS = MarkdownOptions()  # the full journal, every section
BULK_ENTRIES = 1500  # enough text that one export is written in many chunks (about 1.5 MB)
TARGETS = {"export": "journal.md", "backup": "journal-backup.cjdb"}


@dataclass(frozen=True)
class Source:
    journal: Path
    reference_export: bytes
    entry_count: int


def prepare_source(folder: Path) -> Source:
    """A lived-in journal (the demo plus years of notes) and the export every complete write must equal."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "source.cjdb"
    with Journal.open(path, create=True) as journal:
        demo.populate(journal, TODAY)
        rng = random.Random(7)
        with journal.transaction():
            for number in range(BULK_ENTRIES):
                words = " ".join(rng.choice(("release", "taught", "runbook", "coach", "plan")) for _ in range(150))
                day = TODAY - timedelta(days=1 + number)
                journal.entries.add(Entry(title=f"Note {number}", body=words, entry_date=day, tags=["bulk"]))
        journal.checkpoint()
        reference = folder / "reference.md"
        write_markdown(journal, EXPORT_OPTIONS, reference, today=TODAY)
        count = journal.entries.count()
    return Source(path, reference.read_bytes(), count)


@dataclass
class FileRun:
    kind: str  # "export" or "backup"
    seed: int
    writes_completed: int  # complete writes the child reported before the kill
    torn: str  # why the target is not a complete file ("" when it is)
    temps_after_crash: int  # temp files the kill left behind (before the next start)
    temps_left: int  # temp files still there after the next start's clean-up
    target_removed: bool  # the clean-up took the real file too
    crashed: str = ""  # the child died by itself before the kill

    @property
    def passed(self) -> bool:
        return not self.torn and self.temps_left == 0 and not self.target_removed and not self.crashed


def run_file_writer_under_kill(kind: str, source: Source, folder: Path, seed: int) -> FileRun:
    rng = random.Random(seed)
    run_folder = folder / f"{kind}-{seed}"
    run_folder.mkdir(parents=True)
    target = run_folder / TARGETS[kind]
    child = Child("child_file_writer.py", [kind, source.journal, target])
    child.wait_for("READY")
    result = kill_after_event(child, "WROTE", rng.randint(1, 4), rng)
    writes = len(result.of("WROTE"))
    temps_after_crash = len(temp_files(run_folder))
    torn = why_torn(kind, target, source)
    remove_stale_temp_files(run_folder)
    left = len(temp_files(run_folder))
    return FileRun(kind, seed, writes, torn, temps_after_crash, left, not target.exists(), result.crashed)


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMP_PREFIX}*"))


def why_torn(kind: str, target: Path, source: Source) -> str:
    if not target.exists():
        return "the target is missing after a complete write"
    if kind == "export":
        data = target.read_bytes()
        if data == source.reference_export:
            return ""
        return f"{len(data)} bytes that differ from the {len(source.reference_export)}-byte reference"
    try:
        verify(target)
        with Journal.open(target, read_only=True) as copy:
            count = copy.entries.count()
    except JournalError as exc:
        return f"the backup does not pass verify: {exc}"
    return "" if count == source.entry_count else f"the backup holds {count} of {source.entry_count} entries"
