"""The coach packet's charts: PNG files in a folder beside the Markdown, linked from its summary.

The exchange layer never draws (it has no Qt): it names the files, links them
with relative paths and hands the charts' data (``domain.insights``) to a
``ChartPainter`` the caller brings, the UI's chart widget (``ui/chart_files.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..domain.charts import Chart
from .md_inline import plain, wrap

# Writes <folder>/<chart.key>.png for each chart (creating the folder); raises OSError when it cannot.
ChartPainter = Callable[[Sequence[Chart], Path], None]


def charts_folder(document: Path) -> Path:
    """The folder beside ``document`` that holds its charts."""
    return document.with_name(f"{document.stem}-charts")


def chart_blocks(charts: Sequence[Chart], folder_name: str, heading: str) -> Iterator[str]:
    """Each chart as an image linked by a relative path, with its one-line reading under it."""
    yield heading
    for chart in charts:
        yield f"![{plain(chart.title)}]({folder_name}/{chart.key}.png)"
        yield "\n".join(wrap(plain(chart.reading)))
