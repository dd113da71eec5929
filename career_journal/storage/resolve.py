"""Finding a person, skill or goal from what a person typed: an id, a name, or part of one."""

from __future__ import annotations

from ..domain.errors import AmbiguousName, RecordNotFound
from ..domain.names import close_matches, fold_name
from .db import Db


def resolve_id(db: Db, table: str, column: str, ref: str | int, kind: str, describe: str | None = None) -> int:
    """An id, an exact name, or the only name containing ``ref``, compared as Ctrl+K compares them.

    Names are folded (``fold_name``): accents, case, spacing and punctuation do not
    count, so "oberg" finds "Åsa Öberg". When nothing matches, the error carries the
    close names ("Did you mean Sam Berg?"). ``describe`` is an SQL expression shown for
    each candidate when the name is ambiguous (the organisation of a person, say).
    """
    text = str(ref).strip()
    if not text:
        raise RecordNotFound(kind, ref)
    # ASCII digits only ('²'.isdigit() is true, int('²') fails) and within SQLite's integer range.
    if (
        text.isascii()
        and text.isdigit()
        and len(text) <= 18
        and db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [int(text)]).fetchone()
    ):
        return int(text)
    label = describe or column
    # The name exactly as stored, first: one indexed-speed look instead of folding every name in the journal.
    same = db.execute(f"SELECT id FROM {table} WHERE {column} = ? LIMIT 2", [text]).fetchall()
    if len(same) == 1:
        return same[0][0]
    # Compared in Python: SQLite's NOCASE and LIKE fold ASCII letters only. A journal holds few enough names.
    wanted = fold_name(text)
    rows = [(row, fold_name(row[1])) for row in db.execute(f"SELECT id, {column}, {label} FROM {table}").fetchall()]
    exact = sorted((row for row, name in rows if name == wanted), key=lambda row: row[0])
    if len(exact) == 1:
        return exact[0][0]
    if len(exact) > 1:
        raise AmbiguousName(kind, text, [f"#{row[0]} {row[2]}" for row in exact])
    # A part of a name needs a letter or a plain digit: '²' folds to '2' and "%%" to nothing, and neither names anyone.
    meaningful = any(char.isalpha() or (char.isascii() and char.isdigit()) for char in text)
    partial = sorted(
        (row for row, name in rows if meaningful and wanted and wanted in name),
        key=lambda row: (fold_name(row[1]), row[0]),
    )
    if len(partial) == 1:
        return partial[0][0]
    if len(partial) > 1:
        raise AmbiguousName(kind, text, [f"#{row[0]} {row[2]}" for row in partial])
    # Nothing contains it: a typo ("Sam Brg") — suggest the names it is close to.
    raise RecordNotFound(kind, text, close_matches(text, [row[1] for row, _name in rows]))
