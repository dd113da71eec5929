"""After edit, search, delete, export and a crash, planted canaries are only where they belong."""

from __future__ import annotations

from pathlib import Path

from harness import run_session_and_scan


def test_canaries_are_only_where_they_belong(tmp_path: Path) -> None:
    scan = run_session_and_scan(tmp_path / "session")
    assert scan.violations == []
    assert scan.hits["database file"]["deleted entry"] == 0
    assert scan.hits["-wal"]["deleted entry"] == 0
    assert scan.hits["coach export"]["goal"] >= 1
    for private in ("private entry", "contact email", "contact phone", "adviser note", "search query"):
        assert scan.hits["coach export"][private] == 0, private
