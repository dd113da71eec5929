"""Evidence files at their largest: time and peak Python memory of each step with a 50 MB file.

    .venv/bin/python benchmarks/attachments.py [--mb 50]

Attach, save a copy, open through a private copy, export JSON (base64) and import it, export
Markdown with the files copied beside it, back up, and detach (with the checkpoint that wipes the
bytes from the -wal). Prints figures; asserts nothing. Peak memory is Python's (tracemalloc): the
file is streamed in chunks, so it should stay a small fraction of the file's size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from career_journal.domain.attachments import Owner, size_text
from career_journal.domain.records import Entry
from career_journal.exchange.attachment_files import OpenedCopies, attach_file, save_attachment
from career_journal.exchange.json_io import export_json, import_json
from career_journal.exchange.markdown import MarkdownOptions, write_markdown
from career_journal.storage.backup import backup_to
from career_journal.storage.journal import Journal


def measure(label: str, step: Callable[[], object]) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    step()
    seconds = time.perf_counter() - started
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<42} {seconds:7.2f} s   peak Python memory {size_text(peak):>9}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=49.9, help="size of the file in MB (the limit is 50)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        source = here / "review.pdf"
        with open(source, "wb") as handle:
            for start in range(0, size, 1_000_000):
                handle.write(os.urandom(min(1_000_000, size - start)))
        print(f"A file of {size_text(size)}, SQLite chunks of 512 KiB")
        journal = Journal.open(here / "journal.cjdb", create=True)
        entry = journal.entries.add(Entry(title="Review", body="The review.", entry_date=date.today()))
        owner = Owner.entry(entry.id or 0)
        found: list = []
        measure("attach (read the file, write the chunks)", lambda: found.append(attach_file(journal, owner, source)))
        attachment_id = found[0].id or 0
        measure("save a copy (atomic write)", lambda: save_attachment(journal, attachment_id, here / "copy.pdf"))
        copies = OpenedCopies(here / "opened")
        measure("open: a private copy for the viewer", lambda: copies.copy(journal, attachment_id))
        measure("export JSON (base64, streamed)", lambda: export_json(journal, here / "all.json"))
        with Journal.open(here / "moved.cjdb", create=True) as moved:
            measure("import that JSON into a new journal", lambda: import_json(moved, here / "all.json"))
        options = MarkdownOptions(attachments=True)
        measure("export Markdown with the file beside it", lambda: write_markdown(
            journal, options, here / "packet.md", today=date.today()
        ))  # fmt: skip
        measure("back up (SQLite backup API, verified)", lambda: backup_to(journal.db, here / "backup.cjdb"))
        measure("detach, and checkpoint the -wal", lambda: journal.detach(attachment_id))
        journal.close()
        print(f"JSON export: {size_text((here / 'all.json').stat().st_size)}")


if __name__ == "__main__":
    main()
