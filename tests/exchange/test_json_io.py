"""JSON export and import: a full backup that comes back whole, and a bad file that changes nothing."""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from markdown_checks import TODAY

from career_journal.domain.attachments import Owner
from career_journal.domain.enums import GoalStatus, TeamRole
from career_journal.domain.errors import ImportRejected, InvalidInput
from career_journal.domain.records import Entry, Person
from career_journal.exchange.json_io import FORMAT, VERSION, export_json, import_json, json_document
from career_journal.exchange.report import ImportReport
from career_journal.exchange.serialise import json_chunks
from career_journal.storage.journal import Journal


@pytest.fixture
def lived_in(sample_journal: Journal) -> Journal:
    """The demo story with the fields the demo leaves empty filled in."""
    journal = sample_journal
    goal = journal.goals.resolve("Keep the exit option warm")
    goal.status = GoalStatus.ACTIVE  # leaves a plan change in the goal's history
    journal.goals.update(goal)
    sam = journal.people.resolve("Sam Keller")
    sam.notes = "Prefers questions sent a day ahead. Zoë introduced us."
    journal.people.update(sam)
    coach = next(a for a in journal.people.advisers() if a.role is TeamRole.COACH)
    coach.notes = "Pays for itself."
    journal.people.update_adviser(coach)
    late = journal.entries.add(
        Entry(title="Late thought", body="With a time.", entry_date=TODAY, entry_time="22:15", starred=True)
    )
    # Over two chunks, and a length that does not split into whole base64 groups.
    journal.attachments.add(Owner.entry(late.id or 0), "review 2026.pdf", [SCAN])
    journal.attachments.add(Owner.goal(goal.id or 0), "empty.txt", [])
    return journal


SCAN = bytes(range(256)) * 4100 + b"end"


def open_new(path: Path) -> Journal:
    return Journal.open(path, create=True)


def test_export_import_export_gives_the_same_bytes(lived_in: Journal, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    counts = export_json(lived_in, first)
    with open_new(tmp_path / "restored.cjdb") as restored:
        report = import_json(restored, first)
        export_json(restored, tmp_path / "second.json")
        assert restored.check() == []
        assert restored.counts() == lived_in.counts()

    own_id = json.loads(first.read_text(encoding="utf-8"))["journal_id"]
    second = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))["journal_id"]
    assert own_id != second, "each journal has its own id"
    # Everything else, every record's created and updated times included, comes back byte for byte.
    assert (tmp_path / "second.json").read_bytes() == first.read_bytes().replace(own_id.encode(), second.encode())
    assert counts == {
        "people": 9, "skills": 7, "goals": 4, "entries": 13, "teachings": 6, "handovers": 3,
        "interactions": 7, "opportunities": 4, "advisers": 5, "attachments": 4, "milestones": 8,
    }  # fmt: skip
    assert report.added["entries"] == 13 and report.skipped_duplicates == 0
    assert report.added["attachments"] == 4
    assert report.summary().startswith("Imported 9 people, 7 skills, 4 goals, 8 milestones, 13 entries,")


def test_the_document_holds_everything_with_ids_and_contact_details(lived_in: Journal, tmp_path: Path) -> None:
    export_json(lived_in, tmp_path / "backup.json")
    raw = (tmp_path / "backup.json").read_text(encoding="utf-8")
    document = json.loads(raw)

    assert raw.endswith("}\n") and '\n  "people": [\n    {\n      "id": 1,' in raw  # indent 2, stable keys
    assert "Zoë" in raw  # written as UTF-8, not \\u escapes
    assert document == json_document(lived_in)
    assert (document["format"], document["version"]) == (FORMAT, VERSION)
    assert list(document) == [
        "format", "version", "journal_id", "people", "skills", "goals", "goal_history", "entries",
        "teachings", "handovers", "interactions", "opportunities", "advisers", "attachments",
    ]  # fmt: skip
    dana = next(p for p in document["people"] if p["name"] == "Dana Whitfield")
    assert dana["email"] == "dana@example.org" and dana["phone"] == "+44 20 7946 0101"
    private = next(e for e in document["entries"] if e["title"] == "Thinking about the exit plan")
    assert private["private"] is True and private["tags"] == ["cv", "exit-plan"]
    assert private["person_ids"] == [7]  # Aisha, by id
    late = next(e for e in document["entries"] if e["title"] == "Late thought")
    assert (late["time"], late["starred"]) == ("22:15", True)
    assert document["goal_history"] == [
        {"goal_id": 2, "changed_at": document["goal_history"][0]["changed_at"], "field": "status",
         "old_value": "idea", "new_value": "active"}
    ]  # fmt: skip
    assert [e["date"] for e in document["entries"]] == sorted(e["date"] for e in document["entries"])


