"""The app starts on what Today needs; everything else loads the first time it is used, and works then."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from career_journal import demo
from career_journal.app import everyday_start
from career_journal.paths import default_journal_path
from career_journal.storage.journal import Journal

CHILD = Path(__file__).with_name("lazy_start_child.py")
FIRST_USES = [
    *(f"page:{name}" for name in ("today", "journal", "goals", "teaching", "network", "team", "reflect")),
    "page:insights",
    "page:timeline",
    "insights:charts",
    "timeline:rows",
    "search",
    "dialog:export",
    "dialog:preferences",
    "dialog:import-contacts",
    "dialog:restore",
    "dialog:drafts",
    "dialog:log-teaching",
    "dialog:log-conversation",
    "dialog:add-skill",
    "dialog:add-to-team",
    "spelling",
    "reminders",
    "backup",
]


def test_the_everyday_start_is_read_without_the_command_line(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    journal = tmp_path / "work.cjdb"
    assert everyday_start([]) == default_journal_path()
    assert everyday_start(["--db", str(journal)]) == journal
    assert everyday_start([f"--db={journal}"]) == journal
    monkeypatch.setenv("CAREER_JOURNAL_DB", str(journal))
    assert everyday_start([]) == journal
    # Everything else is the command line's: commands, the app's other options, help, and mistakes.
    for args in (["add", "x"], ["--demo"], ["--db", str(journal), "--new"], ["--help"], ["--db"], ["--db", "--new"]):
        assert everyday_start(args) is None, args


def test_today_is_painted_before_the_rest_loads_and_the_rest_works_when_first_used(tmp_path: Path) -> None:
    path = tmp_path / "work.cjdb"
    with Journal.open(path, create=True) as journal:
        demo.populate(journal, date.today())
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the window's settings (QSettings) stay in the test's folder
        "CAREER_JOURNAL_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, str(CHILD), str(path)], env=env, capture_output=True, text=True, timeout=240, check=False
    )
    lines = done.stdout.splitlines()
    assert "LOADED" in lines, f"loaded before Today was painted: {lines[:1]}\n{done.stderr[-3000:]}"
    assert [line for line in lines if line.startswith("FAILED")] == [], done.stderr[-3000:]
    assert [line.split()[1] for line in lines if line.startswith("USED")] == FIRST_USES
    assert lines[-1] == "EXITED 0"
