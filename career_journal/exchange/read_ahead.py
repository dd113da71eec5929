"""Records read from a file in blocks, the next block on a thread while the caller writes the last one.

An import spends most of its time in SQLite building the search index, one long
statement during which Python is free: reading and checking the next records
then costs no time. The reading thread starts only when the caller asks
(``read_next``, just before such a statement), never while the caller runs
Python, where the two would only take turns. A problem met while reading is
raised in the caller, where the next block is asked for.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Generic, TypeVar

Item = TypeVar("Item")


class ReadAhead(Generic[Item]):
    def __init__(self, items: Iterator[Item], block_size: int) -> None:
        self._items = items
        self._block_size = block_size
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-ahead")
        self._next: Future[list[Item]] | None = None

    def read_next(self) -> Future[list[Item]]:
        """Start reading the next block now (the caller is about to wait on something else)."""
        if self._next is None:
            self._next = self._reader.submit(lambda: list(itertools.islice(self._items, self._block_size)))
        return self._next

    def __iter__(self) -> Iterator[list[Item]]:
        while True:
            block = self.read_next().result()  # a problem met while reading is raised here
            self._next = None
            if not block:
                return
            yield block

    def __enter__(self) -> ReadAhead[Item]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Wait for a block being read (its file must stay open meanwhile); what it read is dropped."""
        self._reader.shutdown(wait=True, cancel_futures=True)
