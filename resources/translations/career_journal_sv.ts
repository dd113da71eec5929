<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaptureCard</name>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>&amp;Win</source>
        <translation>&amp;Framgång</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lärdom</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Möte</translation>
    </message>
    <message>
        <source>Write it down</source>
        <translation>Skriv ner det</translation>
    </message>
    <message>
        <source>What happened? A win, a lesson, a meeting… Enter saves it; Shift+Enter starts a new line.</source>
        <translation>Vad hände? En framgång, en lärdom, ett möte… Enter sparar; Skift+Enter ger en ny rad.</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Snabbanteckning</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Typ av anteckning</translation>
    </message>
    <message>
        <source>Save it as a %1 (Alt+%2)</source>
        <translation>Spara som %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>Private entries are never exported unless you ask (Alt+P)</source>
        <translation>Privata anteckningar exporteras aldrig om du inte ber om det (Alt+P)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save it to your journal (Enter)</source>
        <translation>Spara i din dagbok (Enter)</translation>
    </message>
    <message>
        <source>Today&apos;s box</source>
        <translation>Rutan på Idag</translation>
    </message>
    <message>
        <source>Not yet safe: %1 Your text is still in the box.</source>
        <translation>Inte sparat än: %1 Din text finns kvar i rutan.</translation>
    </message>
    <message>
        <source>save the entry</source>
        <translation>spara anteckningen</translation>
    </message>
    <message>
        <source>, private</source>
        <translation>, privat</translation>
    </message>
    <message>
        <source>Saved to your journal (%1): %2</source>
        <translation>Sparad i din dagbok (%1): %2</translation>
    </message>
</context>
<context>
    <name>Criticality</name>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message>
        <source>today</source>
        <translation>idag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n dag sen</numerusform>
            <numerusform>%n dagar sen</numerusform>
        </translation>
    </message>
    <message>
        <source>today left</source>
        <translation>sista dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Target passed</source>
        <translation>Måldatum passerat</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s) done</source>
        <translation>
            <numerusform>%1 av %n delmål klart</numerusform>
            <numerusform>%1 av %n delmål klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>för %n år sedan</numerusform>
            <numerusform>för %n år sedan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Framgång</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lärdom</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
</context>
<context>
    <name>GoalDirection</name>
    <message>
        <source>Upward</source>
        <translation>Uppåt</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>Åt sidan</translation>
    </message>
    <message>
        <source>Deeper expertise</source>
        <translation>Djupare expertis</translation>
    </message>
    <message>
        <source>Exit plan</source>
        <translation>Exitplan</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lärande</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avbrutet</translation>
    </message>
