"""Text typed but not yet saved, kept in the journal so a crash loses at most a moment of it.

A draft is one row per editor, overwritten as the person types and deleted
when the record is saved or the text thrown away. ``secure_delete`` zeroes a
deleted draft's page, and drafts are never indexed for search or exported.
"""

from __future__ import annotations

import json

from ..domain.records import Draft
from ..domain.validation import timestamp_now
from .database import transaction
from .db import Db


class DraftRepository:
    def __init__(self, db: Db) -> None:
        self.db = db

    def save(self, draft: Draft) -> Draft:
        draft.saved_at = timestamp_now()
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO drafts (key, label, fields, saved_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET label = excluded.label, fields = excluded.fields,"
                " saved_at = excluded.saved_at",
                [draft.key, draft.label, json.dumps(draft.fields, ensure_ascii=False), draft.saved_at],
            )
        return draft

    def get(self, key: str) -> Draft | None:
        row = self.db.execute("SELECT key, label, fields, saved_at FROM drafts WHERE key = ?", [key]).fetchone()
        return None if row is None else Draft(row[0], row[1], json.loads(row[2]), row[3])

    def list(self) -> list[Draft]:
        """Every unsaved draft, the most recent first."""
        rows = self.db.execute("SELECT key, label, fields, saved_at FROM drafts ORDER BY saved_at DESC, key").fetchall()
        return [Draft(r[0], r[1], json.loads(r[2]), r[3]) for r in rows]

    def discard(self, key: str) -> None:
        with transaction(self.db):
            self.db.execute("DELETE FROM drafts WHERE key = ?", [key])

    def keys(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT key FROM drafts").fetchall()}

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM drafts").fetchone()[0]
