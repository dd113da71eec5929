"""One full-text search over every kind of record (FTS5, ranked with bm25).

The index is contentless, so a record's text is stored once, in its own table.
Snippets are cut from the matching records by a small in-memory FTS5 table
that uses the same tokenizer, so stemmed matches highlight the same way.

Ranking: each kind's matches are ranked with bm25 among its newest
``RANK_WINDOW`` matches. A rare word is ranked over all its matches; a word so
common that it is in thousands of entries is ranked over the newest of them,
which keeps a search instant on a decade of notes.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date

from ..domain.enums import RecordKind
from ..domain.queries import MATCH_END, MATCH_START, SearchHit, SearchQuery
from ..domain.validation import clean_tag
from .convert import iso, placeholders
from .db import Db
from .schema_v1 import KIND_SHIFT, kind_base

RANK_WINDOW = 500
BULK_CACHE_KIB = 64 * 1024
BULK_HASH_BYTES = 64 * 1024 * 1024
FTS5_HASH_BYTES = 1024 * 1024  # FTS5's own default
SNIPPET_TOKENS = 14
TITLE_WEIGHT = 3.0
TABLES = {
    RecordKind.ENTRY: "entries",
    RecordKind.GOAL: "goals",
    RecordKind.MILESTONE: "milestones",
    RecordKind.SKILL: "skills",
    RecordKind.TEACHING: "teachings",
    RecordKind.HANDOVER: "handovers",
    RecordKind.PERSON: "people",
    RecordKind.INTERACTION: "interactions",
    RecordKind.OPPORTUNITY: "opportunities",
    RecordKind.ADVISER: "advisers",
    RecordKind.ATTACHMENT: "attachments",
}
_TOKEN = re.compile(r'"[^"]*"?|\S+')
_WORDLIKE = re.compile(r"\w", re.UNICODE)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def to_fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query, or None if nothing is searchable.

    Words must all match (AND); "quoted words" match as a phrase; a word ending
    in * matches as a prefix; OR between two terms matches either; -word
    excludes. Everything else, FTS5 syntax included, is searched as plain text.
    """
    positives, negatives = _terms(text)
    if not positives:
        return None
    query = _all_of(positives)
    if negatives:
        # One flat NOT: nesting a NOT per excluded word overflows FTS5's parser stack.
        query = f"({query}) NOT ({' OR '.join(negatives)})"
    return query


def probe_query(text: str) -> str | None:
    """A cheaper query that matches at least every record ``to_fts_query`` matches, or None if there is none.

    The words without a prefix: FTS5 gathers every word a prefix stands for
    before it looks at a single record, at a cost each time it runs.
    """
    whole_words = [term for term in _terms(text)[0] if "*" not in term]
    return _all_of(whole_words) if whole_words else None


def _all_of(terms: list[str]) -> str:
    return " AND ".join(f"({t})" if " OR " in t else t for t in terms)


def _terms(text: str) -> tuple[list[str], list[str]]:
    """The terms a record must match (an OR group is one term) and those it must not, as FTS5 text."""
    positives: list[str] = []
    negatives: list[str] = []
    pending_or = False
    # NUL ends a C string inside FTS5's parser, so a quoted NUL is "unterminated".
    for raw in _TOKEN.findall(text.replace("\x00", " ")):
        if raw == "OR":
            pending_or = bool(positives)
            continue
        negative = raw.startswith("-") and len(raw) > 1
        token = raw[1:] if negative else raw
        if token.startswith('"'):
            inner = token.strip('"')
            term = _phrase(inner) if _WORDLIKE.search(inner) else None
        else:
            prefix = token.endswith("*")
            word = token.rstrip("*")
            term = _phrase(word) + ("*" if prefix else "") if _WORDLIKE.search(word) else None
        if term is None:
            continue
        if negative:
            negatives.append(term)
        elif pending_or and positives:
            positives[-1] = f"{positives[-1]} OR {term}"
            pending_or = False
        else:
            positives.append(term)
    # A repeated word adds nothing but work (a pasted page of text is slow otherwise).
    return list(dict.fromkeys(positives)), list(dict.fromkeys(negatives))


_QUOTED = re.compile(r'"((?:[^"]|"")*)"(\*?)')
# Text kept on each side of a match when cutting a snippet's source down (a long note need not be indexed whole).
SNIPPET_WINDOW = 200


def _needles(fts: str) -> list[re.Pattern[str]]:
    """A pattern for each word or phrase of a query as typed, to find where a long text matches."""
    patterns = []
    for quoted, _prefix in _QUOTED.findall(fts):
        words = quoted.replace('""', '"').split()
        if words:
            patterns.append(re.compile(r"\W+".join(map(re.escape, words)), re.IGNORECASE))
    return patterns


