"""A canary scan after a session of edit, search, delete, export and crash.

Unique words are planted in an entry that is then deleted, a goal, a
person's email and phone, an adviser note, a private entry and a search
query. A child runs the session and is killed with SIGKILL; then every place
the text could linger is scanned for each canary.

What the journal still holds is in its file (when the file is not encrypted),
but the deleted entry must be gone from it after the next start's checkpoint,
a search query is never stored anywhere, drafts, temp files, settings and logs
hold none of it, and the coach export holds the chosen goal and none of the
private entry, the contact details or the adviser note.

With a passphrase the same session runs on an encrypted journal: then no
canary may be readable in the journal, its -wal and -shm, or its backup,
while every live canary is still found by a search once the journal is
opened with its passphrase.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from processes import Child, passphrase_env

from career_journal.domain.queries import SearchQuery
from career_journal.storage.journal import Journal

CANARIES = ("deleted entry", "goal", "contact email", "contact phone", "adviser note", "private entry", "search query")
LIVE = {"goal", "contact email", "contact phone", "adviser note", "private entry"}  # still in the journal
SEARCHABLE = {"goal", "adviser note", "private entry"}  # contact details are shown on the person, not indexed
SHARED_IN_EXPORT = {"goal"}  # the coach packet shows goals; everything else planted stays out of it
ANY, ABSENT, PRESENT = "any", "absent", "present"


def make_canaries() -> dict[str, str]:
    """One unique word per place; a phone number is digits only, as a real one would be."""
    words = {name: f"canary{uuid.uuid4().hex}7" for name in CANARIES}
    words["contact phone"] = "+44" + str(uuid.uuid4().int)[:12]
    return words


def needles(canary: str) -> list[bytes]:
    """The canary's tail, as UTF-8 and UTF-16: the search index stores words lower-cased and prefix-compressed."""
    tail = canary[-16:].lower()
    return [tail.encode("utf-8"), tail.encode("utf-16-le")]


def count_in(data: bytes, canary: str) -> int:
    lowered = data.lower()
    return sum(lowered.count(needle) for needle in needles(canary))


@dataclass
class Layout:
    """Where the session's files live: one root, so nothing outside it can be missed or touched."""

    root: Path

    @property
    def journal(self) -> Path:
        return self.root / "data" / "journal.cjdb"

    @property
    def export(self) -> Path:
        return self.root / "exports" / "coach.md"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def home(self) -> Path:
        return self.root / "home"

    def make(self) -> None:
        for folder in (self.journal.parent, self.export.parent, self.backups, self.tmp, self.home, self.root / "run"):
            folder.mkdir(parents=True, exist_ok=True)
        (self.root / "run").chmod(0o700)

    def env(self) -> dict[str, str]:
        home = self.home
        return {
            "HOME": str(home),
            "TMPDIR": str(self.tmp),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(self.root / "run"),
            "CAREER_JOURNAL_HOME": str(self.journal.parent),
        }


@dataclass
class Scan:
    hits: dict[str, dict[str, int]] = field(default_factory=dict)  # location -> canary -> count
    files: dict[str, list[str]] = field(default_factory=dict)  # location -> files it covered
    violations: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the session did, from the child's own lines
    searchable: dict[str, int] = field(default_factory=dict)  # live canary -> found at the next start (search, person)

    def add(self, location: str, paths: list[Path], canaries: dict[str, str], extra: bytes = b"") -> None:
        data = b"".join(p.read_bytes() for p in paths if p.is_file()) + extra
        self.hits[location] = {name: count_in(data, word) for name, word in canaries.items()}
        self.files[location] = [p.name for p in paths if p.is_file()]

    def expect(self, location: str, rules: dict[str, str]) -> None:
        for name, count in self.hits[location].items():
            rule = rules.get(name, ABSENT)
            if (rule == ABSENT and count) or (rule == PRESENT and not count):
                self.violations.append(f"{location}: '{name}' found {count} time(s), expected {rule}")


def journal_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]


def run_session_and_scan(root: Path, passphrase: str | None = None) -> Scan:
    layout = Layout(root)
    layout.make()
    canaries = make_canaries()
    plan = root / "canaries.json"
    plan.write_text(json.dumps(canaries))
    env = {**layout.env(), **passphrase_env(passphrase)}
    child = Child("child_session.py", [layout.journal, layout.export, plan], env=env)
    child.wait_for("SESSION-DONE", timeout=120)
    result = child.kill()
    plan.unlink()
    scan = Scan()
    if result.of("DIALOG"):
        scan.violations.append(f"the session showed a message: {result.of('DIALOG')[0].words}")
    if not result.of("DRAFTED"):  # the control for the drafts check: typing did leave the canary in a draft
        scan.violations.append("typing left no draft, so the empty drafts table proves nothing")
    searched = result.of("SEARCHED")[0].words[1:] if result.of("SEARCHED") else ["?", "?"]
    scan.notes.append(f"typing left a draft: {bool(result.of('DRAFTED'))}")
    scan.notes.append(f"search hits: {searched[0]} for the query canary, {searched[1]} for the goal canary")
    scan.add("db + -wal right after the crash", journal_files(layout.journal)[:2], canaries)
    with Journal.open(layout.journal, passphrase=passphrase) as journal:  # the next start
        journal.checkpoint()
        for location, path in zip(("database file", "-wal", "-shm"), journal_files(layout.journal), strict=True):
            scan.add(location, [path], canaries)
        drafts = journal.db.execute("SELECT key || label || fields FROM drafts").fetchall()
        scan.add("drafts (in the journal)", [], canaries, "".join(row[0] for row in drafts).encode())
        backup = journal.backups.copy_to(layout.backups / "after-the-session.cjdb", db=journal.db)
        for name in sorted(SEARCHABLE):
            scan.searchable[name] = len(journal.search.search(SearchQuery(canaries[name])))
        people = journal.people.list()
        for name, read in (("contact email", lambda p: p.email or ""), ("contact phone", lambda p: p.phone or "")):
            scan.searchable[name] = sum(canaries[name] in read(person) for person in people)
    scan.add("backup made after", [backup], canaries)
    scan.add("temp folder ($TMPDIR)", sorted(p for p in layout.tmp.rglob("*") if p.is_file()), canaries)
    known = {*journal_files(layout.journal), layout.export, backup}
    others = sorted(p for p in root.rglob("*") if p.is_file() and p not in known and layout.tmp not in p.parents)
    scan.add("other files (settings, caches, logs)", others, canaries)
    scan.add("coach export", [layout.export], canaries)
    if passphrase is None:
        # The journal and its backup must hold the live records (the control: the scan does see text) and
        # neither the deleted entry nor the search query; the -wal and -shm may hold live text or not.
        for location in ("database file", "backup made after"):
            scan.expect(location, {name: PRESENT for name in LIVE})
        for location in ("-wal", "-shm"):
            scan.expect(location, {name: ANY for name in LIVE})
    else:
        # Encrypted: nothing readable anywhere on disk, while a search after unlocking finds every live record.
        for location in ("db + -wal right after the crash", "database file", "-wal", "-shm", "backup made after"):
            scan.expect(location, {})
        scan.violations.extend(f"after unlocking: '{name}' not found" for name, hits in
                               scan.searchable.items() if hits == 0)  # fmt: skip
    for location in ("drafts (in the journal)", "temp folder ($TMPDIR)", "other files (settings, caches, logs)"):
        scan.expect(location, {})
    scan.expect("coach export", {name: PRESENT for name in SHARED_IN_EXPORT})
    return scan
