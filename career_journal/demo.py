"""A lived-in sample journal: a few months in the working life of a platform engineer.

Used by ``career-journal --demo`` (so a newcomer sees the app at work), by the
screenshots and by the tests' sample fixture. Dates are relative to ``today``
so the Today page always has something due. The story is written in English
below; in Swedish every text goes through ``demo_sv.in_swedish`` (names stay),
so the English story is the one the tests know, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from .demo_history import add_history
from .demo_sv import in_swedish
from .domain.attachments import Owner
from .domain.enums import (
    Criticality,
    EntryKind,
    GoalDirection,
    GoalStatus,
    HandoverStatus,
    InteractionKind,
    LearnerLevel,
    OpportunityStatus,
    Relationship,
    TeachingMethod,
    TeamRole,
)
from .domain.records import (
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
    WinStory,
)
from .language import Language
from .storage.journal import Journal

_PEOPLE = [
    # name, org, role, relationship, how met, what they are trying to achieve, email, phone
    (
        "Dana Whitfield",
        "Platform team",
        "Senior engineer",
        Relationship.PEER,
        "Same team since 2023",
        "Wants to own the release train and grow into a tech lead.",
        "dana@example.org",
        "+44 20 7946 0101",
    ),
    (
        "Marcus Obi",
        "Payments",
        "Engineering manager",
        Relationship.INTERNAL_CUSTOMER,
        "Incident review in March",
        "Needs deploys his team can trust before the Q3 card-scheme deadline.",
        "marcus@example.org",
        "",
    ),
    (
        "Priya Raman",
        "Data platform",
        "Staff engineer",
        Relationship.PARTNER,
        "Architecture guild",
        "Trying to get one data contract standard adopted across teams.",
        "priya@example.org",
        "",
    ),
    (
        "Helen Tran",
        "Engineering",
        "Director of engineering",
        Relationship.MANAGER,
        "My manager's manager",
        "Wants fewer single points of failure before the reorg.",
        "helen@example.org",
        "",
    ),
    (
        "Sam Keller",
        "Keller Coaching",
        "Career coach",
        Relationship.EXTERNAL,
        "Recommended by Priya",
        "Helps engineers plan their next two years.",
        "sam@kellercoaching.example",
        "+44 7700 900123",
    ),
    (
        "Jo Martins",
        "Platform team",
        "Engineer",
        Relationship.PEER,
        "Joined the team in January",
        "Learning on-call and the deploy tooling.",
        "jo@example.org",
        "",
    ),
    (
        "Aisha Bello",
        "Talent partners",
        "Tech recruiter",
        Relationship.EXTERNAL,
        "Conference in Leeds",
        "Places senior platform engineers; keeps a shortlist.",
        "aisha@talent.example",
        "",
    ),
    (
        "Tom Alvarez",
        "Customer success",
        "Head of support",
        Relationship.INTERNAL_CUSTOMER,
        "Outage call",
        "Wants status updates customers can understand during incidents.",
        "tom@example.org",
        "",
    ),
    (
        "Ruth Olsen",
        "Engineering",
        "Principal engineer",
        Relationship.MANAGER,
        "Mentoring programme",
        "Sponsors people she sees taking ownership.",
        "ruth@example.org",
        "",
    ),
]

_SKILLS = [
    ("Release train", Criticality.CRITICAL, "wiki/platform/release-runbook", True),
    ("On-call incident command", Criticality.CRITICAL, "", True),
    ("Terraform state surgery", Criticality.CRITICAL, "", False),
    ("Capacity planning", Criticality.NORMAL, "", True),
    ("Postgres failover", Criticality.CRITICAL, "wiki/platform/pg-failover", False),
    ("Cost reporting", Criticality.LOW, "docs/cost-report.md", True),
    ("Interviewing", Criticality.NORMAL, "", False),
]

# Wins told as STAR stories (situation, task, action, result), as the promotion packet shows them.
_STORIES = {
    "Dana ran the release on her own": (
        "Every weekly release needed me in the room; when I was away, it waited.",
        "Make the release train run without me before I move to the platform roadmap.",
        "Wrote the runbook, paired with Dana on four releases, then shadowed her on two.",
        "Dana ran the release on her own and stopped a bad migration herself. Releases no longer wait for me.",
    ),
}

_ENTRIES = [
    (
        -1,
        EntryKind.WIN,
        "Dana ran the release on her own",
        "Dana ran Tuesday's release **without me in the room**. She caught the migration ordering problem "
        "herself and paused the train. That is the first time the release went out with nobody asking me.\n\n"
        "- What worked: the pairing sessions plus the runbook\n- Next: let her teach Jo",
        ["release", "teaching"],
        False,
        ["Dana Whitfield"],
        ["Release train"],
    ),
    (
        -3,
        EntryKind.MEETING,
        "Coffee with Marcus",
        "Asked Marcus what would make Q3 a success for Payments. Answer: *deploys they never have to think "
        "about*. He would back a self-service rollback button. That is a leadership opportunity, not a ticket.",
        ["payments", "opportunity"],
        False,
        ["Marcus Obi"],
        [],
    ),
    (
        -6,
        EntryKind.LESSON,
        "I was the bottleneck on Terraform again",
        "Three people waited on me for a state move. Nobody else has ever done one. Write the procedure down "
        "this week and do the next one *with* Jo watching.",
        ["indispensable"],
        False,
        ["Jo Martins"],
        ["Terraform state surgery"],
    ),
    (
        -9,
        EntryKind.REFLECTION,
        "Weekly review",
        "## What did I teach?\n\nPostgres failover drill with Jo (shadowing).\n\n"
        "## What only I can do?\n\nTerraform state surgery, incident command on weekends.\n\n"
        "## Next week\n\nWrite the Terraform runbook; ask Helen about the staff promotion packet.",
        ["weekly-review"],
        False,
        [],
        ["Postgres failover"],
    ),
    (
        -12,
        EntryKind.NOTE,
        "Thinking about the exit plan",
        "Aisha's shortlist conversation made me realise I should keep the exit option warm even if the staff "
        "path works out. Update the CV before the end of the quarter.",
        ["exit-plan", "cv"],
        True,
        ["Aisha Bello"],
        [],
    ),
    (
        -16,
        EntryKind.WIN,
        "Incident comms template adopted",
        "Tom's support team now uses the customer-facing incident template I drafted. Two outages this month "
        "and no escalations about unclear updates.",
        ["incidents", "opportunity"],
        False,
        ["Tom Alvarez"],
        ["On-call incident command"],
    ),
    (
        -21,
        EntryKind.MEETING,
        "Session with Sam (coach)",
        "Sam asked what I'd stop doing if I were promoted tomorrow. The honest list: releases, Terraform, "
        "weekend incident command. So those are the three things to hand over.",
        ["coaching"],
        False,
        ["Sam Keller"],
        [],
    ),
    (
        -27,
        EntryKind.LESSON,
        "Documentation beats heroics",
        "The failover runbook let Jo handle a replica lag alert at 2am. Ten minutes of writing saved an hour "
        "of being woken up.",
        ["documentation"],
        False,
        ["Jo Martins"],
        ["Postgres failover"],
    ),
    (
        -34,
        EntryKind.REFLECTION,
        "Monthly career check-in",
        "## How did my goals move?\n\nStaff promotion: two of four milestones done.\n\n"
        "## Which adviser did I talk to?\n\nRuth, about sponsorship for the architecture review.",
        ["monthly-review"],
        False,
        ["Ruth Olsen"],
        [],
    ),
    (
        -41,
        EntryKind.NOTE,
        "Priya's data contracts",
        "Priya is trying to get one data-contract standard adopted. Our event schemas could be the pilot. "
        "Offer to co-present at the guild.",
        ["partners"],
        False,
        ["Priya Raman"],
        [],
    ),
    (
        -55,
        EntryKind.WIN,
        "Cost report handed to finance",
        "Finance now runs the monthly cloud cost report themselves from the doc. One less thing only I do.",
        ["handover"],
        False,
        [],
        ["Cost reporting"],
    ),
    (
        -70,
        EntryKind.NOTE,
        "Started keeping this journal",
        "Starting a proper career journal. Goal: by the end of the year nobody waits on me for anything routine.",
        ["meta"],
        False,
        [],
        [],
    ),
]


# Months further back, for the app's --demo (the tests' sample keeps to the story above): the
# weeks before the promotion push, a year-ago entry for "On this day", the plan changing.
_EARLIER_ENTRIES = [
    (-75, EntryKind.REFLECTION, "Monthly career check-in",
     "## Where is my career heading?\n\nUpward, I think: the staff role, if I can stop being the person "
     "who runs everything by hand.\n\n## Is my team active?\n\nNo coach yet. Ruth offered to sponsor me.",
     ["monthly-check-in", "reflection"], False, ["Ruth Olsen"], []),
    (-82, EntryKind.WIN, "Cost report adopted by finance",
     "Finance now runs the monthly cost report from the document I wrote. Nobody asked me a question this "
     "month, which is exactly the point.", ["cost", "documentation"], False, ["Helen Tran"], ["Cost reporting"]),
    (-90, EntryKind.MEETING, "First session with Sam",
     "Sam asked what I would stop doing if I were promoted tomorrow. I had no answer. Homework: a list of "
     "the things only I can do.", ["coaching"], False, ["Sam Keller"], []),
    (-97, EntryKind.LESSON, "Saying no to the dashboard rewrite",
     "I said yes out of habit and lost a week. Next time: ask what the person is trying to achieve first; "
     "the real need was one chart.", ["focus"], False, ["Marcus Obi"], []),
    (-104, EntryKind.NOTE, "Pairing with Dana on the release train",
     "First full pairing session. She drove, I narrated. The checklist has gaps where I do things from "
     "memory; added four steps.", ["release", "teaching"], False, ["Dana Whitfield"], ["Release train"]),
    (-118, EntryKind.REFLECTION, "Weekly review",
     "## What did I get done?\n\nThe capacity model for Q3.\n\n## What did I teach?\n\nNothing this week. "
     "That is the pattern I want to break.", ["weekly-review", "reflection"], False, [], ["Capacity planning"]),
    (-131, EntryKind.WIN, "Incident review went well",
     "Ran the March incident review. Marcus came for Payments and stayed for the whole thing; he asked good "
     "questions about rollbacks.", ["incidents"], False, ["Marcus Obi"], ["On-call incident command"]),
    (-146, EntryKind.NOTE, "Interview loop",
     "Sat on two interview loops. I am good at this and nobody else on the team has been trained. Another "
     "thing only I do.", ["hiring"], False, [], ["Interviewing"]),
    (-160, EntryKind.LESSON, "Weekend page, again",
     "Paged on Saturday because I am the only one who knows the failover. Sunday written off. This is what "
     "being indispensable costs.", ["indispensable", "oncall"], True, [], ["Postgres failover"]),
    (-365, EntryKind.REFLECTION, "A year in the platform team",
     "## What went well?\n\nShipped the release train. People trust deploys now.\n\n## What would I change?"
     "\n\nI built it and I still run it. Next year: teach it away.", ["reflection", "yearly"], False, [], []),
]  # fmt: skip


_CHECKLIST = """# Release checklist

