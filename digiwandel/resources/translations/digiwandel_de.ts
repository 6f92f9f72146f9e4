<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>About DigiWandel</source>
        <translation>Über DigiWandel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DigiWandel {version}&lt;/h3&gt;&lt;p&gt;Digital maturity check, strategy editor and 12-step project tracker for social-sector organisations. Works offline; your data stays on this computer.&lt;/p&gt;&lt;p&gt;The method (the twelve steps, the drivers of digitalisation, the typical deficits and the recommendations) is based on the article:&lt;br&gt;{authors}: &lt;i&gt;{title}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;All texts in the program are written for DigiWandel.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigiWandel {version}&lt;/h3&gt;&lt;p&gt;Digitalisierungscheck, Strategieplanung und Projektsteuerung in zwölf Schritten für Organisationen im Sozialwesen. DigiWandel funktioniert ohne Internetverbindung; Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;&lt;p&gt;Die Methode (die zwölf Schritte, die Treiber der Digitalisierung, die typischen Defizite und die Empfehlungen) beruht auf dem Artikel:&lt;br&gt;{authors}: &lt;i&gt;{title}&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Alle Texte im Programm wurden eigens für DigiWandel geschrieben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AreasTab</name>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;New area…</source>
        <translation>&amp;Neuer Bereich…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Areas (Bereiche or Abteilungen) are the parts of your organisation, for example Verwaltung or Ambulante Hilfen. The Digitalisierungscheck compares them.</source>
        <translation>Bereiche oder Abteilungen sind die Teile Ihrer Organisation, zum Beispiel Verwaltung oder Ambulante Hilfen. Der Digitalisierungscheck vergleicht sie miteinander.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <source>Add area “{name}”</source>
        <translation>Bereich „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit area</source>
        <translation>Bereich bearbeiten</translation>
    </message>
    <message>
        <source>Edit area “{name}”</source>
        <translation>Bereich „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete the area “{name}”?</source>
        <translation>Möchten Sie den Bereich „{name}“ wirklich löschen?</translation>
    </message>
    <message>
        <source>{count} person(s) belong to it; they are kept, without an area.</source>
        <translation>Diesem Bereich zugeordnete Personen: {count}. Sie bleiben erhalten, gehören danach aber zu keinem Bereich mehr.</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Delete area “{name}”</source>
        <translation>Bereich „{name}“ löschen</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The change could not be saved because it conflicts with existing data. Nothing was changed.</source>
        <translation>Die Änderung konnte nicht gespeichert werden, weil sie im Widerspruch zu vorhandenen Daten steht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This text is too long: at most {limit} characters are allowed, not {length}.</source>
        <translation>Dieser Text ist zu lang: Erlaubt sind höchstens {limit} Zeichen, eingegeben wurden {length}.</translation>
    </message>
    <message>
        <source>Please enter a number of 0 or more.</source>
        <translation>Bitte geben Sie eine Zahl ein, die 0 oder größer ist.</translation>
    </message>
    <message>
        <source>Please enter a number no larger than {limit}.</source>
        <translation>Bitte geben Sie eine Zahl ein, die nicht größer als {limit} ist.</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted in the meantime.</source>
        <translation>Diesen Eintrag gibt es nicht mehr. Möglicherweise wurde er inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address (example: name@verein.de).</source>
        <translation>„{value}“ sieht nicht wie eine E-Mail-Adresse aus (Beispiel: name@verein.de).</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another file name, or use --force to replace it.</source>
        <translation>Die Datei {path} ist bereits vorhanden. Wählen Sie einen anderen Dateinamen oder ersetzen Sie die Datei mit --force.</translation>
    </message>
    <message>
        <source>Please enter the name of your organisation.</source>
        <translation>Bitte geben Sie den Namen Ihrer Organisation ein.</translation>
    </message>
    <message>
        <source>Please enter a name for the area.</source>
        <translation>Bitte geben Sie einen Namen für den Bereich ein.</translation>
    </message>
    <message>
        <source>An area called “{name}” already exists. Please choose another name.</source>
        <translation>Es gibt bereits einen Bereich mit dem Namen „{name}“. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The area “{name}” cannot be deleted because {count} answer sheet(s) of the Digitalisierungscheck belong to it. Rename it instead.</source>
        <translation>Der Bereich „{name}“ kann nicht gelöscht werden, weil ihm ausgefüllte Fragebögen aus dem Digitalisierungscheck zugeordnet sind (Anzahl: {count}). Benennen Sie den Bereich stattdessen um.</translation>
    </message>
    <message>
        <source>The area “{name}” appears twice in the list. Please enter each area once.</source>
        <translation>Der Bereich „{name}“ steht zweimal in der Liste. Bitte geben Sie jeden Bereich nur einmal ein.</translation>
    </message>
    <message>
        <source>This database already describes an organisation.</source>
        <translation>In dieser Datenbank ist bereits eine Organisation angelegt.</translation>
    </message>
    <message>
        <source>Please enter a name for the level.</source>
        <translation>Bitte geben Sie einen Namen für die Ebene ein.</translation>
    </message>
    <message>
        <source>A level called “{name}” already exists. Please choose another name.</source>
        <translation>Es gibt bereits eine Ebene mit dem Namen „{name}“. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The level “{name}” cannot be deleted because {count} answer sheet(s) of the Digitalisierungscheck belong to it. Rename it instead.</source>
        <translation>Die Ebene „{name}“ kann nicht gelöscht werden, weil ihr ausgefüllte Fragebögen aus dem Digitalisierungscheck zugeordnet sind (Anzahl: {count}). Benennen Sie die Ebene stattdessen um.</translation>
    </message>
    <message>
        <source>The order must be a number from 0 to 99.</source>
        <translation>Die Reihenfolge muss eine Zahl von 0 bis 99 sein.</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>Bitte geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>Please choose a month from January to December.</source>
        <translation>Bitte wählen Sie einen Monat von Januar bis Dezember.</translation>
    </message>
    <message>
        <source>A postal code has 4 or 5 digits (example: 50667).</source>
        <translation>Eine Postleitzahl hat 4 oder 5 Ziffern (Beispiel: 50667).</translation>
    </message>
    <message>
        <source>The logo file is too large ({size} KB). Please choose an image under 2 MB.</source>
        <translation>Die Logodatei ist zu groß ({size} KB). Bitte wählen Sie ein Bild, das kleiner als 2 MB ist.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Das Logo muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The disk is full. Please free some space (for example by emptying the recycle bin) and try again. Your data saved so far is safe.</source>
        <translation>Der Datenträger ist voll. Bitte schaffen Sie Platz (zum Beispiel, indem Sie den Papierkorb leeren) und versuchen Sie es erneut. Ihre bisher gespeicherten Daten sind sicher.</translation>
    </message>
    <message>
        <source>The database file could not be written. If it is on a USB stick or a network drive, check that the drive is still connected and that you may write to it.</source>
        <translation>Die Datenbankdatei konnte nicht geschrieben werden. Liegt sie auf einem USB-Stick oder einem Netzlaufwerk, prüfen Sie bitte, ob das Laufwerk noch verbunden ist und ob Sie darauf schreiben dürfen.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Please close other programs that use this file and try again.</source>
        <translation>Die Datenbank wird gerade von einem anderen Programm verwendet. Bitte schließen Sie andere Programme, die diese Datei nutzen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your last saved changes are safe. If it happens again, please pass on the details below to whoever supports you.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen. Ihre zuletzt gespeicherten Änderungen sind sicher. Wenn es wieder passiert, geben Sie bitte die Details unten an die Person weiter, die Sie unterstützt.</translation>
    </message>
    <message>
        <source>DigiWandel – error</source>
        <translation>DigiWandel – Fehler</translation>
    </message>
    <message>
        <source>The details are also written to the log file: {path}</source>
        <translation>Die Details stehen auch in der Protokolldatei: {path}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>DigiWandel Help</source>
        <translation>DigiWandel-Hilfe</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Working with DigiWandel&lt;/h2&gt;&lt;p&gt;DigiWandel keeps everything in one database file on this computer. Nothing is sent anywhere. Every change is saved at once; there is no Save button. &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes the last change, &lt;b&gt;Ctrl+Y&lt;/b&gt; redoes it.&lt;/p&gt;&lt;h3&gt;The parts of the program&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: your organisation at a glance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Organisation&lt;/b&gt;: profile, areas, hierarchy levels and persons. Areas and levels are used to compare answers in the Digitalisierungscheck; persons take on roles such as owner of a goal or member of the digital team.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Digitalisierungscheck&lt;/b&gt;: a questionnaire that several colleagues answer, repeated over time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Drivers&lt;/b&gt;: which technologies matter for you and how far you use them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategy&lt;/b&gt;: vision, goals and indicators.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Measures&lt;/b&gt;: digitalisation projects in twelve steps.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reports&lt;/b&gt;: the board report and other PDF documents.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+7&lt;/b&gt;: go to a part of the program.&lt;/li&gt;&lt;li&gt;In lists: &lt;b&gt;Insert&lt;/b&gt; adds an entry, &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;F2&lt;/b&gt; edits it, &lt;b&gt;Delete&lt;/b&gt; deletes it after asking.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt&lt;/b&gt; with an underlined letter jumps to a field or button.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Personal data&lt;/h3&gt;&lt;p&gt;Only name, area, level, role and an optional e-mail address are stored about a person. On the Persons tab you can export everything stored about one person, and deleting a person removes their data.&lt;/p&gt;&lt;h3&gt;Where your data lives&lt;/h3&gt;&lt;p&gt;The database file is shown in the status bar. Use &lt;i&gt;File → Open&lt;/i&gt; to work with another file, for example a copy on a network drive.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Arbeiten mit DigiWandel&lt;/h2&gt;&lt;p&gt;DigiWandel speichert alles in einer einzigen Datenbankdatei auf diesem Computer. Es werden keine Daten übertragen. Jede Änderung wird sofort gespeichert; eine Schaltfläche zum Speichern gibt es nicht. &lt;b&gt;Strg+Z&lt;/b&gt; macht die letzte Änderung rückgängig, &lt;b&gt;Strg+Y&lt;/b&gt; stellt sie wieder her.&lt;/p&gt;&lt;h3&gt;Die Teile des Programms&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Übersicht&lt;/b&gt;: Ihre Organisation auf einen Blick.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Organisation&lt;/b&gt;: Profil, Bereiche, Hierarchieebenen und Personen. Mit Bereichen und Ebenen werden die Antworten im Digitalisierungscheck verglichen; Personen übernehmen Rollen, etwa die Verantwortung für ein Ziel oder die Mitarbeit im Digitalteam.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Digitalisierungscheck&lt;/b&gt;: ein Fragebogen, den mehrere Kolleginnen und Kollegen beantworten und der regelmäßig wiederholt wird.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Treiber&lt;/b&gt;: welche Technologien für Sie wichtig sind und wie weit Sie sie schon nutzen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategie&lt;/b&gt;: Vision, Ziele und Indikatoren.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Maßnahmen&lt;/b&gt;: Digitalisierungsprojekte in zwölf Schritten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Berichte&lt;/b&gt;: der Vorstandsbericht und weitere PDF-Dokumente.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Tastatur&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Strg+1&lt;/b&gt; bis &lt;b&gt;Strg+7&lt;/b&gt;: zu einem Teil des Programms wechseln.&lt;/li&gt;&lt;li&gt;In Listen: &lt;b&gt;Einfg&lt;/b&gt; fügt einen Eintrag hinzu, &lt;b&gt;Eingabetaste&lt;/b&gt; oder &lt;b&gt;F2&lt;/b&gt; bearbeitet ihn, &lt;b&gt;Entf&lt;/b&gt; löscht ihn nach einer Rückfrage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt&lt;/b&gt; zusammen mit einem unterstrichenen Buchstaben springt zu einem Feld oder einer Schaltfläche.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Personenbezogene Daten&lt;/h3&gt;&lt;p&gt;Über eine Person werden nur Name, Bereich, Ebene, Rolle und auf Wunsch eine E-Mail-Adresse gespeichert. Auf der Registerkarte „Personen“ können Sie alles exportieren, was über eine Person gespeichert ist; wenn Sie eine Person löschen, werden ihre Daten entfernt.&lt;/p&gt;&lt;h3&gt;Wo Ihre Daten liegen&lt;/h3&gt;&lt;p&gt;Die Datenbankdatei wird in der Statusleiste angezeigt. Mit &lt;i&gt;Datei → Öffnen&lt;/i&gt; können Sie mit einer anderen Datei arbeiten, zum Beispiel mit einer Kopie auf einem Netzlaufwerk.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InfoPage</name>
    <message>
        <source>What you will find here:</source>
        <translation>Was Sie hier finden werden:</translation>
    </message>
    <message>
        <source>This part is not yet available in this version of DigiWandel. Your organisation data entered now will be used by it.</source>
        <translation>Dieser Teil ist in dieser Version von DigiWandel noch nicht verfügbar. Die Daten zu Ihrer Organisation, die Sie jetzt eingeben, werden hier später verwendet.</translation>
    </message>
    <message>
        <source>Digitalisierungscheck</source>
        <translation>Digitalisierungscheck</translation>
    </message>
    <message>
        <source>The Digitalisierungscheck shows where your organisation stands digitally. Several colleagues from different areas and levels answer the same questions; the program compares their views and repeats the check over time.</source>
        <translation>Der Digitalisierungscheck zeigt, wo Ihre Organisation digital steht. Mehrere Kolleginnen und Kollegen aus verschiedenen Bereichen und Ebenen beantworten dieselben Fragen; das Programm vergleicht ihre Einschätzungen. Durch regelmäßige Wiederholung werden Veränderungen sichtbar.</translation>
    </message>
    <message>
        <source>A question catalog with nine dimensions, from strategy to funding</source>
        <translation>Ein Fragenkatalog mit neun Dimensionen, von der Strategie bis zur Finanzierung</translation>
    </message>
    <message>
        <source>A survey mode in which one person after another answers on this PC</source>
        <translation>Ein Befragungsmodus, in dem eine Person nach der anderen an diesem Computer antwortet</translation>
    </message>
    <message>
        <source>Results per dimension, per area and per level, with changes over time</source>
        <translation>Ergebnisse je Dimension, je Bereich und je Ebene, mit den Veränderungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Findings on typical weak spots and recommended measures</source>
        <translation>Hinweise auf typische Schwachstellen und empfohlene Maßnahmen</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Technologies drive digital change: online platforms, augmented and virtual reality, artificial intelligence, robotics, big data, and also 3D printing, the Internet of Things, cloud services and specialist software. Here you rate how relevant each is for you and how much you already use it.</source>
        <translation>Technologien treiben den digitalen Wandel voran: Online-Plattformen, erweiterte und virtuelle Realität (AR/VR), künstliche Intelligenz, Robotik, Big Data und außerdem 3D-Druck, das Internet der Dinge, Cloud-Dienste und Fachsoftware. Hier bewerten Sie, wie wichtig jede dieser Technologien für Sie ist und wie stark Sie sie bereits nutzen.</translation>
    </message>
    <message>
        <source>Relevance and current use of each driver, with notes</source>
        <translation>Relevanz und aktuelle Nutzung jedes Treibers, mit Notizen</translation>
    </message>
    <message>
        <source>A chart of relevance against use</source>
        <translation>Ein Diagramm, das Relevanz und Nutzung gegenüberstellt</translation>
    </message>
    <message>
        <source>Examples from the social sector for each driver</source>
        <translation>Beispiele aus dem Sozialwesen für jeden Treiber</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>The strategy editor records who you are and where you want to go: vision, Leitbild, values and overarching aims, a digital strategy with measurable goals, the digital team and the communication plan.</source>
        <translation>Hier halten Sie fest, wer Sie sind und wohin Sie wollen: Vision, Leitbild, Werte und übergeordnete Ziele, eine Digitalstrategie mit messbaren Zielen, das Digitalteam und den Kommunikationsplan.</translation>
    </message>
    <message>
        <source>Strategy versions that the board adopts, compared side by side</source>
        <translation>Strategiefassungen, die der Vorstand beschließt, im direkten Vergleich</translation>
    </message>
    <message>
        <source>Goals with indicators; progress is calculated from measurements</source>
        <translation>Ziele mit Indikatoren; der Fortschritt wird aus Messwerten berechnet</translation>
    </message>
    <message>
        <source>Which areas and levels the digital team covers, and where gaps are</source>
        <translation>Welche Bereiche und Ebenen das Digitalteam abdeckt und wo es Lücken gibt</translation>
    </message>
    <message>
        <source>A communication plan with due and overdue entries</source>
        <translation>Ein Kommunikationsplan mit fälligen und überfälligen Einträgen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Every digitalisation measure runs through twelve steps, from needs analysis and goal setting through pilot, evaluation and scaling to documentation and sharing what was learned.</source>
        <translation>Jede Digitalisierungsmaßnahme durchläuft zwölf Schritte: von der Bedarfsanalyse und der Zielsetzung über Erprobung, Auswertung und Ausweitung bis zur Dokumentation und zur Weitergabe der gewonnenen Erfahrungen.</translation>
    </message>
    <message>
        <source>Measures with owner, schedule, status and a traffic light with its reason</source>
        <translation>Maßnahmen mit verantwortlicher Person, Zeitplan, Status und einer Ampel samt Begründung</translation>
    </message>
    <message>
        <source>The twelve steps with checklists, tasks and success metrics</source>
        <translation>Die zwölf Schritte mit Checklisten, Aufgaben und Erfolgskriterien</translation>
    </message>
    <message>
        <source>Budget, stakeholders, risks, decisions and PDCA cycles</source>
        <translation>Budget, Beteiligte, Risiken, Entscheidungen und PDCA-Zyklen</translation>
    </message>
    <message>
        <source>Portfolio table, board by step and timeline</source>
        <translation>Alle Maßnahmen als Tabelle, als Tafel nach Schritten und als Zeitleiste</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Reports bring the results together for the board and for the team, as PDF files to print or pass on.</source>
        <translation>Berichte fassen die Ergebnisse für den Vorstand und das Team zusammen – als PDF-Dateien zum Ausdrucken oder Weitergeben.</translation>
    </message>
    <message>
        <source>The board report (Vorstandsbericht) with charts and key figures</source>
        <translation>Der Vorstandsbericht mit Diagrammen und Kennzahlen</translation>
    </message>
    <message>
        <source>Assessment report, project profile and strategy paper</source>
        <translation>Bericht zum Digitalisierungscheck, Projektsteckbrief und Strategiepapier</translation>
    </message>
    <message>
        <source>A blank questionnaire to fill in on paper</source>
        <translation>Ein leerer Fragebogen zum Ausfüllen auf Papier</translation>
    </message>
