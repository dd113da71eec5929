"""Contacts from LinkedIn's Connections.csv and vCard files, read from real files into a real journal."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from career_journal.domain.errors import ImportCancelled, ImportRejected
from career_journal.domain.records import Person
from career_journal.exchange import contact_files
from career_journal.exchange.contacts import apply_plan, kind_of, plan_import, read_contacts
from career_journal.exchange.markdown import MarkdownOptions, build_markdown
from career_journal.storage.journal import Journal

DATA = Path(__file__).parent / "data"
LINKEDIN = DATA / "Connections.csv"
VCARD = DATA / "contacts.vcf"


def import_file(journal: Journal, kind: str, path: Path):  # type: ignore[no-untyped-def]
    plan = plan_import(journal, read_contacts(kind, path))
    return plan, apply_plan(journal, plan)


def people(journal: Journal) -> dict[str, Person]:
    return {p.name: p for p in journal.people.list()}


def state(journal: Journal) -> tuple[dict[str, int], str]:
    """Every table's row count and a checksum of all their rows: equal means nothing changed."""
    digest = hashlib.sha256()
    tables = [r[0] for r in journal.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    counts = {}
    for table in tables:
        rows = journal.db.execute(f"SELECT * FROM [{table}]").fetchall()
        counts[table] = len(rows)
        digest.update(repr(sorted(map(repr, rows))).encode())
    return counts, digest.hexdigest()


# -- LinkedIn -------------------------------------------------------------------------------
def test_a_linkedin_export_with_every_awkward_part_is_imported(journal: Journal) -> None:
    plan, result = import_file(journal, "linkedin", LINKEDIN)
    assert result.added == 8 and result.merged == 0
    found = people(journal)
    assert set(found) == {"Åsa Öberg", "Sam Berg", "Zoë Ñúñez 🚀", "İlkay Yıldırım", "Marcus Obi", "Łukasz Đorđević",
                          "Anna Svensson"}  # fmt: skip
    asa = found["Åsa Öberg"]
    assert asa.role == "Staff Engineer, Cloud RAN"  # a quoted comma
    assert asa.how_met == "LinkedIn connection since 2024-03-12"
    assert asa.email == ""  # LinkedIn leaves most e-mails empty
    assert "LinkedIn profile: https://www.linkedin.com/in/%C3%A5sa-%C3%B6berg-1a2b3c" in asa.notes
    assert found["Łukasz Đorđević"].org == 'Kraków "Labs"'  # doubled quotes inside quotes
    assert found["İlkay Yıldırım"].role == "Senior Data Scientist"  # a line break inside quotes
    assert found["Marcus Obi"].email == "MARCUS@EXAMPLE.ORG"
    assert found["Sam Berg"].how_met == "LinkedIn connection since 2023-02-03"
    assert len([p for p in journal.people.list() if p.name == "Anna Svensson"]) == 2  # two profiles, two people
    assert [(s.line, s.name) for s in plan.skipped] == [(10, ""), (13, "Broken Row"), (14, "Kim Park")]
    assert "no name" in plan.skipped[0].reason
    assert "8 values where the header has 7" in plan.skipped[1].reason
    assert '"2024-13-45" under Connected On is not a date' in plan.skipped[2].reason


def test_importing_the_same_export_again_adds_nobody(journal: Journal) -> None:
    import_file(journal, "linkedin", LINKEDIN)
    before = state(journal)
    again, result = import_file(journal, "linkedin", LINKEDIN)
    assert not again.new and not again.merges and len(again.unchanged) == 8
    assert (result.added, result.merged) == (0, 0)
    assert result.summary() == "Nothing to import: everyone in the file is already in the journal."
    assert state(journal) == before


def test_people_already_in_the_journal_merge_found_without_accents_or_by_email(journal: Journal) -> None:
    asa = journal.people.add(Person(name="Asa Oberg", org="Ericsson AB", notes="Mentor material."))
    marcus = journal.people.add(Person(name="M. Obi", org="Payments", email="marcus@example.org"))
    plan, result = import_file(journal, "linkedin", LINKEDIN)
    assert result.added == 6 and result.merged == 2
    by_person = {m.person.id: m for m in plan.merges}
    assert by_person[asa.id].matched_by == "name" and by_person[marcus.id].matched_by == "e-mail"
    asa_now, marcus_now = journal.people.get(asa.id), journal.people.get(marcus.id)
    assert asa_now.name == "Asa Oberg" and asa_now.org == "Ericsson AB"  # what the person wrote stays
    assert asa_now.role == "Staff Engineer, Cloud RAN" and asa_now.how_met.startswith("LinkedIn connection since")
    assert asa_now.notes.startswith("Mentor material.\n\nLinkedIn profile: https://www.linkedin.com/in/")
    assert marcus_now.name == "M. Obi" and marcus_now.org == "Payments" and marcus_now.role == "Head of Payments"
    assert [c.label for c in by_person[marcus.id].kept] == ["organisation"]
    assert journal.people.count() == 8


def test_an_older_export_saved_again_by_a_spreadsheet_is_read(journal: Journal, tmp_path: Path) -> None:
    """No URL column (exports before 2022), semicolons and CRLF (a spreadsheet in a European locale), no BOM."""
    resaved = tmp_path / "Connections.csv"
    resaved.write_bytes(
        "First Name;Last Name;Email Address;Company;Position;Connected On\r\n"
        "Åsa;Öberg;asa@example.se;Ericsson;Staff Engineer, Cloud RAN;12 Mar 2019\r\n"
        '"Sam";"Berg";;"Acme; Inc.";Manager;3 Feb 2018\r\n'.encode()
    )
    plan, result = import_file(journal, "linkedin", resaved)
    assert result.added == 2 and not plan.skipped
    found = people(journal)
    assert found["Åsa Öberg"].role == "Staff Engineer, Cloud RAN" and found["Åsa Öberg"].email == "asa@example.se"
    assert found["Sam Berg"].org == "Acme; Inc." and found["Sam Berg"].how_met == "LinkedIn connection since 2018-02-03"


# -- vCard ----------------------------------------------------------------------------------
def test_a_vcard_file_with_versions_2_3_and_4_is_imported(journal: Journal) -> None:
    plan, result = import_file(journal, "vcard", VCARD)
    assert result.added == 4
    found = people(journal)
    asa = found["Åsa Öberg"]
    assert asa.org == "Ericsson, Cloud RAN" and asa.role == "Staff Engineer"
    assert asa.email == "asa@example.se, asa.oberg@example.se"  # the preferred one first
    assert asa.phone == "+46 70 123 45 67, +46 10 719 00 00"
    assert asa.how_met == "Imported from contacts.vcf"
    # A folded NOTE with escaped commas and line breaks; Apple's escaped colon in the URL.
    assert asa.notes.startswith(
        "Met at the Gothenburg platform meetup, talked about moving the release train to trunk-based development.\n"
        "Wants a sponsor for the SRE guild."
    )
    assert "LinkedIn profile: https://www.linkedin.com/in/%C3%A5sa-%C3%B6berg-1a2b3c" in asa.notes
    zoe = found["Zoë Ñúñez"]  # version 4.0
    assert zoe.email == "zoe@example.es, zoe.nunez@example.es" and zoe.phone == "+34-600-000-000"
    lukasz = found["Łukasz Đorđević"]  # version 2.1, quoted-printable with a soft line break
    assert lukasz.notes == "Poznałem go w Krakowie na konferencji, bardzo długi wpis."
    assert found["Dana Whitfield"].email == "dana@example.org"  # no FN: the name comes from N
    assert [(s.line, s.name) for s in plan.skipped] == [(45, ""), (49, "Broken Card"), (51, ""), (55, "Asa Oberg")]
    assert "outside any card" in plan.skipped[0].reason
    assert "this line of the card cannot be read" in plan.skipped[1].reason
    assert "no name" in plan.skipped[2].reason
    assert "the same person as line 1" in plan.skipped[3].reason
    assert "/9j/4AAQ" not in repr(journal.people.list())  # the photo is not imported


def test_a_vcard_after_the_linkedin_export_merges_by_profile_address_and_fills_in_details(journal: Journal) -> None:
    import_file(journal, "linkedin", LINKEDIN)
    plan, result = import_file(journal, "vcard", VCARD)
    matched = {m.contact.name: m for m in plan.matches}
    assert matched["Åsa Öberg"].matched_by == "profile address"
    assert matched["Zoë Ñúñez"].matched_by == "name"  # the emoji in the LinkedIn name does not matter
    assert result.added == 1 and result.merged == 3  # Dana is new
    asa = people(journal)["Åsa Öberg"]
    assert asa.email == "asa@example.se, asa.oberg@example.se"
    assert asa.how_met == "LinkedIn connection since 2024-03-12"  # not overwritten, and the plan said so
    assert any(c.label == "how you met" for c in matched["Åsa Öberg"].kept)
    _again, repeated = import_file(journal, "vcard", VCARD)
    assert (repeated.added, repeated.merged) == (0, 0)


def test_a_utf16_vcard_from_windows_is_read(journal: Journal, tmp_path: Path) -> None:
    windows = tmp_path / "outlook.vcf"
    windows.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Øystein Ærø\r\nEND:VCARD\r\n".encode("utf-16"))
    _plan, result = import_file(journal, "vcard", windows)
    assert result.added == 1 and journal.people.list()[0].name == "Øystein Ærø"


def test_commas_a_sloppy_address_book_left_unescaped_are_kept(journal: Journal, tmp_path: Path) -> None:
    sloppy = tmp_path / "sloppy.vcf"
    sloppy.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Berg, Sam\nNOTE:Coffee, then lunch, then a walk\nEND:VCARD\n")
    import_file(journal, "vcard", sloppy)
    person = journal.people.list()[0]
    assert person.name == "Berg, Sam" and person.notes == "Coffee, then lunch, then a walk"


# -- privacy ----------------------------------------------------------------------------------
def test_imported_contact_details_stay_out_of_an_export_unless_asked(journal: Journal) -> None:
    import_file(journal, "vcard", VCARD)
    today = date(2026, 11, 23)
    text = "".join(build_markdown(journal, MarkdownOptions(sections=("network",)), today=today))
    assert "Åsa Öberg" in text
    assert "asa@example.se" not in text and "+46 70 123 45 67" not in text
    asked = MarkdownOptions(sections=("network",), include_contact_details=True)
    assert "asa@example.se" in "".join(build_markdown(journal, asked, today=today))


# -- refused files ----------------------------------------------------------------------------
BROKEN = {
    "binary.csv": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
    "latin1.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Åsa,Öberg,,,Ericsson,Engineer,12 Mar 2024\n".encode("latin-1"),
    "wrong-header.csv": b"Name,Mail,Phone\nSam Berg,sam@example.org,555\n",
    "truncated.csv": b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    b'Sam,Berg,https://www.linkedin.com/in/samberg,,"Acme, In',
    "empty.csv": b"\xef\xbb\xbf\n\n",
    "truncated.vcf": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Berg\r\nEMAIL:sam@exa",
    "not-a-vcard.vcf": b"First Name,Last Name\nSam,Berg\n",
}
REASONS = {
    "binary.csv": "binary data",
    "latin1.csv": "not UTF-8 text (line 2",
    "wrong-header.csv": "is not LinkedIn's Connections.csv",
    "truncated.csv": "could not be read as CSV at line 2",
    "empty.csv": "is empty",
    "truncated.vcf": "ends inside the card that starts on line 1",
    "not-a-vcard.vcf": "is not a vCard file",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_is_refused_and_the_journal_is_unchanged(name: str, journal: Journal, tmp_path: Path) -> None:
    journal.people.add(Person(name="Asa Oberg", email="asa@example.se"))
    before = state(journal)
    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    with pytest.raises(ImportRejected) as refused:
        import_file(journal, kind_of(path), path)
    message = str(refused.value)
    assert REASONS[name] in message and message.endswith("Nothing was imported.")
    assert "\n" not in message
    assert state(journal) == before


def test_a_file_over_the_size_cap_is_refused_without_reading_it_all(journal: Journal, tmp_path: Path) -> None:
    huge = tmp_path / "Connections.csv"
    with open(huge, "wb") as handle:
        handle.truncate(contact_files.MAX_FILE_BYTES + 1)  # sparse: no disk is used
    before = state(journal)
    with pytest.raises(ImportRejected, match="larger than the 64 MB an import of this kind takes"):
        read_contacts("linkedin", huge)
    assert state(journal) == before


def test_more_contacts_than_one_import_takes_are_refused(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("career_journal.exchange.linkedin.MAX_CONTACTS", 3)
    monkeypatch.setattr("career_journal.exchange.vcard.MAX_CONTACTS", 3)
    with pytest.raises(ImportRejected, match="more than 3 contacts"):
        read_contacts("linkedin", LINKEDIN)
    with pytest.raises(ImportRejected, match="more than 3 contacts"):
        read_contacts("vcard", VCARD)


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="There is no file at"):
        read_contacts("vcard", tmp_path / "gone.vcf")
    with pytest.raises(ImportRejected, match="is a folder, not a file"):
        read_contacts("linkedin", tmp_path)


def test_the_kind_of_file_is_told_by_its_name_or_its_first_line(tmp_path: Path) -> None:
    assert kind_of(VCARD) == "vcard" and kind_of(LINKEDIN) == "linkedin"
    renamed = tmp_path / "contacts.txt"
    renamed.write_bytes(b"\xef\xbb\xbf\r\nBEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n")
    assert kind_of(renamed) == "vcard"


# -- applying ---------------------------------------------------------------------------------
def test_a_journal_changed_after_the_preview_refuses_the_import(journal: Journal) -> None:
    asa = journal.people.add(Person(name="Asa Oberg"))
    plan = plan_import(journal, read_contacts("linkedin", LINKEDIN))
    asa.role = "Typed while the preview was open"
    journal.people.update(asa)
    before = state(journal)
    with pytest.raises(ImportRejected, match="changed after the preview"):
        apply_plan(journal, plan)
    assert state(journal) == before


def test_a_cancelled_import_writes_nothing(journal: Journal) -> None:
    plan = plan_import(journal, read_contacts("linkedin", LINKEDIN))
    before = state(journal)
    asked = iter([False, True])  # cancelled after the first chunk was written
    with pytest.raises(ImportCancelled):
        apply_plan(journal, plan, cancelled=lambda: next(asked, True))
    assert state(journal) == before


def test_imported_people_are_found_by_search(journal: Journal) -> None:
    from career_journal.domain.queries import SearchQuery

    import_file(journal, "linkedin", LINKEDIN)
    hits = journal.search.search(SearchQuery("Telefónica"))
    assert [hit.title for hit in hits] == ["Zoë Ñúñez 🚀 (Telefónica)"]
