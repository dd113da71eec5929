"""kill -9 during saves made through the app's own save path (EntryEditor.save).

Every save is a multi-record write: the entry, three tags, and links to two
people and one goal; every third save edits an earlier entry instead, which
replaces its tags and links. The body starts with a header naming its own tags
and links, so the journal after the crash can be checked against itself: an
entry whose tags or links do not match its header was half-written.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from processes import Child, ChildResult, kill_after_event, passphrase_env, sha256_text

from career_journal.domain.errors import JournalError
from career_journal.storage.journal import Journal

PEOPLE = ("Dana Whitfield", "Marcus Obi", "Priya Raman")
GOALS = ("Staff engineer by next spring", "Hand over the release train")
WORDS = ("release", "taught", "handover", "runbook", "coach", "rollback", "pairing", "ünïcode", "✓", "review")


@dataclass(frozen=True)
class PlannedSave:
    title: str
    body: str
    tags: tuple[str, ...]
    person_ids: tuple[int, ...]
    goal_ids: tuple[int, ...]


def plan_save(seed: int, number: int, people: list[int], goals: list[int]) -> PlannedSave:
    """Save ``number`` of run ``seed``: the same on both sides of the pipe."""
    rng = random.Random(seed * 1_000_003 + number)
    tags = (f"save{number}", f"group{number % 7}", "bulk")
    person_ids = tuple(sorted(rng.sample(people, 2)))
    goal_ids = (rng.choice(goals),)
    filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 600)))
    header = describe(tags, person_ids, goal_ids)
    return PlannedSave(f"Save {number} of run {seed}", f"{header}\n\n{filler}", tags, person_ids, goal_ids)


def describe(tags: tuple[str, ...], person_ids: tuple[int, ...], goal_ids: tuple[int, ...]) -> str:
    return f"tags: {','.join(tags)}\npeople: {','.join(map(str, person_ids))}\ngoals: {','.join(map(str, goal_ids))}"


def expected_from_body(body: str) -> tuple[set[str], set[int], set[int]] | None:
    """The tags and links an entry's own header says it has (None: no header, so it cannot be whole)."""
    lines = body.split("\n", 3)
    if len(lines) < 3 or not lines[0].startswith("tags: "):
        return None
    values = [line.split(": ", 1)[1] if ": " in line else "" for line in lines[:3]]
    tags = {t for t in values[0].split(",") if t}
    return tags, {int(i) for i in values[1].split(",") if i}, {int(i) for i in values[2].split(",") if i}


@dataclass
class SaveRun:
    seed: int
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)  # acknowledged saves whose text is not in the journal
    partial: list[str] = field(default_factory=list)  # entries whose tags/links do not match their own header
    unacknowledged_extra: int = 0  # the save in flight when the kill landed, found committed
    unexplained: list[str] = field(default_factory=list)  # entries nobody tried to save
    integrity_ok: bool = False
    problems: list[str] = field(default_factory=list)  # Journal.check() at the next start
    killed: bool = False
    crashed: str = ""  # the child died by itself before the kill
    dialogs: list[str] = field(default_factory=list)  # messages shown, and saves that returned nothing

    @property
    def passed(self) -> bool:
        troubles = self.lost or self.partial or self.unexplained or self.problems or self.dialogs or self.crashed
        return not troubles and (self.integrity_ok and self.unacknowledged_extra <= 1)


def run_saves_under_kill(folder: Path, seed: int, saves: int, passphrase: str | None = None) -> SaveRun:
    """One run: a fresh journal, a child saving ``saves`` entries, SIGKILL at a random moment, then the checks.

    With ``passphrase`` the journal is an encrypted one.
    """
    rng = random.Random(seed)
    journal_path = folder / f"saves-{seed}.cjdb"
    child = Child("child_saver.py", [journal_path, saves, seed], env=passphrase_env(passphrase))
    child.wait_for("READY")
    result = kill_after_event(child, "ACK", rng.randint(1, saves), rng)
    return check_saves(journal_path, result, seed, passphrase)


def check_saves(journal_path: Path, result: ChildResult, seed: int, passphrase: str | None = None) -> SaveRun:
    run = SaveRun(seed, killed=result.killed, crashed=result.crashed)
    run.dialogs = [" ".join(line.words[1:]) for line in result.of("DIALOG") + result.of("FAILED")]
    last_acked: dict[int, str] = {}
    in_flight: tuple[str, str] | None = None  # (entry id or "new", body hash) of a save that never returned
    for line in result.lines:
        if line.kind == "TRY":
            in_flight = (line.words[1], line.words[2])
        elif line.kind == "ACK":
            last_acked[int(line.words[1])] = line.words[2]
            run.acknowledged += 1
            in_flight = None
    try:
        tables = read_journal(journal_path, passphrase)
    except JournalError as exc:
        run.problems = [f"the next start refused the journal: {exc}"]
        return run
    run.integrity_ok, run.problems, bodies, (tags, people, goals, skills) = tables
    for entry_id, acked_hash in last_acked.items():
        found = sha256_text(bodies[entry_id]) if entry_id in bodies else None
        if found == acked_hash:
            continue
        if in_flight == (str(entry_id), found):
            run.unacknowledged_extra += 1
        else:
            run.lost.append(f"entry {entry_id}: acknowledged {acked_hash[:12]}, found {found and found[:12]}")
    for entry_id, body in bodies.items():
        if entry_id not in last_acked:
            if in_flight == ("new", sha256_text(body)):
                run.unacknowledged_extra += 1
            else:
                run.unexplained.append(f"entry {entry_id} was never saved by the child")
        expected = expected_from_body(body)
        found_links = (tags.get(entry_id, set()), people.get(entry_id, set()), goals.get(entry_id, set()))
        if expected is None or found_links != expected or skills.get(entry_id):
            run.partial.append(f"entry {entry_id}: header says {expected}, journal has {found_links}")
    return run


def read_journal(
    path: Path, passphrase: str | None = None
) -> tuple[bool, list[str], dict[int, str], list[dict[int, set]]]:
    """The next start (header, quick_check, migrations), then integrity, Journal.check(), bodies, tags and links."""
    with Journal.open(path, passphrase=passphrase) as journal:
        rows = journal.db.execute("PRAGMA integrity_check").fetchall()
        bodies = {row[0]: row[1] for row in journal.db.execute("SELECT id, body FROM entries")}
        links = [
            _grouped(journal, f"SELECT entry_id, {column} FROM {table}")
            for table, column in (
                ("entry_tags", "tag"),
                ("entry_people", "person_id"),
                ("entry_goals", "goal_id"),
                ("entry_skills", "skill_id"),
            )
        ]
        return [tuple(r) for r in rows] == [("ok",)], journal.check(), bodies, links


def _grouped(journal: Journal, sql: str) -> dict[int, set]:
    grouped: dict[int, set] = {}
    for entry_id, value in journal.db.execute(sql).fetchall():
        grouped.setdefault(entry_id, set()).add(value)
    return grouped


def start_child_saves(journal: Journal) -> tuple[list[int], list[int]]:
    """The people and goals every save links to, created once at the start (in the child)."""
    from career_journal.domain.records import Goal, Person

    people = [journal.people.add(Person(name=name)).id or 0 for name in PEOPLE]
    goals = [journal.goals.add(Goal(title=title)).id or 0 for title in GOALS]
    return people, goals
