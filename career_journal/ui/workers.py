"""Work that must not freeze the window, on Qt's thread pool, with the result back on the GUI thread.

A task gets plain values and opens whatever it needs itself (a connection
belongs to one thread); ``done`` or ``failed`` then runs on the GUI thread.

While tasks run, Python's cyclic garbage collector runs on the GUI thread
only: left to itself it runs on whichever thread allocates, and a Qt object
caught in a reference cycle (a closed dialog and its slots, say) destroyed
from a worker thread crashes Qt ("QBasicTimer::stop: Failed. Possibly trying
to stop from a different thread", then a segmentation fault).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..storage.journal import Journal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported on the GUI thread, never lost in the pool
            self._tell(self.relay.failed, exc)
        else:
            self._tell(self.relay.done, result)

    def _tell(self, signal: Any, value: object) -> None:
        if not shiboken6.isValid(self.relay):
            return  # the window (and whoever asked) closed while the work ran: nobody is left to tell
        with contextlib.suppress(RuntimeError):  # deleted between the check and the emit, for the same reason
            signal.emit(value)


_running: set[_Relay] = set()
COLLECT_EVERY_MS = 500


class _GuiThreadCollector(QObject):
    """While tasks run, automatic garbage collection is off and its thresholds are checked on a GUI-thread timer."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(COLLECT_EVERY_MS)

    def started(self) -> None:
        self.tasks += 1
        gc.disable()

    def ended(self) -> None:
        self.tasks = max(self.tasks - 1, 0)
        if not self.tasks:
            gc.enable()

    def collect_due(self) -> None:
        if gc.isenabled():
            return  # no task running: Python collects as usual
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in range(3):
            if counts[generation] <= thresholds[generation]:
                return
            gc.collect(generation)


_collectors: list[_GuiThreadCollector] = []


def _collector() -> _GuiThreadCollector:
    """The one collector, made on the GUI thread by the first task started there."""
    if not _collectors:
        _collectors.append(_GuiThreadCollector())
    return _collectors[0]


def run_task(
    work: Callable[[], Any],
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> _Relay:
    relay = _Relay()
    _running.add(relay)
    _collector().started()

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _running.discard(relay)
        _collector().ended()
        if callback is not None:
            callback(value)

    relay.done.connect(lambda value: finish(done, value))
    relay.failed.connect(lambda exc: finish(failed, exc))
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))
    return relay


class JournalReads(QObject):
    """Reads from the journal on a worker, each on a read-only connection of its own; only the newest one reports.

    A page that reloads while a read is running starts a new one: the older
    result is dropped, and ``cancel`` interrupts SQLite at once (the page is
    hidden, the window closes). ``done`` runs on the GUI thread, never after
    this object is gone.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._generation = 0
        self._open: set[Journal] = set()
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def read(self, work: Callable[[Journal], Any], *, pool: QThreadPool | None = None) -> None:
        self._generation += 1
        generation = self._generation
        relay = _Relay()
        self._relays.add(relay)
        _collector().started()

        def task() -> Any:
            reader = self.journal.reader()
            self._open.add(reader)
            try:
                return work(reader)
            finally:
                self._open.discard(reader)
                reader.close()

        relay.done.connect(lambda value: self._finish(relay, generation, self.done, value))
        relay.failed.connect(lambda exc: self._finish(relay, generation, self.failed, exc))
        (pool or QThreadPool.globalInstance()).start(_Task(task, relay))

    def cancel(self) -> None:
        self._generation += 1
        for reader in list(self._open):
            reader.interrupt()

    def _finish(self, relay: _Relay, generation: int, signal: Any, value: Any) -> None:
        self._relays.discard(relay)
        _collector().ended()
        if generation == self._generation and shiboken6.isValid(self):
            signal.emit(value)
