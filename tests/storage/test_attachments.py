"""Evidence files kept inside the journal: whole or not at all, found by name, in backups, wiped when deleted."""

from __future__ import annotations

import hashlib
import random
from datetime import date
from pathlib import Path

import pytest
from journal_files import raw_hits

from career_journal.domain.attachments import MAX_BYTES, Owner
from career_journal.domain.enums import RecordKind
from career_journal.domain.errors import Cancelled, InvalidInput, RecordNotFound
from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Entry, Goal
from career_journal.storage.attachments import CHUNK_BYTES
from career_journal.storage.backup import backup_to, restore_backup
from career_journal.storage.journal import Journal, inspect_journal_file
from career_journal.storage.schema_v1 import KIND_CODES

CANARY = b"qzxvkwfilecanary5802"


def some_bytes(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def an_entry(journal: Journal, title: str = "Quarterly review") -> int:
    return journal.entries.add(Entry(title=title, body="It went well.", entry_date=date(2026, 11, 20))).id or 0


def stored_chunks(journal: Journal) -> int:
    return journal.db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0]


def test_a_file_comes_back_byte_for_byte_in_chunks(journal: Journal) -> None:
    entry = an_entry(journal)
    data = some_bytes(2 * CHUNK_BYTES + 12345)
    # Handed over in pieces of any size: the journal keeps them in its own chunk size.
    attached = journal.attachments.add(Owner.entry(entry), "review.pdf", [data[:1000], data[1000:]])

    assert (attached.size, attached.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert attached.media_type == "application/pdf" and stored_chunks(journal) == 3
    pieces = list(journal.attachments.chunks(attached.id or 0))
    assert [len(p) for p in pieces] == [CHUNK_BYTES, CHUNK_BYTES, 12345]
    assert b"".join(pieces) == data
    assert journal.attachments.list_for(Owner.entry(entry)) == [attached]
    assert journal.check() == []


def test_files_go_on_entries_and_goals_only_and_only_on_records_that_exist(journal: Journal) -> None:
    goal = journal.goals.add(Goal(title="Staff engineer")).id or 0
    on_goal = journal.attachments.add(Owner.goal(goal), "slides.pptx", [b"slides"])
    assert journal.attachments.list_for(Owner.goal(goal)) == [on_goal]
    with pytest.raises(RecordNotFound, match="No entry matches '99'"):
        journal.attachments.add(Owner.entry(99), "a.txt", [b"x"])
    with pytest.raises(ValueError, match="entries and goals only"):
        Owner(RecordKind.PERSON, 1)
    assert journal.counts()["attachment"] == 1


def test_a_file_over_the_limit_is_refused_and_leaves_nothing_behind(journal: Journal) -> None:
    entry = an_entry(journal)
    block = bytes(CHUNK_BYTES)
    too_big = (block for _ in range(MAX_BYTES // CHUNK_BYTES + 2))
    with pytest.raises(InvalidInput, match=r"^huge\.bin is 50\.\d MB; a file can be at most 50 MB\. Nothing was"):
        journal.attachments.add(Owner.entry(entry), "huge.bin", too_big)
    assert journal.attachments.list_all() == [] and stored_chunks(journal) == 0


def test_stopping_half_way_keeps_nothing(journal: Journal) -> None:
    entry = an_entry(journal)
    asked = iter([False, False, True])
    with pytest.raises(Cancelled, match="Nothing was attached"):
        journal.attachments.add(
            Owner.entry(entry), "big.bin", [some_bytes(5 * CHUNK_BYTES)], should_stop=lambda: next(asked)
        )
    assert journal.attachments.list_all() == [] and stored_chunks(journal) == 0


def test_files_are_found_by_name_with_the_record_they_belong_to(journal: Journal) -> None:
    entry = an_entry(journal, "Promotion case")
    journal.attachments.add(Owner.entry(entry), "architecture-review_feedback.pdf", [b"%PDF"])
    hits = journal.search.search(SearchQuery("feedback", kinds=(RecordKind.ATTACHMENT,)))
    assert [(h.kind, h.title) for h in hits] == [
        (RecordKind.ATTACHMENT, "architecture-review_feedback.pdf (on Promotion case)")
    ]
    # Each kind keeps its search code for ever: files have their own, after the first ten.
    assert KIND_CODES["attachment"] == 11 and KIND_CODES["adviser"] == 10


def test_a_damaged_copy_is_reported_not_handed_out(journal: Journal) -> None:
    entry = an_entry(journal)
    attached = journal.attachments.add(Owner.entry(entry), "notes.txt", [b"the real words"])
    journal.db.execute("UPDATE attachment_chunks SET data = ? WHERE attachment_id = ?", [b"other words!", attached.id])
    with pytest.raises(InvalidInput, match=r"copy of notes\.txt is damaged"):
        b"".join(journal.attachments.chunks(attached.id or 0))
    journal.db.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", [attached.id])
    assert journal.check() == ["attached file #1 (notes.txt) holds 0 of its 14 bytes"]


def test_a_deleted_entry_takes_its_files_and_their_bytes_with_it(journal: Journal, journal_path: Path) -> None:
    entry = an_entry(journal)
    journal.attachments.add(Owner.entry(entry), f"{CANARY.decode()}.txt", [b"before " + CANARY + b" after"])
    journal.checkpoint()
    assert raw_hits(journal_path, CANARY.decode())["db"] >= 2, "the control: name and content are in the file"

    journal.entries.delete(entry)
    journal.checkpoint()
    assert journal.attachments.list_all() == [] and stored_chunks(journal) == 0
    assert raw_hits(journal_path, CANARY.decode()) == {"db": 0, "-wal": 0}
    assert journal.search.search(SearchQuery(CANARY.decode())) == []
    assert journal.check() == []


def test_detach_wipes_the_bytes_from_the_file_and_its_wal(journal: Journal, journal_path: Path) -> None:
    entry = an_entry(journal)
    kept = journal.attachments.add(Owner.entry(entry), "kept.txt", [b"nothing secret"])
    gone = journal.attachments.add(Owner.entry(entry), "gone.bin", [some_bytes(CHUNK_BYTES) + CANARY])
    assert raw_hits(journal_path, CANARY.decode())["-wal"] >= 1, "the control: the bytes are in the WAL"

    journal.detach(gone.id or 0)
    assert raw_hits(journal_path, CANARY.decode()) == {"db": 0, "-wal": 0}
    assert journal.attachments.list_all() == [kept]


def test_a_backup_holds_the_files_and_a_restore_brings_them_back(journal: Journal, tmp_path: Path) -> None:
    entry = an_entry(journal)
    data = some_bytes(CHUNK_BYTES + 99)
    attached = journal.attachments.add(Owner.entry(entry), "result.png", [data])
    backup = backup_to(journal.db, tmp_path / "backups" / "copy.cjdb")
    assert inspect_journal_file(backup)["attachment"] == 1
    journal.detach(attached.id or 0)
    path = journal.path
    journal.close()

    restore_backup(backup, path)
    with Journal.open(path) as restored:
        assert b"".join(restored.attachments.chunks(attached.id or 0)) == data
        assert restored.check() == []