def test_importing_into_a_journal_with_records_renumbers_and_relinks(lived_in: Journal, tmp_path: Path) -> None:
    export_json(lived_in, tmp_path / "backup.json")
    with open_new(tmp_path / "other.cjdb") as other:
        other.people.add(Person(name="Someone already here"))
        other.entries.add(Entry(title="Already here", body="x", entry_date=date(2020, 1, 1)))

        report = import_json(other, tmp_path / "backup.json")

        release = next(e for e in other.entries.list() if e.title == "Dana ran the release on her own")
        assert [other.people.get(i).name for i in release.person_ids] == ["Dana Whitfield"]
        assert [other.skills.get(i).name for i in release.skill_ids] == ["Release train"]
        assert [other.goals.get(i).title for i in release.goal_ids] == ["Promotion to staff engineer"]
        coach = next(a for a in other.people.advisers() if a.role is TeamRole.COACH)
        assert (coach.person_name, coach.notes) == ("Sam Keller", "Pays for itself.")
        taught = {(t.skill_name, t.person_name) for t in other.skills.teachings()}
        assert ("Release train", "Dana Whitfield") in taught
        history = other.goals.history(other.goals.resolve("Keep the exit option warm").id or 0)
        assert [(c.field_name, c.new_value) for c in history] == [("status", "active")]
        assert other.counts()["person"] == 10 and other.check() == []
        assert report.added["people"] == 9 and report.skipped_duplicates == 0

        before = other.counts()
        again = import_json(other, tmp_path / "backup.json")
        assert again.added == {} and again.summary().startswith("Nothing new to import")
        assert other.counts() == before, "importing the same file again adds nothing"


