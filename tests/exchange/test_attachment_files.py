"""Evidence files in and out: attach from disk, save, open through a private copy, JSON and Markdown exports."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from markdown_checks import TODAY, lint

from career_journal.domain.attachments import Owner
from career_journal.domain.errors import ImportRejected, InvalidInput, JournalError
from career_journal.domain.records import Entry
from career_journal.exchange.attachment_files import OpenedCopies, attach_file, save_attachment
from career_journal.exchange.json_io import export_json, import_json
from career_journal.exchange.markdown import MarkdownOptions, write_markdown
from career_journal.storage.journal import Journal


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def entry(journal: Journal) -> Owner:
    saved = journal.entries.add(Entry(title="Review", body="Went well.", entry_date=TODAY))
    return Owner.entry(saved.id or 0)


def test_attaching_a_file_from_disk_and_saving_it_back(journal: Journal, entry: Owner, tmp_path: Path) -> None:
    source = tmp_path / "Q3 review.pdf"
    source.write_bytes(b"%PDF-1.7 " + os.urandom(700_000))
    attached = attach_file(journal, entry, source)
    assert (attached.file_name, attached.size) == ("Q3 review.pdf", source.stat().st_size)

    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    save_attachment(journal, attached.id or 0, target)
    assert target.read_bytes() == source.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["copy.pdf"]  # no temp file left behind


def test_a_big_file_is_never_held_whole_in_memory(journal: Journal, entry: Owner, tmp_path: Path) -> None:
    source = tmp_path / "deck.pptx"
    with open(source, "wb") as handle:
        for _ in range(40):
            handle.write(os.urandom(500_000))  # 20 MB
    tracemalloc.start()
    try:
        attached = attach_file(journal, entry, source)
        _now, attaching = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        save_attachment(journal, attached.id or 0, tmp_path / "back.pptx")
        _now, saving = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert attaching < 5_000_000 and saving < 5_000_000, (attaching, saving)
    assert (tmp_path / "back.pptx").read_bytes() == source.read_bytes()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder: folder / "missing.pdf", "There is no file at"),
        (lambda folder: folder, "is a folder; attach the files in it one at a time"),
        (lambda folder: _sparse(folder / "video.mp4", 50_000_001), "video.mp4 is 50 MB; a file can be at most 50 MB"),
    ],
    ids=["missing", "folder", "too-large"],
)
def test_a_file_that_cannot_be_attached_is_refused_in_one_line(
    journal: Journal, entry: Owner, tmp_path: Path, make, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message) as refused:
        attach_file(journal, entry, make(tmp_path))
    assert "\n" not in str(refused.value) and "Nothing was attached." in str(refused.value)
    assert journal.attachments.list_all() == []


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def test_the_journal_is_never_attached_to_itself_nor_written_over(
    journal: Journal, entry: Owner, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="is part of your journal; it cannot be attached to itself"):
        attach_file(journal, entry, journal.path)
    attached = journal.attachments.add(entry, "notes.txt", [b"words"])
    before = journal.path.read_bytes()
    for target in (journal.path, Path(f"{journal.path}-wal")):
        with pytest.raises(JournalError, match="is part of your journal; choose another file name"):
            save_attachment(journal, attached.id or 0, target)
    other = tmp_path / "someone-elses.sqlite"
    Journal.open(other, create=True).close()
    with pytest.raises(JournalError, match=r"is an SQLite database .* Career Journal never writes over one"):
        save_attachment(journal, attached.id or 0, other)
    assert journal.path.read_bytes() == before


def test_an_opened_copy_is_private_while_open_and_gone_after(
    journal: Journal, entry: Owner, private_home: Path
) -> None:
    attached = journal.attachments.add(entry, "review.pdf", [b"%PDF the review"])
    copies = OpenedCopies(private_home / "opened")
    path = copies.copy(journal, attached.id or 0)
    assert path.name == "review.pdf" and path.read_bytes() == b"%PDF the review"
    assert mode(path) == 0o600 and mode(path.parent) == 0o700 and mode(private_home / "opened") == 0o700

    copies.remove_all()
    assert not path.exists() and list((private_home / "opened").iterdir()) == []


def test_copies_left_by_a_crashed_app_are_removed_at_the_next_start(private_home: Path) -> None:
    folder = private_home / "opened"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = folder / f"{finished.stdout.strip()}-abc"  # that process has ended: nobody is viewing its copy
    alive = folder / f"{os.getppid()}-def"  # a running app's copy stays
    for leftover in (dead, alive):
        leftover.mkdir(parents=True)
        (leftover / "review.pdf").write_bytes(b"secret")
    assert OpenedCopies(folder).remove_stale() == 1
    assert not dead.exists() and (alive / "review.pdf").exists()


def test_the_json_export_carries_the_files_and_a_bad_one_is_refused(
    journal: Journal, entry: Owner, tmp_path: Path
) -> None:
    data = os.urandom(300_001)
    journal.attachments.add(entry, "scan.png", [data])
    exported = tmp_path / "all.json"
    export_json(journal, exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [(a["file_name"], a["size"], a["entry_id"]) for a in document["attachments"]] == [("scan.png", 300_001, 1)]

    with Journal.open(tmp_path / "moved.cjdb", create=True) as moved:
        import_json(moved, exported)
        assert b"".join(moved.attachments.chunks(1)) == data

    for change, problem in (
        ({"data": "not base64!"}, "'data' is not base64 text"),
        ({"size": 5}, "'size' says 5 bytes, but 'data' holds 300001"),
        ({"sha256": "0" * 64}, "does not match its 'sha256'"),
        ({"entry_id": 7}, "'entry_id' refers to entry 7, which is not in the file"),
    ):
        broken = tmp_path / "broken.json"
        bad = json.loads(exported.read_text(encoding="utf-8"))
        bad["attachments"][0].update(change)
        broken.write_text(json.dumps(bad), encoding="utf-8")
        with Journal.open(tmp_path / f"empty-{len(problem)}.cjdb", create=True) as empty:
            with pytest.raises(ImportRejected, match=rf"attachments\[0\].*{problem[:25]}.*Nothing was imported"):
                import_json(empty, broken)
            assert empty.is_empty()


def test_a_markdown_export_copies_files_beside_it_only_when_asked(sample_journal: Journal, tmp_path: Path) -> None:
    journal = sample_journal
    win = journal.entries.list()[0]
    journal.attachments.add(Owner.entry(win.id or 0), "notes (final).txt", [b"final notes"])
    plain_export = tmp_path / "plain.md"
    held_back = write_markdown(journal, MarkdownOptions(coach=True), plain_export, today=TODAY)
    assert "attached files" in "; ".join(held_back) and "-files/" not in plain_export.read_text(encoding="utf-8")
    assert not (tmp_path / "plain-files").exists()

    packet = tmp_path / "packet.md"
    write_markdown(journal, MarkdownOptions(coach=True, attachments=True), packet, today=TODAY)
    text = packet.read_text(encoding="utf-8")
    folder = tmp_path / "packet-files"
    assert "[notes (final).txt](packet-files/notes%20%28final%29.txt) (11 bytes)" in text
    assert "[release-checklist.md](packet-files/release-checklist.md)" in text
    assert "[architecture-review-feedback.txt](packet-files/architecture-review-feedback.txt)" in text
    assert (folder / "notes (final).txt").read_bytes() == b"final notes"
    assert mode(folder) == 0o700
    assert lint(text) == []


def test_files_of_entries_left_out_stay_out_of_the_folder(journal: Journal, tmp_path: Path) -> None:
    private = journal.entries.add(Entry(body="Exit plan.", entry_date=TODAY, private=True))
    journal.attachments.add(Owner.entry(private.id or 0), "cv.pdf", [b"my cv"])
    old = journal.entries.add(Entry(body="Long ago.", entry_date=date(2020, 1, 1)))
    journal.attachments.add(Owner.entry(old.id or 0), "old.pdf", [b"old"])
    packet = tmp_path / "packet.md"
    held_back = write_markdown(journal, MarkdownOptions(coach=True, attachments=True), packet, today=TODAY)
    assert "cv.pdf" not in packet.read_text(encoding="utf-8") and not (tmp_path / "packet-files").exists()
    assert held_back == ["1 private entry"]