1. Freeze merges at 14:00; announce in #releases.
2. Run the migration dry-run; read the ordering report.
3. Deploy to canary, watch error rates for 20 minutes.
4. Roll out in three waves; anyone may pause the train.
"""
_FEEDBACK = (
    "Architecture review, feedback from Helen:\n"
    "- Clear trade-offs, and the rollback story convinced the room.\n"
    "- Next time: bring the cost model earlier.\n"
)


def populate(
    journal: Journal,
    today: date | None = None,
    *,
    earlier_months: bool = False,
    language: Language = Language.ENGLISH,
) -> None:
    """Fill an empty journal with the sample story (and, for the app's demo, the months before it)."""
    today = today or date.today()
    say = texts_in(language)

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    people = {}
    for name, org, role, relationship, how_met, needs, email, phone in _PEOPLE:
        people[name] = journal.people.add(
            Person(
                name=name,
                org=say(org),
                role=say(role),
                relationship=relationship,
                how_met=say(how_met),
                needs=say(needs),
                email=email,
                phone=phone,
            )
        )
    skills = {}
    for name, criticality, documented, is_responsibility in _SKILLS:
        skills[name] = journal.skills.add(
            Skill(name=say(name), criticality=criticality, documented=documented, is_responsibility=is_responsibility)
        )

    staff = journal.goals.add(
        Goal(
            title=say("Promotion to staff engineer"),
            direction=GoalDirection.UP,
            status=GoalStatus.ACTIVE,
            target_date=day(24),
            why=say(
                "Lead the platform roadmap rather than run it by hand. **Evidence**: teaching, handovers, "
                "and the architecture review."
            ),
            milestones=[
                Milestone(say("Hand the release train to Dana"), done_on=day(-1)),
                Milestone(say("Lead the architecture review"), done_on=day(-30)),
                Milestone(say("Write the Terraform runbook")),
                Milestone(say("Promotion packet reviewed by Helen")),
            ],
        )
    )
    journal.goals.add(
        Goal(
            title=say("Keep the exit option warm"),
            direction=GoalDirection.EXIT,
            status=GoalStatus.IDEA,
            target_date=day(120),
            why=say("A plan B is a healthy plan: CV current, recruiter relationship alive."),
            milestones=[Milestone(say("Update CV")), Milestone(say("Quarterly call with Aisha"), done_on=day(-12))],
        )
    )
    journal.goals.add(
        Goal(
            title=say("Learn Rust for tooling"),
            direction=GoalDirection.LEARNING,
            status=GoalStatus.ACTIVE,
            target_date=day(200),
            why=say("Not needed today; it keeps me curious."),
            milestones=[
                Milestone(say("Finish the book"), done_on=day(-40)),
                Milestone(say("Rewrite the deploy linter")),
            ],
        )
    )
    journal.goals.add(
        Goal(
            title=say("Move sideways into developer experience"),
            direction=GoalDirection.SIDEWAYS,
            status=GoalStatus.DROPPED,
            why=say("Decided the staff path fits better."),
        )
    )

    written = {}
    for offset, kind, title, body, tags, private, names, skill_names in _ENTRIES + (
        _EARLIER_ENTRIES if earlier_months else []
    ):
        written[title] = journal.entries.add(
            Entry(
                title=say(title),
                body=say(body),
                entry_date=day(offset),
                kind=kind,
                tags=[say(tag) for tag in tags],
                private=private,
                person_ids=[people[n].id for n in names],
                skill_ids=[skills[s].id for s in skill_names],
                goal_ids=[staff.id] if kind in (EntryKind.WIN, EntryKind.REFLECTION) else [],
                story=WinStory(*map(say, _STORIES[title])) if title in _STORIES else None,
            )
        )
    # Evidence files, the kind a promotion packet points to.
    win = written["Dana ran the release on her own"].id or 0
    journal.attachments.add(Owner.entry(win), "release-checklist.md", [_CHECKLIST.encode()])
    journal.attachments.add(Owner.goal(staff.id or 0), "architecture-review-feedback.txt", [_FEEDBACK.encode()])

    teachings = [
        ("Release train", "Dana Whitfield", -60, TeachingMethod.PAIRING, LearnerLevel.WITH_HELP),
        ("Release train", "Dana Whitfield", -1, TeachingMethod.SHADOWING, LearnerLevel.ON_THEIR_OWN),
        ("Postgres failover", "Jo Martins", -9, TeachingMethod.SHADOWING, LearnerLevel.WITH_HELP),
        ("On-call incident command", "Dana Whitfield", -20, TeachingMethod.WORKSHOP, LearnerLevel.AWARE),
        ("Cost reporting", "Helen Tran", -55, TeachingMethod.DOCUMENT, LearnerLevel.CAN_TEACH),
        ("Capacity planning", "Jo Martins", -15, TeachingMethod.PAIRING, LearnerLevel.AWARE),
    ]
    for skill, person, offset, method, level in teachings:
        journal.skills.add_teaching(
            Teaching(
                skill_id=skills[skill].id,
                person_id=people[person].id,
                taught_on=day(offset),
                method=method,
                level=level,
            )
        )
    journal.skills.add_handover(
        Handover(
            title=say("Release train"),
            person_id=people["Dana Whitfield"].id,
            skill_id=skills["Release train"].id,
            status=HandoverStatus.IN_TRANSITION,
            started_on=day(-60),
            notes=say("Shadow two more releases, then I step back."),
        )
    )
    journal.skills.add_handover(
        Handover(
            title=say("Monthly cost report"),
            person_id=people["Helen Tran"].id,
            skill_id=skills["Cost reporting"].id,
            status=HandoverStatus.HANDED_OVER,
            started_on=day(-80),
            completed_on=day(-55),
        )
    )
    journal.skills.add_handover(
        Handover(
            title=say("Terraform state moves"),
            person_id=people["Jo Martins"].id,
            skill_id=skills["Terraform state surgery"].id,
            status=HandoverStatus.PLANNED,
        )
    )

    meetings = [
        (
            -3,
            InteractionKind.COFFEE,
            ["Marcus Obi"],
            "Q3 goals for Payments; rollback button idea.",
            "What would make Q3 a success for you?",
            "Deploy confidence matters more than speed.",
            day(11),
        ),
        (
            -21,
            InteractionKind.MEETING,
            ["Sam Keller"],
            "Coaching session: what to stop doing.",
            "",
            "Hand over the three things only I do.",
            None,
        ),
        (
            -34,
            InteractionKind.CALL,
            ["Ruth Olsen"],
            "Sponsorship for the architecture review.",
            "Would you put my name forward?",
            "She will, if the review lands well.",
            None,
        ),
        (-12, InteractionKind.CALL, ["Aisha Bello"], "Market check: senior platform roles.", "", "", None),
        (
            -41,
            InteractionKind.MEETING,
            ["Priya Raman"],
            "Data contracts pilot.",
            "What does adoption look like to you?",
            "A pilot team with real schemas.",
            day(-2),
        ),
        (-16, InteractionKind.MESSAGE, ["Tom Alvarez"], "Sent the incident template.", "", "", None),
        (-50, InteractionKind.MEETING, ["Helen Tran", "Ruth Olsen"], "Reorg planning input.", "", "", None),
    ]
    for offset, kind, names, notes, questions, learned, follow_up in meetings:
        journal.people.add_interaction(
            Interaction(
                occurred_on=day(offset),
                kind=kind,
                person_ids=[people[n].id for n in names],
                notes=say(notes),
                questions=say(questions),
                learned=say(learned),
                follow_up=follow_up,
            )
        )

    for title, person, value, status in [
        (
            "Self-service rollback for Payments",
            "Marcus Obi",
            "Cuts incident time for the card-scheme deadline",
            OpportunityStatus.PROPOSED,
        ),
        ("Customer incident template", "Tom Alvarez", "Fewer escalations during outages", OpportunityStatus.ADOPTED),
        (
            "Data contracts pilot on our events",
            "Priya Raman",
            "First adopter for a company-wide standard",
            OpportunityStatus.EXPLORED,
        ),
        (
            "On-call onboarding course",
            "Jo Martins",
            "New joiners productive on-call in weeks",
            OpportunityStatus.SPOTTED,
        ),
    ]:
        journal.people.add_opportunity(
            Opportunity(title=say(title), person_id=people[person].id, value=say(value), status=status)
        )

    for person, role, cadence, helps, asks in [
        ("Sam Keller", TeamRole.COACH, 30, "Two-year plan; what to stop doing", "Review promotion packet draft"),
        ("Ruth Olsen", TeamRole.SPONSOR, 21, "Puts my name forward for visible work", "Intro to the CTO staff"),
        ("Priya Raman", TeamRole.MENTOR, 14, "Architecture judgement", ""),
        ("Aisha Bello", TeamRole.RECRUITER, 90, "Market view, exit option", "Feedback on CV"),
        ("Dana Whitfield", TeamRole.PEER, None, "Keeps me honest about handovers", ""),
    ]:
        journal.people.add_adviser(
            Adviser(
                person_id=people[person].id, role=role, cadence_days=cadence, helps_with=say(helps), open_asks=say(asks)
            )
        )

    journal.people.update(_with_follow_up(journal.people.get(people["Helen Tran"].id), day(-1)))
    journal.people.update(_with_follow_up(journal.people.get(people["Jo Martins"].id), day(0)))
    if earlier_months:
        add_history(journal, today, people, skills, say)


def texts_in(language: Language) -> Callable[[str], str]:
    """What turns one of the story's English texts into ``language``."""
    return in_swedish if language is Language.SWEDISH else str


def _with_follow_up(person: Person, when: date) -> Person:
    person.follow_up = when
    return person
