"""The Insights charts as PNG files, for the coach packet's ``--charts`` (and the export dialog's Charts box).

Drawn by the same painter as the Insights page (``widgets/charts.py``) into an
image, without a window, on the light palette: a file is read on paper and in
other apps, whatever the app's theme. The command line has no QApplication:
one is made here, offscreen when there is no display, since only the app
layer may bring Qt to the command line (``app.py`` hands this function over).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from ..domain.charts import Chart
from ..files import ensure_private_dir
from .theme import scheme_palette
from .widgets.charts import chart_image

CHART_SIZE = QSize(900, 420)


def write_chart_files(charts: Sequence[Chart], folder: Path) -> None:
    """<folder>/<chart.key>.png for each chart; OSError says why a file could not be written."""
    _application()
    ensure_private_dir(folder, tighten=False)
    palette = scheme_palette(False)
    for chart in charts:
        target = folder / f"{chart.key}.png"
        if not chart_image(chart, CHART_SIZE, palette).save(str(target), "PNG"):
            raise OSError(f"Could not write the chart {target}.")
        target.chmod(0o600)  # like the packet itself: readable by you only


def _application() -> QApplication:
    """The process's application, made when there is none (a QApplication: a later window, or a test's,
    can use the same one; a process holds one kind only)."""
    app = QApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a terminal or a server: no window is needed
        app = QApplication([])
    return app  # type: ignore[return-value]
