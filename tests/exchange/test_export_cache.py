"""The entry texts an export keeps for the next one: the same file every time, and never a stale word."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from markdown_checks import TODAY, lint

from career_journal.domain.queries import EntryFilter
from career_journal.domain.records import Entry
from career_journal.exchange.markdown import MarkdownOptions, build_markdown, write_markdown
from career_journal.exchange.md_cache import writer_version
from career_journal.storage.journal import Journal

LONG = " ".join(["the release train left on time and the runbook held"] * 6)


def export(journal: Journal, path: Path, **options: object) -> str:
    write_markdown(journal, MarkdownOptions(**options), path, today=TODAY)  # type: ignore[arg-type]
    return path.read_text(encoding="utf-8")


def kept(journal: Journal) -> dict[int, str]:
    """The texts the journal holds for the export, by entry."""
    return dict(journal.db.execute("SELECT entry_id, markdown FROM export_cache").fetchall())


def test_an_export_with_kept_texts_is_the_same_file_as_one_without(sample_journal: Journal, tmp_path: Path) -> None:
    sample_journal.entries.add(Entry(title="A long note", body=LONG, entry_date=TODAY - timedelta(days=2)))
    first = export(sample_journal, tmp_path / "first.md")
    assert kept(sample_journal), "the first export keeps what it wrote"

    assert export(sample_journal, tmp_path / "second.md") == first
    assert export(sample_journal, tmp_path / "coach.md", coach=True) == export(
        sample_journal, tmp_path / "coach-again.md", coach=True
    )
    assert lint(first) == []


def test_an_edited_note_is_exported_as_it_reads_now(sample_journal: Journal, tmp_path: Path) -> None:
    entry = sample_journal.entries.add(Entry(title="Retro", body="We shipped the old plan.", entry_date=TODAY))
    assert "old plan" in export(sample_journal, tmp_path / "before.md")

    entry.body = "We shipped the new plan."
    sample_journal.entries.update(entry)
    assert entry.id not in kept(sample_journal), "the text kept from before the edit is gone at once"
    after = export(sample_journal, tmp_path / "after.md")
    assert "new plan" in after
    assert "old plan" not in after

    entry.title = ""
    sample_journal.entries.update(entry)
    assert "### 2026-11-23 — We shipped the new plan" in export(sample_journal, tmp_path / "untitled.md")


def test_a_deleted_note_leaves_no_kept_text(sample_journal: Journal, tmp_path: Path) -> None:
    entry = sample_journal.entries.add(Entry(title="Gone", body="CANARY-KEPT-TEXT " + LONG, entry_date=TODAY))
    export(sample_journal, tmp_path / "out.md")
    assert "CANARY-KEPT-TEXT" in kept(sample_journal)[entry.id or 0]

    sample_journal.entries.delete(entry.id or 0)
    assert not any("CANARY-KEPT-TEXT" in text for text in kept(sample_journal).values())
    assert "CANARY-KEPT-TEXT" not in export(sample_journal, tmp_path / "again.md")


def test_a_note_changed_while_it_was_exported_is_not_kept(journal: Journal) -> None:
    """The export reads a snapshot; a text written from it is kept only if the entry still reads the same."""
    entry = journal.entries.add(Entry(title="Draft", body="first words", entry_date=TODAY))
    [read] = journal.export_cache.entries(EntryFilter(), writer_version())
    entry.body = "second words"
    journal.entries.update(entry)

    journal.export_cache.store(writer_version(), [(read, "first words")])
    assert kept(journal) == {}


def test_texts_kept_by_another_version_of_the_writer_are_not_used(journal: Journal, tmp_path: Path) -> None:
    entry = journal.entries.add(Entry(title="Note", body="what it says", entry_date=TODAY))
    [read] = journal.export_cache.entries(EntryFilter(), writer_version())
    journal.export_cache.store("an older writer", [(read, "what an older writer made of it")])

    assert "what it says" in export(journal, tmp_path / "out.md")
    assert kept(journal) == {entry.id: "what it says"}


def test_headings_in_a_note_stay_unique_however_often_it_is_exported(journal: Journal, tmp_path: Path) -> None:
    for day in range(3):
        journal.entries.add(Entry(title="Weekly", body="# Wins\n\nShipped.", entry_date=TODAY - timedelta(days=day)))
    first = export(journal, tmp_path / "first.md")
    assert first.count("#### Wins\n") == 1, "the same heading in three notes is numbered, not repeated"
    assert export(journal, tmp_path / "second.md") == first
    assert lint(first) == []


def test_a_read_only_journal_exports_without_keeping_anything(journal: Journal, tmp_path: Path) -> None:
    journal.entries.add(Entry(title="Note", body=LONG, entry_date=TODAY))
    reader = journal.reader()
    try:
        text = export(reader, tmp_path / "out.md")
    finally:
        reader.close()
    assert "the release train" in text
    assert kept(journal) == {}


def test_an_encrypted_journal_keeps_its_texts_encrypted_too(tmp_path: Path) -> None:
    path = tmp_path / "locked.cjdb"
    with Journal.open(path, create=True, passphrase="a passphrase for the test") as journal:
        journal.entries.add(Entry(title="Note", body="CANARY-SECRET " + LONG, entry_date=TODAY))
        first = export(journal, tmp_path / "first.md")
        assert kept(journal)
        assert export(journal, tmp_path / "second.md") == first
    assert b"CANARY-SECRET" not in path.read_bytes()


def test_kept_texts_in_any_script_reach_the_file_as_the_printed_text_reads(journal: Journal, tmp_path: Path) -> None:
    """The kept texts go to the file as the bytes the journal holds: they must read as the text shown does."""
    notes = ["Åsa och Öberg pratade om överlämningen.", "Release 🚂 left — on time", "会议记录：发布顺利", LONG]
    for number, note in enumerate(notes):
        journal.entries.add(Entry(title=f"Note {number}", body=note, entry_date=TODAY - timedelta(days=number)))
    export(journal, tmp_path / "first.md")
    assert len(kept(journal)) == len(notes)

    export(journal, tmp_path / "second.md")
    from_kept = (tmp_path / "second.md").read_bytes()

    assert from_kept.decode("utf-8") == "".join(build_markdown(journal, MarkdownOptions(), today=TODAY))
    assert all(note.split()[0] in from_kept.decode("utf-8") for note in notes)
