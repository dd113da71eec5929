"""The app survives a long session: three thousand keystrokes in the entry editor, then a save."""

from __future__ import annotations

from pathlib import Path

from long_session import run_long_session

# A page and a half of text. PySide6 6.12.0 aborted the process after about 2,200 (pyproject keeps it out).
KEYS = 3000


def test_three_thousand_keystrokes_and_a_save_do_not_crash_the_app(tmp_path: Path) -> None:
    session = run_long_session(tmp_path, KEYS)
    assert session.fatal_error == ""
    assert session.survived, session
