"""The command line (click). The GUI and the CLI call the same core functions."""

from __future__ import annotations

from . import entries, files, records, reports  # noqa: F401  (each registers its commands)
from .base import cli


def main() -> None:
    cli(prog_name="career-journal")
