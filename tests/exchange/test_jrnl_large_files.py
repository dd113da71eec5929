"""A jrnl export is read a piece at a time: what a person sees must not depend on where the pieces end.

Each test reads its file through a window of a few bytes, so every value, key,
escape and multi-byte character is cut somewhere, as happens on a real file of
hundreds of megabytes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from career_journal.domain.errors import ImportRejected
from career_journal.exchange import json_stream
from career_journal.exchange.jrnl import import_jrnl
from career_journal.exchange.json_io import json_document
from career_journal.exchange.reading import line_of, load_json
from career_journal.storage.journal import Journal

EXPORT = Path(__file__).parent / "data" / "jrnl_export.json"


@pytest.fixture
def tiny_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK", 3)


def _entries(journal: Journal) -> list[tuple]:
    return [(e.entry_date, e.entry_time, e.title, e.body, e.tags, e.starred) for e in journal.entries.list()]


def test_a_file_read_in_tiny_pieces_imports_the_same_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Journal.open(tmp_path / "whole.cjdb", create=True) as whole:
        import_jrnl(whole, EXPORT)
        expected = _entries(whole)
    monkeypatch.setattr(json_stream, "CHUNK", 3)
    with Journal.open(tmp_path / "pieces.cjdb", create=True) as pieces:
        report = import_jrnl(pieces, EXPORT)
        assert report.added == {"entries": 5}
        assert _entries(pieces) == expected
        assert any("É" in body for _d, _t, _title, body, _tags, _s in expected)  # a two-byte character was cut


def test_a_bad_record_far_into_the_file_is_named_with_its_line(
    tiny_window: None, journal: Journal, tmp_path: Path
) -> None:
    entries = [
        {"title": f"Day {n}.", "body": "Some text.", "date": f"2024-02-{n + 1:02d}", "time": "09:00", "tags": []}
        for n in range(28)
    ]
    entries[23]["date"] = "2024-02-30"
    path = tmp_path / "jrnl.json"
    text = json.dumps({"tags": {}, "entries": entries}, indent=2)
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ImportRejected) as caught:
        import_jrnl(journal, path)

    line = line_of(text, ("entries", 23))  # how the whole-file reader finds it
    assert line == 2 + 23 * 7 + 2
    assert f"entries[23] (line {line}): 'date' is \"2024-02-30\", which is not a date" in str(caught.value)
    assert journal.entries.count() == 0


@pytest.mark.parametrize(
    "text",
    [
        '{"tags": {},\n "entries": [\n  {"title": "a", "date": "2024-01-01"}\n  {"title": "b"}]}',
        '{"tags": {}, "entries": []}\n\n  trailing',
        '{"tags": {}, "entries": [{"title": "cut off',
        '{"tags": {}, "entries": [{"title": "bad \\x escape", "date": "2024-01-01"}]}',
        '{"tags": {} "entries": []}',
        '{"tags": {}, "entries": [{"title": "a", "date": "2024-01-01"},]}',
        '{"tags": {}, "entries": [{"title" "a"}]}',
        '{"tags": {}, 7: []}',
    ],
)
def test_broken_json_is_described_as_the_whole_file_reader_describes_it(
    tiny_window: None, text: str, sample_journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "jrnl.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as whole:
        load_json(path)
    before = json_document(sample_journal)

    with pytest.raises(ImportRejected) as streamed:
        import_jrnl(sample_journal, path)

    assert str(streamed.value) == str(whole.value)
    assert json_document(sample_journal) == before


def test_a_byte_that_is_not_utf8_is_named_with_its_line(tiny_window: None, journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "jrnl.json"
    path.write_bytes(b'{"tags": {},\n "entries": [\n  {"title": "caf\xe9", "date": "2024-01-01"}]}')

    with pytest.raises(ImportRejected, match=r"not UTF-8 text \(line 3 has a byte"):
        import_jrnl(journal, path)
    assert journal.entries.count() == 0


def test_two_equal_entries_in_one_file_are_both_kept(journal: Journal, tmp_path: Path) -> None:
    import_jrnl(journal, EXPORT)
    twice = {"title": "Same.", "body": "Twice in the file.", "date": "2025-01-01", "time": "09:00", "tags": []}
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"tags": {}, "entries": [twice, twice]}), encoding="utf-8")

    report = import_jrnl(journal, path)

    assert report.added == {"entries": 2} and report.skipped_duplicates == 0
    again = import_jrnl(journal, path)
    assert again.added == {"entries": 0} and again.skipped_duplicates == 2
