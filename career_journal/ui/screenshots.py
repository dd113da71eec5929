"""`--screenshot DIR [--page NAME] [--size WxH]… [--theme light|dark]…`: pages drawn to PNG files, without a display.

One size and one theme (or none given) write DIR/<page>.png; several write one
folder per pair, DIR/<W>x<H>-<theme>/<page>.png, so the README's whole set
comes from one command.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from .main_window import MainWindow
from .theme import Scheme

SIZE = (1280, 820)
EXTRA = ("export", "promotion", "handover", "agenda")
LOADING_LIMIT_S = 10.0  # a page that reads on a worker (Insights) gets this long to finish


def page_names(window: MainWindow) -> list[str]:
    return [*window.pages, *EXTRA]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def take_screenshots(
    window: MainWindow,
    folder: Path,
    only: str | None = None,
    *,
    sizes: tuple[tuple[int, int], ...] = (),
    themes: tuple[str, ...] = (),
) -> int:
    names = page_names(window)
    if only is not None and only not in names:
        print(f"career-journal: no page called '{only}'; choose from {', '.join(names)}.", file=sys.stderr)
        return 2
    sizes = sizes or (SIZE,)
    schemes = [Scheme(theme) for theme in themes] or [None]
    several = len(sizes) * len(schemes) > 1
    window.show()
    for name in window.pages.unbuilt():  # what the running app does just after its first paint
        window.pages.build(name)
    window.update_badges()
    for scheme in schemes:
        if scheme is not None:
            window.set_scheme(scheme)
        for width, height in sizes:
            target = folder / f"{width}x{height}-{scheme or 'light'}" if several else folder
            _draw_pages(window, target, [only] if only else names, (width, height))
    return 0


def _draw_pages(window: MainWindow, folder: Path, names: list[str], size: tuple[int, int]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*size)
    _settle()
    for name in names:
        target = folder / f"{name}.png"
        if name in EXTRA:
            dialog = _agenda_dialog(window, size) if name == "agenda" else _export_dialog(window, size, name)
            _grab(dialog, target)
            dialog.close()
            dialog.deleteLater()
        else:
            page = window.go_to(name)
            _settle()
            while window.session.spelling.loading:  # the same underlines in every run
                QApplication.processEvents()
            _wait_until_loaded(page)
            _grab(window, target)
        print(target)


def _wait_until_loaded(page: QWidget) -> None:
    _settle()
    until = time.monotonic() + LOADING_LIMIT_S
    while getattr(page, "loading", False) and time.monotonic() < until:
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _export_dialog(window: MainWindow, size: tuple[int, int], packet: str) -> QWidget:
    """The export dialog showing the coach packet, or the promotion or handover packet."""
    from .dialogs.export import ExportDialog

    dialog = ExportDialog(window.session, window)
    if packet != "export":
        dialog.choices.set_packet(coach=False, kind=packet)
    width, height = size
    dialog.resize(min(1100, width - 40), min(760, height - 40))  # a dialog sits inside its window
    dialog.show()
    dialog.refresh_preview()
    _settle()
    return dialog


def _agenda_dialog(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The check-in agenda for the first adviser on the team (the coach, in the demo)."""
    from .dialogs.agenda import AgendaDialog

    advisers = window.session.journal.people.advisers()
    if not advisers:
        raise SystemExit("career-journal: --page agenda needs an adviser on the team (try --demo).")
    first = min(advisers, key=lambda a: list(type(a.role)).index(a.role))
    dialog = AgendaDialog(window.session, first.person_id, first.person_name, window)
    width, height = size
    dialog.resize(min(760, width - 40), min(640, height - 40))
    dialog.show()
    dialog.wait_until_built()
    _settle()
    return dialog


def _grab(widget: QWidget, target: Path) -> None:
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
