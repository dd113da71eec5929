"""The journal core on a decade of notes: import, search, lists, exports, one save. Prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_core.py [--entries N]

Builds benchmarks/out/big.cjdb (100,000 entries by default) by importing a
jrnl export, then times each operation (median of several runs) and prints it
beside its target, with the process's peak memory. The journal is kept for
benchmarks/bench_app.py; delete benchmarks/out to start again.

The Markdown exports are timed twice: first with no entry text kept (the
export writes every note's Markdown and keeps it in the journal), then as every
later export runs, streaming the kept texts. The full export is printed beside
a plain dump of the same text, whose ratio does not depend on how busy the
machine is.

Then an encrypted copy of the same journal (SQLCipher) is timed against the
plain one: opening (apart from the key derivation, which is timed on its own),
search, the latest 20 entries and one add; the target is 1.3 times plain.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_journal import COMMON_WORD, OUT, RARE_COUNT, RARE_WORD, TODAY, add_network, write_jrnl_export

from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Entry
from career_journal.exchange.markdown import MarkdownOptions, write_markdown
from career_journal.storage.cipher import convert_file
from career_journal.storage.journal import Journal

ROWS: list[tuple[str, float, str]] = []


def timed(action: Callable[[], object], runs: int) -> float:
    """Median seconds of ``runs`` calls."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def report(name: str, seconds: float, target: str) -> None:
    ROWS.append((name, seconds, target))
    shown = f"{seconds * 1000:9.1f} ms" if seconds < 1 else f"{seconds:9.2f} s "
    print(f"{name:<48} {shown}   target {target}", flush=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# The import runs in a process of its own, so its peak memory is its own.
IMPORT = """
import sys, time
from pathlib import Path
from career_journal.exchange.jrnl import import_jrnl
from career_journal.storage.journal import Journal
with Journal.open(Path(sys.argv[1]), create=True) as journal:
    started = time.perf_counter()
    result = import_jrnl(journal, Path(sys.argv[2]))
    print(time.perf_counter() - started, result.summary())
"""


def build(path: Path, count: int) -> None:
    export = OUT / f"jrnl-{count}.json"
    if not export.exists():
        print(f"writing a jrnl export of {count:,} entries…", flush=True)
        write_jrnl_export(export, count)
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, str(path), str(export)], capture_output=True, text=True, check=True
    )
    seconds, summary = done.stdout.split(maxsplit=1)
    report(f"import {count:,} jrnl entries", float(seconds), "< 15 s")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{'  peak memory of the importing process':<48} {peak:9.0f} MB   target < 300 MB")
    print(f"  {summary.strip()}")
    with Journal.open(path) as journal:
        add_network(journal)
        journal.checkpoint()


def plain_dump(journal: Journal, path: Path) -> None:
    """The floor for any export: the same entries' text, one SQL query, one buffered file, nothing laid out."""
    rows = journal.db.execute(
        "SELECT entry_date, entry_time, title, body FROM entries WHERE private = 0 ORDER BY entry_date, id"
    )
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        for day, time_of_day, title, body in rows:
            out.write(f"{day} {time_of_day or ''} {title}\n\n{body}\n\n")