</context>
<context>
    <name>HandoverStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In transition</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Överlämnad</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Fika</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>LearnerLevel</name>
    <message>
        <source>Aware</source>
        <translation>Känner till</translation>
    </message>
    <message>
        <source>With help</source>
        <translation>Med hjälp</translation>
    </message>
    <message>
        <source>On their own</source>
        <translation>På egen hand</translation>
    </message>
    <message>
        <source>Can teach others</source>
        <translation>Kan lära andra</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>This journal is open read-only (its folder or drive cannot be written). You can read, search and export; changes cannot be saved.</source>
        <translation>Dagboken är öppen skrivskyddad (det går inte att skriva i dess mapp eller enhet). Du kan läsa, söka och exportera, men ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Säkerhetskopierad till %1</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Det gick inte att göra säkerhetskopian: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
        <source>&amp;Export for your coach…</source>
        <translation>&amp;Exportera till coachen…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importera kontakter…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Unsaved &amp;drafts…</source>
        <translation>Osparade &amp;utkast…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>S&amp;ök i allt…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Career Journal</source>
        <translation>&amp;Om Career Journal</translation>
    </message>
    <message>
        <source>find the file</source>
        <translation>hitta filen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n waiting</source>
        <translation>
            <numerusform>%1 · %n väntar</numerusform>
            <numerusform>%1 · %n väntar</numerusform>
        </translation>
    </message>
    <message>
        <source>About Career Journal</source>
        <translation>Om Career Journal</translation>
    </message>
    <message>
        <source>A private, local journal of your career: goals and plan, what you taught, your network and your personal team.</source>
        <translation>En privat, lokal dagbok över din karriär: mål och plan, vad du har lärt ut, ditt nätverk och ditt karriärteam.</translation>
    </message>
    <message>
        <source>Your journal: %1</source>
        <translation>Din dagbok: %1</translation>
    </message>
    <message>
        <source>It never leaves this computer: no account, no network, no telemetry.</source>
        <translation>Den lämnar aldrig den här datorn: inget konto, inget nätverk, ingen telemetri.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Sök i allt</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>Spara anteckningen</translation>
    </message>
    <message>
        <source>Link an entry to people, goals, skills (what it is About)</source>
        <translation>Koppla en anteckning till personer, mål och kunskaper (vad den handlar om, About)</translation>
    </message>
    <message>
        <source>Lock an encrypted journal</source>
        <translation>Lås en krypterad dagbok</translation>
    </message>
    <message>
        <source>Export for your coach</source>
        <translation>Exportera till coachen</translation>
    </message>
    <message>
        <source>Undo the last delete (outside a text field)</source>
        <translation>Ångra det senast borttagna (utanför ett textfält)</translation>
    </message>
    <message>
        <source>Log teaching (Today, Teaching)</source>
        <translation>Logga upplärning (Idag, Lära ut)</translation>
    </message>
    <message>
        <source>Log a conversation (Today, Network)</source>
        <translation>Logga ett samtal (Idag, Nätverk)</translation>
    </message>
    <message>
        <source>Today&apos;s box: a note, win, lesson or meeting</source>
        <translation>Rutan på Idag: anteckning, framgång, lärdom eller möte</translation>
    </message>
    <message>
        <source>Today&apos;s box: private</source>
        <translation>Rutan på Idag: privat</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Gå till en sida</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Visa eller dölj förhandsvisningen</translation>
    </message>
    <message>
        <source>Check spelling while typing: on or off</source>
        <translation>Stavningskontroll medan du skriver: på eller av</translation>
    </message>
    <message>
        <source>Save a form; next prompt in a reflection</source>
        <translation>Spara ett formulär; nästa fråga i en reflektion</translation>
    </message>
    <message>
        <source>Delete the selected record (asks first)</source>
        <translation>Ta bort det markerade (frågar först)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>SQLite found damage in this journal (%1). It now takes no more changes, so nothing is written over the damage. File → Restore from backup… puts your latest good backup in its place; the damaged file is kept beside it.</source>
        <translation>SQLite hittade skador i dagboken (%1). Den tar inte emot fler ändringar, så inget skrivs över skadan. Arkiv → Återställ från säkerhetskopia… lägger din senaste hela säkerhetskopia i dess ställe; den skadade filen sparas bredvid.</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Dagboken är skadad</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) from an earlier session kept safe.</source>
        <translation>
            <numerusform>%n osparat utkast från en tidigare session finns i säkerhet.</numerusform>
            <numerusform>%n osparade utkast från en tidigare session finns i säkerhet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open them (%n)</source>
        <translation>
            <numerusform>Öppna det</numerusform>
            <numerusform>Öppna dem</numerusform>
        </translation>
    </message>
    <message>
        <source>tidy the journal file</source>
        <translation>städa dagboksfilen</translation>
    </message>
