"""The command line (click). The GUI and the CLI call the same core functions.

Each command's module is imported when the command runs (``base.COMMAND_MODULES``).
"""

from __future__ import annotations

from .base import cli


def main() -> None:
    cli(prog_name="career-journal")
