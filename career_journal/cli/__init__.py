"""The command line (click). The GUI and the CLI call the same core functions.

Each command's module is imported when the command runs (``base.COMMAND_MODULES``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import AppHooks, LaunchApp, cli

if TYPE_CHECKING:  # the type only: the exchange's Markdown reader is not needed to start the window
    from ..exchange.md_charts import ChartPainter


def main(launch_app: LaunchApp | None = None, paint_charts: ChartPainter | None = None) -> None:
    """Run the command line; ``launch_app`` opens the window when no command is given, ``paint_charts`` draws
    the coach packet's charts (both from ``app.main``)."""
    cli(prog_name="career-journal", obj=AppHooks(launch_app, paint_charts))
