"""The plan a contacts import shows before it writes: new people, merges, and what is skipped."""

from __future__ import annotations

from career_journal.domain.contacts import Contact, ContactsFile, Skipped, plan_contacts, profile_key
from career_journal.domain.records import Person


def _file(*contacts: Contact, skipped: tuple[Skipped, ...] = ()) -> ContactsFile:
    return ContactsFile("Connections.csv", contacts, skipped)


def _known(name: str, person_id: int, **fields: str) -> Person:
    return Person(name=name, id=person_id, **fields)


def test_a_person_typed_without_accents_is_found_by_name_and_only_empty_fields_are_filled() -> None:
    asa = _known("Asa Oberg", 1, org="Ericsson AB")
    contact = Contact(5, "Åsa Öberg", org="Ericsson", role="Staff Engineer",
                      how_met="LinkedIn connection since 2024-03-12",
                      urls=("https://www.linkedin.com/in/asa-oberg",))  # fmt: skip
    plan = plan_contacts(_file(contact), [asa])
    assert not plan.new and len(plan.merges) == 1
    merge = plan.merges[0]
    assert merge.matched_by == "name"
    assert merge.merged.name == "Asa Oberg"  # the name as the person wrote it
    assert merge.merged.org == "Ericsson AB"  # kept, and said so
    assert merge.merged.role == "Staff Engineer"
    assert merge.merged.how_met == "LinkedIn connection since 2024-03-12"
    assert "LinkedIn profile: https://www.linkedin.com/in/asa-oberg" in merge.merged.notes
    assert [c.label for c in merge.filled] == ["role", "how you met", "notes"]
    assert [(c.label, c.yours, c.value) for c in merge.kept] == [("organisation", "Ericsson AB", "Ericsson")]
    described = merge.describe()
    assert "Same name." in described and "Keeps your organisation “Ericsson AB” (the file has “Ericsson”)" in described
    assert asa.role == ""  # the person read from the journal is left as it was until the plan is applied


def test_an_email_in_other_capitals_finds_the_person_before_a_different_name_would() -> None:
    marcus = _known("Marcus O.", 2, email="marcus@example.org, m.obi@home.example")
    plan = plan_contacts(_file(Contact(7, "Marcus Obi", emails=("MARCUS@EXAMPLE.ORG",))), [marcus])
    assert plan.matches[0].person is marcus and plan.matches[0].matched_by == "e-mail"
    assert plan.unchanged and not plan.merges  # nothing new to fill in
    assert plan.summary() == "1 already in the journal"


def test_a_profile_address_in_the_notes_finds_the_person_whatever_its_spelling() -> None:
    known = _known("Å. Öberg", 3, notes="Met at KubeCon.\nLinkedIn profile: https://se.linkedin.com/in/%C3%A5sa-oberg/")
    contact = Contact(9, "Åsa Öberg", urls=("https://www.linkedin.com/in/åsa-oberg",))
    plan = plan_contacts(_file(contact), [known])
    assert plan.matches[0].matched_by == "profile address"
    assert profile_key("HTTPS://www.LinkedIn.com/in/Sam-Berg/?trk=x") == "linkedin.com/in/sam-berg"


def test_two_people_with_one_name_but_different_profiles_are_two_people() -> None:
    first = Contact(15, "Anna Svensson", org="Spotify", urls=("https://www.linkedin.com/in/anna-stockholm",))
    second = Contact(16, "Anna Svensson", org="IKEA", urls=("https://www.linkedin.com/in/anna-malmo",))
    plan = plan_contacts(_file(first, second), [])
    assert [n.person.org for n in plan.new] == ["Spotify", "IKEA"]


def test_the_same_person_twice_in_a_file_is_imported_once_and_the_second_line_says_why() -> None:
    first = Contact(1, "Åsa Öberg", emails=("asa@example.se",))
    again = Contact(55, "Asa Oberg", emails=("ASA@example.se",))
    plan = plan_contacts(_file(first, again), [])
    assert [n.person.name for n in plan.new] == ["Åsa Öberg"]
    assert plan.skipped == [Skipped(55, "the same person as line 1 (Åsa Öberg), by e-mail", "Asa Oberg")]


def test_a_name_shared_by_two_people_in_the_journal_is_left_for_the_person_to_merge() -> None:
    people = [_known("Sam Berg", 3, org="Acme"), _known("Sam Berg", 7, org="Initech")]
    plan = plan_contacts(_file(Contact(6, "Sam Berg")), people)
    assert not plan.new and not plan.matches
    assert plan.skipped[0].line == 6
    assert "matches 2 people (#3 Sam Berg, #7 Sam Berg)" in plan.skipped[0].reason


def test_new_people_keep_every_detail_and_details_stay_in_the_private_fields() -> None:
    contact = Contact(20, "Zoë Ñúñez", org="Telefónica", role="Jefa de producto",
                      emails=("zoe@example.es", "zoe.work@example.es"), phones=("+34 600 000 000",),
                      note="Met in Madrid.", how_met="Imported from contacts.vcf")  # fmt: skip
    person = plan_contacts(_file(contact), []).new[0].person
    assert person.email == "zoe@example.es, zoe.work@example.es"
    assert person.phone == "+34 600 000 000"
    assert person.how_met == "Imported from contacts.vcf"
    assert person.notes == "Met in Madrid."
    assert person.relationship is None


def test_a_phone_written_differently_is_the_same_phone() -> None:
    known = _known("Kim Park", 4, phone="+46 70-123 45 67")
    plan = plan_contacts(_file(Contact(3, "Kim Park", phones=("+46701234567",))), [known])
    assert plan.unchanged and not plan.matches[0].kept


def test_the_plan_lists_what_the_reader_skipped_in_line_order() -> None:
    found = _file(Contact(12, "Sam Berg"), skipped=(Skipped(14, "bad date", "Kim Park"), Skipped(10, "no name")))
    plan = plan_contacts(found, [_known("Sam Berg", 1), _known("Sam Berg", 2)])
    assert [s.line for s in plan.skipped] == [10, 12, 14]
    assert plan.summary() == "3 lines not imported"


def test_two_plans_of_the_same_file_against_the_same_people_agree() -> None:
    found = _file(Contact(1, "Sam Berg", org="Acme"), Contact(2, "New Person"))
    people = [_known("Sam Berg", 1)]
    assert plan_contacts(found, people).fingerprint() == plan_contacts(found, people).fingerprint()
    edited = [_known("Sam Berg", 1, org="Initech")]
    assert plan_contacts(found, people).fingerprint() != plan_contacts(found, edited).fingerprint()