def export_rows(journal: Journal, export: Callable[[MarkdownOptions, str], Callable[[], object]]) -> None:
    """The Markdown export beside the plain dump of the same text, and the one-year coach packet.

    Each first from nothing (the journal keeps no written entry text: the export writes every one and
    keeps it), then as a later export finds them kept; the targets are for the later ones.
    """
    with journal.transaction():
        journal.db.execute("DELETE FROM export_cache")
    one_year = MarkdownOptions(coach=True, date_from=TODAY - timedelta(days=365))
    report("coach export, one year, first", timed(export(one_year, "coach.md"), 1), "—")
    first = timed(export(MarkdownOptions(), "all.md"), 1)
    report("coach export, one year", timed(export(one_year, "coach.md"), 3), "≤ 0.5 s")
    full = timed(export(MarkdownOptions(), "all.md"), 2)
    dump = timed(lambda: plain_dump(journal, OUT / "dump.txt"), 2)
    report("Markdown export, everything, first", first, "—")
    report("Markdown export, everything", full, "≤ 3 s and ≤ 2.5× the dump")
    report("plain SQL dump of the same text (to a file)", dump, "—")
    sizes = f"{(OUT / 'all.md').stat().st_size / 1e6:,.0f} MB and {(OUT / 'dump.txt').stat().st_size / 1e6:,.0f} MB"
    print(f"{'  the export against the dump':<48} {full / dump:9.1f} ×    ({sizes})", flush=True)
    print(f"{'  the first export against the dump':<48} {first / dump:9.1f} ×", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    count = parser.parse_args().entries
    OUT.mkdir(exist_ok=True)
    path = OUT / ("big.cjdb" if count == 100_000 else f"big-{count}.cjdb")
    if not path.exists():
        build(path, count)
    size = path.stat().st_size / 1_048_576
    with Journal.open(path) as journal:
        counts = journal.counts()
        print(f"journal: {path} ({size:,.0f} MB): " + ", ".join(f"{n:,} {k}" for k, n in counts.items() if n))
        rare = journal.search.search(SearchQuery(text=RARE_WORD))
        assert len(rare) == RARE_COUNT, f"the rare word should match {RARE_COUNT} entries, got {len(rare)}"

        def search(text: str) -> Callable[[], object]:
            return lambda: journal.search.search(SearchQuery(text=text))

        def export(options: MarkdownOptions, name: str) -> Callable[[], object]:
            return lambda: write_markdown(journal, options, OUT / name, today=TODAY)

        report("search a rare word (top 50, snippets)", timed(search(RARE_WORD), 20), "< 50 ms")
        report("search a common word (top 50, snippets)", timed(search(COMMON_WORD), 20), "< 30 ms")
        report("search two words and a prefix", timed(search("roadmap migra*"), 20), "< 50 ms")
        report("latest 20 entries", timed(lambda: journal.entries.list(limit=20), 50), "< 10 ms")
        report("latest 200 list rows (no text)", timed(lambda: journal.entries.summaries(limit=200), 20), "—")
        last_page = timed(lambda: journal.entries.summaries(offset=count - 200, limit=200), 10)
        report("the last 200 list rows", last_page, "—")
        export_rows(journal, export)
        saved: list[int] = []

        def add_one() -> None:
            saved.append(journal.entries.add(Entry(body="A quick note about the release.", entry_date=TODAY)).id or 0)

        report("one add, committed (synchronous=FULL)", timed(add_one, 50), "< 10 ms")
        with journal.transaction():
            for entry_id in saved:
                journal.entries.delete(entry_id)
        report("checkpoint after deletes (index compacted)", timed(journal.checkpoint, 1), "—")

    compare_encrypted(path)

    env = {**os.environ, "CAREER_JOURNAL_DB": str(path)}
    command = [sys.executable, "-m", "career_journal", "search", COMMON_WORD, "--limit", "50"]
    whole = timed(lambda: subprocess.run(command, env=env, capture_output=True, check=True), 5)
    report(f"`career-journal search {COMMON_WORD}` as a process", whole, "< 0.5 s")
    bare = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 5)
    print(f"{'(a bare python -c pass, for comparison)':<48} {bare * 1000:9.1f} ms")
    print(f"{'peak memory of this process':<48} {peak_mb():9.0f} MB")


BENCH_PASSPHRASE = "benchmark passphrase, not a secret"
# SQLCipher takes a 256-bit key as x'<64 hex digits>' and then derives nothing: the copy timed below is
# keyed so, which leaves the key derivation out of its opening time; that is timed on its own.
RAW_KEY = "x'" + "5a" * 32 + "'"
RUNS = {"open": 30, "search": 20, "latest": 50, "add": 30}


