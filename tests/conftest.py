"""Shared fixtures: real journal files in a temp folder, never the user's own data folder."""

from __future__ import annotations

import os

# Set before anything imports Qt; the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks English whatever the machine's language (Qt reads it once); a test that wants Swedish asks.
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LANG"] = "C.UTF-8"

from datetime import date
from pathlib import Path

import pytest

from career_journal import demo
from career_journal.storage.journal import Journal

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CAREER_JOURNAL_HOME", str(home / "data"))
    monkeypatch.delenv("CAREER_JOURNAL_DB", raising=False)
    return home / "data"


@pytest.fixture
def today() -> date:
    """The fixed "today" of every test that needs one (the demo story is dated around it)."""
    return TODAY


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal" / "test.cjdb"


@pytest.fixture
def journal(journal_path: Path):
    opened = Journal.open(journal_path, create=True)
    yield opened
    opened.close()


@pytest.fixture
def sample_journal(journal: Journal) -> Journal:
    """The demo story, dated around TODAY."""
    demo.populate(journal, TODAY)
    return journal


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The bundle test builds the whole app (minutes): it runs only when asked, and is deselected otherwise."""
    if os.environ.get("CAREER_JOURNAL_TEST_BUNDLE") == "1":
        return
    deselected = [item for item in items if item.get_closest_marker("bundle")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item not in deselected]
