"""The jrnl import on its own: where its time goes, and the whole command as a process. Prints, asserts nothing.

    .venv/bin/python benchmarks/bench_import.py [--entries N] [--runs N] [--against DIR] [--no-command]

Each run imports benchmarks/out/jrnl-<N>.json (written once, as bench_core.py
writes it) into a new journal in a process of its own, and prints the import's
time (what bench_core.py reports), its parts, the process's CPU time and peak
memory; then the whole `career-journal --new import jrnl` command as a process
(start-up, the new journal, the import, the day's first backup). The parts are
timed around the import's own functions: reading and checking the file, writing
the rows (and tags), building the search index, the commit.

With ``--against DIR`` (the root of another checkout, say the commit before a
change) the two take turns, run by run, so a busy moment of the machine falls
on both; medians and ranges are printed side by side. On a shared machine the
CPU times say more than the clock: a process waiting for a core is not slower.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_journal import OUT, write_jrnl_export

HERE = Path(__file__).resolve().parents[1]

# Runs in the child process, against whichever checkout is first on its path.
IMPORT = """
import contextlib, json, resource, sys, time
from pathlib import Path
from career_journal.exchange import jrnl
from career_journal.storage import entry_batch, journal as journal_module, search

parts = {}

def timed(owner, name, part):
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            parts[part] = parts.get(part, 0.0) + time.perf_counter() - started
    setattr(owner, name, wrapper)

def timed_block(owner, name, part, after_yield=False):
    original = getattr(owner, name)
    @contextlib.contextmanager
    def wrapper(*args, **kwargs):
        with original(*args, **kwargs) as value:
            yield value
            started = time.perf_counter()
        parts[part] = parts.get(part, 0.0) + time.perf_counter() - started
    setattr(owner, name, wrapper)

timed(entry_batch.EntryBatch, "_flush", "rows")
timed(entry_batch.EntryBatch, "finish", "rows")
timed(jrnl, "_add_entries", "read")
timed_block(search.SearchIndex, "deferred", "index")
timed_block(journal_module, "transaction", "commit")
with journal_module.Journal.open(Path(sys.argv[1]), create=True) as journal:
    started = time.perf_counter()
    report = jrnl.import_jrnl(journal, Path(sys.argv[2]))
    total = time.perf_counter() - started
parts["read"] -= parts["rows"]  # _add_entries writes the rows too
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"import": total, **parts, "cpu": usage.ru_utime + usage.ru_stime,
                  "peak": usage.ru_maxrss / 1024, "summary": report.summary()}))
"""
PARTS = ["import", "read", "rows", "index", "commit", "cpu", "process", "process cpu"]
LABELS = {
    "import": "import (as bench_core.py times it)",
    "read": "  reading and checking the file",
    "rows": "  writing the rows and tags",
    "index": "  building the search index",
    "commit": "  the commit",
    "cpu": "CPU time of the importing process",
    "process": "`career-journal --new import jrnl`, whole",
    "process cpu": "  its CPU time",
}


def fresh(path: Path) -> None:
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(Path(f"{path}.backups"), ignore_errors=True)


def one_run(checkout: Path, export: Path, work: Path, *, command: bool) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    journal = work / "import.cjdb"
    fresh(journal)
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, str(journal), str(export)], env=env, capture_output=True, text=True, check=True
    )
    figures = json.loads(done.stdout)
    fresh(journal)
    if not command:
        return figures
    home = work / "home"
    whole = [sys.executable, "-m", "career_journal", "--db", str(journal), "--new", "import", "jrnl", str(export)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(whole, env={**env, "HOME": str(home), "CAREER_JOURNAL_HOME": str(home)}, capture_output=True,
                   check=True)  # fmt: skip
    figures["process"] = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures["process cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    fresh(journal)
    return figures


def shown(values: list[float]) -> str:
    middle = statistics.median(values)
    return f"{middle:6.2f} ({min(values):.2f}–{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout's root, timed in turn with this one")
    parser.add_argument("--no-command", action="store_true", help="leave out the whole command (its backup is long)")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    export = OUT / f"jrnl-{args.entries}.json"
    if not export.exists():
        print(f"writing a jrnl export of {args.entries:,} entries…", flush=True)
        write_jrnl_export(export, args.entries)
    checkouts = {"this": HERE, **({"against": args.against.resolve()} if args.against else {})}
    work = OUT / "bench-import"
    work.mkdir(exist_ok=True)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    peaks: dict[str, list[float]] = {name: [] for name in checkouts}
    for attempt in range(args.runs):
        for name, checkout in checkouts.items():
            figures = one_run(checkout, export, work, command=not args.no_command)
            runs[name].append(figures)
            peaks[name].append(figures["peak"])
            whole = f", whole command {figures['process']:.2f} s" if "process" in figures else ""
            print(
                f"run {attempt + 1} {name}: import {figures['import']:.2f} s{whole}, {figures['summary']}", flush=True
            )
    print(f"\n{args.entries:,} jrnl entries, seconds: median (range) of {args.runs} runs, taken in turn")
    for name, path in checkouts.items():
        print(f"  {name}: {path}")
    print(f"{'':<44}" + "".join(f"{name:>28}" for name in checkouts))
    for part in PARTS if not args.no_command else PARTS[:-2]:
        row = [shown([figures.get(part, 0.0) for figures in runs[name]]) for name in checkouts]
        print(f"{LABELS[part]:<44}" + "".join(f"{cell:>28}" for cell in row))
    print(f"{'peak memory of the importing process (MB)':<44}" + "".join(f"{max(peaks[n]):>28.0f}" for n in checkouts))
    print(
        f"(load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())};"
        f" this process's children used {resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime:.0f} s of CPU)"
    )


if __name__ == "__main__":
    main()
