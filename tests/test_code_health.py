"""The house rules that a machine can check: ruff's lint and format, and the layer contracts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_ruff_finds_nothing_to_fix() -> None:
    lint = run(str(TOOLS / "ruff"), "check", ".")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    formatting = run(str(TOOLS / "ruff"), "format", "--check", ".")
    assert formatting.returncode == 0, formatting.stdout + formatting.stderr


def test_core_never_imports_qt_and_the_ui_never_writes_sql() -> None:
    contracts = run(str(TOOLS / "lint-imports"))
    assert contracts.returncode == 0, contracts.stdout + contracts.stderr
