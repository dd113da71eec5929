"""Journal entries: saving, reading back, filtering and paging the way the lists use them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from career_journal.domain.enums import EntryKind
from career_journal.domain.errors import InvalidInput, RecordNotFound
from career_journal.domain.queries import EntryCursor, EntryFilter
from career_journal.domain.records import Entry, Goal, Person, Skill
from career_journal.storage import entry_batch
from career_journal.storage.journal import Journal

DAY = date(2026, 3, 10)


@pytest.fixture
def linked(journal: Journal) -> dict[str, int]:
    """A person, a goal and a skill to link entries to."""
    return {
        "person": journal.people.add(Person(name="Dana Whitfield")).id or 0,
        "goal": journal.goals.add(Goal(title="Staff engineer")).id or 0,
        "skill": journal.skills.add(Skill(name="Release train")).id or 0,
    }


def test_an_entry_comes_back_as_written(journal: Journal, linked: dict[str, int]) -> None:
    saved = journal.entries.add(
        Entry(
            title="  Dana ran the release  ",
            body="She ran it **alone**.",
            entry_date=DAY,
            entry_time="09:30",
            kind=EntryKind.WIN,
            tags=["#Release Train", "@teaching", "release-train"],
            private=True,
            starred=True,
            person_ids=[linked["person"], linked["person"]],
            goal_ids=[linked["goal"]],
            skill_ids=[linked["skill"]],
        )
    )
    assert saved.id is not None
    assert saved.created_at and saved.updated_at
    got = journal.entries.get(saved.id)
    assert got.title == "Dana ran the release"
    assert got.body == "She ran it **alone**."
    assert (got.entry_date, got.entry_time, got.kind) == (DAY, "09:30", EntryKind.WIN)
    assert got.tags == ["release-train", "teaching"]
    assert (got.private, got.starred) == (True, True)
    assert got.person_ids == [linked["person"]]
    assert got.goal_ids == [linked["goal"]]
    assert got.skill_ids == [linked["skill"]]
    assert journal.entries.exists(saved.id)


def test_an_entry_without_text_is_refused() -> None:
    with pytest.raises(ValueError, match="needs some text"):
        Entry(body="   ", entry_date=DAY)


def test_an_entry_may_be_only_a_title(journal: Journal) -> None:
    saved = journal.entries.add(Entry(title="Just a headline", body="", entry_date=DAY))
    assert journal.entries.get(saved.id or 0).display_title == "Just a headline"


def test_a_link_to_a_missing_record_is_refused_and_nothing_is_saved(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="person that does not exist"):
        journal.entries.add(Entry(body="Met a ghost", entry_date=DAY, person_ids=[404]))
    assert journal.entries.count() == 0
    assert journal.search.problems() == []


def test_an_impossible_time_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.entries.add(Entry(body="Late", entry_date=DAY, entry_time="9pm"))
    assert journal.entries.count() == 0


def test_update_replaces_text_tags_and_links(journal: Journal, linked: dict[str, int]) -> None:
    entry = journal.entries.add(
        Entry(body="Draft", entry_date=DAY, tags=["old"], person_ids=[linked["person"]], goal_ids=[linked["goal"]])
    )
    created = entry.created_at
    entry.body = "Final"
    entry.tags = ["new", "second"]
    entry.person_ids = []
    entry.skill_ids = [linked["skill"]]
    entry.entry_date = DAY + timedelta(days=1)
    journal.entries.update(entry)
    got = journal.entries.get(entry.id or 0)
    assert got.body == "Final"
    assert got.tags == ["new", "second"]
    assert got.person_ids == []
    assert got.goal_ids == [linked["goal"]]
    assert got.skill_ids == [linked["skill"]]
    assert got.entry_date == DAY + timedelta(days=1)
    assert got.created_at == created
    assert journal.entries.tags() == [("new", 1), ("second", 1)]


def test_update_of_a_missing_entry_is_refused(journal: Journal) -> None:
    ghost = Entry(body="Never saved", entry_date=DAY, id=999)
    with pytest.raises(RecordNotFound):
        journal.entries.update(ghost)
    with pytest.raises(ValueError):
        journal.entries.update(Entry(body="No id", entry_date=DAY))


def test_delete_removes_the_entry_its_tags_and_links(journal: Journal, linked: dict[str, int]) -> None:
    keep = journal.entries.add(Entry(body="Keep", entry_date=DAY, tags=["shared"]))
    gone = journal.entries.add(
        Entry(body="Gone", entry_date=DAY, tags=["shared", "only-here"], person_ids=[linked["person"]])
    )
    journal.entries.delete(gone.id or 0)
    assert not journal.entries.exists(gone.id or 0)
    with pytest.raises(RecordNotFound):
        journal.entries.get(gone.id or 0)
    assert journal.entries.tags() == [("shared", 1)]
    assert journal.entries.count(EntryFilter(person_id=linked["person"])) == 0
    assert [e.id for e in journal.entries.list()] == [keep.id]
    with pytest.raises(RecordNotFound):
        journal.entries.delete(gone.id or 0)


def test_deleting_a_linked_person_unlinks_but_keeps_the_entry(journal: Journal, linked: dict[str, int]) -> None:
    entry = journal.entries.add(Entry(body="With Dana", entry_date=DAY, person_ids=[linked["person"]]))
    journal.people.delete(linked["person"])
    assert journal.entries.get(entry.id or 0).person_ids == []


# -- lists and filters --------------------------------------------------------------------------


@pytest.fixture
def varied(journal: Journal, linked: dict[str, int]) -> Journal:
    rows = [
        (date(2026, 1, 5), EntryKind.NOTE, ["career"], False, False, "person"),
        (date(2026, 1, 20), EntryKind.WIN, ["career", "release"], False, True, "goal"),
        (date(2026, 2, 3), EntryKind.LESSON, ["release"], True, False, "skill"),
        (date(2026, 2, 3), EntryKind.REFLECTION, [], False, False, None),
        (date(2026, 3, 1), EntryKind.MEETING, ["career"], True, True, "person"),
    ]
    for number, (day, kind, tags, private, starred, link) in enumerate(rows):
        links = {f"{link}_ids": [linked[link]]} if link else {}
        journal.entries.add(
            Entry(
                title=f"E{number}",
                body="text",
                entry_date=day,
                kind=kind,
                tags=tags,
                private=private,
                starred=starred,
                **links,
            )
        )
    return journal


def _titles(entries: list[Entry]) -> list[str]:
    return [e.title for e in entries]


def test_list_is_newest_first_with_ties_by_newest_id(varied: Journal) -> None:
    assert _titles(varied.entries.list()) == ["E4", "E3", "E2", "E1", "E0"]
    assert _titles(varied.entries.list(oldest_first=True)) == ["E0", "E1", "E2", "E3", "E4"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EntryFilter(date_from=date(2026, 1, 20), date_to=date(2026, 2, 3)), ["E3", "E2", "E1"]),
        (EntryFilter(date_from=date(2026, 2, 4)), ["E4"]),
        (EntryFilter(date_to=date(2026, 1, 19)), ["E0"]),
        (EntryFilter(tag="Career"), ["E4", "E1", "E0"]),
        (EntryFilter(tag="#release"), ["E2", "E1"]),
        (EntryFilter(tag="nothing-here"), []),
        (EntryFilter(kind=EntryKind.LESSON), ["E2"]),
        (EntryFilter(private=True), ["E4", "E2"]),
        (EntryFilter(private=False), ["E3", "E1", "E0"]),
        (EntryFilter(starred=True), ["E4", "E1"]),
        (EntryFilter(tag="career", private=False, date_from=date(2026, 1, 10)), ["E1"]),
    ],
)
def test_filters_pick_the_right_entries(varied: Journal, filters: EntryFilter, expected: list[str]) -> None:
    assert _titles(varied.entries.list(filters)) == expected
    assert varied.entries.count(filters) == len(expected)


def test_filters_by_linked_person_goal_and_skill(varied: Journal, linked: dict[str, int]) -> None:
    assert _titles(varied.entries.list(EntryFilter(person_id=linked["person"]))) == ["E4", "E0"]
    assert _titles(varied.entries.list(EntryFilter(goal_id=linked["goal"]))) == ["E1"]
    assert _titles(varied.entries.list(EntryFilter(skill_id=linked["skill"]))) == ["E2"]


def test_tags_are_counted_most_used_first(varied: Journal) -> None:
    assert varied.entries.tags() == [("career", 3), ("release", 2)]


def test_last_date_overall_and_by_kind(varied: Journal) -> None:
    assert varied.entries.last_date() == date(2026, 3, 1)
    assert varied.entries.last_date(EntryKind.REFLECTION) == date(2026, 2, 3)
    assert varied.entries.last_date(EntryKind.WIN) == date(2026, 1, 20)


def test_last_date_of_an_empty_journal(journal: Journal) -> None:
    assert journal.entries.last_date() is None
    assert journal.entries.last_date(EntryKind.REFLECTION) is None


def test_position_is_the_row_in_the_newest_first_list(varied: Journal) -> None:
    listed = varied.entries.list()
    for row, entry in enumerate(listed):
        assert varied.entries.position(entry.id or 0) == row
    private = varied.entries.list(EntryFilter(private=True))
    assert varied.entries.position(private[1].id or 0, EntryFilter(private=True)) == 1
    shareable = varied.entries.list(EntryFilter(private=False))[0]
    assert varied.entries.position(shareable.id or 0, EntryFilter(private=True)) is None
    assert varied.entries.position(999) is None


def test_find_duplicate_spots_the_same_entry_again(journal: Journal) -> None:
    saved = journal.entries.add(Entry(title="T", body="B", entry_date=DAY, entry_time="10:00"))
    assert journal.entries.find_duplicate(Entry(title="T", body="B", entry_date=DAY, entry_time="10:00")) == saved.id
    assert journal.entries.find_duplicate(Entry(title="T", body="B", entry_date=DAY)) is None
    assert journal.entries.find_duplicate(Entry(title="T", body="B2", entry_date=DAY, entry_time="10:00")) is None


# -- keyset pages --------------------------------------------------------------------------------


@pytest.fixture
def many(journal: Journal) -> Journal:
    """53 entries over 20 days, several per day, added out of date order."""
    with journal.transaction():
        for number in range(53):
            day = date(2026, 1, 1) + timedelta(days=(number * 7) % 20)
            journal.entries.add(
                Entry(body=f"n{number}", entry_date=day, private=number % 3 == 0, tags=["odd"] if number % 2 else [])
            )
    return journal


@pytest.mark.parametrize("filters", [None, EntryFilter(private=False), EntryFilter(tag="odd")])
@pytest.mark.parametrize("page", [1, 7, 10, 53, 100])
def test_keyset_pages_give_every_entry_once_newest_first(many: Journal, filters: EntryFilter | None, page: int) -> None:
    expected = [e.id for e in many.entries.list(filters)]
    assert len(expected) == many.entries.count(filters)
    seen: list[int | None] = []
    cursor = None
    while True:
        batch = many.entries.list(filters, limit=page, after=cursor)
        seen.extend(e.id for e in batch)
        if len(batch) < page:
            break
        cursor = EntryCursor(batch[-1].entry_date, batch[-1].id or 0)
    assert seen == expected
    keys = [(e.entry_date, e.id) for e in many.entries.list(filters)]
    assert keys == sorted(keys, reverse=True)


def test_iter_all_reads_everything_in_pages(many: Journal) -> None:
    assert [e.id for e in many.entries.iter_all(page=5)] == [e.id for e in many.entries.list()]
    oldest = [e.id for e in many.entries.iter_all(oldest_first=True, page=4)]
    assert oldest == [e.id for e in many.entries.list(oldest_first=True)]
    assert len(set(oldest)) == 53


def test_add_many_inside_one_transaction(journal: Journal) -> None:
    with journal.transaction():
        added = journal.entries.add_many(Entry(body=f"import {n}", entry_date=DAY) for n in range(5))
    assert added == 5
    assert journal.entries.count() == 5
    assert journal.search.problems() == []


def test_a_batch_in_any_order_numbers_entries_by_date_and_time(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entry_batch, "CHUNK", 3)  # rows written, and later moved, in several chunks
    existing = journal.entries.add(Entry(body="Already here.", entry_date=date(2030, 1, 1)))
    days = [date(2024, 1, 1) + timedelta(days=n) for n in range(10)]
    batch = journal.entries.batch()
    with journal.transaction():
        for day in reversed(days):
            batch.add(Entry(body=f"Written on {day}.", entry_date=day, entry_time="10:00", tags=[f"t{day.day}"]))
        batch.add(Entry(body="Same day, earlier.", entry_date=days[3], entry_time="08:00"))
        assert batch.finish(time_order=True) == 11

    added = [e for e in journal.entries.list(oldest_first=True) if e.id != existing.id]
    assert [e.id for e in added] == list(range(existing.id + 1, existing.id + 12))
    assert [e.body for e in added[3:5]] == ["Same day, earlier.", f"Written on {days[3]}."]
    assert all(e.tags == [f"t{e.entry_date.day}"] for e in added if e.body.startswith("Written"))
    assert journal.check() == []


def test_a_few_entries_of_each_chosen_day_come_back_newest_first_in_one_read(journal: Journal) -> None:
    days = [DAY.replace(year=2025), DAY.replace(year=2024), DAY.replace(year=2023)]
    written = {day: [journal.entries.add(Entry(f"{day} {n}", day)).id for n in range(4)] for day in days}
    journal.entries.add(Entry("private", days[2], private=True))
    journal.entries.add(Entry("another day", days[2] - timedelta(days=1)))

    found = journal.entries.on_days(days, per_day=3, limit=7, private=False)

    newest_three = [i for day in days for i in sorted(written[day], reverse=True)[:3]]
    assert [entry.id for entry in found] == newest_three[:7]
    assert journal.entries.on_days([], per_day=3, limit=6) == []