</context>
<context>
    <name>OpportunityStatus</name>
    <message>
        <source>Spotted</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Explored</source>
        <translation>Undersökt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Championing</source>
        <translation>Drivs</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Införd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avbruten</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Its text is wiped from the journal file at once. Edit → Undo (Ctrl+Z) puts it back while the app is open.</source>
        <translation>Texten raderas ur dagboksfilen direkt. Redigera → Ångra (Ctrl+Z) lägger tillbaka den så länge programmet är öppet.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n attached file(s) cannot be put back.</source>
        <translation>
            <numerusform>Dess %n bilaga går inte att få tillbaka.</numerusform>
            <numerusform>Dess %n bilagor går inte att få tillbaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>%1 %2?</source>
        <translation>%1 %2?</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>This journal is open read-only, so it cannot be changed here.</source>
        <translation>Dagboken är öppen skrivskyddad, så den går inte att ändra här.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Lära ut</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Karriärteam</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflektera</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatiskt (systemets språk)</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages, and of dates and numbers</source>
        <translation>Språket i menyer, sidor och meddelanden, och i datum och tal</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Career Journal.</source>
        <translation>Ett nytt språk gäller från nästa gång du startar Career Journal.</translation>
    </message>
    <message>
        <source>Remind me on the desktop, once a day</source>
        <translation>Påminn mig på skrivbordet, en gång om dagen</translation>
    </message>
    <message>
        <source>People to get back to, adviser check-ins and goals near their target, as a notification that names no one</source>
        <translation>Personer att höra av dig till, avstämningar med karriärteamet och mål nära sitt datum, i en avisering som inte nämner någon vid namn</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Tyst från</translation>
    </message>
    <message>
        <source>No reminder from this time…</source>
        <translation>Ingen påminnelse från den här tiden…</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Tyst till</translation>
    </message>
    <message>
        <source>…until this time</source>
        <translation>…till den här tiden</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Fortsätt i systemfältet när fönstret stängs</translation>
    </message>
    <message>
        <source>Closing the window leaves Career Journal in the tray, so reminders still come; Quit ends it</source>
        <translation>När du stänger fönstret ligger Career Journal kvar i systemfältet, så påminnelserna kommer ändå; Avsluta stänger programmet</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so Career Journal ends when its window closes</source>
        <translation>Ditt skrivbord visar inga ikoner i systemfältet, så Career Journal avslutas när fönstret stängs</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Entry</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kunskap</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Upplärning</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Överlämning</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Möjlighet</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rådgivare</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bilaga</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Internal customer</source>
        <translation>Intern kund</translation>
    </message>
    <message>
        <source>Strategic partner</source>
        <translation>Strategisk partner</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Could not %1</source>
        <translation>Det gick inte att %1</translation>
    </message>
