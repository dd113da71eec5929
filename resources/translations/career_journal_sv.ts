<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
</TS>