</context>
<context>
    <name>LevelsTab</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Hierarchy levels</source>
        <translation>Hierarchieebenen</translation>
    </message>
    <message>
        <source>&amp;New level…</source>
        <translation>&amp;Neue Ebene…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Hierarchy levels let the Digitalisierungscheck compare how leadership, staff and volunteers see the organisation. Order 0 is the top.</source>
        <translation>Mit den Hierarchieebenen vergleicht der Digitalisierungscheck, wie Leitung, Mitarbeitende und Ehrenamtliche die Organisation sehen. Die Ebene mit der Reihenfolge 0 steht ganz oben.</translation>
    </message>
    <message>
        <source>This level belongs to the leadership</source>
        <translation>Diese Ebene gehört zur Leitung</translation>
    </message>
    <message>
        <source>This level stands for volunteers</source>
        <translation>Diese Ebene steht für Ehrenamtliche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Leadership:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <source>&amp;Volunteers:</source>
        <translation>&amp;Ehrenamtliche:</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Neue Ebene</translation>
    </message>
    <message>
        <source>Add level “{name}”</source>
        <translation>Ebene „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit level</source>
        <translation>Ebene bearbeiten</translation>
    </message>
    <message>
        <source>Edit level “{name}”</source>
        <translation>Ebene „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete the level “{name}”?</source>
        <translation>Möchten Sie die Ebene „{name}“ wirklich löschen?</translation>
    </message>
    <message>
        <source>{count} person(s) belong to it; they are kept, without a level.</source>
        <translation>Dieser Ebene zugeordnete Personen: {count}. Sie bleiben erhalten, gehören danach aber zu keiner Ebene mehr.</translation>
    </message>
    <message>
        <source>Delete level</source>
        <translation>Ebene löschen</translation>
    </message>
    <message>
        <source>Delete level “{name}”</source>
        <translation>Ebene „{name}“ löschen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parts of the program</source>
        <translation>Programmteile</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Digitalisierungscheck</source>
        <translation>Digitalisierungscheck</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>DigiWandel &amp;help</source>
        <translation>DigiWandel-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DigiWandel</source>
        <translation>&amp;Über DigiWandel</translation>
    </message>
    <message>
        <source>(no files yet)</source>
        <translation>(noch keine Dateien)</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Datei bereits geöffnet</translation>
    </message>
    <message>
        <source>{path} is already open in another DigiWandel window. Please switch to that window.</source>
        <translation>{path} ist bereits in einem anderen DigiWandel-Fenster geöffnet. Bitte wechseln Sie zu diesem Fenster.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of DigiWandel. Please install the current version to open it. The file has not been changed.</source>
        <translation>{path} wurde mit einer neueren Version von DigiWandel gespeichert. Bitte installieren Sie die aktuelle Version, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is not a DigiWandel database. The file has not been changed.</source>
        <translation>{path} ist keine DigiWandel-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. The file has not been changed. Please restore a backup.</source>
        <translation>{path} ist beschädigt und kann nicht gelesen werden. Die Datei wurde nicht verändert. Bitte stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>{path} cannot be read. Check that the file exists and that you may open it.</source>
        <translation>{path} kann nicht gelesen werden. Bitte prüfen Sie, ob die Datei vorhanden ist und ob Sie die Berechtigung haben, sie zu öffnen.</translation>
    </message>
    <message>
        <source>DigiWandel databases ({patterns});;All files (*)</source>
        <translation>DigiWandel-Datenbanken ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>new-organisation.sqlite3</source>
        <translation>neue-organisation.sqlite3</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei bereits vorhanden</translation>
    </message>
    <message>
        <source>{path} already exists. A new database needs a new file name; to work with the existing file, use File → Open.</source>
        <translation>{path} ist bereits vorhanden. Eine neue Datenbank braucht einen neuen Dateinamen. Um mit der vorhandenen Datei zu arbeiten, wählen Sie Datei → Öffnen.</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>The demo database is already open. Reset it to its original state?</source>
        <translation>Die Demo-Datenbank ist bereits geöffnet. Möchten Sie sie auf den Ausgangszustand zurücksetzen?</translation>
    </message>
    <message>
        <source>Demo not available</source>
        <translation>Demo nicht verfügbar</translation>
    </message>
    <message>
        <source>The demo database could not be written: {reason}</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Demo database opened.</source>
        <translation>Demo-Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation sections</source>
        <translation>Abschnitte der Organisation</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Berei&amp;che</translation>
    </message>
    <message>
        <source>&amp;Hierarchy levels</source>
        <translation>H&amp;ierarchieebenen</translation>
    </message>
    <message>
        <source>P&amp;ersons</source>
        <translation>Per&amp;sonen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>This database does not describe an organisation yet. Set up your organisation with its areas, or open the demo to look around first.</source>
        <translation>In dieser Datenbank ist noch keine Organisation angelegt. Richten Sie Ihre Organisation mit ihren Bereichen ein oder öffnen Sie zuerst die Demo, um sich umzusehen.</translation>
    </message>
    <message>
        <source>&amp;Set up my organisation…</source>
        <translation>Meine Organisation &amp;einrichten…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Demo &amp;öffnen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How DigiWandel helps&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Organisation&lt;/b&gt;: describe your areas, levels and the people who take on roles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Digitalisierungscheck&lt;/b&gt;: find out, area by area, where you stand digitally, and repeat the check every year.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategy&lt;/b&gt;: write down vision and goals, with indicators that show progress.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Measures&lt;/b&gt;: run each digitalisation measure through twelve steps, from needs analysis to sharing what was learned.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reports&lt;/b&gt;: print the board report before board meetings.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So unterstützt Sie DigiWandel&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Organisation&lt;/b&gt;: Beschreiben Sie Ihre Bereiche, Ebenen und die Personen, die Rollen übernehmen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Digitalisierungscheck&lt;/b&gt;: Finden Sie Bereich für Bereich heraus, wo Sie digital stehen, und wiederholen Sie den Check jedes Jahr.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategie&lt;/b&gt;: Halten Sie Vision und Ziele fest, mit Indikatoren, die den Fortschritt zeigen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Maßnahmen&lt;/b&gt;: Führen Sie jede Digitalisierungsmaßnahme durch zwölf Schritte, von der Bedarfsanalyse bis zur Weitergabe der gewonnenen Erfahrungen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Berichte&lt;/b&gt;: Drucken Sie vor Vorstandssitzungen den Vorstandsbericht aus.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Edit &amp;organisation</source>
        <translation>&amp;Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Welcome to DigiWandel</source>
        <translation>Willkommen bei DigiWandel</translation>
    </message>
    <message>
        <source>No database is open. Create a new one with File → New database, open an existing one with File → Open, or look around in the demo.</source>
        <translation>Es ist keine Datenbank geöffnet. Legen Sie mit Datei → Neue Datenbank eine neue an, öffnen Sie mit Datei → Öffnen eine vorhandene, oder sehen Sie sich zuerst die Demo an.</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save everything stored about the selected person (GDPR Art. 15)</source>
        <translation>Alle gespeicherten Daten der ausgewählten Person in eine Datei exportieren (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Search persons</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Persons are the people who take on roles: owners of goals and measures, members of the digital team. Only name, area, level, role and an optional e-mail address are stored.</source>
        <translation>Personen übernehmen Aufgaben: Sie verantworten Ziele und Maßnahmen oder gehören zum Digitalteam. Gespeichert werden nur Name, Bereich, Ebene, Rolle und auf Wunsch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <source>(no level)</source>
        <translation>(keine Ebene)</translation>
    </message>
    <message>
        <source>e.g. Bereichsleitung, Sozialarbeiterin</source>
        <translation>z. B. Bereichsleitung, Sozialarbeiterin</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Add person “{name}”</source>
        <translation>Person „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Edit person “{name}”</source>
        <translation>Person „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete “{name}” and all personal data stored about this person? Roles they hold elsewhere become empty.</source>
        <translation>Möchten Sie „{name}“ und alle über diese Person gespeicherten personenbezogenen Daten löschen? Rollen, die die Person an anderer Stelle innehat, sind danach nicht mehr besetzt.</translation>
    </message>
    <message>
        <source>Delete person “{name}”</source>
        <translation>Person „{name}“ löschen</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Personal data exported to {path}</source>
        <translation>Personenbezogene Daten nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>e.g. youth welfare, counselling</source>
        <translation>z. B. Jugendhilfe, Beratung</translation>
    </message>
    <message>
        <source>&amp;Name of the organisation:</source>
        <translation>&amp;Name der Organisation:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Rechtsform:</translation>
    </message>
    <message>
        <source>&amp;Fields of work:</source>
        <translation>Arbeits&amp;felder:</translation>
    </message>
    <message>
        <source>&amp;Staff (people):</source>
        <translation>&amp;Mitarbeitende (Anzahl Personen):</translation>
    </message>
    <message>
        <source>&amp;Volunteers (people):</source>
        <translation>&amp;Ehrenamtliche (Anzahl Personen):</translation>
    </message>
    <message>
        <source>S&amp;treet and number:</source>
        <translation>Straße &amp;und Hausnummer:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>PL&amp;Z:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation>&amp;Geschäftsjahr beginnt im:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>Logo en&amp;tfernen</translation>
    </message>
    <message>
        <source>Logo (for reports):</source>
        <translation>Logo (für Berichte):</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you leave a field. Ctrl+Z undoes the last change.</source>
        <translation>Änderungen werden gespeichert, sobald Sie ein Feld verlassen. Strg+Z macht die letzte Änderung rückgängig.</translation>
    </message>
    <message>
        <source>Change organisation profile</source>
        <translation>Profil der Organisation ändern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Logo gespeichert.</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Remove the logo from the profile?</source>
        <translation>Möchten Sie das Logo aus dem Profil entfernen?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Sprache des Programms:</translation>
    </message>
    <message>
        <source>&amp;Smallest group shown in results:</source>
        <translation>&amp;Mindestgruppengröße für Ergebnisse:</translation>
    </message>
    <message>
        <source>A new language takes effect when DigiWandel is started again.</source>
        <translation>Eine geänderte Sprache gilt ab dem nächsten Start von DigiWandel.</translation>
    </message>
    <message>
        <source>Results of the Digitalisierungscheck are only broken down by area or level when at least this many people answered, so no one&apos;s answers can be identified. This setting is stored with the organisation&apos;s data.</source>
        <translation>Ergebnisse des Digitalisierungschecks werden nur dann nach Bereich oder Ebene aufgeschlüsselt, wenn mindestens so viele Personen geantwortet haben. So lassen sich Antworten nicht einzelnen Personen zuordnen. Diese Einstellung wird mit den Daten der Organisation gespeichert.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to DigiWandel</source>
        <translation>Willkommen bei DigiWandel</translation>
    </message>
    <message>
        <source>DigiWandel helps your organisation find out where it stands digitally, write down a digital strategy and steer its digitalisation measures. Everything stays on this computer.</source>
        <translation>DigiWandel hilft Ihrer Organisation herauszufinden, wo sie digital steht, eine Digitalstrategie festzuhalten und ihre Digitalisierungsmaßnahmen zu steuern. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Set up my organisation</source>
        <translation>Meine Organisation &amp;einrichten</translation>
    </message>
    <message>
        <source>Enter the name of your organisation and its areas. Takes two minutes.</source>
        <translation>Geben Sie den Namen Ihrer Organisation und ihre Bereiche ein. Das dauert etwa zwei Minuten.</translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation>&amp;Demo ansehen</translation>
    </message>
    <message>
        <source>Open a fictional youth welfare association with example data, in a separate file. Your own data is not touched.</source>
        <translation>Öffnet einen fiktiven Jugendhilfeverein mit Beispieldaten in einer eigenen Datei. Ihre eigenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Set up my organisation</source>
        <translation>Meine Organisation einrichten</translation>
    </message>
    <message>
        <source>e.g. Jugendhilfe Musterstadt e.V.</source>
        <translation>z. B. Jugendhilfe Musterstadt e.V.</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Create the usual levels: leadership, middle management, staff, volunteers</source>
        <translation>Die üblichen Ebenen anlegen: Leitung, mittlere Führungsebene, Mitarbeitende, Ehrenamtliche</translation>
    </message>
    <message>
        <source>&amp;Name of the organisation:</source>
        <translation>&amp;Name der Organisation:</translation>
    </message>
    <message>
        <source>&amp;Areas (one per line):</source>
        <translation>&amp;Bereiche (einer pro Zeile):</translation>
    </message>
    <message>
        <source>You can change all of this later on the Organisation page.</source>
        <translation>Sie können all das später auf der Seite „Organisation“ ändern.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Middle management</source>
        <translation>Mittlere Führungsebene</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
</context>
</TS>
