"""Attacks that broke through once (issue 7, items 1–3 and 5–8), replayed from outside with the real CLI.

Each attack returns an ``Attack``: how many tries, how many held, and what broke. The quick
tests (``test_attacks.py``) run each once; ``benchmarks/faults.py`` runs them with more tries
and prints the figures. Every command is a child process (``python -m career_journal``) with
its own data folder, as someone with only the README would run it.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import stat
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from processes import child_env

from career_journal.domain.records import Draft, Entry, entry_draft_key
from career_journal.files import TEMP_PREFIX
from career_journal.storage.backup import restore_backup
from career_journal.storage.journal import Journal

CANARY = "zqvattackcanary4417"
HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from career_journal.ui.single_instance import SingleInstance
app = QCoreApplication([])
held = SingleInstance(Path(sys.argv[1]))
print("held" if held.acquire() else "refused", flush=True)
time.sleep(120)
"""


@dataclass
class Attack:
    name: str
    tries: int = 0
    held: int = 0
    broke: list[str] = field(default_factory=list)

    def record(self, ok: bool, what: str) -> None:
        self.tries += 1
        if ok:
            self.held += 1
        else:
            self.broke.append(what)

    @property
    def passed(self) -> bool:
        return self.tries > 0 and self.held == self.tries


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(home: Path, *args: object, umask: int | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``career-journal ARGS`` in a child process whose data folder is ``home``."""
    env = child_env({"CAREER_JOURNAL_HOME": str(home)})
    env.pop("CAREER_JOURNAL_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "career_journal", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )


def _journal_with_entry(folder: Path) -> tuple[Path, Path]:
    home = folder / "home"
    journal = folder / "work" / "j.cjdb"
    made = cli(home, "--db", journal, "--new", "add", "the only copy of this thought")
    assert made.returncode == 0, made.stderr
    return home, journal


def export_over_the_journal(folder: Path) -> Attack:
    """Item 1: `export … -o` and `backup -o` aimed at the journal under every spelling, and at other databases."""
    attack = Attack("export or backup written over the journal")
    home, journal = _journal_with_entry(folder)
    backup = Path(cli(home, "--db", journal, "backup").stdout.split("Backed up to ", 1)[1].strip())
    other = folder / "other.cjdb"
    cli(home, "--db", other, "--new", "add", "another journal")
    link, hard, pipe = folder / "link.cjdb", folder / "hard.cjdb", folder / "pipe"
    link.symlink_to(journal)
    os.link(journal, hard)
    os.mkfifo(pipe)
    targets = [
        journal,
        journal.parent / ".." / journal.parent.name / journal.name,
        link,
        hard,
        Path(f"{journal}-wal"),
        Path(f"{journal}-shm"),
        backup,
        other,
        Path("/dev/null"),
        pipe,
        "",
    ]
    guarded = {path: _digest(path) for path in (journal, backup, other)}
    for command in (["export", "markdown"], ["export", "json"], ["backup"]):
        for target in targets:
            result = cli(home, "--db", journal, *command, "-o", target, timeout=30)
            unchanged = {path: _digest(path) for path in guarded} == guarded
            attack.record(result.returncode == 1 and unchanged, f"{' '.join(command)} -o {target!s}")
    with Journal.open(journal) as opened:
        attack.record([e.body for e in opened.entries.list()] == ["the only copy of this thought"], "journal intact")
    return attack


def same_second_restores(folder: Path, pairs: int = 3) -> Attack:
    """Item 2: two restores in one second each set their journal aside; nothing is lost."""
    attack = Attack("two restores in the same second")
    for pair in range(pairs):
        path = folder / f"pair-{pair}" / "j.cjdb"
        with Journal.open(path, create=True) as journal:
            backup = journal.backups.make()
        moment = datetime(2026, 12, 2, 12, 0, pair)
        asides = []
        for text in ("only in the first", "only in the second"):
            with Journal.open(path) as journal:
                journal.entries.add(Entry(body=text, entry_date=date(2026, 1, 1)))
            asides.append(restore_backup(backup, path, now=moment).set_aside)
        bodies = []
        for aside in asides:
            with Journal.open(aside) as journal:  # type: ignore[arg-type]
                bodies += [e.body for e in journal.entries.list()]
        attack.record(
            asides[0] != asides[1] and sorted(bodies) == ["only in the first", "only in the second"], f"pair {pair}"
        )
    return attack


def restore_around_the_lock(folder: Path) -> Attack:
    """Item 3: while an app holds the journal, restore through another spelling is refused; a replaced
    file takes no more saves from a connection that still has the old one open."""
    attack = Attack("restore around the app's lock")
    home, journal = _journal_with_entry(folder)
    cli(home, "--db", journal, "backup")
    env = child_env({"CAREER_JOURNAL_HOME": str(home)})
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(journal)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        link = folder / "other-name.cjdb"
        link.symlink_to(journal)
        before = _digest(journal)
        for spelling in (journal, journal.parent / ".." / journal.parent.name / journal.name, link):
            result = cli(home, "--db", spelling, "restore", "latest", "--yes")
            attack.record(result.returncode == 1 and _digest(journal) == before, f"restore --db {spelling}")
    finally:
        holder.kill()
        holder.wait()
    with Journal.open(journal) as opened:
        backup = opened.backups.latest()
        assert backup is not None
        restore_backup(backup.path, journal)
        try:
            opened.entries.add(Entry(body=CANARY, entry_date=date(2026, 1, 1)))
            refused = False
        except Exception:
            refused = True
    attack.record(refused, "a save through a connection to the replaced file")
    return attack


def drafts_after_delete(folder: Path) -> Attack:
    """Item 5: `delete N --yes` takes the entry's unsaved draft with it."""
    attack = Attack("a deleted entry's draft")
    home, journal = _journal_with_entry(folder)
    with Journal.open(journal) as opened:
        entry_id = opened.entries.list()[0].id
        opened.drafts.save(Draft(entry_draft_key(entry_id), "typed", {"body": f"{CANARY} typed, not saved"}))
    result = cli(home, "--db", journal, "delete", entry_id, "--yes")
    with Journal.open(journal) as opened:
        attack.record(result.returncode == 0 and opened.drafts.count() == 0, "draft after delete")
    attack.record(journal.read_bytes().count(CANARY.encode()) == 0, "draft text in the file")
    return attack


def _big_journal(folder: Path) -> tuple[Path, Path]:
    home = folder / "home"
    path = folder / "big" / "j.cjdb"
    rng = random.Random(3)
    with Journal.open(path, create=True) as journal, journal.transaction():
        for number in range(4000):
            words = " ".join(rng.choice(("private", "plan", "exit", "phone", CANARY)) for _ in range(250))
            journal.entries.add(
                Entry(body=words, entry_date=date(2020, 1, 1) + timedelta(days=number % 2000), private=True)
            )
    return home, path


def interrupted_exports(folder: Path, rounds: int = 2) -> Attack:
    """Item 6: SIGTERM and SIGHUP remove the export's temp file; after kill -9 the next export into the
    folder, or the app's next start, removes it."""
    attack = Attack("interrupted exports leave a private copy")
    home, journal = _big_journal(folder)
    for round_number in range(rounds):
        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGKILL):
            out = folder / f"ex-{round_number}-{sig.name}"
            out.mkdir()
            env = child_env({"CAREER_JOURNAL_HOME": str(home)})
            command = [sys.executable, "-m", "career_journal", "--db", str(journal), "export", "json", "-o"]
            child = subprocess.Popen([*command, str(out / "out.json")], env=env, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 60
            while not list(out.glob(f"{TEMP_PREFIX}*")) and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            child.send_signal(sig)
            child.wait()
            left = list(out.glob(f"{TEMP_PREFIX}*"))
            if sig is signal.SIGKILL:
                # the next export into the folder clears it; so does the app's next start (recorded folder)
                if round_number % 2 == 0:
                    cli(home, "--db", journal, "export", "markdown", "--section", "goals", "-o", out / "small.md")
                else:
                    start = (
                        "from pathlib import Path; from career_journal.startup import tidy_leftovers; "
                        f"tidy_leftovers(Path({str(journal)!r}))"
                    )
                    subprocess.run([sys.executable, "-c", start], env=env, check=True, timeout=60)
                left = list(out.glob(f"{TEMP_PREFIX}*"))
            attack.record(not left, f"{sig.name}: {len(left)} temp file(s) left in {out.name}")
    return attack


def deleted_text_in_the_wal(folder: Path, tries: int = 3) -> Attack:
    """Item 7: with the journal still open (as in an app left running), a delete leaves nothing in the -wal."""
    attack = Attack("deleted text in the -wal of an open journal")
    path = folder / "open.cjdb"
    with Journal.open(path, create=True) as journal:
        for number in range(tries):
            entry = journal.entries.add(Entry(body=f"{CANARY} secret {number}", entry_date=date(2026, 1, 1)))
            journal.entries.delete(entry.id or 0)
            wal = Path(f"{path}-wal")
            hits = wal.read_bytes().count(CANARY.encode()) if wal.exists() else 0
            attack.record(hits == 0 and path.read_bytes().count(CANARY.encode()) == 0, f"delete {number}: {hits}")
    return attack


def folders_under_umask(folder: Path) -> Attack:
    """Item 8: every folder the app creates is 0700, under umask 000, the data folder's parents included."""
    attack = Attack("folders others can read")
    home = folder / "home" / ".local" / "share" / "CareerJournal"
    deep = folder / "usb" / "work" / "j.cjdb"
    cli(home, "add", "default journal", umask=0)
    cli(home, "--db", deep, "--new", "add", "a journal elsewhere", umask=0)
    cli(home, "--db", deep, "backup", umask=0)
    for made in (home / "backups", deep.parent, Path(f"{deep}.backups")):
        current = made
        while current != folder:
            mode = stat.S_IMODE(current.stat().st_mode)
            attack.record(mode == 0o700, f"{current.relative_to(folder)} is {mode:o}")
            current = current.parent
    return attack


ATTACKS = (
    export_over_the_journal,
    same_second_restores,
    restore_around_the_lock,
    drafts_after_delete,
    interrupted_exports,
    deleted_text_in_the_wal,
    folders_under_umask,
)
