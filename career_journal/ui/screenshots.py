"""`--screenshot DIR [--page NAME]`: every page drawn to DIR/<page>.png, without a display."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from .main_window import MainWindow

SIZE = (1280, 820)
EXTRA = ("export",)
LOADING_LIMIT_S = 10.0  # a page that reads on a worker (Insights) gets this long to finish


def page_names(window: MainWindow) -> list[str]:
    return [*window.pages, *EXTRA]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def take_screenshots(window: MainWindow, folder: Path, only: str | None = None) -> int:
    names = page_names(window)
    if only is not None and only not in names:
        print(f"career-journal: no page called '{only}'; choose from {', '.join(names)}.", file=sys.stderr)
        return 2
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    for name in window.pages.unbuilt():  # what the running app does just after its first paint
        window.pages.build(name)
    window.update_badges()
    _settle()
    for name in [only] if only else names:
        target = folder / f"{name}.png"
        if name == "export":
            _grab(_export_dialog(window), target)
        else:
            page = window.go_to(name)
            _settle()
            while window.session.spelling.loading:  # the same underlines in every run
                QApplication.processEvents()
            _wait_until_loaded(page)
            _grab(window, target)
        print(target)
    return 0


def _wait_until_loaded(page: QWidget) -> None:
    _settle()
    until = time.monotonic() + LOADING_LIMIT_S
    while getattr(page, "loading", False) and time.monotonic() < until:
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _export_dialog(window: MainWindow) -> QWidget:
    from .dialogs.export import ExportDialog

    dialog = ExportDialog(window.session, window)
    dialog.resize(1100, 760)
    dialog.show()
    dialog.refresh_preview()
    _settle()
    return dialog


def _grab(widget: QWidget, target: Path) -> None:
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
