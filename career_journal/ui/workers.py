"""Work that must not freeze the window, on Qt's thread pool, with the result back on the GUI thread.

A task gets plain values and opens whatever it needs itself (a connection
belongs to one thread); ``done`` or ``failed`` then runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[_Relay] = set()


def run_task(
    work: Callable[[], Any],
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> _Relay:
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _running.discard(relay)
        if callback is not None:
            callback(value)

    relay.done.connect(lambda value: finish(done, value))
    relay.failed.connect(lambda exc: finish(failed, exc))
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))
    return relay
