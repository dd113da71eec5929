"""Time the exports and imports on a large journal (default 100,000 entries over ten years).

    .venv/bin/python benchmarks/bench_exchange.py [ENTRIES]

Prints seconds and the process's peak memory after each step. Nothing here
touches your own journal: everything lives in a temporary folder.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from career_journal import demo
from career_journal.domain.enums import EntryKind
from career_journal.domain.records import Entry
from career_journal.exchange.jrnl import import_jrnl
from career_journal.exchange.json_io import export_json, import_json
from career_journal.exchange.markdown import MarkdownOptions, write_markdown
from career_journal.storage.journal import Journal

TODAY = date(2026, 11, 23)
WORDS = [
    *("release", "train", "taught", "handover", "runbook", "coach", "mentor"),
    *("review", "goal", "plan", "week", "lesson", "learned", "rollback"),
]


def entries(count: int) -> Iterator[Entry]:
    rnd = random.Random(1)
    for number in range(count):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(15, 90)))
        if number % 5 == 0:  # a reflection answered prompt by prompt
            text = f"## What did I teach?\n\n{text}\n\n- one *thing*\n- another\n\n## Next week\n\n{text[:120]}"
        yield Entry(
            title=f"Note {number}",
            body=text,
            entry_date=TODAY - timedelta(days=3650 - number * 3650 // count),
            kind=EntryKind.REFLECTION if number % 5 == 0 else EntryKind.NOTE,
            tags=["work"] if number % 3 else [],
            person_ids=[1] if number % 4 == 0 else [],
        )


def step(name: str, action: Callable[[], object]) -> None:
    started = time.perf_counter()
    action()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name:<32} {time.perf_counter() - started:6.2f} s   peak {peak:6.0f} MB")


def main(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="cj-bench-"))
    journal = Journal.open(folder / "big.cjdb", create=True)
    demo.populate(journal, TODAY)

    def fill() -> None:
        with journal.transaction(), journal.search.deferred():
            journal.entries.add_many(entries(count))

    step(f"fill with {count} entries", fill)
    step("Markdown, everything", lambda: write_markdown(journal, MarkdownOptions(), folder / "all.md", today=TODAY))
    one_year = MarkdownOptions(coach=True, date_from=TODAY - timedelta(days=365))
    step("Markdown, coach, one year", lambda: write_markdown(journal, one_year, folder / "coach.md", today=TODAY))
    step("JSON export", lambda: export_json(journal, folder / "all.json"))
    with Journal.open(folder / "restored.cjdb", create=True) as restored:
        step("JSON import into an empty journal", lambda: import_json(restored, folder / "all.json"))
    document = json.loads((folder / "all.json").read_text(encoding="utf-8"))
    jrnl = {
        "tags": {},
        "entries": [
            {"title": e["title"], "body": e["body"], "date": e["date"], "time": "09:00", "tags": e["tags"]}
            for e in document["entries"]
        ],
    }
    (folder / "jrnl.json").write_text(json.dumps(jrnl), encoding="utf-8")
    with Journal.open(folder / "from-jrnl.cjdb", create=True) as fresh:
        step("jrnl import", lambda: import_jrnl(fresh, folder / "jrnl.json"))
    journal.close()
    print(f"files in {folder}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
