"""Packets on a big journal: the promotion and handover packets, a check-in agenda, the coach packet's summary.

Usage: benchmarks/bench_packets.py --db benchmarks/out/<a journal bench_core.py built>
Prints the median of three builds of each (the document in memory, as the app's preview builds it) and
the process's peak memory. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_journal import TODAY

from career_journal.exchange.agenda import Agenda
from career_journal.exchange.markdown import MarkdownOptions
from career_journal.exchange.packet_options import HANDOVER, PROMOTION, PacketOptions
from career_journal.exchange.packets import Export, open_export
from career_journal.storage.journal import Journal


def median_seconds(build: Callable[[], Export]) -> tuple[float, int]:
    samples, size = [], 0
    for _ in range(3):
        started = time.perf_counter()
        size = len("".join(build().chunks()))
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    db = parser.parse_args().db
    with Journal.open(db) as journal:
        year = TODAY - timedelta(days=365)
        cases: dict[str, Callable[[], Export]] = {
            "promotion packet, one year": lambda: open_export(
                journal, PacketOptions(PROMOTION, date_from=year, date_to=TODAY), today=TODAY
            ),
            "promotion packet, everything": lambda: open_export(journal, PacketOptions(PROMOTION), today=TODAY),
            "handover packet": lambda: open_export(journal, PacketOptions(HANDOVER), today=TODAY),
            "coach packet with its summary, 90 days": lambda: open_export(
                journal, MarkdownOptions(coach=True, date_to=TODAY), today=TODAY
            ),
        }
        advisers = journal.people.advisers()
        if advisers:
            cases["check-in agenda"] = lambda: Agenda(journal, advisers[0].person_id, today=TODAY)
        print(f"{journal.entries.count():,} entries")
        for name, build in cases.items():
            seconds, size = median_seconds(build)
            print(f"{name:<42} {seconds * 1000:9.1f} ms   {size / 1000:9.1f} kB of Markdown", flush=True)
    print(f"{'peak memory':<42} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:9.0f} MB")


if __name__ == "__main__":
    main()
