"""Run by bench_app.py: start a window, print the wall-clock times of its start-up steps, quit.

python app_probe.py bare JOURNAL    # a bare PySide6 window with one label
python app_probe.py app JOURNAL     # `career-journal --db JOURNAL`, as a person starts it

Both print the same marks (seconds since the epoch): PYTHON when this script's first line runs (the
interpreter is up) and QT when PySide6's modules are loaded; the app then OPENING and OPENED around opening
the journal (after the command line is read and the QApplication made), WINDOW when the main window starts
being built and BUILT when it is (Today's content read); and both PAINTED, at the turn of the event loop
after the watched label's first paint, when the whole window is on screen.
"""

import time

PYTHON = time.time()

import sys  # noqa: E402  (after the first mark, on purpose)

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget  # noqa: E402

QT = time.time()


def mark(name: str, when: float | None = None) -> None:
    print(f"{name} {time.time() if when is None else when:.6f}", flush=True)


class FirstPaint(QObject):
    """Marks PAINTED once the watched widget's first paint is done (the next turn of the loop), then quits."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.seen = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        mark("PAINTED")
        QApplication.instance().quit()


def bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Hello")
    window.setCentralWidget(label)
    FirstPaint(label)
    window.show()
    app.exec()


def career_journal(journal: str) -> None:
    from career_journal import app

    open_interactively, run_window = app._open_interactively, app._run_window

    def open_and_mark(*args, **kwargs):  # type: ignore[no-untyped-def]
        mark("OPENING")
        opened = open_interactively(*args, **kwargs)
        mark("OPENED")
        return opened

    def run_and_watch(*args, **kwargs):  # type: ignore[no-untyped-def]
        from career_journal.ui.main_window import MainWindow  # what _run_window imports first

        build, show = MainWindow.__init__, MainWindow.show

        def build_and_mark(window: MainWindow, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            mark("WINDOW")
            build(window, *args, **kwargs)
            mark("BUILT")

        def show_and_watch(window: MainWindow) -> None:
            FirstPaint(window.today_page.heading)  # the Today page's first words
            show(window)

        MainWindow.__init__ = build_and_mark  # type: ignore[method-assign]
        MainWindow.show = show_and_watch  # type: ignore[method-assign]
        return run_window(*args, **kwargs)

    app._open_interactively, app._run_window = open_and_mark, run_and_watch
    sys.argv = ["career-journal", "--db", journal]
    app.main()


if __name__ == "__main__":
    mark("PYTHON", PYTHON)
    mark("QT", QT)
    bare() if sys.argv[1] == "bare" else career_journal(sys.argv[2])
