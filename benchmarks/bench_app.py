"""The desktop app on a decade of notes: start-up, scrolling, quick search, Insights, Timeline, memory. Prints only.

    .venv/bin/python benchmarks/bench_app.py [--entries N] [--runs 7] [--start-up-only]

Uses the journal benchmarks/bench_core.py builds (run that first). Start-up is
measured from process start to the first paint of the Today page (the turn of
the event loop after it, when the whole window is on screen), next to a bare
PySide6 window measured the same way, the two taking turns; app_probe.py marks
each step (PySide6 loaded, command line and QApplication, journal opened, the
window's modules, the window built with Today's content, shown and painted),
and the medians and ranges of each are printed. Everything runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_journal import COMMON_WORD, OUT, RARE_WORD, TODAY

PROBE = Path(__file__).resolve().parent / "app_probe.py"


def start_up_marks(kind: str, journal: Path) -> dict[str, float]:
    """Seconds from starting the process to each mark app_probe.py prints (PYTHON, QT, …, PAINTED)."""
    home = tempfile.mkdtemp(prefix="cj-bench-home-")
    env = {**os.environ, "CAREER_JOURNAL_HOME": home}
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(PROBE), kind, str(journal)], env=env, capture_output=True, text=True, check=True
    )
    marks = (line.split() for line in done.stdout.splitlines() if line[:1].isupper())
    return {name: float(when) - started for name, when in marks}


# The app's start-up in steps: (label, from mark, to mark); the bare window has the first two and the paint.
STEPS = (
    ("process start to Python running", "", "PYTHON"),
    ("PySide6 loaded", "PYTHON", "QT"),
    ("command line, QApplication, theme", "QT", "OPENING"),
    ("journal opened", "OPENING", "OPENED"),
    ("window's modules loaded", "OPENED", "WINDOW"),
    ("window built (Today's content read)", "WINDOW", "BUILT"),
    ("shown and first painted", "BUILT", "PAINTED"),
)


def _between(marks: dict[str, float], first: str, last: str) -> float:
    return marks[last] - (marks[first] if first else 0.0)


def _spread(values: list[float]) -> str:
    """The median and range of ``values`` (seconds) in milliseconds."""
    return f"{statistics.median(values) * 1000:9.1f} ms   ({min(values) * 1000:.0f}–{max(values) * 1000:.0f})"


def startups(journal: Path, runs: int = 7) -> tuple[float, float]:
    """Median start-up of a bare PySide6 window and of the app, taking turns so both see the same machine.

    Prints the medians of each step; returns the medians from process start to the first paint.
    """
    bare, app = [], []
    for _ in range(runs):
        bare.append(start_up_marks("bare", journal))
        app.append(start_up_marks("app", journal))
    for label, first, last in STEPS:
        print(f"{'  app: ' + label:<44} {_spread([_between(m, first, last) for m in app])}")
    bare_paint = [_between(m, "QT", "PAINTED") for m in bare]
    print(f"{'  bare: window built, shown, first painted':<44} {_spread(bare_paint)}")
    print(f"{'start to first paint: a bare PySide6 window':<44} {_spread([m['PAINTED'] for m in bare])}")
    print(f"{'start to first paint: the app, Today page':<44} {_spread([m['PAINTED'] for m in app])}")
    return statistics.median(m["PAINTED"] for m in bare), statistics.median(m["PAINTED"] for m in app)


def in_process(journal_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from career_journal.app import settle_start_up_objects
    from career_journal.storage.journal import Journal
    from career_journal.ui.dialogs.quick_search import QuickSearch
    from career_journal.ui.models.entries import COL_TITLE
    from career_journal.ui.pages.journal.page import JournalPage
    from career_journal.ui.session import Session
    from career_journal.ui.theme import Scheme, apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, Scheme.LIGHT)
    journal = Journal.open(journal_path, check=False)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    session = Session(journal, settings, today=lambda: TODAY)
    page = JournalPage(session)
    page.resize(1080, 760)
    page.show()
    app.processEvents()
    settle_start_up_objects()  # as the app does a few seconds after it starts

    steps = []
    bar = page.table.verticalScrollBar()
    while page.model.canFetchMore():
        started = time.perf_counter()
        bar.setValue(bar.maximum())
        app.processEvents()
        steps.append(time.perf_counter() - started)
    rows = page.model.rowCount()
    print(f"{'scroll to the end: steps':<44} {len(steps):>9}   ({rows:,} rows loaded)")
    print(f"{'scroll step, median':<44} {statistics.median(steps) * 1000:9.1f} ms   target < 50 ms")
    print(f"{'scroll step, slowest':<44} {max(steps) * 1000:9.1f} ms   target < 50 ms")
    opened = []
    for row in (rows - 1, rows // 2, 0):
        index = page.model.index(row, COL_TITLE)
        started = time.perf_counter()
        page.table.setCurrentIndex(index)
        app.processEvents()
        opened.append(time.perf_counter() - started)
    print(f"{'open an entry (editor and preview), slowest':<44} {max(opened) * 1000:9.1f} ms   target < 50 ms")

    search = QuickSearch(journal)
    search.show()
    for word in (RARE_WORD, COMMON_WORD, "roadmap migra*"):
        samples = []
        for _ in range(7):
            search.query.setText(word)
            started = time.perf_counter()
            search.run_search()  # what the debounce timer calls
            app.processEvents()
            samples.append(time.perf_counter() - started)
        label = f"quick search '{word}' after the debounce"
        print(f"{label:<44} {statistics.median(samples) * 1000:9.1f} ms   target < 100 ms")
    insights_and_timeline(app, session)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (list scrolled to the end)':<44} {peak:9.0f} MB   target < 300 MB")
    page.deleteLater()
    search.deleteLater()
    app.processEvents()
    journal.close()


def insights_and_timeline(app, session) -> None:  # type: ignore[no-untyped-def]
    """From building the page to its content on screen (Insights reads on a worker), and scrolling the timeline."""
    from career_journal.domain.timeline import TimelineFilter
    from career_journal.ui.pages.insights.page import InsightsPage
    from career_journal.ui.pages.timeline.page import TimelinePage

    opened = []
    for _ in range(3):
        started = time.perf_counter()
        page = InsightsPage(session)
        page.resize(1080, 760)
        page.show()
        while page.insights is None or page.loading:
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()
        opened.append(time.perf_counter() - started)
        page.deleteLater()
        app.processEvents()
    print(f"{'open Insights (charts drawn), first':<44} {opened[0] * 1000:9.1f} ms   target < 1000 ms")
    median = statistics.median(opened) * 1000
    print(f"{'open Insights (charts drawn), median of 3':<44} {median:9.1f} ms   target < 1000 ms")

    started = time.perf_counter()
    timeline = TimelinePage(session)
    timeline.resize(1080, 760)
    timeline.show()
    app.processEvents()
    print(
        f"{'open Timeline (first rows drawn)':<44} {(time.perf_counter() - started) * 1000:9.1f} ms   target < 1000 ms"
    )
    steps = []
    bar = timeline.list.verticalScrollBar()
    for _ in range(25):
        started = time.perf_counter()
        bar.setValue(bar.maximum())
        app.processEvents()
        steps.append(time.perf_counter() - started)
    rows = timeline.model.rowCount()
    median = statistics.median(steps) * 1000
    print(f"{'timeline scroll step (a page), median':<44} {median:9.1f} ms   ({rows:,} rows loaded)")
    print(f"{'timeline scroll step (a page), slowest':<44} {max(steps) * 1000:9.1f} ms   target < 50 ms")
    for label, filters in (
        ("a tag", TimelineFilter(tag="weekly-review")),
        ("a person", TimelineFilter(person_id=1)),
        ("a tag nobody used", TimelineFilter(tag="no-such-tag")),
    ):
        started = time.perf_counter()
        timeline.model.reload(filters)
        timeline.model.count()
        app.processEvents()
        took = (time.perf_counter() - started) * 1000
        print(f"{'timeline filtered by ' + label + ' (page and count)':<44} {took:9.1f} ms   target < 50 ms")
    timeline.deleteLater()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each window, taking turns")
    parser.add_argument("--start-up-only", action="store_true", help="only the start-up, not scrolling and search")
    args = parser.parse_args()
    count = args.entries
    journal = OUT / ("big.cjdb" if count == 100_000 else f"big-{count}.cjdb")
    if not journal.exists():
        sys.exit(f"{journal} is missing: run benchmarks/bench_core.py --entries {count} first.")
    print(f"journal: {journal} ({journal.stat().st_size / 1_048_576:,.0f} MB)")
    # Without .pyc files every start compiles the app's modules again (PYTHONDONTWRITEBYTECODE=1 and a fresh
    # checkout): say which was measured; `PYTHONDONTWRITEBYTECODE= ` lets a first start write them.
    cached = any((Path(__file__).resolve().parents[1] / "career_journal").glob("__pycache__/*.pyc"))
    print(f"{'bytecode (.pyc) of the app':<44} {'read' if cached else 'none: compiled at each start':>9}")
    bare, app = startups(journal, args.runs)
    print(f"{'  the app / the bare window (medians)':<44} {app / bare:9.2f} ×    target ≤ 1.5×")
    if not args.start_up_only:
        in_process(journal)


if __name__ == "__main__":
    main()
