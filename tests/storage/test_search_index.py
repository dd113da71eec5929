"""One full-text search over every kind of record."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from career_journal.domain.enums import EntryKind, RecordKind, TeamRole
from career_journal.domain.queries import MATCH_END, MATCH_START, SearchHit, SearchQuery
from career_journal.domain.records import (
    Adviser,
    Entry,
    Goal,
    Handover,
    Interaction,
    Milestone,
    Opportunity,
    Person,
    Skill,
    Teaching,
)
from career_journal.storage.journal import Journal
from career_journal.storage.search import to_fts_query


@pytest.fixture
def indexed(journal: Journal) -> Journal:
    """One record of every kind, each with a word no other record has."""
    ada = journal.people.add(
        Person(name="Ada Quill", org="Platform", needs="Wants to own the zeppelin roadmap", how_met="hackathon")
    )
    bo = journal.people.add(Person(name="Bo Lindqvist", notes="Likes origami"))
    skill = journal.skills.add(Skill(name="Kubernetes upgrades", description="Cluster walrus procedure"))
    goal = journal.goals.add(
        Goal(
            title="Become a staff engineer",
            why="Lead the albatross initiative",
            target_date=date(2026, 9, 1),
            milestones=[Milestone("Publish the pelican runbook")],
        )
    )
    journal.entries.add(
        Entry(
            title="Mentoring Ada",
            body="We paired on the release train for an hour. Deployment went well.",
            entry_date=date(2026, 1, 10),
            tags=["teaching"],
            goal_ids=[goal.id or 0],
        )
    )
    journal.entries.add(
        Entry(
            title="Train of thought",
            body="The release was late; the train analogy again.",
            entry_date=date(2026, 2, 20),
            kind=EntryKind.LESSON,
            tags=["lessons"],
        )
    )
    journal.entries.add(
        Entry(title="Quiet week", body="Alpha release planning.", entry_date=date(2026, 3, 5), tags=["teaching"])
    )
    journal.skills.add_teaching(
        Teaching(skill_id=skill.id or 0, person_id=ada.id or 0, taught_on=date(2026, 1, 12), notes="Showed the kestrel")
    )
    journal.skills.add_handover(
        Handover(title="Upgrade duty", person_id=ada.id or 0, notes="Stay on the heron channel")
    )
    journal.people.add_interaction(
        Interaction(date(2026, 1, 15), "Coffee chat", [ada.id or 0, bo.id or 0], questions="What about the osprey?")
    )
    journal.people.add_opportunity(Opportunity(title="Self-service rollback", value="Saves the flamingo budget"))
    journal.people.add_adviser(Adviser(person_id=bo.id or 0, role=TeamRole.MENTOR, helps_with="Puffin strategy"))
    return journal


def _search(journal: Journal, text: str, **options: object) -> list[SearchHit]:
    return journal.search.search(SearchQuery(text, **options))  # type: ignore[arg-type]


def _kinds(hits: list[SearchHit]) -> list[RecordKind]:
    return [hit.kind for hit in hits]


@pytest.mark.parametrize(
    ("word", "kind", "title"),
    [
        ("paired", RecordKind.ENTRY, "Mentoring Ada"),
        ("albatross", RecordKind.GOAL, "Become a staff engineer"),
        ("pelican", RecordKind.MILESTONE, "Become a staff engineer: Publish the pelican runbook"),
        ("zeppelin", RecordKind.PERSON, "Ada Quill (Platform)"),
        ("hackathon", RecordKind.PERSON, "Ada Quill (Platform)"),
        ("origami", RecordKind.PERSON, "Bo Lindqvist"),
        ("osprey", RecordKind.INTERACTION, "Meeting with Ada Quill, Bo Lindqvist"),
        ("walrus", RecordKind.SKILL, "Kubernetes upgrades"),
        ("flamingo", RecordKind.OPPORTUNITY, "Self-service rollback"),
        ("heron", RecordKind.HANDOVER, "Upgrade duty → Ada Quill"),
        ("puffin", RecordKind.ADVISER, "Bo Lindqvist, mentor"),
        ("kestrel", RecordKind.TEACHING, "Taught Kubernetes upgrades to Ada Quill"),
    ],
)
def test_every_kind_is_found(indexed: Journal, word: str, kind: RecordKind, title: str) -> None:
    hits = _search(indexed, word)
    assert [(hit.kind, hit.title) for hit in hits] == [(kind, title)]
    assert hits[0].record_id > 0


def test_words_match_their_stems(indexed: Journal) -> None:
    assert [hit.title for hit in _search(indexed, "mentor", kinds=(RecordKind.ENTRY,))] == ["Mentoring Ada"]
    assert _search(indexed, "deployments")
    assert _search(indexed, "PAIRING")


def test_all_words_must_match(indexed: Journal) -> None:
    assert [hit.title for hit in _search(indexed, "release hour")] == ["Mentoring Ada"]
    assert _search(indexed, "release zeppelin") == []


def test_a_quoted_phrase_matches_only_in_order(indexed: Journal) -> None:
    assert sorted(hit.title for hit in _search(indexed, "release train")) == ["Mentoring Ada", "Train of thought"]
    assert [hit.title for hit in _search(indexed, '"release train"')] == ["Mentoring Ada"]


def test_a_star_matches_a_prefix(indexed: Journal) -> None:
    assert [hit.title for hit in _search(indexed, "zeppel*")] == ["Ada Quill (Platform)"]
    assert _search(indexed, "zeppel") == []


def test_or_matches_either(indexed: Journal) -> None:
    assert sorted(_kinds(_search(indexed, "walrus OR heron"))) == sorted([RecordKind.SKILL, RecordKind.HANDOVER])
    assert sorted(hit.title for hit in _search(indexed, "osprey OR quiet")) == sorted(
        ["Meeting with Ada Quill, Bo Lindqvist", "Quiet week"]
    )


def test_a_minus_excludes(indexed: Journal) -> None:
    assert sorted(hit.title for hit in _search(indexed, "release -paired")) == ["Quiet week", "Train of thought"]
    assert [hit.title for hit in _search(indexed, "release -paired -late")] == ["Quiet week"]
    assert _search(indexed, "-release") == [], "only exclusions: nothing to look for"


def test_filter_by_kind(indexed: Journal) -> None:
    assert set(_kinds(_search(indexed, "ada"))) >= {RecordKind.ENTRY, RecordKind.PERSON}
    assert _kinds(_search(indexed, "ada", kinds=(RecordKind.PERSON,))) == [RecordKind.PERSON]
    assert set(_kinds(_search(indexed, "upgrade", kinds=(RecordKind.SKILL, RecordKind.HANDOVER)))) == {
        RecordKind.SKILL,
        RecordKind.HANDOVER,
    }


def test_filter_by_tag_keeps_only_entries(indexed: Journal) -> None:
    hits = _search(indexed, "release", tag="#Teaching")
    assert sorted(hit.title for hit in hits) == ["Mentoring Ada", "Quiet week"]
    assert _search(indexed, "zeppelin", tag="teaching") == []
    assert _search(indexed, "release", tag="teaching", kinds=(RecordKind.PERSON,)) == []


def test_filter_by_date(indexed: Journal) -> None:
    hits = _search(indexed, "release", date_from=date(2026, 2, 1), date_to=date(2026, 2, 28))
    assert [(hit.title, hit.day) for hit in hits] == [("Train of thought", date(2026, 2, 20))]
    assert [hit.title for hit in _search(indexed, "osprey", date_to=date(2026, 1, 15))] == [
        "Meeting with Ada Quill, Bo Lindqvist"
    ]
    assert _search(indexed, "osprey", date_from=date(2026, 1, 16)) == []


def test_snippets_mark_the_matches(indexed: Journal) -> None:
    (hit,) = _search(indexed, "paired")
    assert f"{MATCH_START}paired{MATCH_END}" in hit.snippet
    (stemmed,) = _search(indexed, "mentor", kinds=(RecordKind.ENTRY,))
    assert f"{MATCH_START}Mentoring{MATCH_END}" in stemmed.snippet
    assert "\n" not in hit.snippet


def test_hits_carry_their_day(indexed: Journal) -> None:
    (entry,) = _search(indexed, "paired")
    assert entry.day == date(2026, 1, 10)
    (goal,) = _search(indexed, "albatross")
    assert goal.day == date(2026, 9, 1)


def test_limit(indexed: Journal) -> None:
    assert len(_search(indexed, "release")) == 3
    assert len(_search(indexed, "release", limit=2)) == 2


def test_a_title_match_ranks_above_a_body_match(journal: Journal) -> None:
    journal.entries.add(Entry(title="Notes", body="The budget came up once.", entry_date=date(2026, 1, 2)))
    journal.entries.add(Entry(title="Budget", body="Plans for the quarter.", entry_date=date(2026, 1, 1)))
    assert [hit.title for hit in _search(journal, "budget")] == ["Budget", "Notes"]


# -- the index follows every change --------------------------------------------------------------


def test_results_follow_insert_edit_and_delete(journal: Journal) -> None:
    assert _search(journal, "ocelot") == []
    entry = journal.entries.add(Entry(body="An ocelot appeared", entry_date=date(2026, 1, 1)))
    assert [hit.record_id for hit in _search(journal, "ocelot")] == [entry.id]
    entry.body = "A lynx appeared"
    journal.entries.update(entry)
    assert _search(journal, "ocelot") == []
    assert [hit.record_id for hit in _search(journal, "lynx")] == [entry.id]
    journal.entries.delete(entry.id or 0)
    assert _search(journal, "lynx") == []

    person = journal.people.add(Person(name="Pat", needs="a gecko"))
    assert _kinds(_search(journal, "gecko")) == [RecordKind.PERSON]
    person.needs = "a newt"
    journal.people.update(person)
    assert _search(journal, "gecko") == []
    assert _kinds(_search(journal, "newt")) == [RecordKind.PERSON]
    goal = journal.goals.add(Goal(title="Goal", why="iguana"))
    milestone = journal.goals.add_milestone(goal.id or 0, "Find the tortoise")
    assert _kinds(_search(journal, "tortoise")) == [RecordKind.MILESTONE]
    milestone.text = "Find the hare"
    journal.goals.update_milestone(milestone)
    assert _search(journal, "tortoise") == []
    journal.goals.delete(goal.id or 0)
    assert _search(journal, "iguana") == []
    assert _search(journal, "hare") == []
    journal.people.delete(person.id or 0)
    assert _search(journal, "newt") == []
    assert journal.search.problems() == []


def test_the_index_stays_whole_after_many_mixed_changes(journal: Journal) -> None:
    rng = random.Random(20261123)
    words = ["heron", "kestrel", "walrus", "otter", "badger", "lynx", "marten", "stoat"]
    people: list[int] = []
    entries: list[int] = []
    skills: list[int] = []
    goals: list[int] = []

    def text() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))

    for step in range(260):
        action = rng.randrange(10)
        if action == 0 or not people:
            people.append(journal.people.add(Person(name=f"P{step} {text()}", needs=text())).id or 0)
        elif action == 1:
            entries.append(
                journal.entries.add(
                    Entry(body=text(), entry_date=date(2026, 1, 1) + timedelta(days=step), person_ids=[people[-1]])
                ).id
                or 0
            )
        elif action == 2 and entries:
            entry = journal.entries.get(rng.choice(entries))
            entry.body = text()
            journal.entries.update(entry)
        elif action == 3 and entries:
            journal.entries.delete(entries.pop(rng.randrange(len(entries))))
        elif action == 4:
            skills.append(journal.skills.add(Skill(name=f"S{step}", description=text())).id or 0)
        elif action == 5 and skills:
            journal.skills.add_teaching(
                Teaching(skill_id=rng.choice(skills), person_id=rng.choice(people), taught_on=date(2026, 1, 1))
            )
        elif action == 6:
            goals.append(journal.goals.add(Goal(title=f"G{step}", why=text(), milestones=[Milestone(text())])).id or 0)
        elif action == 7 and goals:
            journal.goals.delete(goals.pop(rng.randrange(len(goals))))
        elif action == 8 and len(people) > 1:
            ids = rng.sample(people, 2)
            journal.people.add_interaction(Interaction(date(2026, 2, 1), text(), ids, learned=text()))
        elif action == 9 and len(people) > 1:
            victim = people.pop(rng.randrange(len(people)))
            journal.people.delete(victim)
            if skills and rng.random() < 0.3:
                journal.skills.delete(skills.pop(rng.randrange(len(skills))))
    assert journal.search.problems() == []
    assert journal.check() == []
    for word in words:
        found = {hit.record_id for hit in _search(journal, word, kinds=(RecordKind.ENTRY,), limit=1000)}
        expected = {e.id for e in journal.entries.list() if word in e.body.split()}
        assert found == expected


def test_rebuild_and_deferred_indexing(indexed: Journal) -> None:
    before = {(hit.kind, hit.record_id) for hit in _search(indexed, "ada OR release OR zeppelin", limit=100)}
    with indexed.transaction():
        indexed.search.rebuild()
    assert indexed.search.problems() == []
    assert {(hit.kind, hit.record_id) for hit in _search(indexed, "ada OR release OR zeppelin", limit=100)} == before
    with indexed.transaction(), indexed.search.deferred():
        indexed.entries.add(Entry(body="Imported capybara", entry_date=date(2026, 4, 1)))
        indexed.people.add(Person(name="Imported", needs="capybara"))
    assert indexed.search.problems() == []
    assert sorted(_kinds(_search(indexed, "capybara"))) == sorted([RecordKind.ENTRY, RecordKind.PERSON])
    with pytest.raises(RuntimeError), indexed.search.deferred():
        pass


def test_problems_notice_an_index_out_of_step_and_rebuild_repairs_it(indexed: Journal) -> None:
    (hit,) = _search(indexed, "albatross")
    with indexed.transaction():  # a goal removed behind the index's back (the triggers stand aside)
        indexed.db.execute("UPDATE search_state SET deferred = 1")
        indexed.db.execute("DELETE FROM goals WHERE id = ?", [hit.record_id])
        indexed.db.execute("UPDATE search_state SET deferred = 0")
    assert "the search index holds 1 goal records, the journal 0" in indexed.search.problems()
    assert indexed.check() == indexed.search.problems()
    assert _search(indexed, "albatross") == []  # the index's row points at nothing, so it is not shown
    with indexed.transaction():
        indexed.search.rebuild()
    assert indexed.search.problems() == []
    assert _search(indexed, "albatross") == []


def test_an_edit_replaces_the_indexed_words_at_once(indexed: Journal) -> None:
    entry = indexed.entries.list()[0]
    entry.body = "rewritten about zebrafinches"
    indexed.entries.update(entry)
    assert [(h.kind, h.record_id) for h in _search(indexed, "zebrafinches")] == [(RecordKind.ENTRY, entry.id)]
    indexed.db.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search, 'instance')")
    old_words = indexed.db.execute(
        "SELECT count(*) FROM temp.terms WHERE doc = ? AND term = 'albatross'", [(1 << 40) + entry.id]
    ).fetchone()[0]
    assert old_words == 0
    assert indexed.check() == []


# -- what a person might type --------------------------------------------------------------------

HOSTILE = [
    '"',
    '""',
    '"unbalanced',
    'unbalanced"',
    '"a" "b',
    "OR",
    "AND",
    "NOT",
    "release OR",
    "OR release",
    "release AND",
    "NOT release",
    "release NOT",
    "NEAR(",
    "NEAR(release train)",
    "NEAR(release, 2)",
    "*",
    "**",
    "release*",
    "*release",
    ":",
    "title:x",
    "body:release",
    "{title body}: release",
    "^release",
    "release^",
    "+release",
    "(",
    ")",
    "(release",
    "release)",
    "'); DROP TABLE entries; --",
    "' OR 1=1 --",
    '" OR ""="',
    "!@#$%^&*()_+-=[]{}|;':,./<>?",
    "-",
    "--",
    "- -",
    '-""',
    "_",
    "release\x00train",
    "\x00",
    "\x02release\x03",
    "🚀",
    "release 🚀 train",
    "مرحبا بالعالم",
    "שלום release",
    "\u202ereleas\u202c",
    "x" * 10_000,
    "release " * 1_250,
    "-release " * 1_250,
    "ada " + "-w " * 3_000,
    " OR ".join(["release"] * 1_500),
    " ".join(f"w{n}" for n in range(1_600)),
    '"' + "release " * 1_200 + '"',
    "a" + "\n" * 9_999,
]


@pytest.mark.parametrize("text", HOSTILE, ids=[f"q{n}" for n in range(len(HOSTILE))])
def test_hostile_queries_never_raise(indexed: Journal, text: str) -> None:
    hits = _search(indexed, text)
    assert isinstance(hits, list)
    assert all(isinstance(hit, SearchHit) for hit in hits)
    assert indexed.entries.count() == 3, "nothing was dropped"


def test_hostile_text_is_still_searched_for_its_words(indexed: Journal) -> None:
    assert [hit.title for hit in _search(indexed, "release\x00hour")] == ["Mentoring Ada"]
    assert sorted(hit.title for hit in _search(indexed, "(release")) == [
        "Mentoring Ada",
        "Quiet week",
        "Train of thought",
    ]
    # Syntax is searched as text: "NEAR(release" is the phrase "near release", which no record holds.
    assert _search(indexed, "NEAR(release") == []
    assert _search(indexed, "title:release") == []


@pytest.mark.parametrize("text", ["", "   ", "*", "-word", '""', "!!!", "🚀", "OR", "- -"])
def test_nothing_searchable_gives_no_query(text: str) -> None:
    assert to_fts_query(text) is None


def test_exclusions_are_one_flat_not() -> None:
    query = to_fts_query("a -b -c -b")
    assert query == '("a") NOT ("b" OR "c")'
    assert to_fts_query("a a a") == '"a"'
