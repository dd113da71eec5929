"""Child of test_lazy_start.py: ``career-journal --db JOURNAL`` as a person starts it, in a fresh process.

Once Today is painted it says which of the modules Today does not need were loaded by then, then uses, for
the first time, each part of the app that loads later, and closes the window. Lines on stdout:

    LOADED <module> …     what of ``later_modules`` was loaded before Today's first paint (nothing, normally)
    USED <what>           a part that worked the first time it was used
    FAILED <what> <why>   one that raised (also an exception in a Qt slot)
    EXITED <code>         the app returned
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Libraries and modules the first paint of Today does not need.
LATER_LIBRARIES = (
    "click",
    "sqlite_utils",
    "dateutil",
    "pluggy",
    "markdown",
    "markdown_it",
    "nh3",
    "enchant",
    "keyring",
)
TODAY_MODULES = ("career_journal.ui.pages.base", "career_journal.ui.pages.today")


def emit(*words: object) -> None:
    sys.stdout.write(" ".join(str(word) for word in words) + "\n")
    sys.stdout.flush()


def later_modules() -> list[str]:
    loaded = []
    for name in sys.modules:
        top = name.split(".")[0]
        other_page = name.startswith("career_journal.ui.pages.") and not name.startswith(TODAY_MODULES)
        if (
            top in LATER_LIBRARIES
            or other_page
            or name.startswith(("career_journal.ui.dialogs.", "career_journal.cli"))
        ):
            loaded.append(name)
    return sorted(loaded)


def wait_until(done: Callable[[], bool], seconds: float = 20.0) -> bool:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return done()


def insights_drawn(page) -> None:  # type: ignore[no-untyped-def]
    if not wait_until(lambda: page.insights is not None and not page.loading):
        raise AssertionError(f"no charts ({'still reading' if page.loading else page.state.text()})")


def first_uses(window) -> None:  # type: ignore[no-untyped-def]
    """Each part that loads after the first paint, used once, as a person would."""
    from PySide6.QtWidgets import QApplication, QDialog

    from career_journal.ui.navigation import PAGES

    def close_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QApplication.processEvents()

    def use(what: str, action: Callable[[], object]) -> None:
        try:
            action()
            QApplication.processEvents()
            close_dialogs()
        except Exception as exc:
            emit("FAILED", what, repr(exc))
        else:
            emit("USED", what)

    for spec in PAGES:
        use(f"page:{spec.name}", lambda name=spec.name: window.go_to(name))
    insights = window.pages["insights"]
    use("insights:charts", lambda: (window.go_to("insights"), insights_drawn(insights)))  # it reads while shown
    timeline = window.pages["timeline"]
    use("timeline:rows", lambda: timeline.model.rowCount() > 0 or 1 / 0)
    window.go_to("today")
    today = window.today_page
    use("search", lambda: (window.open_search(), window.quick_search.query.setText("release"),
                           window.quick_search.run_search()))  # fmt: skip
    use("dialog:export", window.export_for_coach)
    use("dialog:preferences", window.show_preferences)
    use("dialog:import-contacts", window.import_contacts)
    use("dialog:restore", window.choose_backup)
    use("dialog:drafts", window.show_drafts)
    use("dialog:log-teaching", today.log_teaching)
    use("dialog:log-conversation", today.log_conversation)
    use("dialog:add-skill", today.add_skill)
    use("dialog:add-to-team", today.fill_role)
    spelling = window.session.spelling
    use("spelling", lambda: (spelling.ensure_loaded(), wait_until(lambda: not spelling._loading) or 1 / 0))
    use("reminders", window.reminders.check)
    backups = window.session.journal.backups
    use("backup", lambda: (window.back_up_now(), wait_until(lambda: bool(backups.list())) or 1 / 0))
    window.close()


def main(journal: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from career_journal import app
    from career_journal.ui.main_window import MainWindow

    def hook(kind, value, trace) -> None:  # type: ignore[no-untyped-def]
        emit("FAILED", "slot", repr(value))

    sys.excepthook = hook  # an exception in a Qt slot is reported here, not raised

    class AfterFirstPaint(QObject):
        def __init__(self, window: MainWindow) -> None:
            super().__init__(window)
            self.window, self.seen = window, False
            window.today_page.heading.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                emit("LOADED", *later_modules())
                QTimer.singleShot(0, lambda: first_uses(self.window))
            return False

    show = MainWindow.show

    def show_and_watch(window: MainWindow) -> None:
        AfterFirstPaint(window)
        show(window)

    MainWindow.show = show_and_watch  # type: ignore[method-assign]
    sys.argv = ["career-journal", "--db", journal]
    try:
        app.main()
    except SystemExit as exit:
        emit("EXITED", exit.code)


if __name__ == "__main__":
    main(sys.argv[1])
