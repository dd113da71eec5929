"""Adding many entries at once (an import), a chunk of rows at a time, inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from ..domain.enums import EntryKind
from ..domain.errors import InvalidInput
from ..domain.records import Entry
from ..domain.validation import timestamp_now
from .convert import iso
from .db import Db
from .drivers import IntegrityError
from .entries import ENTRY_COLUMNS, LINKS

CHUNK = 2000
_INSERT = f"INSERT INTO entries ({ENTRY_COLUMNS}) VALUES ({', '.join('?' * len(ENTRY_COLUMNS.split(', ')))})"


class EntryBatch:
    """Entries written a chunk at a time; their tags and links once every row is in.

    Only the rows of the current chunk are held, so an import of a decade of
    notes keeps its memory flat. An entry without an id gets the next free one,
    in the order added. Writing tags and links after the rows is several times
    faster than interleaving inserts into two tables.
    """

    def __init__(self, db: Db) -> None:
        self.db = db
        self.first_id = (db.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
        self._next_id = self.first_id
        self._rows: list[tuple[Any, ...]] = []
        self._times: list[str] = []  # "date time" of each entry given an id here, in the order added
        self._links: list[tuple[int, str, int | str]] = []  # (entry id, attribute or "tags", value)
        self._now = timestamp_now()
        self._stories: list[tuple[int, str, str, str, str]] = []  # (entry id, situation, task, action, result)
        self.count = 0

    def add(self, entry: Entry) -> None:
        if entry.id is None:
            entry.id = self._next_id
            self._next_id += 1
            self._times.append(f"{iso(entry.entry_date)} {entry.entry_time or ''}")
        self._rows.append(
            (
                entry.id,
                iso(entry.entry_date),
                entry.entry_time,
                entry.title,
                entry.body,
                EntryKind(entry.kind).value,
                int(entry.private),
                int(entry.starred),
                entry.created_at or self._now,
                entry.updated_at or self._now,
            )
        )
        # Most imported entries have no links: an empty list is skipped, not walked three times.
        if entry.tags:
            self._links.extend((entry.id, "tags", tag) for tag in entry.tags)
        for attribute in LINKS:
            if linked := getattr(entry, attribute):
                self._links.extend((entry.id, attribute, i) for i in sorted(set(linked)))
        if entry.story is not None:
            story = entry.story
            self._stories.append((entry.id, story.situation, story.task, story.action, story.result))
        self.count += 1
        if len(self._rows) >= CHUNK:
            self._flush()

    def finish(self, *, time_order: bool = False) -> int:
        """Write what is left, tags and links; with ``time_order`` the new ids follow date and time.

        Returns how many entries were added.
        """
        self._flush()
        if time_order and len(self._times) != self.count:
            raise ValueError("time_order needs every entry to be numbered by the batch")
        renumbered = self._renumber() if time_order else {}
        tags = [(renumbered.get(i, i), v) for i, kind, v in self._links if kind == "tags"]
        if tags:
            self.db.conn.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", tags)
        for attribute, (table, column) in LINKS.items():
            links = [(renumbered.get(i, i), v) for i, kind, v in self._links if kind == attribute]
            if not links:
                continue
            try:
                self.db.conn.executemany(f"INSERT INTO {table} (entry_id, {column}) VALUES (?, ?)", links)
            except IntegrityError:
                raise InvalidInput(f"The entry links to a {column.removesuffix('_id')} that does not exist.") from None
        self._links = []
        stories = [(renumbered.get(i, i), *parts) for i, *parts in self._stories]
        if stories:
            self.db.conn.executemany(
                "INSERT INTO win_stories (entry_id, situation, task, action, result) VALUES (?, ?, ?, ?, ?)", stories
            )
        self._stories = []
        return self.count

    def _flush(self) -> None:
        if not self._rows:
            return
        try:
            self.db.conn.executemany(_INSERT, self._rows)
        except IntegrityError as exc:
            raise InvalidInput(f"The entry could not be saved: {exc}.") from None
        self._rows = []

    def _renumber(self) -> dict[int, int]:
        """Give the entries numbered here ids in date and time order (ties keep the order added).

        Nothing to do when they came in that order, as a jrnl export does. Otherwise
        the rows move in two steps (to negative ids, then to their places), before
        any tag or link points at them and while the search index stands aside.
        """
        if all(a <= b for a, b in zip(self._times, self._times[1:], strict=False)):
            return {}
        order = sorted(range(len(self._times)), key=self._times.__getitem__)
        moves = {self.first_id + old: self.first_id + new for new, old in enumerate(order)}
        self.db.execute("CREATE TEMP TABLE entry_moves (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)")
        try:
            self.db.conn.executemany("INSERT INTO temp.entry_moves (old_id, new_id) VALUES (?, ?)", moves.items())
            # A chunk at a time: SQLite holds the rows an UPDATE of their ids moves in memory.
            last = self.first_id + len(order) - 1
            for low in range(self.first_id, last + 1, CHUNK):
                self.db.execute("UPDATE entries SET id = -id WHERE id BETWEEN ? AND ?", [low, low + CHUNK - 1])
            for low in range(self.first_id, last + 1, CHUNK):
                self.db.execute(
                    "UPDATE entries SET id = (SELECT new_id FROM temp.entry_moves WHERE old_id = -entries.id)"
                    " WHERE id BETWEEN ? AND ?",
                    [-(low + CHUNK - 1), -low],
                )
        finally:
            self.db.execute("DROP TABLE temp.entry_moves")
        return moves
