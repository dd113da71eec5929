"""scripts/bundle builds an app that runs by itself: its own --version, screenshots of every page, the menu entry.

Slow (it builds the bundle), so it runs only with CAREER_JOURNAL_TEST_BUNDLE=1 (tests/conftest.py
deselects it otherwise). The bundle runs with an environment that has no Python on PATH and no
virtual environment, as on a machine without Python.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest

from career_journal import APP_ID, __version__

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "career-journal" / "career-journal"
PAGES = ("today", "journal", "goals", "teaching", "network", "team", "reflect", "insights", "timeline", "export")
PAGES += ("promotion", "handover", "agenda")


@pytest.fixture(scope="module")
def bundle() -> Path:
    build = subprocess.run([str(ROOT / "scripts" / "bundle")], capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert APP.is_file()
    return APP


def bare_environment(home: Path, **extra: str) -> dict[str, str]:
    """No Python, no venv, no PYTHONPATH: only what any desktop session has."""
    home.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.timeout(1800)
def test_the_bundle_says_its_version(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, env=bare_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Career Journal, version {__version__}"


@pytest.mark.timeout(1800)
def test_the_bundle_draws_every_page_of_the_demo(bundle: Path, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    env = bare_environment(tmp_path / "home", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(bundle), "--demo", "--screenshot", str(shots)], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for page in PAGES:
        width, height = png_size(shots / f"{page}.png")
        assert width >= 800 and height >= 500, (page, width, height)
        # A page that drew nothing compresses to almost nothing; every demo page has text and icons.
        assert (shots / f"{page}.png").stat().st_size > 20_000, page


@pytest.mark.timeout(1800)
def test_the_bundle_puts_itself_in_the_menu(bundle: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    env = bare_environment(tmp_path / "home", XDG_DATA_HOME=str(share))
    result = subprocess.run([str(bundle), "--install-desktop-entry"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"\nExec={bundle}\n" in entry
