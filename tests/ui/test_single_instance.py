"""One app per journal: a second launch brings the first forward; a crashed app's lock is taken at once."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from career_journal import app as app_module
from career_journal.paths import lock_path, running_app_pid
from career_journal.ui.single_instance import SingleInstance


def test_a_second_instance_hands_over_to_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal = tmp_path / "work.cjdb"
    first = SingleInstance(journal)
    assert first.acquire()
    assert stat.S_IMODE(os.stat(lock_path(journal)).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(lock_path(journal).parent).st_mode) == 0o700
    assert running_app_pid(journal) == os.getpid()

    second = SingleInstance(journal)
    assert not second.acquire()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.hand_over()
    first.release()
    assert SingleInstance(journal).acquire()  # released: the next launch takes it


def test_another_journal_has_its_own_lock(tmp_path: Path) -> None:
    one, other = SingleInstance(tmp_path / "a.cjdb"), SingleInstance(tmp_path / "b.cjdb")
    assert one.acquire() and other.acquire()
    one.release()
    other.release()


HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from career_journal.ui.single_instance import SingleInstance
app = QCoreApplication([])
held = SingleInstance(__import__("pathlib").Path(sys.argv[1]))
print("held" if held.acquire() else "refused", flush=True)
time.sleep(60)
"""


def test_the_lock_of_a_killed_app_is_taken_over_at_once(tmp_path: Path) -> None:
    journal = tmp_path / "work.cjdb"
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(journal)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert running_app_pid(journal) == child.pid
        assert not SingleInstance(journal).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert running_app_pid(journal) is None
    started = time.monotonic()
    after = SingleInstance(journal)
    assert after.acquire()
    assert time.monotonic() - started < 5  # not a timed target: a stale lock must never need waiting out
    after.release()


def test_a_second_launch_of_the_app_never_opens_the_journal(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    journal = tmp_path / "work.cjdb"
    first = SingleInstance(journal)
    assert first.acquire()
    opened: list[Path] = []
    monkeypatch.setattr(app_module, "_open_interactively", lambda path, new: opened.append(path))
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert app_module.run_app(db_path=journal) == 0
    assert opened == [] and not journal.exists()
    first.release()
