"""The fault-injection harness for "Never lose, never leak": one import for the quick tests and the benchmark.

The logic lives in one module per fault (``saves_under_kill``, ``typing_under_kill``,
``files_under_kill``, ``corruption_matrix``, ``disk_full``, ``network_silence``,
``canary_scan``, ``hostile_start``, and ``long_session`` for the crash they turned up); this module
gathers them and adds the summaries both the tests and ``benchmarks/faults.py``
report. Children (``child_*.py``) are run as scripts with the same Python, so
they exercise the real app code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from canary_scan import CANARIES, Scan, run_session_and_scan
from corruption_matrix import CASES as DAMAGE_CASES
from corruption_matrix import DamageResult, false_positives, healthy_journals, random_page, run_matrix, try_damaged
from disk_full import METHODS, DiskFullCase, backup_case, export_case, run_case, save_case, tmpfs_available
from files_under_kill import FileRun, Source, prepare_source, run_file_writer_under_kill
from hostile_start import TARGETS as HOSTILE_TARGETS
from hostile_start import StartRun, start_on_hostile_journal
from long_session import LongSession, run_long_session
from network_silence import (
    LoopbackCanary,
    NetworkGuard,
    RenderReport,
    connect_families,
    control_connect_command,
    remote_connects,
    screenshot_command,
    strace_problem,
    trace_connects,
)
from processes import PASSPHRASE
from saves_under_kill import SaveRun, run_saves_under_kill
from typing_under_kill import TypingRun, TypingSummary, max_chars_lost, run_typing_under_kill

__all__ = [
    "CANARIES",
    "DAMAGE_CASES",
    "HOSTILE_TARGETS",
    "METHODS",
    "PASSPHRASE",
    "DamageResult",
    "DiskFullCase",
    "FileRun",
    "FileSummary",
    "LongSession",
    "LoopbackCanary",
    "NetworkGuard",
    "RenderReport",
    "SaveRun",
    "SaveSummary",
    "Scan",
    "Source",
    "StartRun",
    "StraceReport",
    "TypingRun",
    "TypingSummary",
    "backup_case",
    "connect_families",
    "export_case",
    "false_positives",
    "healthy_journals",
    "in_parallel",
    "max_chars_lost",
    "prepare_source",
    "random_page",
    "run_case",
    "run_file_writer_under_kill",
    "run_long_session",
    "run_matrix",
    "run_saves_under_kill",
    "run_session_and_scan",
    "run_typing_under_kill",
    "save_case",
    "start_on_hostile_journal",
    "strace_app",
    "tmpfs_available",
    "try_damaged",
]

T = TypeVar("T")


def in_parallel(function: Callable[[int], T], seeds: Iterable[int], jobs: int) -> list[T]:
    """Independent runs (each its own child, folder and journal), ``jobs`` at a time, in seed order."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(function, seeds))


@dataclass
class SaveSummary:
    runs: list[SaveRun]

    @property
    def acknowledged(self) -> int:
        return sum(r.acknowledged for r in self.runs)

    @property
    def lost(self) -> int:
        return sum(len(r.lost) for r in self.runs)

    @property
    def partial(self) -> int:
        return sum(len(r.partial) for r in self.runs)

    @property
    def integrity_ok(self) -> int:
        return sum(r.integrity_ok and not r.problems for r in self.runs)

    @property
    def unacknowledged_extra(self) -> tuple[int, int]:
        """Total, and the most in one run (at most 1: the save in flight)."""
        extras = [r.unacknowledged_extra for r in self.runs]
        return sum(extras), max(extras, default=0)

    @property
    def killed_mid_run(self) -> int:
        return sum(r.killed for r in self.runs)

    @property
    def crashed(self) -> int:
        """Children that died by themselves before the kill came."""
        return sum(bool(r.crashed) for r in self.runs)

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.runs)


@dataclass
class FileSummary:
    kind: str
    runs: list[FileRun]

    @property
    def torn(self) -> int:
        return sum(bool(r.torn) for r in self.runs)

    @property
    def temps_after_crash(self) -> int:
        return sum(r.temps_after_crash for r in self.runs)

    @property
    def temps_left(self) -> int:
        return sum(r.temps_left for r in self.runs)

    @property
    def crashed(self) -> int:
        return sum(bool(r.crashed) for r in self.runs)

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.runs)


@dataclass
class StraceReport:
    problem: str | None  # why strace could not be used here (then nothing below was measured)
    control_seen: int = 0  # AF_INET connects seen in the control process (must be 1)
    families: dict[str, int] | None = None  # connect() calls of the app, per family
    remote: int = 0  # AF_INET + AF_INET6 connects of the app
    exit_code: int | None = None
    stderr: str = ""

    @property
    def passed(self) -> bool:
        return self.problem is None and self.control_seen >= 1 and self.remote == 0 and self.exit_code == 0


def strace_app(folder: Path) -> StraceReport:
    """``python -m career_journal --demo --screenshot`` under strace, after a control proves strace sees a connect."""
    problem = strace_problem()
    if problem is not None:
        return StraceReport(problem)
    with LoopbackCanary() as canary:
        control, _code, _err = trace_connects(control_connect_command(canary.port), folder / "control")
    families, code, stderr = trace_connects(screenshot_command(folder / "shots"), folder / "app")
    return StraceReport(None, remote_connects(control), dict(families), remote_connects(families), code, stderr)
