"""The corruption matrix at open: five kinds of bad file, each refused with a clear message and left untouched.

The damage itself comes from the storage tests (``tests/storage``), so the
two suites damage files the same way; what this adds is the matrix as one
figure, a page overwritten with random bytes, the 0-byte file, and the count
of false alarms over healthy journals.

Every case runs on an encrypted journal too, plus one more that only
encryption can catch: a single bit flipped anywhere in a page (SQLCipher's
HMAC on every page; a plain journal's checks may read such a page as valid).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from processes import FAULTS_DIR

if str(FAULTS_DIR.parent / "storage") not in sys.path:
    sys.path.insert(0, str(FAULTS_DIR.parent / "storage"))

from journal_files import ENTRY_COUNT, marker, page_size, sha256, siblings
from test_open_journal import _cut_in_half, _foreign_sqlite, _garbage_header, _in_rollback_mode

from career_journal import demo
from career_journal.domain.errors import JournalError
from career_journal.domain.records import Entry
from career_journal.storage.journal import Journal

Damage = Callable[[Path, Path, random.Random], None]


def build_many_page_journal(path: Path, passphrase: str | None = None) -> Path:
    """The storage tests' many-page journal: ENTRY_COUNT entries, each with its own marker word."""
    with Journal.open(path, create=True, passphrase=passphrase) as journal, journal.transaction():
        for number in range(ENTRY_COUNT):
            journal.entries.add(
                Entry(
                    title=f"Entry {number}",
                    body=f"{marker(number)} " + "steady progress on the release train. " * 40,
                    entry_date=date(2025, 1, 1) + timedelta(days=number),
                    tags=["bulk"],
                )
            )
    return path


def _size_of_pages(journal: Path) -> int:
    """The page size: from the header of a plain journal; SQLCipher's default for an encrypted one."""
    return page_size(journal) if journal.read_bytes()[:6] == b"SQLite" else CIPHER_PAGE_SIZE


def _middle_pages(journal: Path) -> tuple[bytearray, int, list[int]]:
    """The file's bytes, its page size, and the pages away from both ends that hold entries.

    An encrypted journal shows no entry's text, so any page away from both ends is a candidate.
    """
    data = bytearray(journal.read_bytes())
    size = _size_of_pages(journal)
    offsets = [data.find(marker(n).encode()) for n in range(ENTRY_COUNT)]
    holding = {o // size for o in offsets if o >= 0} or set(range(len(data) // size))
    return data, size, sorted(holding & set(range(2, len(data) // size - 1)))


def random_page(path: Path, journal: Path, rng: random.Random) -> None:
    """Overwrite one page that holds entries, away from both ends of the file, with random bytes."""
    data, size, middle = _middle_pages(journal)
    page = rng.choice(middle)
    data[page * size : (page + 1) * size] = rng.randbytes(size)
    path.write_bytes(bytes(data))


def one_bit(path: Path, journal: Path, rng: random.Random) -> None:
    """Flip a single bit at a random place in a page away from both ends (a failing disk, a cosmic ray)."""
    data, size, middle = _middle_pages(journal)
    offset = rng.choice(middle) * size + rng.randrange(size)
    data[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def zero_bytes(path: Path, _journal: Path, _rng: random.Random) -> None:
    path.write_bytes(b"")


def _without_rng(damage: Callable[[Path, Path], None]) -> Damage:
    return lambda path, journal, _rng: damage(path, journal)


CASES: dict[str, Damage] = {
    "truncated to 50%": _without_rng(_cut_in_half),
    "garbage header": _without_rng(_garbage_header),
    "random bytes over a middle page": random_page,
    "0-byte file": zero_bytes,
    "foreign SQLite file": _without_rng(_foreign_sqlite),
}
# What only an encrypted journal is sure to catch: its pages carry an HMAC.
ENCRYPTED_CASES: dict[str, Damage] = {**CASES, "one bit flipped": one_bit}
CIPHER_PAGE_SIZE = 4096


@dataclass
class DamageResult:
    case: str
    error: str  # the exception class, or "opened" when nothing was raised
    message: str
    names_file: bool  # the message says which file it is about
    unchanged: bool  # same SHA-256 before and after, and no -wal/-shm/-journal beside it

    @property
    def detected(self) -> bool:
        """Refused with a JournalError whose message names the file and says it was left untouched."""
        return self.error != "opened" and self.names_file and "untouched" in self.message


def try_damaged(
    case: str, folder: Path, healthy: Path, rng: random.Random, passphrase: str | None = None
) -> DamageResult:
    path = folder / f"{case.replace(' ', '-').replace('%', '')}.cjdb"
    ENCRYPTED_CASES[case](path, healthy, rng)
    before = sha256(path)
    error, message = "opened", ""
    try:
        Journal.open(path, passphrase=passphrase).close()
    except JournalError as exc:
        error, message = type(exc).__name__, str(exc)
    unchanged = sha256(path) == before and siblings(path) == []
    return DamageResult(case, error, message, str(path) in message, unchanged)


def healthy_journals(folder: Path, passphrase: str | None = None) -> list[Path]:
    """Healthy journals of different shapes: many pages, the demo, an empty one, one in rollback mode (plain)."""
    folder.mkdir(parents=True, exist_ok=True)
    many = build_many_page_journal(folder / "many-pages.cjdb", passphrase)
    with Journal.open(folder / "demo.cjdb", create=True, passphrase=passphrase) as journal:
        demo.populate(journal, date(2026, 11, 23))
    Journal.open(folder / "empty.cjdb", create=True, passphrase=passphrase).close()
    if passphrase is not None:
        return [many, folder / "demo.cjdb", folder / "empty.cjdb"]
    _in_rollback_mode(folder / "rollback.cjdb", many)
    return [many, folder / "demo.cjdb", folder / "empty.cjdb", folder / "rollback.cjdb"]


def false_positives(journals: list[Path], opens: int, passphrase: str | None = None) -> list[str]:
    """Open healthy journals ``opens`` times in turn; every refusal or failed check is a false alarm."""
    alarms = []
    for number in range(opens):
        path = journals[number % len(journals)]
        try:
            with Journal.open(path, passphrase=passphrase) as journal:
                problems = journal.check()
        except JournalError as exc:
            problems = [f"{type(exc).__name__}: {exc}"]
        alarms.extend(f"{path.name}: {problem}" for problem in problems)
    return alarms


def run_matrix(folder: Path, seed: int, passphrase: str | None = None) -> list[DamageResult]:
    folder.mkdir(parents=True, exist_ok=True)
    healthy = build_many_page_journal(folder / "healthy.cjdb", passphrase)
    rng = random.Random(seed)
    cases = CASES if passphrase is None else ENCRYPTED_CASES
    return [try_damaged(case, folder, healthy, rng, passphrase) for case in cases]
