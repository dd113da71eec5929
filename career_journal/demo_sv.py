"""The demo story in Swedish: each English text of ``demo.py`` and ``demo_history.py``, and its Swedish.

Not word for word: what a Swedish platform engineer would write in their own
journal, in the words of ``docs/GLOSSARY-sv.md``. People's names, companies and
links stay as they are. A text of the story with no Swedish here stops the
Swedish demo with the text named, so the tests find it before anyone else does.
"""

from __future__ import annotations

SWEDISH: dict[str, str] = {
    "Platform team": "Plattformsteamet",
    "Senior engineer": "Senior ingenjör",
    "Same team since 2023": "Samma team sedan 2023",
    "Wants to own the release train and grow into a tech lead.": (
        "Vill äga releasetåget och växa in i rollen som tech lead."
    ),
    "Payments": "Betalningar",
    "Engineering manager": "Utvecklingschef",
    "Incident review in March": "Incidentgenomgången i mars",
    "Needs deploys his team can trust before the Q3 card-scheme deadline.": (
        "Behöver deployer som hans team kan lita på före kortnätverkens deadline i Q3."
    ),
    "Data platform": "Dataplattformen",
    "Staff engineer": "Staff engineer",
    "Architecture guild": "Arkitekturgillet",
    "Trying to get one data contract standard adopted across teams.": (
        "Vill få alla team att enas om en gemensam standard för datakontrakt."
    ),
    "Engineering": "Utveckling",
    "Director of engineering": "Avdelningschef, utveckling",
    "My manager's manager": "Min chefs chef",
    "Wants fewer single points of failure before the reorg.": "Vill ha färre personberoenden före omorganisationen.",
    "Keller Coaching": "Keller Coaching",
    "Career coach": "Karriärcoach",
    "Recommended by Priya": "Tips från Priya",
    "Helps engineers plan their next two years.": "Hjälper ingenjörer att planera sina nästa två år.",
    "Engineer": "Ingenjör",
    "Joined the team in January": "Började i teamet i januari",
    "Learning on-call and the deploy tooling.": "Lär sig jouren och verktygen för deployer.",
    "Talent partners": "Talent partners",
    "Tech recruiter": "Rekryterare, tech",
    "Conference in Leeds": "Konferens i Leeds",
    "Places senior platform engineers; keeps a shortlist.": (
        "Placerar seniora plattformsingenjörer och har en kortlista."
    ),
    "Customer success": "Kundservice",
    "Head of support": "Supportchef",
    "Outage call": "Samtal under ett driftavbrott",
    "Wants status updates customers can understand during incidents.": (
        "Vill ha lägesrapporter som kunderna förstår under incidenter."
    ),
    "Principal engineer": "Principal engineer",
    "Mentoring programme": "Mentorprogrammet",
    "Sponsors people she sees taking ownership.": "Lyfter fram dem hon ser ta ansvar.",
    "Release train": "Releasetåget",
    "On-call incident command": "Incidentledning på jouren",
    "Terraform state surgery": "Ingrepp i Terraform-state",
    "Capacity planning": "Kapacitetsplanering",
    "Postgres failover": "Failover i Postgres",
    "Cost reporting": "Kostnadsrapportering",
    "Interviewing": "Rekryteringsintervjuer",
    "Promotion to staff engineer": "Befordran till staff engineer",
    (
        "Lead the platform roadmap rather than run it by hand. **Evidence**: teaching, handovers, and the "
        "architecture review."
    ): (
        "Leda plattformens färdplan i stället för att sköta den för hand. **Belägg**: det jag lärt ut, "
        "överlämningarna och arkitekturgranskningen."
    ),
    "Hand the release train to Dana": "Lämna över releasetåget till Dana",
    "Lead the architecture review": "Leda arkitekturgranskningen",
    "Write the Terraform runbook": "Skriva runbooken för Terraform",
    "Promotion packet reviewed by Helen": "Befordringsunderlaget granskat av Helen",
    "Keep the exit option warm": "Hålla dörren öppen för en exit",
    "A plan B is a healthy plan: CV current, recruiter relationship alive.": (
        "En plan B är en sund plan: cv:t aktuellt och kontakten med rekryteraren levande."
    ),
    "Update CV": "Uppdatera cv:t",
    "Quarterly call with Aisha": "Kvartalssamtal med Aisha",
    "Learn Rust for tooling": "Lära mig Rust för att bygga verktyg",
    "Not needed today; it keeps me curious.": "Behövs inte i dag, men håller nyfikenheten vid liv.",
    "Finish the book": "Läsa ut boken",
    "Rewrite the deploy linter": "Skriva om deploy-lintern",
    "Move sideways into developer experience": "Byta spår till utvecklarupplevelse (DX)",
    "Decided the staff path fits better.": "Kom fram till att staff-spåret passar mig bättre.",
    "Dana ran the release on her own": "Dana körde releasen på egen hand",
    (
        "Dana ran Tuesday's release **without me in the room**. She caught the migration ordering problem "
        "herself and paused the train. That is the first time the release went out with nobody asking me.\n\n- "
        "What worked: the pairing sessions plus the runbook\n- Next: let her teach Jo"
    ): (
        "Dana körde tisdagens release **utan att jag var i rummet**. Hon upptäckte själv att migreringarna "
        "låg i fel ordning och pausade tåget. Första gången en release gick ut utan att någon frågade mig.\n\n"
        "- Det som fungerade: passen i par plus runbooken\n- Nästa steg: låt henne lära upp Jo"
    ),
    "release": "release",
    "teaching": "upplärning",
    "Coffee with Marcus": "Fika med Marcus",
    (
        "Asked Marcus what would make Q3 a success for Payments. Answer: *deploys they never have to think "
        "about*. He would back a self-service rollback button. That is a leadership opportunity, not a "
        "ticket."
    ): (
        "Frågade Marcus vad som skulle göra Q3 till en framgång för Betalningar. Svaret: *deployer de aldrig "
        "behöver tänka på*. Han skulle stötta en knapp för rollback som teamen sköter själva. Det är en "
        "ledarskapsmöjlighet, inte ett ärende."
    ),
    "payments": "betalningar",
    "opportunity": "möjlighet",
    "I was the bottleneck on Terraform again": "Jag var flaskhalsen för Terraform igen",
    (
        "Three people waited on me for a state move. Nobody else has ever done one. Write the procedure down "
        "this week and do the next one *with* Jo watching."
    ): (
        "Tre personer väntade på mig för en flytt i state. Ingen annan har någonsin gjort en. Skriv ner "
        "rutinen den här veckan och gör nästa *medan* Jo tittar på."
    ),
    "indispensable": "oumbärlig",
    "Weekly review": "Veckogenomgång",
    (
        "## What did I teach?\n\nPostgres failover drill with Jo (shadowing).\n\n## What only I can do?\n\n"
        "Terraform state surgery, incident command on weekends.\n\n## Next week\n\nWrite the Terraform runbook; "
        "ask Helen about the staff promotion packet."
    ): (
        "## Vad lärde jag ut?\n\nFailoverövning i Postgres med Jo (skuggning).\n\n## Vad kan bara jag?\n\nIngrepp "
        "i Terraform-state, incidentledning på helgerna.\n\n## Nästa vecka\n\nSkriva runbooken för Terraform; "
        "fråga Helen om befordringsunderlaget för staff."
    ),
    "weekly-review": "veckogenomgång",
    "Thinking about the exit plan": "Funderingar kring exitplanen",
    (
        "Aisha's shortlist conversation made me realise I should keep the exit option warm even if the staff "
        "path works out. Update the CV before the end of the quarter."
    ): (
        "Samtalet med Aisha om hennes kortlista fick mig att inse att jag ska hålla dörren öppen för en exit "
        "även om staff-spåret går vägen. Uppdatera cv:t före kvartalets slut."
    ),
    "exit-plan": "exitplan",
    "cv": "cv",
    "Incident comms template adopted": "Mallen för incidentkommunikation används nu",
    (
        "Tom's support team now uses the customer-facing incident template I drafted. Two outages this month "
        "and no escalations about unclear updates."
    ): (
        "Toms supportteam använder nu mallen för kundkommunikation vid incidenter som jag skissade på. Två "
        "driftavbrott den här månaden och inga eskaleringar om otydliga uppdateringar."
    ),
    "incidents": "incidenter",
    "Session with Sam (coach)": "Träff med Sam (coach)",
    (
        "Sam asked what I'd stop doing if I were promoted tomorrow. The honest list: releases, Terraform, "
        "weekend incident command. So those are the three things to hand over."
    ): (
        "Sam frågade vad jag skulle sluta göra om jag blev befordrad i morgon. Den ärliga listan: releaser, "
        "Terraform, incidentledning på helgerna. Så det är de tre sakerna jag ska lämna över."
    ),
    "coaching": "coachning",
    "Documentation beats heroics": "Dokumentation slår hjältedåd",
    (
        "The failover runbook let Jo handle a replica lag alert at 2am. Ten minutes of writing saved an hour "
        "of being woken up."
    ): (
        "Tack vare runbooken för failover kunde Jo ta hand om ett larm om replikeringsfördröjning klockan "
        "två på natten. Tio minuters skrivande sparade en timme av att bli väckt."
    ),
    "documentation": "dokumentation",
    "Monthly career check-in": "Månadens karriäravstämning",
    (
        "## How did my goals move?\n\nStaff promotion: two of four milestones done.\n\n## Which adviser did I "
        "talk to?\n\nRuth, about sponsorship for the architecture review."
    ): (
        "## Hur gick det med mina mål?\n\nBefordran till staff: två av fyra delmål klara.\n\n## Vem i mitt "
        "karriärteam pratade jag med?\n\nRuth, om att hon kan gå i god för mig inför arkitekturgranskningen."
    ),
    "monthly-review": "månadsavstämning",
    "Priya's data contracts": "Priyas datakontrakt",
    (
        "Priya is trying to get one data-contract standard adopted. Our event schemas could be the pilot. "
        "Offer to co-present at the guild."
    ): (
        "Priya försöker få en gemensam standard för datakontrakt antagen. Våra händelsescheman skulle kunna "
        "bli piloten. Erbjud mig att presentera tillsammans med henne i gillet."
    ),
    "partners": "partner",
    "Cost report handed to finance": "Kostnadsrapporten överlämnad till ekonomi",
    "Finance now runs the monthly cloud cost report themselves from the doc. One less thing only I do.": (
        "Ekonomi tar nu själva fram den månatliga rapporten över molnkostnader, med dokumentet som stöd. En "
        "sak mindre som bara jag gör."
    ),
    "handover": "överlämning",
    "Started keeping this journal": "Började skriva den här dagboken",
    ("Starting a proper career journal. Goal: by the end of the year nobody waits on me for anything routine."): (
        "Nu börjar jag med en riktig karriärdagbok. Mål: vid årets slut väntar ingen på mig för något rutinmässigt."
    ),
    "meta": "meta",
    (
        "## Where is my career heading?\n\nUpward, I think: the staff role, if I can stop being the person who "
        "runs everything by hand.\n\n## Is my team active?\n\nNo coach yet. Ruth offered to sponsor me."
    ): (
        "## Vart är min karriär på väg?\n\nUppåt, tror jag: staff-rollen, om jag kan sluta vara den som sköter "
        "allt för hand.\n\n## Är mitt karriärteam i gång?\n\nIngen coach än. Ruth har erbjudit sig att vara min "
        "sponsor."
    ),
    "monthly-check-in": "månadsavstämning",
    "reflection": "reflektion",
    "Cost report adopted by finance": "Ekonomi har tagit över kostnadsrapporten",
    (
        "Finance now runs the monthly cost report from the document I wrote. Nobody asked me a question this "
        "month, which is exactly the point."
    ): (
        "Ekonomi tar nu fram månadsrapporten över kostnader utifrån dokumentet jag skrev. Ingen har frågat "
        "mig något den här månaden, och det är precis poängen."
    ),
    "cost": "kostnader",
    "First session with Sam": "Första träffen med Sam",
    (
        "Sam asked what I would stop doing if I were promoted tomorrow. I had no answer. Homework: a list of "
        "the things only I can do."
    ): (
        "Sam frågade vad jag skulle sluta göra om jag blev befordrad i morgon. Jag hade inget svar. Läxa: en "
        "lista över det som bara jag kan."
    ),
    "Saying no to the dashboard rewrite": "Att säga nej till att skriva om dashboarden",
    (
        "I said yes out of habit and lost a week. Next time: ask what the person is trying to achieve first; "
        "the real need was one chart."
    ): (
        "Jag sa ja av gammal vana och förlorade en vecka. Nästa gång: fråga först vad personen vill uppnå. "
        "Det verkliga behovet var ett enda diagram."
    ),
    "focus": "fokus",
    "Pairing with Dana on the release train": "I par med Dana på releasetåget",
    (
        "First full pairing session. She drove, I narrated. The checklist has gaps where I do things from "
        "memory; added four steps."
    ): (
        "Första hela passet i par. Hon körde, jag berättade. Checklistan har luckor där jag gör saker ur "
        "minnet; lade till fyra steg."
    ),
    (
        "## What did I get done?\n\nThe capacity model for Q3.\n\n## What did I teach?\n\nNothing this week. That "
        "is the pattern I want to break."
    ): (
        "## Vad fick jag gjort?\n\nKapacitetsmodellen för Q3.\n\n## Vad lärde jag ut?\n\nIngenting den här veckan. "
        "Det är just det mönstret jag vill bryta."
    ),
    "Incident review went well": "Incidentgenomgången gick bra",
    (
        "Ran the March incident review. Marcus came for Payments and stayed for the whole thing; he asked "
        "good questions about rollbacks."
    ): (
        "Höll i incidentgenomgången i mars. Marcus kom för Betalningars räkning och stannade hela tiden; han "
        "ställde bra frågor om rollbacks."
    ),
    "Interview loop": "Intervjuomgång",
    (
        "Sat on two interview loops. I am good at this and nobody else on the team has been trained. Another "
        "thing only I do."
    ): (
        "Satt med i två intervjuomgångar. Jag är bra på det här och ingen annan i teamet har fått lära sig "
        "det. Ännu en sak som bara jag gör."
    ),
    "hiring": "rekrytering",
    "Weekend page, again": "Larmad på helgen, igen",
    (
        "Paged on Saturday because I am the only one who knows the failover. Sunday written off. This is "
        "what being indispensable costs."
    ): (
        "Larmad i lördags eftersom jag är den enda som kan failovern. Söndagen gick förlorad. Det här är vad "
        "det kostar att vara oumbärlig."
    ),
    "oncall": "jour",
    "A year in the platform team": "Ett år i plattformsteamet",
    (
        "## What went well?\n\nShipped the release train. People trust deploys now.\n\n## What would I change?\n\n"
        "I built it and I still run it. Next year: teach it away."
    ): (
        "## Vad gick bra?\n\nReleasetåget är på plats. Folk litar på deployerna nu.\n\n## Vad skulle jag göra "
        "annorlunda?\n\nJag byggde det och kör det fortfarande själv. Nästa år: lär ut det tills jag inte "
        "behövs."
    ),
    "yearly": "årsvis",
    "Shadow two more releases, then I step back.": "Hon skuggar två releaser till, sedan kliver jag åt sidan.",
    "Monthly cost report": "Månadsrapporten över kostnader",
    "Terraform state moves": "Flyttar i Terraform-state",
    "Q3 goals for Payments; rollback button idea.": "Betalningars mål för Q3; idén om en rollback-knapp.",
    "What would make Q3 a success for you?": "Vad skulle göra Q3 till en framgång för dig?",
    "Deploy confidence matters more than speed.": "Trygga deployer betyder mer än snabba.",
    "Coaching session: what to stop doing.": "Coachsamtal: vad jag ska sluta göra.",
    "Hand over the three things only I do.": "Lämna över de tre saker som bara jag gör.",
    "Sponsorship for the architecture review.": "Sponsorskap inför arkitekturgranskningen.",
    "Would you put my name forward?": "Vill du föreslå mig?",
    "She will, if the review lands well.": "Det vill hon, om granskningen går bra.",
    "Market check: senior platform roles.": "Koll på marknaden: seniora plattformsroller.",
    "Data contracts pilot.": "Pilot för datakontrakt.",
    "What does adoption look like to you?": "Hur ser det ut för dig när standarden har fått fäste?",
    "A pilot team with real schemas.": "Ett pilotteam med riktiga scheman.",
    "Sent the incident template.": "Skickade incidentmallen.",
    "Reorg planning input.": "Underlag till planeringen av omorganisationen.",
    "Self-service rollback for Payments": "Rollback som Betalningar sköter själva",
    "Cuts incident time for the card-scheme deadline": "Kortar incidenterna inför kortnätverkens deadline",
    "Customer incident template": "Incidentmall för kunder",
    "Fewer escalations during outages": "Färre eskaleringar under driftavbrott",
    "Data contracts pilot on our events": "Pilot för datakontrakt på våra händelser",
    "First adopter for a company-wide standard": "Först ut med en standard för hela företaget",
    "On-call onboarding course": "Introduktionskurs för jouren",
    "New joiners productive on-call in weeks": "Nyanställda klarar jouren efter några veckor",
    "Two-year plan; what to stop doing": "Tvåårsplanen; vad jag ska sluta göra",
    "Review promotion packet draft": "Granska utkastet till befordringsunderlaget",
    "Puts my name forward for visible work": "Föreslår mig för synliga uppdrag",
    "Intro to the CTO staff": "Introduktion till CTO:ns ledningsgrupp",
    "Architecture judgement": "Omdöme i arkitekturfrågor",
    "Market view, exit option": "Läget på marknaden, exitplanen",
    "Feedback on CV": "Återkoppling på cv:t",
    "Keeps me honest about handovers": "Ser till att jag är ärlig om överlämningarna",
    "Finance": "Ekonomi",
    "Head of FP&A": "Chef för budget och prognos",
    "Cloud costs she can forecast a quarter ahead.": "Molnkostnader hon kan förutse ett kvartal framåt.",
    "Caught up with {name}.": "Stämde av läget med {name}.",
    "Security": "Säkerhet",
    "Security architect": "Säkerhetsarkitekt",
    "One way to rotate secrets across every team.": "Ett enda sätt att rotera hemligheter i alla team.",
    "Mobile": "Mobil",
    "Release days without a war room.": "Releasedagar utan krisrum.",
    "Wants to learn capacity planning.": "Vill lära sig kapacitetsplanering.",
    "What she wants from the next year: the release train.": "Vad hon vill med nästa år: releasetåget.",
    "Onboarding check-in: on-call feels scary without a runbook.": (
        "Avstämning om introduktionen: jouren känns läskig utan en runbook."
    ),
    "Support's view of the last outage.": "Supportens bild av det senaste driftavbrottet.",
    "First conversation about Payments' deploy pain.": "Första samtalet om Betalningars problem med deployer.",
    "Rollback drill ran clean": "Rollback-övningen gick felfritt",
    "Ran the quarterly rollback drill; every team was back in under ten minutes.": (
        "Körde kvartalets rollback-övning; alla team var tillbaka på under tio minuter."
    ),
    "win": "framgång",
    "Capacity model adopted": "Kapacitetsmodellen används",
    "Finance uses the capacity model for next year's budget.": (
        "Ekonomi använder kapacitetsmodellen i nästa års budget."
    ),
    "Workshop on incident command": "Workshop i incidentledning",
    "Ran the first incident command workshop; eight people came.": (
        "Höll den första workshopen i incidentledning; åtta personer kom."
    ),
    "Deploy time halved": "Deploytiden halverad",
    "The new pipeline cut the median deploy from 22 to 11 minutes.": (
        "Den nya pipelinen kortade mediantiden för en deploy från 22 till 11 minuter."
    ),
    "Postmortem template": "Mall för efteranalyser",
    "Wrote the blameless postmortem template; three teams use it.": (
        "Skrev mallen för efteranalyser utan skuldbeläggning; tre team använder den."
    ),
    "On-call load shared": "Jourbördan delad",
    "Moved two alert classes to the owning teams.": "Flyttade två sorters larm till teamen som äger dem.",
    "## What did I get done?\n\nThe usual: releases, reviews, one incident.": (
        "## Vad fick jag gjort?\n\nDet vanliga: releaser, granskningar, en incident."
    ),
    "First week on the platform team": "Första veckan i plattformsteamet",
    "Everything is on fire and everyone is kind. Write down what I learn, so the next person has it.": (
        "Allt brinner och alla är snälla. Skriv ner det jag lär mig, så att nästa person har det."
    ),
    "Every weekly release needed me in the room; when I was away, it waited.": (
        "Varje veckorelease behövde mig i rummet; när jag var borta fick den vänta."
    ),
    "Make the release train run without me before I move to the platform roadmap.": (
        "Få releasetåget att gå utan mig innan jag går över till plattformens roadmap."
    ),
    "Wrote the runbook, paired with Dana on four releases, then shadowed her on two.": (
        "Skrev runbooken, parprogrammerade med Dana på fyra releaser och skuggade henne sedan på två."
    ),
    "Dana ran the release on her own and stopped a bad migration herself. Releases no longer wait for me.": (
        "Dana körde releasen på egen hand och stoppade själv en dålig migrering. Releaserna väntar inte längre på mig."
    ),
}


class UntranslatedDemoText(LookupError):
    """A text of the demo story that has no Swedish in ``SWEDISH``."""


def in_swedish(text: str) -> str:
    """The Swedish of one of the story's texts (an empty text stays empty)."""
    if not text:
        return text
    try:
        return SWEDISH[text]
    except KeyError:
        raise UntranslatedDemoText(f"The demo text {text!r} has no Swedish in career_journal/demo_sv.py.") from None