BAD_FILES = {
    "not_json": ('{"format": "career-journal", "version": 1,\n "entries": [\n  {"oops": }\n]}\n', "line 3, column"),
    "empty": ("  \n", "is empty"),
    "a_list": ("[1, 2]\n", "holds a list, not an object"),
    "no_format": ('{"version": 1, "entries": []}', 'no "format": "career-journal"'),
    "newer": ('{"format": "career-journal", "version": 99}', "newer version of Career Journal"),
    "jrnl_file": ('{"tags": {}, "entries": []}', "looks like a jrnl export"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_an_unreadable_file_changes_nothing_and_says_why(name: str, sample_journal: Journal, tmp_path: Path) -> None:
    content, words = BAD_FILES[name]
    bad = tmp_path / f"{name}.json"
    bad.write_text(content, encoding="utf-8")
    before = (sample_journal.counts(), json_document(sample_journal))

    with pytest.raises(ImportRejected, match=words) as caught:
        import_json(sample_journal, bad)

    assert str(caught.value).endswith("Nothing was imported.")
    assert (sample_journal.counts(), json_document(sample_journal)) == before


def test_files_that_are_not_text_or_not_there(sample_journal: Journal, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"format": "career-journal",\n"version": 1, "people": [{"name": "Zoë"}]}'.encode("latin-1"))
    with pytest.raises(ImportRejected, match=r"is not UTF-8 text \(line 2"):
        import_json(sample_journal, latin1)
    with pytest.raises(ImportRejected, match="There is no file at"):
        import_json(sample_journal, tmp_path / "missing.json")
    with pytest.raises(ImportRejected, match="is a folder"):
        import_json(sample_journal, tmp_path)


def _bad_record(document: dict, kind: str) -> None:
    if kind == "bad_date":
        document["entries"][3]["date"] = "2026-02-30"
    elif kind == "unknown_person":
        document["entries"][3]["person_ids"] = [99]
    elif kind == "wrong_type":
        document["entries"][3]["title"] = 42
    elif kind == "bad_choice":
        document["advisers"][1]["role"] = "guru"
    elif kind == "duplicate_id":
        document["people"][4]["id"] = 1
    elif kind == "bad_milestone":
        document["goals"][1]["milestones"][1]["done_on"] = "soon"


@pytest.mark.parametrize(
    ("kind", "where", "words"),
    [
        ("bad_date", "entries[3] (line ", "'date' is \"2026-02-30\", which is not a date (YYYY-MM-DD)"),
        ("unknown_person", "entries[3] (line ", "'person_ids' refers to person 99, which is not in the file"),
        ("wrong_type", "entries[3] (line ", "'title' should be text, not a number"),
        ("bad_choice", "advisers[1] (line ", "'role' is \"guru\", which is not one of: coach, mentor"),
        ("duplicate_id", "people[4] (line ", "'id' 1 is used by an earlier record in people"),
        ("bad_milestone", "goals[1].milestones[1] (line ", "'done_on' is \"soon\""),
    ],
)
def test_a_bad_record_is_named_by_line_and_changes_nothing(
    kind: str, where: str, words: str, lived_in: Journal, tmp_path: Path
) -> None:
    document = json_document(lived_in)
    _bad_record(document, kind)
    bad = tmp_path / "bad.json"
    text = json.dumps(document, indent=2, ensure_ascii=False)
    bad.write_text(text, encoding="utf-8")
    with open_new(tmp_path / "target.cjdb") as target:
        target.people.add(Person(name="Already here"))
        before = (target.counts(), json_document(target))

        with pytest.raises(ImportRejected) as caught:
            import_json(target, bad)

        assert (target.counts(), json_document(target)) == before
    message = str(caught.value)
    assert message.startswith(where) and words in message and message.endswith("Nothing was imported.")
    line = int(message[len(where) :].split(")")[0])
    section, index = where.split("[")[0], int(where.split("[")[1].split("]")[0])
    record = document[section][index]
    if "milestones" in where:
        record = record["milestones"][1]
    assert text.splitlines()[line - 1].strip() == "{" and f'"id": {record["id"]},' in text.splitlines()[line]


def test_a_failure_while_writing_rolls_everything_back(
    lived_in: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_json(lived_in, tmp_path / "backup.json")
    with open_new(tmp_path / "target.cjdb") as target:

        def refuse(*_args: object) -> None:
            raise InvalidInput("That person already has that role on your team.")

        monkeypatch.setattr(target.people, "add_adviser", refuse)  # the very last kind written
        with pytest.raises(ImportRejected, match=r"already has that role.*Nothing was imported"):
            import_json(target, tmp_path / "backup.json")

        assert target.is_empty() and target.check() == []


def test_the_summary_reads_as_a_sentence() -> None:
    assert ImportReport({"entries": 1}).summary() == "Imported 1 entry."
    assert ImportReport({"entries": 0}, 2).summary() == "Nothing new to import: 2 were already in the journal."
    assert (
        ImportReport({"people": 1, "entries": 3}, 1).summary()
        == "Imported 1 person and 3 entries; 1 was already in the journal and was skipped."
    )


def test_a_backup_is_one_moment_even_while_the_app_writes(sample_journal: Journal, journal_path: Path) -> None:
    counts: dict[str, int] = {}
    chunks = json_chunks(sample_journal, counts)
    started = ""
    while '"entries": [' not in started:  # people, skills and goals are read by now
        started += next(chunks)
    with Journal.open(journal_path) as app:  # the app, on its own connection, saves meanwhile
        newcomer = app.people.add(Person(name="Arrived mid-export"))
        app.entries.add(Entry(title="Met the newcomer", body="x", entry_date=TODAY, person_ids=[newcomer.id or 0]))
    text = started + "".join(chunks)

    assert "Met the newcomer" not in text and "Arrived mid-export" not in text
    assert (counts["people"], counts["entries"]) == (9, 12) and json.loads(text)["advisers"]


def test_importing_a_journal_s_own_export_back_adds_nothing_and_restores_what_was_deleted(
    lived_in: Journal, tmp_path: Path
) -> None:
    export_json(lived_in, tmp_path / "backup.json")
    before = lived_in.counts()
    gone = lived_in.entries.list()[0]
    lived_in.entries.delete(gone.id or 0)
    report = import_json(lived_in, tmp_path / "backup.json")
    assert report.added == {"entries": 1, "attachments": 1}  # the entry, and the file deleted with it
    assert lived_in.counts() == before
    back = lived_in.entries.get(gone.id or 0)
    assert (back.title, back.body, back.created_at) == (gone.title, gone.body, gone.created_at)
    assert import_json(lived_in, tmp_path / "backup.json").added == {}


def test_people_already_known_are_merged_by_email_or_name_and_the_report_names_them(
    lived_in: Journal, tmp_path: Path
) -> None:
    export_json(lived_in, tmp_path / "backup.json")
    with open_new(tmp_path / "other.cjdb") as other:
        other.people.add(Person(name="DANA WHITFIELD", role="Kept as I wrote it"))
        other.people.add(Person(name="M. Obi", email="Marcus@Example.org"))
        report = import_json(other, tmp_path / "backup.json")
        names = [p.name for p in other.people.list()]
        assert names.count("Dana Whitfield") + names.count("DANA WHITFIELD") == 1
        assert "Marcus Obi" not in names and "M. Obi" in names
        dana = other.people.resolve("DANA WHITFIELD")
        assert dana.role == "Kept as I wrote it" and dana.email == "dana@example.org"
        assert report.added["people"] == 7
        summary = report.summary()
        assert "Merged 2 people with ones already in the journal" in summary
        assert "Marcus Obi with M. Obi (the same e-mail" in summary
        assert "DANA WHITFIELD (the same name; filled in org, how met, needs, email, phone" in summary.replace(
            "Dana Whitfield with ", ""
        )
        assert import_json(other, tmp_path / "backup.json").added == {}


def test_an_older_export_without_ids_of_its_journal_is_not_imported_twice(lived_in: Journal, tmp_path: Path) -> None:
    document = json_document(lived_in)
    del document["journal_id"]
    document["version"] = 1
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with open_new(tmp_path / "other.cjdb") as other:
        other.people.add(Person(name="Someone already here"))
        import_json(other, old)
        once = other.counts()
        import_json(other, old)
        assert other.counts() == once, "people, goals, advisers and the rest are recognised by what they hold"


@pytest.mark.parametrize(
    ("kind", "field", "value", "words"),
    [
        ("people", "created_at", "yesterday", "people[0] (line 6): 'created_at' is \"yesterday\", which is not a time"),
        ("teachings", "updated_at", "soon", "teachings[0] (line"),
        ("people", "id", 2**70, "larger than the journal can store"),
        ("advisers", "cadence_days", 10**400, "a number far too large"),
    ],
)
def test_values_the_journal_cannot_hold_are_refused_naming_the_record(
    lived_in: Journal, tmp_path: Path, kind: str, field: str, value: object, words: str
) -> None:
    document = json_document(lived_in)
    document[kind][0][field] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    with open_new(tmp_path / "other.cjdb") as other:
        with pytest.raises(ImportRejected, match=re.escape(words)):
            import_json(other, bad)
        assert other.is_empty()


def test_a_journal_file_a_device_or_a_pipe_is_refused_at_once(sample_journal: Journal, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    before = sample_journal.counts()
    for path, words in [
        (sample_journal.path, "is a journal file (an SQLite database), not an export. To bring back a journal"),
        (Path("/dev/zero"), "is not an ordinary file"),
        (pipe, "is not an ordinary file"),
    ]:
        with pytest.raises(ImportRejected, match=re.escape(words)):
            import_json(sample_journal, path)
    assert sample_journal.counts() == before
