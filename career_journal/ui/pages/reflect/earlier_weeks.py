"""During the weekly review: what was written in this same week one, two and five years ago.

The person's own entries, private ones too (they are shown here, never
exported). Compact and quiet, above the prompt; hidden when there is nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ....domain.queries import EntryFilter
from ....domain.records import Entry
from ....domain.timeline import WeekBack, same_week_years_ago
from ....storage.journal import Journal
from ...labels import label_of
from ...widgets.cards import RecordList, Row
from ...widgets.text_label import note_label

SHOWN = 4  # rows at most: a glance, not a second journal
ROW_HEIGHT = 38


class EarlierWeeks(QWidget):
    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = note_label(self.tr("This week in earlier years"), "muted")
        self.entries = RecordList("")
        self.entries.setAccessibleName(self.tr("Entries from this week in earlier years"))
        self.entries.open_record.connect(self.open_record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.entries)
        self.hide()

    def show_for(self, journal: Journal, today: date | None) -> None:
        """Look back from ``today`` (None: nothing to show, the session is not a weekly review)."""
        weeks = same_week_years_ago(today) if today is not None else []
        self.show_weeks(
            [(w, journal.entries.list(EntryFilter(date_from=w.start, date_to=w.end), limit=SHOWN)) for w in weeks]
        )

    def show_weeks(self, weeks: list[tuple[WeekBack, list[Entry]]]) -> None:
        rows = [
            Row(
                entry.display_title,
                f"{week.label()} · {_day(entry.entry_date)} · {label_of(entry.kind).lower()}"
                + (self.tr(" · private") if entry.private else ""),
                "entry",
                entry.id or 0,
                entry.body[:300],
            )
            for week, found in weeks
            for entry in found
        ][:SHOWN]
        self.entries.set_rows(rows)
        self.entries.setFixedHeight(ROW_HEIGHT * len(rows) + 6)
        self.setVisible(bool(rows))


def _day(day: date) -> str:
    """ "Monday 23 November 2026", "måndag 23 november 2026": the app's locale, not the process's C locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
