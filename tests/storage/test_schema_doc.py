"""docs/SCHEMA.md says what the live schema is, table by table and column by column."""

from __future__ import annotations

from pathlib import Path

from career_journal.storage.schema_doc import current_schema_doc

DOC = Path(__file__).resolve().parents[2] / "docs" / "SCHEMA.md"


def test_the_schema_document_matches_the_schema_a_new_journal_gets() -> None:
    written = DOC.read_text(encoding="utf-8")
    assert written == current_schema_doc(), (
        "docs/SCHEMA.md is out of date: run `.venv/bin/python -m career_journal.storage.schema_doc > docs/SCHEMA.md`"
    )
