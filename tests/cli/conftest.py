from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from career_journal.cli import cli

Run = Callable[..., Result]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "work.cjdb"


@pytest.fixture
def run(db_path: Path) -> Run:
    """Run the command line on a real journal file, as a user would type it."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, db: Path | None = None, new: bool = True) -> Result:
        prefix = ["--db", str(db or db_path)] + (["--new"] if new else [])
        return runner.invoke(cli, [*prefix, *args], input=input, catch_exceptions=False)

    return invoke
