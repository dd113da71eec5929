"""Journal entries, their tags and their links to people, goals and skills."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain.enums import EntryKind
from ..domain.errors import InvalidInput, RecordNotFound
from ..domain.packets import GoalLinks
from ..domain.queries import EntryCursor, EntryFilter, EntrySort
from ..domain.records import Entry, EntrySummary, WinStory, first_line_title
from ..domain.validation import clean_tag, timestamp_now
from .convert import iso, placeholders, trusted
from .crud import delete_row
from .database import transaction
from .db import Db
from .drivers import IntegrityError
from .migrations import ENTRY_SORT_TITLE

if TYPE_CHECKING:
    from .entry_batch import EntryBatch

# An entry's links: attribute -> (table, column).
LINKS = {
    "person_ids": ("entry_people", "person_id"),
    "goal_ids": ("entry_goals", "goal_id"),
    "skill_ids": ("entry_skills", "skill_id"),
}

ENTRY_COLUMNS = "id, entry_date, entry_time, title, body, kind, private, starred, created_at, updated_at"


class EntryRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    # -- writing -----------------------------------------------------------
    def add(self, entry: Entry) -> Entry:
        now = timestamp_now()
        with transaction(self.db):
            entry.created_at = entry.created_at or now
            entry.updated_at = entry.updated_at or now
            entry.id = self._insert(entry)
        return entry

    def add_many(self, entries: Iterable[Entry]) -> int:
        """Insert many entries inside the caller's transaction (used by imports)."""
        batch = self.batch()
        for entry in entries:
            batch.add(entry)
        return batch.finish()

    def batch(self) -> EntryBatch:
        """Add entries one by one and write them in chunks (an import), inside the caller's transaction."""
        from .entry_batch import EntryBatch

        return EntryBatch(self.db)

    def _insert(self, entry: Entry) -> int:
        row = self._row(entry)
        if entry.id is not None:
            row["id"] = entry.id
        try:
            cursor = self.db.execute(
                f"INSERT INTO entries ({', '.join(row)}) VALUES ({placeholders(list(row))})", list(row.values())
            )
        except IntegrityError as exc:
            raise InvalidInput(f"The entry could not be saved: {exc}.") from None
        entry.id = cursor.lastrowid
        self._write_tags_and_links([entry])
        self._write_story(entry)
        return entry.id

    def update(self, entry: Entry) -> Entry:
        if entry.id is None:
            raise ValueError("update() needs a saved entry")
        entry.updated_at = timestamp_now()
        row = self._row(entry)
        with transaction(self.db):
            cursor = self.db.execute(
                f"UPDATE entries SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?", [*row.values(), entry.id]
            )
            if cursor.rowcount == 0:
                raise RecordNotFound("entry", entry.id)
            self.db.execute("DELETE FROM entry_tags WHERE entry_id = ?", [entry.id])
            for table, _column in LINKS.values():
                self.db.execute(f"DELETE FROM {table} WHERE entry_id = ?", [entry.id])
            self._write_tags_and_links([entry])
            self._write_story(entry)
        return entry

    def delete(self, entry_id: int) -> None:
        delete_row(self.db, "entries", entry_id, "entry")

    def _row(self, entry: Entry) -> dict[str, Any]:
        return {
            "entry_date": iso(entry.entry_date),
            "entry_time": entry.entry_time,
            "title": entry.title,
            "body": entry.body,
            "kind": EntryKind(entry.kind).value,
            "private": int(entry.private),
            "starred": int(entry.starred),
            "created_at": entry.created_at,
            "updated_at": entry.updated_at,
        }

    def _write_tags_and_links(self, entries: list[Entry]) -> None:
        tags = [(entry.id, tag) for entry in entries for tag in entry.tags]
        if tags:
            self.db.conn.executemany("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", tags)
        for attribute, (table, column) in LINKS.items():
            links = [(entry.id, i) for entry in entries for i in sorted(set(getattr(entry, attribute)))]
            if not links:
                continue
            try:
                self.db.conn.executemany(f"INSERT INTO {table} (entry_id, {column}) VALUES (?, ?)", links)
            except IntegrityError:
                kind = column.removesuffix("_id")
                raise InvalidInput(f"The entry links to a {kind} that does not exist.") from None

    def _write_story(self, entry: Entry) -> None:
        """The entry's STAR story, or none (a story emptied in the editor is deleted).

        A delete and an insert, never an upsert: an upsert would fire both the insert's and the
        update's search triggers, and the index would be told to forget the same words twice.
        """
        story = entry.story
        self.db.execute("DELETE FROM win_stories WHERE entry_id = ?", [entry.id])
        if story is not None:
            self.db.execute(
                "INSERT INTO win_stories (entry_id, situation, task, action, result) VALUES (?, ?, ?, ?, ?)",
                [entry.id, story.situation, story.task, story.action, story.result],
            )

    # -- reading -----------------------------------------------------------
    def get(self, entry_id: int) -> Entry:
        row = self.db.execute(f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id = ?", [entry_id]).fetchone()
        if row is None:
            raise RecordNotFound("entry", entry_id)
        return self._hydrate([row])[0]

    def exists(self, entry_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM entries WHERE id = ?", [entry_id]).fetchone() is not None

    def list(
        self,
        filters: EntryFilter | None = None,
        *,
        limit: int | None = None,
        after: EntryCursor | None = None,
        oldest_first: bool = False,
    ) -> list[Entry]:
        """Entries matching ``filters``, newest first, a page at a time."""
        where, params = _where(filters)
        if after is not None:
            op = ">" if oldest_first else "<"
            where.append(f"(entry_date, id) {op} (?, ?)")
            params += [iso(after.entry_date), after.id]
        order = "entry_date, id" if oldest_first else "entry_date DESC, id DESC"
        sql = f"SELECT {ENTRY_COLUMNS} FROM entries{_clause(where)} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._hydrate(self.db.execute(sql, params).fetchall())

    def on_days(self, days: Iterable[date], *, per_day: int, limit: int, private: bool | None = None) -> list[Entry]:
        """Up to ``per_day`` entries of each of ``days`` (``limit`` in all), newest first, in one read.

        Today's "On this day" asks for the same day in ten earlier years: one query instead of ten lists.
        """
        chosen = [iso(day) for day in days]
        if not chosen:
            return []
        where = [f"entry_date IN ({placeholders(chosen)})"]
        params: list[Any] = list(chosen)
        if private is not None:
            where.append("private = ?")
            params.append(int(private))
        ranked = (
            f"SELECT id, row_number() OVER (PARTITION BY entry_date ORDER BY id DESC) AS n FROM entries{_clause(where)}"
        )
        sql = (
            f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id IN (SELECT id FROM ({ranked}) WHERE n <= ?)"
            f" ORDER BY entry_date DESC, id DESC LIMIT {int(limit)}"
        )
        return self._hydrate(self.db.execute(sql, [*params, per_day]).fetchall())

    def summaries(
        self,
        filters: EntryFilter | None = None,
        *,
        sort: EntrySort = EntrySort.DATE,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
        after: EntryCursor | None = None,
    ) -> list[EntrySummary]:
        """One page of list rows, without the entries' text (a decade of notes stays light).

        In date order, ``after`` (the last row of the previous page) reads the next
        page straight from the index; an offset walks past every row before it.
        """
        where, params = _where(filters)
        if after is not None:
            if EntrySort(sort) is not EntrySort.DATE:
                raise ValueError("a page can follow a row only in date order")
            where.append(f"(entry_date, id) {'<' if descending else '>'} (?, ?)")
            params += [iso(after.entry_date), after.id]
        way = "DESC" if descending else ""
        order = {
            EntrySort.DATE: f"entry_date {way}, id {way}",
            EntrySort.TITLE: f"{ENTRY_SORT_TITLE} COLLATE NOCASE {way}, id {way}",
            EntrySort.KIND: f"kind {way}, entry_date DESC, id DESC",
        }[EntrySort(sort)]
        rows = self.db.execute(
            f"SELECT id, entry_date, title, substr(body, 1, 400), kind, private, starred FROM entries{_clause(where)}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        ).fetchall()
        ids = [row[0] for row in rows]
        tags = _group(self.db, "SELECT entry_id, tag FROM entry_tags WHERE entry_id IN ({}) ORDER BY tag", ids)
        return [
            EntrySummary(
                id=row[0],
                entry_date=date.fromisoformat(row[1]),
                title=first_line_title(row[2], row[3]),
                kind=EntryKind(row[4]),
                tags=tags.get(row[0], []),
                private=bool(row[5]),
                starred=bool(row[6]),
            )
            for row in rows
        ]

    def summary(self, entry_id: int) -> EntrySummary:
        entry = self.get(entry_id)
        return EntrySummary(
            entry.id or 0, entry.entry_date, entry.display_title, entry.kind, entry.tags, entry.private, entry.starred
        )

    def iter_all(
        self, filters: EntryFilter | None = None, *, oldest_first: bool = False, page: int = 2000
    ) -> Iterator[Entry]:
        """Every matching entry, read a page at a time so memory stays flat."""
        cursor = None
        while True:
            batch = self.list(filters, limit=page, after=cursor, oldest_first=oldest_first)
            yield from batch
            if len(batch) < page:
                return
            cursor = EntryCursor(batch[-1].entry_date, batch[-1].id or 0)

    def goal_links(self, filters: EntryFilter | None = None) -> dict[int, GoalLinks]:
        """For each goal the matching entries link to, the skills and people those entries link too
        (the promotion packet groups teaching and opportunities by them), without reading any text."""
        where, params = _where(filters)
        chosen = f"SELECT id FROM entries{_clause(where)}"
        found: dict[int, GoalLinks] = {}
        for attribute, (table, column) in (("skill_ids", LINKS["skill_ids"]), ("person_ids", LINKS["person_ids"])):
            rows = self.db.execute(
                f"SELECT g.goal_id, x.{column} FROM entry_goals g JOIN {table} x ON x.entry_id = g.entry_id"
                f" WHERE g.entry_id IN ({chosen})",
                params,
            )
            for goal_id, linked in rows.fetchall():
                getattr(found.setdefault(goal_id, GoalLinks()), attribute).add(linked)
        return found

    def count(self, filters: EntryFilter | None = None) -> int:
        where, params = _where(filters)
        return self.db.execute(f"SELECT count(*) FROM entries{_clause(where)}", params).fetchone()[0]

    def position(self, entry_id: int, filters: EntryFilter | None = None) -> int | None:
        """Where an entry sits in the newest-first list (0 = newest), or None if filtered out."""
        row = self.db.execute("SELECT entry_date FROM entries WHERE id = ?", [entry_id]).fetchone()
        if row is None:
            return None
        where, params = _where(filters)
        match_where = [*where, "id = ?"]
        if not self.db.execute(f"SELECT 1 FROM entries{_clause(match_where)}", [*params, entry_id]).fetchone():
            return None
        where.append("(entry_date, id) > (?, ?)")
        return self.db.execute(f"SELECT count(*) FROM entries{_clause(where)}", [*params, row[0], entry_id]).fetchone()[
            0
        ]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with the number of entries carrying it, most used first."""
        rows = self.db.execute("SELECT tag, count(*) FROM entry_tags GROUP BY tag ORDER BY count(*) DESC, tag")
        return [(tag, n) for tag, n in rows.fetchall()]

    def last_date(self, kind: EntryKind | None = None) -> date | None:
        if kind is None:
            row = self.db.execute("SELECT max(entry_date) FROM entries").fetchone()
        else:
            row = self.db.execute("SELECT max(entry_date) FROM entries WHERE kind = ?", [kind.value]).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def find_duplicate(self, entry: Entry, *, below_id: int | None = None) -> int | None:
        """The id of an entry with the same date, time, title and text (only ids below ``below_id`` if given)."""
        row = self.db.execute(
            "SELECT id FROM entries WHERE entry_date = ? AND entry_time IS ? AND title = ? AND body = ?"
            " AND id < ? LIMIT 1",
            [iso(entry.entry_date), entry.entry_time, entry.title, entry.body, below_id or (1 << 62)],
        ).fetchone()
        return row[0] if row else None

    def _hydrate(self, rows: list[tuple]) -> list[Entry]:
        if not rows:
            return []
        ids = [row[0] for row in rows]
        tags = _group(self.db, "SELECT entry_id, tag FROM entry_tags WHERE entry_id IN ({}) ORDER BY tag", ids)
        links = {
            attribute: _group(self.db, f"SELECT entry_id, {column} FROM {table} WHERE entry_id IN ({{}})", ids)
            for attribute, (table, column) in LINKS.items()
        }
        stories = _stories(self.db, ids)
        entries = []
        kinds = {kind.value: kind for kind in EntryKind}
        for row in rows:
            entry_id = row[0]
            entries.append(
                trusted(
                    Entry,
                    id=entry_id,
                    entry_date=date.fromisoformat(row[1]),
                    entry_time=row[2],
                    title=row[3],
                    body=row[4],
                    kind=kinds[row[5]],
                    private=bool(row[6]),
                    starred=bool(row[7]),
                    created_at=row[8],
                    updated_at=row[9],
                    tags=tags.get(entry_id, []),
                    person_ids=links["person_ids"].get(entry_id, []),
                    goal_ids=links["goal_ids"].get(entry_id, []),
                    skill_ids=links["skill_ids"].get(entry_id, []),
                    story=stories.get(entry_id),
                )
            )
        return entries


def _group(db: Db, sql: str, ids: list[int]) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for key, value in db.execute(sql.format(placeholders(chunk)), chunk).fetchall():
            grouped.setdefault(key, []).append(value)
    return grouped


def _stories(db: Db, ids: list[int]) -> dict[int, WinStory]:
    stories: dict[int, WinStory] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        columns = "entry_id, situation, task, action, result"
        sql = f"SELECT {columns} FROM win_stories WHERE entry_id IN ({placeholders(chunk)})"
        for entry_id, *parts in db.execute(sql, chunk).fetchall():
            stories[entry_id] = WinStory(*parts)
    return stories


def where_clause(filters: EntryFilter | None) -> tuple[str, list[Any]]:
    """`` WHERE …`` (or nothing) and its parameters for the entries matching ``filters``."""
    where, params = _where(filters)
    return _clause(where), params


def _clause(where: list[str]) -> str:
    return f" WHERE {' AND '.join(where)}" if where else ""


def _where(filters: EntryFilter | None) -> tuple[list[str], list[Any]]:
    filters = filters or EntryFilter()
    where: list[str] = []
    params: list[Any] = []
    if filters.date_from is not None:
        where.append("entry_date >= ?")
        params.append(iso(filters.date_from))
    if filters.date_to is not None:
        where.append("entry_date <= ?")
        params.append(iso(filters.date_to))
    if filters.kind is not None:
        where.append("kind = ?")
        params.append(EntryKind(filters.kind).value)
    if filters.private is not None:
        where.append("private = ?")
        params.append(int(filters.private))
    if filters.starred is not None:
        where.append("starred = ?")
        params.append(int(filters.starred))
    if filters.tag:
        where.append("id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
        params.append(clean_tag(filters.tag))
    for value, table, column in (
        (filters.person_id, "entry_people", "person_id"),
        (filters.goal_id, "entry_goals", "goal_id"),
        (filters.skill_id, "entry_skills", "skill_id"),
    ):
        if value is not None:
            where.append(f"id IN (SELECT entry_id FROM {table} WHERE {column} = ?)")
            params.append(value)
    return where, params