</context>
<context>
    <name>TeachingMethod</name>
    <message>
        <source>Pairing</source>
        <translation>I par</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>Skuggning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Résumé writer</source>
        <translation>Cv-skribent</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Rekryterare</translation>
    </message>
    <message>
        <source>Profile / brand</source>
        <translation>Profil och varumärke</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Bollplank</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Nobody is waiting to hear from you.</source>
        <translation>Ingen väntar på att höra från dig.</translation>
    </message>
    <message>
        <source>People to get back to</source>
        <translation>Höra av dig till</translation>
    </message>
    <message>
        <source>No goal is within 30 days of its target.</source>
        <translation>Inget mål har mindre än 30 dagar kvar till måldatum.</translation>
    </message>
    <message>
        <source>Goals near their target</source>
        <translation>Mål nära måldatum</translation>
    </message>
    <message>
        <source>Nothing written on this day in earlier years.</source>
        <translation>Inget skrivet den här dagen tidigare år.</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Den här dagen</translation>
    </message>
    <message>
        <source>Log teaching…</source>
        <translation>Logga upplärning…</translation>
    </message>
    <message>
        <source>Who learned what from you (Ctrl+T)</source>
        <translation>Vem lärde sig vad av dig (Ctrl+T)</translation>
    </message>
    <message>
        <source>Log a conversation…</source>
        <translation>Logga ett samtal…</translation>
    </message>
    <message>
        <source>A coffee or a meeting, and the opportunity found (Ctrl+Shift+L)</source>
        <translation>En fika eller ett möte, och möjligheten du hittade (Ctrl+Skift+L)</translation>
    </message>
    <message>
        <source>Coach packet…</source>
        <translation>Coachunderlag…</translation>
    </message>
    <message>
        <source>Export for your coach (Ctrl+E)</source>
        <translation>Exportera till coachen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Find anything again (Ctrl+K)</source>
        <translation>Hitta vad som helst igen (Ctrl+K)</translation>
    </message>
    <message>
        <source>No check-in is overdue.</source>
        <translation>Ingen avstämning är försenad.</translation>
    </message>
    <message>
        <source>Your personal team</source>
        <translation>Ditt karriärteam</translation>
    </message>
    <message>
        <source>Add to your team…</source>
        <translation>Lägg till i teamet…</translation>
    </message>
    <message>
        <source>Someone else can do every part of your job on their own.</source>
        <translation>Någon annan klarar varje del av ditt jobb på egen hand.</translation>
    </message>
    <message>
        <source>Only you can do this</source>
        <translation>Bara du kan det här</translation>
    </message>
    <message>
        <source>Add a skill…</source>
        <translation>Lägg till en kunskap…</translation>
    </message>
    <message>
        <source>Since your last reflection</source>
        <translation>Sedan senaste reflektionen</translation>
    </message>
    <message>
        <source>Start the weekly review</source>
        <translation>Starta veckogenomgången</translation>
    </message>
    <message>
        <source>or choose another prompt set…</source>
        <translation>eller välj ett annat frågeset…</translation>
    </message>
    <message>
        <source>Every prompt set, and your own</source>
        <translation>Alla frågeset, också dina egna</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Idag</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) ask for your attention.</source>
        <translation>
            <numerusform>%n sak behöver din uppmärksamhet.</numerusform>
            <numerusform>%n saker behöver din uppmärksamhet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting on you. A good day to write something down.</source>
        <translation>Inget väntar på dig. En bra dag att skriva ner något.</translation>
    </message>
    <message>
        <source>Nobody is on your personal team yet.</source>
        <translation>Ingen finns i ditt karriärteam än.</translation>
    </message>
    <message>
        <source>Last check-in %1</source>
        <translation>Senaste avstämning %1</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Inte träffats än</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Önskemål: %1</translation>
    </message>
    <message>
        <source>Your personal team (%1 overdue)</source>
        <translation>Ditt karriärteam (%1 försenade)</translation>
    </message>
    <message>
        <source>A coach, a mentor, a sponsor, a peer who keeps you honest: start with one.</source>
        <translation>En coach, en mentor, en sponsor, ett bollplank som håller dig ärlig: börja med en.</translation>
    </message>
    <message>
        <source>Empty roles: %1.</source>
        <translation>Vakanta roller: %1.</translation>
    </message>
    <message>
        <source>Every role on your team is filled.</source>
        <translation>Alla roller i teamet är tillsatta.</translation>
    </message>
    <message>
        <source>Add a %1…</source>
        <translation>Lägg till: %1…</translation>
    </message>
    <message>
        <source>You have not listed what you do yet: the skills and duties the team relies on you for.</source>
        <translation>Du har inte skrivit upp vad du gör än: de kunskaper och det ansvar teamet förlitar sig på dig för.</translation>
    </message>
    <message>
        <source>Only you can do this (%1)</source>
        <translation>Bara du kan det här (%1)</translation>
    </message>
    <message>
        <source>You have not written a reflection yet. Ten quiet minutes is enough.</source>
        <translation>Du har inte skrivit någon reflektion än. Tio lugna minuter räcker.</translation>
    </message>
    <message>
        <source>A weekly review keeps the story of your work while you still remember it.</source>
        <translation>En veckogenomgång fångar berättelsen om ditt arbete medan du fortfarande minns den.</translation>
    </message>
    <message>
        <source>You are in the habit. Good.</source>
        <translation>Du har fått in vanan. Bra.</translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation>Fortsätt: %1</translation>
    </message>
    <message>
        <source>Carry on with your unfinished “%1” where you left off</source>
        <translation>Fortsätt med din oavslutade ”%1” där du slutade</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Starta: %1</translation>
    </message>
    <message>
        <source>Start “%1” now; Choose another… lists every prompt set</source>
        <translation>Starta ”%1” nu; ”eller välj ett annat” listar alla frågeset</translation>
    </message>
    <message>
        <source>log teaching</source>
        <translation>logga upplärningen</translation>
    </message>
    <message>
        <source>log a conversation</source>
        <translation>logga samtalet</translation>
    </message>
    <message>
        <source>Saved: %1 with %2.</source>
        <translation>Sparat: %1 med %2.</translation>
    </message>
    <message>
        <source>add a skill</source>
        <translation>lägga till en kunskap</translation>
    </message>
    <message>
        <source>add to your team</source>
        <translation>lägga till i teamet</translation>
    </message>
</context>
</TS>
