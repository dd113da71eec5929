<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AdviserBlock</name>
    <message>
        <source>last %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>inte träffats än</translation>
    </message>
    <message>
        <source>No open asks</source>
        <translation>Inga öppna önskemål</translation>
    </message>
    <message>
        <source>Open asks: %1</source>
        <translation>Öppna önskemål: %1</translation>
    </message>
    <message>
        <source>Log check-in…</source>
        <translation>Logga avstämning…</translation>
    </message>
    <message>
        <source>Log a conversation with %1: that is a check-in</source>
        <translation>Logga ett samtal med %1: det är en avstämning</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>Edit %1&apos;s place on your team (or double-click)</source>
        <translation>Redigera %1s plats i teamet (eller dubbelklicka)</translation>
    </message>
    <message>
        <source>Remove %1 from your team (asks first)</source>
        <translation>Ta bort %1 ur teamet (frågar först)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Förbered</translation>
    </message>
    <message>
        <source>Prepare a check-in with %1: what changed since the last one</source>
        <translation>Förbered en avstämning med %1: vad som hänt sedan förra</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Prepare a check-in with %1</source>
        <translation>Förbered en avstämning med %1</translation>
    </message>
    <message>
        <source>What changed since your last check-in</source>
        <translation>Vad som hänt sedan er senaste avstämning</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Building the agenda…</source>
        <translation>Agendan tas fram…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiera till urklipp</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Utelämnat: %1.</translation>
    </message>
    <message>
        <source>The agenda could not be built: %1</source>
        <translation>Agendan kunde inte tas fram: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Kopierad till urklipp.</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Spara agendan</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Could not save the agenda</source>
        <translation>Agendan kunde inte sparas</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparad i %1</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>Lås: %1</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time…</source>
        <translation>Lås efter &amp;inaktiv tid…</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>%1
%2%3. Double-click opens it.</source>
        <translation>%1
%2%3. Dubbelklicka för att öppna.</translation>
    </message>
</context>
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
    <name>ChipRow</name>
    <message>
        <source>Click to untick</source>
        <translation>Klicka för att avmarkera</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Avmarkera %1</translation>
    </message>
