"""The Markdown export's reading of entries: one streamed query, and the text it wrote kept for next time.

A decade of notes is read in one query, oldest first, each row with its tags
and links joined in, so the export asks nothing per entry. Beside each entry
the journal may hold the text the export last wrote for it (``export_cache``,
written by ``m010_export_cache``); when it holds it for the writer's version,
the entry's own text is not even read.

A cached row is right by construction: it is written only while the entry
still has the title and text it was made from (checked in the same write),
and triggers delete it when either changes or the entry goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from ..domain.enums import EntryKind, InteractionKind
from ..domain.queries import EntryFilter
from ..domain.records import ExportedConversation, ExportedEntry, first_line_title
from .convert import iso, placeholders
from .database import transaction
from .db import Db
from .entries import where_clause

_SEPARATOR = "\x1f"  # char(31), between tags in one row: a control character, which a cleaned tag never holds
_ROWS = 2000  # rows fetched at a time
# What is joined into each row: the table, its column and how the values are joined in one text.
_LINKS = (
    ("entry_tags", "tag", ", char(31)"),
    ("entry_people", "person_id", ""),
    ("entry_goals", "goal_id", ""),
    ("entry_skills", "skill_id", ""),
)


class ExportCache:
    def __init__(self, db: Db) -> None:
        self.db = db

    def entries(self, filters: EntryFilter, writer_version: str) -> Iterator[ExportedEntry]:
        """Every entry matching ``filters``, oldest first, with the text written by ``writer_version`` if kept."""
        where, params = where_clause(filters)
        # Each link joined in by a subquery per row, or NULL when no entry has such links (most journals
        # link few entries to goals or skills, and the subquery costs its time on every row).
        links = [
            f"(SELECT group_concat({column}{separator}) FROM"
            f" (SELECT {column} FROM {table} x WHERE x.entry_id = entries.id ORDER BY {column}))"
            if self.db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
            else "NULL"
            for table, column, separator in _LINKS
        ]
        cursor = self.db.execute(
            f"SELECT id, entry_date, entry_time, title, kind, private, starred, {', '.join(links)},"
            # The kept text as its UTF-8 bytes: it goes to the file as stored, never decoded and encoded again.
            " c.heading, CAST(c.markdown AS BLOB) FROM entries INDEXED BY entries_for_export"
            f" LEFT JOIN export_cache c ON c.entry_id = entries.id AND c.writer_version = ?{where}"
            " ORDER BY entry_date, id",
            [writer_version, *params],
        )
        kinds = {kind.value: kind for kind in EntryKind}
        while rows := cursor.fetchmany(_ROWS):
            # The text of an entry not kept yet is read apart: naming it above would read every entry's row.
            missing = [row[0] for row in rows if row[-1] is None]
            bodies = dict(self._bodies(missing)) if missing else {}
            for row in rows:
                entry_id, day, time, title, kind, private, starred, tags, people, goals, skills, heading, markdown = row
                body = bodies.get(entry_id) if missing else None
                # Positional, and the links split only when there are any: this runs for every entry.
                yield ExportedEntry(
                    entry_id,
                    day,
                    time,
                    title,
                    heading if markdown is not None else first_line_title(title, body or ""),
                    kinds[kind],
                    private == 1,
                    starred == 1,
                    tags.split(_SEPARATOR) if tags else [],
                    _ids(people) if people else [],
                    _ids(goals) if goals else [],
                    _ids(skills) if skills else [],
                    body,
                    markdown,
                )

    def conversations(self, date_from: date | None, date_to: date) -> list[ExportedConversation]:
        """The conversations from ``date_from`` (None: the first) to ``date_to``, oldest first.

        Who took part is listed by name (case aside; the same name by id), as the app lists them: everyone's
        place in that order is read once, not sorted again in a query per conversation.
        """
        order = self.db.execute("SELECT id, name FROM people ORDER BY name COLLATE NOCASE, id").fetchall()
        place = {person_id: number for number, (person_id, _name) in enumerate(order)}
        names = dict(order)
        since = "occurred_on >= ? AND " if date_from is not None else ""
        rows = self.db.execute(
            "SELECT id, occurred_on, kind, notes, questions, learned, follow_up,"
            " (SELECT group_concat(person_id) FROM interaction_people WHERE interaction_id = i.id)"
            f" FROM interactions i WHERE {since}occurred_on <= ? ORDER BY occurred_on, id",
            [iso(date_from), iso(date_to)] if date_from is not None else [iso(date_to)],
        ).fetchall()
        kinds = {kind.value: kind for kind in InteractionKind}
        found = []
        for row_id, day, kind, notes, questions, learned, follow_up, joined in rows:
            people = sorted(_ids(joined), key=place.__getitem__) if joined else []
            named = [names[person_id] for person_id in people]
            found.append(
                ExportedConversation(row_id, day, kinds[kind], notes, questions, learned, follow_up, people, named)
            )
        return found

    def _bodies(self, ids: list[int]) -> list[tuple[int, str]]:
        return self.db.execute(f"SELECT id, body FROM entries WHERE id IN ({placeholders(ids)})", ids).fetchall()

    def store(self, writer_version: str, written: Iterable[tuple[ExportedEntry, str]]) -> None:
        """Keep each entry's written text, in one transaction; an entry changed or deleted since it was read is
        skipped (its title and text must still be those the text was written from)."""
        with transaction(self.db):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO export_cache (entry_id, writer_version, heading, markdown)"
                " SELECT id, ?, ?, ? FROM entries WHERE id = ? AND title = ? AND body = ?",
                [
                    (writer_version, entry.display_title, markdown, entry.id, entry.title, entry.body)
                    for entry, markdown in written
                ],
            )


def _ids(joined: str | None) -> list[int]:
    return [int(i) for i in joined.split(",")] if joined else []
