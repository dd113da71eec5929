"""A name that is HTML aimed at a device: the app must still start on the Journal page and close normally.

The attack of issue 7: ``person add 'Ann <img src="/dev/zero">'`` linked to an
entry, with the app last left on the Journal page. Qt read the name as HTML and
then the file it names: /dev/zero until memory ran out, so the app aborted at
every start, or a FIFO for ever. Here the names of a person, a skill, an
opportunity and an entry point at one of those; a child starts the real app
on the journal (``child_app_start.py``) and must close by itself before the
deadline, or it is killed and the run fails.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from child_common import TODAY
from processes import Child

from career_journal.domain.enums import Criticality, LearnerLevel
from career_journal.domain.records import Entry, Opportunity, Person, Skill, Teaching
from career_journal.storage.journal import Journal

DEADLINE_S = 30.0
MEMORY_LIMIT_MB = 3072  # a normal start needs well under this; reading /dev/zero passes it within a second
TARGETS = ("fifo", "/dev/zero")


@dataclass
class StartRun:
    target: str  # what the names point at
    seconds: float  # from start until the app returned (or until it was killed)
    shown: str  # the page the window showed when it was closed ("" if it never got there)
    exit_code: int | None  # what ``run_app`` returned (None: it never returned)
    returncode: int | None  # the child process's
    killed: bool  # still running at the deadline
    stderr: str

    @property
    def passed(self) -> bool:
        return self.shown == "journal" and self.exit_code == 0 and self.returncode == 0 and not self.killed

    @property
    def problem(self) -> str:
        if self.killed:
            return f"hung: killed after {DEADLINE_S:.0f} s"
        if self.returncode != 0:
            lines = [line for line in self.stderr.splitlines() if line.strip() and "propagateSizeHints" not in line]
            return f"died with code {self.returncode}: {lines[-1] if lines else 'no message'}"
        return "" if self.passed else f"showed {self.shown or 'nothing'}, returned {self.exit_code}"


def fill_hostile(path: Path, target: str) -> None:
    """The names of the issue's attack, each pointing at ``target``, linked so the pages show them."""
    aimed = f'<img src="{target}">'
    with Journal.open(path, create=True) as journal:
        person = journal.people.add(Person(name=f"Ann {aimed}", org=aimed, role=aimed, needs=aimed))
        skill = journal.skills.add(Skill(name=f"Terraform {aimed}", criticality=Criticality.CRITICAL))
        journal.skills.add_teaching(
            Teaching(skill_id=skill.id or 0, person_id=person.id or 0, taught_on=TODAY, level=LearnerLevel.AWARE)
        )
        journal.people.add_opportunity(Opportunity(title=f"Shared checklist {aimed}", person_id=person.id))
        for days in range(3):
            journal.entries.add(
                Entry(
                    title=f"Coffee {aimed}",
                    body="Talked about the release train.",
                    entry_date=TODAY - timedelta(days=days),
                    person_ids=[person.id or 0],
                    skill_ids=[skill.id or 0],
                )
            )


def start_on_hostile_journal(folder: Path, target: str) -> StartRun:
    """Build the journal (names aimed at ``target``: "fifo" or a path) and start the app on it once."""
    folder.mkdir(parents=True, exist_ok=True)
    if target == "fifo":
        aimed_at = folder / "names-point-here"
        os.mkfifo(aimed_at)  # opened for reading, it waits for a writer that never comes
    else:
        aimed_at = Path(target)
    journal = folder / "journal.cjdb"
    fill_hostile(journal, str(aimed_at))
    env = {"XDG_CONFIG_HOME": str(folder / "config"), "CAREER_JOURNAL_HOME": str(folder / "data")}
    started = time.monotonic()
    child = Child("child_app_start.py", [journal, MEMORY_LIMIT_MB], env=env)
    exited = child.wait_until("EXITED", timeout=DEADLINE_S)
    with contextlib.suppress(subprocess.TimeoutExpired):
        child.process.wait(timeout=5)  # it returned, or it died by itself before the deadline
    result = child.kill()  # a kill only if it is still running: hung, or stuck after saying EXITED
    shown = result.of("SHOWN")
    return StartRun(
        target=target,
        seconds=time.monotonic() - started,
        shown=shown[0].words[1] if shown else "",
        exit_code=int(exited.words[1]) if exited is not None else None,
        returncode=result.returncode,
        killed=result.killed,
        stderr=result.stderr,
    )
