<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AdviserBlock</name>
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
    <name>ExportChoices</name>
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
        <source>Promotion packet: w&amp;ins as STAR stories</source>
        <translation>Befordringsunderlag: fr&amp;amgångar som STAR-berättelser</translation>
    </message>
    <message>
        <source>&amp;Handover packet: is my job covered?</source>
        <translation>&amp;Överlämningsunderlag: är mitt jobb täckt?</translation>
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
</TS>
