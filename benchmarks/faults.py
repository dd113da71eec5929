"""The long fault-injection runs for "Never lose, never leak", on demand; prints the figures of the issue's Proof.

    .venv/bin/python benchmarks/faults.py [--quick] [--jobs N] [--keep]

Runs kill -9 during saves, while typing, during exports and backups; the
corruption matrix; a full disk; network silence; a canary scan; and a start on
names aimed at /dev/zero or a FIFO, each with real files in a temporary
folder and real child processes. The logic is the quick suite's
(``tests/faults/harness.py``); only the run counts differ. Timings are
printed for information only. The exit status is 1 when any pass criterion
failed, so the script can gate a release.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

FAULTS = Path(__file__).resolve().parent.parent / "tests" / "faults"
sys.path.insert(0, str(FAULTS))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import harness  # noqa: E402

TODAY = date(2026, 11, 23)
HEALTHY_OPENS = 20


@dataclass(frozen=True)
class Plan:
    save_runs: int
    saves: int
    typing_runs: int
    latest_kill_char: int
    file_runs: int
    random_pages: int
    long_session_keys: int = 3000
    attack_rounds: int = 5


FULL = Plan(save_runs=30, saves=1000, typing_runs=25, latest_kill_char=70, file_runs=100, random_pages=20)
QUICK = Plan(save_runs=3, saves=40, typing_runs=2, latest_kill_char=36, file_runs=5, random_pages=3, attack_rounds=1)
failures: list[str] = []


# Set by --encrypted: the sections that take a passphrase run on an encrypted journal.
PASSPHRASE: str | None = None


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(c) for c in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for number, row in enumerate(cells):
        print("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if number == 0:
            print("  " + "  ".join("-" * w for w in widths))


def verdict(name: str, ok: bool) -> str:
    if not ok:
        failures.append(name)
    return "pass" if ok else "FAIL"


class Figures:
    """Rows of figure, value, bar and verdict (a row without a bar is for information)."""

    def __init__(self) -> None:
        self.rows: list[list[object]] = []

    def add(self, name: str, value: object, bar: str = "", ok: bool | None = None) -> None:
        self.rows.append([name, value, bar, "" if ok is None else verdict(name, ok)])

    def print(self) -> None:
        table(["figure", "value", "bar", "verdict"], self.rows)


def section(title: str, run: Callable[[], None]) -> None:
    """One part of the report; an exception in it is reported as a failure and the next part still runs."""
    print(f"\n## {title}\n", flush=True)
    started = time.monotonic()
    try:
        run()
    except Exception:
        traceback.print_exc(file=sys.stdout)
        verdict(f"{title} (raised)", False)
    print(f"\n  ({time.monotonic() - started:.0f} s)", flush=True)


def span(values: Sequence[int]) -> str:
    return f"{min(values)}-{max(values)}" if values else "-"


def saves(folder: Path, plan: Plan, jobs: int) -> None:
    def one(seed: int) -> harness.SaveRun:
        return harness.run_saves_under_kill(folder / "saves", seed, plan.saves, PASSPHRASE)

    runs = harness.in_parallel(one, range(1, plan.save_runs + 1), jobs)
    summary = harness.SaveSummary(runs)
    extra_total, extra_max = summary.unacknowledged_extra
    n, all_runs = len(runs), f"{len(runs)}/{len(runs)}"
    unexplained = sum(len(r.unexplained) + len(r.dialogs) for r in runs)
    figures = Figures()
    figures.add("runs killed while saving", f"{summary.killed_mid_run}/{n}")
    figures.add("children that died by themselves first", summary.crashed, "0", summary.crashed == 0)
    figures.add("acknowledged saves (all runs)", summary.acknowledged)
    figures.add("acknowledged saves per run (min-max)", span([r.acknowledged for r in runs]))
    figures.add("acknowledged saves lost", summary.lost, "0", summary.lost == 0)
    intact = summary.integrity_ok
    figures.add("integrity_check ok (and check() clean)", f"{intact}/{n}", all_runs, intact == n)
    figures.add("partial multi-record saves", summary.partial, "0", summary.partial == 0)
    figures.add("saves in flight found (total / most per run)", f"{extra_total} / {extra_max}", "1", extra_max < 2)
    figures.add("entries nobody saved, messages shown", unexplained, "0", unexplained == 0)
    figures.print()
    for run in runs:
        for problem in ([run.crashed] if run.crashed else []) + (
            run.lost + run.partial + run.unexplained + run.problems
        )[:3]:
            print(f"  run {run.seed}: {problem}")


def typing(folder: Path, plan: Plan, jobs: int) -> None:
    def one(seed: int) -> harness.TypingRun:
        return harness.run_typing_under_kill(folder / "typing", seed, plan.latest_kill_char, passphrase=PASSPHRASE)

    runs = harness.in_parallel(one, range(1, plan.typing_runs + 1), jobs)
    summary = harness.TypingSummary(runs)
    bound = harness.max_chars_lost(2.0)
    n = len(runs)
    figures = Figures()
    figures.add("characters typed before the kill (min-max)", span([r.typed for r in runs]))
    figures.add("children that died by themselves first", summary.crashed, "0", summary.crashed == 0)
    recovered = summary.recovered
    figures.add("drafts recovered (a prefix of what was typed)", f"{recovered}/{n}", f"{n}/{n}", recovered == n)
    figures.add("characters lost, median", summary.median_lost)
    figures.add("characters lost, max", summary.max_lost, f"<= {bound} (2 s at 12/s)", 0 <= summary.max_lost <= bound)
    figures.print()


def files(folder: Path, plan: Plan, jobs: int) -> None:
    source = harness.prepare_source(folder / "files-source")
    print(f"  source journal: {source.entry_count} entries; reference export {len(source.reference_export):,} bytes\n")
    rows = []
    for kind in ("export", "backup"):

        def one(seed: int, kind: str = kind) -> harness.FileRun:
            return harness.run_file_writer_under_kill(kind, source, folder / "files", seed)

        runs = harness.in_parallel(one, range(plan.file_runs), jobs)
        summary = harness.FileSummary(kind, runs)
        with_temps = sum(r.temps_after_crash > 0 for r in runs)
        writes = span([r.writes_completed for r in runs])
        left = f"{summary.temps_after_crash} (in {with_temps} runs)"
        ok = verdict(f"{kind} under kill", summary.passed)
        rows.append([kind, writes, summary.crashed, f"{summary.torn}/{len(runs)}", left, summary.temps_left, ok])
        for run in runs:
            if not run.passed:
                print(f"  {kind} run {run.seed}: torn={run.torn!r} temps left={run.temps_left} {run.crashed}")
    headers = ["kill -9 during", "writes done", "died first", "torn files", "temps left by the kill", "after restart"]
    headers.append("")
    table(headers, rows)


def corruption(folder: Path, plan: Plan, _jobs: int) -> None:
    results = harness.run_matrix(folder / "matrix", seed=1, passphrase=PASSPHRASE)
    rows = [[r.case, r.error, r.detected, r.unchanged, r.message[:90]] for r in results]
    table(["damage", "refused with", "detected", "original unchanged", "message"], rows)
    detected, unchanged, n = sum(r.detected for r in results), sum(r.unchanged for r in results), len(results)
    healthy = folder / "matrix" / "healthy.cjdb"
    (folder / "pages").mkdir(exist_ok=True)
    damage = ["random bytes over a middle page"] + (["one bit flipped"] if PASSPHRASE else [])
    pages = [
        harness.try_damaged(case, folder / "pages", healthy, random.Random(seed), PASSPHRASE)
        for seed in range(plan.random_pages)
        for case in damage
    ]
    pages_ok = sum(p.detected and p.unchanged for p in pages)
    alarms = harness.false_positives(
        harness.healthy_journals(folder / "healthy", PASSPHRASE), HEALTHY_OPENS, PASSPHRASE
    )
    print()
    figures = Figures()
    figures.add("detected (JournalError naming the file)", f"{detected}/{n}", f"{n}/{n}", detected == n)
    figures.add("original unchanged (SHA-256, no -wal/-shm)", f"{unchanged}/{n}", f"{n}/{n}", unchanged == n)
    what = "random bytes (and one flipped bit)" if PASSPHRASE else "random bytes"
    figures.add(f"{what} over other pages: detected", f"{pages_ok}/{len(pages)}", "all", pages_ok == len(pages))
    figures.add(f"false positives over {HEALTHY_OPENS} opens of healthy journals", len(alarms), "0", not alarms)
    figures.print()
    for alarm in alarms[:5]:
        print(f"  {alarm}")


def disk_full(folder: Path, _plan: Plan, _jobs: int) -> None:
    from disk_full_editor import editor_save_case

    can_mount = harness.tmpfs_available(folder / "probe")
    rows: list[list[object]] = []
    for function in (harness.save_case, editor_save_case, harness.export_case, harness.backup_case):
        name = function.__name__.removesuffix("_case").replace("_", " ")
        for method in harness.METHODS:
            if method == "tmpfs" and not can_mount:
                rows.append([name, "tmpfs: cannot mount here", *["-"] * 7, "skipped"])
                continue
            case = harness.run_case(function, method, folder / "disk-full")
            print(f"  {name} ({method}): {case.error[:160]}")
            rows.append(
                [
                    name,
                    method,
                    case.says_disk_full,
                    "-" if case.rows_lost is None else case.rows_lost,
                    case.integrity_ok,
                    "-" if case.old_file_identical is None else case.old_file_identical,
                    case.temps_left,
                    case.retry_ok,
                    "-" if case.text_kept is None else f"{case.text_kept} (draft {case.draft_kept})",
                    verdict(f"disk full: {name} ({method})", case.passed),
                ]
            )
    print()
    headers = ["case", "method", "says full", "rows lost", "integrity", "old file same", "temps", "retry", "text kept"]
    table([*headers, ""], rows)


def network(folder: Path, _plan: Plan, _jobs: int) -> None:
    from network_render import render_hostile_everywhere

    with harness.NetworkGuard() as guard:
        report = render_hostile_everywhere(folder / "network", TODAY, guard)
    trace = harness.strace_app(folder / "strace")
    figures = Figures()
    figures.add("(a) Python connects attempted", len(report.python_connects), "0", not report.python_connects)
    figures.add("(a) connections to the loopback canary", report.loopback_hits, "0", report.loopback_hits == 0)
    raw = sorted(set(report.refused_raw_html))
    figures.add("(a) refused for sanitised notes (set_markdown, pages)", len(report.refused_resources), "", None)
    figures.add(
        "(a) refused past the sanitiser: raw HTML (unique / calls)", f"{len(raw)} / {len(report.refused_raw_html)}"
    )
    figures.add("(a) documents rendered; pages visited", f"{report.documents_rendered}; {len(report.pages_visited)}")
    if trace.problem is not None:
        figures.add("(b) strace", trace.problem, "", None)
    else:
        figures.add("(b) control process: AF_INET connects seen", trace.control_seen, "1", trace.control_seen == 1)
        figures.add("(b) app connect() calls per family", trace.families or "none")
        ok = trace.remote == 0 and trace.exit_code == 0
        figures.add("(b) app AF_INET/AF_INET6 connects", trace.remote, "0", ok)
    figures.print()
    print(f"\n  pages: {', '.join(report.pages_visited)}")
    print(f"  refused past the sanitiser: {', '.join(raw)}")


def canaries(folder: Path, _plan: Plan, _jobs: int) -> None:
    scan = harness.run_session_and_scan(folder / "canaries", PASSPHRASE)
    short = [name.replace("contact ", "") for name in harness.CANARIES]
    rows = [[location, *hits.values(), ", ".join(scan.files[location]) or "-"] for location, hits in scan.hits.items()]
    table(["location", *short, "files scanned"], rows)
    print()
    for note in scan.notes:
        print(f"  {note}")
    if scan.searchable:
        print(f"  found after unlocking: {scan.searchable}")
    print(f"  violations: {scan.violations or 'none'}  -> {verdict('canaries', not scan.violations)}")


def long_session(folder: Path, plan: Plan, _jobs: int) -> None:
    session = harness.run_long_session(folder / "long-session", plan.long_session_keys)
    figures = Figures()
    figures.add("keystrokes planned, then a save", session.keys_planned)
    figures.add("keystrokes typed before the end (reported every 100)", session.keys_typed)
    figures.add("exit code (-6: the interpreter aborted)", session.exit_code)
    figures.add("the entry was saved", session.saved, "True", session.survived)
    figures.add("characters the draft brought back at the next start", session.draft_chars)
    figures.print()
    if session.fatal_error:
        print(f"\n  {session.fatal_error}")


def attacks(folder: Path, plan: Plan, _jobs: int) -> None:
    import attacks as issue_7

    rows = []
    for attack in issue_7.ATTACKS:
        kwargs = {}
        if attack is issue_7.interrupted_exports:
            kwargs["rounds"] = plan.attack_rounds
        elif attack is issue_7.same_second_restores:
            kwargs["pairs"] = plan.attack_rounds * 3
        elif attack is issue_7.deleted_text_in_the_wal:
            kwargs["tries"] = plan.attack_rounds * 10
        outcome = attack(folder / attack.__name__, **kwargs)
        rows.append([outcome.name, outcome.tries, outcome.held, verdict(f"attack: {outcome.name}", outcome.passed)])
        for what in outcome.broke[:5]:
            print(f"  broke through: {outcome.name}: {what}")
    table(["attack (issue 7)", "tries", "held", ""], rows)


def hostile_names(folder: Path, _plan: Plan, _jobs: int) -> None:
    figures = Figures()
    for target in harness.HOSTILE_TARGETS:
        run = harness.start_on_hostile_journal(folder / "hostile" / target.strip("/").replace("/", "-"), target)
        figures.add(
            f"names aimed at {target}: started, showed the page, closed", run.problem or "yes", "yes", run.passed
        )
        figures.add(f"names aimed at {target}: seconds until closed (or killed)", f"{run.seconds:.1f}")
    figures.print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="the quick suite's run counts (a minute or so)")
    parser.add_argument("--jobs", type=int, default=2, help="kill runs side by side (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder to look at")
    parser.add_argument(
        "--encrypted", action="store_true", help="kills, damage and canaries on an encrypted journal (SQLCipher)"
    )
    args = parser.parse_args(argv)
    global PASSPHRASE
    PASSPHRASE = harness.PASSPHRASE if args.encrypted else None
    plan = QUICK if args.quick else FULL
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="cj-faults-"))
    started = time.monotonic()
    kind = "an encrypted journal (sections 1, 2, 4 and 7)" if PASSPHRASE else "a plain journal"
    print(f"# Fault injection: {'quick' if args.quick else 'full'} run, {args.jobs} jobs, on {kind}, in {folder}")
    try:
        for title, run in (
            (f"1. kill -9 during {plan.saves} saves through EntryEditor.save(), {plan.save_runs} runs", saves),
            (f"2. kill -9 while typing in the editor, {plan.typing_runs} runs", typing),
            (f"3. kill -9 during export and backup, {plan.file_runs} runs each", files),
            ("4. Corruption matrix at open", corruption),
            ("5. Disk full during save, export and backup", disk_full),
            ("6. Network silence", network),
            ("7. Canary scan after edit, search, delete, export and a crash", canaries),
            (f"8. A long session without a kill: {plan.long_session_keys} keystrokes, then a save", long_session),
            ("9. Attacks that broke through once (issue 7, items 1-3 and 5-8)", attacks),
            ("10. Names aimed at /dev/zero or a FIFO, the app last left on the Journal page (item 4)", hostile_names),
        ):
            section(title, lambda run=run: run(folder, plan, args.jobs))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    del app
    print(f"\n# {len(failures)} criteria failed{': ' + ', '.join(failures) if failures else ''}; "
          f"{time.monotonic() - started:.0f} s in all")  # fmt: skip
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
