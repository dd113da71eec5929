"""The command line (click). The GUI and the CLI call the same core functions.

Each command's module is imported when the command runs (``base.COMMAND_MODULES``).
"""

from __future__ import annotations

from .base import LaunchApp, cli


def main(launch_app: LaunchApp | None = None) -> None:
    """Run the command line; ``launch_app`` opens the window when no command is given (``app.main``)."""
    cli(prog_name="career-journal", obj=launch_app)
