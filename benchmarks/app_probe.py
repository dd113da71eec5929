"""Run by bench_app.py: start a window, print the wall-clock time of its first paint, quit.

python app_probe.py bare JOURNAL    # a bare PySide6 window with one label
python app_probe.py app JOURNAL     # `career-journal --db JOURNAL`, as a person starts it
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


class FirstPaint(QObject):
    """Prints when the watched widget is first painted, then ends the event loop."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.seen = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"PAINTED {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Hello")
    window.setCentralWidget(label)
    FirstPaint(label)
    window.show()
    app.exec()


def career_journal(journal: str) -> None:
    from career_journal.app import main
    from career_journal.ui.main_window import MainWindow

    show = MainWindow.show

    def show_and_watch(window: MainWindow) -> None:
        FirstPaint(window.today_page.heading)  # the Today page's first words
        show(window)

    MainWindow.show = show_and_watch  # type: ignore[method-assign]
    sys.argv = ["career-journal", "--db", journal]
    main()


if __name__ == "__main__":
    bare() if sys.argv[1] == "bare" else career_journal(sys.argv[2])