def encrypted_copy(path: Path) -> Path:
    """The same journal, encrypted (made once, kept beside it)."""
    target = path.with_name(f"{path.stem}-encrypted.cjdb")
    if not target.exists():
        temp, _counts = convert_file(path, None, RAW_KEY, checkpoint=False)
        os.replace(temp, target)
    return target


def _open_seconds(path: Path, passphrase: str | None, runs: int) -> float:
    """Opening as the app does at start (header, schema; the page check runs later on a worker)."""
    return timed(lambda: Journal.open(path, check=False, passphrase=passphrase).close(), runs)


def key_derivation_seconds() -> float:
    """Opening an empty journal with a passphrase, less opening it with the derived key itself."""
    tiny = OUT / "tiny-passphrase.cjdb"
    if not tiny.exists():
        Journal.open(tiny, create=True, passphrase=BENCH_PASSPHRASE).close()
    tiny_raw = OUT / "tiny-raw-key.cjdb"
    if not tiny_raw.exists():
        Journal.open(tiny_raw, create=True, passphrase=RAW_KEY).close()
    return _open_seconds(tiny, BENCH_PASSPHRASE, 5) - _open_seconds(tiny_raw, RAW_KEY, 5)


def side_by_side(plain: Callable[[], object], encrypted: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median seconds of each, their runs taken in turn, so a busy moment of the machine falls on both.

    What an action returns is closed after its time is taken (an opened journal: the app keeps it open).
    """
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, kept in ((plain, samples[0]), (encrypted, samples[1])):
            started = time.perf_counter()
            made = action()
            kept.append(time.perf_counter() - started)
            if isinstance(made, Journal):
                made.close()
    return statistics.median(samples[0]), statistics.median(samples[1])


def compare_encrypted(path: Path) -> None:
    """Encrypted against plain, on the same journal; the key derivation is reported on its own."""
    print("\nencrypted (SQLCipher 4, AES-256 + HMAC-SHA512 per page) against plain, the same journal:", flush=True)
    copy = encrypted_copy(path)
    kdf = key_derivation_seconds()
    figures = {
        "open, apart from the key derivation": side_by_side(
            lambda: Journal.open(path, check=False),
            lambda: Journal.open(copy, check=False, passphrase=RAW_KEY),
            RUNS["open"],
        )
    }
    added: dict[int, list[int]] = {0: [], 1: []}
    with Journal.open(path, check=False) as plain, Journal.open(copy, check=False, passphrase=RAW_KEY) as encrypted:
        both = (plain, encrypted)
        for label, query in (("search a common word", COMMON_WORD), ("search a rare word", RARE_WORD)):
            search = [lambda j=j, q=query: j.search.search(SearchQuery(text=q)) for j in both]
            figures[label] = side_by_side(*search, RUNS["search"])
        latest = [lambda j=j: j.entries.list(limit=20) for j in both]
        figures["latest 20 entries"] = side_by_side(*latest, RUNS["latest"])
        add = [lambda j=j, n=n: added[n].append(j.entries.add(Entry(body="A note.", entry_date=TODAY)).id or 0)
               for n, j in enumerate(both)]  # fmt: skip
        figures["one add, committed"] = side_by_side(*add, RUNS["add"])
        for n, journal in enumerate(both):
            with journal.transaction():
                for entry_id in added[n]:
                    journal.entries.delete(entry_id)
            journal.checkpoint()
    print(f"{'  key derivation (PBKDF2, once per open or unlock)':<48} {kdf * 1000:9.1f} ms")
    print(f"{'':<48} {'plain':>10} {'encrypted':>10}   ratio (target ≤ 1.3)")
    for label, (plain_seconds, encrypted_seconds) in figures.items():
        ratio = encrypted_seconds / plain_seconds
        print(f"{'  ' + label:<48} {plain_seconds * 1000:7.2f} ms {encrypted_seconds * 1000:7.2f} ms   {ratio:5.2f}×")


if __name__ == "__main__":
    main()
