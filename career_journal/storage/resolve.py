"""Finding a person, skill or goal from what a person typed: an id, a name, or part of one."""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.errors import AmbiguousName, RecordNotFound


def resolve_id(db: Database, table: str, column: str, ref: str | int, kind: str, describe: str | None = None) -> int:
    """An id, an exact name (case-insensitive), or the only name containing ``ref``.

    ``describe`` is an SQL expression shown for each candidate when the name is
    ambiguous (the organisation of a person, say).
    """
    text = str(ref).strip()
    if not text:
        raise RecordNotFound(kind, ref)
    if text.isdigit() and db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [int(text)]).fetchone():
        return int(text)
    label = describe or column
    exact = db.execute(
        f"SELECT id, {label} FROM {table} WHERE {column} = ? COLLATE NOCASE ORDER BY id LIMIT 11", [text]
    ).fetchall()
    if len(exact) == 1:
        return exact[0][0]
    if len(exact) > 1:
        raise AmbiguousName(kind, text, [f"#{row[0]} {row[1]}" for row in exact])
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    partial = db.execute(
        f"SELECT id, {label} FROM {table} WHERE {column} LIKE ? ESCAPE '\\' ORDER BY {column} COLLATE NOCASE",
        [pattern],
    ).fetchall()
    if len(partial) == 1:
        return partial[0][0]
    if len(partial) > 1:
        raise AmbiguousName(kind, text, [f"#{row[0]} {row[1]}" for row in partial])
    raise RecordNotFound(kind, text)
