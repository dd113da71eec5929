"""Child: the real app (``run_app``) on JOURNAL, left on the Journal page last time; it closes its window itself.

    python child_app_start.py JOURNAL MEMORY_LIMIT_MB

Lines: ``SHOWN <page>`` when the window, on screen for a moment, is closed the
way a person closes it; ``EXITED <code>`` once the app has returned. A child
that hangs says neither. The address space is capped at MEMORY_LIMIT_MB, so
a runaway read fails inside the child instead of taking the machine's memory.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path
from typing import Any

from child_common import emit

SHOWN_FOR_MS = 1500  # long enough to draw the page and lay out every label on it


def close_the_window() -> None:
    from PySide6.QtWidgets import QApplication

    from career_journal.ui.main_window import MainWindow

    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            emit("SHOWN", window.current_page().name)
            window.close()


def main(journal: Path, limit_mb: int) -> None:
    limit = limit_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from career_journal import APP_NAME
    from career_journal.app import run_app

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("CareerJournal")
    app.setApplicationName(APP_NAME)
    remembered = QSettings()  # where the app keeps its window state (XDG_CONFIG_HOME points into the test's folder)
    remembered.setValue("window/page", "journal")
    remembered.sync()
    run_loop = QApplication.exec

    def run_then_close(*_args: Any) -> int:
        QTimer.singleShot(SHOWN_FOR_MS, close_the_window)
        return run_loop()

    QApplication.exec = run_then_close  # type: ignore[method-assign]
    emit("EXITED", run_app(db_path=journal))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
