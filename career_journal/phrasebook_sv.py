"""Swedish for ``phrasebook``: each English sentence the core writes, and how it reads in Swedish.

Keep the ``{placeholders}`` of each English key. Words follow the app's glossary
(``docs/GLOSSARY-sv.md``) so an export reads like the app.
"""

SWEDISH: dict[str, str] = {
    # Passphrases
    "A passphrase cannot contain a NUL character.": "En lösenfras kan inte innehålla ett NUL-tecken.",
    "Choose a passphrase of at least {n} characters; a few words are best.": (
        "Välj en lösenfras på minst {n} tecken; några ord är bäst."
    ),
    "The two passphrases are not the same; nothing was changed.": (
        "De två lösenfraserna är inte likadana; inget ändrades."
    ),
    # Exports and packets
    # -- the coach packet and the full export: title and sections
    "Coaching notes: {start} to {end}": "Underlag till coachen: {start} till {end}",
    "Coaching notes: up to {end}": "Underlag till coachen: fram till {end}",
    "Career journal: {start} to {end}": "Dagbok: {start} till {end}",
    "Career journal: up to {end}": "Dagbok: fram till {end}",
    "Goals": "Mål",
    "Journal entries": "Anteckningar",
    "Teaching and handovers": "Upplärning och överlämningar",
    "Network": "Nätverk",
    "Personal team": "Karriärteam",
    # -- goals
    "No goals yet.": "Inga mål än.",
    "Direction": "Riktning",
    "Status": "Status",
    "Target date": "Måldatum",
    "Progress": "Framsteg",
    "{done} of {total} milestones": "{done} av {total} delmål klara",
    "Files": "Bilagor",
    "Milestones:": "Delmål:",
    " (done {day})": " (klart {day})",
    "Plan changes in this period:": "Ändringar i planen under perioden:",
    "{day}: rewrote why this goal matters": "{day}: skrev om varför målet är viktigt",
    "{day}: {field} changed from {old} to {new}": "{day}: {field} ändrades från {old} till {new}",
    "none": "inget",
    "title": "rubrik",
    "direction": "riktning",
    "status": "status",
    "target date": "måldatum",
    # -- journal entries
    "No journal entries in this period.": "Inga anteckningar under perioden.",
    "{n} entry, oldest first.": "{n} anteckning, äldst först.",
    "{n} entries, oldest first.": "{n} anteckningar, äldst först.",
    "Kind": "Typ",
    "Tags": "Taggar",
    "People": "Personer",
    "Skills": "Kunskaper",
    ", starred": ", stjärnmärkt",
    ", private": ", privat",
    # -- teaching and handovers
    "Only you can do this": "Bara du kan det här",
    "Someone else can do every skill on your list.": "Någon annan klarar varje kunskap på din lista.",
    "Who else can do it": "Vem kan ta över",
    "nobody yet": "ingen än",
    "Covered": "Täckt",
    "Take {person} from {level} to {target}": "Ta {person} från ”{level}” till ”{target}”",
    "Teach it to someone": "Lär ut det till någon",
    "; write it down": "; skriv ner det",
    "No skills or responsibilities recorded yet.": "Inga kunskaper eller ansvarsområden än.",
    "not written down": "inte nedskriven",
    "written down": "nedskriven",
    "written down at {place}": "nedskriven i {place}",
    "Teaching in this period": "Upplärning under perioden",
    "No teaching recorded in this period.": "Ingen upplärning under perioden.",
    "{day}: {skill} to {person} by {method}, reached {level}": "{day}: {skill} till {person} ({method}), nivå: {level}",
    "Handovers": "Överlämningar",
    "{title} to {person}: {state}": "{title} till {person}: {state}",
    "No handovers under way or finished in this period.": "Inga överlämningar pågick eller blev klara under perioden.",
    "handed over on {day} (started {started})": "överlämnad {day} (påbörjad {started})",
    "handed over on {day}": "överlämnad {day}",
    "handed over (started {started})": "överlämnad (påbörjad {started})",
    "handed over": "överlämnad",
    "in transition since {day}": "pågår sedan {day}",
    "in transition": "pågår",
    "planned, starting {day}": "planerad, börjar {day}",
    "planned": "planerad",
    # -- network
    "Conversations in this period": "Samtal under perioden",
    "No conversations recorded in this period.": "Inga samtal loggade under perioden.",
    "{day} — {kind} with {names}": "{day} — {kind} med {names}",
    "nobody": "ingen",
    "Asked": "Frågor jag ställde",
    "Learned": "Vad jag lärde mig",
    "Follow up by": "Följ upp senast",
    "Leadership opportunities": "Ledarskapsmöjligheter",
    "No leadership opportunities recorded yet.": "Inga ledarskapsmöjligheter än.",
    "With": "Med",
    "Value": "Värde för verksamheten",
    "No people recorded yet.": "Inga personer än.",
    "Nobody in your network has anything in this period.": "Ingen i ditt nätverk har något under perioden.",
    "Role": "Roll",
    "Organisation": "Organisation",
    "Relationship": "Relation",
    "Trying to achieve": "Vill uppnå",
    "Met": "Hur ni träffades",
    "Last contact": "Senaste kontakt",
    "Email": "E-post",
    "Phone": "Telefon",
    # -- personal team
    "Nobody yet: this role is a gap in your team.": "Ingen än: den här rollen är en lucka i ditt karriärteam.",
    "Helps with": "Hjälper till med",
    "Check in": "Avstämning",
    "every {n} days": "med {n} dagars mellanrum",
    "when needed": "vid behov",
    "Last check-in": "Senaste avstämning",
    "none yet": "ingen än",
    "Next check-in": "Nästa avstämning",
    "overdue by {n} day": "försenad med {n} dag",
    "overdue by {n} days": "försenad med {n} dagar",
    "Open asks": "Öppna önskemål",
    "Notes": "Anteckningar",
    # -- the coach packet's summary
    "Summary": "Sammanfattning",
    "Period: {first} to {end} ({n} day)": "Period: {first} till {end} ({n} dag)",
    "Period: {first} to {end} ({n} days)": "Period: {first} till {end} ({n} dagar)",
    "Wins: none written down": "Framgångar: inga nedskrivna",
    "Wins: {count} ({names})": "Framgångar: {count} ({names})",
    "{names} and {more} more": "{names} och {more} till",
    "Taught: nobody in this period": "Lärt upp: ingen under perioden",
    "Taught: {people}": "Lärt upp: {people}",
    "Critical skills only I can do: {before} of {total} at the start, {after} at the end": (
        "Kritiska kunskaper bara jag kan: {before} av {total} i början, {after} i slutet"
    ),
    "Goals moved: no milestone done in this period": "Mål som rört sig: inget delmål klart under perioden",
    "Goals moved: {goals}": "Mål som rört sig: {goals}",
    "{title} ({n} milestone done)": "{title} ({n} delmål klart)",
    "{title} ({n} milestones done)": "{title} ({n} delmål klara)",
    "Internal customers: {n} conversation; opportunities found: {found}": (
        "Interna kunder: {n} samtal; upptäckta möjligheter: {found}"
    ),
    "Internal customers: {n} conversations; opportunities found: {found}": (
        "Interna kunder: {n} samtal; upptäckta möjligheter: {found}"
    ),
    "Overdue: nothing; every follow-up and check-in is on time": (
        "Försenat: inget; varje uppföljning och avstämning är i tid"
    ),
    "Overdue: {what}": "Försenat: {what}",
    "{n} follow-up ({names})": "{n} uppföljning ({names})",
    "{n} follow-ups ({names})": "{n} uppföljningar ({names})",
    "{n} check-in ({names})": "{n} avstämning ({names})",
    "{n} check-ins ({names})": "{n} avstämningar ({names})",
    "Charts": "Diagram",
    "What I want to talk about": "Det jag vill prata om",
    # -- "Left out"
    "“{title}”": "”{title}”",
    "{n} private goal": "{n} privat mål",
    "{n} private goals": "{n} privata mål",
    " with {n} milestone": " med {n} delmål",
    " with {n} milestones": " med {n} delmål",
    "{n} private entry": "{n} privat anteckning",
    "{n} private entries": "{n} privata anteckningar",
    "{n} entry dated after {day}": "{n} anteckning daterad efter {day}",
    "{n} entries dated after {day}": "{n} anteckningar daterade efter {day}",
    "{n} attached file": "{n} bilaga",
    "{n} attached files": "{n} bilagor",
    "where on this computer {n} skill is written down": "var på den här datorn {n} kunskap är nedskriven",
    "where on this computer {n} skills are written down": "var på den här datorn {n} kunskaper är nedskrivna",
    "{n} private opportunity": "{n} privat möjlighet",
    "{n} private opportunities": "{n} privata möjligheter",
    "{n} person with nothing in this period": "{n} person utan något under perioden",
    "{n} people with nothing in this period": "{n} personer utan något under perioden",
    "email and phone of {n} person": "e-post och telefon för {n} person",
    "email and phone of {n} people": "e-post och telefon för {n} personer",
    "email of {n} person": "e-post för {n} person",
    "email of {n} people": "e-post för {n} personer",
    "phone of {n} person": "telefon för {n} person",
    "phone of {n} people": "telefon för {n} personer",
    "your notes on {n} person": "dina anteckningar om {n} person",
    "your notes on {n} people": "dina anteckningar om {n} personer",
    "your notes on {n} adviser": "dina anteckningar om {n} rådgivare",
    "your notes on {n} advisers": "dina anteckningar om {n} rådgivare",
    "{n} private win": "{n} privat framgång",
    "{n} private wins": "{n} privata framgångar",
    # -- the promotion packet
    "Promotion packet: {start} to {end}": "Befordringsunderlag: {start} till {end}",
    "Promotion packet: up to {end}": "Befordringsunderlag: fram till {end}",
    "No wins, teaching, handovers or championed opportunities in this period.": (
        "Inga framgångar, ingen upplärning, inga överlämningar och inga möjligheter som jag drivit under perioden."
    ),
    "{wins}, {teaching}, {handovers} and {opportunities}.": "{wins}, {teaching}, {handovers} och {opportunities}.",
    "{n} win": "{n} framgång",
    "{n} wins": "{n} framgångar",
    "{n} teaching record": "{n} upplärning",
    "{n} teaching records": "{n} upplärningar",
    "{n} handover": "{n} överlämning",
    "{n} handovers": "{n} överlämningar",
    "{n} opportunity championed": "{n} möjlighet som jag drivit",
    "{n} opportunities championed": "{n} möjligheter som jag drivit",
    "Each win is told as a STAR story: situation, task, action, result.": (
        "Varje framgång berättas som en STAR-berättelse: situation, uppgift, handling, resultat."
    ),
    "Beyond my goals": "Utöver mina mål",
    "Taught:": "Lärt upp:",
    "Handed over:": "Lämnat över:",
    "Opportunities championed:": "Möjligheter som jag drivit:",
    "{title} with {person} ({status})": "{title} med {person} ({status})",
    "nobody named": "ingen namngiven",
    "Situation": "Situation",
    "Task": "Uppgift",
    "Action": "Handling",
    "Result": "Resultat",
    "Needs a result: this win is shown as written.": "Resultatet saknas: framgången visas som den är skriven.",
    # -- the handover packet
    "Handover packet: {day}": "Överlämningsunderlag: {day}",
    "For each responsibility: how critical it is, where it is written down, who else can do it and how well, the"
    " handovers under way and the next teaching step.": (
        "För varje ansvarsområde: hur kritiskt det är, var det är nedskrivet, vem mer som klarar det och hur bra,"
        " överlämningarna som pågår och nästa steg i upplärningen."
    ),
    "Only I can do {alone} of {n} responsibility ({critical} of them critical).": (
        "Bara jag klarar {alone} av {n} ansvarsområde ({critical} av dem kritiska)."
    ),
    "Only I can do {alone} of {n} responsibilities ({critical} of them critical).": (
        "Bara jag klarar {alone} av {n} ansvarsområden ({critical} av dem kritiska)."
    ),
    "Criticality": "Hur kritisk",
    "Written down": "Nedskriven",
    "not yet": "inte än",
    "on my computer (not shared)": "på min dator (delas inte)",
    "Cover": "Täckning",
    "someone else can do it on their own": "någon annan klarar det på egen hand",
    "only I can do it today": "bara jag klarar det i dag",
    "Next step": "Nästa steg",
    "Handovers:": "Överlämningar:",
    "Handovers not tied to a responsibility": "Överlämningar utan ansvarsområde",
    "where on this computer {n} responsibility is written down": (
        "var på den här datorn {n} ansvarsområde är nedskrivet"
    ),
    "where on this computer {n} responsibilities are written down": (
        "var på den här datorn {n} ansvarsområden är nedskrivna"
    ),
    # -- the check-in agenda
    "Check-in with {name}: {day}": "Avstämning med {name}: {day}",
    "{name}, my {roles}.": "{name}, {roles} i mitt karriärteam.",
    "What changed since our last check-in on {day} ({n} day ago).": (
        "Vad som hänt sedan vår senaste avstämning {day} (för {n} dag sedan)."
    ),
    "What changed since our last check-in on {day} ({n} days ago).": (
        "Vad som hänt sedan vår senaste avstämning {day} (för {n} dagar sedan)."
    ),
    "We have not had a check-in yet: what happened in the last {days} days.": (
        "Vi har inte haft någon avstämning än: vad som hänt de senaste {days} dagarna."
    ),
    "What I want to ask {name}": "Det jag vill fråga {name}",
    "No open asks.": "Inga öppna önskemål.",
    "Goals that moved": "Mål som rört sig",
    "No goal moved since then.": "Inget mål har rört sig sedan dess.",
    "{day}: {goal}: done “{milestone}”": "{day}: {goal}: klart ”{milestone}”",
    "{day}: {goal}: {field} from {old} to {new}": "{day}: {goal}: {field} från {old} till {new}",
    "Wins": "Framgångar",
    "No wins since then.": "Inga framgångar sedan dess.",
    "Teaching": "Upplärning",
    "No teaching since then.": "Ingen upplärning sedan dess.",
    "{day}: {skill} to {person}, reached {level}": "{day}: {skill} till {person}, nivå: {level}",
    "{day}: handed {title} over to {person}": "{day}: lämnade över {title} till {person}",
    # -- the journal's fixed words (``phrasebook.label``), as the app says them
    "EntryKind: Note": "Anteckning",
    "EntryKind: Reflection": "Reflektion",
    "EntryKind: Win": "Framgång",
    "EntryKind: Lesson": "Lärdom",
    "EntryKind: Meeting": "Möte",
    "GoalDirection: Upward": "Uppåt",
    "GoalDirection: Sideways": "Åt sidan",
    "GoalDirection: Deeper expertise": "Djupare expertis",
    "GoalDirection: Exit plan": "Exitplan",
    "GoalDirection: Learning": "Lärande",
    "GoalStatus: Idea": "Idé",
    "GoalStatus: Active": "Aktivt",
    "GoalStatus: Achieved": "Uppnått",
    "GoalStatus: Dropped": "Avbrutet",
    "TeachingMethod: Pairing": "I par",
    "TeachingMethod: Document": "Dokument",
    "TeachingMethod: Workshop": "Workshop",
    "TeachingMethod: Shadowing": "Skuggning",
    "TeachingMethod: Other": "Annat",
    "HandoverStatus: Planned": "Planerad",
    "HandoverStatus: In transition": "Pågår",
    "HandoverStatus: Handed over": "Överlämnad",
    "Relationship: Internal customer": "Intern kund",
    "Relationship: Strategic partner": "Strategisk partner",
    "Relationship: Peer": "Kollega",
    "Relationship: Manager": "Chef",
    "Relationship: External": "Extern",
    "InteractionKind: Meeting": "Möte",
    "InteractionKind: Call": "Telefon",
    "InteractionKind: Coffee": "Fika",
    "InteractionKind: Message": "Meddelande",
    "OpportunityStatus: Spotted": "Upptäckt",
    "OpportunityStatus: Explored": "Undersökt",
    "OpportunityStatus: Proposed": "Föreslagen",
    "OpportunityStatus: Championing": "Drivs",
    "OpportunityStatus: Adopted": "Införd",
    "OpportunityStatus: Dropped": "Avbruten",
    "TeamRole: Coach": "Coach",
    "TeamRole: Mentor": "Mentor",
    "TeamRole: Sponsor": "Sponsor",
    "TeamRole: Résumé writer": "Cv-skribent",
    "TeamRole: Recruiter": "Rekryterare",
    "TeamRole: Profile / brand": "Profil och varumärke",
    "TeamRole: Peer": "Bollplank",
    "TeamRole: Other": "Annan",
    "LearnerLevel: Aware": "Känner till",
    "LearnerLevel: With help": "Med hjälp",
    "LearnerLevel: On their own": "På egen hand",
    "LearnerLevel: Can teach others": "Kan lära andra",
    "Criticality: Low": "Låg",
    "Criticality: Normal": "Normal",
    "Criticality: Critical": "Kritisk",
    "RecordKind: Entry": "Anteckning",
    "RecordKind: Goal": "Mål",
    "RecordKind: Milestone": "Delmål",
    "RecordKind: Skill": "Kunskap",
    "RecordKind: Teaching": "Upplärning",
    "RecordKind: Handover": "Överlämning",
    "RecordKind: Person": "Person",
    "RecordKind: Conversation": "Samtal",
    "RecordKind: Opportunity": "Möjlighet",
    "RecordKind: Adviser": "Rådgivare",
    "RecordKind: File": "Bilaga",
    # Domain, timeline and messages
    # -- Insights: the charts' words and the sentence under each
    "Nothing to show for this period yet.": "Inget att visa för den här perioden än.",
    "{value}%": "{value} %",
    "the last year": "det senaste året",
    "the last {n} years": "de senaste {n} åren",
    "the last month": "den senaste månaden",
    "the last {n} months": "de senaste {n} månaderna",
    "Teaching over time": "Upplärning över tid",
    "people": "personer",
    "{n} person": "{n} person",
    "{n} people": "{n} personer",
    "{n} session": "{n} tillfälle",
    "{n} sessions": "{n} tillfällen",
    "{n} teaching session": "{n} upplärningstillfälle",
    "{n} teaching sessions": "{n} upplärningstillfällen",
    "You taught {people} in {period} ({sessions}); {far} of them got to “on their own” or further.": (
        "Du lärde upp {people} {period} ({sessions}); {far} av dem kom till ”på egen hand” eller längre."
    ),
    "No teaching written down in {period}.": "Ingen upplärning nedskriven {period}.",
    "Critical skills only you can do": "Kritiska kunskaper bara du har",
    "critical skills only you can do": "kritiska kunskaper bara du har",
    "{total} critical skills in all": "{total} kritiska kunskaper totalt",
    "No skill is marked critical yet: mark the ones that would hurt if you were away.": (
        "Ingen kunskap är markerad som kritisk än: markera de som skulle ställa till det om du var borta."
    ),
    "Someone else can do your one critical skill on their own.": (
        "Någon annan klarar din enda kritiska kunskap på egen hand."
    ),
    "Someone else can do each of your {n} critical skills on their own.": (
        "Någon annan klarar var och en av dina {n} kritiska kunskaper på egen hand."
    ),
    "{now} of {total} critical skills only you, as in {when}.": (
        "{now} av {total} kritiska kunskaper har bara du, precis som i {when}."
    ),
    "{now} of {total} critical skills still only you; was {then} in {when}.": (
        "{now} av {total} kritiska kunskaper har fortfarande bara du; i {when} var det {then}."
    ),
    "nobody taught yet": "ingen upplärd än",
    "closest: {name}, {level}": "närmast: {name}, {level}",
    "Network freshness": "Hur färskt nätverket är",
    "Internal customers": "Interna kunder",
    "Strategic partners": "Strategiska partner",
    "Everyone else": "Alla andra",
    "Within a month": "Inom en månad",
    "< 1 mo": "< 1 mån",
    "1 to 3 months ago": "1 till 3 månader sedan",
    "1–3 mo": "1–3 mån",
    "3 to 6 months ago": "3 till 6 månader sedan",
    "3–6 mo": "3–6 mån",
    "6 to 12 months ago": "6 till 12 månader sedan",
    "6–12 mo": "6–12 mån",
    "More than a year ago": "Mer än ett år sedan",
    "> 1 yr": "> 1 år",
    "Never": "Aldrig",
    "Nobody in your network yet.": "Ingen i ditt nätverk än.",
    "You spoke with everyone in the last 6 months; {overdue}.": (
        "Du har pratat med alla de senaste 6 månaderna; {overdue}."
    ),
    "{stale} of {people} not contacted in 6 months, {marked} internal customers or strategic partners; {overdue}.": (
        "{stale} av {people} utan kontakt på 6 månader, {marked} interna kunder eller strategiska partner; {overdue}."
    ),
    "{n} of them": "{n} av dem",
    "none of them": "ingen av dem",
    "no follow-up overdue": "ingen uppföljning försenad",
    "{n} follow-up overdue": "{n} uppföljning försenad",
    "{n} follow-ups overdue": "{n} uppföljningar försenade",
    "never contacted": "aldrig kontaktad",
    "{n} day": "{n} dag",
    "{n} days": "{n} dagar",
    "last contact {day} ({days})": "senaste kontakt {day} ({days} sedan)",
    "follow-up overdue since {day}": "uppföljning försenad sedan {day}",
    "Goals against their target dates": "Mål mot sina måldatum",
    "Milestones done": "Klara delmål",
    "time gone": "tid som gått",
    "{done} of {total} milestones done": "{done} av {total} delmål klara",
    "no milestones yet": "inga delmål än",
    "{percent}% of the time gone": "{percent} % av tiden har gått",
    "done {day}": "klart {day}",
    "open": "öppet",
    "no target date": "inget måldatum",
    "target {day}, {left}": "måldatum {day}, {left}",
    "{n} day left": "{n} dag kvar",
    "{n} days left": "{n} dagar kvar",
    "passed {n} day ago": "passerat för {n} dag sedan",
    "passed {n} days ago": "passerat för {n} dagar sedan",
    "No active goal. An active goal with milestones and a target date shows its pace here.": (
        "Inget aktivt mål. Ett aktivt mål med delmål och måldatum visar sin takt här."
    ),
    "Give your active goals milestones and a target date to see whether they are on pace.": (
        "Ge dina aktiva mål delmål och ett måldatum, så syns det om de håller takten."
    ),
    "Your goal is on pace for its target date.": "Ditt mål håller takten mot sitt måldatum.",
    "Your dated goal is on pace.": "Ditt mål med måldatum håller takten.",
    "All {n} goals with milestones and a target date are on pace.": (
        "Alla {n} mål med delmål och måldatum håller takten."
    ),
    "“{title}” is behind: {done} of {total} milestones done, {left}.": (
        "”{title}” ligger efter: {done} av {total} delmål klara, {left}."
    ),
    "1 of {judged} goals is behind: “{title}”, {done} of {total} milestones done, {left}.": (
        "1 av {judged} mål ligger efter: ”{title}”, {done} av {total} delmål klara, {left}."
    ),
    "{names} and {n} more": "{names} och {n} till",
    "{behind} of {judged} goals are behind their pace: {names}.": (
        "{behind} av {judged} mål ligger efter sin takt: {names}."
    ),
    "Rhythm: wins and reflections": "Rytm: framgångar och reflektioner",
    "Weeks with a reflection": "Veckor med en reflektion",
    "(untitled)": "(utan rubrik)",
    "private": "privat",
    "No wins written down in the last {months} months ({before} in the {months} before);"
    " a reflection in {weeks} of the last {of_weeks} weeks.": (
        "Inga framgångar nedskrivna de senaste {months} månaderna ({before} de {months} månaderna före);"
        " en reflektion {weeks} av de senaste {of_weeks} veckorna."
    ),
    "{wins} written down in the last {months} months ({before} in the {months} before);"
    " a reflection in {weeks} of the last {of_weeks} weeks.": (
        "{wins} de senaste {months} månaderna ({before} de {months} månaderna före);"
        " en reflektion {weeks} av de senaste {of_weeks} veckorna."
    ),
    # -- Timeline: each row's title and detail line
    "{kind} with {names}": "{kind} med {names}",
    "Taught · {method} · {level}": "Lärt ut · {method} · {level}",
    "Milestone done · {goal}": "Delmål klart · {goal}",
    "Handover to {name} · {status}": "Överlämning till {name} · {status}",
    "Opportunity": "Möjlighet",
    "with {name}": "med {name}",
    "Goal written down · {direction} · {status}": "Mål nedskrivet · {direction} · {status}",
    "Skill written down": "Kunskap nedskriven",
    "documented": "dokumenterad",
    "Added to your network": "Tillagd i ditt nätverk",
    "Joined your team as {role}": "Med i ditt karriärteam som {role}",
    "{n} year ago": "för {n} år sedan",
    "{n} years ago": "för {n} år sedan",
    # -- Dates as typed: what works, and why a text is not a date
    "write it as YYYY-MM-DD (e.g. 2026-03-14), or today, tomorrow, +3d, -1w, +1m, friday, next friday": (
        "skriv det som ÅÅÅÅ-MM-DD (t.ex. 2026-03-14), eller idag, imorgon, +3d, -1v, +1m, fredag, nästa fredag"
    ),
    "'{text}' is not a date; {hint}.": "”{text}” är inget datum; {hint}.",
    "'{text}' is too far away; choose a day between the years 1 and 9999.": (
        "”{text}” ligger för långt bort; välj en dag mellan år 1 och 9999."
    ),
    "{day} is not a date: there is no month {month}.": "{day} är inget datum: det finns ingen månad {month}.",
    "{day} is not a date: {month} {year} has {length} days.": (
        "{day} är inget datum: {month} {year} har {length} dagar."
    ),
    "Choose a day between the years 1 and 9999.": "Välj en dag mellan år 1 och 9999.",
    "{day} is a {weekday}, not a {said}.": "{day} är en {weekday}, inte en {said}.",
    # -- Messages the app can show: start-up, files, backups, saving, what was typed
    "Try again": "Försök igen",
    "Restore the latest backup": "Återställ den senaste säkerhetskopian",
    "Start a new, empty journal": "Börja en ny, tom dagbok",
    "Quit": "Avsluta",
    "The backup could not be restored": "Säkerhetskopian gick inte att återställa",
    "The journal at {path} is an empty file (0 bytes).": "Dagboken {path} är en tom fil (0 byte).",
    "The latest good backup is from {when}.": "Den senaste hela säkerhetskopian är från {when}.",
    "There is no backup to restore.": "Det finns ingen säkerhetskopia att återställa.",
    "The journal at {path} is missing.": "Dagboken {path} saknas.",
    "The journal at {path} is empty (0 bytes).": "Dagboken {path} är tom (0 byte).",
    "If it lives on a drive that is not connected, connect it and try again. Nothing has been created in its place.": (
        "Om den ligger på en enhet som inte är ansluten, anslut den och försök igen. Inget har skapats i dess ställe."
    ),
    "Your journal is not there": "Din dagbok finns inte där",
    "Restoring a backup would replace it with an older copy; the newer journal would be kept beside it, renamed.": (
        "Att återställa en säkerhetskopia ersätter den med en äldre kopia; den nyare dagboken sparas bredvid,"
        " med nytt namn."
    ),
    "This journal needs a newer Career Journal": "Den här dagboken behöver en nyare Career Journal",
    "If you restore a backup, this file is kept beside it, renamed, so nothing is lost.": (
        "Om du återställer en säkerhetskopia sparas den här filen bredvid, med nytt namn, så inget går förlorat."
    ),
    "The journal cannot be opened": "Dagboken går inte att öppna",
    "The folder {folder} does not exist.": "Mappen {folder} finns inte.",
    "Give the name of a file to write to (the name given was empty).": (
        "Ange namnet på en fil att skriva till (namnet som angavs var tomt)."
    ),
    "{path} is part of your journal; choose another file name. Nothing was written.": (
        "{path} hör till din dagbok; välj ett annat filnamn. Inget skrevs."
    ),
    "{path} is your journal under another name; choose another file. Nothing was written.": (
        "{path} är din dagbok under ett annat namn; välj en annan fil. Inget skrevs."
    ),
    "{path} cannot be checked ({problem}). Nothing was written.": (
        "{path} går inte att kontrollera ({problem}). Inget skrevs."
    ),
    "{path} is a folder; give the name of a file to write. Nothing was written.": (
        "{path} är en mapp; ange namnet på en fil att skriva. Inget skrevs."
    ),
    "{path} is not an ordinary file (a device or a pipe); choose a file name. Nothing was written.": (
        "{path} är ingen vanlig fil (en enhet eller ett rör); välj ett filnamn. Inget skrevs."
    ),
    "{path} is an SQLite database (a journal or a backup); Career Journal never writes over one."
    " Choose another file name. Nothing was written.": (
        "{path} är en SQLite-databas (en dagbok eller en säkerhetskopia); Career Journal skriver aldrig över en"
        " sådan. Välj ett annat filnamn. Inget skrevs."
    ),
    "{path} could not be written: you are not allowed to write there.": (
        "{path} gick inte att skriva: du har inte behörighet att skriva där."
    ),
    "{path} could not be written ({problem}).": "{path} gick inte att skriva ({problem}).",
    "the backup": "säkerhetskopian",
    "daily": "daglig",
    "made by you": "gjord av dig",
    "before an upgrade": "före en uppgradering",
    "The backup could not be written to {path} ({problem}).": (
        "Säkerhetskopian gick inte att skriva till {path} ({problem})."
    ),
    "The backup at {path} did not pass its check ({problem}).": (
        "Säkerhetskopian {path} klarade inte kontrollen ({problem})."
    ),
    "The backup could not be restored to {path} ({problem}).": (
        "Säkerhetskopian gick inte att återställa till {path} ({problem})."
    ),
    "No free name to keep the journal {path} aside; nothing was restored.": (
        "Inget ledigt namn att spara undan dagboken {path} under; inget återställdes."
    ),
    "Nothing was attached": "Inget bifogades",
    "{name} was not copied": "{name} kopierades inte",
    "The journal's copy of {name} is damaged; it was not copied.": (
        "Dagbokens kopia av {name} är skadad; den kopierades inte."
    ),
    "'{name}' cannot be used as a file name.": "”{name}” går inte att använda som filnamn.",
    "it is a folder": "det är en mapp",
    "you are not allowed to read it": "du har inte behörighet att läsa den",
    "the file is empty": "filen är tom",
    "it is not an SQLite database, or its first page is damaged": (
        "det är ingen SQLite-databas, eller så är dess första sida skadad"
    ),
    "the file is cut short": "filen är avkortad",
    "it is an SQLite database that belongs to another program": (
        "det är en SQLite-databas som hör till ett annat program"
    ),
    "it is an encrypted SQLite database that belongs to another program": (
        "det är en krypterad SQLite-databas som hör till ett annat program"
    ),
    "{path} already exists; it was left untouched.": "{path} finns redan; den lämnades orörd.",
    "The journal could not be opened ({problem}).": "Dagboken gick inte att öppna ({problem}).",
    "The journal at {path} could not be opened ({problem}).": "Dagboken {path} gick inte att öppna ({problem}).",
    "The journal could not complete that ({problem}).": "Dagboken kunde inte göra klart det ({problem}).",
    "The journal file {path} was replaced or moved while it was open (by a restore?), so nothing was saved into"
    " the old one. Close Career Journal and open it again; what you typed is still here.": (
        "Dagboksfilen {path} byttes ut eller flyttades medan den var öppen (av en återställning?), så inget sparades"
        " i den gamla. Stäng Career Journal och öppna den igen; det du skrev finns kvar här."
    ),
    "That could not be saved ({problem}).": "Det gick inte att spara ({problem}).",
    "There is already a skill with that name.": "Det finns redan en kunskap med det namnet.",
    "That person already has that role on your team.": "Den personen har redan den rollen i ditt karriärteam.",
    "It refers to a record that does not exist.": "Den hänvisar till något som inte finns.",
    "A value is outside what the journal accepts.": "Ett värde ligger utanför vad dagboken tar emot.",
    "An interaction needs at least one person.": "Ett samtal behöver minst en person.",
    "An entry needs some text.": "En anteckning behöver lite text.",
    "A check-in cadence is a number of days above zero.": (
        "Ett intervall för avstämningar är ett antal dagar över noll."
    ),
    "There is no journal at {path}. If the drive holding it is not mounted, mount it and try again;"
    " to start a new journal there, use --new.": (
        "Det finns ingen dagbok på {path}. Om enheten den ligger på inte är monterad, montera den och försök igen;"
        " för att börja en ny dagbok där, använd --new."
    ),
    "{path} is not a Career Journal file ({reason}). It was left untouched.": (
        "{path} är ingen Career Journal-fil ({reason}). Den lämnades orörd."
    ),
    "The journal is damaged{extra}. It was left untouched; restore it from a backup with 'career-journal restore'.": (
        "Dagboken är skadad{extra}. Den lämnades orörd; återställ den från en säkerhetskopia med"
        " 'career-journal restore'."
    ),
    "The journal at {path} is damaged{extra}. It was left untouched;"
    " restore it from a backup with 'career-journal restore'.": (
        "Dagboken {path} är skadad{extra}. Den lämnades orörd; återställ den från en säkerhetskopia med"
        " 'career-journal restore'."
    ),
    "The journal at {path} was written by a newer version of Career Journal (it has changes this version does not"
    " know: {changes}). Update the app to open it; the file was left untouched.": (
        "Dagboken {path} skrevs av en nyare version av Career Journal (den har ändringar som den här versionen inte"
        " känner till: {changes}). Uppdatera appen för att öppna den; filen lämnades orörd."
    ),
    "The journal is busy: another program is writing to it. Nothing was lost; try again in a moment.": (
        "Dagboken är upptagen: ett annat program skriver till den. Inget gick förlorat; försök igen om en stund."
    ),
    "The disk is full, so {what} could not be saved. Everything saved before is safe;"
    " free some space and save again.": (
        "Disken är full, så {what} gick inte att spara. Allt som sparats tidigare är i säkerhet;"
        " frigör lite utrymme och spara igen."
    ),
    "the journal": "dagboken",
    "The journal is read-only here, so changes cannot be saved.": (
        "Dagboken är skrivskyddad här, så ändringar går inte att spara."
    ),
    "The journal at {path} is read-only here, so changes cannot be saved.": (
        "Dagboken {path} är skrivskyddad här, så ändringar går inte att spara."
    ),
    "The import was cancelled. Nothing was imported.": "Importen avbröts. Inget importerades.",
    "Stopped. {what}.": "Stoppat. {what}.",
    "Nothing was changed": "Inget ändrades",
    "The journal at {path} is encrypted and needs its passphrase (or, if it was never encrypted, its first page"
    " is damaged). It was left untouched.": (
        "Dagboken {path} är krypterad och behöver sin lösenfras (eller, om den aldrig krypterades, är dess första"
        " sida skadad). Den lämnades orörd."
    ),
    "The journal at {path} did not open: wrong passphrase, or the file is damaged. It was left untouched.": (
        "Dagboken {path} öppnades inte: fel lösenfras, eller så är filen skadad. Den lämnades orörd."
    ),
    "Answer at least one prompt before finishing the session.": "Svara på minst en fråga innan du avslutar stunden.",
    "'{text}' is not a time; write it as HH:MM, e.g. 09:30.": (
        "”{text}” är ingen tid; skriv den som TT:MM, t.ex. 09:30."
    ),
    "{what} needs a name or title.": "{what} behöver ett namn eller en rubrik.",
    "A milestone": "Ett delmål",
    "A goal": "Ett mål",
    "A skill": "En kunskap",
    "A handover": "En överlämning",
    "A person": "En person",
    "An opportunity": "En möjlighet",
    "'{tag}' is not a usable tag.": "”{tag}” går inte att använda som tagg.",
    "The tag '{tag}…' is longer than {limit} characters.": "Taggen ”{tag}…” är längre än {limit} tecken.",
    # -- The daily reminder on the desktop
    "{n} person to get back to": "{n} person att höra av dig till",
    "{n} people to get back to": "{n} personer att höra av dig till",
    "{n} adviser check-in due": "{n} avstämning med en rådgivare att göra",
    "{n} adviser check-ins due": "{n} avstämningar med rådgivare att göra",
    "{n} goal near its target": "{n} mål nära sitt måldatum",
    "{n} goals near their target": "{n} mål nära sina måldatum",
    "{some} and {last}": "{some} och {last}",
    "Career Journal: waiting on you today": "Career Journal: det här väntar på dig idag",
    "{waiting}. Click to open Today.": "{waiting}. Klicka för att öppna Idag.",
    # Attached files
    "{n} byte": "{n} byte",
    "{n} bytes": "{n} byte",
    "{n} file": "{n} fil",
    "{n} files": "{n} filer",
    "{name} is {size}; a file can be at most {most}. Nothing was attached.": (
        "{name} är {size}; en fil får vara högst {most}. Inget bifogades."
    ),
    "Wrong passphrase, or the file is damaged. Try again.": "Fel lösenfras, eller så är filen skadad. Försök igen.",
}

SWEDISH_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                  "november", "december")  # fmt: skip