def _around_matches(text: str, needles: list[re.Pattern[str]]) -> tuple[str, bool, bool]:
    """The stretches of ``text`` around the first match of each needle; and whether the start or end was cut.

    Only text longer than a few windows is cut, and a text where a word matches
    only by its stem (no literal match) is kept whole.
    """
    if not needles or len(text) <= 3 * SNIPPET_WINDOW:
        return text, False, False
    spans = []
    for needle in needles[:4]:
        match = needle.search(text)
        if match is not None:
            start = max(0, match.start() - SNIPPET_WINDOW)
            start = text.find(" ", start) + 1 if start else 0  # begin at a word
            end = text.rfind(" ", match.end(), match.end() + SNIPPET_WINDOW)
            spans.append((start, end if end > match.end() else min(len(text), match.end() + SNIPPET_WINDOW)))
    if not spans:
        return text, False, False
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        if start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return " … ".join(text[a:b] for a, b in merged), merged[0][0] > 0, merged[-1][1] < len(text)


class SearchIndex:
    def __init__(self, db: Db) -> None:
        self.db = db
        self._snippet_table_ready = False

    def search(self, query: SearchQuery) -> list[SearchHit]:
        fts = to_fts_query(query.text)
        if fts is None:
            return []
        kinds = list(query.kinds) or list(TABLES)
        if query.tag:
            kinds = [RecordKind.ENTRY] if RecordKind.ENTRY in kinds else []
        probes = [q for q in (probe_query(query.text), fts) if q is not None]
        scored: list[tuple[float, int, RecordKind]] = []
        for kind in kinds:
            if all(self._any_match(kind, probe) for probe in dict.fromkeys(probes)):
                scored.extend((score, rowid, kind) for rowid, score in self._rank(kind, fts, query))
        scored.sort(key=lambda item: (item[0], -item[1]))
        top = scored[: query.limit]
        return self._describe(top, fts)

    def _any_match(self, kind: RecordKind, fts: str) -> bool:
        """Whether any record of ``kind`` matches ``fts``: a cheap first look, in rowid order.

        Ranking reads the matches newest first, and FTS5 reads a long list of
        matches backwards at a cost even when none falls in the kind's range;
        this look costs next to nothing for a kind without a match (the
        probe without prefixes first, then the query itself).
        """
        base = kind_base(kind.value)
        found = self.db.execute(
            "SELECT 1 FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? LIMIT 1",
            [fts, base, base + (1 << KIND_SHIFT) - 1],
        )
        return found.fetchone() is not None

    def _rank(self, kind: RecordKind, fts: str, query: SearchQuery) -> list[tuple[int, float]]:
        base = kind_base(kind.value)
        where = ["search MATCH ?", "rowid BETWEEN ? AND ?"]
        params: list = [fts, base, base + (1 << KIND_SHIFT) - 1]
        if query.date_from or query.date_to:
            day = []
            if query.date_from:
                day.append("v.day >= ?")
                params.append(iso(query.date_from))
            if query.date_to:
                day.append("v.day <= ?")
                params.append(iso(query.date_to))
            where.append(
                f"EXISTS (SELECT 1 FROM search_source_{kind.value} v WHERE v.record_id = search.rowid - {base}"
                f" AND {' AND '.join(day)})"
            )
        if query.tag and kind is RecordKind.ENTRY:
            where.append(f"EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = search.rowid - {base} AND t.tag = ?)")
            params.append(clean_tag(query.tag))
        sql = (
            f"SELECT rowid, bm25(search, {TITLE_WEIGHT}, 1.0) FROM search WHERE {' AND '.join(where)}"
            f" ORDER BY rowid DESC LIMIT {RANK_WINDOW}"
        )
        return self.db.execute(sql, params).fetchall()

    def _describe(self, top: list[tuple[float, int, RecordKind]], fts: str) -> list[SearchHit]:
        if not top:
            return []
        by_kind: dict[RecordKind, list[int]] = {}
        for _score, rowid, kind in top:
            by_kind.setdefault(kind, []).append(rowid - kind_base(kind.value))
        rows: dict[int, tuple] = {}
        for kind, ids in by_kind.items():
            for row in self.db.execute(
                f"SELECT rowid, label, day, title, body FROM search_source_{kind.value}"
                f" WHERE record_id IN ({placeholders(ids)})",
                ids,
            ).fetchall():
                rows[row[0]] = row
        snippets = self._snippets([rows[rowid] for _s, rowid, _k in top if rowid in rows], fts)
        hits = []
        for score, rowid, kind in top:
            if rowid not in rows:
                continue
            _rowid, label, day, title, body = rows[rowid]
            fallback = " ".join((body or title or "").split())[:160]
            hits.append(
                SearchHit(
                    kind=kind,
                    record_id=rowid - kind_base(kind.value),
                    title=" ".join((label or "").split()),
                    snippet=snippets.get(rowid, fallback),
                    day=date.fromisoformat(day) if day else None,
                    score=score,
                )
            )
        return hits

    def _snippets(self, rows: list[tuple], fts: str) -> dict[int, str]:
        if not rows:
            return {}
        if not self._snippet_table_ready:
            # temp_store is MEMORY: the copied text never reaches a temp file. The index reads its
            # text from a plain table, so emptying it is one 'delete-all' rather than re-reading
            # every row to unindex it (which cost more than the indexing).
            self.db.execute(
                "CREATE TEMP TABLE IF NOT EXISTS search_snippet_text (rowid INTEGER PRIMARY KEY, title, body)"
            )
            self.db.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_snippets USING fts5(title, body,"
                " content='search_snippet_text', tokenize='porter unicode61 remove_diacritics 2')"
            )
            self._snippet_table_ready = True
        needles = _needles(fts)
        cut: dict[int, tuple[bool, bool]] = {}
        copied = []
        for rowid, _label, _day, title, body in rows:
            text, before, after = _around_matches(body or "", needles)
            cut[rowid] = (before, after)
            copied.append((rowid, title or "", text))
        try:
            self.db.conn.executemany(
                "INSERT INTO temp.search_snippet_text (rowid, title, body) VALUES (?, ?, ?)", copied
            )
            self.db.execute(
                "INSERT INTO temp.search_snippets (rowid, title, body) SELECT rowid, title, body"
                " FROM temp.search_snippet_text"
            )
            found = self.db.execute(
                "SELECT rowid, snippet(search_snippets, -1, ?, ?, '…', ?) FROM temp.search_snippets"
                " WHERE search_snippets MATCH ?",
                [MATCH_START, MATCH_END, SNIPPET_TOKENS, fts],
            ).fetchall()
        finally:
            self.db.execute("INSERT INTO temp.search_snippets (search_snippets) VALUES ('delete-all')")
            self.db.execute("DELETE FROM temp.search_snippet_text")
        snippets = {}
        for rowid, text in found:
            snippet = " ".join(text.split())
            before, after = cut.get(rowid, (False, False))
            if before and not snippet.startswith("…"):
                snippet = "…" + snippet
            if after and not snippet.endswith("…"):
                snippet += "…"
            snippets[rowid] = snippet
        return snippets

    # -- keeping the index whole -------------------------------------------------
    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Inside the caller's transaction: insert many rows, then index them in one pass.

        For inserts only: an existing record edited inside this block keeps its
        old words in the index (the update trigger stands aside too), so an
        import that edits must call ``rebuild()`` before it commits.
        """
        if not self.db.conn.in_transaction:
            raise RuntimeError("deferred indexing must run inside a transaction")
        before = {kind: self._max_id(table) for kind, table in TABLES.items()}
        self.db.execute("UPDATE search_state SET deferred = 1")
        yield
        with self._bulk_settings():
            for kind in TABLES:
                self.db.execute(
                    f"INSERT INTO search (rowid, title, body) SELECT rowid, title, body FROM search_source_{kind.value}"
                    " WHERE record_id > ?",
                    [before[kind]],
                )
        self.db.execute("UPDATE search_state SET deferred = 0")

    @contextlib.contextmanager
    def _bulk_settings(self) -> Iterator[None]:
        """Index many records with room to work: a larger page cache, and fewer, larger index segments.

        FTS5 collects new words in memory and writes them out as a segment each
        time they reach its 'hashsize' (1 MB by default), merging segments as
        it goes; for a decade of notes, a larger size nearly halves the time.
        The setting is stored in the index, so it is put back in the same
        transaction; the cache is this connection's alone.
        """
        cache = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        self.db.execute("INSERT INTO search (search, rank) VALUES ('hashsize', ?)", [BULK_HASH_BYTES])
        try:
            yield
            self.db.execute("INSERT INTO search (search, rank) VALUES ('hashsize', ?)", [FTS5_HASH_BYTES])
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(cache)}")

    def _max_id(self, table: str) -> int:
        return self.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]

    def rebuild(self) -> None:
        """Index every record from scratch (inside the caller's transaction)."""
        self.db.execute("INSERT INTO search (search) VALUES ('delete-all')")  # secure-delete: the old words go
        for kind in TABLES:
            self.db.execute(
                f"INSERT INTO search (rowid, title, body) SELECT rowid, title, body FROM search_source_{kind.value}"
            )

    def problems(self) -> list[str]:
        """Kinds whose index does not hold exactly one row per record."""
        found = []
        for kind, table in TABLES.items():
            base = kind_base(kind.value)
            indexed = self.db.execute(
                "SELECT count(*) FROM search WHERE rowid BETWEEN ? AND ?", [base, base + (1 << KIND_SHIFT) - 1]
            ).fetchone()[0]
            stored = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if indexed != stored:
                found.append(f"the search index holds {indexed} {kind.value} records, the journal {stored}")
        return found