</context>
<context>
    <name>ChooserView</name>
    <message>
        <source>Write your own set of questions (Ctrl+Shift+N)</source>
        <translation>Skriv ett eget frågeset (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>New prompt set…</source>
        <translation>Nytt frågeset…</translation>
    </message>
    <message>
        <source>Ten quiet minutes, one question at a time. Your answers are kept as you type and become one entry in your journal, linked to the people, goals and skills you pick.</source>
        <translation>Tio lugna minuter, en fråga i taget. Dina svar sparas medan du skriver och blir en anteckning i din dagbok, kopplad till de personer, mål och kunskaper du väljer.</translation>
    </message>
    <message>
        <source>Carry on where you left off (Ctrl+R)</source>
        <translation>Fortsätt där du slutade (Ctrl+R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Throw the unfinished answers away (asks first)</source>
        <translation>Släng de oavslutade svaren (frågar först)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>Frågeset</translation>
    </message>
    <message>
        <source>Start this session (Enter)</source>
        <translation>Starta den här stunden (Enter)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Change its questions (F2)</source>
        <translation>Ändra frågorna (F2)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Put back the set as shipped (Delete)</source>
        <translation>Återställ setet som det levererades (Delete)</translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>Återställ originalet</translation>
    </message>
    <message>
        <source>Delete this prompt set (Delete)</source>
        <translation>Ta bort det här frågesetet (Delete)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>What you will be asked</source>
        <translation>Det här får du frågor om</translation>
    </message>
    <message>
        <source>You have an unfinished %1 from %2 — prompt %3 of %4, %5 answered.</source>
        <translation>Du har en oavslutad %1 från %2 — fråga %3 av %4, %5 besvarade.</translation>
    </message>
    <message>
        <source>Some of your prompt sets could not be read; fix or remove the file in %1:
</source>
        <translation>Några av dina frågeset gick inte att läsa; rätta eller ta bort filen i %1:
</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Medföljer</translation>
    </message>
    <message>
        <source>Yours (edited)</source>
        <translation>Ditt (redigerat)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ditt</translation>
    </message>
    <message>
        <source>No prompt set chosen</source>
        <translation>Inget frågeset valt</translation>
    </message>
    <message>
        <source>No prompt sets yet</source>
        <translation>Inga frågeset än</translation>
    </message>
    <message>
        <source>Pick a set on the left, or write your own with New prompt set…</source>
        <translation>Välj ett set till vänster, eller skriv ett eget med Nytt frågeset…</translation>
    </message>
    <message>
        <source>No prompt sets were found. Write your own with New prompt set…</source>
        <translation>Inga frågeset hittades. Skriv ett eget med Nytt frågeset…</translation>
    </message>
    <message>
        <source>ships with the app</source>
        <translation>medföljer programmet</translation>
    </message>
    <message>
        <source>your edited copy</source>
        <translation>din redigerade kopia</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ditt</translation>
    </message>
    <message>
        <source> · starts private</source>
        <translation> · privat från början</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Trying to achieve</source>
        <translation>Vill uppnå</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Also there</source>
        <translation>Också med</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Följ upp</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Möjlighet</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Value to the business</source>
        <translation>Värde för verksamheten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>Frågeset</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Skill or responsibility</source>
        <translation>Kunskap eller ansvarsområde</translation>
    </message>
    <message>
        <source>How critical</source>
        <translation>Hur kritisk</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>Best learner</source>
        <translation>Längst kommen</translation>
    </message>
    <message>
        <source>Who has learned it</source>
        <translation>Vem har lärt sig</translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Nedskriven</translation>
    </message>
    <message>
        <source>Taught to</source>
        <translation>Lärt ut till</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>How far they got</source>
        <translation>Hur långt hen kom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Duty or account</source>
        <translation>Ansvar eller kund</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Överlämnad till</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kunskap</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Hjälper till med</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Senaste avstämning</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nästa gång</translation>
    </message>
    <message>
        <source>Open asks</source>
        <translation>Öppna önskemål</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
</context>
<context>
    <name>ConversationLog</name>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit the selected conversation (Enter)</source>
        <translation>Redigera det markerade samtalet (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected conversation (Delete)</source>
        <translation>Ta bort det markerade samtalet (Delete)</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Samtalet</translation>
    </message>
    <message>
        <source>Your conversations with %1, newest first.</source>
        <translation>Dina samtal med %1, senaste först.</translation>
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
    <name>DateField</name>
    <message>
        <source>e.g. today, 2026-12-11, next friday</source>
        <translation>t.ex. idag, 2026-12-11, nästa fredag</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>Type a date: %1</source>
        <translation>Skriv ett datum: %1</translation>
    </message>
    <message>
        <source>Pick the day on a calendar (Alt+Down)</source>
        <translation>Välj dag i en kalender (Alt+Nedåt)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Choose a date: a required field cannot be empty.</source>
        <translation>Välj ett datum: fältet får inte vara tomt.</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <source>Could not put back %1</source>
        <translation>Det gick inte att lägga tillbaka %1</translation>
    </message>
    <message>
        <source>, without its %1</source>
        <translation>, utan %1</translation>
    </message>
    <message>
        <source>Put back %1%2.</source>
        <translation>Lade tillbaka %1%2.</translation>
    </message>
    <message>
        <source>Could not %1 %2</source>
        <translation>Det gick inte att %1 %2</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>Saved to your journal</source>
        <translation>Sparat i din dagbok</translation>
    </message>
    <message>
        <source>Read or edit the entry</source>
        <translation>Läs eller redigera anteckningen</translation>
    </message>
    <message>
        <source>Open it in the Journal</source>
        <translation>Öppna den i Dagbok</translation>
    </message>
    <message>
        <source>Choose another session</source>
        <translation>Välj en annan stund</translation>
    </message>
    <message>
        <source>Back to prompt sets</source>
        <translation>Tillbaka till frågeseten</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved drafts</source>
        <translation>Osparade utkast</translation>
    </message>
    <message>
        <source>These were typed but not saved when Career Journal last closed. Open one to carry on.</source>
        <translation>De här skrevs men sparades inte när Career Journal stängdes senast. Öppna ett för att fortsätta.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>discard the draft</source>
        <translation>slänga utkastet</translation>
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
    <name>EarlierWeeks</name>
    <message>
        <source>This week in earlier years</source>
        <translation>Den här veckan tidigare år</translation>
    </message>
    <message>
        <source>Entries from this week in earlier years</source>
        <translation>Anteckningar från den här veckan tidigare år</translation>
    </message>
    <message>
        <source> · private</source>
        <translation> · privat</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional: the first line is used)</source>
        <translation>Rubrik (frivillig: annars används första raden)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Typ av anteckning</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Private entries are never exported unless you ask</source>
        <translation>Privata anteckningar exporteras aldrig om du inte ber om det</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Stjärnmärkt</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Koppla…</translation>
    </message>
    <message>
        <source>Link people, goals and skills (Ctrl+Shift+A)</source>
        <translation>Koppla personer, mål och kunskaper (Ctrl+Skift+A)</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists, ## headings</source>
        <translation>Skriv i Markdown: **fet**, *kursiv*, - listor, ## rubriker</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Släng osparade ändringar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were put back. Save them, or discard them.</source>
        <translation>Osparade ändringar från %1 lades tillbaka. Spara dem eller släng dem.</translation>
    </message>
    <message>
        <source>save the entry</source>
        <translation>spara anteckningen</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Save your changes to “%1” first?</source>
        <translation>Spara dina ändringar i ”%1” först?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>discard the draft</source>
        <translation>slänga utkastet</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Anteckning utan rubrik</translation>
    </message>
    <message>
        <source>Not yet safe: %1</source>
        <translation>Inte sparat än: %1</translation>
    </message>
    <message>
        <source>Unsaved changes (kept safe as a draft)</source>
        <translation>Osparade ändringar (i säkerhet som utkast)</translation>
    </message>
    <message>
        <source>Not linked to anyone or anything yet.</source>
        <translation>Inte kopplad till någon eller något än.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Handlar om: %1</translation>
    </message>
    <message>
        <source>New entry: it is kept as a draft while you type</source>
        <translation>Ny anteckning: den sparas som utkast medan du skriver</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
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
    <name>EvidenceStrip</name>
    <message>
        <source>Evidence files</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop; nothing is changed</source>
        <translation>Avbryt; inget ändras</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open the file in its usual program (a private copy, removed when you quit)</source>
        <translation>Öppna filen i sitt vanliga program (en privat kopia som tas bort när du avslutar)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Save a copy of the file somewhere else</source>
        <translation>Spara en kopia av filen någon annanstans</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the file from the journal (asks first)</source>
        <translation>Ta bort filen ur dagboken (frågar först)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Bifoga fil…</translation>
    </message>
    <message>
        <source>Keep a copy of a file with this record; or drop files here</source>
        <translation>Spara en kopia av en fil här; eller släpp filer här</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>No files yet. Drop a file here, or Attach file… (a review, a screenshot, slides; up to 50 MB).</source>
        <translation>Inga bilagor än. Släpp en fil här, eller Bifoga fil… (en utvärdering, en skärmbild, bilder; upp till 50 MB).</translation>
    </message>
    <message>
        <source>read the attached files</source>
        <translation>läsa bilagorna</translation>
    </message>
    <message>
        <source>Save it first; then you can attach files.</source>
        <translation>Spara först; sedan kan du bifoga filer.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Det gick inte att öppna %1</translation>
    </message>
    <message>
        <source>No program here opens this kind of file; Save as… works.</source>
        <translation>Inget program här öppnar den här filtypen; Spara som… fungerar.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 to %2</source>
        <translation>Sparade en kopia av %1 i %2</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the journal? This cannot be undone.</source>
        <translation>Ta bort ”%1” (%2) ur dagboken? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>Ta bort filen?</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Oväntat problem: %1</translation>
    </message>
    <message>
        <source>Could not %1</source>
        <translation>Det gick inte att %1</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Goals and progress</source>
        <translation>Mål och framsteg</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Teaching and handovers</source>
        <translation>Upplärning och överlämningar</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Nätverkande</translation>
    </message>
    <message>
        <source>Personal team</source>
        <translation>Karriärteam</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Senaste %1 dagarna</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Export for your coach</source>
        <translation>Exportera till coachen</translation>
    </message>
    <message>
        <source>A Markdown file of the dates and sections you choose, to hand over.</source>
        <translation>En Markdown-fil med de datum och delar du väljer, att lämna över.</translation>
    </message>
    <message>
        <source>Promotion packet</source>
        <translation>Befordringsunderlag</translation>
    </message>
    <message>
        <source>Your wins as STAR stories, with the teaching, handovers and opportunities behind them.</source>
        <translation>Dina framgångar som STAR-berättelser, med upplärningen, överlämningarna och möjligheterna bakom dem.</translation>
    </message>
    <message>
        <source>Handover packet</source>
        <translation>Överlämningsunderlag</translation>
    </message>
    <message>
        <source>Each part of your job as it stands today: who else can do it, and what to teach next.</source>
        <translation>Varje del av ditt jobb som det ser ut i dag: vem mer som klarar den, och vad du lär ut härnäst.</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Vem den är till</translation>
    </message>
    <message>
        <source>&amp;For my coach</source>
        <translation>&amp;Till min coach</translation>
    </message>
    <message>
        <source>E&amp;verything, for me</source>
        <translation>A&amp;llt, till mig</translation>
    </message>
    <message>
        <source>Promotion packet: w&amp;ins as STAR stories</source>
        <translation>Befordringsunderlag: fr&amp;amgångar (STAR)</translation>
    </message>
    <message>
        <source>&amp;Handover packet: is my job covered?</source>
        <translation>Överlämningsunderlag: är mitt jobb täckt? (&amp;H)</translation>
    </message>
    <message>
        <source>Leaves out your private notes on people and advisers.</source>
        <translation>Utelämnar dina privata anteckningar om personer och rådgivare.</translation>
    </message>
    <message>
        <source>Your own copy, with your notes on people and advisers.</source>
        <translation>Din egen kopia, med dina anteckningar om personer och rådgivare.</translation>
    </message>
    <message>
        <source>Wins, teaching, handovers and opportunities championed, grouped by goal.</source>
        <translation>Framgångar, upplärning, överlämningar och möjligheter du drivit, ordnade efter mål.</translation>
    </message>
    <message>
        <source>For your manager: who else can do each part of your job, and what to teach next.</source>
        <translation>Till din chef: vem mer som klarar varje del av ditt jobb, och vad du lär ut härnäst.</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>Det jag vill prata om</translation>
    </message>
    <message>
        <source>A few lines for your coach, at the end of the packet&apos;s summary (Markdown)</source>
        <translation>Några rader till din coach, sist i sammanfattningen (Markdown)</translation>
    </message>
    <message>
        <source>The questions you want your coach&apos;s help with</source>
        <translation>Frågorna du vill ha din coachs hjälp med</translation>
    </message>
    <message>
        <source>Add the charts (pictures in a folder &amp;beside it)</source>
        <translation>Ta med diagrammen (bilder i en mapp &amp;bredvid)</translation>
    </message>
    <message>
        <source>Add the charts</source>
        <translation>Ta med diagrammen</translation>
    </message>
    <message>
        <source>The five Insights charts as PNG files next to the Markdown file, linked from its summary</source>
        <translation>De fem diagrammen från Insikter som PNG-filer bredvid Markdown-filen, länkade från sammanfattningen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;ån:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Delar</translation>
    </message>
    <message>
        <source>Everyone in my net&amp;work</source>
        <translation>Alla i mitt nät&amp;verk</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Include &amp;private entries and goals</source>
        <translation>Ta med &amp;privata anteckningar och mål</translation>
    </message>
    <message>
        <source>Include contact &amp;details (email, phone)</source>
        <translation>Ta med &amp;kontaktuppgifter (e-post, telefon)</translation>
    </message>
    <message>
        <source>%1 stay out of the file unless you tick this</source>
        <translation>%1 hålls utanför filen om du inte kryssar i det här</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Copy &amp;attached files into a folder beside it</source>
        <translation>Kopiera &amp;bilagor till en mapp bredvid</translation>
    </message>
    <message>
        <source>What will be left out</source>
        <translation>Det här utelämnas</translation>
    </message>
    <message>
        <source>%1 days before To</source>
        <translation>%1 dagar före Till</translation>
    </message>
    <message>
        <source>The beginning</source>
        <translation>Från början</translation>
    </message>
    <message>
        <source>From (%1) is after To (%2): pick an earlier From.</source>
        <translation>Från (%1) ligger efter Till (%2): välj ett tidigare Från.</translation>
    </message>
    <message>
        <source>Tick at least one section to export.</source>
        <translation>Kryssa i minst ett avsnitt att exportera.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for your coach</source>
        <translation>Exportera till coachen</translation>
    </message>
    <message>
        <source>Your journal is encrypted, but an export is plain text: anyone who gets the file can read it.</source>
        <translation>Din dagbok är krypterad, men en export är vanlig text: alla som får filen kan läsa den.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Förhandsvisning av filen</translation>
    </message>
    <message>
        <source>Show &amp;Markdown</source>
        <translation>Visa &amp;Markdown</translation>
    </message>
    <message>
        <source>Switch between the rendered preview and the Markdown text (Alt+M)</source>
        <translation>Växla mellan förhandsvisningen och Markdown-texten (Alt+M)</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-text</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop building the preview or writing the file</source>
        <translation>Sluta bygga förhandsvisningen eller skriva filen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiera till urklipp</translation>
    </message>
    <message>
        <source>Copy the Markdown text to paste it elsewhere (Ctrl+Shift+C)</source>
        <translation>Kopiera Markdown-texten för att klistra in den någon annanstans (Ctrl+Skift+C)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>Save the Markdown file (Ctrl+S)</source>
        <translation>Spara Markdown-filen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>The preview was stopped. Change a choice, or Save As, to build it again.</source>
        <translation>Förhandsvisningen stoppades. Ändra ett val, eller Spara som, för att bygga den igen.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Förhandsvisningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Utelämnat: %1.</translation>
    </message>
    <message>
        <source>About %1 words</source>
        <translation>Ungefär %1 ord</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is %1 characters long; to stay quick the preview shows the first %2. Save As and Copy take all of it.</source>
        <translation>Filen är %1 tecken lång; för att gå snabbt visar förhandsvisningen de första %2. Spara som och Kopiera tar med allt.</translation>
    </message>
    <message>
        <source>The journal is empty so far, so the file holds only the section headings.</source>
        <translation>Dagboken är tom än så länge, så filen innehåller bara rubrikerna.</translation>
    </message>
    <message>
        <source>Show &amp;rendered</source>
        <translation>Visa &amp;formaterat</translation>
    </message>
    <message>
        <source>%1: %2 of %3 entries…</source>
        <translation>%1: %2 av %3 anteckningar…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparad i %1</translation>
    </message>
    <message>
        <source> (its files are in %1)</source>
        <translation> (bilagorna finns i %1)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterad till %1</translation>
    </message>
    <message>
        <source>Not saved: you cancelled, and no file was written.</source>
        <translation>Inte sparad: du avbröt, och ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Could not save the export</source>
        <translation>Det gick inte att spara exporten</translation>
    </message>
    <message>
        <source>Not saved: the file was not written. Pick another folder and try again.</source>
        <translation>Inte sparad: filen skrevs inte. Välj en annan mapp och försök igen.</translation>
    </message>
    <message>
        <source>Copied to the clipboard (%1 words).</source>
        <translation>Kopierat till urklipp (%1 ord).</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Varför det är viktigt</translation>
    </message>
    <message>
        <source>Not written yet. Edit the goal to say why it matters to you.</source>
        <translation>Inte skrivet än. Redigera målet och skriv varför det är viktigt för dig.</translation>
    </message>
    <message>
        <source>Linked entries</source>
        <translation>Kopplade anteckningar</translation>
    </message>
    <message>
        <source>None yet. In the Journal, Link… (Ctrl+Shift+A) ties an entry to this goal as evidence.</source>
        <translation>Inga än. I Dagbok kopplar Koppla… (Ctrl+Skift+A) en anteckning till målet som belägg.</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>How the plan changed</source>
        <translation>Hur planen har ändrats</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Planens historik</translation>
    </message>
    <message>
        <source>When you move the target date or change the status, the change is kept here.</source>
        <translation>När du flyttar måldatumet eller ändrar status sparas ändringen här.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Tick a milestone when it is done. F2 or a double-click renames it; Delete removes it.</source>
        <translation>Bocka för ett delmål när det är klart. F2 eller dubbelklick byter namn; Delete tar bort det.</translation>
    </message>
    <message>
        <source>No milestones yet. Small, concrete steps make progress visible.</source>
        <translation>Inga delmål än. Små, konkreta steg gör framstegen synliga.</translation>
    </message>
    <message>
        <source>Add a milestone…</source>
        <translation>Lägg till ett delmål…</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nytt delmål</translation>
    </message>
    <message>
        <source>Type the next step and press Enter</source>
        <translation>Skriv nästa steg och tryck Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add the milestone (Enter)</source>
        <translation>Lägg till delmålet (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected milestone (Delete); asks first</source>
        <translation>Ta bort det markerade delmålet (Delete); frågar först</translation>
    </message>
    <message>
        <source>Here: %1. New goal adds one in this direction.</source>
        <translation>Här: %1. Nytt mål lägger till ett i den här riktningen.</translation>
    </message>
    <message>
        <source>no target date</source>
        <translation>inget måldatum</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>måldatum %1</translation>
    </message>
    <message>
        <source>%1 of %2 milestones done</source>
        <translation>%1 av %2 delmål klara</translation>
    </message>
    <message>
        <source>%1: open in Journal</source>
        <translation>%1: öppna i Dagbok</translation>
    </message>
    <message>
        <source>Linked entries (%1)</source>
        <translation>Kopplade anteckningar (%1)</translation>
    </message>
    <message>
        <source>The latest %1 of %2; the Journal has them all.</source>
        <translation>De senaste %1 av %2; Dagbok har alla.</translation>
    </message>
    <message>
        <source>%1 written down</source>
        <translation>%1 nedskrivet</translation>
    </message>
    <message>
        <source>the milestone “%1”</source>
        <translation>delmålet ”%1”</translation>
    </message>
    <message>
        <source>read the goal</source>
        <translation>läsa målet</translation>
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
    <message>
        <source>A bigger role where you are: a promotion, more scope, leading more.</source>
        <translation>En större roll där du är: en befordran, mer ansvar, leda fler.</translation>
    </message>
    <message>
        <source>A different role at about the same level: a new team, a new field, new people.</source>
        <translation>En annan roll på ungefär samma nivå: ett nytt team, ett nytt område, nya människor.</translation>
    </message>
    <message>
        <source>Becoming the expert: more depth in your craft rather than a bigger title.</source>
        <translation>Att bli experten: mer djup i ditt hantverk i stället för en större titel.</translation>
    </message>
    <message>
        <source>A way out of the company. Keeping a plan B is a healthy, positive plan.</source>
        <translation>En väg ut ur företaget. Att ha en plan B är en sund, positiv plan.</translation>
    </message>
    <message>
        <source>Learning for its own sake. It counts even when it is not useful yet.</source>
        <translation>Lärande för sin egen skull. Det räknas även när det inte är till nytta än.</translation>
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
    <name>GoalTreeModel</name>
    <message>
        <source>No target date</source>
        <translation>Inget måldatum</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Klara delmål</translation>
    </message>
    <message>
        <source>No milestones yet</source>
        <translation>Inga delmål än</translation>
    </message>
</context>
<context>
    <name>GoalWords</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Your career plan, written down: where you are heading, the milestones on the way, how the plan changed.</source>
        <translation>Din karriärplan, nedskriven: vart du är på väg, delmålen längs vägen, hur planen har ändrats.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected goal (Delete); asks first</source>
        <translation>Ta bort det markerade målet (Delete); frågar först</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit the selected goal (Enter or double-click)</source>
        <translation>Redigera det markerade målet (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>New goal (Ctrl+Shift+N)</source>
        <translation>Nytt mål (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Show achieved and dropped</source>
        <translation>Visa uppnådda och avbrutna</translation>
    </message>
    <message>
        <source>Achieved and dropped goals stay in your plan&apos;s history, shown dimmed</source>
        <translation>Uppnådda och avbrutna mål finns kvar i planens historik, nedtonade</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Inga mål än</translation>
    </message>
    <message>
        <source>Add the first with New goal; you can change everything later.</source>
        <translation>Lägg till det första med Nytt mål; du kan ändra allt senare.</translation>
    </message>
    <message>
        <source>open the goal</source>
        <translation>öppna målet</translation>
    </message>
    <message>
        <source>Goal saved: %1</source>
        <translation>Målet är sparat: %1</translation>
    </message>
    <message>
        <source> and its %1</source>
        <translation> och dess %1</translation>
    </message>
    <message>
        <source>the goal “%1”%2 (linked entries stay in your journal)</source>
        <translation>målet ”%1”%2 (kopplade anteckningar finns kvar i dagboken)</translation>
    </message>
    <message>
        <source>the goal “%1”</source>
        <translation>målet ”%1”</translation>
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
    <name>ImportContactsDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <source>Bring in people from LinkedIn (Connections.csv, from “Get a copy of your data” in LinkedIn&apos;s settings) or from an address book (a .vcf file). You see what will happen before anything is written. E-mail addresses and phone numbers stay private: exports leave them out unless you ask.</source>
        <translation>Hämta in personer från LinkedIn (Connections.csv, från ”Hämta en kopia av dina data” i LinkedIns inställningar) eller från en adressbok (en .vcf-fil). Du ser vad som kommer att hända innan något skrivs. E-postadresser och telefonnummer förblir privata: exporter utelämnar dem om du inte ber om dem.</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Vald fil</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Choose a Connections.csv or a .vcf file</source>
        <translation>Välj en Connections.csv eller en .vcf-fil</translation>
    </message>
    <message>
        <source>Choose a file to see who is in it.</source>
        <translation>Välj en fil för att se vilka som finns i den.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Chosen row</source>
        <translation>Vald rad</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>This journal is open read-only, so nothing can be imported.</source>
        <translation>Dagboken är öppen bara för läsning, så inget kan importeras.</translation>
    </message>
    <message>
        <source>Nothing to import: the journal already has everyone here.</source>
        <translation>Inget att importera: alla här finns redan i dagboken.</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Den här filen går inte att importera.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nya personer</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Ihopslagna</translation>
    </message>
    <message>
        <source>Will merge with people in your journal</source>
        <translation>Slås ihop med personer i din dagbok</translation>
    </message>
    <message>
        <source>Already in your journal, nothing to add</source>
        <translation>Finns redan i din dagbok, inget att lägga till</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Stoppar importen…</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>What your journal says over time. Click a bar or a point to see the records behind it.</source>
        <translation>Vad din dagbok säger över tid. Klicka på en stapel eller en punkt för att se vad som ligger bakom.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Behind the chart</source>
        <translation>Bakom diagrammet</translation>
    </message>
    <message>
        <source>Click a bar or a point to list the records behind it.</source>
        <translation>Klicka på en stapel eller en punkt för att se vad som ligger bakom.</translation>
    </message>
    <message>
        <source>No records behind this one.</source>
        <translation>Inget ligger bakom den här.</translation>
    </message>
    <message>
        <source>Records behind the chart</source>
        <translation>Det som ligger bakom diagrammet</translation>
    </message>
    <message>
        <source>Reading your journal…</source>
        <translation>Läser din dagbok…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n years</source>
        <translation>
            <numerusform>Senaste %n året</numerusform>
            <numerusform>Senaste %n åren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n months</source>
        <translation>
            <numerusform>Senaste %n månaden</numerusform>
            <numerusform>Senaste %n månaderna</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the journal: %1</source>
        <translation>Det gick inte att läsa dagboken: %1</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…och %1 till.</translation>
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
    <name>JournalPage</name>
    <message>
        <source>New entry</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Ny anteckning (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Ta bort den markerade anteckningen</translation>
    </message>
    <message>
        <source>From: any day</source>
        <translation>Från: vilken dag som helst</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>To: any day</source>
        <translation>Till: vilken dag som helst</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Shareable only</source>
        <translation>Bara delbara</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>Bara privata</translation>
    </message>
    <message>
        <source>Private and shareable</source>
        <translation>Privata och delbara</translation>
    </message>
    <message>
        <source>Private or shareable</source>
        <translation>Privat eller delbar</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>the entry “%1” (%2)</source>
        <translation>anteckningen ”%1” (%2)</translation>
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
    <name>LevelButtons</name>
    <message>
        <source>They got to “%1”: save (Alt+%2)</source>
        <translation>Hen kom till ”%1”: spara (Alt+%2)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link people, goals and skills</source>
        <translation>Koppla personer, mål och kunskaper</translation>
    </message>
    <message>
        <source>Filter people (Enter ticks the only match)</source>
        <translation>Filtrera personer (Enter bockar för den enda träffen)</translation>
    </message>
    <message>
        <source>Filter goals</source>
        <translation>Filtrera mål</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Filtrera kunskaper</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kunskaper</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>kunskap</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>kunskaper</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>find the file</source>
        <translation>hitta filen</translation>
    </message>
    <message>
        <source>tidy the journal file</source>
        <translation>städa dagboksfilen</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <source>done %1</source>
        <translation>klart %1</translation>
    </message>
</context>
<context>
    <name>NameHelp</name>
    <message>
        <source>Nobody here is called &apos;%1&apos;.</source>
        <translation>Ingen här heter ”%1”.</translation>
    </message>
    <message>
        <source>✓ New %1: &apos;%2&apos;, added when you save</source>
        <translation>✓ Ny %1: ”%2”, läggs till när du sparar</translation>
    </message>
    <message>
        <source>Click again to take it back</source>
        <translation>Klicka igen för att ångra</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several; pick one:</source>
        <translation>”%1” matchar flera; välj en:</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Välj %1</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Treat colleagues as internal customers and partners: ask what they are trying to achieve, and champion the opportunities you find together.</source>
        <translation>Se kollegor som interna kunder och partner: fråga vad de vill uppnå, och driv möjligheterna ni hittar tillsammans.</translation>
    </message>
    <message>
        <source>Log a conversation…</source>
        <translation>Logga ett samtal…</translation>
    </message>
    <message>
        <source>Log a conversation (Ctrl+Shift+L)</source>
        <translation>Logga ett samtal (Ctrl+Skift+L)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Add someone you work with (Ctrl+Shift+N)</source>
        <translation>Lägg till någon du arbetar med (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Möjligheter</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Samtal (%1)</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>Möjligheter (%1)</translation>
    </message>
    <message>
        <source>Nobody to talk to yet</source>
        <translation>Ingen att prata med än</translation>
    </message>
    <message>
        <source>Add a person first, then log your talks with them.</source>
        <translation>Lägg först till en person, logga sedan era samtal.</translation>
    </message>
    <message>
        <source>Conversation saved.</source>
        <translation>Samtalet är sparat.</translation>
    </message>
    <message>
        <source>the %1 on %2 with %3</source>
        <translation>%1 %2 med %3</translation>
    </message>
</context>
<context>
    <name>NetworkWelcome</name>
    <message>
        <source>Add the people you work with and what they are trying to achieve.</source>
        <translation>Lägg till personerna du arbetar med och vad de vill uppnå.</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Lägg till den första personen</translation>
    </message>
    <message>
        <source>New person (Ctrl+Shift+N)</source>
        <translation>Ny person (Ctrl+Skift+N)</translation>
    </message>
</context>
<context>
    <name>OnlyYouStrip</name>
    <message>
        <source>Only you can do this</source>
        <translation>Bara du kan det här</translation>
    </message>
    <message>
        <source>Only you can do this (%1)</source>
        <translation>Bara du kan det här (%1)</translation>
    </message>
    <message>
        <source>Add the skills and responsibilities you hold; then log who you taught.</source>
        <translation>Lägg till kunskaperna och ansvarsområdena du har; logga sedan vem du lärde upp.</translation>
    </message>
    <message>
        <source>Someone else can do every part of your job on their own. Time for the next hard task.</source>
        <translation>Någon annan klarar varje del av ditt jobb på egen hand. Dags för nästa svåra uppgift.</translation>
    </message>
    <message>
        <source>%1 critical · </source>
        <translation>%1 kritiska · </translation>
    </message>
    <message>
        <source>%1most critical first, each with the step that takes it off this list</source>
        <translation>%1mest kritiska först, var och en med steget som tar bort den från listan</translation>
    </message>
</context>
<context>
    <name>OnlyYouTile</name>
    <message>
        <source>%1
%2Click to show it in the table</source>
        <translation>%1
%2Klicka för att visa den i tabellen</translation>
    </message>
    <message>
        <source>Log teaching…</source>
        <translation>Logga upplärning…</translation>
    </message>
    <message>
        <source>Log that you taught %1 to someone</source>
        <translation>Logga att du lärde ut %1 till någon</translation>
    </message>
    <message>
        <source>Log teaching %1</source>
        <translation>Logga upplärning i %1</translation>
    </message>
</context>
<context>
    <name>OpportunityPanel</name>
    <message>
        <source>Only with them</source>
        <translation>Bara med hen</translation>
    </message>
    <message>
        <source>Show only the opportunities found with the selected person (untick: every one)</source>
        <translation>Visa bara möjligheterna du hittat med den markerade personen (avmarkera: alla)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New leadership opportunity (Ctrl+Shift+O)</source>
        <translation>Ny ledarskapsmöjlighet (Ctrl+Skift+O)</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Move to the next stage (Ctrl+Shift+Right)</source>
        <translation>Flytta till nästa steg (Ctrl+Skift+Höger)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit the selected opportunity (Enter)</source>
        <translation>Redigera den markerade möjligheten (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected opportunity (Delete)</source>
        <translation>Ta bort den markerade möjligheten (Delete)</translation>
    </message>
    <message>
        <source>Only with %1</source>
        <translation>Bara med %1</translation>
    </message>
    <message>
        <source>No leadership opportunities yet. When a conversation shows a new way to add value, add it with New and champion it from spotted to adopted.</source>
        <translation>Inga ledarskapsmöjligheter än. När ett samtal visar ett nytt sätt att göra nytta, lägg till det med Ny och driv det från upptäckt till infört.</translation>
    </message>
    <message>
        <source>Nothing at “%1”. Click it again to see every stage.</source>
        <translation>Inget i ”%1”. Klicka igen för att se alla steg.</translation>
    </message>
    <message>
        <source>No opportunities with %1 yet. What are they trying to achieve?</source>
        <translation>Inga möjligheter med %1 än. Vad vill hen uppnå?</translation>
    </message>
    <message>
        <source>Move the selected opportunity to the next stage (Ctrl+Shift+Right)</source>
        <translation>Flytta den markerade möjligheten till nästa steg (Ctrl+Skift+Höger)</translation>
    </message>
    <message>
        <source>move the opportunity</source>
        <translation>flytta möjligheten</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>”%1” flyttad till %2.</translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation>möjligheten ”%1”</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Career Journal is locked</source>
        <translation>Career Journal är låst</translation>
    </message>
    <message>
        <source>This journal is encrypted</source>
        <translation>Dagboken är krypterad</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Välj en lösenfras</translation>
    </message>
    <message>
        <source>Encrypt this journal</source>
        <translation>Kryptera dagboken</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>The journal %1 was closed and its key dropped from memory. Type its passphrase to go on.</source>
        <translation>Dagboken %1 stängdes och dess nyckel togs bort ur minnet. Skriv lösenfrasen för att fortsätta.</translation>
    </message>
    <message>
        <source>Type the passphrase of %1. (If this journal was never encrypted, its first page is damaged: press Cancel to see your backups.)</source>
        <translation>Skriv lösenfrasen för %1. (Om dagboken aldrig har krypterats är dess första sida skadad: tryck på Avbryt för att se dina säkerhetskopior.)</translation>
    </message>
    <message>
        <source>The new journal %1 is encrypted with this passphrase. Keep it safe: without it the journal cannot be opened, and nobody can recover it. A few words are easy to type and hard to guess.</source>
        <translation>Den nya dagboken %1 krypteras med den här lösenfrasen. Förvara den säkert: utan den går dagboken inte att öppna, och ingen kan återskapa den. Några ord är lätta att skriva och svåra att gissa.</translation>
    </message>
    <message>
        <source>%1 and its backups are encrypted with this passphrase (AES-256). The window closes while that happens and opens again encrypted; then the plain copies are overwritten and removed. Keep the passphrase safe: without it the journal cannot be opened, and nobody can recover it.</source>
        <translation>%1 och dess säkerhetskopior krypteras med den här lösenfrasen (AES-256). Fönstret stängs under tiden och öppnas igen krypterat; sedan skrivs de okrypterade kopiorna över och tas bort. Förvara lösenfrasen säkert: utan den går dagboken inte att öppna, och ingen kan återskapa den.</translation>
    </message>
    <message>
        <source>%1 and the backups its passphrase opens are encrypted again with the new one. The window closes while that happens and opens again; then the copies under the old passphrase are overwritten and removed, and the old passphrase is no longer remembered on this computer.</source>
        <translation>%1 och de säkerhetskopior som lösenfrasen öppnar krypteras om med den nya. Fönstret stängs under tiden och öppnas igen; sedan skrivs kopiorna med den gamla lösenfrasen över och tas bort, och den gamla lösenfrasen glöms på den här datorn.</translation>
    </message>
    <message>
        <source>Career Journal — %1</source>
        <translation>Career Journal — %1</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keychain)</source>
        <translation>Kom ihåg på den här datorn (i systemets nyckelring)</translation>
    </message>
    <message>
        <source>Anyone who can use this computer account can then open the journal.</source>
        <translation>Då kan alla som kan använda det här datorkontot öppna dagboken.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s current passphrase.</source>
        <translation>Det är inte dagbokens nuvarande lösenfras.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Kryptera</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <source>Filter people: name, organisation, what they want… (Ctrl+F)</source>
        <translation>Filtrera personer: namn, organisation, vad de vill… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrera personer</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>Alla relationer</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Dags att följa upp</translation>
    </message>
    <message>
        <source>Only the people whose follow-up date has come</source>
        <translation>Bara personer vars uppföljningsdatum har kommit</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>private — never exported unless you ask</source>
        <translation>privat — exporteras aldrig om du inte ber om det</translation>
    </message>
    <message>
        <source>What they are trying to achieve</source>
        <translation>Vad hen vill uppnå</translation>
    </message>
    <message>
        <source>Private contact details</source>
        <translation>Privata kontaktuppgifter</translation>
    </message>
    <message>
        <source>Log a conversation…</source>
        <translation>Logga ett samtal…</translation>
    </message>
    <message>
        <source>Log a talk with them (Ctrl+Shift+L)</source>
        <translation>Logga ett samtal med hen (Ctrl+Skift+L)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit this person (Enter in the list)</source>
        <translation>Redigera personen (Enter i listan)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete this person (Delete in the list)</source>
        <translation>Ta bort personen (Delete i listan)</translation>
    </message>
    <message>
        <source>met: %1</source>
        <translation>träffades: %1</translation>
    </message>
    <message>
        <source>Not written down yet. Next time, ask: what are you trying to achieve?</source>
        <translation>Inte nedskrivet än. Fråga nästa gång: vad försöker du uppnå?</translation>
    </message>
    <message>
        <source>Last contact: %1 (%2)</source>
        <translation>Senaste kontakt: %1 (%2)</translation>
    </message>
    <message>
        <source>Last contact: no conversation logged yet</source>
        <translation>Senaste kontakt: inget samtal loggat än</translation>
    </message>
    <message>
        <source>Next follow-up: none planned</source>
        <translation>Nästa uppföljning: ingen planerad</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — försenad</translation>
    </message>
    <message>
        <source>Next follow-up: %1 (%2)%3</source>
        <translation>Nästa uppföljning: %1 (%2)%3</translation>
    </message>
    <message>
        <source>Opportunities with %1</source>
        <translation>Möjligheter med %1</translation>
    </message>
    <message>
        <source>None yet. What could you help them achieve?</source>
        <translation>Inga än. Vad skulle du kunna hjälpa hen att uppnå?</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <source> Did you mean %1?</source>
        <translation> Menade du %1?</translation>
    </message>
    <message>
        <source>%1 is new: they will be added to your network.%2</source>
        <translation>%1 är ny: hen läggs till i ditt nätverk.%2</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Skriv ett namn</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several people: %2. Pick one from the list.</source>
        <translation>”%1” passar in på flera personer: %2. Välj en i listan.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Menade du %1?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in your network.%2 Pick someone, or choose &quot;Add &apos;%1&apos; as a new person&quot;.</source>
        <translation>”%1” finns inte i ditt nätverk.%2 Välj någon, eller välj ”Lägg till ’%1’ som ny person”.</translation>
    </message>
</context>
<context>
    <name>PersonFilter</name>
    <message>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <source>“%1” could be %2 people: pick one from the list.</source>
        <translation>”%1” kan vara %2 personer: välj en i listan.</translation>
    </message>
    <message>
        <source>Nobody in your network is called “%1”.</source>
        <translation>Ingen i ditt nätverk heter ”%1”.</translation>
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
    <name>PromptBlock</name>
    <message>
        <source>A question, e.g. What did I teach someone this week?</source>
        <translation>En fråga, t.ex. Vad lärde jag ut den här veckan?</translation>
    </message>
    <message>
        <source>A hint shown in small type below it (optional)</source>
        <translation>Ett tips i liten stil under frågan (frivilligt)</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>Hint for question %1</source>
        <translation>Tips till fråga %1</translation>
    </message>
</context>
<context>
    <name>PromptSetEditor</name>
    <message>
        <source>Edit prompt set</source>
        <translation>Redigera frågeset</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>Nytt frågeset</translation>
    </message>
    <message>
        <source>e.g. Before my one-to-one</source>
        <translation>t.ex. Inför mitt enskilda samtal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>When to use it, in a sentence</source>
        <translation>När du använder det, i en mening</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Every entry written with this set gets these tags (and &apos;reflection&apos;)</source>
        <translation>Varje anteckning som skrivs med det här setet får de här taggarna (och ”reflektion”)</translation>
    </message>
    <message>
        <source>Sessions start private (left out of exports unless you ask)</source>
        <translation>Stunderna är privata från början (utelämnas i exporter om du inte ber om dem)</translation>
    </message>
    <message>
        <source>Sessions start private</source>
        <translation>Stunderna är privata från början</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Taggar:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Integritet:</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>One question per block, asked one at a time. Enter moves on; Ctrl+Enter saves.</source>
        <translation>En fråga per block, ställda en i taget. Enter går vidare; Ctrl+Enter sparar.</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Lägg till en fråga</translation>
    </message>
    <message>
        <source>Add a prompt at the end (Ctrl+Shift+Enter)</source>
        <translation>Lägg till en fråga sist (Ctrl+Skift+Enter)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Spara (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>A prompt set holds at most %1 prompts.</source>
        <translation>Ett frågeset rymmer högst %1 frågor.</translation>
    </message>
    <message>
        <source>Give the prompt set a name.</source>
        <translation>Ge frågesetet ett namn.</translation>
    </message>
    <message>
        <source>Prompt %1 has a hint but no question.</source>
        <translation>Fråga %1 har ett tips men ingen fråga.</translation>
    </message>
    <message>
        <source>Write at least one question.</source>
        <translation>Skriv minst en fråga.</translation>
    </message>
    <message>
        <source>The prompt set could not be saved in %1 (%2).</source>
        <translation>Frågesetet kunde inte sparas i %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PromptSetShelf</name>
    <message>
        <source>Prompt set saved: %1</source>
        <translation>Frågesetet är sparat: %1</translation>
    </message>
    <message>
        <source>Restore the original “%1”?

Your edited copy of its questions is removed.</source>
        <translation>Återställa originalet ”%1”?

Din redigerade kopia av frågorna tas bort.</translation>
    </message>
    <message>
        <source>Delete the prompt set “%1”?

Its file is removed; entries written with it stay.</source>
        <translation>Ta bort frågesetet ”%1”?

Filen tas bort; anteckningar som skrivits med det finns kvar.</translation>
    </message>
    <message>
        <source>Restore the original?</source>
        <translation>Återställa originalet?</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Ta bort?</translation>
    </message>
</context>
<context>
    <name>QuickSearch</name>
    <message>
        <source>Search everything</source>
        <translation>Sök i allt</translation>
    </message>
    <message>
        <source>Search entries, goals, people, skills… (&quot;a phrase&quot;, word*, -leave-out)</source>
        <translation>Sök anteckningar, mål, personer, kunskaper… (&quot;en fras&quot;, ord*, -uteslut)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Type to search. Enter opens the highlighted result.</source>
        <translation>Skriv för att söka. Enter öppnar den markerade träffen.</translation>
    </message>
    <message>
        <source>%1%2 found. Enter opens; ↑ ↓ move.</source>
        <translation>%1%2 hittade. Enter öppnar; ↑ ↓ flyttar.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Pick someone, or type a new name and choose to add it.</source>
        <translation>Välj någon, eller skriv ett nytt namn och välj att lägga till det.</translation>
    </message>
    <message>
        <source>Text you had not saved (%1) was put back.</source>
        <translation>Text du inte hade sparat (%1) lades tillbaka.</translation>
    </message>
    <message>
        <source>Not yet safe: %1</source>
        <translation>Inte sparat än: %1</translation>
    </message>
    <message>
        <source>discard the draft</source>
        <translation>slänga utkastet</translation>
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
    <name>RecordSection</name>
    <message>
        <source>Edit the selected %1 (Enter or double-click)</source>
        <translation>Redigera markerad %1 (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Delete the selected %1 (Delete)</source>
        <translation>Ta bort markerad %1 (Delete)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>You have an unfinished %1 from %2.

Starting a new session throws its answers away. Start anyway?</source>
        <translation>Du har en oavslutad %1 från %2.

Om du startar en ny stund slängs dess svar. Starta ändå?</translation>
    </message>
    <message>
        <source>Start a new reflection?</source>
        <translation>Starta en ny reflektion?</translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation>Det gick inte att fortsätta</translation>
    </message>
    <message>
        <source>This unfinished reflection cannot be put back: its prompt set is gone.</source>
        <translation>Den här oavslutade reflektionen går inte att lägga tillbaka: dess frågeset finns inte längre.</translation>
    </message>
    <message>
        <source>Resumed from %1. Your answers are kept as you type.</source>
        <translation>Fortsätter från %1. Dina svar sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Your answers are kept as you type.</source>
        <translation>Dina svar sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Not yet safe: %1 Your text is still here.</source>
        <translation>Inte sparat än: %1 Din text finns kvar här.</translation>
    </message>
    <message>
        <source>Kept safe at %1.</source>
        <translation>Sparat i säkerhet %1.</translation>
    </message>
    <message>
        <source>save the reflection</source>
        <translation>spara reflektionen</translation>
    </message>
    <message>
        <source>Saved to your journal: %1</source>
        <translation>Sparat i din dagbok: %1</translation>
    </message>
    <message>
        <source>Not linked to anyone or anything yet.</source>
        <translation>Inte kopplad till någon eller något än.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Handlar om: %1</translation>
    </message>
    <message>
        <source>Throw away your unfinished %1 from %2?

</source>
        <translation>Släng din oavslutade %1 från %2?

</translation>
    </message>
    <message>
        <source>Discard the unfinished reflection?</source>
        <translation>Släng den oavslutade reflektionen?</translation>
    </message>
    <message>
        <source>discard the draft</source>
        <translation>slänga utkastet</translation>
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
    <name>Reminders</name>
    <message>
        <source>Career Journal</source>
        <translation>Career Journal</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to put in your journal&apos;s place. Your current journal is not deleted: it is kept beside the restored one, renamed, so you can go back.</source>
        <translation>Välj den säkerhetskopia som ska ersätta din dagbok. Din nuvarande dagbok tas inte bort: den sparas med ett nytt namn bredvid den återställda, så att du kan gå tillbaka.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet. File → Back up now makes one.</source>
        <translation>Det finns inga säkerhetskopior av dagboken än. Arkiv → Säkerhetskopiera nu gör en.</translation>
    </message>
    <message>
        <source>This backup cannot be used: %1</source>
        <translation>Den här säkerhetskopian går inte att använda: %1</translation>
    </message>
    <message>
        <source>It holds %1.</source>
        <translation>Den innehåller %1.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <source>Career Journal will close the journal, put the backup from %1 in its place and open it again. Your current journal is kept beside it, renamed.</source>
        <translation>Career Journal stänger dagboken, lägger säkerhetskopian från %1 i dess ställe och öppnar den igen. Din nuvarande dagbok sparas bredvid, med ett nytt namn.</translation>
    </message>
</context>
<context>
    <name>RoleCard</name>
    <message>
        <source>Add %1 %2…</source>
        <translation>Lägg till %2…</translation>
    </message>
    <message>
        <source>Choose someone from your network, or type a new name, as your %1</source>
        <translation>Välj någon ur ditt nätverk, eller skriv ett nytt namn, som din %1</translation>
    </message>
    <message>
        <source>%1 on your team</source>
        <translation>%1 i teamet</translation>
    </message>
</context>
<context>
    <name>SafeMarkdownView</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Öppna länken?</translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1

Career Journal itself never goes online; your browser will.</source>
        <translation>Öppna länken i din webbläsare?

%1

Career Journal går aldrig själv ut på nätet; det gör din webbläsare.</translation>
    </message>
</context>
<context>
    <name>SavedFileButtons</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the saved file with your Markdown app</source>
        <translation>Öppna den sparade filen i ditt Markdown-program</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation>Visa den sparade filen i dess mapp</translation>
    </message>
    <message>
        <source>No app on this computer is set to open this file; it is at %1.</source>
        <translation>Inget program på den här datorn är inställt på att öppna filen; den ligger i %1.</translation>
    </message>
    <message>
        <source>The folder could not be shown; the file is at %1.</source>
        <translation>Mappen gick inte att visa; filen ligger i %1.</translation>
    </message>
</context>
<context>
    <name>SentenceReader</name>
    <message>
        <source>“%1” is a new skill: it will be added to what you hold.</source>
        <translation>”%1” är en ny kunskap: den läggs till bland dina kunskaper.</translation>
    </message>
    <message>
        <source>Last time they were at “%1”.</source>
        <translation>Förra gången var hen på ”%1”.</translation>
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
    <name>SessionView</name>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>A private reflection is left out of exports unless you ask</source>
        <translation>En privat reflektion utelämnas i exporter om du inte ber om den</translation>
    </message>
    <message>
        <source>Private reflection</source>
        <translation>Privat reflektion</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <source>Leave for now; your answers stay as a draft to resume later (Esc)</source>
        <translation>Lämna så länge; dina svar sparas som utkast att fortsätta senare (Esc)</translation>
    </message>
    <message>
        <source>Progress through the prompts</source>
        <translation>Hur långt du har kommit bland frågorna</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Skriv så mycket eller så lite du vill.</translation>
    </message>
    <message>
        <source>Your answer (Markdown)</source>
        <translation>Ditt svar (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Show the formatted answer beside the text (Ctrl+Shift+P)</source>
        <translation>Visa det formaterade svaret bredvid texten (Ctrl+Skift+P)</translation>
    </message>
    <message>
        <source>Link people, goals, skills…</source>
        <translation>Koppla personer, mål, kunskaper…</translation>
    </message>
    <message>
        <source>Link what this reflection is about (Ctrl+Shift+A)</source>
        <translation>Koppla det reflektionen handlar om (Ctrl+Skift+A)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>The previous prompt (Alt+Left)</source>
        <translation>Föregående fråga (Alt+Vänster)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Finish and save the entry (Ctrl+Shift+Enter)</source>
        <translation>Avsluta och spara anteckningen (Ctrl+Skift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>The next prompt (Ctrl+Enter or Alt+Right)</source>
        <translation>Nästa fråga (Ctrl+Enter eller Alt+Höger)</translation>
    </message>
    <message>
        <source>Finish and save the entry (Ctrl+Enter)</source>
        <translation>Avsluta och spara anteckningen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Finish now and save the entry (Ctrl+Shift+Enter)</source>
        <translation>Avsluta nu och spara anteckningen (Ctrl+Skift+Enter)</translation>
    </message>
    <message>
        <source>Prompt %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n waiting</source>
        <translation>
            <numerusform>%1 · %n väntar</numerusform>
            <numerusform>%1 · %n väntar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillCombo</name>
    <message>
        <source>A skill you hold, or a new one</source>
        <translation>En kunskap du har, eller en ny</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is part of several skills: %2. Pick one from the list.</source>
        <translation>”%1” ingår i flera kunskaper: %2. Välj en i listan.</translation>
    </message>
</context>
<context>
    <name>SkillTable</name>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen än</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Täckt</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Bara du</translation>
    </message>
    <message>
        <source>Someone can do it on their own</source>
        <translation>Någon klarar det på egen hand</translation>
    </message>
    <message>
        <source>Not written down</source>
        <translation>Inte nedskriven</translation>
    </message>
    <message>
        <source>Nobody could read how it is done: write it down</source>
        <translation>Ingen kan läsa sig till hur det görs: skriv ner det</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Underlines misspelt words in %1; right-click one for suggestions.</source>
        <translation>Stryker under felstavade ord på %1; högerklicka på ett för förslag.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the dictionaries could not be loaded (%1).</source>
        <translation>Stavningen kontrolleras inte: ordlistorna kunde inte läsas in (%1).</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>Ignore “%1” in this note</source>
        <translation>Ignorera ”%1” i den här anteckningen</translation>
    </message>
</context>
<context>
    <name>StageButton</name>
    <message>
        <source>Show only what is %1 (click again to show every stage)</source>
        <translation>Visa bara det som är %1 (klicka igen för att visa alla steg)</translation>
    </message>
</context>
<context>
    <name>StageStrip</name>
    <message>
        <source>Opportunity stages</source>
        <translation>Möjligheternas steg</translation>
    </message>
</context>
<context>
    <name>StorySection</name>
    <message>
        <source>Story (STAR)</source>
        <translation>Berättelse (STAR)</translation>
    </message>
    <message>
        <source>Tell this win as situation, task, action and result, for the promotion packet</source>
        <translation>Berätta framgången som situation, uppgift, handling och resultat, till befordringsunderlaget</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Where things stood before</source>
        <translation>Hur läget var innan</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Uppgift:</translation>
    </message>
    <message>
        <source>What had to be done, and why it was yours</source>
        <translation>Vad som behövde göras, och varför det var ditt</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Vad du gjorde</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>What changed: numbers, people, time saved</source>
        <translation>Vad som ändrades: siffror, människor, sparad tid</translation>
    </message>
    <message>
        <source>Story (STAR): the result is missing</source>
        <translation>Berättelse (STAR): resultatet saknas</translation>
    </message>
    <message>
        <source>Story (STAR): written</source>
        <translation>Berättelse (STAR): skriven</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <source>tags, separated by commas</source>
        <translation>taggar, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
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
    <name>TeachingPage</name>
    <message>
        <source>Work your way out of a job: what only you can do, who you have taught what, and what you hand over.</source>
        <translation>Jobba dig ur ditt jobb: det bara du kan, vem du har lärt upp i vad, och vad du lämnar över.</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Ny kunskap</translation>
    </message>
    <message>
        <source>Log teaching…</source>
        <translation>Logga upplärning…</translation>
    </message>
    <message>
        <source>Skills and teaching</source>
        <translation>Kunskaper och upplärning</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Överlämningar</translation>
    </message>
    <message>
        <source>Filter skills, people, levels (Ctrl+F)</source>
        <translation>Filtrera kunskaper, personer, nivåer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Filtrera kunskaper</translation>
    </message>
    <message>
        <source>Log teaching the selected skill (Ctrl+T)</source>
        <translation>Logga upplärning i den markerade kunskapen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Duties and accounts you pass on. Stay involved until the handover is smooth.</source>
        <translation>Ansvar och kunder du lämnar över. Finns kvar som stöd tills överlämningen sitter.</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>Ny överlämning</translation>
    </message>
    <message>
        <source>Record a duty you hand over (Ctrl+Shift+H)</source>
        <translation>Skriv upp ett ansvar du lämnar över (Ctrl+Skift+H)</translation>
    </message>
    <message>
        <source>Teaching records</source>
        <translation>Upplärningar</translation>
    </message>
    <message>
        <source>Choose a skill above to see who you taught it to.</source>
        <translation>Välj en kunskap ovan för att se vem du har lärt ut den till.</translation>
    </message>
    <message>
        <source>Who learned %1</source>
        <translation>Vem har lärt sig %1</translation>
    </message>
    <message>
        <source>You have not logged teaching %1 yet. Log teaching… records who learned it and how far.</source>
        <translation>Du har inte loggat någon upplärning i %1 än. Logga upplärning… skriver upp vem som lärde sig och hur långt hen kom.</translation>
    </message>
    <message>
        <source>Skills and teaching (%1)</source>
        <translation>Kunskaper och upplärning (%1)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kunskaper</translation>
    </message>
    <message>
        <source>Handovers (%1 open)</source>
        <translation>Överlämningar (%1 öppna)</translation>
    </message>
    <message>
        <source>No handovers yet. When you pass a duty or an account to a colleague, record it with New handover
and note how you stay involved until it runs smoothly.</source>
        <translation>Inga överlämningar än. När du lämnar över ett ansvar eller en kund till en kollega, skriv upp det med Ny överlämning
och notera hur du finns kvar som stöd tills det sitter.</translation>
    </message>
    <message>
        <source>No skill matches “%1”.</source>
        <translation>Ingen kunskap matchar ”%1”.</translation>
    </message>
    <message>
        <source>show the teaching record</source>
        <translation>visa upplärningen</translation>
    </message>
    <message>
        <source> and its %1</source>
        <translation> och dess %1</translation>
    </message>
    <message>
        <source>the skill “%1”%2</source>
        <translation>kunskapen ”%1”%2</translation>
    </message>
    <message>
        <source>the skill “%1”</source>
        <translation>kunskapen ”%1”</translation>
    </message>
    <message>
        <source>log teaching</source>
        <translation>logga upplärningen</translation>
    </message>
    <message>
        <source>edit the teaching record</source>
        <translation>redigera upplärningen</translation>
    </message>
    <message>
        <source>%1 can do %2 on their own: it is no longer only yours.</source>
        <translation>%1 klarar %2 på egen hand: det är inte längre bara ditt.</translation>
    </message>
    <message>
        <source>Logged: %1 taught to %2 (%3).</source>
        <translation>Loggat: %1 utlärt till %2 (%3).</translation>
    </message>
    <message>
        <source>the record of teaching %1 to %2 on %3</source>
        <translation>upplärningen i %1 för %2 den %3</translation>
    </message>
    <message>
        <source>the handover “%1” to %2</source>
        <translation>överlämningen ”%1” till %2</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>A check-in is any conversation you log with an adviser. Give each one a rhythm (every 30 days, say) and their card says so, in orange, when a check-in is due. Note open asks so the next conversation starts with them.</source>
        <translation>En avstämning är vilket samtal som helst som du loggar med en rådgivare. Ge var och en ett intervall (till exempel 30 dagar), så säger kortet till, i orange, när det är dags för en avstämning. Skriv upp öppna önskemål så att nästa samtal börjar med dem.</translation>
    </message>
    <message>
        <source>&amp;Add to team…</source>
        <translation>&amp;Lägg till i teamet…</translation>
    </message>
    <message>
        <source>Add someone to your team, in any role (Alt+A)</source>
        <translation>Lägg till någon i teamet, i vilken roll som helst (Alt+L)</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Efter roll</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Alla rådgivare</translation>
    </message>
    <message>
        <source>Log check-in…</source>
        <translation>Logga avstämning…</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Förbered…</translation>
    </message>
    <message>
        <source>What changed since the last check-in, to talk about</source>
        <translation>Det som hänt sedan förra avstämningen, att prata om</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected adviser (Enter)</source>
        <translation>Redigera markerad rådgivare (Enter)</translation>
    </message>
    <message>
        <source>All advisers (%1)</source>
        <translation>Alla rådgivare (%1)</translation>
    </message>
    <message>
        <source>Enter edits the selected adviser, Delete removes them; click a heading to sort.</source>
        <translation>Enter redigerar den markerade rådgivaren, Delete tar bort hen; klicka på en rubrik för att sortera.</translation>
    </message>
    <message>
        <source>Nobody on your team yet. Fill a gap on By role, or use Add to team…</source>
        <translation>Ingen i teamet än. Fyll en vakant roll under Efter roll, eller använd Lägg till i teamet…</translation>
    </message>
    <message>
        <source>Nobody on your team yet. Career management is a team effort: start with someone you already talk to, and fill one role at a time.</source>
        <translation>Ingen i teamet än. Karriären är ett lagarbete: börja med någon du redan pratar med, och fyll en roll i taget.</translation>
    </message>
    <message>
        <source>%1 of %2 roles filled</source>
        <translation>%1 av %2 roller tillsatta</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) due</source>
        <translation>
            <numerusform>%n avstämning att göra</numerusform>
            <numerusform>%n avstämningar att göra</numerusform>
        </translation>
    </message>
    <message>
        <source>every check-in on time</source>
        <translation>alla avstämningar i tid</translation>
    </message>
    <message numerus="yes">
        <source>%n open ask(s)</source>
        <translation>
            <numerusform>%n öppet önskemål</numerusform>
            <numerusform>%n öppna önskemål</numerusform>
        </translation>
    </message>
    <message>
        <source>no open asks</source>
        <translation>inga öppna önskemål</translation>
    </message>
    <message>
        <source>Keep it active: résumé ready, profile current, network alive.</source>
        <translation>Håll det levande: cv:t redo, profilen aktuell, nätverket vid liv.</translation>
    </message>
    <message>
        <source>%1 is on your team as your %2.</source>
        <translation>%1 finns i teamet som din %2.</translation>
    </message>
    <message>
        <source>Check-in logged on %1.</source>
        <translation>Avstämning loggad %1.</translation>
    </message>
    <message>
        <source>%1 as your %2 (the person stays in your network)</source>
        <translation>%1 som din %2 (personen finns kvar i ditt nätverk)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
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
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>Helps you choose where to go, and holds you to it</source>
        <translation>Hjälper dig välja vart du ska, och håller dig till det</translation>
    </message>
    <message>
        <source>A plan you talk through with someone every month is a plan you keep.</source>
        <translation>En plan du pratar igenom med någon varje månad är en plan du håller.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>Has walked the road ahead and tells you what is on it</source>
        <translation>Har gått vägen före dig och berättar vad som finns på den</translation>
    </message>
    <message>
        <source>Learn from someone else&apos;s mistakes instead of making each one yourself.</source>
        <translation>Lär av någon annans misstag i stället för att göra vart och ett själv.</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>Speaks for you in rooms you are not in</source>
        <translation>Talar för dig i rum där du inte är</translation>
    </message>
    <message>
        <source>Promotions are decided in meetings you do not attend. Someone there should know your work.</source>
        <translation>Befordringar avgörs på möten du inte är med på. Någon där borde känna till ditt arbete.</translation>
    </message>
    <message>
        <source>résumé writer</source>
        <translation>cv-skribent</translation>
    </message>
    <message>
        <source>Keeps your résumé ready before you need it</source>
        <translation>Håller ditt cv redo innan du behöver det</translation>
    </message>
    <message>
        <source>Update it in a calm month, not in the week the right role opens.</source>
        <translation>Uppdatera det en lugn månad, inte den vecka rätt roll dyker upp.</translation>
    </message>
    <message>
        <source>recruiter</source>
        <translation>rekryterare</translation>
    </message>
    <message>
        <source>Knows the market and what you are worth in it</source>
        <translation>Känner marknaden och vad du är värd på den</translation>
    </message>
    <message>
        <source>Knowing your options makes every decision calmer, even the decision to stay.</source>
        <translation>Att känna till dina alternativ gör varje beslut lugnare, även beslutet att stanna.</translation>
    </message>
    <message>
        <source>profile helper</source>
        <translation>profilhjälp</translation>
    </message>
    <message>
        <source>Keeps your online profile current and your work visible</source>
        <translation>Håller din profil på nätet aktuell och ditt arbete synligt</translation>
    </message>
    <message>
        <source>People look you up before they meet you. Let them find this year&apos;s work.</source>
        <translation>Folk söker upp dig innan de träffar dig. Låt dem hitta årets arbete.</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>bollplank</translation>
    </message>
    <message>
        <source>Keeps you honest, week to week</source>
        <translation>Håller dig ärlig, vecka för vecka</translation>
    </message>
    <message>
        <source>Someone at your level who tells you what you need to hear.</source>
        <translation>Någon på din nivå som säger det du behöver höra.</translation>
    </message>
    <message>
        <source>adviser</source>
        <translation>rådgivare</translation>
    </message>
    <message>
        <source>Anyone else who helps your career along</source>
        <translation>Någon annan som hjälper din karriär framåt</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Private: never exported unless you ask</source>
        <translation>Privat: exporteras aldrig om du inte ber om det</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Every kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Typ av post</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Rensa filtren</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Nothing on the timeline for these filters.</source>
        <translation>Inget på tidslinjen med de här filtren.</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation>Alla mål</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
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
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Lägg tillbaka (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
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
        <source>Change the &amp;passphrase…</source>
        <translation>Byt &amp;lösenfras…</translation>
    </message>
    <message>
        <source>En&amp;crypt this journal…</source>
        <translation>&amp;Kryptera dagboken…</translation>
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
</context>
<context>
    <name>WindowSafety</name>
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
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in due today</source>
        <translation>Avstämning idag</translation>
    </message>
    <message>
        <source>Next check-in by %1</source>
        <translation>Nästa avstämning senast %1</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Inte träffats än</translation>
    </message>
    <message>
        <source>today</source>
        <translation>idag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>igår</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>imorgon</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>måldatum idag</translation>
    </message>
    <message>
        <source>target passed yesterday</source>
        <translation>måldatum passerat igår</translation>
    </message>
    <message numerus="yes">
        <source>target passed %n days ago</source>
        <translation>
            <numerusform>måldatum passerat för %n dag sedan</numerusform>
            <numerusform>måldatum passerat för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>No fixed rhythm</source>
        <translation>Inget fast intervall</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Varje dag</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Intervall: %n dag</numerusform>
            <numerusform>Intervall: %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>after_close</name>
    <message>
        <source>Career Journal</source>
        <translation>Career Journal</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Career Journal already has %1 open, but it does not answer. Close it and try again.</source>
        <translation>Career Journal har redan %1 öppen men svarar inte. Stäng programmet och försök igen.</translation>
    </message>
    <message>
        <source>The passphrase was not remembered: %1.</source>
        <translation>Lösenfrasen sparades inte: %1.</translation>
    </message>
    <message>
        <source>The backup could not be restored; your journal was left as it was.

%1</source>
        <translation>Säkerhetskopian gick inte att återställa; din dagbok lämnades som den var.

%1</translation>
    </message>
    <message>
        <source>The backup is restored. The journal it replaced is kept at %1.</source>
        <translation>Säkerhetskopian är återställd. Dagboken den ersatte finns kvar i %1.</translation>
    </message>
    <message>
        <source>Changing the passphrase of the journal and its backups…</source>
        <translation>Byter lösenfras för dagboken och dess säkerhetskopior…</translation>
    </message>
    <message>
        <source>Encrypting the journal and its backups…</source>
        <translation>Krypterar dagboken och dess säkerhetskopior…</translation>
    </message>
    <message>
        <source>The passphrase was not changed; the journal is as it was.</source>
        <translation>Lösenfrasen byttes inte; dagboken är som den var.</translation>
    </message>
    <message>
        <source>The journal was not encrypted; it is as it was.</source>
        <translation>Dagboken krypterades inte; den är som den var.</translation>
    </message>
    <message>
        <source>The journal did not open with the new passphrase, so the old copies are kept:</source>
        <translation>Dagboken gick inte att öppna med den nya lösenfrasen, så de gamla kopiorna finns kvar:</translation>
    </message>
    <message>
        <source>These backups could not be converted (damaged, or another passphrase) and are as they were:</source>
        <translation>De här säkerhetskopiorna gick inte att konvertera (skadade, eller en annan lösenfras) och är som de var:</translation>
    </message>
</context>
<context>
    <name>conversation_log</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 med %2</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Questions I asked</source>
        <translation>Frågor jag ställde</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Vad jag lärde mig</translation>
    </message>
    <message>
        <source>**Follow up on:** %1</source>
        <translation>**Följ upp:** %1</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>changes to entry #%1</source>
        <translation>ändringar i anteckning #%1</translation>
    </message>
    <message>
        <source>changes to a %1</source>
        <translation>ändringar i %1</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Edit goal</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>e.g. Staff engineer by next summer</source>
        <translation>t.ex. Staff engineer till nästa sommar</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Riktning:</translation>
    </message>
    <message>
        <source>Where this takes your career</source>
        <translation>Vart det här tar din karriär</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Måldatum:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Varför det är viktigt:</translation>
    </message>
    <message>
        <source>Markdown welcome</source>
        <translation>Markdown går bra</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Integritet:</translation>
    </message>
    <message>
        <source>Edit skill</source>
        <translation>Redigera kunskap</translation>
    </message>
    <message>
        <source>New skill or responsibility</source>
        <translation>Ny kunskap eller nytt ansvarsområde</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>e.g. Running the release train</source>
        <translation>t.ex. Driva releasetåget</translation>
    </message>
    <message>
        <source>If only you can do it:</source>
        <translation>Om bara du kan det:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>A duty or account I hold</source>
        <translation>Ett ansvar eller en kund jag har</translation>
    </message>
    <message>
        <source>Written down at:</source>
        <translation>Nedskriven i:</translation>
    </message>
    <message>
        <source>a link or a file path</source>
        <translation>en länk eller en filsökväg</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>Add a skill first: what did you teach?</source>
        <translation>Lägg till en kunskap först: vad lärde du ut?</translation>
    </message>
    <message>
        <source>Edit teaching record</source>
        <translation>Redigera upplärning</translation>
    </message>
    <message>
        <source>Log teaching</source>
        <translation>Logga upplärning</translation>
    </message>
    <message>
        <source>Who learned what from you, and how far they got.</source>
        <translation>Vem lärde sig vad av dig, och hur långt hen kom.</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Kunskap:</translation>
    </message>
    <message>
        <source>Taught to:</source>
        <translation>Lärt ut till:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>När:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hur:</translation>
    </message>
    <message>
        <source>How far they got:</source>
        <translation>Hur långt hen kom:</translation>
    </message>
    <message>
        <source>Choose who takes it over, or type a new name.</source>
        <translation>Välj vem som tar över, eller skriv ett nytt namn.</translation>
    </message>
    <message>
        <source>Edit handover</source>
        <translation>Redigera överlämning</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>Ny överlämning</translation>
    </message>
    <message>
        <source>Duty or account:</source>
        <translation>Ansvar eller kund:</translation>
    </message>
    <message>
        <source>e.g. Payments on-call</source>
        <translation>t.ex. Jour för betalningar</translation>
    </message>
    <message>
        <source>Handed to:</source>
        <translation>Överlämnad till:</translation>
    </message>
    <message>
        <source>(no particular skill)</source>
        <translation>(ingen särskild kunskap)</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Påbörjad:</translation>
    </message>
    <message>
        <source>How you stay involved until it is smooth</source>
        <translation>Hur du finns kvar som stöd tills det sitter</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>team or company</source>
        <translation>team eller företag</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>Trying to achieve:</source>
        <translation>Vill uppnå:</translation>
    </message>
    <message>
        <source>What are they working towards?</source>
        <translation>Vad arbetar hen mot?</translation>
    </message>
    <message>
        <source>How you met:</source>
        <translation>Hur ni träffades:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Private: kept out of exports unless you ask</source>
        <translation>Privat: utelämnas i exporter om du inte ber om det</translation>
    </message>
    <message>
        <source>Choose who you taught, or type a new name.</source>
        <translation>Välj vem du lärde upp, eller skriv ett nytt namn.</translation>
    </message>
    <message>
        <source>Choose a person, or type a new name.</source>
        <translation>Välj en person, eller skriv ett nytt namn.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Följ upp:</translation>
    </message>
    <message>
        <source>Private notes:</source>
        <translation>Privata anteckningar:</translation>
    </message>
    <message>
        <source>Tick at least one person who was there.</source>
        <translation>Kryssa för minst en person som var med.</translation>
    </message>
    <message>
        <source>Edit conversation</source>
        <translation>Redigera samtal</translation>
    </message>
    <message>
        <source>Log a conversation</source>
        <translation>Logga ett samtal</translation>
    </message>
    <message>
        <source>Filter people, or type a new name (Enter ticks the only match)</source>
        <translation>Filtrera personer, eller skriv ett nytt namn (Enter bockar för den enda träffen)</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Med:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Vad som hände:</translation>
    </message>
    <message>
        <source>Questions I asked:</source>
        <translation>Frågor jag ställde:</translation>
    </message>
    <message>
        <source>What I learned:</source>
        <translation>Vad jag lärde mig:</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Redigera möjlighet</translation>
    </message>
    <message>
        <source>New leadership opportunity</source>
        <translation>Ny ledarskapsmöjlighet</translation>
    </message>
    <message>
        <source>A new way to add value, found with someone you work with.</source>
        <translation>Ett nytt sätt att göra nytta, som du hittat med någon du arbetar med.</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>Möjlighet:</translation>
    </message>
    <message>
        <source>Value to the business:</source>
        <translation>Värde för verksamheten:</translation>
    </message>
    <message>
        <source>Choose who is on your team, or type a new name.</source>
        <translation>Välj vem som är med i ditt karriärteam, eller skriv ett nytt namn.</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Redigera teammedlem</translation>
    </message>
    <message>
        <source>Add to your personal team</source>
        <translation>Lägg till i ditt karriärteam</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>Hjälper till med:</translation>
    </message>
    <message>
        <source>Check in every:</source>
        <translation>Avstämning var:</translation>
    </message>
    <message>
        <source>No fixed rhythm</source>
        <translation>Inget fast intervall</translation>
    </message>
    <message>
        <source>Open asks:</source>
        <translation>Öppna önskemål:</translation>
    </message>
    <message>
        <source>What to ask or bring next time</source>
        <translation>Vad du ska fråga om eller ta med nästa gång</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>%1 why it matters: rewritten</source>
        <translation>%1 varför det är viktigt: omskrivet</translation>
    </message>
</context>
<context>
    <name>import_contacts</name>
    <message>
        <source>The import stopped on an unexpected problem (%1: %2). Nothing was imported.</source>
        <translation>Importen stoppades av ett oväntat problem (%1: %2). Inget importerades.</translation>
    </message>
</context>
<context>
    <name>log_conversation</name>
    <message>
        <source>Who was it with? Pick someone, or type a new name.</source>
        <translation>Vem var det med? Välj någon, eller skriv ett nytt namn.</translation>
    </message>
    <message>
        <source>Log a conversation</source>
        <translation>Logga ett samtal</translation>
    </message>
    <message>
        <source>A coffee, a call, a meeting: who it was with and what you found.</source>
        <translation>En fika, ett telefonsamtal, ett möte: vem det var med och vad du hittade.</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Med:</translation>
    </message>
    <message>
        <source>They are:</source>
        <translation>Hen är:</translation>
    </message>
    <message>
        <source>Only for someone new: how they relate to you</source>
        <translation>Bara för någon ny: hur hen förhåller sig till dig</translation>
    </message>
    <message>
        <source>Trying to achieve:</source>
        <translation>Vill uppnå:</translation>
    </message>
    <message>
        <source>What are they working towards? (optional)</source>
        <translation>Vad arbetar hen mot? (frivilligt)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>När:</translation>
    </message>
    <message>
        <source>What you talked about:</source>
        <translation>Vad ni pratade om:</translation>
    </message>
    <message>
        <source>What you asked, what they need (optional)</source>
        <translation>Vad du frågade, vad hen behöver (frivilligt)</translation>
    </message>
    <message>
        <source>What you learned:</source>
        <translation>Vad du lärde dig:</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(valfritt)</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Följ upp:</translation>
    </message>
    <message>
        <source>Leadership opportunity found</source>
        <translation>Ledarskapsmöjlighet du hittade</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>Möjlighet:</translation>
    </message>
    <message>
        <source>A new way to add value, e.g. a shared deploy checklist (optional)</source>
        <translation>Ett nytt sätt att göra nytta, t.ex. en gemensam checklista för deploy (frivilligt)</translation>
    </message>
    <message>
        <source>Value to the business:</source>
        <translation>Värde för verksamheten:</translation>
    </message>
</context>
<context>
    <name>log_teaching</name>
    <message>
        <source>Say what you taught: pick a skill, or type a new one.</source>
        <translation>Säg vad du lärde ut: välj en kunskap, eller skriv en ny.</translation>
    </message>
    <message>
        <source>Choose how far they got.</source>
        <translation>Välj hur långt de kom.</translation>
    </message>
    <message>
        <source>Log teaching</source>
        <translation>Logga upplärning</translation>
    </message>
    <message>
        <source>Who learned what from you, and how far they got.</source>
        <translation>Vem lärde sig vad av dig, och hur långt hen kom.</translation>
    </message>
    <message>
        <source>In a line:</source>
        <translation>På en rad:</translation>
    </message>
    <message>
        <source>e.g. taught Sam the month-end close</source>
        <translation>t.ex. lärde Sam månadsbokslutet</translation>
    </message>
    <message>
        <source>Who learned what</source>
        <translation>Vem lärde sig vad</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Kunskap:</translation>
    </message>
    <message>
        <source>Taught to:</source>
        <translation>Lärt ut till:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>När:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hur:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>What you covered, what comes next (optional)</source>
        <translation>Vad ni gick igenom, vad som kommer härnäst (frivilligt)</translation>
    </message>
    <message>
        <source>How far they got:</source>
        <translation>Hur långt hen kom:</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>%1: how much it matters while only you can do it</source>
        <translation>%1: hur mycket det spelar roll så länge bara du kan det</translation>
    </message>
    <message>
        <source>Step %1 of 3: planned → in transition → handed over</source>
        <translation>Steg %1 av 3: planerad → pågår → överlämnad</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source> · overdue</source>
        <translation> · försenad</translation>
    </message>
    <message>
        <source> · today</source>
        <translation> · idag</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Följ upp %1</translation>
    </message>
</context>
</TS>
