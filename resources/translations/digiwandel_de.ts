<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>About</name>
        <message>
            <source>&lt;p&gt;Licence: GNU General Public License, version 3 or later. You may use, copy and change the program; it comes without any warranty.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später. Sie dürfen das Programm nutzen, weitergeben und verändern; es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Geöffnete Datenbank</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>Error log (holds no personal data)</source>
            <translation>Fehlerprotokoll (enthält keine personenbezogenen Daten)</translation>
        </message>
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
        <name>AgendaBox</name>
        <message>
            <source>&lt;b&gt;Needs attention&lt;/b&gt;</source>
            <translation>&lt;b&gt;Braucht Aufmerksamkeit&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>&lt;b&gt;Due in the next two weeks&lt;/b&gt;</source>
            <translation>&lt;b&gt;Fällig in den nächsten zwei Wochen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Due in the next two weeks</source>
            <translation>Fällig in den nächsten zwei Wochen</translation>
        </message>
        <message>
            <source>Nothing needs attention right now.</source>
            <translation>Im Moment braucht nichts Ihre Aufmerksamkeit.</translation>
        </message>
        <message>
            <source>Nothing falls due in the next two weeks.</source>
            <translation>In den nächsten zwei Wochen ist nichts fällig.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more on the Measures page</source>
            <translation>
                <numerusform>… und %n weiterer Eintrag auf der Seite Maßnahmen</numerusform>
                <numerusform>… und %n weitere auf der Seite Maßnahmen</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the list of measures</source>
            <translation>Die Liste der Maßnahmen öffnen</translation>
        </message>
        <message>
            <source>Open the measure</source>
            <translation>Die Maßnahme öffnen</translation>
        </message>
        <message>
            <source>Open the strategy</source>
            <translation>Die Strategie öffnen</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more goals without a measure</source>
            <translation>
                <numerusform>… und %n weiteres Ziel ohne Maßnahme</numerusform>
                <numerusform>… und %n weitere Ziele ohne Maßnahme</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the Digitalisierungscheck</source>
            <translation>Den Digitalisierungscheck öffnen</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>{light}: “{title}”</source>
            <translation>{light}: „{title}“</translation>
        </message>
        <message numerus="yes">
            <source>“{title}”: %n task(s) overdue since {date}</source>
            <translation>
                <numerusform>„{title}“: %n Aufgabe überfällig seit {date}</numerusform>
                <numerusform>„{title}“: %n Aufgaben überfällig seit {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}”: step {step} was due on {date}</source>
            <translation>„{title}“: Schritt {step} war am {date} fällig</translation>
        </message>
        <message>
            <source>“{title}”: {amount} over budget</source>
            <translation>„{title}“: {amount} über dem Budget</translation>
        </message>
        <message>
            <source>Goal “{title}” has no measure yet</source>
            <translation>Ziel „{title}“ hat noch keine Maßnahme</translation>
        </message>
        <message>
            <source>“{title}” serves no goal of the strategy</source>
            <translation>„{title}“ dient keinem Ziel der Strategie</translation>
        </message>
        <message>
            <source>The review of the strategy “{title}” was due on {date}</source>
            <translation>Die Überprüfung der Strategie „{title}“ war am {date} fällig</translation>
        </message>
        <message>
            <source>{date}: review of the strategy “{title}”</source>
            <translation>{date}: Überprüfung der Strategie „{title}“</translation>
        </message>
        <message>
            <source>{date}: milestone “{title}” ({measure})</source>
            <translation>{date}: Meilenstein „{title}“ ({measure})</translation>
        </message>
        <message>
            <source>{date}: task “{title}” ({measure})</source>
            <translation>{date}: Aufgabe „{title}“ ({measure})</translation>
        </message>
        <message>
            <source>{date}: communication with “{audience}”</source>
            <translation>{date}: Kommunikation mit „{audience}“</translation>
        </message>
        <message>
            <source>The last Digitalisierungscheck was on {date}: time to repeat it</source>
            <translation>Der letzte Digitalisierungscheck war am {date}: Zeit, ihn zu wiederholen</translation>
        </message>
    </context>
    <context>
        <name>AlignmentModel</name>
        <message>
            <source>Not linked. Press Space to link “{measure}” to this goal.</source>
            <translation>Nicht verknüpft. Drücken Sie die Leertaste, um „{measure}“ mit diesem Ziel zu verknüpfen.</translation>
        </message>
        <message>
            <source>Linked (no note on the contribution).</source>
            <translation>Verknüpft (ohne Notiz zum Beitrag).</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>verknüpft</translation>
        </message>
        <message>
            <source>not linked</source>
            <translation>nicht verknüpft</translation>
        </message>
    </context>
    <context>
        <name>AlignmentTab</name>
        <message>
            <source>Which measures serve which goal? A ✓ marks a link. Select a cell and press Space or Enter (or double-click) to link or unlink; the note on the contribution appears as a tooltip.</source>
            <translation>Welche Maßnahmen dienen welchem Ziel? Ein ✓ kennzeichnet eine Verknüpfung. Wählen Sie eine Zelle und drücken Sie die Leertaste oder Eingabe (oder doppelklicken Sie), um zu verknüpfen oder die Verknüpfung zu lösen; die Notiz zum Beitrag erscheint als Tooltip.</translation>
        </message>
        <message>
            <source>Goals and measures</source>
            <translation>Ziele und Maßnahmen</translation>
        </message>
        <message>
            <source>Only planned, running and paused measures</source>
            <translation>Nur geplante, laufende und pausierte Maßnahmen</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Goals of this version</source>
            <translation>Ziele dieser Strategiefassung</translation>
        </message>
        <message>
            <source>There is no strategy version yet. Start one in the tab “Versions”; then its goals can be linked to measures here.</source>
            <translation>Es gibt noch keine Strategiefassung. Legen Sie eine im Reiter „Fassungen“ an; danach können Sie ihre Ziele hier mit Maßnahmen verknüpfen.</translation>
        </message>
        <message>
            <source>This version has no goals yet. Add goals first; then link them to the measures that serve them.</source>
            <translation>Diese Strategiefassung hat noch keine Ziele. Legen Sie zuerst Ziele an und verknüpfen Sie sie dann mit den Maßnahmen, die ihnen dienen.</translation>
        </message>
        <message>
            <source>No measures recorded yet. Once measures exist, link them to the goals they serve. The goals of this version:</source>
            <translation>Noch keine Maßnahmen erfasst. Sobald es Maßnahmen gibt, verknüpfen Sie sie mit den Zielen, denen sie dienen. Die Ziele dieser Strategiefassung:</translation>
        </message>
        <message>
            <source>This version is archived, so its links can no longer be changed.</source>
            <translation>Diese Strategiefassung ist archiviert; ihre Verknüpfungen können nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>Goals without any measure: {names}</source>
            <translation>Ziele ohne Maßnahme: {names}</translation>
        </message>
        <message>
            <source>Measures without any goal: {names}</source>
            <translation>Maßnahmen ohne Ziel: {names}</translation>
        </message>
        <message>
            <source>Every goal has a measure and every measure serves a goal.</source>
            <translation>Jedes Ziel hat eine Maßnahme, und jede Maßnahme dient einem Ziel.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Link measure to goal</source>
            <translation>Maßnahme mit Ziel verknüpfen</translation>
        </message>
        <message>
            <source>How the measure &amp;contributes (optional):</source>
            <translation>&amp;Wie die Maßnahme beiträgt (optional):</translation>
        </message>
        <message>
            <source>Goal: {goal}
Measure: {measure}</source>
            <translation>Ziel: {goal}
Maßnahme: {measure}</translation>
        </message>
        <message>
            <source>Link “{measure}” to “{goal}”</source>
            <translation>„{measure}“ mit „{goal}“ verknüpfen</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Verknüpfung entfernen</translation>
        </message>
        <message>
            <source>Remove the link between the goal “{goal}” and the measure “{measure}”?</source>
            <translation>Die Verknüpfung zwischen dem Ziel „{goal}“ und der Maßnahme „{measure}“ entfernen?</translation>
        </message>
        <message>
            <source>Unlink “{measure}” from “{goal}”</source>
            <translation>Verknüpfung von „{measure}“ mit „{goal}“ lösen</translation>
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
        <message numerus="yes">
            <source>%n person(s) belong to it; they are kept, without an area.</source>
            <translation>
                <numerusform>%n Person gehört dazu; sie bleibt erhalten, ohne Bereich.</numerusform>
                <numerusform>%n Personen gehören dazu; sie bleiben erhalten, ohne Bereich.</numerusform>
            </translation>
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
            <source>Delete area</source>
            <translation>Bereich löschen</translation>
        </message>
        <message>
            <source>Delete area “{name}”</source>
            <translation>Bereich „{name}“ löschen</translation>
        </message>
    </context>
    <context>
        <name>AssessmentReport</name>
        <message>
            <source>points since “{title}”</source>
            <extracomment>The optional parts, in the order the report shows them. One percentage per dimension (in the order of ``AssessmentData.dimensions``); None for the whole group when it is smaller than the smallest group size. ``charts.specs.check_chart_specs`` of the results: builder → spec or None.</extracomment>
            <translation>Punkte seit „{title}“</translation>
        </message>
        <message>
            <source>no earlier check to compare with</source>
            <translation>kein früherer Check zum Vergleich</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>Results of the check “{title}” of {date} (question catalog {catalog}).</source>
            <translation>Ergebnisse des Checks „{title}“ vom {date} (Fragenkatalog {catalog}).</translation>
        </message>
        <message>
            <source>Overall index</source>
            <translation>Gesamtindex</translation>
        </message>
        <message>
            <source>Answer sheets</source>
            <translation>Antwortbögen</translation>
        </message>
        <message>
            <source>of the answers “don't know”</source>
            <translation>der Antworten „weiß nicht“</translation>
        </message>
        <message>
            <source>Stage: {band}</source>
            <translation>Stufe: {band}</translation>
        </message>
        <message>
            <source>Strongest dimension: {best} ({best_percent}).</source>
            <translation>Stärkste Dimension: {best} ({best_percent}).</translation>
        </message>
        <message>
            <source>Weakest dimension: {worst} ({worst_percent}).</source>
            <translation>Schwächste Dimension: {worst} ({worst_percent}).</translation>
        </message>
        <message numerus="yes">
            <source>%n typical weak spot(s) stand out: {names}.</source>
            <translation>
                <numerusform>%n typische Schwachstelle fällt auf: {names}.</numerusform>
                <numerusform>%n typische Schwachstellen fallen auf: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Groups with fewer than {n} answer sheets are not shown, so that nobody's answers can be identified.</source>
            <translation>Gruppen mit weniger als {n} Antwortbögen werden nicht angezeigt, damit sich keine Antworten einzelnen Personen zuordnen lassen.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Results per dimension</source>
            <translation>Ergebnisse je Dimension</translation>
        </message>
        <message>
            <source>Each dimension's result is the share of the way to “firmly established” that the answers describe. Change and gap to target are in percentage points; a positive gap means the target is still ahead.</source>
            <translation>Das Ergebnis einer Dimension gibt an, welchen Teil des Weges bis „fest etabliert“ die Antworten beschreiben. Veränderung und Abstand zum Ziel sind in Prozentpunkten angegeben; ein positiver Abstand heißt, dass das Ziel noch vor uns liegt.</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Gap to target</source>
            <translation>Abstand zum Ziel</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>Weiß nicht</translation>
        </message>
        <message>
            <source>Views differ</source>
            <translation>Uneinig</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>No typical weak spot stands out in the data.</source>
            <translation>In den Daten fällt keine typische Schwachstelle auf.</translation>
        </message>
        <message>
            <source>Typical weak spots of digital change that the answers point to, each with the figures behind it.</source>
            <translation>Typische Schwachstellen des digitalen Wandels, auf die die Antworten hinweisen, jeweils mit den Zahlen dahinter.</translation>
        </message>
        <message>
            <source>Why we say this:</source>
            <translation>Woran wir das erkennen:</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>No recommendation follows from this check.</source>
            <translation>Aus diesem Check ergibt sich keine Empfehlung.</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>No question stands out as urgent.</source>
            <translation>Keine Frage fällt als dringend auf.</translation>
        </message>
        <message>
            <source>These questions matter most and are furthest from “firmly established”:</source>
            <translation>Diese Fragen sind am wichtigsten und am weitesten von „fest etabliert“ entfernt:</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Where views differ</source>
            <translation>Wo die Sichtweisen auseinandergehen</translation>
        </message>
        <message>
            <source>The answers agree well; no question stands out.</source>
            <translation>Die Antworten stimmen weitgehend überein; keine Frage fällt auf.</translation>
        </message>
        <message>
            <source>On these questions colleagues see the organisation differently, the most important first. Talk about them: the difference itself is a result.</source>
            <translation>Bei diesen Fragen sehen Kolleginnen und Kollegen die Organisation unterschiedlich, die wichtigsten zuerst. Sprechen Sie darüber: Schon der Unterschied ist ein Ergebnis.</translation>
        </message>
        <message numerus="yes">
            <source>%n level(s)</source>
            <translation>
                <numerusform>%n Stufe</numerusform>
                <numerusform>%n Stufen</numerusform>
            </translation>
        </message>
        <message>
            <source>leadership {lead}, staff {staff}</source>
            <translation>Leitung {lead}, Mitarbeitende {staff}</translation>
        </message>
        <message>
            <source>Answers differ by</source>
            <translation>Unterschied der Antworten</translation>
        </message>
        <message>
            <source>Leadership and staff</source>
            <translation>Leitung und Mitarbeitende</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more question(s) where answers differ.</source>
            <translation>
                <numerusform>… und %n weitere Frage mit unterschiedlichen Antworten.</numerusform>
                <numerusform>… und %n weitere Fragen mit unterschiedlichen Antworten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Levels: {levels}; a group's level is the middle value (median) of its answers.</source>
            <translation>Stufen: {levels}; die Stufe einer Gruppe ist der mittlere Wert (Median) ihrer Antworten.</translation>
        </message>
        <message>
            <source>Groups with fewer than {n} answer sheets are not shown, so that nobody's answers can be identified. A dash means too few answers in that dimension or questions that do not apply to the group.</source>
            <translation>Gruppen mit weniger als {n} Antwortbögen werden nicht angezeigt, damit sich keine Antworten einzelnen Personen zuordnen lassen. Ein Strich bedeutet: zu wenige Antworten in dieser Dimension oder Fragen, die für die Gruppe nicht zutreffen.</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>No answer sheet names an area.</source>
            <translation>Kein Antwortbogen nennt einen Bereich.</translation>
        </message>
        <message>
            <source>How each area sees the organisation. Large differences show where areas work on digital topics each for themselves.</source>
            <translation>Wie jeder Bereich die Organisation sieht. Große Unterschiede zeigen, wo Bereiche jeweils für sich an digitalen Themen arbeiten.</translation>
        </message>
        <message>
            <source>No answer sheet names a hierarchy level.</source>
            <translation>Kein Antwortbogen nennt eine Hierarchieebene.</translation>
        </message>
        <message>
            <source>Leadership often sees things more positively than the people who do the daily work. Where the two differ, it is worth talking about why.</source>
            <translation>Leitungskräfte sehen vieles oft positiver als die Menschen, die die tägliche Arbeit machen. Wo beide Sichten auseinandergehen, lohnt sich das Gespräch über das Warum.</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Im Zeitverlauf</translation>
        </message>
        <message>
            <source>This is the first completed check; the change over time appears with the next one.</source>
            <translation>Dies ist der erste abgeschlossene Check; die Entwicklung über die Zeit zeigt sich mit dem nächsten.</translation>
        </message>
        <message>
            <source>The overall index and the dimensions in the completed checks up to this one.</source>
            <translation>Gesamtindex und Dimensionen in den abgeschlossenen Checks bis zu diesem.</translation>
        </message>
        <message numerus="yes">
            <source>The table shows the latest %n check(s); the chart shows all.</source>
            <translation>
                <numerusform>Die Tabelle zeigt den letzten %n Check; das Diagramm zeigt alle.</numerusform>
                <numerusform>Die Tabelle zeigt die letzten %n Checks; das Diagramm zeigt alle.</numerusform>
            </translation>
        </message>
        <message>
            <source>{band}: {low} to {high}</source>
            <translation>{band}: {low} bis {high}</translation>
        </message>
        <message>
            <source>How to read this report</source>
            <translation>So lesen Sie diesen Bericht</translation>
        </message>
        <message>
            <source>Colleagues from different areas and levels answered the same questions. For each question they chose one of four statements, from 0 ({lowest}) to 3 ({highest}), or said “{dont_know}” or “{not_applicable}”. These two answers count in no result.</source>
            <translation>Kolleginnen und Kollegen aus verschiedenen Bereichen und Ebenen haben dieselben Fragen beantwortet. Zu jeder Frage haben sie eine von vier Aussagen gewählt, von 0 ({lowest}) bis 3 ({highest}), oder „{dont_know}“ bzw. „{not_applicable}“ angegeben. Diese beiden Antworten zählen in keinem Ergebnis.</translation>
        </message>
        <message>
            <source>A question's level is the middle value (median) of the answers. A dimension's result is the mean level of its questions as a share of level 3; the overall index is the mean of the dimensions. The stages: {stages}.</source>
            <translation>Die Stufe einer Frage ist der mittlere Wert (Median) der Antworten. Das Ergebnis einer Dimension ist die durchschnittliche Stufe ihrer Fragen als Anteil an Stufe 3; der Gesamtindex ist der Mittelwert der Dimensionen. Die Stufen: {stages}.</translation>
        </message>
        <message>
            <source>Findings name typical weak spots of digital change when the answers, and what the program knows today about strategy and measures, point to them. Groups with fewer than {n} answer sheets are never shown, in no table, chart or sentence.</source>
            <translation>Befunde benennen typische Schwachstellen des digitalen Wandels, wenn die Antworten und das, was das Programm heute über Strategie und Maßnahmen weiß, darauf hinweisen. Gruppen mit weniger als {n} Antwortbögen werden nirgends gezeigt – in keiner Tabelle, keinem Diagramm und keinem Satz.</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <source>Back up &amp;now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>Restore from bac&amp;kup…</source>
            <translation>Aus Sic&amp;herung wiederherstellen…</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Gesichert in {path}</translation>
        </message>
        <message>
            <source>The automatic backup failed: {reason}</source>
            <translation>Die automatische Sicherung ist fehlgeschlagen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BoardReport</name>
        <message>
            <source>No section of the report was chosen.</source>
            <extracomment>Rows of the timeline that fit one page at full width; the rest are counted. The key figures compared with the last board report: (key, kind of value). Names listed in the summary box before "and n more".</extracomment>
            <translation>Es wurde kein Abschnitt des Berichts ausgewählt.</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>„{name}“</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Where {organisation} stands in its digital change on {date}: maturity, strategy and measures, and what the board is asked to decide.</source>
            <translation>Wo {organisation} am {date} im digitalen Wandel steht: Reifegrad, Strategie und Maßnahmen – und worüber der Vorstand entscheiden soll.</translation>
        </message>
        <message>
            <source>What needs the board's decision</source>
            <translation>Was der Vorstand entscheiden muss</translation>
        </message>
        <message>
            <source>The chapter “Decisions needed” lists every item.</source>
            <translation>Das Kapitel „Anstehende Entscheidungen“ führt jeden Punkt einzeln auf.</translation>
        </message>
        <message>
            <source>Nothing is waiting for a decision by the board.</source>
            <translation>Derzeit wartet nichts auf eine Entscheidung des Vorstands.</translation>
        </message>
        <message>
            <source>Maturity index, stage “{stage}”</source>
            <translation>Reifegradindex, Stufe „{stage}“</translation>
        </message>
        <message>
            <source>Points since the previous check</source>
            <translation>Punkte seit dem vorigen Check</translation>
        </message>
        <message>
            <source>No previous check to compare</source>
            <translation>Kein früherer Check zum Vergleich</translation>
        </message>
        <message>
            <source>No completed check yet</source>
            <translation>Noch kein abgeschlossener Check</translation>
        </message>
        <message>
            <source>Measures, {active} of them active</source>
            <translation>Maßnahmen, davon {active} aktiv</translation>
        </message>
        <message>
            <source>Traffic light red</source>
            <translation>Ampel rot</translation>
        </message>
        <message>
            <source>Traffic light amber</source>
            <translation>Ampel gelb</translation>
        </message>
        <message>
            <source>Of the planned budget spent ({actual} of {plan})</source>
            <translation>des geplanten Budgets ausgegeben ({actual} von {plan})</translation>
        </message>
        <message>
            <source>Spent; no budget planned</source>
            <translation>ausgegeben; kein Budget geplant</translation>
        </message>
        <message>
            <source>{on_track} of {total}</source>
            <translation>{on_track} von {total}</translation>
        </message>
        <message>
            <source>Strategic goals on track</source>
            <translation>Strategische Ziele im Plan</translation>
        </message>
        <message>
            <source>Open risks scoring {score} or more</source>
            <translation>Offene Risiken mit {score} oder mehr Punkten</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) recorded in the measures are open</source>
            <translation>
                <numerusform>%n in den Maßnahmen festgehaltene Entscheidung ist offen</numerusform>
                <numerusform>%n in den Maßnahmen festgehaltene Entscheidungen sind offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n of them overdue</source>
            <translation>
                <numerusform>, davon %n überfällig</numerusform>
                <numerusform>, davon %n überfällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) with a red traffic light: {names}.</source>
            <translation>
                <numerusform>%n Maßnahme mit roter Ampel: {names}.</numerusform>
                <numerusform>%n Maßnahmen mit roter Ampel: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) more than 10 % over the planned budget: {names}.</source>
            <translation>
                <numerusform>%n Maßnahme liegt mehr als 10 % über dem geplanten Budget: {names}.</numerusform>
                <numerusform>%n Maßnahmen liegen mehr als 10 % über dem geplanten Budget: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The review of the strategy “{title}” has been due since {date}.</source>
            <translation>Die Überprüfung der Strategie „{title}“ ist seit dem {date} fällig.</translation>
        </message>
        <message>
            <source>The strategy version “{title}” awaits adoption.</source>
            <translation>Die Strategieversion „{title}“ wartet auf ihren Beschluss.</translation>
        </message>
        <message>
            <source>A goal is on track when it is achieved, or when its progress is at least the share of its time that has passed (from the start of the strategy period to the goal's due date).</source>
            <translation>Ein Ziel ist im Plan, wenn es erreicht ist oder sein Fortschritt mindestens dem Anteil seiner Laufzeit entspricht, der schon vergangen ist (vom Beginn des Strategiezeitraums bis zum Fälligkeitsdatum des Ziels).</translation>
        </message>
        <message>
            <source>Since the last report</source>
            <translation>Seit dem letzten Bericht</translation>
        </message>
        <message>
            <source>This is the first board report kept in the program; the next one will compare its key figures with this one.</source>
            <translation>Dies ist der erste im Programm aufbewahrte Vorstandsbericht; der nächste vergleicht seine Kennzahlen mit diesem.</translation>
        </message>
        <message>
            <source>The key figures of the last board report, of {date}, and today.</source>
            <translation>Die Kennzahlen des letzten Vorstandsberichts vom {date} und heute.</translation>
        </message>
        <message>
            <source>Maturity index</source>
            <translation>Reifegradindex</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Measures with a red traffic light</source>
            <translation>Maßnahmen mit roter Ampel</translation>
        </message>
        <message>
            <source>Measures with an amber traffic light</source>
            <translation>Maßnahmen mit gelber Ampel</translation>
        </message>
        <message>
            <source>Budget planned</source>
            <translation>Budget (Plan)</translation>
        </message>
        <message>
            <source>Budget spent</source>
            <translation>Budget ausgegeben</translation>
        </message>
        <message>
            <source>Open decisions in the measures</source>
            <translation>Offene Entscheidungen in den Maßnahmen</translation>
        </message>
        <message>
            <source>Open risks with a high score</source>
            <translation>Offene Risiken mit hoher Punktzahl</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Last report ({date})</source>
            <translation>Letzter Bericht ({date})</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>{change} points</source>
            <translation>{change} Punkte</translation>
        </message>
        <message>
            <source>Digital maturity</source>
            <translation>Digitaler Reifegrad</translation>
        </message>
        <message>
            <source>No Digitalisierungscheck has been completed yet, so there is no maturity to report.</source>
            <translation>Es wurde noch kein Digitalisierungscheck abgeschlossen; daher lässt sich noch kein Reifegrad berichten.</translation>
        </message>
        <message numerus="yes">
            <source>The latest completed check, “{title}” of {date}, rests on %n answer sheet(s). Its overall index is {index}, stage “{stage}”.</source>
            <translation>
                <numerusform>Der zuletzt abgeschlossene Check, „{title}“ vom {date}, beruht auf %n Antwortbogen. Sein Gesamtindex beträgt {index}, Stufe „{stage}“.</numerusform>
                <numerusform>Der zuletzt abgeschlossene Check, „{title}“ vom {date}, beruht auf %n Antwortbögen. Sein Gesamtindex beträgt {index}, Stufe „{stage}“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Compared with the previous check, “{title}” of {date}: {change} points.</source>
            <translation>Im Vergleich zum vorigen Check, „{title}“ vom {date}: {change} Punkte.</translation>
        </message>
        <message>
            <source>Maturity per dimension in percent: now, in the previous check and the target.</source>
            <translation>Reifegrad je Dimension in Prozent: jetzt, im vorigen Check und das Ziel.</translation>
        </message>
        <message>
            <source>Dimensions</source>
            <translation>Dimensionen</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Gap to target</source>
            <translation>Abstand zum Ziel</translation>
        </message>
        <message>
            <source>Change and gap in percentage points. The gap is what is still missing to the target set for the dimension.</source>
            <translation>Veränderung und Abstand in Prozentpunkten. Der Abstand ist das, was noch bis zum Ziel fehlt, das für die Dimension gesetzt wurde.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>No typical weak spot stands out in this check.</source>
            <translation>In diesem Check fällt keine typische Schwachstelle auf.</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>The check gives no recommendation.</source>
            <translation>Der Check ergibt keine Empfehlung.</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>No strategy has been written down yet.</source>
            <translation>Es ist noch keine Strategie festgehalten.</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>What digitalisation changes:</source>
            <translation>Was die Digitalisierung verändert:</translation>
        </message>
        <message>
            <source>Strategy version</source>
            <translation>Strategieversion</translation>
        </message>
        <message>
            <source>“{title}”, adopted on {date}</source>
            <translation>„{title}“, beschlossen am {date}</translation>
        </message>
        <message>
            <source>by {body}</source>
            <translation>durch {body}</translation>
        </message>
        <message>
            <source>“{title}”, a draft not adopted yet</source>
            <translation>„{title}“, ein noch nicht beschlossener Entwurf</translation>
        </message>
        <message>
            <source>period {start} – {end}</source>
            <translation>Zeitraum {start} – {end}</translation>
        </message>
        <message>
            <source>Review overdue: the strategy was to be reviewed on {date}.</source>
            <translation>Überprüfung überfällig: Die Strategie sollte am {date} überprüft werden.</translation>
        </message>
        <message>
            <source>Next review: {date}.</source>
            <translation>Nächste Überprüfung: {date}.</translation>
        </message>
        <message>
            <source>A new version, “{title}”, is being prepared and awaits adoption.</source>
            <translation>Eine neue Version, „{title}“, wird vorbereitet und wartet auf ihren Beschluss.</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>This strategy version has no goals yet.</source>
            <translation>Diese Strategieversion hat noch keine Ziele.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Impact level</source>
            <translation>Wirkungsstufe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>On track?</source>
            <translation>Im Plan?</translation>
        </message>
        <message>
            <source>Progress comes from the measurements of each goal's indicators. Impact levels 1–3 describe output, 4–6 outcome, 7 impact.</source>
            <translation>Der Fortschritt ergibt sich aus den Messungen der Indikatoren jedes Ziels. Die Wirkungsstufen 1–3 beschreiben Output, 4–6 Outcome, 7 Impact.</translation>
        </message>
        <message>
            <source>cannot be judged</source>
            <translation>nicht beurteilbar</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>im Verzug</translation>
        </message>
        <message>
            <source>No measure has been created yet.</source>
            <translation>Es wurde noch keine Maßnahme angelegt.</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s): {active} active, {planned} planned, {paused} paused, {completed} completed, {cancelled} cancelled. Red and amber measures come first.</source>
            <translation>
                <numerusform>%n Maßnahme: {active} aktiv, {planned} geplant, {paused} pausiert, {completed} abgeschlossen, {cancelled} abgebrochen. Maßnahmen mit roter und gelber Ampel stehen vorn.</numerusform>
                <numerusform>%n Maßnahmen: {active} aktiv, {planned} geplant, {paused} pausiert, {completed} abgeschlossen, {cancelled} abgebrochen. Maßnahmen mit roter und gelber Ampel stehen vorn.</numerusform>
            </translation>
        </message>
        <message>
            <source>{percent} of the steps closed</source>
            <translation>{percent} der Schritte abgeschlossen</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Traffic light and reason</source>
            <translation>Ampel und Begründung</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Aktueller Schritt</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <source>Variance: the costs booked so far compared with the plan, once there are any.</source>
            <translation>Abweichung: die bisher gebuchten Kosten im Vergleich zum Plan, sobald es welche gibt.</translation>
        </message>
        <message>
            <source>⚠ marks costs more than 10 % over the plan (or costs without a plan); these rows are shaded.</source>
            <translation>⚠ kennzeichnet Kosten, die mehr als 10 % über dem Plan liegen (oder Kosten ohne Plan); diese Zeilen sind hinterlegt.</translation>
        </message>
        <message>
            <source>over plan</source>
            <translation>über Plan</translation>
        </message>
        <message>
            <source>Each bar runs from the start to the end of a measure; its pattern and word show the traffic light. Circles mark the steps' due dates (filled: done), diamonds the milestones, the dashed line today.</source>
            <translation>Jeder Balken reicht vom Beginn bis zum Ende einer Maßnahme; Muster und Wort zeigen die Ampel. Kreise markieren die Fälligkeiten der Schritte (gefüllt: erledigt), Rauten die Meilensteine, die gestrichelte Linie das heutige Datum.</translation>
        </message>
        <message numerus="yes">
            <source>The chart shows %n measure(s), running and planned ones first, by start.</source>
            <translation>
                <numerusform>Das Diagramm zeigt %n Maßnahme, laufende und geplante zuerst, nach Beginn.</numerusform>
                <numerusform>Das Diagramm zeigt %n Maßnahmen, laufende und geplante zuerst, nach Beginn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more measure(s) are left out.</source>
            <translation>
                <numerusform>%n weitere Maßnahme ist nicht enthalten.</numerusform>
                <numerusform>%n weitere Maßnahmen sind nicht enthalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Indicators of the strategic goals</source>
            <translation>Indikatoren der strategischen Ziele</translation>
        </message>
        <message>
            <source>What the measures are meant to change, as measured: the indicators of the strategic goals with their starting value and target.</source>
            <translation>Was die Maßnahmen verändern sollen, wie gemessen: die Indikatoren der strategischen Ziele mit Ausgangswert und Zielwert.</translation>
        </message>
        <message numerus="yes">
            <source>%n more indicator(s) with measurements are not shown here.</source>
            <translation>
                <numerusform>%n weiterer Indikator mit Messungen ist hier nicht abgebildet.</numerusform>
                <numerusform>%n weitere Indikatoren mit Messungen sind hier nicht abgebildet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Goal: {goal}</source>
            <translation>Ziel: {goal}</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>No open risk is recorded in the measures.</source>
            <translation>In den Maßnahmen ist kein offenes Risiko festgehalten.</translation>
        </message>
        <message numerus="yes">
            <source>%n risk(s) of the measures are open or have occurred.</source>
            <translation>
                <numerusform>%n Risiko der Maßnahmen ist offen oder eingetreten.</numerusform>
                <numerusform>%n Risiken der Maßnahmen sind offen oder eingetreten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Listed are those scoring {score} or more (likelihood × impact, each from 1 to 5), the highest first.</source>
            <translation>Aufgeführt sind diejenigen mit {score} oder mehr Punkten (Wahrscheinlichkeit × Auswirkung, jeweils von 1 bis 5), die höchsten zuerst.</translation>
        </message>
        <message>
            <source>None of them scores that high.</source>
            <translation>Keines davon erreicht diese Punktzahl.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Gegenmaßnahme</translation>
        </message>
        <message numerus="yes">
            <source>%n more high risk(s) are not listed.</source>
            <translation>
                <numerusform>%n weiteres hohes Risiko ist nicht aufgeführt.</numerusform>
                <numerusform>%n weitere hohe Risiken sind nicht aufgeführt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Decisions needed</source>
            <translation>Anstehende Entscheidungen</translation>
        </message>
        <message>
            <source>Open decisions recorded in the measures, measures off track or over budget, and what the strategy is waiting for.</source>
            <translation>Offene Entscheidungen aus den Maßnahmen, Maßnahmen, die aus dem Plan oder über dem Budget liegen, und worauf die Strategie wartet.</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(überfällig)</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Gegenstand</translation>
        </message>
        <message>
            <source>What is to be decided</source>
            <translation>Was zu entscheiden ist</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Benötigt bis</translation>
        </message>
        <message>
            <source>Traffic light red: how should the measure continue?</source>
            <translation>Ampel rot: Wie soll es mit der Maßnahme weitergehen?</translation>
        </message>
        <message>
            <source>Spent {actual} of {planned} planned ({percent}): approve more budget or change the plan?</source>
            <translation>{actual} von geplanten {planned} ausgegeben ({percent}): mehr Budget bewilligen oder den Plan ändern?</translation>
        </message>
        <message>
            <source>Spent {actual} without a planned budget: approve a budget or change the plan?</source>
            <translation>{actual} ohne geplantes Budget ausgegeben: ein Budget bewilligen oder den Plan ändern?</translation>
        </message>
        <message>
            <source>The review of the strategy is overdue: when will it take place?</source>
            <translation>Die Überprüfung der Strategie ist überfällig: Wann findet sie statt?</translation>
        </message>
        <message>
            <source>Adopt the new strategy version.</source>
            <translation>Die neue Strategieversion beschließen.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>Steps and milestones of the running and planned measures due in the next three months, until {date}.</source>
            <translation>Schritte und Meilensteine der laufenden und geplanten Maßnahmen, die in den nächsten drei Monaten fällig werden, bis zum {date}.</translation>
        </message>
        <message>
            <source>Step {label}</source>
            <translation>Schritt {label}</translation>
        </message>
        <message>
            <source>Milestone: {label}</source>
            <translation>Meilenstein: {label}</translation>
        </message>
        <message>
            <source>Step or milestone</source>
            <translation>Schritt oder Meilenstein</translation>
        </message>
        <message numerus="yes">
            <source>%n more step(s) or milestone(s) are due in this time.</source>
            <translation>
                <numerusform>%n weiterer Schritt oder Meilenstein ist in dieser Zeit fällig.</numerusform>
                <numerusform>%n weitere Schritte oder Meilensteine sind in dieser Zeit fällig.</numerusform>
            </translation>
        </message>
        <message>
            <source>No step or milestone is due in this time.</source>
            <translation>In dieser Zeit ist kein Schritt und kein Meilenstein fällig.</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) and milestone(s) are past their date and not closed yet.</source>
            <translation>
                <numerusform>%n Schritt oder Meilenstein ist über seinem Termin und noch nicht abgeschlossen.</numerusform>
                <numerusform>%n Schritte und Meilensteine sind über ihrem Termin und noch nicht abgeschlossen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Review of the strategy: overdue since {date}.</source>
            <translation>Überprüfung der Strategie: überfällig seit dem {date}.</translation>
        </message>
        <message>
            <source>Review of the strategy: {date}.</source>
            <translation>Überprüfung der Strategie: {date}.</translation>
        </message>
        <message>
            <source>Next Digitalisierungscheck, “{title}”: {date}.</source>
            <translation>Nächster Digitalisierungscheck, „{title}“: {date}.</translation>
        </message>
        <message>
            <source>Further dates</source>
            <translation>Weitere Termine</translation>
        </message>
    </context>
    <context>
        <name>BudgetPanel</name>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Finanzierungsquelle</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Ist</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Budget lines</source>
            <translation>Budgetzeilen</translation>
        </message>
        <message>
            <source>&amp;New budget line…</source>
            <translation>&amp;Neue Budgetzeile…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>Planned {planned} · spent {actual}</source>
            <translation>Geplant {planned} · ausgegeben {actual}</translation>
        </message>
        <message>
            <source>more than 10 % over plan</source>
            <translation>mehr als 10 % über dem Plan</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>&amp;Funding source:</source>
            <translation>&amp;Finanzierungsquelle:</translation>
        </message>
        <message>
            <source>&amp;Planned (€):</source>
            <translation>&amp;Geplant (€):</translation>
        </message>
        <message>
            <source>&amp;Actual (€):</source>
            <translation>&amp;Ist (€):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
    </context>
    <context>
        <name>ChangeWatcher</name>
        <message>
            <source>The server cannot be reached at the moment. Changes made on other computers will show once it can.</source>
            <translation>Der Server ist gerade nicht erreichbar. Änderungen von anderen Computern erscheinen, sobald er es wieder ist.</translation>
        </message>
        <message>
            <source>Changes made on another computer are now shown.</source>
            <translation>Änderungen von einem anderen Computer werden jetzt angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>ChartTexts</name>
        <message>
            <source>Profile</source>
            <extracomment>The charts of a check's results: builder → its title, in the order they are shown.</extracomment>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Leadership and staff</source>
            <translation>Leitung und Mitarbeitende</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Im Zeitverlauf</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Previous check</source>
            <translation>Vorheriger Check</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Overall index</source>
            <translation>Gesamtindex</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Prozent</translation>
        </message>
        <message>
            <source>Timeline of the measures</source>
            <translation>Zeitplan der Maßnahmen</translation>
        </message>
        <message>
            <source>Bars from start to end of each measure, coloured and labelled by traffic light; markers for step due dates and milestones.</source>
            <translation>Balken vom Beginn bis zum Ende jeder Maßnahme, nach Ampel eingefärbt und beschriftet; Markierungen für Fälligkeiten von Schritten und Meilensteine.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>Step due</source>
            <translation>Schritt fällig</translation>
        </message>
        <message>
            <source>no dates yet</source>
            <translation>noch keine Termine</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} weitere</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemessen</translation>
        </message>
        <message>
            <source>Starting value</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>Target range</source>
            <translation>Zielbereich</translation>
        </message>
        <message>
            <source>Chart of the indicator “{name}”</source>
            <translation>Diagramm des Indikators „{name}“</translation>
        </message>
        <message>
            <source>Chart of the success metric “{name}”</source>
            <translation>Diagramm der Erfolgskennzahl „{name}“</translation>
        </message>
    </context>
    <context>
        <name>CheckDatabaseDialog</name>
        <message>
            <source>Check database</source>
            <translation>Datenbank prüfen</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>Die Datenbank wird geprüft…</translation>
        </message>
        <message>
            <source>What the check found</source>
            <translation>Ergebnis der Prüfung</translation>
        </message>
        <message>
            <source>&amp;Repair…</source>
            <translation>&amp;Reparieren…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Only a database file can be checked.</source>
            <translation>Nur eine Datenbankdatei kann geprüft werden.</translation>
        </message>
        <message>
            <source>No problems found. The database is in good order.</source>
            <translation>Keine Probleme gefunden. Die Datenbank ist in Ordnung.</translation>
        </message>
        <message numerus="yes">
            <source>The check found %n problem(s):</source>
            <translation>
                <numerusform>Die Prüfung hat %n Problem gefunden:</numerusform>
                <numerusform>Die Prüfung hat %n Probleme gefunden:</numerusform>
            </translation>
        </message>
        <message>
            <source>“Repair” adds the missing steps and has stored results computed again. A backup of the file is made first.</source>
            <translation>„Reparieren“ ergänzt die fehlenden Schritte und lässt gespeicherte Ergebnisse neu berechnen. Vorher wird eine Sicherung der Datei angelegt.</translation>
        </message>
        <message>
            <source>Please restore a backup. No sound backup of this file was found in {folder}.</source>
            <translation>Bitte stellen Sie eine Sicherung wieder her. In {folder} wurde keine intakte Sicherung dieser Datei gefunden.</translation>
        </message>
        <message>
            <source>Please restore a backup. The newest sound backup is from {date}: {path}</source>
            <translation>Bitte stellen Sie eine Sicherung wieder her. Die neueste intakte Sicherung ist vom {date}: {path}</translation>
        </message>
        <message>
            <source>The file could not be checked: it cannot be read ({detail}).</source>
            <translation>Die Datei konnte nicht geprüft werden: Sie kann nicht gelesen werden ({detail}).</translation>
        </message>
        <message>
            <source>The file could not be checked: {detail}</source>
            <translation>Die Datei konnte nicht geprüft werden: {detail}</translation>
        </message>
        <message>
            <source>Repaired. A backup was made first: {path}</source>
            <translation>Repariert. Vorher wurde eine Sicherung angelegt: {path}</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>in progress</source>
            <translation>in Bearbeitung</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>Digitalisierungscheck</source>
            <translation>Digitalisierungscheck</translation>
        </message>
        <message>
            <source>Find out where your organisation stands digitally. Colleagues from different areas and levels answer the same questions; repeat the check every year to see what has changed.</source>
            <translation>Finden Sie heraus, wo Ihre Organisation digital steht. Kolleginnen und Kollegen aus verschiedenen Bereichen und Ebenen beantworten dieselben Fragen. Wiederholen Sie den Check jedes Jahr, um zu sehen, was sich verändert hat.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Answer sheets</source>
            <translation>Antwortbögen</translation>
        </message>
        <message>
            <source>{finished} of {count} finished</source>
            <translation>{finished} von {count} abgeschlossen</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Index</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>&amp;Complete</source>
            <translation>Ab&amp;schließen</translation>
        </message>
        <message>
            <source>Lock the answers; a completed check can be reopened</source>
            <translation>Antworten sperren; eine abgeschlossene Erhebung lässt sich wieder öffnen</translation>
        </message>
        <message>
            <source>&amp;Import catalog…</source>
            <translation>Fragenkatalog &amp;importieren…</translation>
        </message>
        <message>
            <source>Import a question catalog file, e.g. from your umbrella organisation</source>
            <translation>Eine Datei mit einem Fragenkatalog importieren, z. B. von Ihrem Dachverband</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Erhebungen</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Neue Erhebung…</translation>
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
            <source>Assessment sections</source>
            <translation>Abschnitte der Erhebung</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Ergebnisse</translation>
        </message>
        <message>
            <source>Ans&amp;wer sheets</source>
            <translation>Antwo&amp;rtbögen</translation>
        </message>
        <message>
            <source>&amp;Paper entry</source>
            <translation>&amp;Papiereingabe</translation>
        </message>
        <message>
            <source>&amp;Targets</source>
            <translation>&amp;Ziele</translation>
        </message>
        <message numerus="yes">
            <source>Delete the assessment “{title}” with %n answer sheet(s)? It goes to the trash; Ctrl+Z brings it back.</source>
            <translation>
                <numerusform>Die Erhebung „{title}“ mit %n Antwortbogen löschen? Sie kommt in den Papierkorb; Strg+Z holt sie zurück.</numerusform>
                <numerusform>Die Erhebung „{title}“ mit %n Antwortbögen löschen? Sie kommt in den Papierkorb; Strg+Z holt sie zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>Dia&amp;gramme</translation>
        </message>
        <message>
            <source>Create an assessment with “New assessment…” to begin.</source>
            <translation>Legen Sie mit „Neue Erhebung…“ eine Erhebung an, um zu beginnen.</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>&amp;Wieder öffnen</translation>
        </message>
        <message>
            <source>Digitalisierungscheck {year}</source>
            <translation>Digitalisierungscheck {year}</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Question catalog:</source>
            <translation>&amp;Fragenkatalog:</translation>
        </message>
        <message>
            <source>Include the optional module “{title}”</source>
            <translation>Optionales Modul „{title}“ einbeziehen</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>&amp;Modul:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Neue Erhebung</translation>
        </message>
        <message>
            <source>Add assessment “{title}”</source>
            <translation>Erhebung „{title}“ hinzufügen</translation>
        </message>
        <message>
            <source>Edit assessment</source>
            <translation>Erhebung bearbeiten</translation>
        </message>
        <message>
            <source>Edit assessment “{title}”</source>
            <translation>Erhebung „{title}“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete assessment</source>
            <translation>Erhebung löschen</translation>
        </message>
        <message>
            <source>Delete assessment “{title}”</source>
            <translation>Erhebung „{title}“ löschen</translation>
        </message>
        <message>
            <source>Reopen assessment</source>
            <translation>Erhebung wieder öffnen</translation>
        </message>
        <message>
            <source>Complete assessment</source>
            <translation>Erhebung abschließen</translation>
        </message>
        <message>
            <source>Import question catalog</source>
            <translation>Fragenkatalog importieren</translation>
        </message>
        <message>
            <source>Catalog files (*.json)</source>
            <translation>Fragenkatalog-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Catalog not imported</source>
            <translation>Fragenkatalog nicht importiert</translation>
        </message>
        <message numerus="yes">
            <source>The catalog “{title}” (version {version}) with %n question(s) is now available for new assessments.</source>
            <translation>
                <numerusform>Der Fragenkatalog „{title}“ (Version {version}) mit %n Frage steht jetzt für neue Erhebungen bereit.</numerusform>
                <numerusform>Der Fragenkatalog „{title}“ (Version {version}) mit %n Fragen steht jetzt für neue Erhebungen bereit.</numerusform>
            </translation>
        </message>
        <message>
            <source>Catalog imported</source>
            <translation>Fragenkatalog importiert</translation>
        </message>
    </context>
    <context>
        <name>CheckTexts</name>
        <message>
            <source>Getting started</source>
            <translation>Einstieg</translation>
        </message>
        <message>
            <source>Foundations</source>
            <translation>Grundlagen</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Fortgeschritten</translation>
        </message>
        <message>
            <source>Established</source>
            <translation>Etabliert</translation>
        </message>
        <message>
            <source>Digital work has hardly begun. That is a normal starting point: the most important step now is to agree on who drives the topic and where to start.</source>
            <translation>Die digitale Arbeit steht noch ganz am Anfang. Das ist ein normaler Ausgangspunkt: Jetzt kommt es vor allem darauf an, gemeinsam festzulegen, wer das Thema vorantreibt und wo Sie anfangen.</translation>
        </message>
        <message>
            <source>First foundations are in place, but they depend on individuals and differ between areas. Now is the time to tie them together with a common plan.</source>
            <translation>Erste Grundlagen sind vorhanden, hängen aber an einzelnen Personen und sehen von Bereich zu Bereich unterschiedlich aus. Jetzt ist der richtige Zeitpunkt, sie mit einem gemeinsamen Plan zusammenzuführen.</translation>
        </message>
        <message>
            <source>Digital work is part of everyday life in many places. The task now is to close the remaining gaps and to review regularly what the measures achieve.</source>
            <translation>Digitales Arbeiten gehört an vielen Stellen zum Alltag. Nun gilt es, die verbleibenden Lücken zu schließen und regelmäßig zu prüfen, was die Maßnahmen bewirken.</translation>
        </message>
        <message>
            <source>Digital work is firmly established across the organisation. Keep it up: review regularly, learn from others and try new things.</source>
            <translation>Digitales Arbeiten ist in der gesamten Organisation fest verankert. Bleiben Sie dran: Prüfen Sie regelmäßig, lernen Sie von anderen und probieren Sie Neues aus.</translation>
        </message>
        <message>
            <source>Stages by the index: up to 25 % “Getting started”, up to 50 % “Foundations”, up to 75 % “Advanced”, above that “Established”. The index is shown rounded, the stage follows the exact value: a result shown as 50 % may still be “Foundations”.</source>
            <translation>Stufen nach dem Index: bis 25 % „Einstieg“, bis 50 % „Grundlagen“, bis 75 % „Fortgeschritten“, darüber „Etabliert“. Der Index wird gerundet angezeigt, die Stufe richtet sich nach dem genauen Wert: Ein als 50 % angezeigtes Ergebnis kann noch „Grundlagen“ sein.</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht begonnen</translation>
        </message>
        <message>
            <source>first steps</source>
            <translation>erste Schritte</translation>
        </message>
        <message>
            <source>partly established</source>
            <translation>teilweise etabliert</translation>
        </message>
        <message>
            <source>firmly established</source>
            <translation>fest etabliert</translation>
        </message>
        <message>
            <source>low</source>
            <translation>gering</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>Silo thinking</source>
            <translation>Silodenken</translation>
        </message>
        <message>
            <source>Strategic vacuum</source>
            <translation>Strategisches Vakuum</translation>
        </message>
        <message>
            <source>Too little known about the starting point</source>
            <translation>Unzureichende Ausgangsdiagnose</translation>
        </message>
        <message>
            <source>Digitalisation as a one-off project</source>
            <translation>Digitalisierung als einmaliges Projekt</translation>
        </message>
        <message>
            <source>Expecting effects too soon</source>
            <translation>Erwartung einer Sofortwirkung</translation>
        </message>
        <message>
            <source>Weak culture of innovation</source>
            <translation>Schwache Innovationskultur</translation>
        </message>
        <message>
            <source>Funding gap</source>
            <translation>Finanzierungslücke</translation>
        </message>
        <message>
            <source>Weak dimensions</source>
            <translation>Schwache Dimensionen</translation>
        </message>
        <message>
            <source>Areas work on digital topics each for themselves. Without coordination, solutions do not fit together and experience is not shared.</source>
            <translation>Die Bereiche kümmern sich jeweils für sich um digitale Themen. Weil die Abstimmung fehlt, passen Lösungen nicht zueinander, und Erfahrungen werden nicht weitergegeben.</translation>
        </message>
        <message>
            <source>There is no common direction for digital work that everyone knows, so measures stand on their own instead of serving shared goals.</source>
            <translation>Es fehlt eine gemeinsame Richtung für die digitale Arbeit, die alle kennen. Deshalb stehen Maßnahmen für sich allein, statt gemeinsamen Zielen zu dienen.</translation>
        </message>
        <message>
            <source>Many things about the starting point are unknown, especially outside the organisation: the needs of clients, the ways of funders, what peers do.</source>
            <translation>Über die Ausgangslage ist vieles nicht bekannt, vor allem außerhalb der eigenen Organisation: was Klientinnen und Klienten brauchen, welche Verfahren die Leistungsträger vorsehen und was vergleichbare Träger tun.</translation>
        </message>
        <message>
            <source>Digital change is treated as a project with an end date. It is an ongoing process that needs regular checks and adjustments.</source>
            <translation>Der digitale Wandel wird wie ein Projekt mit festem Enddatum behandelt. Tatsächlich ist er ein fortlaufender Prozess, der regelmäßig überprüft und angepasst werden muss.</translation>
        </message>
        <message>
            <source>Results are expected before a measure can show them. Effects of digital change need time and stamina.</source>
            <translation>Ergebnisse werden erwartet, bevor eine Maßnahme sie überhaupt zeigen kann. Die Wirkungen des digitalen Wandels brauchen Zeit und einen langen Atem.</translation>
        </message>
        <message>
            <source>Trying new things and learning from mistakes is not yet usual. Often the obstacles are cultural rather than technical.</source>
            <translation>Neues auszuprobieren und aus Fehlern zu lernen, ist noch nicht selbstverständlich. Die Hindernisse sind dabei oft eher kultureller als technischer Art.</translation>
        </message>
        <message>
            <source>Money and time for digital work are not secured. Fees negotiated with funders rarely cover investments in digitalisation.</source>
            <translation>Geld und Zeit für die digitale Arbeit sind nicht gesichert. Die mit den Leistungsträgern verhandelten Entgelte decken Investitionen in die Digitalisierung nur selten ab.</translation>
        </message>
        <message>
            <source>Some dimensions of the catalog are still far from established. They need their own goals and measures.</source>
            <translation>Einige Dimensionen des Fragenkatalogs sind noch weit davon entfernt, gelebte Praxis zu sein. Sie brauchen eigene Ziele und Maßnahmen.</translation>
        </message>
        <message>
            <source>clients</source>
            <translation>Klientinnen und Klienten</translation>
        </message>
        <message>
            <source>funders (reporting and billing)</source>
            <translation>Leistungsträger (Berichtswesen und Abrechnung)</translation>
        </message>
        <message>
            <source>other providers</source>
            <translation>andere Träger</translation>
        </message>
        <message>
            <source>solutions on the market</source>
            <translation>Lösungen am Markt</translation>
        </message>
        <message>
            <source>In “{dimension}”, the best and the weakest area are {spread_points} points apart.</source>
            <translation>In „{dimension}“ liegen der stärkste und der schwächste Bereich {spread_points} Punkte auseinander.</translation>
        </message>
        <message>
            <source>Collaboration across areas reaches only {percent}.</source>
            <translation>Die Zusammenarbeit über Bereiche hinweg erreicht nur {percent}.</translation>
        </message>
        <message>
            <source>As of today, these areas are not represented in the digital team: {areas}.</source>
            <translation>Stand heute sind diese Bereiche nicht im Digitalteam vertreten: {areas}.</translation>
        </message>
        <message>
            <source>The dimension “{dimension}” reaches only {percent}.</source>
            <translation>Die Dimension „{dimension}“ erreicht nur {percent}.</translation>
        </message>
        <message>
            <source>Questions on strategy and leadership reach only {percent}.</source>
            <translation>Die Fragen zu Strategie und Leitung erreichen nur {percent}.</translation>
        </message>
        <message>
            <source>As of today, no strategy version has been adopted.</source>
            <translation>Stand heute ist noch keine Strategiefassung beschlossen.</translation>
        </message>
        <message numerus="yes">
            <source>As of today, %n measure(s) are not linked to any strategic goal.</source>
            <translation>
                <numerusform>Stand heute ist %n Maßnahme mit keinem strategischen Ziel verknüpft.</numerusform>
                <numerusform>Stand heute sind %n Maßnahmen mit keinem strategischen Ziel verknüpft.</numerusform>
            </translation>
        </message>
        <message>
            <source>{share_percent} of all answers were “don't know”.</source>
            <translation>{share_percent} aller Antworten lauteten „weiß nicht“.</translation>
        </message>
        <message>
            <source>On questions about {tag}, {share_percent} of the answers were “don't know”.</source>
            <translation>Bei den Fragen zu {tag} lauteten {share_percent} der Antworten „weiß nicht“.</translation>
        </message>
        <message>
            <source>“{item}”: {share_percent} of the answers were “don't know”.</source>
            <translation>„{item}“: {share_percent} der Antworten lauteten „weiß nicht“.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) about clients, funders, peers or the market received no assessment.</source>
            <translation>
                <numerusform>%n Frage zu Klientinnen und Klienten, Leistungsträgern, anderen Trägern oder dem Markt wurde von niemandem eingeschätzt.</numerusform>
                <numerusform>%n Fragen zu Klientinnen und Klienten, Leistungsträgern, anderen Trägern oder dem Markt wurden von niemandem eingeschätzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The last completed check is %n month(s) old.</source>
            <translation>
                <numerusform>Der letzte abgeschlossene Check ist %n Monat alt.</numerusform>
                <numerusform>Der letzte abgeschlossene Check ist %n Monate alt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This check is %n month(s) old and no follow-up check has been planned.</source>
            <translation>
                <numerusform>Dieser Check ist %n Monat alt, und es ist kein Folgecheck geplant.</numerusform>
                <numerusform>Dieser Check ist %n Monate alt, und es ist kein Folgecheck geplant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As of today, %n measure(s) have neither PDCA cycles nor measurements of their effect.</source>
            <translation>
                <numerusform>Stand heute hat %n Maßnahme weder PDCA-Zyklen noch Messungen ihrer Wirkung.</numerusform>
                <numerusform>Stand heute haben %n Maßnahmen weder PDCA-Zyklen noch Messungen ihrer Wirkung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As of today, %n measure(s) plan the evaluation before the pilot ends.</source>
            <translation>
                <numerusform>Stand heute plant %n Maßnahme die Auswertung vor dem Ende des Pilots.</numerusform>
                <numerusform>Stand heute planen %n Maßnahmen die Auswertung vor dem Ende des Pilots.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As of today, %n indicator(s) expect their target within six weeks.</source>
            <translation>
                <numerusform>Stand heute erwartet %n Indikator seinen Zielwert schon innerhalb von sechs Wochen.</numerusform>
                <numerusform>Stand heute erwarten %n Indikatoren ihren Zielwert schon innerhalb von sechs Wochen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Questions on innovation reach only {percent}.</source>
            <translation>Die Fragen zur Innovation erreichen nur {percent}.</translation>
        </message>
        <message>
            <source>Questions on measuring and reviewing digital work reach only {percent}.</source>
            <translation>Die Fragen zum Messen und Überprüfen der digitalen Arbeit erreichen nur {percent}.</translation>
        </message>
        <message>
            <source>Questions on funding and resources reach only {percent}.</source>
            <translation>Die Fragen zu Finanzierung und Ressourcen erreichen nur {percent}.</translation>
        </message>
        <message>
            <source>Repeat this check regularly and let more colleagues answer. Look outwards too: ask clients what they need, clarify the reporting and billing ways with funders, compare with peers and find out which solutions the market offers.</source>
            <translation>Wiederholen Sie diesen Check regelmäßig und lassen Sie mehr Kolleginnen und Kollegen antworten. Schauen Sie auch nach außen: Fragen Sie Klientinnen und Klienten nach ihrem Bedarf, klären Sie Berichts- und Abrechnungswege mit den Leistungsträgern, vergleichen Sie sich mit anderen Trägern und finden Sie heraus, welche Lösungen der Markt bietet.</translation>
        </message>
        <message>
            <source>This check has fewer than {n} answer sheets with answers. Its results show what these few people answered, so they are not anonymous.</source>
            <translation>Dieser Check hat weniger als {n} Antwortbögen mit Antworten. Seine Ergebnisse zeigen, was diese wenigen Personen geantwortet haben; sie sind daher nicht anonym.</translation>
        </message>
        <message>
            <source>don't know</source>
            <translation>weiß nicht</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>trifft nicht zu</translation>
        </message>
        <message>
            <source>Anchor digitalisation in leadership and form a digital team</source>
            <translation>Digitalisierung in der Leitung verankern und ein Digitalteam bilden</translation>
        </message>
        <message>
            <source>Survey the starting point, inside and outside</source>
            <translation>Ausgangslage erheben – nach innen und nach außen</translation>
        </message>
        <message>
            <source>Relate vision, Leitbild and aims to digital change</source>
            <translation>Vision, Leitbild und Ziele auf den digitalen Wandel beziehen</translation>
        </message>
        <message>
            <source>Develop an overarching digital strategy</source>
            <translation>Eine übergreifende Digitalstrategie entwickeln</translation>
        </message>
        <message>
            <source>Align every measure with the strategy</source>
            <translation>Jede Maßnahme an der Strategie ausrichten</translation>
        </message>
        <message>
            <source>Manage measures as projects with a control loop</source>
            <translation>Maßnahmen als Projekte mit Regelkreis steuern</translation>
        </message>
        <message>
            <source>Communicate at every step</source>
            <translation>Bei jedem Schritt kommunizieren</translation>
        </message>
        <message>
            <source>Make digitalisation a task of the top management and put together a digital team with people from all areas and levels, volunteers included. The team coordinates the measures; the Strategy part shows which areas it does not cover yet.</source>
            <translation>Machen Sie die Digitalisierung zur Aufgabe der obersten Leitung und bilden Sie ein Digitalteam mit Menschen aus allen Bereichen und Ebenen, Ehrenamtliche eingeschlossen. Das Team stimmt die Maßnahmen aufeinander ab; im Programmteil „Strategie“ sehen Sie, welche Bereiche es noch nicht abdeckt.</translation>
        </message>
        <message>
            <source>Check how vision, Leitbild and overarching aims relate to digital change, and write down what digitalisation means for each of them.</source>
            <translation>Prüfen Sie, wie Vision, Leitbild und übergeordnete Ziele mit dem digitalen Wandel zusammenhängen, und halten Sie fest, was die Digitalisierung für jeden dieser Punkte bedeutet.</translation>
        </message>
        <message>
            <source>Build on this check and your identity to write a digital strategy with measurable goals. It sets the direction and guides where money and time go.</source>
            <translation>Entwickeln Sie auf der Grundlage dieses Checks und Ihres Selbstverständnisses eine Digitalstrategie mit messbaren Zielen. Sie gibt die Richtung vor und zeigt, wofür Geld und Zeit eingesetzt werden.</translation>
        </message>
        <message>
            <source>Choose measures that serve a strategic goal, keep them concrete, measurable and limited in time, and link each one to its goal.</source>
            <translation>Wählen Sie Maßnahmen, die einem strategischen Ziel dienen. Gestalten Sie sie konkret, messbar und zeitlich begrenzt, und verknüpfen Sie jede Maßnahme mit ihrem Ziel.</translation>
        </message>
        <message>
            <source>Run each measure through the twelve steps and a plan–do–check–act cycle, with success metrics that are measured before and after.</source>
            <translation>Führen Sie jede Maßnahme durch die zwölf Schritte und einen PDCA-Zyklus (planen, umsetzen, überprüfen, anpassen) – mit Erfolgskriterien, die vorher und nachher gemessen werden.</translation>
        </message>
        <message>
            <source>Inform and involve staff, clients, funders and the board at every step, so that everyone understands the change and can take part.</source>
            <translation>Informieren und beteiligen Sie Mitarbeitende, Klientinnen und Klienten, Leistungsträger und den Vorstand bei jedem Schritt, damit alle den Wandel verstehen und mitgestalten können.</translation>
        </message>
        <message>
            <source>Set up a digital team with members from every area</source>
            <translation>Ein Digitalteam mit Mitgliedern aus allen Bereichen bilden</translation>
        </message>
        <message>
            <source>Write and adopt a digital strategy with measurable goals</source>
            <translation>Eine Digitalstrategie mit messbaren Zielen schreiben und beschließen</translation>
        </message>
        <message>
            <source>Survey clients, funders and peers about the digital starting point</source>
            <translation>Klientinnen und Klienten, Leistungsträger und andere Träger zur digitalen Ausgangslage befragen</translation>
        </message>
        <message>
            <source>Review the digital measures regularly and repeat the check every year</source>
            <translation>Die digitalen Maßnahmen regelmäßig überprüfen und den Check jedes Jahr wiederholen</translation>
        </message>
        <message>
            <source>Set realistic time frames for pilots and their evaluation</source>
            <translation>Realistische Zeiträume für Pilotphasen und ihre Auswertung festlegen</translation>
        </message>
        <message>
            <source>Try out a new digital solution in a small pilot</source>
            <translation>Eine neue digitale Lösung in einem kleinen Pilotprojekt erproben</translation>
        </message>
        <message>
            <source>Secure a budget and working time for digitalisation</source>
            <translation>Budget und Arbeitszeit für die Digitalisierung sichern</translation>
        </message>
        <message>
            <source>Raise the weakest dimension by one level</source>
            <translation>Die schwächste Dimension um eine Stufe anheben</translation>
        </message>
        <message>
            <source>Anchor digitalisation in the management and form a digital team</source>
            <translation>Digitalisierung in der Leitung verankern und ein Digitalteam bilden</translation>
        </message>
        <message>
            <source>Survey the starting point inside and outside the organisation</source>
            <translation>Die Ausgangslage innerhalb und außerhalb der Organisation erheben</translation>
        </message>
        <message>
            <source>Relate vision and Leitbild to digital change</source>
            <translation>Vision und Leitbild auf den digitalen Wandel beziehen</translation>
        </message>
        <message>
            <source>Link every digital measure to a strategic goal</source>
            <translation>Jede digitale Maßnahme mit einem strategischen Ziel verknüpfen</translation>
        </message>
        <message>
            <source>Run digital measures with the twelve steps and a PDCA cycle</source>
            <translation>Digitale Maßnahmen mit den zwölf Schritten und einem PDCA-Zyklus steuern</translation>
        </message>
        <message>
            <source>Plan how staff, clients and funders are informed and involved</source>
            <translation>Planen, wie Mitarbeitende, Klientinnen und Klienten und Leistungsträger informiert und beteiligt werden</translation>
        </message>
        <message>
            <source>Within three months, every area names one person for a digital team. The team meets at least once a month, keeps a shared list of digital plans and reports to the management each quarter.</source>
            <translation>Innerhalb von drei Monaten benennt jeder Bereich eine Person für ein Digitalteam. Das Team trifft sich mindestens einmal im Monat, führt eine gemeinsame Liste der digitalen Vorhaben und berichtet der Leitung jedes Quartal.</translation>
        </message>
        <message>
            <source>Within six months, the management and the digital team write a digital strategy with at least three measurable goals, and the board adopts it. Every new measure is linked to one of these goals.</source>
            <translation>Innerhalb von sechs Monaten schreiben Leitung und Digitalteam eine Digitalstrategie mit mindestens drei messbaren Zielen, und der Vorstand beschließt sie. Jede neue Maßnahme wird mit einem dieser Ziele verknüpft.</translation>
        </message>
        <message>
            <source>Within four months, we ask at least ten clients about their digital needs, clarify reporting and billing with each funder, talk to two other providers and compare at least three software solutions. The results go into the next check.</source>
            <translation>Innerhalb von vier Monaten befragen wir mindestens zehn Klientinnen und Klienten zu ihrem digitalen Bedarf, klären Berichtswesen und Abrechnung mit jedem Leistungsträger, sprechen mit zwei anderen Trägern und vergleichen mindestens drei Softwarelösungen. Die Ergebnisse fließen in den nächsten Check ein.</translation>
        </message>
        <message>
            <source>From now on, every measure has a success metric measured before and after, and a PDCA review each quarter. The next check is scheduled twelve months after this one.</source>
            <translation>Ab sofort hat jede Maßnahme eine Erfolgskennzahl, die vorher und nachher gemessen wird, und jedes Quartal eine PDCA-Überprüfung. Der nächste Check wird zwölf Monate nach diesem angesetzt.</translation>
        </message>
        <message>
            <source>For every running measure, the evaluation is scheduled after the pilot ends and indicator targets are set at least three months after their baseline. The management agrees to these time frames within one month.</source>
            <translation>Bei jeder laufenden Maßnahme wird die Auswertung nach dem Ende des Pilots angesetzt, und Zielwerte von Indikatoren liegen mindestens drei Monate nach ihrem Ausgangswert. Die Leitung stimmt diesen Zeiträumen innerhalb eines Monats zu.</translation>
        </message>
        <message>
            <source>Within six months, one team tries out a new digital solution for eight weeks, records what worked and what did not, and presents the lessons to all staff.</source>
            <translation>Innerhalb von sechs Monaten erprobt ein Team acht Wochen lang eine neue digitale Lösung, hält fest, was funktioniert hat und was nicht, und stellt die Erkenntnisse allen Mitarbeitenden vor.</translation>
        </message>
        <message>
            <source>For the next budget year, a separate budget line for digitalisation and fixed working hours for the digital team are agreed; digital costs are raised in the next fee negotiation and at least one grant is applied for.</source>
            <translation>Für das nächste Haushaltsjahr werden ein eigener Budgetposten für die Digitalisierung und feste Arbeitsstunden für das Digitalteam vereinbart; digitale Kosten kommen in die nächste Entgeltverhandlung, und mindestens ein Förderantrag wird gestellt.</translation>
        </message>
        <message>
            <source>Within twelve months, the weakest dimension of this check rises by at least one level; a responsible person, a budget and a review date are set at the start.</source>
            <translation>Innerhalb von zwölf Monaten steigt die schwächste Dimension dieses Checks um mindestens eine Stufe; eine verantwortliche Person, ein Budget und ein Überprüfungstermin werden zu Beginn festgelegt.</translation>
        </message>
        <message>
            <source>Within three months, the management makes digitalisation part of its own tasks and sets up a digital team with people from every area and level, volunteers included, that meets at least monthly.</source>
            <translation>Innerhalb von drei Monaten macht die Leitung die Digitalisierung zu einer ihrer eigenen Aufgaben und bildet ein Digitalteam mit Menschen aus allen Bereichen und Ebenen, Ehrenamtliche eingeschlossen, das sich mindestens monatlich trifft.</translation>
        </message>
        <message>
            <source>Within four months, more colleagues from every area answer the check, and we ask clients, funders and peers and look at solutions on the market; the share of “don't know” answers falls below one in ten.</source>
            <translation>Innerhalb von vier Monaten beantworten mehr Kolleginnen und Kollegen aus allen Bereichen den Check, und wir befragen Klientinnen und Klienten, Leistungsträger und andere Träger und sehen uns Lösungen am Markt an; der Anteil der Antworten „weiß nicht“ sinkt unter eine von zehn.</translation>
        </message>
        <message>
            <source>Within three months, a workshop with the management and the digital team writes down what digitalisation means for our vision, Leitbild and aims; the result is shared with all staff.</source>
            <translation>Innerhalb von drei Monaten hält ein Workshop von Leitung und Digitalteam fest, was die Digitalisierung für unsere Vision, unser Leitbild und unsere Ziele bedeutet; das Ergebnis wird mit allen Mitarbeitenden geteilt.</translation>
        </message>
        <message>
            <source>Within six months, a digital strategy with at least three measurable goals, owners and dates is written on the basis of this check and adopted by the board.</source>
            <translation>Innerhalb von sechs Monaten wird auf Grundlage dieses Checks eine Digitalstrategie mit mindestens drei messbaren Zielen, Verantwortlichen und Terminen geschrieben und vom Vorstand beschlossen.</translation>
        </message>
        <message>
            <source>Within two months, every planned and running measure is linked to a strategic goal and has a measurable target and an end date; measures without a goal are reconsidered.</source>
            <translation>Innerhalb von zwei Monaten wird jede geplante und laufende Maßnahme mit einem strategischen Ziel verknüpft und erhält einen messbaren Zielwert und ein Enddatum; Maßnahmen ohne Ziel werden überdacht.</translation>
        </message>
        <message>
            <source>From the next measure on, every measure goes through the twelve steps, has an owner, a success metric measured before and after, and a PDCA review at least each quarter.</source>
            <translation>Ab der nächsten Maßnahme durchläuft jede Maßnahme die zwölf Schritte und hat eine verantwortliche Person, eine Erfolgskennzahl, die vorher und nachher gemessen wird, und mindestens jedes Quartal eine PDCA-Überprüfung.</translation>
        </message>
        <message>
            <source>Within one month, a communication plan says who informs staff, clients, funders and the board about each step, how and when; every measure reports at least once per quarter.</source>
            <translation>Innerhalb eines Monats legt ein Kommunikationsplan fest, wer Mitarbeitende, Klientinnen und Klienten, Leistungsträger und Vorstand über jeden Schritt informiert, wie und wann; jede Maßnahme berichtet mindestens einmal im Quartal.</translation>
        </message>
        <message>
            <source>These tags are unknown to the findings and are ignored: {tags}.</source>
            <translation>Diese Schlagwörter kennen die Befunde nicht; sie werden nicht berücksichtigt: {tags}.</translation>
        </message>
        <message>
            <source>The catalog marks no questions for these findings, so they are derived only partly or not at all: {findings}. Weak dimensions and recommendations still come from the dimension scores.</source>
            <translation>Der Fragenkatalog kennzeichnet keine Fragen für diese Befunde, daher werden sie nur teilweise oder gar nicht abgeleitet: {findings}. Schwache Dimensionen und Empfehlungen ergeben sich weiterhin aus den Werten der Dimensionen.</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) of the catalog have no English version; the German text is shown instead.</source>
            <translation>
                <numerusform>%n Text des Fragenkatalogs hat keine englische Fassung; stattdessen wird der deutsche Text gezeigt.</numerusform>
                <numerusform>%n Texte des Fragenkatalogs haben keine englische Fassung; stattdessen wird der deutsche Text gezeigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Leadership</source>
            <translation>Leitung</translation>
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
            <source>too few answers</source>
            <translation>zu wenige Antworten</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>nicht erledigt</translation>
        </message>
    </context>
    <context>
        <name>CommunicationTab</name>
        <message>
            <source>Plan who hears what about the change, when and how: inform, involve, decide. Entries of this strategy and of its measures are listed here.</source>
            <translation>Planen Sie, wer wann und wie was über den Wandel erfährt: informieren, beteiligen, entscheiden. Hier stehen die Einträge dieser Strategie und ihrer Maßnahmen.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>In den nächsten 30 Tagen fällig</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Key message</source>
            <translation>Kernbotschaft</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>Communication plan</source>
            <translation>Kommunikationsplan</translation>
        </message>
        <message>
            <source>&amp;New entry…</source>
            <translation>&amp;Neuer Eintrag…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>Bearb&amp;eiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Lö&amp;schen…</translation>
        </message>
        <message>
            <source>Search the communication plan</source>
            <translation>Kommunikationsplan durchsuchen</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>An&amp;zeigen:</translation>
        </message>
        <message>
            <source>inform</source>
            <translation>informieren</translation>
        </message>
        <message>
            <source>involve</source>
            <translation>beteiligen</translation>
        </message>
        <message>
            <source>decide</source>
            <translation>entscheiden</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>kein Termin</translation>
        </message>
        <message>
            <source>{frequency}, next {date}</source>
            <translation>{frequency}, nächster Termin {date}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>Measure: {title}</source>
            <translation>Maßnahme: {title}</translation>
        </message>
        <message>
            <source>this strategy</source>
            <translation>diese Strategie</translation>
        </message>
        <message>
            <source>There is no strategy version yet. Start one in the tab “Versions”; then plan its communication here.</source>
            <translation>Es gibt noch keine Strategiefassung. Legen Sie eine im Reiter „Fassungen“ an und planen Sie danach hier ihre Kommunikation.</translation>
        </message>
        <message>
            <source>This version is archived, so its communication plan is read-only.</source>
            <translation>Diese Strategiefassung ist archiviert; ihr Kommunikationsplan kann nur gelesen werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) overdue</source>
            <translation>
                <numerusform>%n Eintrag überfällig</numerusform>
                <numerusform>%n Einträge überfällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due in the next 30 days</source>
            <translation>
                <numerusform>%n in den nächsten 30 Tagen fällig</numerusform>
                <numerusform>%n in den nächsten 30 Tagen fällig</numerusform>
            </translation>
        </message>
        <message>
            <source>No entry overdue</source>
            <translation>Kein Eintrag überfällig</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(niemand)</translation>
        </message>
        <message>
            <source>(this strategy)</source>
            <translation>(diese Strategie)</translation>
        </message>
        <message>
            <source>There is a fixed date</source>
            <translation>Es gibt einen festen Termin</translation>
        </message>
        <message>
            <source>A&amp;udience:</source>
            <translation>&amp;Zielgruppe:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>Z&amp;weck:</translation>
        </message>
        <message>
            <source>&amp;Key message:</source>
            <translation>&amp;Kernbotschaft:</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>Ka&amp;nal:</translation>
        </message>
        <message>
            <source>&amp;Fixed date:</source>
            <translation>&amp;Fester Termin:</translation>
        </message>
        <message>
            <source>Due &amp;on:</source>
            <translation>Fällig a&amp;m:</translation>
        </message>
        <message>
            <source>Fre&amp;quency:</source>
            <translation>Hä&amp;ufigkeit:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Feedbac&amp;k received:</source>
            <translation>&amp;Rückmeldung:</translation>
        </message>
        <message>
            <source>&amp;Linked to:</source>
            <translation>&amp;Gehört zu:</translation>
        </message>
        <message>
            <source>New communication entry</source>
            <translation>Neuer Eintrag im Kommunikationsplan</translation>
        </message>
        <message>
            <source>New communication entry for {audience}</source>
            <translation>Neuer Kommunikationseintrag für {audience}</translation>
        </message>
        <message>
            <source>Edit communication entry</source>
            <translation>Eintrag im Kommunikationsplan bearbeiten</translation>
        </message>
        <message>
            <source>Edit communication entry for {audience}</source>
            <translation>Kommunikationseintrag für {audience} bearbeiten</translation>
        </message>
        <message>
            <source>Delete communication entry</source>
            <translation>Kommunikationseintrag löschen</translation>
        </message>
        <message>
            <source>Delete the communication entry for “{audience}”?</source>
            <translation>Den Kommunikationseintrag für „{audience}“ löschen?</translation>
        </message>
        <message>
            <source>Delete communication entry for {audience}</source>
            <translation>Kommunikationseintrag für {audience} löschen</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare strategy versions</source>
            <translation>Strategiefassungen vergleichen</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>&amp;Earlier version:</source>
            <translation>&amp;Frühere Fassung:</translation>
        </message>
        <message>
            <source>&amp;Later version:</source>
            <translation>&amp;Spätere Fassung:</translation>
        </message>
        <message>
            <source>Choose two different versions.</source>
            <translation>Wählen Sie zwei verschiedene Fassungen.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <source>Impact level</source>
            <translation>Stufe der Wirkungstreppe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Oberziel</source>
            <translation>Oberziel</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indikatoren</translation>
        </message>
        <message>
            <source>Start of period</source>
            <translation>Beginn des Zeitraums</translation>
        </message>
        <message>
            <source>End of period</source>
            <translation>Ende des Zeitraums</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Principles</source>
            <translation>Grundsätze</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Keine.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>“{b}” compared with “{a}”</source>
            <translation>„{b}“ im Vergleich mit „{a}“</translation>
        </message>
        <message>
            <source>Changed in the version: {fields}</source>
            <translation>In der Fassung geändert: {fields}</translation>
        </message>
        <message>
            <source>Added goals ({n})</source>
            <translation>Neue Ziele ({n})</translation>
        </message>
        <message>
            <source>Removed goals ({n})</source>
            <translation>Entfallene Ziele ({n})</translation>
        </message>
        <message>
            <source>Changed goals ({n})</source>
            <translation>Geänderte Ziele ({n})</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Before ({title})</source>
            <translation>Vorher ({title})</translation>
        </message>
        <message>
            <source>After ({title})</source>
            <translation>Nachher ({title})</translation>
        </message>
        <message>
            <source>Unchanged goals ({n})</source>
            <translation>Unveränderte Ziele ({n})</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Copy this database to a server</source>
            <translation>Diese Datenbank auf einen Server kopieren</translation>
        </message>
        <message>
            <source>Connect to a server</source>
            <translation>Mit einem Server verbinden</translation>
        </message>
        <message>
            <source>Everything is copied into a new, empty database on the organisation's PostgreSQL server; this file stays as it is. Afterwards everyone works in the database on the server.</source>
            <translation>Alles wird in eine neue, leere Datenbank auf dem PostgreSQL-Server der Organisation kopiert; diese Datei bleibt, wie sie ist. Danach arbeiten alle in der Datenbank auf dem Server.</translation>
        </message>
        <message>
            <source>Work in the organisation's shared database on its PostgreSQL server. Your IT service provider gives you the server's name, the database, your user name and password.</source>
            <translation>Arbeiten Sie in der gemeinsamen Datenbank der Organisation auf ihrem PostgreSQL-Server. Den Namen des Servers, die Datenbank, Ihren Benutzernamen und Ihr Passwort erhalten Sie von Ihrem IT-Dienstleister.</translation>
        </message>
        <message>
            <source>e.g. db.verein.de</source>
            <translation>z. B. db.verein.de</translation>
        </message>
        <message>
            <source>&amp;Keep the password in this computer's keychain</source>
            <translation>Passwort im &amp;Schlüsselbund dieses Computers aufbewahren</translation>
        </message>
        <message>
            <source>&amp;Encrypted connection (TLS) required</source>
            <translation>&amp;Verschlüsselte Verbindung (TLS) verlangen</translation>
        </message>
        <message>
            <source>⚠ Without encryption, passwords and data travel readable over the network. Turn it off only for a server in your own office network.</source>
            <translation>⚠ Ohne Verschlüsselung gehen Passwörter und Daten lesbar durch das Netz. Schalten Sie sie nur für einen Server im eigenen Büronetz aus.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>Se&amp;rver:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>This computer has no keychain DigiWandel can use, so the password is asked each time.</source>
            <translation>Dieser Computer hat keinen Schlüsselbund, den DigiWandel nutzen kann; das Passwort wird daher jedes Mal abgefragt.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>Ver&amp;binden</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>den Server</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>die Datenbank</translation>
        </message>
        <message>
            <source>the user name</source>
            <translation>den Benutzernamen</translation>
        </message>
        <message>
            <source>Please enter {what}.</source>
            <translation>Bitte geben Sie {what} an.</translation>
        </message>
    </context>
    <context>
        <name>CoverageModel</name>
        <message>
            <source>(no area recorded)</source>
            <translation>(kein Bereich erfasst)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>volunteers</source>
            <translation>Ehrenamtliche</translation>
        </message>
        <message>
            <source>{level} (volunteers)</source>
            <translation>{level} (Ehrenamtliche)</translation>
        </message>
        <message>
            <source>(no level recorded)</source>
            <translation>(keine Ebene erfasst)</translation>
        </message>
        <message>
            <source>{area}, {level}: {count}</source>
            <translation>{area}, {level}: {count}</translation>
        </message>
    </context>
    <context>
        <name>DamagedFileBox</name>
        <message>
            <source>Damaged file</source>
            <translation>Beschädigte Datei</translation>
        </message>
        <message>
            <source>{path} is damaged. DigiWandel did not open it, so that nothing is lost or changed; the file is exactly as it was.</source>
            <translation>{path} ist beschädigt. DigiWandel hat die Datei nicht geöffnet, damit nichts verloren geht oder verändert wird; die Datei ist genau so geblieben, wie sie war.</translation>
        </message>
        <message>
            <source>The newest sound backup is from {date}:
{backup}

Restoring it replaces the damaged file; a copy of the damaged file is kept in the backups folder. Changes made after the backup are lost.</source>
            <translation>Die neueste intakte Sicherung ist vom {date}:
{backup}

Beim Wiederherstellen ersetzt sie die beschädigte Datei; eine Kopie der beschädigten Datei bleibt im Sicherungsordner erhalten. Änderungen, die nach der Sicherung gemacht wurden, gehen verloren.</translation>
        </message>
        <message>
            <source>No sound backup of this file was found in {folder}. If you keep backups elsewhere (e.g. on a USB stick or a network drive), restore the newest one from there.</source>
            <translation>In {folder} wurde keine intakte Sicherung dieser Datei gefunden. Wenn Sie Sicherungen an einem anderen Ort aufbewahren (z. B. auf einem USB-Stick oder einem Netzlaufwerk), stellen Sie bitte die neueste von dort wieder her.</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>Diese Sicherung &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Show &amp;backups folder</source>
            <translation>Sicherungs&amp;ordner anzeigen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>A check of {path} found the file damaged. Please make no further changes and restore a backup.</source>
            <translation>Eine Prüfung hat ergeben, dass {path} beschädigt ist. Bitte nehmen Sie keine weiteren Änderungen vor und stellen Sie eine Sicherung wieder her.</translation>
        </message>
        <message>
            <source>The newest sound backup is from {date}: {backup}</source>
            <translation>Die neueste intakte Sicherung ist vom {date}: {backup}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCheck</name>
        <message>
            <source>The file is damaged: SQLite reports “{detail}”. Please restore a backup.</source>
            <translation>Die Datei ist beschädigt: SQLite meldet „{detail}“. Bitte stellen Sie eine Sicherung wieder her.</translation>
        </message>
        <message numerus="yes">
            <source>SQLite reports %n more damaged place(s) in the file.</source>
            <translation>
                <numerusform>SQLite meldet %n weitere beschädigte Stelle in der Datei.</numerusform>
                <numerusform>SQLite meldet %n weitere beschädigte Stellen in der Datei.</numerusform>
            </translation>
        </message>
        <message>
            <source>The contents of the file could not be read completely ({detail}), so the program's own rules could not be checked.</source>
            <translation>Der Inhalt der Datei konnte nicht vollständig gelesen werden ({detail}); deshalb konnten die Regeln des Programms nicht geprüft werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) in the table “{table}” refer to an entry of “{parent}” that no longer exists.</source>
            <translation>
                <numerusform>%n Eintrag in der Tabelle „{table}“ verweist auf einen Eintrag in „{parent}“, den es nicht mehr gibt.</numerusform>
                <numerusform>%n Einträge in der Tabelle „{table}“ verweisen auf einen Eintrag in „{parent}“, den es nicht mehr gibt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The measure “{title}” (no. {id}) lacks %n of its 12 steps (step {steps}).</source>
            <translation>
                <numerusform>Der Maßnahme „{title}“ (Nr. {id}) fehlt %n ihrer 12 Schritte (Schritt {steps}).</numerusform>
                <numerusform>Der Maßnahme „{title}“ (Nr. {id}) fehlen %n ihrer 12 Schritte (Schritte {steps}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) in the check “{title}” belong to a question that is not part of the check's catalog version.</source>
            <translation>
                <numerusform>%n Antwort im Check „{title}“ gehört zu einer Frage, die nicht in der Katalogversion dieses Checks enthalten ist.</numerusform>
                <numerusform>%n Antworten im Check „{title}“ gehören zu einer Frage, die nicht in der Katalogversion dieses Checks enthalten ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>The stored results of the check “{title}” do not match its answers.</source>
            <translation>Die gespeicherten Ergebnisse des Checks „{title}“ passen nicht zu seinen Antworten.</translation>
        </message>
        <message>
            <source>The file has an older format; measures, answers and results are checked once the program has opened it.</source>
            <translation>Die Datei hat ein älteres Format; Maßnahmen, Antworten und Ergebnisse werden geprüft, sobald das Programm sie einmal geöffnet hat.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>e.g. {example}</source>
            <translation>z. B. {example}</translation>
        </message>
        <message>
            <source> (optional)</source>
            <translation> (freiwillig)</translation>
        </message>
        <message>
            <source>Type a date, also short like 30.6.27, or choose it from the calendar (Alt+Down).</source>
            <translation>Geben Sie ein Datum ein, auch kurz wie 30.6.27, oder wählen Sie es im Kalender (Alt+Pfeil nach unten).</translation>
        </message>
        <message>
            <source>Choose from calendar</source>
            <translation>Im Kalender wählen</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <source>The change could not be saved because it conflicts with existing data. Nothing was changed.</source>
            <translation>Die Änderung konnte nicht gespeichert werden, weil sie im Widerspruch zu vorhandenen Daten steht. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The disk is full, so this change could not be saved. Everything saved before is safe. Please free some space on the drive (for example by emptying the recycle bin) and try again.</source>
            <translation>Der Datenträger ist voll, deshalb konnte diese Änderung nicht gespeichert werden. Alles bisher Gespeicherte ist sicher. Bitte schaffen Sie Platz auf dem Laufwerk (zum Beispiel, indem Sie den Papierkorb leeren) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The database file cannot be written at the moment: the drive may have been removed or the file made write-protected. This change was not saved; everything saved before is safe. Please check the drive and try again.</source>
            <translation>In die Datenbankdatei kann gerade nicht geschrieben werden: Vielleicht wurde das Laufwerk entfernt oder die Datei schreibgeschützt. Diese Änderung wurde nicht gespeichert; alles bisher Gespeicherte ist sicher. Bitte prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The database is busy with another task. This change was not saved. Please try again in a moment.</source>
            <translation>Die Datenbank ist gerade mit einer anderen Aufgabe beschäftigt. Diese Änderung wurde nicht gespeichert. Bitte versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The database file is damaged, so this change was not saved. Please use Check database in the File menu, or restore a backup.</source>
            <translation>Die Datenbankdatei ist beschädigt, deshalb wurde diese Änderung nicht gespeichert. Bitte nutzen Sie „Datenbank prüfen“ im Menü „Datei“ oder stellen Sie eine Sicherung wieder her.</translation>
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
            <source>Please enter text here.</source>
            <translation>Bitte geben Sie hier einen Text ein.</translation>
        </message>
        <message>
            <source>This text contains invisible control characters (for example from a copied document) that cannot be stored. Please type the text again or paste it as plain text.</source>
            <translation>Dieser Text enthält unsichtbare Steuerzeichen (zum Beispiel aus einem kopierten Dokument), die nicht gespeichert werden können. Bitte tippen Sie den Text neu oder fügen Sie ihn als reinen Text ein.</translation>
        </message>
        <message>
            <source>Please enter a whole number between {low} and {high}.</source>
            <translation>Bitte geben Sie eine ganze Zahl zwischen {low} und {high} ein.</translation>
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
            <source>The database already holds data. The demo goes into a new, empty database only; nothing was changed.</source>
            <translation>Die Datenbank enthält bereits Daten. Die Demo kommt nur in eine neue, leere Datenbank; nichts wurde verändert.</translation>
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
        <message numerus="yes">
            <source>The area “{name}” cannot be deleted because %n answer sheet(s) of the Digitalisierungscheck belong to it. Rename it instead.</source>
            <translation>
                <numerusform>Der Bereich „{name}“ kann nicht gelöscht werden, weil ihm %n Antwortbogen aus dem Digitalisierungscheck zugeordnet ist. Benennen Sie den Bereich stattdessen um.</numerusform>
                <numerusform>Der Bereich „{name}“ kann nicht gelöscht werden, weil ihm %n Antwortbögen aus dem Digitalisierungscheck zugeordnet sind. Benennen Sie den Bereich stattdessen um.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The level “{name}” cannot be deleted because %n answer sheet(s) of the Digitalisierungscheck belong to it. Rename it instead.</source>
            <translation>
                <numerusform>Die Ebene „{name}“ kann nicht gelöscht werden, weil ihr %n Antwortbogen aus dem Digitalisierungscheck zugeordnet ist. Benennen Sie die Ebene stattdessen um.</numerusform>
                <numerusform>Die Ebene „{name}“ kann nicht gelöscht werden, weil ihr %n Antwortbögen aus dem Digitalisierungscheck zugeordnet sind. Benennen Sie die Ebene stattdessen um.</numerusform>
            </translation>
        </message>
        <message>
            <source>The order must be a number from 0 to 99.</source>
            <translation>Die Reihenfolge muss eine Zahl von 0 bis 99 sein.</translation>
        </message>
        <message>
            <source>Please enter the person's name.</source>
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
        <message>
            <source>Please enter a title for the assessment.</source>
            <translation>Bitte geben Sie einen Titel für die Erhebung ein.</translation>
        </message>
        <message>
            <source>Please enter the date of the assessment.</source>
            <translation>Bitte geben Sie das Datum der Erhebung ein.</translation>
        </message>
        <message>
            <source>The date must lie between 2000 and one year from today.</source>
            <translation>Das Datum muss zwischen dem Jahr 2000 und einem Jahr ab heute liegen.</translation>
        </message>
        <message>
            <source>This assessment is completed and locked. Reopen it first if you need to change answers.</source>
            <translation>Diese Erhebung ist abgeschlossen und gesperrt. Wenn Sie Antworten ändern möchten, öffnen Sie sie bitte zuerst wieder.</translation>
        </message>
        <message>
            <source>No question catalog is available. Please import one first.</source>
            <translation>Es ist kein Fragenkatalog vorhanden. Bitte importieren Sie zuerst einen.</translation>
        </message>
        <message>
            <source>The catalog “{title}” in version {version} has already been imported.</source>
            <translation>Der Fragenkatalog „{title}“ in der Version {version} wurde bereits importiert.</translation>
        </message>
        <message numerus="yes">
            <source>The file {file} is not a valid question catalog. %n problem(s) found; the first ones:
{problems}</source>
            <translation>
                <numerusform>Die Datei {file} ist kein gültiger Fragenkatalog. %n Problem gefunden:
{problems}</numerusform>
                <numerusform>Die Datei {file} ist kein gültiger Fragenkatalog. %n Probleme gefunden, die ersten davon:
{problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>a required field is missing</source>
            <translation>ein Pflichtfeld fehlt</translation>
        </message>
        <message>
            <source>this field is not part of the format</source>
            <translation>dieses Feld gehört nicht zum Format</translation>
        </message>
        <message>
            <source>the text is empty</source>
            <translation>der Text ist leer</translation>
        </message>
        <message>
            <source>too long: at most {limit} characters</source>
            <translation>zu lang: höchstens {limit} Zeichen</translation>
        </message>
        <message>
            <source>too few entries: at least {limit}</source>
            <translation>zu wenige Einträge: mindestens {limit}</translation>
        </message>
        <message>
            <source>too many entries: at most {limit}</source>
            <translation>zu viele Einträge: höchstens {limit}</translation>
        </message>
        <message>
            <source>this value is not allowed; allowed are: {expected}</source>
            <translation>dieser Wert ist nicht zulässig; zulässig sind: {expected}</translation>
        </message>
        <message>
            <source>a key may only contain lower-case letters, digits, “.”, “_” and “-” (at most 80)</source>
            <translation>ein Schlüssel darf nur Kleinbuchstaben, Ziffern, „.“, „_“ und „-“ enthalten (höchstens 80)</translation>
        </message>
        <message>
            <source>the number must be greater than 0 and at most 10</source>
            <translation>die Zahl muss größer als 0 und höchstens 10 sein</translation>
        </message>
        <message>
            <source>the key “{key}” is used more than once</source>
            <translation>der Schlüssel „{key}“ kommt mehrfach vor</translation>
        </message>
        <message>
            <source>the field “{key}” appears twice in one object</source>
            <translation>das Feld „{key}“ steht zweimal im selben Objekt</translation>
        </message>
        <message>
            <source>wrong kind of value: {expected} expected</source>
            <translation>falsche Art von Wert: erwartet wird {expected}</translation>
        </message>
        <message>
            <source>the file must contain one JSON object</source>
            <translation>die Datei muss genau ein JSON-Objekt enthalten</translation>
        </message>
        <message>
            <source>the value is not valid</source>
            <translation>der Wert ist ungültig</translation>
        </message>
        <message>
            <source>the file is not valid JSON</source>
            <translation>die Datei ist kein gültiges JSON</translation>
        </message>
        <message>
            <source>the file is not valid JSON (line {line}, column {column})</source>
            <translation>die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
        </message>
        <message>
            <source>the file is larger than {limit} MB</source>
            <translation>die Datei ist größer als {limit} MB</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text</source>
            <translation>die Datei ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>ein Text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>whole file</source>
            <translation>ganze Datei</translation>
        </message>
        <message>
            <source>The file {file} cannot be read: {reason}</source>
            <translation>Die Datei {file} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Please choose one of the four statements, “don't know” or “not applicable”.</source>
            <translation>Bitte wählen Sie eine der vier Aussagen, „weiß nicht“ oder „trifft nicht zu“.</translation>
        </message>
        <message>
            <source>The relevance must be low, medium or high.</source>
            <translation>Die Wichtigkeit muss gering, mittel oder hoch sein.</translation>
        </message>
        <message>
            <source>This question does not belong to the catalog of this assessment.</source>
            <translation>Diese Frage gehört nicht zum Fragenkatalog dieser Erhebung.</translation>
        </message>
        <message>
            <source>A target must be a percentage from 0 to 100.</source>
            <translation>Ein Ziel muss ein Prozentwert von 0 bis 100 sein.</translation>
        </message>
        <message>
            <source>An assessment can only be completed when at least one person has answered.</source>
            <translation>Eine Erhebung kann erst abgeschlossen werden, wenn mindestens eine Person geantwortet hat.</translation>
        </message>
        <message>
            <source>Please choose a value from 0 (none) to 3 (high).</source>
            <translation>Bitte wählen Sie einen Wert von 0 (keine) bis 3 (hoch).</translation>
        </message>
        <message>
            <source>This driver is not known to DigiWandel.</source>
            <translation>Dieser Treiber ist DigiWandel nicht bekannt.</translation>
        </message>
        <message>
            <source>Please enter a valid date.</source>
            <translation>Bitte geben Sie ein gültiges Datum ein.</translation>
        </message>
        <message>
            <source>The date must lie between the years 2000 and 2099.</source>
            <translation>Das Datum muss zwischen den Jahren 2000 und 2099 liegen.</translation>
        </message>
        <message>
            <source>Please enter a number.</source>
            <translation>Bitte geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>Please choose one of the offered options.</source>
            <translation>Bitte wählen Sie eine der angebotenen Möglichkeiten.</translation>
        </message>
        <message>
            <source>Please enter a title for the overarching goal (Oberziel).</source>
            <translation>Bitte geben Sie einen Titel für das Oberziel ein.</translation>
        </message>
        <message>
            <source>Please enter a title for the strategy version.</source>
            <translation>Bitte geben Sie einen Titel für die Strategiefassung ein.</translation>
        </message>
        <message>
            <source>A strategy already exists. Start a new version from an existing one instead.</source>
            <translation>Es gibt bereits eine Strategie. Legen Sie stattdessen eine neue Fassung auf Grundlage einer bestehenden an.</translation>
        </message>
        <message>
            <source>This strategy version has been adopted and can no longer be changed. Start a new version from it to make changes.</source>
            <translation>Diese Strategiefassung ist beschlossen und kann nicht mehr geändert werden. Legen Sie für Änderungen eine neue Fassung auf ihrer Grundlage an.</translation>
        </message>
        <message>
            <source>This strategy version is archived and can no longer be changed.</source>
            <translation>Diese Strategiefassung ist archiviert und kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>The end of the period must not be before its start.</source>
            <translation>Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.</translation>
        </message>
        <message>
            <source>Please enter the date on which the strategy was adopted.</source>
            <translation>Bitte geben Sie das Datum ein, an dem die Strategie beschlossen wurde.</translation>
        </message>
        <message>
            <source>The date of adoption cannot lie in the future.</source>
            <translation>Das Datum des Beschlusses darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Please enter who adopted the strategy, for example the board (Vorstand).</source>
            <translation>Bitte geben Sie an, wer die Strategie beschlossen hat, zum Beispiel der Vorstand.</translation>
        </message>
        <message>
            <source>The next review cannot lie before the date on which the strategy was adopted.</source>
            <translation>Die nächste Überprüfung darf nicht vor dem Datum des Beschlusses liegen.</translation>
        </message>
        <message>
            <source>Please enter a title for the goal.</source>
            <translation>Bitte geben Sie einen Titel für das Ziel ein.</translation>
        </message>
        <message>
            <source>The impact level must be a step from 1 to 7 of the impact ladder (Wirkungstreppe).</source>
            <translation>Die Wirkungsstufe muss eine Stufe von 1 bis 7 der Wirkungstreppe sein.</translation>
        </message>
        <message>
            <source>Please enter a name for the indicator.</source>
            <translation>Bitte geben Sie einen Namen für den Indikator ein.</translation>
        </message>
        <message>
            <source>The target date must not be before the date of the starting value.</source>
            <translation>Das Zieldatum darf nicht vor dem Datum des Ausgangswerts liegen.</translation>
        </message>
        <message>
            <source>The target must differ from the starting value, otherwise there is no progress to measure.</source>
            <translation>Der Zielwert muss sich vom Ausgangswert unterscheiden, sonst gibt es keinen Fortschritt zu messen.</translation>
        </message>
        <message>
            <source>Higher values are better for this indicator, so the target must be above the starting value.</source>
            <translation>Bei diesem Indikator sind höhere Werte besser, deshalb muss der Zielwert über dem Ausgangswert liegen.</translation>
        </message>
        <message>
            <source>Lower values are better for this indicator, so the target must be below the starting value.</source>
            <translation>Bei diesem Indikator sind niedrigere Werte besser, deshalb muss der Zielwert unter dem Ausgangswert liegen.</translation>
        </message>
        <message>
            <source>Please enter the lowest and the highest acceptable value of the range.</source>
            <translation>Bitte geben Sie den niedrigsten und den höchsten noch guten Wert des Zielkorridors ein.</translation>
        </message>
        <message>
            <source>The highest acceptable value must not be below the lowest.</source>
            <translation>Der höchste Wert darf nicht unter dem niedrigsten liegen.</translation>
        </message>
        <message>
            <source>For a yes/no indicator, enter 1 for reached or 0 for not reached.</source>
            <translation>Geben Sie bei einem Ja/Nein-Indikator 1 für erreicht oder 0 für nicht erreicht ein.</translation>
        </message>
        <message>
            <source>Please enter the date of the measurement.</source>
            <translation>Bitte geben Sie das Datum der Messung ein.</translation>
        </message>
        <message>
            <source>A measurement cannot lie in the future.</source>
            <translation>Eine Messung darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Please enter the measured value.</source>
            <translation>Bitte geben Sie den gemessenen Wert ein.</translation>
        </message>
        <message>
            <source>The confidence must be a whole number from 0 (a guess) to 10 (certain).</source>
            <translation>Die Verlässlichkeit muss eine ganze Zahl von 0 (geschätzt) bis 10 (sicher) sein.</translation>
        </message>
        <message>
            <source>This measure is already linked to this goal.</source>
            <translation>Diese Maßnahme ist bereits mit diesem Ziel verknüpft.</translation>
        </message>
        <message>
            <source>This measure is not linked to this goal.</source>
            <translation>Diese Maßnahme ist nicht mit diesem Ziel verknüpft.</translation>
        </message>
        <message>
            <source>{name} is already a member of the digital team.</source>
            <translation>{name} gehört bereits zum Digitalteam.</translation>
        </message>
        <message>
            <source>Please enter who the communication is for (the audience).</source>
            <translation>Bitte geben Sie an, an wen sich die Kommunikation richtet (Zielgruppe).</translation>
        </message>
        <message>
            <source>A communication entry belongs either to the strategy or to a measure, not to both.</source>
            <translation>Ein Eintrag im Kommunikationsplan gehört entweder zur Strategie oder zu einer Maßnahme, nicht zu beiden.</translation>
        </message>
        <message>
            <source>Please enter a title for the measure.</source>
            <translation>Bitte geben Sie einen Titel für die Maßnahme ein.</translation>
        </message>
        <message>
            <source>The end of the measure must not be before its start.</source>
            <translation>Das Ende der Maßnahme darf nicht vor ihrem Beginn liegen.</translation>
        </message>
        <message>
            <source>An amber or red traffic light needs a reason: please explain it in one sentence.</source>
            <translation>Eine gelbe oder rote Ampel braucht eine Begründung: Bitte erklären Sie sie in einem Satz.</translation>
        </message>
        <message>
            <source>Please keep the reason for the traffic light to one short sentence (at most {limit} characters).</source>
            <translation>Bitte fassen Sie die Begründung der Ampel in einem kurzen Satz (höchstens {limit} Zeichen).</translation>
        </message>
        <message>
            <source>There are only steps 1 to 12.</source>
            <translation>Es gibt nur die Schritte 1 bis 12.</translation>
        </message>
        <message>
            <source>Please give a reason why this step is skipped.</source>
            <translation>Bitte geben Sie an, warum dieser Schritt übersprungen wird.</translation>
        </message>
        <message>
            <source>The due date of the step must not be before its start.</source>
            <translation>Das Fälligkeitsdatum des Schritts darf nicht vor seinem Beginn liegen.</translation>
        </message>
        <message>
            <source>Please enter the text of the checklist entry.</source>
            <translation>Bitte geben Sie den Text des Checklisten-Eintrags ein.</translation>
        </message>
        <message>
            <source>Please enter a title for the task.</source>
            <translation>Bitte geben Sie einen Titel für die Aufgabe ein.</translation>
        </message>
        <message>
            <source>Please enter a category for the budget line, for example “Licences”.</source>
            <translation>Bitte geben Sie eine Kategorie für die Budgetzeile ein, zum Beispiel „Lizenzen“.</translation>
        </message>
        <message>
            <source>Please enter the name of the stakeholder.</source>
            <translation>Bitte geben Sie den Namen der oder des Beteiligten ein.</translation>
        </message>
        <message>
            <source>Please enter what is to be procured, for example “20 tablets”.</source>
            <translation>Bitte geben Sie ein, was beschafft werden soll, zum Beispiel „20 Tablets“.</translation>
        </message>
        <message>
            <source>Please enter the topic of the training.</source>
            <translation>Bitte geben Sie das Thema der Schulung ein.</translation>
        </message>
        <message>
            <source>Please enter a short title for the risk.</source>
            <translation>Bitte geben Sie einen kurzen Titel für das Risiko ein.</translation>
        </message>
        <message>
            <source>Please choose a value from 1 to {max}.</source>
            <translation>Bitte wählen Sie einen Wert von 1 bis {max}.</translation>
        </message>
        <message>
            <source>Please enter the question that needs to be decided.</source>
            <translation>Bitte geben Sie die Frage ein, über die entschieden werden soll.</translation>
        </message>
        <message>
            <source>Please write down what was decided.</source>
            <translation>Bitte halten Sie fest, was entschieden wurde.</translation>
        </message>
        <message>
            <source>The end of the PDCA cycle must not be before its start.</source>
            <translation>Das Ende des PDCA-Zyklus darf nicht vor seinem Beginn liegen.</translation>
        </message>
        <message>
            <source>Please write down the lesson learned.</source>
            <translation>Bitte halten Sie die Erkenntnis fest.</translation>
        </message>
        <message>
            <source>Please enter a title for the document.</source>
            <translation>Bitte geben Sie einen Titel für das Dokument ein.</translation>
        </message>
        <message>
            <source>Please enter where the document is: a file path or a web address.</source>
            <translation>Bitte geben Sie an, wo sich das Dokument befindet: einen Dateipfad oder eine Webadresse.</translation>
        </message>
        <message>
            <source>Please enter a web address starting with http:// or https://, or the path of a file.</source>
            <translation>Bitte geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt, oder den Pfad einer Datei.</translation>
        </message>
        <message>
            <source>Only the data protection check records whether a data protection impact assessment (DPIA) is needed.</source>
            <translation>Nur bei der Datenschutzprüfung wird festgehalten, ob eine Datenschutz-Folgenabschätzung (DSFA) erforderlich ist.</translation>
        </message>
        <message>
            <source>This template does not exist (any more). Please choose another one.</source>
            <translation>Diese Vorlage gibt es nicht (mehr). Bitte wählen Sie eine andere.</translation>
        </message>
        <message>
            <source>Please enter a name for the template.</source>
            <translation>Bitte geben Sie einen Namen für die Vorlage ein.</translation>
        </message>
        <message>
            <source>There is already a template called “{title}”. Please choose another name.</source>
            <translation>Es gibt bereits eine Vorlage namens „{title}“. Bitte wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>The templates that come with DigiWandel cannot be deleted.</source>
            <translation>Die mit DigiWandel mitgelieferten Vorlagen können nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>This finding or recommendation is not known to DigiWandel.</source>
            <translation>Dieser Befund bzw. diese Empfehlung ist DigiWandel nicht bekannt.</translation>
        </message>
        <message>
            <source>There is no report of the kind “{kind}”. Known kinds: board, assessment, project, strategy, questionnaire.</source>
            <translation>Einen Bericht der Art „{kind}“ gibt es nicht. Bekannte Arten: board, assessment, project, strategy, questionnaire.</translation>
        </message>
        <message>
            <source>This report needs a completed Digitalisierungscheck, and there is none yet. Complete a check on the page Digitalisierungscheck first.</source>
            <translation>Für diesen Bericht ist ein abgeschlossener Digitalisierungscheck nötig, und es gibt noch keinen. Schließen Sie zuerst auf der Seite Digitalisierungscheck einen Check ab.</translation>
        </message>
        <message>
            <source>There is no completed Digitalisierungscheck with the number {id}.</source>
            <translation>Es gibt keinen abgeschlossenen Digitalisierungscheck mit der Nummer {id}.</translation>
        </message>
        <message>
            <source>This report describes one measure, and there is none yet. Create a measure on the page Measures first.</source>
            <translation>Dieser Bericht beschreibt eine Maßnahme, und es gibt noch keine. Legen Sie zuerst auf der Seite Maßnahmen eine Maßnahme an.</translation>
        </message>
        <message>
            <source>Please choose the measure the report is about.</source>
            <translation>Bitte wählen Sie die Maßnahme, um die es im Bericht geht.</translation>
        </message>
        <message>
            <source>There is no measure with the number {id}.</source>
            <translation>Es gibt keine Maßnahme mit der Nummer {id}.</translation>
        </message>
        <message>
            <source>Only the key figures of this report were kept, not its pages; the next board report compares with them.</source>
            <translation>Von diesem Bericht wurden nur die Kennzahlen aufbewahrt, nicht seine Seiten; der nächste Vorstandsbericht vergleicht sich mit ihnen.</translation>
        </message>
        <message>
            <source>This report is no longer kept. It may have been deleted in the meantime.</source>
            <translation>Dieser Bericht ist nicht mehr gespeichert. Vielleicht wurde er inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>Please choose the check the report is about.</source>
            <translation>Bitte wählen Sie den Check, um den es im Bericht geht.</translation>
        </message>
        <message>
            <source>This check no longer exists. It may have been deleted in the meantime.</source>
            <translation>Diesen Check gibt es nicht mehr. Vielleicht wurde er inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>The check “{title}” is still in progress. Its report can be created once it is completed, so that it rests on all answers.</source>
            <translation>Der Check „{title}“ läuft noch. Sein Bericht kann erstellt werden, sobald er abgeschlossen ist, damit er auf allen Antworten beruht.</translation>
        </message>
        <message>
            <source>The check “{title}” has no answers that can be evaluated: every answer sheet is empty or says only “don't know” or “not applicable”.</source>
            <translation>Der Check „{title}“ hat keine auswertbaren Antworten: Alle Antwortbögen sind leer oder enthalten nur „weiß nicht“ oder „trifft nicht zu“.</translation>
        </message>
        <message>
            <source>Please choose the measure the project profile is about.</source>
            <translation>Bitte wählen Sie die Maßnahme, um die es im Projektsteckbrief gehen soll.</translation>
        </message>
        <message>
            <source>The measure for the project profile no longer exists. It may have been deleted or moved to the trash.</source>
            <translation>Die Maßnahme für den Projektsteckbrief gibt es nicht mehr. Vielleicht wurde sie gelöscht oder in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <source>Backups can only be made of a database file, not of a server database.</source>
            <translation>Sicherungen sind nur von einer Datenbankdatei möglich, nicht von einer Server-Datenbank.</translation>
        </message>
        <message>
            <source>The backup “{path}” does not exist.</source>
            <translation>Die Sicherung „{path}“ existiert nicht.</translation>
        </message>
        <message>
            <source>The database “{path}” does not exist.</source>
            <translation>Die Datenbank „{path}“ existiert nicht.</translation>
        </message>
        <message>
            <source>“{path}” cannot be restored: it is damaged or not a DigiWandel backup. Nothing was changed.</source>
            <translation>„{path}“ kann nicht wiederhergestellt werden: Die Datei ist beschädigt oder keine DigiWandel-Sicherung. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>“{path}” was made by a newer version of DigiWandel. Please update the program first. Nothing was changed.</source>
            <translation>„{path}“ wurde mit einer neueren DigiWandel-Version erstellt. Bitte aktualisieren Sie zuerst das Programm. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>The backup and the database are the same file. Nothing was changed.</source>
            <translation>Sicherung und Datenbank sind dieselbe Datei. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>The backup could not be written to “{folder}”: {detail}</source>
            <translation>Die Sicherung konnte nicht in „{folder}“ geschrieben werden: {detail}</translation>
        </message>
        <message>
            <source>The backup could not be restored: {detail}. Nothing was changed.</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden: {detail}. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>This database holds no organisation yet, so there is nothing to export.</source>
            <translation>Diese Datenbank enthält noch keine Organisation, daher gibt es nichts zu exportieren.</translation>
        </message>
        <message>
            <source>The file is too large to be an export (more than {limit} MB).</source>
            <translation>Die Datei ist zu groß für einen Export (mehr als {limit} MB).</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {detail}</source>
            <translation>Die Datei {path} kann nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}, column {column}): {detail}</source>
            <translation>Die Datei ist keine gültige JSON-Datei (Zeile {line}, Spalte {column}): {detail}</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {detail}</source>
            <translation>Die Datei ist keine gültige JSON-Datei: {detail}</translation>
        </message>
        <message>
            <source>The file nests its data far more deeply than an export ever does.</source>
            <translation>Die Datei verschachtelt ihre Daten viel tiefer, als es ein Export jemals tut.</translation>
        </message>
        <message>
            <source>This file is not a DigiWandel export (“format” must be “digiwandel”).</source>
            <translation>Diese Datei ist kein DigiWandel-Export („format“ muss „digiwandel“ lauten).</translation>
        </message>
        <message>
            <source>This export has format version {version}; this program reads version {supported}. Nothing was imported.</source>
            <translation>Dieser Export hat die Formatversion {version}; dieses Programm liest Version {supported}. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} is missing in the file.</source>
            <translation>Es wurde nichts importiert: {place} fehlt in der Datei.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} is not part of the export format.</source>
            <translation>Es wurde nichts importiert: {place} gehört nicht zum Exportformat.</translation>
        </message>
        <message>
            <source>Nothing was imported: the text at {place} is longer than {limit} characters.</source>
            <translation>Es wurde nichts importiert: Der Text bei {place} ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>Nothing was imported: the value at {place} is not valid ({detail}).</source>
            <translation>Es wurde nichts importiert: Der Wert bei {place} ist ungültig ({detail}).</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be a text.</source>
            <translation>Es wurde nichts importiert: {place} muss ein Text sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be a whole number.</source>
            <translation>Es wurde nichts importiert: {place} muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be a number.</source>
            <translation>Es wurde nichts importiert: {place} muss eine Zahl sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be a number (not NaN or infinity).</source>
            <translation>Es wurde nichts importiert: {place} muss eine Zahl sein (nicht NaN oder unendlich).</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be true or false.</source>
            <translation>Es wurde nichts importiert: {place} muss true oder false sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be a list.</source>
            <translation>Es wurde nichts importiert: {place} muss eine Liste sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be a JSON object.</source>
            <translation>Es wurde nichts importiert: {place} muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must not be empty.</source>
            <translation>Es wurde nichts importiert: {place} darf nicht leer sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: the text at {place} contains a NUL character.</source>
            <translation>Es wurde nichts importiert: Der Text bei {place} enthält ein NUL-Zeichen.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be a date in the form YYYY-MM-DD.</source>
            <translation>Es wurde nichts importiert: {place} muss ein Datum im Format JJJJ-MM-TT sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be a time in the form YYYY-MM-DDTHH:MM:SS.</source>
            <translation>Es wurde nichts importiert: {place} muss ein Zeitpunkt im Format YYYY-MM-DDTHH:MM:SS sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be one of these values: {choices}.</source>
            <translation>Es wurde nichts importiert: {place} muss einer dieser Werte sein: {choices}.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be at least {limit}.</source>
            <translation>Es wurde nichts importiert: {place} muss mindestens {limit} sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} must be at most {limit}.</source>
            <translation>Es wurde nichts importiert: {place} darf höchstens {limit} sein.</translation>
        </message>
        <message>
            <source>Nothing was imported: the id {id} at {place} is used more than once.</source>
            <translation>Es wurde nichts importiert: Die ID {id} bei {place} wird mehrfach verwendet.</translation>
        </message>
        <message>
            <source>Nothing was imported: {place} refers to the id {id}, which does not exist in the file.</source>
            <translation>Es wurde nichts importiert: {place} verweist auf die ID {id}, die es in der Datei nicht gibt.</translation>
        </message>
        <message>
            <source>Nothing was imported: the entry at {place} breaks a rule of the database ({detail}).</source>
            <translation>Es wurde nichts importiert: Der Eintrag bei {place} verletzt eine Regel der Datenbank ({detail}).</translation>
        </message>
        <message>
            <source>Nothing was imported: the database refused the data ({detail}).</source>
            <translation>Es wurde nichts importiert: Die Datenbank hat die Daten abgelehnt ({detail}).</translation>
        </message>
        <message>
            <source>The copy does not match the export: the table {table} holds {found} entries instead of {expected}.</source>
            <translation>Die Kopie stimmt nicht mit dem Export überein: Die Tabelle {table} enthält {found} statt {expected} Einträge.</translation>
        </message>
        <message>
            <source>The database already holds data. An export can only be imported into a new or empty database; nothing was changed.</source>
            <translation>Die Datenbank enthält bereits Daten. Ein Export kann nur in eine neue oder leere Datenbank importiert werden; es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>Someone else changed this entry in the meantime (on another computer), so your change was not saved. The program now shows the current state.</source>
            <translation>Jemand anderes hat diesen Eintrag inzwischen geändert (an einem anderen Computer), deshalb wurde Ihre Änderung nicht gespeichert. Das Programm zeigt jetzt den aktuellen Stand.</translation>
        </message>
    </context>
    <context>
        <name>DriversPage</name>
        <message>
            <source>Drivers</source>
            <translation>Treiber</translation>
        </message>
        <message>
            <source>Technologies such as online platforms, artificial intelligence or robotics drive digital change in the social sector. Rate how relevant each driver is for your organisation and how far you already use it. The chart shows where to act: relevant drivers that are hardly used yet appear at the top left.</source>
            <translation>Technologien wie Online-Plattformen, künstliche Intelligenz oder Robotik treiben den digitalen Wandel im Sozialwesen voran. Schätzen Sie ein, wie relevant jeder Treiber für Ihre Organisation ist und wie weit Sie ihn bereits nutzen. Die Grafik zeigt, wo Handlungsbedarf besteht: Relevante Treiber, die Sie noch kaum nutzen, stehen oben links.</translation>
        </message>
        <message>
            <source>Driver sections</source>
            <translation>Abschnitte der Treiber</translation>
        </message>
        <message>
            <source>Rating and &amp;chart</source>
            <translation>Einschätzung und &amp;Grafik</translation>
        </message>
        <message>
            <source>E&amp;xamples</source>
            <translation>Bei&amp;spiele</translation>
        </message>
        <message>
            <source>0 – none</source>
            <translation>0 – keine</translation>
        </message>
        <message>
            <source>1 – low</source>
            <translation>1 – gering</translation>
        </message>
        <message>
            <source>2 – medium</source>
            <translation>2 – mittel</translation>
        </message>
        <message>
            <source>3 – high</source>
            <translation>3 – hoch</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Treiber</translation>
        </message>
        <message>
            <source>Relevance</source>
            <translation>Relevanz</translation>
        </message>
        <message>
            <source>Current use</source>
            <translation>Nutzung</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>&amp;Ratings per driver:</source>
            <translation>&amp;Relevanz und Nutzung je Treiber:</translation>
        </message>
        <message>
            <source>Double-click a cell, or press F2 or Enter, to change it. Every change is saved at once; Ctrl+Z undoes it.</source>
            <translation>Doppelklicken Sie auf eine Zelle oder drücken Sie F2 oder die Eingabetaste, um sie zu ändern. Jede Änderung wird sofort gespeichert; Strg+Z macht sie rückgängig.</translation>
        </message>
        <message>
            <source>Portfolio: relevance and current use</source>
            <translation>Portfolio: Relevanz und Nutzung</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Field of work</source>
            <translation>Arbeitsfeld</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Search examples</source>
            <translation>Beispiele suchen</translation>
        </message>
        <message>
            <source>&amp;Driver:</source>
            <translation>&amp;Treiber:</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Beispiele</translation>
        </message>
        <message>
            <source>Examples of digital solutions</source>
            <translation>Beispiele digitaler Lösungen</translation>
        </message>
        <message>
            <source>All drivers</source>
            <translation>Alle Treiber</translation>
        </message>
        <message>
            <source>Change relevance of “{driver}”</source>
            <translation>Relevanz von „{driver}“ ändern</translation>
        </message>
        <message>
            <source>Change current use of “{driver}”</source>
            <translation>Nutzung von „{driver}“ ändern</translation>
        </message>
        <message>
            <source>Change notes on “{driver}”</source>
            <translation>Notizen zu „{driver}“ ändern</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Saved by someone else in the meantime: “{theirs}”. Your notes are still in the cell: press Enter to save them in place of the other ones, or Esc to keep the other ones.</source>
            <translation>Inzwischen von jemand anderem gespeichert: „{theirs}“. Ihre Notizen stehen noch in der Zelle: Drücken Sie die Eingabetaste, um sie an die Stelle der anderen zu setzen, oder Esc, um die anderen zu behalten.</translation>
        </message>
        <message>
            <source>Your notes on “{driver}” were not saved: “{mine}”. Enter them again to put them in place of the notes shown now.</source>
            <translation>Ihre Notizen zu „{driver}“ wurden nicht gespeichert: „{mine}“. Geben Sie sie erneut ein, um die jetzt angezeigten Notizen zu ersetzen.</translation>
        </message>
        <message>
            <source>Your choice “{mine}” for “{driver}” was not saved; choose it again to put it in place of the value shown now ({theirs}).</source>
            <translation>Ihre Auswahl „{mine}“ für „{driver}“ wurde nicht gespeichert; wählen Sie sie erneut, um den jetzt angezeigten Wert ({theirs}) zu ersetzen.</translation>
        </message>
        <message>
            <source>No driver has been rated yet; the chart fills in as you rate them.</source>
            <translation>Sie haben noch keinen Treiber eingeschätzt; die Grafik füllt sich, sobald Sie Treiber einschätzen.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>High relevance, little used: {drivers}.</source>
            <translation>Hohe Relevanz, wenig genutzt: {drivers}.</translation>
        </message>
        <message>
            <source>Not rated yet, so not in the chart: {drivers}.</source>
            <translation>Noch nicht eingeschätzt und daher nicht in der Grafik: {drivers}.</translation>
        </message>
        <message>
            <source>Current use (0 = none, 3 = high)</source>
            <translation>Nutzung (0 = keine, 3 = hoch)</translation>
        </message>
        <message>
            <source>Relevance (0 = none, 3 = high)</source>
            <translation>Relevanz (0 = keine, 3 = hoch)</translation>
        </message>
        <message>
            <source>Act here</source>
            <translation>Hier handeln</translation>
        </message>
        <message>
            <source>Build on it</source>
            <translation>Weiter ausbauen</translation>
        </message>
        <message>
            <source>Keep an eye on it</source>
            <translation>Im Blick behalten</translation>
        </message>
        <message>
            <source>Check the benefit</source>
            <translation>Nutzen prüfen</translation>
        </message>
        <message>
            <source>Portfolio chart of the drivers</source>
            <translation>Portfolio-Grafik der Treiber</translation>
        </message>
        <message>
            <source>Each rated driver is a point: current use to the right, relevance upwards. The same values are in the table.</source>
            <translation>Jeder eingeschätzte Treiber ist ein Punkt: nach rechts die Nutzung, nach oben die Relevanz. Dieselben Werte stehen in der Tabelle.</translation>
        </message>
        <message>
            <source>No example matches.</source>
            <translation>Kein Beispiel passt zur Suche.</translation>
        </message>
        <message>
            <source>{shown} of {total} examples</source>
            <translation>{shown} von {total} Beispielen</translation>
        </message>
        <message>
            <source>Select an example to read its description.</source>
            <translation>Wählen Sie ein Beispiel aus, um seine Beschreibung zu lesen.</translation>
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
        <name>EvaluationPanel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Measurements of the metric</source>
            <translation>Messungen der Kennzahl</translation>
        </message>
        <message>
            <source>&amp;New measurement…</source>
            <translation>&amp;Neue Messung…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Success &amp;metric:</source>
            <translation>&amp;Erfolgskennzahl:</translation>
        </message>
        <message>
            <source>There is no success metric yet: add one in step 4, then measure here.</source>
            <translation>Es gibt noch keine Erfolgskennzahl: Legen Sie in Schritt 4 eine an und messen Sie dann hier.</translation>
        </message>
        <message>
            <source>No success metric selected.</source>
            <translation>Keine Erfolgskennzahl ausgewählt.</translation>
        </message>
        <message>
            <source>No measurement yet.</source>
            <translation>Noch keine Messung.</translation>
        </message>
        <message>
            <source>Latest value {value} on {date}; target {target}.</source>
            <translation>Letzter Wert {value} am {date}; Ziel {target}.</translation>
        </message>
        <message>
            <source>Measured &amp;on:</source>
            <translation>Gemessen &amp;am:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Messwert</translation>
        </message>
    </context>
    <context>
        <name>FieldTip</name>
        <message>
            <source>The area the person works in. The check compares areas; an area with fewer answer sheets than the smallest group size (Settings) is not shown on its own.</source>
            <translation>Der Bereich, in dem die Person arbeitet. Der Check vergleicht die Bereiche; ein Bereich mit weniger Antwortbögen als die kleinste Gruppengröße (Einstellungen) wird nicht einzeln gezeigt.</translation>
        </message>
        <message>
            <source>The hierarchy level. The check compares levels, e.g. leadership and staff; a level with fewer answer sheets than the smallest group size is not shown on its own.</source>
            <translation>Die Hierarchieebene. Der Check vergleicht die Ebenen, z. B. Leitung und Mitarbeitende; eine Ebene mit weniger Antwortbögen als die kleinste Gruppengröße wird nicht einzeln gezeigt.</translation>
        </message>
        <message>
            <source>The place of the level in lists and charts: 0 first, higher numbers later.</source>
            <translation>Die Stelle der Ebene in Listen und Diagrammen: 0 zuerst, höhere Zahlen weiter hinten.</translation>
        </message>
        <message>
            <source>Tick for levels whose people lead others. The check sets their answers beside those of the staff: a large gap means the situation is seen differently.</source>
            <translation>Ankreuzen für Ebenen, deren Personen andere leiten. Der Check stellt ihre Antworten neben die der Mitarbeitenden: Ein großer Abstand heißt, dass die Lage unterschiedlich gesehen wird.</translation>
        </message>
        <message>
            <source>Tick for levels made up of volunteers, so that their view can be told apart.</source>
            <translation>Ankreuzen für Ebenen aus Ehrenamtlichen, damit ihre Sicht erkennbar bleibt.</translation>
        </message>
        <message>
            <source>The questions the check asks. Keep the same catalog from year to year so that the results can be compared.</source>
            <translation>Die Fragen, die der Check stellt. Behalten Sie denselben Katalog von Jahr zu Jahr bei, damit sich die Ergebnisse vergleichen lassen.</translation>
        </message>
        <message>
            <source>The overarching goal (Oberziel) of your mission statement that this goal makes concrete.</source>
            <translation>Das Oberziel aus Ihrem Leitbild, das dieses Ziel konkret macht.</translation>
        </message>
        <message>
            <source>How far the goal reaches on the impact ladder: 1–3 output (activities take place, target groups are reached and use them), 4–6 outcome (they learn, act differently, their situation changes), 7 impact (society changes).</source>
            <translation>Wie weit das Ziel auf der Wirkungstreppe reicht: 1–3 Output (Aktivitäten finden statt, Zielgruppen werden erreicht und nutzen sie), 4–6 Outcome (sie lernen, handeln anders, ihre Lage ändert sich), 7 Impact (die Gesellschaft verändert sich).</translation>
        </message>
        <message>
            <source>Which way is better: a higher value, a lower value, or a value within a range. Progress is the share of the way from the starting value to the target.</source>
            <translation>Was besser ist: ein höherer Wert, ein niedrigerer Wert oder ein Wert in einem Bereich. Der Fortschritt ist der Anteil des Wegs vom Ausgangswert zum Zielwert.</translation>
        </message>
        <message>
            <source>The value when measuring begins. Progress is counted from here.</source>
            <translation>Der Wert zu Beginn der Messung. Von hier aus wird der Fortschritt gezählt.</translation>
        </message>
        <message>
            <source>The date of the starting value.</source>
            <translation>Das Datum des Ausgangswerts.</translation>
        </message>
        <message>
            <source>The value to reach by the target date; 100 % progress.</source>
            <translation>Der Wert, der bis zum Zieldatum erreicht sein soll; 100 % Fortschritt.</translation>
        </message>
        <message>
            <source>By when the target value should be reached.</source>
            <translation>Bis wann der Zielwert erreicht sein soll.</translation>
        </message>
        <message>
            <source>For “within a range”: the lowest value that counts as reached. Leave empty for no lower limit.</source>
            <translation>Für „innerhalb eines Bereichs“: der niedrigste Wert, der als erreicht gilt. Leer lassen, wenn es keine Untergrenze gibt.</translation>
        </message>
        <message>
            <source>For “within a range”: the highest value that counts as reached. Leave empty for no upper limit.</source>
            <translation>Für „innerhalb eines Bereichs“: der höchste Wert, der als erreicht gilt. Leer lassen, wenn es keine Obergrenze gibt.</translation>
        </message>
        <message>
            <source>The unit of the figure, e.g. %, hours or contacts.</source>
            <translation>Die Einheit der Zahl, z. B. %, Stunden oder Kontakte.</translation>
        </message>
        <message>
            <source>Where the figure comes from (specialist software, a survey, the accounts), so that the next person measures it the same way.</source>
            <translation>Woher die Zahl stammt (Fachsoftware, Befragung, Buchhaltung), damit die nächste Person genauso misst.</translation>
        </message>
        <message>
            <source>How sure you are of this value: 0 a rough guess, 10 counted exactly.</source>
            <translation>Wie sicher Sie sich bei diesem Wert sind: 0 grob geschätzt, 10 genau gezählt.</translation>
        </message>
        <message>
            <source>When the strategy is next looked at again. The overview reminds you two weeks ahead and once it is overdue.</source>
            <translation>Wann die Strategie das nächste Mal überprüft wird. Die Übersicht erinnert zwei Wochen vorher und sobald die Überprüfung überfällig ist.</translation>
        </message>
        <message>
            <source>Where the board's decision is recorded, e.g. the number in the minutes, so that the adoption can be traced.</source>
            <translation>Wo der Beschluss des Vorstands festgehalten ist, z. B. die Nummer im Protokoll, damit sich der Beschluss nachvollziehen lässt.</translation>
        </message>
        <message>
            <source>What digitalisation changes for this goal: what becomes possible, and what must be protected.</source>
            <translation>Was die Digitalisierung für dieses Ziel verändert: was möglich wird und was geschützt werden muss.</translation>
        </message>
        <message>
            <source>In a sentence, what this measure adds to the goal; the alignment shows it.</source>
            <translation>In einem Satz, was diese Maßnahme zum Ziel beiträgt; die Ausrichtung zeigt es an.</translation>
        </message>
        <message>
            <source>Tick to give the entry a fixed date; the overview lists it when it falls due.</source>
            <translation>Ankreuzen, um dem Eintrag einen festen Termin zu geben; die Übersicht nennt ihn, wenn er fällig wird.</translation>
        </message>
        <message>
            <source>The finding or recommendation of the check that this measure answers. The overview then no longer lists that finding as open.</source>
            <translation>Der Befund oder die Empfehlung des Checks, auf die diese Maßnahme antwortet. Die Übersicht führt diesen Befund dann nicht mehr als offen.</translation>
        </message>
        <message>
            <source>The strategic goal this measure serves. The overview points out running measures that serve no goal.</source>
            <translation>Das strategische Ziel, dem diese Maßnahme dient. Die Übersicht weist auf laufende Maßnahmen hin, die keinem Ziel dienen.</translation>
        </message>
        <message>
            <source>Green: on track. Amber: at risk, but the team can still solve it. Red: the date, budget or goal cannot be kept without a decision by the leadership.</source>
            <translation>Grün: im Plan. Gelb: gefährdet, aber das Team kann es noch selbst lösen. Rot: Termin, Budget oder Ziel sind ohne eine Entscheidung der Leitung nicht zu halten.</translation>
        </message>
        <message>
            <source>Why the light is amber or red, in one sentence. The overview and the board report show it.</source>
            <translation>Warum die Ampel gelb oder rot ist, in einem Satz. Die Übersicht und der Vorstandsbericht zeigen ihn.</translation>
        </message>
        <message>
            <source>The drivers of digital change this measure builds on (see the Drivers page).</source>
            <translation>Die Treiber des digitalen Wandels, auf die diese Maßnahme baut (siehe Seite „Treiber“).</translation>
        </message>
        <message>
            <source>A milestone marks a result rather than a piece of work; the overview names milestones apart from tasks.</source>
            <translation>Ein Meilenstein markiert ein Ergebnis, keine Arbeit; die Übersicht nennt Meilensteine getrennt von Aufgaben.</translation>
        </message>
        <message>
            <source>How likely the risk is: 1 very unlikely to 5 almost certain. Likelihood × impact gives the score; from 12 the risk counts as high and goes into the board report.</source>
            <translation>Wie wahrscheinlich das Risiko ist: 1 sehr unwahrscheinlich bis 5 fast sicher. Wahrscheinlichkeit × Auswirkung ergibt die Risikozahl; ab 12 gilt das Risiko als hoch und kommt in den Vorstandsbericht.</translation>
        </message>
        <message>
            <source>How much harm it would do: 1 minor to 5 it puts the measure at stake. Likelihood × impact gives the score; from 12 the risk counts as high.</source>
            <translation>Wie viel Schaden es anrichten würde: 1 gering bis 5 die Maßnahme steht auf dem Spiel. Wahrscheinlichkeit × Auswirkung ergibt die Risikozahl; ab 12 gilt das Risiko als hoch.</translation>
        </message>
        <message>
            <source>How far this group takes part: it is informed, consulted, involved in the work or has a say in decisions.</source>
            <translation>Wie weit diese Gruppe beteiligt ist: Sie wird informiert, befragt, in die Arbeit einbezogen oder entscheidet mit.</translation>
        </message>
        <message>
            <source>The amount planned for this line, in euros.</source>
            <translation>Der für diese Position geplante Betrag in Euro.</translation>
        </message>
        <message>
            <source>What has been spent so far. When a measure spends more than planned in all, the overview lists it.</source>
            <translation>Was bisher ausgegeben wurde. Gibt eine Maßnahme insgesamt mehr aus als geplant, nennt die Übersicht sie.</translation>
        </message>
        <message>
            <source>Whether a data protection impact assessment (Art. 35 GDPR) is needed: as a rule when sensitive data, e.g. of clients, is processed on a large scale or in a new way.</source>
            <translation>Ob eine Datenschutz-Folgenabschätzung (Art. 35 DSGVO) nötig ist: in der Regel, wenn sensible Daten, z. B. von Klient*innen, in großem Umfang oder auf neue Weise verarbeitet werden.</translation>
        </message>
        <message>
            <source>Where the result is documented, e.g. the record of processing activities or the signed contract.</source>
            <translation>Wo das Ergebnis dokumentiert ist, z. B. im Verzeichnis von Verarbeitungstätigkeiten oder im unterschriebenen Vertrag.</translation>
        </message>
    </context>
    <context>
        <name>FirstStepsBox</name>
        <message>
            <source>&lt;b&gt;First steps&lt;/b&gt;</source>
            <translation>&lt;b&gt;Erste Schritte&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Five steps lead from a new file to the first board report. Each is ticked as soon as its data exists.</source>
            <translation>Fünf Schritte führen von einer neuen Datei zum ersten Vorstandsbericht. Jeder wird abgehakt, sobald seine Daten vorhanden sind.</translation>
        </message>
        <message>
            <source>&amp;1  Describe the organisation and its areas</source>
            <translation>&amp;1  Organisation und ihre Bereiche beschreiben</translation>
        </message>
        <message>
            <source>&amp;2  Complete a first Digitalisierungscheck</source>
            <translation>&amp;2  Einen ersten Digitalisierungscheck abschließen</translation>
        </message>
        <message>
            <source>&amp;3  Draft a digital strategy</source>
            <translation>&amp;3  Eine Digitalstrategie entwerfen</translation>
        </message>
        <message>
            <source>&amp;4  Start a first measure</source>
            <translation>&amp;4  Eine erste Maßnahme beginnen</translation>
        </message>
        <message>
            <source>&amp;5  Print a first board report</source>
            <translation>&amp;5  Einen ersten Vorstandsbericht drucken</translation>
        </message>
        <message>
            <source>Hide first ste&amp;ps</source>
            <translation>Erste Schritte ausblende&amp;n</translation>
        </message>
        <message>
            <source>✓ done</source>
            <translation>✓ erledigt</translation>
        </message>
        <message>
            <source>○ open</source>
            <translation>○ offen</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Saved by someone else in the meantime: {value}</source>
            <translation>Inzwischen von jemand anderem gespeichert: {value}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Your entries are still in the form. Save puts them in place of the other change; Cancel keeps the other change.</source>
            <translation>Ihre Eingaben stehen noch im Formular. „Speichern“ setzt sie an die Stelle der anderen Änderung; „Abbrechen“ behält die andere Änderung.</translation>
        </message>
    </context>
    <context>
        <name>GoalsTab</name>
        <message>
            <source>Strategic goals say what the strategy wants to achieve. Each goal gets indicators with a starting value and a target; measurements show how far you have come. Progress is calculated from the measurements.</source>
            <translation>Strategische Ziele beschreiben, was die Strategie erreichen will. Jedes Ziel erhält Indikatoren mit Ausgangswert und Zielwert; Messwerte zeigen, wie weit Sie gekommen sind. Der Fortschritt wird aus den Messwerten berechnet.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Oberziel</source>
            <translation>Oberziel</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Impact level</source>
            <translation>Stufe der Wirkungstreppe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move the goal up (Ctrl+Up)</source>
            <translation>Ziel nach oben verschieben (Strg+Pfeil hoch)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Move the goal down (Ctrl+Down)</source>
            <translation>Ziel nach unten verschieben (Strg+Pfeil runter)</translation>
        </message>
        <message>
            <source>Strategic goals</source>
            <translation>Strategische Ziele</translation>
        </message>
        <message>
            <source>&amp;New goal…</source>
            <translation>&amp;Neues Ziel…</translation>
        </message>
        <message>
            <source>&amp;Edit goal…</source>
            <translation>Ziel b&amp;earbeiten…</translation>
        </message>
        <message>
            <source>De&amp;lete goal…</source>
            <translation>Ziel &amp;löschen…</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Starting value</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Current value</source>
            <translation>Aktueller Wert</translation>
        </message>
        <message>
            <source>Indicators of the selected goal</source>
            <translation>Indikatoren des ausgewählten Ziels</translation>
        </message>
        <message>
            <source>New &amp;indicator…</source>
            <translation>Neuer &amp;Indikator…</translation>
        </message>
        <message>
            <source>Edi&amp;t indicator…</source>
            <translation>Indika&amp;tor bearbeiten…</translation>
        </message>
        <message>
            <source>Delete indicato&amp;r…</source>
            <translation>Indikato&amp;r löschen…</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>How sure are you of the value? 0 = a guess, 10 = certain.</source>
            <translation>Wie sicher ist der Wert? 0 = geschätzt, 10 = sicher.</translation>
        </message>
        <message>
            <source>Add &amp;measurement</source>
            <translation>&amp;Messwert hinzufügen</translation>
        </message>
        <message>
            <source>Measured &amp;on:</source>
            <translation>&amp;Gemessen am:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>Con&amp;fidence:</source>
            <translation>&amp;Sicherheit:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Measurements of the selected indicator</source>
            <translation>Messwerte des ausgewählten Indikators</translation>
        </message>
        <message>
            <source>Edit measurement…</source>
            <translation>Messwert bearbeiten…</translation>
        </message>
        <message>
            <source>Delete measurement…</source>
            <translation>Messwert löschen…</translation>
        </message>
        <message>
            <source>the planned activities take place</source>
            <translation>die geplanten Aktivitäten finden statt</translation>
        </message>
        <message>
            <source>the target groups are reached</source>
            <translation>die Zielgruppen werden erreicht</translation>
        </message>
        <message>
            <source>the target groups accept and use the offer</source>
            <translation>die Zielgruppen nehmen das Angebot an und nutzen es</translation>
        </message>
        <message>
            <source>the target groups gain knowledge or skills</source>
            <translation>die Zielgruppen gewinnen Wissen oder Fähigkeiten</translation>
        </message>
        <message>
            <source>the target groups act differently</source>
            <translation>die Zielgruppen handeln anders</translation>
        </message>
        <message>
            <source>the situation of the target groups changes</source>
            <translation>die Lebenslage der Zielgruppen verändert sich</translation>
        </message>
        <message>
            <source>society changes</source>
            <translation>die Gesellschaft verändert sich</translation>
        </message>
        <message>
            <source>⚠ {date} (overdue)</source>
            <translation>⚠ {date} (überfällig)</translation>
        </message>
        <message>
            <source>yes (reached)</source>
            <translation>ja (erreicht)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>{low} to {high} {unit}</source>
            <translation>{low} bis {high} {unit}</translation>
        </message>
        <message>
            <source>{value} by {date}</source>
            <translation>{value} bis {date}</translation>
        </message>
        <message>
            <source>Open or create a database to work on strategic goals.</source>
            <translation>Öffnen oder erstellen Sie eine Datenbank, um an strategischen Zielen zu arbeiten.</translation>
        </message>
        <message>
            <source>There is no strategy version yet. Create one in the tab “Versions” first.</source>
            <translation>Es gibt noch keine Strategiefassung. Legen Sie zuerst im Reiter „Fassungen“ eine an.</translation>
        </message>
        <message>
            <source>This version is archived: its goals, indicators and measurements can no longer be changed.</source>
            <translation>Diese Fassung ist archiviert: Ihre Ziele, Indikatoren und Messwerte können nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>This version has been adopted: its goals and indicators can no longer be changed (start a new version to change them). Measurements can still be entered.</source>
            <translation>Diese Fassung ist beschlossen: Ihre Ziele und Indikatoren können nicht mehr geändert werden (beginnen Sie dafür eine neue Fassung). Messwerte können Sie weiterhin erfassen.</translation>
        </message>
        <message>
            <source>Indicators (select a goal first)</source>
            <translation>Indikatoren (wählen Sie zuerst ein Ziel aus)</translation>
        </message>
        <message>
            <source>Indicators of “{goal}”</source>
            <translation>Indikatoren von „{goal}“</translation>
        </message>
        <message>
            <source>Measurements (select an indicator first)</source>
            <translation>Messwerte (wählen Sie zuerst einen Indikator aus)</translation>
        </message>
        <message>
            <source>Measurements of “{indicator}”</source>
            <translation>Messwerte von „{indicator}“</translation>
        </message>
        <message>
            <source>1 = reached, 0 = not reached</source>
            <translation>1 = erreicht, 0 = nicht erreicht</translation>
        </message>
        <message>
            <source>Select an indicator to see its chart.</source>
            <translation>Wählen Sie einen Indikator aus, um sein Diagramm zu sehen.</translation>
        </message>
        <message>
            <source>No measurement yet</source>
            <translation>Noch kein Messwert</translation>
        </message>
        <message>
            <source>Latest value {value} on {date}</source>
            <translation>Neuester Wert {value} am {date}</translation>
        </message>
        <message>
            <source>target range {range}</source>
            <translation>Zielbereich {range}</translation>
        </message>
        <message>
            <source>target {target}</source>
            <translation>Zielwert {target}</translation>
        </message>
        <message>
            <source>progress cannot be calculated yet</source>
            <translation>Fortschritt noch nicht berechenbar</translation>
        </message>
        <message>
            <source>progress {progress}</source>
            <translation>Fortschritt {progress}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine Angabe)</translation>
        </message>
        <message numerus="yes">
            <source>Delete the goal “{title}” with its %n indicator(s) and their measurements? You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Das Ziel „{title}“ mit seinem %n Indikator und dessen Messwerten löschen? Sie können das mit Strg+Z rückgängig machen.</numerusform>
                <numerusform>Das Ziel „{title}“ mit seinen %n Indikatoren und deren Messwerten löschen? Sie können das mit Strg+Z rückgängig machen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the indicator “{name}” with its %n measurement(s)? You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Den Indikator „{name}“ mit seinem %n Messwert löschen? Sie können das mit Strg+Z rückgängig machen.</numerusform>
                <numerusform>Den Indikator „{name}“ mit seinen %n Messwerten löschen? Sie können das mit Strg+Z rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(nicht festgelegt)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>Beschreibun&amp;g:</translation>
        </message>
        <message>
            <source>&amp;Oberziel:</source>
            <translation>&amp;Oberziel:</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>Due dat&amp;e:</source>
            <translation>&amp;Fällig am:</translation>
        </message>
        <message>
            <source>&amp;Impact level:</source>
            <translation>&amp;Wirkungsstufe:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Impact ladder (PHINEO Wirkungstreppe):
1 – the planned activities take place
2 – the target groups are reached
3 – the target groups accept and use the offer
4 – the target groups gain knowledge or skills
5 – the target groups act differently
6 – the situation of the target groups changes
7 – society changes
Steps 1–3 are output, 4–6 outcome, 7 impact.</source>
            <translation>Wirkungstreppe (PHINEO):
1 – die geplanten Aktivitäten finden statt
2 – die Zielgruppen werden erreicht
3 – die Zielgruppen nehmen das Angebot an und nutzen es
4 – die Zielgruppen gewinnen Wissen oder Fähigkeiten
5 – die Zielgruppen handeln anders
6 – die Lebenslage der Zielgruppen verändert sich
7 – die Gesellschaft verändert sich
Stufe 1–3 sind Output, 4–6 Outcome, 7 Impact.</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Neues strategisches Ziel</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Strategisches Ziel bearbeiten</translation>
        </message>
        <message>
            <source>Output (1–3): activities take place, reach people and are used. Outcome (4–6): people learn, act differently, their situation improves. Impact (7): society changes.</source>
            <translation>Output (1–3): Aktivitäten finden statt, erreichen Menschen und werden genutzt. Outcome (4–6): Menschen lernen, handeln anders, ihre Lage verbessert sich. Impact (7): Die Gesellschaft verändert sich.</translation>
        </message>
        <message>
            <source>Add goal “{title}”</source>
            <translation>Ziel „{title}“ hinzufügen</translation>
        </message>
        <message>
            <source>Edit goal “{title}”</source>
            <translation>Ziel „{title}“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Ziel löschen</translation>
        </message>
        <message>
            <source>Delete goal “{title}”</source>
            <translation>Ziel „{title}“ löschen</translation>
        </message>
        <message>
            <source>Move goal “{title}”</source>
            <translation>Ziel „{title}“ verschieben</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Einheit:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ar&amp;t:</translation>
        </message>
        <message>
            <source>Di&amp;rection:</source>
            <translation>&amp;Richtung:</translation>
        </message>
        <message>
            <source>&amp;Starting value:</source>
            <translation>Ausgangs&amp;wert:</translation>
        </message>
        <message>
            <source>Starting value &amp;measured on:</source>
            <translation>Ausgangswert ge&amp;messen am:</translation>
        </message>
        <message>
            <source>&amp;Target value:</source>
            <translation>&amp;Zielwert:</translation>
        </message>
        <message>
            <source>Target dat&amp;e:</source>
            <translation>Z&amp;ieltermin:</translation>
        </message>
        <message>
            <source>Range &amp;low:</source>
            <translation>&amp;Untergrenze:</translation>
        </message>
        <message>
            <source>Range hi&amp;gh:</source>
            <translation>&amp;Obergrenze:</translation>
        </message>
        <message>
            <source>&amp;Frequency:</source>
            <translation>Häufi&amp;gkeit:</translation>
        </message>
        <message>
            <source>Data s&amp;ource:</source>
            <translation>Daten&amp;quelle:</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Neuer Indikator</translation>
        </message>
        <message>
            <source>Edit indicator</source>
            <translation>Indikator bearbeiten</translation>
        </message>
        <message>
            <source>Progress is calculated from the starting value, the target and the latest measurement. For a yes/no indicator, 1 means reached and 0 not reached.</source>
            <translation>Der Fortschritt wird aus Ausgangswert, Zielwert und dem neuesten Messwert berechnet. Bei einem Ja/Nein-Indikator bedeutet 1 erreicht und 0 nicht erreicht.</translation>
        </message>
        <message>
            <source>Add indicator “{name}”</source>
            <translation>Indikator „{name}“ hinzufügen</translation>
        </message>
        <message>
            <source>Edit indicator “{name}”</source>
            <translation>Indikator „{name}“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete indicator</source>
            <translation>Indikator löschen</translation>
        </message>
        <message>
            <source>Delete indicator “{name}”</source>
            <translation>Indikator „{name}“ löschen</translation>
        </message>
        <message>
            <source>Add measurement to “{name}”</source>
            <translation>Messwert zu „{name}“ hinzufügen</translation>
        </message>
        <message>
            <source>Con&amp;fidence (0–10):</source>
            <translation>&amp;Sicherheit (0–10):</translation>
        </message>
        <message>
            <source>Edit measurement</source>
            <translation>Messwert bearbeiten</translation>
        </message>
        <message>
            <source>Edit measurement of {date}</source>
            <translation>Messwert vom {date} bearbeiten</translation>
        </message>
        <message>
            <source>Delete the measurement of {date} ({value})? You can undo this with Ctrl+Z.</source>
            <translation>Den Messwert vom {date} ({value}) löschen? Sie können das mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete measurement</source>
            <translation>Messwert löschen</translation>
        </message>
        <message>
            <source>Delete measurement of {date}</source>
            <translation>Messwert vom {date} löschen</translation>
        </message>
    </context>
    <context>
        <name>GridTab</name>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>Sheet {number}</source>
            <translation>Bogen {number}</translation>
        </message>
        <message>
            <source>Your entry “{entry}” was not saved; type it again to put it in place of the answer shown now.</source>
            <translation>Ihre Eingabe „{entry}“ wurde nicht gespeichert; geben Sie sie erneut ein, um die jetzt angezeigte Antwort zu ersetzen.</translation>
        </message>
        <message>
            <source>Type 0, 1, 2 or 3 for a level, ? for “don't know”, - for “not applicable”.</source>
            <translation>Geben Sie 0, 1, 2 oder 3 für eine Stufe ein, ? für „weiß nicht“ oder - für „trifft nicht zu“.</translation>
        </message>
        <message>
            <source>Type in answers from printed questionnaires: one row per question, one column per answer sheet. Type the key of an answer and the cursor moves on to the next question; Delete removes an answer, F2 changes it. Each entry is saved at once.</source>
            <translation>Übertragen Sie Antworten von ausgedruckten Fragebögen: eine Zeile je Frage, eine Spalte je Antwortbogen. Tippen Sie die Taste einer Antwort, dann springt der Cursor zur nächsten Frage; Entf entfernt eine Antwort, F2 ändert sie. Jeder Eintrag wird sofort gespeichert.</translation>
        </message>
        <message>
            <source>Answers per question and answer sheet</source>
            <translation>Antworten je Frage und Antwortbogen</translation>
        </message>
        <message>
            <source>Keys: {keys}</source>
            <translation>Tasten: {keys}</translation>
        </message>
        <message>
            <source>Enter answer</source>
            <translation>Antwort eingeben</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>DigiWandel User Guide</source>
            <translation>DigiWandel – Benutzerhandbuch</translation>
        </message>
        <message>
            <source>User guide text</source>
            <translation>Text des Benutzerhandbuchs</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>Back to the previous place (Alt+Left)</source>
            <translation>Zurück zur vorigen Stelle (Alt+Pfeil links)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Vor</translation>
        </message>
        <message>
            <source>Forward again (Alt+Right)</source>
            <translation>Wieder vor (Alt+Pfeil rechts)</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>&amp;Inhalt</translation>
        </message>
        <message>
            <source>The table of contents (Alt+Home)</source>
            <translation>Zum Inhaltsverzeichnis (Alt+Pos1)</translation>
        </message>
        <message>
            <source>Word or phrase</source>
            <translation>Wort oder Wortgruppe</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Im Handbuch suchen</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Nächster Treffer</translation>
        </message>
        <message>
            <source>Next place (F3 or Enter)</source>
            <translation>Nächste Fundstelle (F3 oder Eingabetaste)</translation>
        </message>
        <message>
            <source>Pre&amp;vious</source>
            <translation>V&amp;origer Treffer</translation>
        </message>
        <message>
            <source>Previous place (Shift+F3)</source>
            <translation>Vorige Fundstelle (Umschalt+F3)</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Suchergebnis</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print the guide (Ctrl+P)</source>
            <translation>Das Handbuch drucken (Strg+P)</translation>
        </message>
        <message>
            <source>This guide is available in German only.</source>
            <translation>Dieses Handbuch gibt es nur auf Deutsch.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message>
            <source>Print the user guide</source>
            <translation>Benutzerhandbuch drucken</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>DigiWandel Help</source>
            <translation>DigiWandel-Hilfe</translation>
        </message>
        <message>
            <source>Working with DigiWandel</source>
            <translation>Arbeiten mit DigiWandel</translation>
        </message>
        <message>
            <source>Search the help</source>
            <translation>Hilfe durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>Help topics</source>
            <translation>Hilfethemen</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Hilfetext</translation>
        </message>
        <message>
            <source>No help topic contains “{text}”.</source>
            <translation>Kein Hilfethema enthält „{text}“.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Working with DigiWandel&lt;/h2&gt;&lt;p&gt;DigiWandel keeps everything in one database file on this computer. Nothing is sent anywhere. Every change is saved at once; there is no Save button. &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes the last change, &lt;b&gt;Ctrl+Y&lt;/b&gt; redoes it.&lt;/p&gt;&lt;h3&gt;The parts of the program&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: your organisation at a glance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Organisation&lt;/b&gt;: profile, areas, hierarchy levels and persons. Areas and levels are used to compare answers in the Digitalisierungscheck; persons take on roles such as owner of a goal or member of the digital team.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Digitalisierungscheck&lt;/b&gt;: a questionnaire that several colleagues answer, repeated over time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Drivers&lt;/b&gt;: which technologies matter for you and how far you use them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategy&lt;/b&gt;: vision, goals and indicators.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Measures&lt;/b&gt;: digitalisation projects in twelve steps.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reports&lt;/b&gt;: the board report and other PDF documents.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Keyboard&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+7&lt;/b&gt;: go to a part of the program.&lt;/li&gt;&lt;li&gt;In lists: &lt;b&gt;Insert&lt;/b&gt; adds an entry, &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;F2&lt;/b&gt; edits it, &lt;b&gt;Delete&lt;/b&gt; deletes it after asking.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt&lt;/b&gt; with an underlined letter jumps to a field or button.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Personal data&lt;/h3&gt;&lt;p&gt;Only name, area, level, role and an optional e-mail address are stored about a person. On the Persons tab you can export everything stored about one person, and deleting a person removes their data.&lt;/p&gt;&lt;h3&gt;Where your data lives&lt;/h3&gt;&lt;p&gt;The database file is shown in the status bar. Use &lt;i&gt;File → Open&lt;/i&gt; to work with another file, for example a copy on a network drive.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Arbeiten mit DigiWandel&lt;/h2&gt;&lt;p&gt;DigiWandel speichert alles in einer einzigen Datenbankdatei auf diesem Computer. Es werden keine Daten übertragen. Jede Änderung wird sofort gespeichert; eine Schaltfläche zum Speichern gibt es nicht. &lt;b&gt;Strg+Z&lt;/b&gt; macht die letzte Änderung rückgängig, &lt;b&gt;Strg+Y&lt;/b&gt; stellt sie wieder her.&lt;/p&gt;&lt;h3&gt;Die Teile des Programms&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Übersicht&lt;/b&gt;: Ihre Organisation auf einen Blick.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Organisation&lt;/b&gt;: Profil, Bereiche, Hierarchieebenen und Personen. Mit Bereichen und Ebenen werden die Antworten im Digitalisierungscheck verglichen; Personen übernehmen Rollen, etwa die Verantwortung für ein Ziel oder die Mitarbeit im Digitalteam.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Digitalisierungscheck&lt;/b&gt;: ein Fragebogen, den mehrere Kolleginnen und Kollegen beantworten und der regelmäßig wiederholt wird.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Treiber&lt;/b&gt;: welche Technologien für Sie wichtig sind und wie weit Sie sie schon nutzen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strategie&lt;/b&gt;: Vision, Ziele und Indikatoren.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Maßnahmen&lt;/b&gt;: Digitalisierungsprojekte in zwölf Schritten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Berichte&lt;/b&gt;: der Vorstandsbericht und weitere PDF-Dokumente.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Tastatur&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Strg+1&lt;/b&gt; bis &lt;b&gt;Strg+7&lt;/b&gt;: zu einem Teil des Programms wechseln.&lt;/li&gt;&lt;li&gt;In Listen: &lt;b&gt;Einfg&lt;/b&gt; fügt einen Eintrag hinzu, &lt;b&gt;Eingabetaste&lt;/b&gt; oder &lt;b&gt;F2&lt;/b&gt; bearbeitet ihn, &lt;b&gt;Entf&lt;/b&gt; löscht ihn nach einer Rückfrage.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alt&lt;/b&gt; zusammen mit einem unterstrichenen Buchstaben springt zu einem Feld oder einer Schaltfläche.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Personenbezogene Daten&lt;/h3&gt;&lt;p&gt;Über eine Person werden nur Name, Bereich, Ebene, Rolle und auf Wunsch eine E-Mail-Adresse gespeichert. Auf der Registerkarte „Personen“ können Sie alles exportieren, was über eine Person gespeichert ist; wenn Sie eine Person löschen, werden ihre Daten entfernt.&lt;/p&gt;&lt;h3&gt;Wo Ihre Daten liegen&lt;/h3&gt;&lt;p&gt;Die Datenbankdatei wird in der Statusleiste angezeigt. Mit &lt;i&gt;Datei → Öffnen&lt;/i&gt; können Sie mit einer anderen Datei arbeiten, zum Beispiel mit einer Kopie auf einem Netzlaufwerk.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Measures: the 12 steps and the traffic light&lt;/h3&gt;&lt;p&gt;Every measure runs through the twelve steps of the method. Progress is the share of steps that are done or skipped; it is calculated, never typed. Warnings point out what looks out of order, such as a pilot without a success metric; they never stop you.&lt;/p&gt;&lt;p&gt;The traffic light is the team's own judgement of the measure:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Green&lt;/b&gt;: on track – time, budget and quality as planned.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Amber&lt;/b&gt;: at risk – there is a problem the team can still solve itself; it needs close attention.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Red&lt;/b&gt;: off track – goal, date or budget cannot be kept without a decision by the leadership.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Amber and red need a reason of one sentence. The colour is always shown together with its word.&lt;/p&gt;&lt;h3&gt;Trash&lt;/h3&gt;&lt;p&gt;Deleted measures, tasks and other entries go to the trash (&lt;i&gt;Edit → Trash…&lt;/i&gt;), from where they can be restored. Emptying the trash removes them for good and asks first.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Maßnahmen: die 12 Schritte und die Ampel&lt;/h3&gt;&lt;p&gt;Jede Maßnahme durchläuft die zwölf Schritte der Methode. Der Fortschritt ist der Anteil der erledigten oder übersprungenen Schritte; er wird berechnet, nie eingetippt. Hinweise zeigen, was aus der Reihe fällt, etwa ein Pilot ohne Erfolgskennzahl; sie halten Sie nie auf.&lt;/p&gt;&lt;p&gt;Die Ampel ist die eigene Einschätzung des Teams zur Maßnahme:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Grün&lt;/b&gt;: im Plan – Zeit, Budget und Qualität wie vorgesehen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gelb&lt;/b&gt;: gefährdet – es gibt ein Problem, das das Team noch selbst lösen kann; es braucht besondere Aufmerksamkeit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rot&lt;/b&gt;: außer Plan – Ziel, Termin oder Budget sind ohne eine Entscheidung der Leitung nicht zu halten.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Gelb und Rot brauchen eine Begründung in einem Satz. Die Farbe wird immer zusammen mit ihrem Wort angezeigt.&lt;/p&gt;&lt;h3&gt;Papierkorb&lt;/h3&gt;&lt;p&gt;Gelöschte Maßnahmen, Aufgaben und andere Einträge kommen in den Papierkorb (&lt;i&gt;Bearbeiten → Papierkorb…&lt;/i&gt;), aus dem Sie sie wiederherstellen können. Beim Leeren werden sie endgültig entfernt; vorher wird nachgefragt.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>HelpTopic</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; the page the program opens on. It shows where the organisation stands and what needs doing now, so that a look twice a month is enough to stay on top of things.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to use it:&lt;/b&gt; the small radar shows the latest check dimension by dimension; the dashed line is the check before, so growth and setbacks stand out. Every entry under &lt;i&gt;Needs attention&lt;/i&gt;, &lt;i&gt;Due in the next two weeks&lt;/i&gt;, &lt;i&gt;Strategy progress&lt;/i&gt; and &lt;i&gt;Open findings&lt;/i&gt; is a link: click it or press Enter to go to the measure (at the right step), the goal, the strategy or the check's results, where a finding becomes a measure. A new organisation sees five first steps that tick themselves as the data appears; View → Show the first steps brings them back.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; reading the traffic lights without their reasons; letting overdue tasks pile up instead of moving their dates or closing them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; die Seite, mit der das Programm startet. Sie zeigt, wo die Organisation steht und was jetzt zu tun ist – ein Blick zweimal im Monat genügt, um den Überblick zu behalten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So nutzen Sie sie:&lt;/b&gt; Das kleine Netzdiagramm zeigt den letzten Check Dimension für Dimension; die gestrichelte Linie ist der Check davor, so fallen Fortschritte und Rückschritte ins Auge. Jeder Eintrag unter &lt;i&gt;Braucht Aufmerksamkeit&lt;/i&gt;, &lt;i&gt;Fällig in den nächsten zwei Wochen&lt;/i&gt;, &lt;i&gt;Fortschritt der Strategie&lt;/i&gt; und &lt;i&gt;Offene Befunde&lt;/i&gt; ist ein Verweis: Klicken Sie ihn an oder drücken Sie die Eingabetaste, um zur Maßnahme (beim passenden Schritt), zum Ziel, zur Strategie oder zu den Ergebnissen des Checks zu gelangen, wo aus einem Befund eine Maßnahme wird. Eine neue Organisation sieht fünf erste Schritte, die sich selbst abhaken, sobald die Daten vorhanden sind; Ansicht → Erste Schritte auf der Übersicht zeigen holt sie zurück.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; die Ampeln ohne ihre Begründung lesen; überfällige Aufgaben sich sammeln lassen, statt ihre Termine zu verschieben oder sie abzuschließen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; the profile, the areas (for example counselling, residential care, administration), the hierarchy levels and the persons who take on roles. Areas and levels let the check compare answers; persons can own goals and measures or belong to the digital team.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; use the areas your staff know from daily work, not the organisation chart of a funding application. Enter only the persons who take on a role; name, role and an e-mail address are enough.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; areas so small that few people answer the check there (their results are then hidden to protect them); deleting a person instead of changing their role.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; das Profil, die Bereiche (zum Beispiel Beratung, Wohnen, Verwaltung), die Hierarchieebenen und die Personen, die Rollen übernehmen. Mit Bereichen und Ebenen vergleicht der Check die Antworten; Personen können Ziele und Maßnahmen verantworten oder zum Digitalteam gehören.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Verwenden Sie die Bereiche, die Ihre Mitarbeitenden aus dem Alltag kennen, nicht das Organigramm eines Förderantrags. Tragen Sie nur Personen ein, die eine Rolle übernehmen; Name, Rolle und eine E-Mail-Adresse genügen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; so kleine Bereiche, dass dort nur wenige den Check beantworten (ihre Ergebnisse werden dann zu ihrem Schutz ausgeblendet); eine Person löschen, statt ihre Rolle zu ändern.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Digitalisierungscheck</source>
            <translation>Digitalisierungscheck</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; finding out where the organisation stands digitally. Several colleagues from different areas and levels answer the same questions; the program combines the answer sheets into a maturity index per dimension and for the whole organisation, and names weak spots.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; ask people from every area and from the leadership as well as from daily practice. Answer what is true today, not what is planned. Use “don't know” rather than guessing. Repeat the check about once a year with the same catalog, so that changes can be compared.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; only the leadership answers; completing a check with one or two sheets; reading a stage boundary (for example 49 % against 50 %) as a real difference.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür er da ist:&lt;/b&gt; herausfinden, wo die Organisation digital steht. Mehrere Kolleginnen und Kollegen aus verschiedenen Bereichen und Ebenen beantworten dieselben Fragen; das Programm fasst die Antwortbögen zu einem Reifegrad je Dimension und für die ganze Organisation zusammen und benennt Schwachstellen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie ihn gut aus:&lt;/b&gt; Fragen Sie Menschen aus jedem Bereich, aus der Leitung ebenso wie aus der täglichen Praxis. Antworten Sie, was heute zutrifft, nicht, was geplant ist. Wählen Sie lieber „weiß nicht“, als zu raten. Wiederholen Sie den Check etwa einmal im Jahr mit demselben Katalog, damit sich Veränderungen vergleichen lassen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; nur die Leitung antwortet; ein Check wird mit ein oder zwei Bögen abgeschlossen; eine Stufengrenze (zum Beispiel 49 % gegenüber 50 %) wird als echter Unterschied gelesen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Drivers</source>
            <translation>Treiber</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; the technologies that drive digital change (online platforms, AI, cloud, specialist software and others). For each, rate how much it matters for your work and how far you already use it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; rate with the digital team, thinking of your clients and staff rather than of the technology. A driver that matters a lot but is hardly used is a candidate for a measure.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; rating every driver as important; confusing “we have it” with “we use it well”.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da sind:&lt;/b&gt; die Technologien, die den digitalen Wandel antreiben (Online-Plattformen, KI, Cloud, Fachsoftware und andere). Schätzen Sie für jede ein, wie wichtig sie für Ihre Arbeit ist und wie weit Sie sie schon nutzen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Schätzen Sie gemeinsam mit dem Digitalteam ein und denken Sie dabei an Ihre Klientinnen, Klienten und Mitarbeitenden, nicht an die Technik. Ein Treiber, der viel bedeutet, aber kaum genutzt wird, ist ein Kandidat für eine Maßnahme.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; jeden Treiber als wichtig einstufen; „wir haben es“ mit „wir nutzen es gut“ verwechseln.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; writing down where the organisation wants to go digitally: vision and Leitbild, goals with indicators that show progress, the digital team and a communication plan. A strategy is kept in versions; the adopted one is the valid one, and it is reviewed on a set date.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; derive the goals from the findings of the check and from the Leitbild. Give every goal an owner and at least one indicator with a baseline and a target, then link the measures that serve it. Plan who is told what and when.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; goals that cannot be measured; goals without any measure, and measures without a goal; a review date that passes unnoticed.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; festhalten, wohin die Organisation digital will: Vision und Leitbild, Ziele mit Indikatoren, die den Fortschritt zeigen, das Digitalteam und ein Kommunikationsplan. Eine Strategie wird in Fassungen geführt; die beschlossene gilt, und sie wird zu einem festen Termin überprüft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Leiten Sie die Ziele aus den Befunden des Checks und aus dem Leitbild ab. Geben Sie jedem Ziel eine verantwortliche Person und mindestens einen Indikator mit Ausgangs- und Zielwert, und verknüpfen Sie dann die Maßnahmen, die ihm dienen. Planen Sie, wer wann was erfährt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; Ziele, die sich nicht messen lassen; Ziele ohne Maßnahme und Maßnahmen ohne Ziel; ein Überprüfungstermin, der unbemerkt verstreicht.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; every digitalisation measure runs through the twelve steps of the method, from needs analysis to sharing what was learned, with tasks, budget, stakeholders, risks, decisions, success metrics and PDCA cycles. The portfolio, the board by step and the timeline show all measures at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; start from a finding of the check or from a template. Work through the steps in order, but skip a step with a reason when it does not apply. Set the traffic light honestly and give a reason for amber and red. Define a success metric before a pilot starts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; starting with the purchase of software before the needs are clear; a pilot without a metric; a green light for a measure whose tasks are all overdue.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da sind:&lt;/b&gt; Jede Digitalisierungsmaßnahme durchläuft die zwölf Schritte der Methode, von der Bedarfsanalyse bis zur Weitergabe des Gelernten, mit Aufgaben, Budget, Beteiligten, Risiken, Entscheidungen, Erfolgskennzahlen und PDCA-Zyklen. Tabelle, Tafel nach Schritten und Zeitplan zeigen alle Maßnahmen auf einmal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Beginnen Sie mit einem Befund des Checks oder mit einer Vorlage. Gehen Sie die Schritte der Reihe nach durch, überspringen Sie aber einen Schritt mit Begründung, wenn er nicht passt. Setzen Sie die Ampel ehrlich und begründen Sie Gelb und Rot. Legen Sie eine Erfolgskennzahl fest, bevor ein Pilot beginnt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; mit dem Kauf einer Software beginnen, bevor der Bedarf klar ist; ein Pilot ohne Kennzahl; eine grüne Ampel für eine Maßnahme, deren Aufgaben alle überfällig sind.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; PDF documents for people who do not use the program: the board report (Vorstandsbericht) with key figures and charts, the results of a check, a measure's report, the strategy and a blank questionnaire for answering on paper.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to use it:&lt;/b&gt; choose the kind of report, what it is about and the sections, then create the PDF. Every board report is kept with its key figures, so that the next one can show what changed since.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; printing the board report before the traffic lights and measurements are up to date.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da sind:&lt;/b&gt; PDF-Dokumente für Menschen, die das Programm nicht nutzen: der Vorstandsbericht mit Kennzahlen und Grafiken, die Ergebnisse eines Checks, der Bericht zu einer Maßnahme, die Strategie und ein leerer Fragebogen zum Ausfüllen auf Papier.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So nutzen Sie sie:&lt;/b&gt; Wählen Sie die Art des Berichts, worum es gehen soll und die Abschnitte, und erstellen Sie dann das PDF. Jeder Vorstandsbericht wird mit seinen Kennzahlen aufbewahrt, sodass der nächste zeigen kann, was sich seitdem verändert hat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; den Vorstandsbericht drucken, bevor Ampeln und Messwerte aktuell sind.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Working together on a server</source>
            <translation>Gemeinsam auf einem Server arbeiten</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; when several people work with DigiWandel on their own PCs (a second office, the digital team at their desks), they share one database on the organisation's PostgreSQL server instead of passing a file around. Your IT service provider sets it up and gives you the server's name, the database, a user name and a password.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to use it:&lt;/b&gt; File → Connect to a server. Tick the keychain box and the password is kept safely by the computer, so DigiWandel connects by itself next time. Keep the encrypted connection switched on unless the server stands in your own office network. To move an existing file there once, open it and choose File → Copy this database to a server; everything is copied into the new, empty database and checked table by table.&lt;/p&gt;&lt;p&gt;&lt;b&gt;When two people change the same thing:&lt;/b&gt; nothing is overwritten unseen. If someone else saved an entry while you were editing it, your change is not saved at first: the form shows what they saved and keeps your entries, and you decide whether to save yours over it. Pages show changes made on other PCs within a few seconds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What is different:&lt;/b&gt; backups and the database check are for files. On a server, the server's own backups (pg_dump) keep the data safe; File → Export organisation still makes a copy of your own.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wozu es dient:&lt;/b&gt; Wenn mehrere Menschen an ihren eigenen PCs mit DigiWandel arbeiten (ein zweites Büro, das Digitalteam an seinen Arbeitsplätzen), teilen sie sich eine Datenbank auf dem PostgreSQL-Server der Organisation, statt eine Datei weiterzureichen. Ihr IT-Dienstleister richtet sie ein und nennt Ihnen den Namen des Servers, die Datenbank, einen Benutzernamen und ein Passwort.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So nutzen Sie es:&lt;/b&gt; Datei → Mit einem Server verbinden. Mit einem Häkchen beim Schlüsselbund bewahrt der Computer das Passwort sicher auf, und DigiWandel verbindet sich beim nächsten Mal von selbst. Lassen Sie die verschlüsselte Verbindung eingeschaltet, außer der Server steht im eigenen Büronetz. Um eine vorhandene Datei einmalig dorthin zu bringen, öffnen Sie sie und wählen Datei → Diese Datenbank auf einen Server kopieren; alles wird in die neue, leere Datenbank kopiert und Tabelle für Tabelle geprüft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wenn zwei dasselbe ändern:&lt;/b&gt; Nichts wird unbemerkt überschrieben. Hat jemand anderes einen Eintrag gespeichert, während Sie ihn bearbeitet haben, wird Ihre Änderung zunächst nicht gespeichert: Das Formular zeigt, was die andere Person gespeichert hat, behält Ihre Eingaben, und Sie entscheiden, ob Sie Ihre darüber speichern. Die Seiten zeigen Änderungen von anderen PCs nach wenigen Sekunden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was anders ist:&lt;/b&gt; Sicherungen und die Datenbankprüfung sind für Dateien gedacht. Auf einem Server schützen die Sicherungen des Servers selbst (pg_dump) die Daten; Datei → Exportieren (JSON) erstellt weiterhin eine eigene Kopie.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Check: Results</source>
            <translation>Check: Ergebnisse</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it shows:&lt;/b&gt; the overall index and its stage, the findings and what to do next, each dimension with its change and its gap to the target, areas and levels, and the questions on which views differ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to use it:&lt;/b&gt; start with the findings and the questions that matter most; “Create a measure from a finding…” turns a finding into a measure. Talk about the questions where views differ: the difference itself is worth knowing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; taking a draft's figures for the result (findings appear once the check is completed); reading much into a check with only a few answer sheets.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Was sie zeigt:&lt;/b&gt; den Gesamtindex und seine Stufe, die Befunde und was als Nächstes zu tun ist, jede Dimension mit ihrer Veränderung und ihrem Abstand zum Ziel, Bereiche und Ebenen sowie die Fragen, bei denen die Sichtweisen auseinandergehen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So nutzen Sie sie:&lt;/b&gt; Beginnen Sie mit den Befunden und den wichtigsten Fragen; „Maßnahme aus einem Befund anlegen…“ macht aus einem Befund eine Maßnahme. Sprechen Sie über die Fragen, bei denen die Sichtweisen auseinandergehen: Schon der Unterschied ist wissenswert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; die Zahlen eines Entwurfs für das Ergebnis halten (Befunde erscheinen, sobald der Check abgeschlossen ist); viel in einen Check mit nur wenigen Antwortbögen hineinlesen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Check: Charts</source>
            <translation>Check: Diagramme</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it shows:&lt;/b&gt; the profile of the dimensions, the areas side by side, leadership beside staff, and the change over the checks so far.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to use it:&lt;/b&gt; the charts suit a team meeting or the board; the board report prints the same pictures. Groups smaller than the smallest group size are left out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; reading a difference of a few points as real change; in a small area a single answer sheet moves the result a lot.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Was sie zeigt:&lt;/b&gt; das Profil der Dimensionen, die Bereiche nebeneinander, die Leitung neben den Mitarbeitenden und die Veränderung über die bisherigen Checks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So nutzen Sie sie:&lt;/b&gt; Die Diagramme eignen sich für eine Teamsitzung oder den Vorstand; der Vorstandsbericht druckt dieselben Bilder. Gruppen unter der Mindestgruppengröße bleiben weg.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; einen Unterschied von wenigen Punkten für eine echte Veränderung halten; in einem kleinen Bereich verschiebt ein einzelner Antwortbogen das Ergebnis stark.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Check: Answer sheets</source>
            <translation>Check: Antwortbögen</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; one sheet for each person who answers, with area and level; a name only if the person wants one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; let several people from every area and level answer. In the survey one person after another answers on this computer without seeing anybody else's answers; a sheet is finished when its person is done.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; only the management answers; one person fills in sheets for others.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; ein Bogen für jede Person, die antwortet, mit Bereich und Ebene; ein Name nur, wenn die Person das möchte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Lassen Sie mehrere Personen aus jedem Bereich und jeder Ebene antworten. In der Befragung antwortet eine Person nach der anderen an diesem Computer, ohne die Antworten der anderen zu sehen; ein Bogen ist abgeschlossen, wenn seine Person fertig ist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; Nur die Leitung antwortet; eine Person füllt Bögen für andere aus.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Check: Paper entry</source>
            <translation>Check: Papiereingabe</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; typing in questionnaires that were printed from the Reports page and filled in by hand.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; choose the sheet, then type 0–3 for the level, ? for “don't know” and - for “does not apply”; the cursor moves on to the next question by itself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; guessing an answer that cannot be read instead of leaving it open; typing two questionnaires into one sheet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; das Eintippen von Fragebögen, die auf der Seite „Berichte“ gedruckt und von Hand ausgefüllt wurden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Wählen Sie den Bogen, dann tippen Sie 0–3 für die Stufe, ? für „weiß nicht“ und - für „trifft nicht zu“; der Cursor springt von selbst zur nächsten Frage.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; eine unleserliche Antwort raten, statt sie offen zu lassen; zwei Fragebögen in einen Bogen tippen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Check: Targets</source>
            <translation>Check: Ziele</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; where you want to stand in twelve months, dimension by dimension. The results then show the gap to each target.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; pick the few dimensions you mean to improve and set targets the planned measures can reach; a new check takes over the last targets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; 100 % everywhere; targets nobody has agreed on.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; wo Sie in zwölf Monaten stehen wollen, Dimension für Dimension. Die Ergebnisse zeigen dann den Abstand zu jedem Ziel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Wählen Sie die wenigen Dimensionen, die Sie verbessern wollen, und setzen Sie Ziele, die die geplanten Maßnahmen erreichen können; ein neuer Check übernimmt die letzten Ziele.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; überall 100 %; Ziele, auf die sich niemand verständigt hat.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Strategy: Identity</source>
            <translation>Strategie: Identität</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; who you are: vision, Leitbild and values, each with a note on what digitalisation changes for it, and the overarching goals (Oberziele) that the strategic goals make concrete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; use the words your organisation already uses, and keep it short enough to read out in a team meeting.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; a list of technology wishes instead of a statement of purpose.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; wer Sie sind: Vision, Leitbild und Werte, jeweils mit einer Notiz, was die Digitalisierung daran verändert, und die Oberziele, die die strategischen Ziele konkret machen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Verwenden Sie die Worte, die Ihre Organisation ohnehin gebraucht, und bleiben Sie so kurz, dass man es in einer Teamsitzung vorlesen kann.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; eine Wunschliste an Technik statt einer Aussage darüber, wofür Sie da sind.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Strategy: Versions</source>
            <translation>Strategie: Fassungen</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; the strategy as the board adopts it. A draft can be changed; an adopted version keeps its goals and indicators, and the next one starts as a copy of it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; give each version its period and a date for its next review, and record the board's resolution when you adopt it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; changing the adopted version instead of starting a new one; letting the review date pass.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; die Strategie, wie der Vorstand sie beschließt. Ein Entwurf lässt sich ändern; eine beschlossene Fassung behält ihre Ziele und Indikatoren, und die nächste beginnt als Kopie davon.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Geben Sie jeder Fassung ihren Zeitraum und einen Termin für die nächste Überprüfung, und halten Sie beim Beschluss den Vorstandsbeschluss fest.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; die beschlossene Fassung ändern, statt eine neue zu beginnen; den Überprüfungstermin verstreichen lassen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Strategy: Goals and indicators</source>
            <translation>Strategie: Ziele und Indikatoren</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; the strategic goals, each with indicators that show progress: a starting value, a target and the measurements taken since.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; one to three indicators per goal that you can actually measure; record the starting value before work begins and measure as often as the indicator says.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; goals without an indicator; an indicator nobody measures; a target date too close to see any effect.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; die strategischen Ziele, jedes mit Indikatoren, die den Fortschritt zeigen: ein Ausgangswert, ein Zielwert und die seither erhobenen Messwerte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; ein bis drei Indikatoren je Ziel, die Sie tatsächlich messen können; halten Sie den Ausgangswert fest, bevor die Arbeit beginnt, und messen Sie so oft, wie der Indikator es vorsieht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; Ziele ohne Indikator; ein Indikator, den niemand misst; ein Zieldatum, das zu früh liegt, um eine Wirkung zu sehen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Strategy: Alignment</source>
            <translation>Strategie: Abgleich</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it shows:&lt;/b&gt; which measure serves which goal, as a grid of goals and measures. Press Space on a cell to link or unlink, and say in a sentence what the measure adds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to use it:&lt;/b&gt; every goal should have at least one measure and every running measure should serve a goal; the page names the gaps.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; linking every measure to every goal.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Was er zeigt:&lt;/b&gt; welche Maßnahme welchem Ziel dient, als Raster aus Zielen und Maßnahmen. Mit der Leertaste verknüpfen oder lösen Sie eine Zelle und sagen in einem Satz, was die Maßnahme beiträgt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So nutzen Sie ihn:&lt;/b&gt; Jedes Ziel sollte mindestens eine Maßnahme haben und jede laufende Maßnahme einem Ziel dienen; die Seite nennt die Lücken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; jede Maßnahme mit jedem Ziel verknüpfen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Strategy: Digital team</source>
            <translation>Strategie: Digitalteam</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; the people who carry the digital change, with their role, area and level. The table below shows which areas and levels the team reaches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; bring in people from several areas and from staff as well as leadership.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; a team of the management and IT alone, which leaves whole areas unheard.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür es da ist:&lt;/b&gt; die Personen, die den digitalen Wandel tragen, mit ihrer Rolle, ihrem Bereich und ihrer Ebene. Die Tabelle darunter zeigt, welche Bereiche und Ebenen das Team erreicht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie es gut aus:&lt;/b&gt; Holen Sie Personen aus mehreren Bereichen und von Mitarbeitenden wie Leitung dazu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; ein Team nur aus Leitung und IT, das ganze Bereiche ungehört lässt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Strategy: Communication</source>
            <translation>Strategie: Kommunikation</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;What it is for:&lt;/b&gt; who hears what, when and how: staff, board, clients, funding bodies, with a channel, a key message and a date or how often.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to fill it in well:&lt;/b&gt; plan communication from the start of a measure, not when it is finished; the overview reminds you of dated entries.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typical mistakes:&lt;/b&gt; informing only once the decisions are made.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wofür sie da ist:&lt;/b&gt; wer was wann und wie erfährt: Mitarbeitende, Vorstand, Klient*innen, Leistungsträger, mit Kanal, Kernbotschaft und einem Termin oder einer Häufigkeit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So füllen Sie sie gut aus:&lt;/b&gt; Planen Sie die Kommunikation vom Beginn einer Maßnahme an, nicht erst, wenn sie fertig ist; die Übersicht erinnert an Einträge mit Termin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Typische Fehler:&lt;/b&gt; erst informieren, wenn alles entschieden ist.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Befund (finding)</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>A weak spot the check has found, such as a dimension far below its target or areas that answer very differently. A finding can be turned into a measure.</source>
            <translation>Eine Schwachstelle, die der Check gefunden hat, etwa eine Dimension weit unter ihrem Zielwert oder Bereiche, die sehr unterschiedlich antworten. Aus einem Befund lässt sich eine Maßnahme machen.</translation>
        </message>
        <message>
            <source>Leistungsträger (provider)</source>
            <translation>Leistungsträger</translation>
        </message>
        <message>
            <source>An organisation that provides social services, such as an association, a gGmbH or a church-related service.</source>
            <translation>Eine Organisation, die soziale Dienstleistungen erbringt, etwa ein Verein, eine gGmbH oder ein kirchlicher Dienst.</translation>
        </message>
        <message>
            <source>PDCA</source>
            <translation>PDCA</translation>
        </message>
        <message>
            <source>Plan, Do, Check, Act: a cycle for improving something step by step. Plan a change, try it, check its effect, and then keep it or adjust it.</source>
            <translation>Plan, Do, Check, Act (Planen, Umsetzen, Überprüfen, Handeln): ein Kreislauf, um etwas Schritt für Schritt zu verbessern. Eine Änderung planen, ausprobieren, ihre Wirkung prüfen und sie dann beibehalten oder anpassen.</translation>
        </message>
        <message>
            <source>Reifegrad (maturity)</source>
            <translation>Reifegrad</translation>
        </message>
        <message>
            <source>How far digitalisation has progressed, as a percentage from 0 to 100 and as a stage. A result near the boundary of two stages is best read as lying between them.</source>
            <translation>Wie weit die Digitalisierung fortgeschritten ist, als Prozentwert von 0 bis 100 und als Stufe. Ein Ergebnis nahe der Grenze zweier Stufen liest man am besten als dazwischenliegend.</translation>
        </message>
        <message>
            <source>Ampel (traffic light)</source>
            <translation>Ampel</translation>
        </message>
        <message>
            <source>The team's judgement of a measure: green on track, amber at risk but solvable by the team, red needs a decision by the leadership.</source>
            <translation>Die Einschätzung des Teams zu einer Maßnahme: Grün – im Plan; Gelb – gefährdet, aber vom Team lösbar; Rot – braucht eine Entscheidung der Leitung.</translation>
        </message>
        <message>
            <source>Wirkungstreppe (impact ladder)</source>
            <translation>Wirkungstreppe</translation>
        </message>
        <message>
            <source>Seven levels from activities that take place (output) through changes in what the target group knows and does (outcome) to changes in society (impact). A goal names the level it aims at.</source>
            <translation>Sieben Stufen von Angeboten, die stattfinden (Output), über Veränderungen im Wissen und Handeln der Zielgruppe (Outcome) bis zu Veränderungen in der Gesellschaft (Impact). Ein Ziel nennt die Stufe, die es anstrebt.</translation>
        </message>
        <message>
            <source>Indikator (indicator)</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>A figure that shows progress towards a goal, with a baseline, a target and measurements over time.</source>
            <translation>Eine Kennzahl, die den Fortschritt auf ein Ziel hin zeigt, mit Ausgangswert, Zielwert und Messungen im Zeitverlauf.</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glossar</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>Schritt {number}: {title}</translation>
        </message>
        <message>
            <source>What this step is for</source>
            <translation>Wofür dieser Schritt da ist</translation>
        </message>
        <message>
            <source>What belongs to it</source>
            <translation>Was dazugehört</translation>
        </message>
        <message>
            <source>Tick the checklist as you go; a step that does not apply to this measure can be skipped with a reason.</source>
            <translation>Haken Sie die Checkliste nach und nach ab; ein Schritt, der für diese Maßnahme nicht passt, kann mit Begründung übersprungen werden.</translation>
        </message>
    </context>
    <context>
        <name>IdentityTab</name>
        <message>
            <source>Who you are and what you stand for, independent of any strategy version. Changes are saved as soon as you leave a field; Ctrl+Z undoes them.</source>
            <translation>Wer Sie sind und wofür Sie stehen – unabhängig von jeder Strategiefassung. Änderungen werden gespeichert, sobald Sie ein Feld verlassen; Strg+Z macht sie rückgängig.</translation>
        </message>
        <message>
            <source>&amp;Vision:</source>
            <translation>&amp;Vision:</translation>
        </message>
        <message>
            <source>&amp;Leitbild (mission statement):</source>
            <translation>&amp;Leitbild:</translation>
        </message>
        <message>
            <source>Val&amp;ues:</source>
            <translation>&amp;Werte:</translation>
        </message>
        <message>
            <source>Vision: how does digitalisation change it?</source>
            <translation>Vision: Was ändert die Digitalisierung daran?</translation>
        </message>
        <message>
            <source>Leitbild: how does digitalisation change it?</source>
            <translation>Leitbild: Was ändert die Digitalisierung daran?</translation>
        </message>
        <message>
            <source>Values: how does digitalisation change them?</source>
            <translation>Werte: Was ändert die Digitalisierung daran?</translation>
        </message>
        <message>
            <source>What it says</source>
            <translation>Was es aussagt</translation>
        </message>
        <message>
            <source>How does digitalisation change this?</source>
            <translation>Was ändert die Digitalisierung daran?</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Overarching goal</source>
            <translation>Oberziel</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Digital change</source>
            <translation>Digitaler Wandel</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Ctrl+Up</source>
            <translation>Strg+Pfeil nach oben</translation>
        </message>
        <message>
            <source>Ctrl+Down</source>
            <translation>Strg+Pfeil nach unten</translation>
        </message>
        <message>
            <source>Oberziele (overarching goals)</source>
            <translation>Oberziele</translation>
        </message>
        <message>
            <source>&amp;New overarching goal…</source>
            <translation>&amp;Neues Oberziel…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>Bearb&amp;eiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Lö&amp;schen…</translation>
        </message>
        <message>
            <source>The few aims everything else serves, in order of importance. Strategic goals of each version name the Oberziel they serve.</source>
            <translation>Die wenigen Ziele, denen alles andere dient, nach Wichtigkeit geordnet. Die strategischen Ziele jeder Fassung nennen das Oberziel, dem sie dienen.</translation>
        </message>
        <message>
            <source>Open or create a database to start.</source>
            <translation>Öffnen oder erstellen Sie eine Datenbank, um zu beginnen.</translation>
        </message>
        <message>
            <source>vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>digital note on the vision</source>
            <translation>Digitalisierungsnotiz zur Vision</translation>
        </message>
        <message>
            <source>Leitbild</source>
            <translation>Leitbild</translation>
        </message>
        <message>
            <source>digital note on the Leitbild</source>
            <translation>Digitalisierungsnotiz zum Leitbild</translation>
        </message>
        <message>
            <source>values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>digital note on the values</source>
            <translation>Digitalisierungsnotiz zu den Werten</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>{field} ändern</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Saved by someone else in the meantime: “{text}”</source>
            <translation>Inzwischen von jemand anderem gespeichert: „{text}“</translation>
        </message>
        <message>
            <source>Your text is still in the field; when you leave the field again, it is saved in place of the other text.</source>
            <translation>Ihr Text steht noch im Feld; wenn Sie das Feld erneut verlassen, wird er an Stelle des anderen Textes gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>De&amp;scription:</source>
            <translation>Be&amp;schreibung:</translation>
        </message>
        <message>
            <source>How does &amp;digitalisation change it?</source>
            <translation>Was ändert die Digitalisierun&amp;g daran?</translation>
        </message>
        <message>
            <source>New overarching goal</source>
            <translation>Neues Oberziel</translation>
        </message>
        <message>
            <source>Add overarching goal “{title}”</source>
            <translation>Oberziel „{title}“ hinzufügen</translation>
        </message>
        <message>
            <source>Edit overarching goal</source>
            <translation>Oberziel bearbeiten</translation>
        </message>
        <message>
            <source>Edit overarching goal “{title}”</source>
            <translation>Oberziel „{title}“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete the overarching goal “{title}”? Goals that serve it will show no Oberziel. You can undo this with Ctrl+Z.</source>
            <translation>Das Oberziel „{title}“ löschen? Ziele, die ihm dienen, zeigen dann kein Oberziel mehr. Sie können dies mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete overarching goal</source>
            <translation>Oberziel löschen</translation>
        </message>
        <message>
            <source>Delete overarching goal “{title}”</source>
            <translation>Oberziel „{title}“ löschen</translation>
        </message>
        <message>
            <source>Move overarching goal “{title}”</source>
            <translation>Oberziel „{title}“ verschieben</translation>
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
        <message numerus="yes">
            <source>%n person(s) belong to it; they are kept, without a level.</source>
            <translation>
                <numerusform>%n Person gehört dazu; sie bleibt erhalten, ohne Ebene.</numerusform>
                <numerusform>%n Personen gehören dazu; sie bleiben erhalten, ohne Ebene.</numerusform>
            </translation>
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
            <source>Connect to a &amp;server…</source>
            <translation>Mit einem &amp;Server verbinden…</translation>
        </message>
        <message>
            <source>Import question &amp;catalog…</source>
            <translation>Fragen&amp;katalog importieren…</translation>
        </message>
        <message>
            <source>C&amp;heck database…</source>
            <translation>Datenbank &amp;prüfen…</translation>
        </message>
        <message>
            <source>Create re&amp;port…</source>
            <translation>Bericht e&amp;rstellen…</translation>
        </message>
        <message>
            <source>Copy this database to a ser&amp;ver…</source>
            <translation>Diese Datenbank auf einen Ser&amp;ver kopieren…</translation>
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
            <source>&amp;Trash…</source>
            <translation>&amp;Papierkorb…</translation>
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
            <source>Show the &amp;first steps on the overview</source>
            <translation>&amp;Erste Schritte auf der Übersicht zeigen</translation>
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
            <source>User &amp;guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <source>Check the &amp;installation…</source>
            <translation>&amp;Installation prüfen…</translation>
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
            <source>{address} (server)</source>
            <translation>{address} (Server)</translation>
        </message>
        <message>
            <source>{path} is a folder, not a DigiWandel file. Please choose a database file inside it, or create a new database.</source>
            <translation>{path} ist ein Ordner, keine DigiWandel-Datei. Bitte wählen Sie eine Datenbankdatei in diesem Ordner aus oder legen Sie eine neue Datenbank an.</translation>
        </message>
        <message>
            <source>Folder cannot be written</source>
            <translation>Ordner ist schreibgeschützt</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be written, so {name} cannot be opened there. Copy the file to a folder you may write to, for example your documents, and open the copy. The file has not been changed.</source>
            <translation>Im Ordner {folder} kann nicht geschrieben werden, daher kann {name} dort nicht geöffnet werden. Kopieren Sie die Datei in einen Ordner, in dem Sie schreiben dürfen, zum Beispiel Ihre Dokumente, und öffnen Sie die Kopie. Die Datei wurde nicht verändert.</translation>
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
            <source>File not found</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>{path} cannot be found. If it is on a USB stick or a network drive, connect it and choose “Look for it”. You can also open another file or create a new database.</source>
            <translation>{path} wurde nicht gefunden. Wenn die Datei auf einem USB-Stick oder einem Netzlaufwerk liegt, verbinden Sie es und wählen Sie „Datei suchen“. Sie können auch eine andere Datei öffnen oder eine neue Datenbank anlegen.</translation>
        </message>
        <message>
            <source>&amp;Look for it…</source>
            <translation>Datei &amp;suchen …</translation>
        </message>
        <message>
            <source>&amp;Open another file…</source>
            <translation>Andere Datei &amp;öffnen …</translation>
        </message>
        <message>
            <source>&amp;Create a new database…</source>
            <translation>Neue Datenbank &amp;anlegen …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{path} is write-protected, so DigiWandel cannot save your changes in it. Remove the write protection (in the file's properties), or copy the file to a folder of yours and open the copy. The file has not been changed.</source>
            <translation>{path} ist schreibgeschützt, daher kann DigiWandel Ihre Änderungen darin nicht speichern. Heben Sie den Schreibschutz auf (in den Eigenschaften der Datei) oder kopieren Sie die Datei in einen Ordner, in dem Sie schreiben dürfen, und öffnen Sie die Kopie. Die Datei wurde nicht verändert.</translation>
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
        <message>
            <source>“{address}” is not a server address DigiWandel can read.</source>
            <translation>„{address}“ ist keine Serveradresse, die DigiWandel lesen kann.</translation>
        </message>
        <message>
            <source>The server refused the user name or password. Please check both.</source>
            <translation>Der Server hat Benutzernamen oder Passwort abgelehnt. Bitte prüfen Sie beides.</translation>
        </message>
        <message>
            <source>Please enter your password for the server.</source>
            <translation>Bitte geben Sie Ihr Passwort für den Server ein.</translation>
        </message>
        <message>
            <source>The database {address} cannot be reached: {reason}. Check the server's name and port, and that this computer is connected to the network.</source>
            <translation>Die Datenbank {address} ist nicht erreichbar: {reason}. Prüfen Sie den Namen und den Port des Servers und ob dieser Computer mit dem Netz verbunden ist.</translation>
        </message>
        <message>
            <source>The database {address} was saved by a newer version of DigiWandel. Please install the current version to work with it. Nothing was changed.</source>
            <translation>Die Datenbank {address} wurde von einer neueren Version von DigiWandel gespeichert. Bitte installieren Sie die aktuelle Version, um mit ihr zu arbeiten. Nichts wurde verändert.</translation>
        </message>
        <message>
            <source>The database {address} holds tables of another program, so DigiWandel does not use it. Please ask for an empty database of your own. Nothing was changed.</source>
            <translation>Die Datenbank {address} enthält Tabellen eines anderen Programms, daher nutzt DigiWandel sie nicht. Bitte lassen Sie sich eine eigene, leere Datenbank einrichten. Nichts wurde verändert.</translation>
        </message>
        <message>
            <source>Database on the server: {address}</source>
            <translation>Datenbank auf dem Server: {address}</translation>
        </message>
        <message>
            <source>On a server, the server's own backups (pg_dump) keep the data safe; File → Export organisation makes a copy of your own.</source>
            <translation>Auf einem Server schützen die Sicherungen des Servers selbst (pg_dump) die Daten; Datei → Exportieren (JSON) erstellt eine eigene Kopie.</translation>
        </message>
        <message>
            <source>Copied to the server</source>
            <translation>Auf den Server kopiert</translation>
        </message>
        <message>
            <source>Everything is now also in the database {address}, checked table by table. Work there from now on? Then tell the others to connect to it too, and keep this file only as a record.</source>
            <translation>Alles steht jetzt auch in der Datenbank {address}, Tabelle für Tabelle geprüft. Ab jetzt dort arbeiten? Dann sagen Sie den anderen, dass sie sich ebenfalls damit verbinden, und bewahren Sie diese Datei nur noch als Ablage auf.</translation>
        </message>
        <message>
            <source>Copying everything to the server. A database of several years takes about a minute…</source>
            <translation>Alles wird auf den Server kopiert. Eine Datenbank aus mehreren Jahren braucht etwa eine Minute…</translation>
        </message>
        <message>
            <source>Copying stopped: {reason}. Nothing was written on the server.</source>
            <translation>Das Kopieren wurde abgebrochen: {reason}. Auf dem Server wurde nichts geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>MaturityProfile</name>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>{number} {title}: {score}</source>
            <translation>{number} {title}: {score}</translation>
        </message>
        <message>
            <source>Change: percentage points since the previous completed check</source>
            <translation>Veränderung: Prozentpunkte seit dem vorherigen abgeschlossenen Check</translation>
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
        <name>MetricsPanel</name>
        <message>
            <source>Success metric</source>
            <translation>Erfolgskennzahl</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Starting value</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Zieldatum</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Letzter Wert</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Success metrics</source>
            <translation>Erfolgskennzahlen</translation>
        </message>
        <message>
            <source>&amp;New metric…</source>
            <translation>&amp;Neue Kennzahl…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>How will you know the measure worked? Give each metric a starting value and a target; record measurements in step 9.</source>
            <translation>Woran erkennen Sie, dass die Maßnahme gewirkt hat? Geben Sie jeder Kennzahl einen Startwert und ein Ziel; Messungen erfassen Sie in Schritt 9.</translation>
        </message>
        <message>
            <source>&amp;Metric:</source>
            <translation>&amp;Kennzahl:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Einheit:</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Richtung:</translation>
        </message>
        <message>
            <source>&amp;Starting value:</source>
            <translation>&amp;Startwert:</translation>
        </message>
        <message>
            <source>Starting value &amp;measured on:</source>
            <translation>Startwert gemessen &amp;am:</translation>
        </message>
        <message>
            <source>&amp;Target value:</source>
            <translation>&amp;Zielwert:</translation>
        </message>
        <message>
            <source>Target &amp;date:</source>
            <translation>Ziel&amp;datum:</translation>
        </message>
        <message>
            <source>Data s&amp;ource:</source>
            <translation>Daten&amp;quelle:</translation>
        </message>
        <message>
            <source>Move the success metric “{label}” and its measurements to the trash? You can restore them from there.</source>
            <translation>Die Erfolgskennzahl „{label}“ mit ihren Messungen in den Papierkorb verschieben? Sie können sie von dort wiederherstellen.</translation>
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
            <source>Open the Digitalisierungs&amp;check</source>
            <translation>Digitalisierungs&amp;check öffnen</translation>
        </message>
        <message>
            <source>Open the &amp;measures</source>
            <translation>&amp;Maßnahmen öffnen</translation>
        </message>
        <message>
            <source>Strategy progress by goal</source>
            <translation>Fortschritt der Strategie nach Zielen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open findings of the check&lt;/b&gt;</source>
            <translation>&lt;b&gt;Offene Befunde des Checks&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Open findings of the check</source>
            <translation>Offene Befunde des Checks</translation>
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
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>No strategy yet: write down vision and goals on the Strategy page.</source>
            <translation>Noch keine Strategie: Halten Sie Vision und Ziele auf der Seite „Strategie“ fest.</translation>
        </message>
        <message>
            <source>Open the strategy</source>
            <translation>Strategie öffnen</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>beschlossen</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Strategy progress: “{title}” ({status})</source>
            <translation>Fortschritt der Strategie: „{title}“ ({status})</translation>
        </message>
        <message>
            <source>achieved</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>aufgegeben</translation>
        </message>
        <message>
            <source>nothing measured yet</source>
            <translation>noch nichts gemessen</translation>
        </message>
        <message>
            <source>{percent} of the way</source>
            <translation>{percent} des Wegs geschafft</translation>
        </message>
        <message>
            <source>“{title}”: {state}</source>
            <translation>„{title}“: {state}</translation>
        </message>
        <message>
            <source>Open the goal and its indicators</source>
            <translation>Ziel und seine Indikatoren öffnen</translation>
        </message>
        <message>
            <source>The strategy has no goals yet.</source>
            <translation>Die Strategie hat noch keine Ziele.</translation>
        </message>
        <message>
            <source>Open findings of the check of {date}</source>
            <translation>Offene Befunde des Checks vom {date}</translation>
        </message>
        <message>
            <source>Open the results of the check: create a measure from a finding there</source>
            <translation>Ergebnisse des Checks öffnen: Dort legen Sie aus einem Befund eine Maßnahme an</translation>
        </message>
        <message>
            <source>{finding}: no measure yet</source>
            <translation>{finding}: noch keine Maßnahme</translation>
        </message>
        <message>
            <source>Every finding of this check has a measure.</source>
            <translation>Zu jedem Befund dieses Checks gibt es eine Maßnahme.</translation>
        </message>
        <message>
            <source>No measure yet. Create one on the Measures page, from a template or from a finding of the check.</source>
            <translation>Noch keine Maßnahme. Legen Sie eine auf der Seite „Maßnahmen“ an – neu, aus einer Vorlage oder aus einem Befund des Checks.</translation>
        </message>
        <message>
            <source>Measures: {count} in all, {running} active; traffic light red: {red}, amber: {amber}; overdue tasks: {overdue}.</source>
            <translation>Maßnahmen: {count} insgesamt, {running} aktiv; Ampel Rot: {red}, Gelb: {amber}; überfällige Aufgaben: {overdue}.</translation>
        </message>
        <message>
            <source>No Digitalisierungscheck has been completed yet. It shows where you stand and is the starting point for strategy and measures.</source>
            <translation>Es wurde noch kein Digitalisierungscheck abgeschlossen. Er zeigt, wo Sie stehen, und ist der Ausgangspunkt für Strategie und Maßnahmen.</translation>
        </message>
        <message>
            <source>Latest Digitalisierungscheck ({date}): {index}, stage “{band}”.</source>
            <translation>Letzter Digitalisierungscheck ({date}): {index}, Stufe „{band}“.</translation>
        </message>
        <message>
            <source>Previous check ({date}): {index}; change: {change} percentage points.</source>
            <translation>Vorheriger Check ({date}): {index}; Veränderung: {change} Prozentpunkte.</translation>
        </message>
    </context>
    <context>
        <name>PdfActions</name>
        <message>
            <source>Save report as PDF</source>
            <translation>Bericht als PDF speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Report not saved</source>
            <translation>Bericht nicht gespeichert</translation>
        </message>
        <message>
            <source>The report could not be saved as {path}: {reason}</source>
            <translation>Der Bericht konnte nicht als {path} gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Report not opened</source>
            <translation>Bericht nicht geöffnet</translation>
        </message>
        <message>
            <source>The report could not be prepared for opening: {reason}</source>
            <translation>Der Bericht konnte nicht zum Öffnen vorbereitet werden: {reason}</translation>
        </message>
        <message>
            <source>No program for PDF files was found. Save the report as PDF and open it with a PDF viewer of your choice.</source>
            <translation>Es wurde kein Programm für PDF-Dateien gefunden. Speichern Sie den Bericht als PDF und öffnen Sie ihn mit einem PDF-Betrachter Ihrer Wahl.</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Bericht drucken</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Der Drucker konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>Printing page {page} of {pages}…</source>
            <translation>Seite {page} von {pages} wird gedruckt…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>The printer did not accept another page.</source>
            <translation>Der Drucker hat keine weitere Seite angenommen.</translation>
        </message>
        <message>
            <source>Report not printed</source>
            <translation>Bericht nicht gedruckt</translation>
        </message>
        <message>
            <source>The report could not be printed: {reason}</source>
            <translation>Der Bericht konnte nicht gedruckt werden: {reason}</translation>
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
        <name>PolicyPanel</name>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>DPIA needed</source>
            <translation>DSFA erforderlich</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>Policy checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>&amp;Edit check…</source>
            <translation>Prüfung &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Before going live, check accessibility, inclusive design, data protection (is a data protection impact assessment, DPIA, needed?), ethics and IT security, and note the evidence.</source>
            <translation>Prüfen Sie vor dem Livegang Barrierefreiheit, inklusives Design, Datenschutz (ist eine Datenschutz-Folgenabschätzung, DSFA, erforderlich?), Ethik und IT-Sicherheit, und halten Sie die Nachweise fest.</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>&amp;Nachweis:</translation>
        </message>
        <message>
            <source>&amp;DPIA needed:</source>
            <translation>&amp;DSFA erforderlich:</translation>
        </message>
        <message>
            <source>Edit check “{kind}”</source>
            <translation>Prüfung „{kind}“ bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Smaller (Ctrl+-)</source>
            <translation>Kleiner (Strg+-)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Larger (Ctrl++)</source>
            <translation>Größer (Strg++)</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>&amp;Fensterbreite</translation>
        </message>
        <message>
            <source>As wide as the window (Ctrl+0)</source>
            <translation>So breit wie das Fenster (Strg+0)</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Page shown</source>
            <translation>Angezeigte Seite</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print on a printer of your choice (Ctrl+P)</source>
            <translation>Auf einem Drucker Ihrer Wahl drucken (Strg+P)</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Als PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>Save the report as a PDF file (Ctrl+S)</source>
            <translation>Den Bericht als PDF-Datei speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Open in &amp;viewer</source>
            <translation>Im PDF-&amp;Betrachter öffnen</translation>
        </message>
        <message>
            <source>Open the report in the system's PDF viewer</source>
            <translation>Den Bericht im PDF-Betrachter des Systems öffnen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Pages of the report</source>
            <translation>Seiten des Berichts</translation>
        </message>
        <message>
            <source>The report cannot be shown: {reason}</source>
            <translation>Der Bericht kann nicht angezeigt werden: {reason}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>No pages</source>
            <translation>Keine Seiten</translation>
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
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Saved by someone else in the meantime: {value}. Your choice is still in the field: choose it again to save it in place of the other one.</source>
            <translation>Inzwischen von jemand anderem gespeichert: {value}. Ihre Auswahl steht noch im Feld: Wählen Sie sie erneut, um sie an die Stelle der anderen zu setzen.</translation>
        </message>
        <message>
            <source>Saved by someone else in the meantime: “{value}”. Your entry is still in the field: press Enter in it to save it in place of the other one.</source>
            <translation>Inzwischen von jemand anderem gespeichert: „{value}“. Ihre Eingabe steht noch im Feld: Drücken Sie dort die Eingabetaste, um sie an die Stelle der anderen zu setzen.</translation>
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
            <source>Your logo “{file}” was not saved; choose it again to put it in place of the logo shown now.</source>
            <translation>Ihr Logo „{file}“ wurde nicht gespeichert; wählen Sie es erneut, um das jetzt angezeigte Logo zu ersetzen.</translation>
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
        <message>
            <source>The logo was not removed; remove it again if it should go.</source>
            <translation>Das Logo wurde nicht entfernt; entfernen Sie es erneut, wenn es weg soll.</translation>
        </message>
    </context>
    <context>
        <name>ProjectBoard</name>
        <message>
            <source>No measures yet. Create a measure and it appears here in its current step.</source>
            <translation>Noch keine Maßnahmen. Legen Sie eine Maßnahme an; sie erscheint dann hier in ihrem aktuellen Schritt.</translation>
        </message>
        <message>
            <source>Board by step</source>
            <translation>Tafel nach Schritten</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>no measures</source>
            <translation>keine Maßnahmen</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n Maßnahme</numerusform>
                <numerusform>%n Maßnahmen</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress {percent}</source>
            <translation>Fortschritt {percent}</translation>
        </message>
        <message>
            <source>{title}: traffic light {light}, status {status}, owner {owner}, {percent} done</source>
            <translation>{title}: Ampel {light}, Status {status}, verantwortlich {owner}, {percent} erledigt</translation>
        </message>
        <message numerus="yes">
            <source>, %n overdue task(s)</source>
            <translation>
                <numerusform>, %n überfällige Aufgabe</numerusform>
                <numerusform>, %n überfällige Aufgaben</numerusform>
            </translation>
        </message>
        <message>
            <source>Step {number}: {title}, {count}</source>
            <translation>Schritt {number}: {title}, {count}</translation>
        </message>
        <message>
            <source>Completed, all steps closed, {count}</source>
            <translation>Abgeschlossen, alle Schritte beendet, {count}</translation>
        </message>
        <message>
            <source>{light} · {status}</source>
            <translation>{light} · {status}</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Keine verantwortliche Person</translation>
        </message>
        <message>
            <source>⚠ {count} overdue</source>
            <translation>⚠ {count} überfällig</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine Angabe</translation>
        </message>
    </context>
    <context>
        <name>ProjectDetailView</name>
        <message>
            <source>← &amp;All measures</source>
            <translation>← &amp;Alle Maßnahmen</translation>
        </message>
        <message>
            <source>Back to the list of measures (Alt+Left)</source>
            <translation>Zurück zur Liste der Maßnahmen (Alt+Links)</translation>
        </message>
        <message>
            <source>Progress of the measure</source>
            <translation>Fortschritt der Maßnahme</translation>
        </message>
        <message>
            <source>&amp;Edit measure…</source>
            <translation>Maßnahme &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Edit title, dates, status and traffic light (Ctrl+E)</source>
            <translation>Titel, Termine, Status und Ampel bearbeiten (Strg+E)</translation>
        </message>
        <message>
            <source>Strategic &amp;goals…</source>
            <translation>Strategische &amp;Ziele…</translation>
        </message>
        <message>
            <source>The 12 steps</source>
            <translation>Die 12 Schritte</translation>
        </message>
        <message>
            <source>Parts of the step</source>
            <translation>Bestandteile des Schritts</translation>
        </message>
        <message>
            <source>Parts of the measure</source>
            <translation>Bestandteile der Maßnahme</translation>
        </message>
        <message>
            <source>12 steps</source>
            <translation>12 Schritte</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(niemand)</translation>
        </message>
        <message>
            <source>Edit &amp;step…</source>
            <translation>&amp;Schritt bearbeiten…</translation>
        </message>
        <message>
            <source>Checklist of the step</source>
            <translation>Checkliste des Schritts</translation>
        </message>
        <message>
            <source>Add checklist &amp;entry…</source>
            <translation>Checklisten&amp;eintrag hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Remove entry…</source>
            <translation>Eintrag ent&amp;fernen…</translation>
        </message>
        <message>
            <source>Remove the selected entry (Delete)</source>
            <translation>Den ausgewählten Eintrag entfernen (Entf)</translation>
        </message>
        <message>
            <source>Stat&amp;us of the step:</source>
            <translation>Stat&amp;us des Schritts:</translation>
        </message>
        <message>
            <source>Chec&amp;klist (Space ticks an entry):</source>
            <translation>Chec&amp;kliste (Leertaste hakt einen Eintrag ab):</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>✓ done</source>
            <translation>✓ erledigt</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>◆ milestone</source>
            <translation>◆ Meilenstein</translation>
        </message>
        <message>
            <source>Mark done / &amp;open</source>
            <translation>Als erledigt / &amp;offen markieren</translation>
        </message>
        <message>
            <source>Mark the selected task done or open again (Ctrl+D)</source>
            <translation>Ausgewählte Aufgabe als erledigt oder wieder als offen markieren (Strg+D)</translation>
        </message>
        <message>
            <source>Tasks of the step</source>
            <translation>Aufgaben des Schritts</translation>
        </message>
        <message>
            <source>&amp;New task…</source>
            <translation>&amp;Neue Aufgabe…</translation>
        </message>
        <message>
            <source>&amp;Edit task…</source>
            <translation>Aufgabe &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete task…</source>
            <translation>Aufgabe &amp;löschen…</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Procurement</source>
            <translation>Beschaffung</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Schulungen</translation>
        </message>
        <message>
            <source>PDCA cycles</source>
            <translation>PDCA-Zyklen</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Erkenntnisse (Lessons Learned)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Success metrics</source>
            <translation>Erfolgskennzahlen</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Policy checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Auswertung</translation>
        </message>
        <message>
            <source>{date}, overdue</source>
            <translation>{date}, überfällig</translation>
        </message>
        <message>
            <source>Traffic light: {light}</source>
            <translation>Ampel: {light}</translation>
        </message>
        <message>
            <source>%p % – {closed} of 12 steps closed</source>
            <translation>%p % – {closed} von 12 Schritten abgeschlossen</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Owner: {name}</source>
            <translation>Verantwortlich: {name}</translation>
        </message>
        <message>
            <source>Runs {start} – {end}</source>
            <translation>Laufzeit {start} – {end}</translation>
        </message>
        <message>
            <source>Budget {planned}, spent {actual}</source>
            <translation>Budget {planned}, ausgegeben {actual}</translation>
        </message>
        <message>
            <source>Contributes to: {goals}</source>
            <translation>Trägt bei zu: {goals}</translation>
        </message>
        <message>
            <source>Created from the finding “{title}”</source>
            <translation>Erstellt aus dem Befund „{title}“</translation>
        </message>
        <message>
            <source>Created from the recommendation “{title}”</source>
            <translation>Erstellt aus der Empfehlung „{title}“</translation>
        </message>
        <message>
            <source>Drivers: {drivers}</source>
            <translation>Treiber: {drivers}</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>Schritt {number}: {title}</translation>
        </message>
        <message>
            <source>Skipped because: {reason}</source>
            <translation>Übersprungen, weil: {reason}</translation>
        </message>
        <message>
            <source>Responsible: {name}</source>
            <translation>Verantwortlich: {name}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Start: {date}</source>
            <translation>Beginn: {date}</translation>
        </message>
        <message>
            <source>Due: {date}</source>
            <translation>Fällig: {date}</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notizen: {notes}</translation>
        </message>
        <message>
            <source>Tasks ({count} open, ⚠ {late} overdue)</source>
            <translation>Aufgaben ({count} offen, ⚠ {late} überfällig)</translation>
        </message>
        <message>
            <source>Step ({done}/{total})</source>
            <translation>Schritt ({done}/{total})</translation>
        </message>
        <message>
            <source>Tasks ({count} open)</source>
            <translation>Aufgaben ({count} offen)</translation>
        </message>
        <message>
            <source>Skip step {number}</source>
            <translation>Schritt {number} überspringen</translation>
        </message>
        <message>
            <source>&amp;Why is this step skipped?</source>
            <translation>&amp;Warum wird dieser Schritt übersprungen?</translation>
        </message>
        <message>
            <source>A skipped step counts as closed. Please note why, so the team and the board can follow the decision later.</source>
            <translation>Ein übersprungener Schritt gilt als abgeschlossen. Bitte notieren Sie den Grund, damit Team und Vorstand die Entscheidung später nachvollziehen können.</translation>
        </message>
        <message>
            <source>Step {number}: {status}</source>
            <translation>Schritt {number}: {status}</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Fällig:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>Edit step {number}</source>
            <translation>Schritt {number} bearbeiten</translation>
        </message>
        <message>
            <source>Tick “{entry}”</source>
            <translation>„{entry}“ abhaken</translation>
        </message>
        <message>
            <source>Untick “{entry}”</source>
            <translation>Haken bei „{entry}“ entfernen</translation>
        </message>
        <message>
            <source>New checklist entry</source>
            <translation>Neuer Checklisteneintrag</translation>
        </message>
        <message>
            <source>&amp;Entry:</source>
            <translation>&amp;Eintrag:</translation>
        </message>
        <message>
            <source>Remove checklist entry</source>
            <translation>Checklisteneintrag entfernen</translation>
        </message>
        <message>
            <source>Remove the entry “{entry}” from the checklist? Ctrl+Z brings it back.</source>
            <translation>Den Eintrag „{entry}“ aus der Checkliste entfernen? Mit Strg+Z holen Sie ihn zurück.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>This task marks a milestone</source>
            <translation>Diese Aufgabe markiert einen Meilenstein</translation>
        </message>
        <message>
            <source>&amp;Task:</source>
            <translation>&amp;Aufgabe:</translation>
        </message>
        <message>
            <source>&amp;Milestone:</source>
            <translation>&amp;Meilenstein:</translation>
        </message>
        <message>
            <source>New task in step {number}</source>
            <translation>Neue Aufgabe in Schritt {number}</translation>
        </message>
        <message>
            <source>New task “{title}”</source>
            <translation>Neue Aufgabe „{title}“</translation>
        </message>
        <message>
            <source>Edit task</source>
            <translation>Aufgabe bearbeiten</translation>
        </message>
        <message>
            <source>Edit task “{title}”</source>
            <translation>Aufgabe „{title}“ bearbeiten</translation>
        </message>
        <message>
            <source>Task “{title}” done</source>
            <translation>Aufgabe „{title}“ erledigt</translation>
        </message>
        <message>
            <source>Task “{title}” open again</source>
            <translation>Aufgabe „{title}“ wieder offen</translation>
        </message>
        <message>
            <source>Delete task</source>
            <translation>Aufgabe löschen</translation>
        </message>
        <message>
            <source>Move the task “{title}” to the trash? You can restore it from there.</source>
            <translation>Die Aufgabe „{title}“ in den Papierkorb verschieben? Sie können sie dort wiederherstellen.</translation>
        </message>
        <message>
            <source>Delete task “{title}”</source>
            <translation>Aufgabe „{title}“ löschen</translation>
        </message>
        <message>
            <source>Specific, measurable, achievable, relevant, time-bound: what will be different, for whom, by when?</source>
            <translation>Spezifisch, messbar, erreichbar, relevant, terminiert: Was wird anders, für wen, bis wann?</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Description (SMART):</source>
            <translation>&amp;Beschreibung (SMART):</translation>
        </message>
        <message>
            <source>Target &amp;group:</source>
            <translation>&amp;Zielgruppe:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Ende:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Traffic &amp;light:</source>
            <translation>&amp;Ampel:</translation>
        </message>
        <message>
            <source>&amp;Reason (amber or red):</source>
            <translation>&amp;Begründung (Gelb oder Rot):</translation>
        </message>
        <message>
            <source>D&amp;rivers used:</source>
            <translation>Genutzte &amp;Treiber:</translation>
        </message>
        <message>
            <source>Edit measure</source>
            <translation>Maßnahme bearbeiten</translation>
        </message>
        <message>
            <source>Edit measure “{title}”</source>
            <translation>Maßnahme „{title}“ bearbeiten</translation>
        </message>
        <message>
            <source>There are no strategic goals yet: add them on the Strategy page.</source>
            <translation>Es gibt noch keine strategischen Ziele: Legen Sie sie auf der Seite „Strategie“ an.</translation>
        </message>
        <message>
            <source>Strategic goals of the measure</source>
            <translation>Strategische Ziele der Maßnahme</translation>
        </message>
        <message>
            <source>&amp;Goals this measure contributes to:</source>
            <translation>&amp;Ziele, zu denen diese Maßnahme beiträgt:</translation>
        </message>
        <message>
            <source>Change the goals of “{title}”</source>
            <translation>Ziele von „{title}“ ändern</translation>
        </message>
    </context>
    <context>
        <name>ProjectRecords</name>
        <message>
            <source>Add “{label}”</source>
            <translation>„{label}“ hinzufügen</translation>
        </message>
        <message>
            <source>Edit “{label}”</source>
            <translation>„{label}“ bearbeiten</translation>
        </message>
        <message>
            <source>Move “{label}” to the trash? You can restore it from there.</source>
            <translation>„{label}“ in den Papierkorb verschieben? Sie können es dort wiederherstellen.</translation>
        </message>
        <message>
            <source>Delete “{label}”</source>
            <translation>„{label}“ löschen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Gruppe:</translation>
        </message>
        <message>
            <source>&amp;Involvement:</source>
            <translation>&amp;Einbindung:</translation>
        </message>
        <message>
            <source>&amp;Contact:</source>
            <translation>&amp;Kontakt:</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Who is affected by the measure or can help it succeed? Staff, clients, technology partners, funders and the board – and how far each is involved.</source>
            <translation>Wer ist von der Maßnahme betroffen oder kann zu ihrem Erfolg beitragen? Mitarbeitende, Klientinnen und Klienten, Technikpartner, Geldgeber und der Vorstand – und wie stark ist jede bzw. jeder eingebunden?</translation>
        </message>
        <message>
            <source>&amp;New stakeholder…</source>
            <translation>&amp;Neue beteiligte Person…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Beteiligte Person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Involvement</source>
            <translation>Einbindung</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Was:</translation>
        </message>
        <message>
            <source>&amp;Supplier:</source>
            <translation>&amp;Anbieter:</translation>
        </message>
        <message>
            <source>&amp;Cost (€):</source>
            <translation>&amp;Kosten (€):</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Procurement</source>
            <translation>Beschaffung</translation>
        </message>
        <message>
            <source>What has to be bought or contracted: software, devices, services.</source>
            <translation>Was gekauft oder beauftragt werden muss: Software, Geräte, Dienstleistungen.</translation>
        </message>
        <message>
            <source>&amp;New item…</source>
            <translation>&amp;Neuer Posten…</translation>
        </message>
        <message>
            <source>Procurement item</source>
            <translation>Beschaffungsposten</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Thema:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>&amp;Teilnehmende:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otizen:</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Schulungen</translation>
        </message>
        <message>
            <source>Trainings that prepare staff for the new way of working.</source>
            <translation>Schulungen, die die Mitarbeitenden auf die neue Arbeitsweise vorbereiten.</translation>
        </message>
        <message>
            <source>&amp;New training…</source>
            <translation>&amp;Neue Schulung…</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>&amp;Risiko:</translation>
        </message>
        <message>
            <source>&amp;Likelihood (1–5):</source>
            <translation>&amp;Wahrscheinlichkeit (1–5):</translation>
        </message>
        <message>
            <source>&amp;Impact (1–5):</source>
            <translation>&amp;Auswirkung (1–5):</translation>
        </message>
        <message>
            <source>&amp;Mitigation:</source>
            <translation>&amp;Gegenmaßnahme:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>What could go wrong, how likely it is, how bad it would be and what you do about it. Score = likelihood × impact; the highest scores come first.</source>
            <translation>Was könnte schiefgehen, wie wahrscheinlich ist es, wie schlimm wäre es und was tun Sie dagegen? Wert = Wahrscheinlichkeit × Auswirkung; die höchsten Werte stehen oben.</translation>
        </message>
        <message>
            <source>&amp;New risk…</source>
            <translation>&amp;Neues Risiko…</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Auswirkung</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Gegenmaßnahme</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Frage:</translation>
        </message>
        <message>
            <source>&amp;Needed by:</source>
            <translation>&amp;Benötigt bis:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Ergebnis:</translation>
        </message>
        <message>
            <source>&amp;Decided on:</source>
            <translation>&amp;Entschieden am:</translation>
        </message>
        <message>
            <source>decided on {date}</source>
            <translation>entschieden am {date}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>overdue since {date}</source>
            <translation>überfällig seit {date}</translation>
        </message>
        <message>
            <source>Decisions needed</source>
            <translation>Offene Entscheidungen</translation>
        </message>
        <message>
            <source>Questions the leadership or the board has to decide, by when, and what was decided. Open decisions come first.</source>
            <translation>Fragen, die die Leitung oder der Vorstand entscheiden muss, bis wann, und was entschieden wurde. Offene Entscheidungen stehen oben.</translation>
        </message>
        <message>
            <source>&amp;New decision…</source>
            <translation>&amp;Neue Entscheidung…</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Needed by / decided</source>
            <translation>Benötigt bis / entschieden</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>&amp;Started on:</source>
            <translation>&amp;Begonnen am:</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>&amp;Planen (Plan):</translation>
        </message>
        <message>
            <source>&amp;Do:</source>
            <translation>&amp;Umsetzen (Do):</translation>
        </message>
        <message>
            <source>&amp;Check:</source>
            <translation>&amp;Prüfen (Check):</translation>
        </message>
        <message>
            <source>&amp;Act:</source>
            <translation>&amp;Handeln (Act):</translation>
        </message>
        <message>
            <source>&amp;Ended on:</source>
            <translation>&amp;Beendet am:</translation>
        </message>
        <message>
            <source>PDCA cycles</source>
            <translation>PDCA-Zyklen</translation>
        </message>
        <message>
            <source>Improve in rounds: plan a change, do it on a small scale, check the effect against the success metrics, then act – keep, adapt or drop it.</source>
            <translation>In Runden verbessern: eine Änderung planen, im Kleinen umsetzen, die Wirkung an den Erfolgskennzahlen prüfen und dann handeln – beibehalten, anpassen oder verwerfen.</translation>
        </message>
        <message>
            <source>&amp;New cycle…</source>
            <translation>&amp;Neuer Zyklus…</translation>
        </message>
        <message>
            <source>PDCA cycle</source>
            <translation>PDCA-Zyklus</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Zyklus</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planen</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>Umsetzen</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Handeln</translation>
        </message>
        <message>
            <source>Cycle {number}</source>
            <translation>Zyklus {number}</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Erkenntnis:</translation>
        </message>
        <message>
            <source>&amp;Recorded on:</source>
            <translation>Fest&amp;gehalten am:</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Erkenntnisse (Lessons Learned)</translation>
        </message>
        <message>
            <source>What worked, what did not, and what the next measure should do differently.</source>
            <translation>Was hat funktioniert, was nicht, und was sollte die nächste Maßnahme anders machen?</translation>
        </message>
        <message>
            <source>&amp;New lesson…</source>
            <translation>&amp;Neue Erkenntnis…</translation>
        </message>
        <message>
            <source>Lesson learned</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;File or web address:</source>
            <translation>&amp;Datei oder Webadresse:</translation>
        </message>
        <message>
            <source>Document links</source>
            <translation>Dokumentverweise</translation>
        </message>
        <message>
            <source>Links to documents of the measure – concepts, contracts, reports. The files stay where they are; Open shows them in the program your computer uses.</source>
            <translation>Verweise auf Dokumente der Maßnahme – Konzepte, Verträge, Berichte. Die Dateien bleiben, wo sie sind; „Öffnen“ zeigt sie in dem Programm an, das Ihr Computer dafür verwendet.</translation>
        </message>
        <message>
            <source>&amp;New link…</source>
            <translation>&amp;Neuer Verweis…</translation>
        </message>
        <message>
            <source>Document link</source>
            <translation>Dokumentverweis</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>File or web address</source>
            <translation>Datei oder Webadresse</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Link a &amp;file…</source>
            <translation>&amp;Datei verknüpfen…</translation>
        </message>
        <message>
            <source>“{target}” could not be opened.</source>
            <translation>„{target}“ konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Link a file</source>
            <translation>Datei verknüpfen</translation>
        </message>
    </context>
    <context>
        <name>ProjectReport</name>
        <message>
            <source>{value} on {date}</source>
            <extracomment>Cell padding left and right (Report.table) and the font size of cells, in points. No column grows beyond this share of the width for its longest word (e.g. a web address).</extracomment>
            <translation>{value} am {date}</translation>
        </message>
        <message>
            <source>{sign} {date} (overdue)</source>
            <translation>{sign} {date} (überfällig)</translation>
        </message>
        <message>
            <source>The measure at a glance</source>
            <translation>Die Maßnahme auf einen Blick</translation>
        </message>
        <message>
            <source>progress (steps closed)</source>
            <translation>Fortschritt (abgeschlossene Schritte)</translation>
        </message>
        <message>
            <source>current step of {count}</source>
            <translation>aktueller Schritt von {count}</translation>
        </message>
        <message numerus="yes">
            <source>open tasks, %n overdue</source>
            <translation>
                <numerusform>offene Aufgaben, %n überfällig</numerusform>
                <numerusform>offene Aufgaben, %n überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>open tasks</source>
            <translation>offene Aufgaben</translation>
        </message>
        <message>
            <source>planned end</source>
            <translation>geplantes Ende</translation>
        </message>
        <message>
            <source>Traffic light: {light}</source>
            <translation>Ampel: {light}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>nobody named yet</source>
            <translation>noch niemand benannt</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Laufzeit</translation>
        </message>
        <message>
            <source>no dates yet</source>
            <translation>noch keine Termine</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>{closed} of {count} steps done or skipped ({percent})</source>
            <translation>{closed} von {count} Schritten erledigt oder übersprungen ({percent})</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Aktueller Schritt</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>planned {planned}, spent so far {actual}</source>
            <translation>geplant {planned}, bisher ausgegeben {actual}</translation>
        </message>
        <message>
            <source>Drivers used</source>
            <translation>Genutzte Treiber</translation>
        </message>
        <message>
            <source>Created from</source>
            <translation>Entstanden aus</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Eckdaten</translation>
        </message>
        <message>
            <source>Strategic goals it serves</source>
            <translation>Strategische Ziele, zu denen sie beiträgt</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Strategy version</source>
            <translation>Strategiefassung</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <source>The measure is not linked to any strategic goal yet.</source>
            <translation>Die Maßnahme ist noch mit keinem strategischen Ziel verknüpft.</translation>
        </message>
        <message>
            <source>Points to watch</source>
            <translation>Worauf zu achten ist</translation>
        </message>
        <message>
            <source>Nothing looks out of order: no warnings for this measure.</source>
            <translation>Nichts fällt aus der Reihe: Für diese Maßnahme gibt es keine Hinweise.</translation>
        </message>
        <message>
            <source>the finding “{title}” of the Digitalisierungscheck</source>
            <translation>dem Befund „{title}“ des Digitalisierungschecks</translation>
        </message>
        <message>
            <source>the recommendation “{title}” of the Digitalisierungscheck</source>
            <translation>der Empfehlung „{title}“ des Digitalisierungschecks</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>beschlossen</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>The 12 steps</source>
            <translation>Die 12 Schritte</translation>
        </message>
        <message>
            <source>{closed} of {count} steps are done or skipped; the measure is at step {step}.</source>
            <translation>{closed} von {count} Schritten sind erledigt oder übersprungen; die Maßnahme steht bei Schritt {step}.</translation>
        </message>
        <message>
            <source>All twelve steps are done or skipped.</source>
            <translation>Alle zwölf Schritte sind erledigt oder übersprungen.</translation>
        </message>
        <message>
            <source>Skipped because: {reason}</source>
            <translation>Übersprungen, weil: {reason}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Tasks and milestones</source>
            <translation>Aufgaben und Meilensteine</translation>
        </message>
        <message>
            <source>No tasks or milestones recorded yet.</source>
            <translation>Noch keine Aufgaben oder Meilensteine erfasst.</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) and milestone(s)</source>
            <translation>
                <numerusform>%n Aufgabe oder Meilenstein</numerusform>
                <numerusform>%n Aufgaben und Meilensteine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n offen</numerusform>
                <numerusform>%n offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n überfällig</numerusform>
                <numerusform>%n überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>done on {date}</source>
            <translation>erledigt am {date}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>No stakeholders recorded yet.</source>
            <translation>Noch keine Beteiligten erfasst.</translation>
        </message>
        <message>
            <source>Who is affected by the measure and how they are involved (step 3).</source>
            <translation>Wen die Maßnahme betrifft und wie diese Menschen eingebunden werden (Schritt 3).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Involvement</source>
            <translation>Einbindung</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Success metrics</source>
            <translation>Erfolgskennzahlen</translation>
        </message>
        <message>
            <source>No success metric defined yet.</source>
            <translation>Noch keine Erfolgskennzahl festgelegt.</translation>
        </message>
        <message>
            <source>What shows that the measure works: each metric with its starting value, its target and the latest measurement. Progress is calculated from the measurements.</source>
            <translation>Woran sich zeigt, dass die Maßnahme wirkt: jede Kennzahl mit Ausgangswert, Zielwert und neuestem Messwert. Der Fortschritt wird aus den Messwerten berechnet.</translation>
        </message>
        <message>
            <source>{value} by {date}</source>
            <translation>{value} bis {date}</translation>
        </message>
        <message>
            <source>Success metric</source>
            <translation>Erfolgskennzahl</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Starting value</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Neuester Wert</translation>
        </message>
        <message>
            <source>No measurement yet.</source>
            <translation>Noch kein Messwert.</translation>
        </message>
        <message>
            <source>Latest value {value} on {date}</source>
            <translation>Neuester Wert {value} am {date}</translation>
        </message>
        <message>
            <source>target {target}</source>
            <translation>Zielwert {target}</translation>
        </message>
        <message>
            <source>progress {progress}</source>
            <translation>Fortschritt {progress}</translation>
        </message>
        <message>
            <source>No budget lines recorded yet.</source>
            <translation>Noch keine Budgetposten erfasst.</translation>
        </message>
        <message>
            <source>Planned {planned}, spent so far {actual}.</source>
            <translation>Geplant {planned}, bisher ausgegeben {actual}.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Finanzierungsquelle</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Ist</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <source>Rows marked {sign} cost more than 10 % above their plan (or have costs without a plan).</source>
            <translation>Mit {sign} markierte Zeilen liegen mehr als 10 % über dem Plan (oder haben Kosten ohne Plan).</translation>
        </message>
        <message>
            <source>nothing booked yet</source>
            <translation>noch nichts gebucht</translation>
        </message>
        <message>
            <source>{sign} more than 10 % over plan</source>
            <translation>{sign} mehr als 10 % über dem Plan</translation>
        </message>
        <message>
            <source>{sign} costs without a plan</source>
            <translation>{sign} Kosten ohne Plan</translation>
        </message>
        <message>
            <source>Procurement</source>
            <translation>Beschaffung</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Schulungen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Policy checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>Accessibility, inclusive design, data protection, ethics and IT security (step 8).</source>
            <translation>Barrierefreiheit, inklusives Design, Datenschutz, Ethik und IT-Sicherheit (Schritt 8).</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Impact assessment (DPIA) needed</source>
            <translation>Folgenabschätzung (DSFA) nötig</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>PDCA cycles</source>
            <translation>PDCA-Zyklen</translation>
        </message>
        <message>
            <source>No PDCA cycle recorded yet.</source>
            <translation>Noch kein PDCA-Zyklus erfasst.</translation>
        </message>
        <message>
            <source>Improvement in rounds: plan a change, do it on a small scale, check its effect, then act on what was learned.</source>
            <translation>Verbesserung in Runden: eine Änderung planen, im Kleinen umsetzen, ihre Wirkung prüfen und dann nach dem Gelernten handeln.</translation>
        </message>
        <message>
            <source>Cycle {number} is running.</source>
            <translation>Zyklus {number} läuft.</translation>
        </message>
        <message>
            <source>Cycle {number}</source>
            <translation>Zyklus {number}</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>seit {date}</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Zyklus</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planen</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>Umsetzen</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Handeln</translation>
        </message>
        <message>
            <source>Lessons learned and documents</source>
            <translation>Erkenntnisse und Dokumente</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Erkenntnisse (Lessons Learned)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ablageort</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>No risks recorded yet.</source>
            <translation>Noch keine Risiken erfasst.</translation>
        </message>
        <message>
            <source>Likelihood and impact from 1 (low) to 5 (high); the score is their product. The highest scores come first.</source>
            <translation>Wahrscheinlichkeit und Auswirkung von 1 (gering) bis 5 (hoch); der Wert ist ihr Produkt. Die höchsten Werte stehen oben.</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Likelihood × impact = score</source>
            <translation>Wahrscheinlichkeit × Auswirkung = Wert</translation>
        </message>
        <message>
            <source>Mitigation</source>
            <translation>Gegenmaßnahme</translation>
        </message>
        <message>
            <source>Decisions needed</source>
            <translation>Offene Entscheidungen</translation>
        </message>
        <message>
            <source>No decisions recorded.</source>
            <translation>Keine Entscheidungen erfasst.</translation>
        </message>
        <message>
            <source>decided on {date}</source>
            <translation>entschieden am {date}</translation>
        </message>
        <message>
            <source>{sign} open, overdue</source>
            <translation>{sign} offen, überfällig</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Benötigt bis</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>ProjectTexts</name>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Green: on track – time, budget and quality as planned.</source>
            <translation>Grün: im Plan – Zeit, Budget und Qualität wie geplant.</translation>
        </message>
        <message>
            <source>Amber: at risk – a problem the team can still solve itself; watch it closely.</source>
            <translation>Gelb: gefährdet – ein Problem, das das Team noch selbst lösen kann; genau beobachten.</translation>
        </message>
        <message>
            <source>Red: off track – the goal, date or budget cannot be kept without a decision by the leadership.</source>
            <translation>Rot: nicht im Plan – Ziel, Termin oder Budget sind ohne Entscheidung der Leitung nicht zu halten.</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Arbeit</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>clients</source>
            <translation>Klientinnen und Klienten</translation>
        </message>
        <message>
            <source>technology partner</source>
            <translation>Technologiepartner</translation>
        </message>
        <message>
            <source>funder</source>
            <translation>Fördermittelgeber</translation>
        </message>
        <message>
            <source>board</source>
            <translation>Vorstand</translation>
        </message>
        <message>
            <source>other</source>
            <translation>sonstige</translation>
        </message>
        <message>
            <source>inform</source>
            <translation>informieren</translation>
        </message>
        <message>
            <source>consult</source>
            <translation>konsultieren</translation>
        </message>
        <message>
            <source>involve</source>
            <translation>beteiligen</translation>
        </message>
        <message>
            <source>decide</source>
            <translation>entscheiden</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>angefordert</translation>
        </message>
        <message>
            <source>ordered</source>
            <translation>bestellt</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>geliefert</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Barrierefreiheit</translation>
        </message>
        <message>
            <source>Inclusive design</source>
            <translation>Inklusives Design</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>Ethics</source>
            <translation>Ethik</translation>
        </message>
        <message>
            <source>IT security</source>
            <translation>IT-Sicherheit</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>nicht nötig</translation>
        </message>
        <message>
            <source>mitigated</source>
            <translation>gemindert</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>occurred</source>
            <translation>eingetreten</translation>
        </message>
        <message>
            <source>not decided</source>
            <translation>nicht entschieden</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>all steps closed</source>
            <translation>alle Schritte abgeschlossen</translation>
        </message>
        <message numerus="yes">
            <source>Step {step} is done while %n earlier step(s) are still open: {open}.</source>
            <translation>
                <numerusform>Schritt {step} ist erledigt, während %n früherer Schritt noch offen ist: {open}.</numerusform>
                <numerusform>Schritt {step} ist erledigt, während %n frühere Schritte noch offen sind: {open}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Step {step} is done with %n checklist entry(s) not ticked.</source>
            <translation>
                <numerusform>Schritt {step} ist erledigt, aber %n Checklisteneintrag ist nicht abgehakt.</numerusform>
                <numerusform>Schritt {step} ist erledigt, aber %n Checklisteneinträge sind nicht abgehakt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Step 8 is closed while %n check(s) are still open: {checks}.</source>
            <translation>
                <numerusform>Schritt 8 ist abgeschlossen, während %n Prüfung noch offen ist: {checks}.</numerusform>
                <numerusform>Schritt 8 ist abgeschlossen, während %n Prüfungen noch offen sind: {checks}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Step 8 is closed, but nobody has decided yet whether a data protection impact assessment (DPIA) is needed.</source>
            <translation>Schritt 8 ist abgeschlossen, aber noch niemand hat entschieden, ob eine Datenschutz-Folgenabschätzung (DSFA) nötig ist.</translation>
        </message>
        <message>
            <source>The pilot (step 6) has started, but step 4 has no success metric yet: without one, nobody can tell whether the pilot worked.</source>
            <translation>Der Pilot (Schritt 6) hat begonnen, aber Schritt 4 hat noch keine Erfolgskennzahl: Ohne sie kann niemand sagen, ob der Pilot funktioniert hat.</translation>
        </message>
        <message>
            <source>The evaluation (step 9) has started, but no success metric has a measurement yet.</source>
            <translation>Die Auswertung (Schritt 9) hat begonnen, aber noch keine Erfolgskennzahl hat einen Messwert.</translation>
        </message>
        <message>
            <source>The evaluation is due on {evaluation}, before the pilot ends on {pilot}.</source>
            <translation>Die Auswertung ist am {evaluation} fällig, also vor dem Ende des Pilots am {pilot}.</translation>
        </message>
        <message>
            <source>Costs of {actual} have been booked, but no budget was planned.</source>
            <translation>Es wurden Kosten von {actual} gebucht, aber kein Budget geplant.</translation>
        </message>
        <message>
            <source>The actual costs ({actual}) are {percent} % of the plan ({planned}): more than 10 % over.</source>
            <translation>Die Ist-Kosten ({actual}) betragen {percent} % des Plans ({planned}): mehr als 10 % darüber.</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Every digitalisation measure runs through the 12 steps of the method. Progress comes from the steps that are done or skipped; the traffic light is your own judgement, with a reason when it is amber or red.</source>
            <translation>Jede Digitalisierungsmaßnahme durchläuft die 12 Schritte der Methode. Der Fortschritt ergibt sich aus den erledigten oder übersprungenen Schritten; die Ampel ist Ihre eigene Einschätzung, bei Gelb oder Rot mit Begründung.</translation>
        </message>
        <message>
            <source>&amp;New measure…</source>
            <translation>&amp;Neue Maßnahme…</translation>
        </message>
        <message>
            <source>Create a measure (Insert in the list)</source>
            <translation>Maßnahme anlegen (Einfg in der Liste)</translation>
        </message>
        <message>
            <source>From &amp;template…</source>
            <translation>Aus &amp;Vorlage…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the selected measure (Enter)</source>
            <translation>Ausgewählte Maßnahme öffnen (Eingabetaste)</translation>
        </message>
        <message>
            <source>D&amp;uplicate…</source>
            <translation>&amp;Duplizieren…</translation>
        </message>
        <message>
            <source>Save as te&amp;mplate…</source>
            <translation>Als Vorlage s&amp;peichern…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Move the measure to the trash (Delete)</source>
            <translation>Maßnahme in den Papierkorb verschieben (Entf)</translation>
        </message>
        <message>
            <source>Tr&amp;ash…</source>
            <translation>P&amp;apierkorb…</translation>
        </message>
        <message>
            <source>Restore deleted measures and records</source>
            <translation>Gelöschte Maßnahmen und Einträge wiederherstellen</translation>
        </message>
        <message>
            <source>Portfolio of measures</source>
            <translation>Portfolio der Maßnahmen</translation>
        </message>
        <message>
            <source>Search measures</source>
            <translation>Maßnahmen durchsuchen</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>&amp;Light:</source>
            <translation>&amp;Ampel:</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>Ve&amp;rantwortlich:</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>Dri&amp;ver:</source>
            <translation>&amp;Treiber:</translation>
        </message>
        <message>
            <source>Views of the portfolio</source>
            <translation>Ansichten des Portfolios</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>Ta&amp;belle</translation>
        </message>
        <message>
            <source>&amp;Board by step</source>
            <translation>Tafel nach &amp;Schritten</translation>
        </message>
        <message>
            <source>T&amp;imeline</source>
            <translation>Zeitp&amp;lan</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Ampel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Aktueller Schritt</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Budget planned</source>
            <translation>Budget geplant</translation>
        </message>
        <message>
            <source>Budget spent</source>
            <translation>Budget ausgegeben</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Überfällige Aufgaben</translation>
        </message>
        <message>
            <source>(over plan)</source>
            <translation>(über Plan)</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n Maßnahme</numerusform>
                <numerusform>%n Maßnahmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n measure(s) shown</source>
            <translation>
                <numerusform>{shown} von %n Maßnahme angezeigt</numerusform>
                <numerusform>{shown} von %n Maßnahmen angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s), {running} of them running today.</source>
            <translation>
                <numerusform>%n Maßnahme, davon {running} heute laufend.</numerusform>
                <numerusform>%n Maßnahmen, davon {running} heute laufend.</numerusform>
            </translation>
        </message>
        <message>
            <source>No measures yet.</source>
            <translation>Noch keine Maßnahmen.</translation>
        </message>
        <message>
            <source>The chart shows the first {shown} of {total} measures: running and planned ones first, by start date.</source>
            <translation>Das Diagramm zeigt die ersten {shown} von {total} Maßnahmen: laufende und geplante zuerst, nach Beginn sortiert.</translation>
        </message>
        <message>
            <source>New measure</source>
            <translation>Neue Maßnahme</translation>
        </message>
        <message>
            <source>New measure “{title}”</source>
            <translation>Neue Maßnahme „{title}“</translation>
        </message>
        <message>
            <source>(the template's title)</source>
            <translation>(Titel der Vorlage)</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Ende:</translation>
        </message>
        <message>
            <source>New measure from a template</source>
            <translation>Neue Maßnahme aus Vorlage</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (Kopie)</translation>
        </message>
        <message>
            <source>Duplicate measure</source>
            <translation>Maßnahme duplizieren</translation>
        </message>
        <message>
            <source>&amp;Title of the copy:</source>
            <translation>&amp;Titel der Kopie:</translation>
        </message>
        <message>
            <source>The copy gets the description, drivers, goals, checklists, tasks, budget plan, stakeholders and success metrics; all steps start open again.</source>
            <translation>Die Kopie übernimmt Beschreibung, Treiber, Ziele, Checklisten, Aufgaben, Budgetplan, Beteiligte und Erfolgskennzahlen; alle Schritte beginnen wieder offen.</translation>
        </message>
        <message>
            <source>Duplicate “{title}”</source>
            <translation>„{title}“ duplizieren</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>Als Vorlage speichern</translation>
        </message>
        <message>
            <source>&amp;Name of the template:</source>
            <translation>&amp;Name der Vorlage:</translation>
        </message>
        <message>
            <source>The template keeps the description, drivers, your own checklist entries, tasks, budget lines and success metrics – no dates, people or results.</source>
            <translation>Die Vorlage übernimmt Beschreibung, Treiber, Ihre eigenen Checklisteneinträge, Aufgaben, Budgetposten und Erfolgskennzahlen – keine Termine, Personen oder Ergebnisse.</translation>
        </message>
        <message>
            <source>Save template “{title}”</source>
            <translation>Vorlage „{title}“ speichern</translation>
        </message>
        <message>
            <source>Template “{title}” saved.</source>
            <translation>Vorlage „{title}“ gespeichert.</translation>
        </message>
        <message>
            <source>Delete measure</source>
            <translation>Maßnahme löschen</translation>
        </message>
        <message>
            <source>Move the measure “{title}” with its steps, tasks and records to the trash? You can restore it from there or undo with Ctrl+Z.</source>
            <translation>Die Maßnahme „{title}“ mit ihren Schritten, Aufgaben und Einträgen in den Papierkorb verschieben? Sie können sie dort wiederherstellen oder mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete measure “{title}”</source>
            <translation>Maßnahme „{title}“ löschen</translation>
        </message>
        <message>
            <source>(no goal)</source>
            <translation>(kein Ziel)</translation>
        </message>
        <message>
            <source>&amp;Based on:</source>
            <translation>&amp;Grundlage:</translation>
        </message>
        <message>
            <source>&amp;Description (SMART):</source>
            <translation>&amp;Beschreibung (SMART):</translation>
        </message>
        <message>
            <source>Strategic &amp;goal:</source>
            <translation>Strategisches &amp;Ziel:</translation>
        </message>
        <message>
            <source>Create a measure from the check</source>
            <translation>Maßnahme aus dem Check anlegen</translation>
        </message>
        <message>
            <source>The measure remembers the finding it came from; sharpen the description so that it is specific, measurable and has a date.</source>
            <translation>Die Maßnahme merkt sich den Befund, aus dem sie entstanden ist; schärfen Sie die Beschreibung, damit sie konkret und messbar ist und einen Termin hat.</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireReport</name>
        <message>
            <source>Questionnaire of the Digitalisierungscheck</source>
            <translation>Fragebogen zum Digitalisierungscheck</translation>
        </message>
        <message>
            <source>How to fill in this questionnaire</source>
            <translation>So füllen Sie den Fragebogen aus</translation>
        </message>
        <message>
            <source>For each question, tick the one statement that best describes our organisation today – as it is, not as it should be.</source>
            <translation>Kreuzen Sie bei jeder Frage die eine Aussage an, die unsere Organisation heute am besten beschreibt – so, wie es ist, nicht, wie es sein sollte.</translation>
        </message>
        <message>
            <source>If you cannot judge a question, tick “{dont_know}”. If it does not concern your work, tick “{not_applicable}”.</source>
            <translation>Wenn Sie eine Frage nicht beurteilen können, kreuzen Sie „{dont_know}“ an. Wenn sie Ihre Arbeit nicht betrifft, kreuzen Sie „{not_applicable}“ an.</translation>
        </message>
        <message>
            <source>Also tick how important the question is for our organisation. A comment is welcome but not required.</source>
            <translation>Kreuzen Sie außerdem an, wie wichtig die Frage für unsere Organisation ist. Ein Kommentar ist willkommen, aber nicht nötig.</translation>
        </message>
        <message>
            <source>There are no right or wrong answers. Please answer on your own, from your own experience.</source>
            <translation>Es gibt keine richtigen oder falschen Antworten. Bitte antworten Sie allein und aus Ihrer eigenen Erfahrung.</translation>
        </message>
        <message>
            <source>The small signs beside the boxes (0 to 3, ? and -) help whoever types the answers into the program; you need not mind them.</source>
            <translation>Die kleinen Zeichen neben den Kästchen (0 bis 3, ? und -) helfen der Person, die die Antworten ins Programm überträgt; Sie können sie übergehen.</translation>
        </message>
        <message>
            <source>Your answers stay anonymous</source>
            <translation>Ihre Antworten bleiben anonym</translation>
        </message>
        <message>
            <source>Please do not write your name on the questionnaire. Results by area or level are only shown in groups of at least {n} people, so that nobody's answers can be identified.</source>
            <translation>Bitte schreiben Sie Ihren Namen nicht auf den Fragebogen. Ergebnisse nach Bereich oder Ebene werden nur für Gruppen von mindestens {n} Personen gezeigt, damit sich keine Antworten einzelnen Personen zuordnen lassen.</translation>
        </message>
        <message>
            <source>Your area</source>
            <translation>Ihr Bereich</translation>
        </message>
        <message>
            <source>Your hierarchy level</source>
            <translation>Ihre Hierarchieebene</translation>
        </message>
        <message>
            <source>Please return by:</source>
            <translation>Bitte zurückgeben bis:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>An:</translation>
        </message>
        <message>
            <source>Sheet no. (filled in when the answers are typed in):</source>
            <translation>Bogen-Nr. (wird bei der Eingabe der Antworten eingetragen):</translation>
        </message>
        <message>
            <source>Importance:</source>
            <translation>Bedeutung:</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Kommentar:</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Maturity by dimension</source>
            <translation>Reifegrad nach Dimensionen</translation>
        </message>
        <message>
            <source>latest check</source>
            <translation>letzter Check</translation>
        </message>
        <message>
            <source>previous check</source>
            <translation>vorheriger Check</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Create report</source>
            <translation>Bericht erstellen</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Bericht:</translation>
        </message>
        <message>
            <source>&amp;Period on the cover:</source>
            <translation>&amp;Zeitraum auf dem Deckblatt:</translation>
        </message>
        <message>
            <source>&amp;Language of the report:</source>
            <translation>&amp;Sprache des Berichts:</translation>
        </message>
        <message>
            <source>&amp;Sections</source>
            <translation>&amp;Abschnitte</translation>
        </message>
        <message>
            <source>Choose at least one section.</source>
            <translation>Wählen Sie mindestens einen Abschnitt.</translation>
        </message>
        <message>
            <source>Progress of the report</source>
            <translation>Fortschritt des Berichts</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Erstellen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>C&amp;heck:</source>
            <translation>&amp;Check:</translation>
        </message>
        <message>
            <source>There is no completed Digitalisierungscheck yet. Complete a check on the page Digitalisierungscheck first.</source>
            <translation>Es gibt noch keinen abgeschlossenen Digitalisierungscheck. Schließen Sie zuerst auf der Seite Digitalisierungscheck einen Check ab.</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Maßnahme:</translation>
        </message>
        <message>
            <source>There is no measure yet. Create a measure on the page Measures first.</source>
            <translation>Es gibt noch keine Maßnahme. Legen Sie zuerst auf der Seite Maßnahmen eine Maßnahme an.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>The report is being created…</source>
            <translation>Der Bericht wird erstellt…</translation>
        </message>
        <message>
            <source>The report could not be created because of an unexpected error ({error}). The details are written to the log file {path}.</source>
            <translation>Der Bericht konnte wegen eines unerwarteten Fehlers nicht erstellt werden ({error}). Die Einzelheiten stehen in der Protokolldatei {path}.</translation>
        </message>
        <message>
            <source>The report could not be created. {reason}</source>
            <translation>Der Bericht konnte nicht erstellt werden. {reason}</translation>
        </message>
        <message>
            <source>Stopped. No report was created.</source>
            <translation>Angehalten. Es wurde kein Bericht erstellt.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
    </context>
    <context>
        <name>ReportFrame</name>
        <message>
            <source>Page {page} of {pages}</source>
            <extracomment>Traffic lights: the same tones as the charts, and a shape of their own beside the word, so that a light never depends on colour (nor on colour print). A table's own font (used for nothing visible: every cell is a paragraph) must be an embedded one too, or the PDF names Helvetica without embedding it.</extracomment>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Created on {date}</source>
            <translation>Erstellt am {date}</translation>
        </message>
    </context>
    <context>
        <name>ReportKinds</name>
        <message>
            <source>Assessment report</source>
            <translation>Auswertungsbericht</translation>
        </message>
        <message>
            <source>Board report</source>
            <translation>Vorstandsbericht</translation>
        </message>
        <message>
            <source>Project profile</source>
            <translation>Projektsteckbrief</translation>
        </message>
        <message>
            <source>Paper questionnaire</source>
            <translation>Fragebogen (Papier)</translation>
        </message>
        <message>
            <source>Strategy paper</source>
            <translation>Strategiepapier</translation>
        </message>
    </context>
    <context>
        <name>ReportPeriod</name>
        <message>
            <source>1st half of {year}</source>
            <translation>1. Halbjahr {year}</translation>
        </message>
        <message>
            <source>2nd half of {year}</source>
            <translation>2. Halbjahr {year}</translation>
        </message>
    </context>
    <context>
        <name>ReportSections</name>
        <message>
            <source>Results per dimension</source>
            <translation>Ergebnisse je Dimension</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>Where views differ</source>
            <translation>Wo die Sichtweisen auseinandergehen</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Leadership and staff</source>
            <translation>Leitung und Mitarbeitende</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Im Zeitverlauf</translation>
        </message>
        <message>
            <source>How to read this report</source>
            <translation>So lesen Sie diesen Bericht</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Since the last report</source>
            <translation>Seit dem letzten Bericht</translation>
        </message>
        <message>
            <source>Digital maturity</source>
            <translation>Digitaler Reifegrad</translation>
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
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>Decisions needed</source>
            <translation>Offene Entscheidungen</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>The 12 steps</source>
            <translation>Die 12 Schritte</translation>
        </message>
        <message>
            <source>Tasks and milestones</source>
            <translation>Aufgaben und Meilensteine</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Success metrics</source>
            <translation>Erfolgskennzahlen</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Procurement</source>
            <translation>Beschaffung</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Schulungen</translation>
        </message>
        <message>
            <source>Policy checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>PDCA cycles</source>
            <translation>PDCA-Zyklen</translation>
        </message>
        <message>
            <source>Lessons learned and documents</source>
            <translation>Erkenntnisse und Dokumente</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>Goals and indicators</source>
            <translation>Ziele und Indikatoren</translation>
        </message>
        <message>
            <source>Indicator charts</source>
            <translation>Diagramme der Indikatoren</translation>
        </message>
        <message>
            <source>Goals and measures</source>
            <translation>Ziele und Maßnahmen</translation>
        </message>
        <message>
            <source>Digital team</source>
            <translation>Digitalteam</translation>
        </message>
        <message>
            <source>Communication plan</source>
            <translation>Kommunikationsplan</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Reports bring the results together as PDF files to print or pass on: for the board, for the team or for a funder. Every report except the blank questionnaire is kept below, so that you can open, save or print it again later; the next board report compares its key figures with the last one.</source>
            <translation>Berichte fassen die Ergebnisse als PDF-Dateien zum Ausdrucken oder Weitergeben zusammen: für den Vorstand, für das Team oder für Geldgebende. Jeder Bericht außer dem leeren Fragebogen wird unten aufbewahrt, damit Sie ihn später wieder öffnen, speichern oder drucken können; der nächste Vorstandsbericht vergleicht seine Kennzahlen mit dem letzten.</translation>
        </message>
        <message>
            <source>Kept reports</source>
            <translation>Gespeicherte Berichte</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Period or subject</source>
            <translation>Zeitraum oder Gegenstand</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>key figures only</source>
            <translation>nur Kennzahlen</translation>
        </message>
        <message>
            <source>No reports kept yet. Every report you create appears here.</source>
            <translation>Noch keine Berichte gespeichert. Jeder Bericht, den Sie erstellen, erscheint hier.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Als PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>D&amp;rucken…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>For the board: where the organisation stands, the strategy, the measures with budget and traffic lights, risks and the decisions needed.</source>
            <translation>Für den Vorstand: wo die Organisation steht, die Strategie, die Maßnahmen mit Budget und Ampel, Risiken und anstehende Entscheidungen.</translation>
        </message>
        <message>
            <source>The results of one completed Digitalisierungscheck with findings and recommendations.</source>
            <translation>Die Ergebnisse eines abgeschlossenen Digitalisierungschecks mit Befunden und Empfehlungen.</translation>
        </message>
        <message>
            <source>A profile of one measure: aim, steps, budget, success metrics and risks.</source>
            <translation>Der Steckbrief einer Maßnahme: Ziel, Schritte, Budget, Erfolgskennzahlen und Risiken.</translation>
        </message>
        <message>
            <source>The strategy paper: vision, Leitbild, goals with indicators, the digital team and the communication plan.</source>
            <translation>Das Strategiepapier: Vision, Leitbild, Ziele mit Indikatoren, das Digitalteam und der Kommunikationsplan.</translation>
        </message>
        <message>
            <source>The questions of the check as a blank form to fill in on paper.</source>
            <translation>Die Fragen des Checks als leerer Bogen zum Ausfüllen auf Papier.</translation>
        </message>
        <message>
            <source>Create…</source>
            <translation>Erstellen…</translation>
        </message>
        <message>
            <source>Create {report}</source>
            <translation>{report} erstellen</translation>
        </message>
        <message>
            <source>Delete the report “{report}” of {date} for good?</source>
            <translation>Den Bericht „{report}“ vom {date} endgültig löschen?</translation>
        </message>
        <message>
            <source>If it is the latest board report, the next one compares its key figures with the one before.</source>
            <translation>Ist es der neueste Vorstandsbericht, vergleicht der nächste seine Kennzahlen mit dem davor.</translation>
        </message>
        <message>
            <source>Delete report</source>
            <translation>Bericht löschen</translation>
        </message>
    </context>
    <context>
        <name>RespondentsTab</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine Angabe)</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonym</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>{answered} of {total}</source>
            <translation>{answered} von {total}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>&amp;Start survey…</source>
            <translation>Be&amp;fragung starten…</translation>
        </message>
        <message>
            <source>The selected person answers the questions on this computer</source>
            <translation>Die ausgewählte Person beantwortet die Fragen an diesem Computer</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>Befragte Personen</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>Neue Pers&amp;on…</translation>
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
            <source>Everyone who answers gets an answer sheet here, one after another, on this computer. Answers are anonymous unless you enter a name; area and level are used to compare views.</source>
            <translation>Jede Person, die antwortet, erhält hier einen Antwortbogen – eine nach der anderen, an diesem Computer. Die Antworten bleiben anonym, solange Sie keinen Namen eingeben; mit Bereich und Ebene werden die Sichtweisen verglichen.</translation>
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
            <source>leave empty to stay anonymous</source>
            <translation>leer lassen, um anonym zu bleiben</translation>
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
            <source>&amp;Name (optional):</source>
            <translation>&amp;Name (optional):</translation>
        </message>
        <message>
            <source>Start the survey for this person right away</source>
            <translation>Befragung für diese Person sofort starten</translation>
        </message>
        <message>
            <source>&amp;Survey:</source>
            <translation>Be&amp;fragung:</translation>
        </message>
        <message>
            <source>New answer sheet</source>
            <translation>Neuer Antwortbogen</translation>
        </message>
        <message>
            <source>Add answer sheet</source>
            <translation>Antwortbogen hinzufügen</translation>
        </message>
        <message>
            <source>Edit answer sheet</source>
            <translation>Antwortbogen bearbeiten</translation>
        </message>
        <message>
            <source>Delete answer sheet</source>
            <translation>Antwortbogen löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete the answer sheet of person {number} with %n answer(s)? It goes to the trash; Ctrl+Z brings it back.</source>
            <translation>
                <numerusform>Den Antwortbogen von Person {number} mit %n Antwort löschen? Er kommt in den Papierkorb; Strg+Z holt ihn zurück.</numerusform>
                <numerusform>Den Antwortbogen von Person {number} mit %n Antworten löschen? Er kommt in den Papierkorb; Strg+Z holt ihn zurück.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. Everything entered after it will be replaced; the current state is backed up first, so a restore can itself be undone by restoring that backup.</source>
            <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Alles, was danach eingegeben wurde, wird ersetzt. Der aktuelle Stand wird vorher gesichert, sodass sich auch eine Wiederherstellung rückgängig machen lässt, indem Sie diese Sicherung wiederherstellen.</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>There are no backups of this database yet.</source>
            <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>Von Hand</translation>
        </message>
        <message>
            <source>Automatically while working</source>
            <translation>Automatisch während der Arbeit</translation>
        </message>
        <message>
            <source>When the program closed</source>
            <translation>Beim Beenden des Programms</translation>
        </message>
        <message>
            <source>Before the database was updated</source>
            <translation>Vor der Aktualisierung der Datenbank</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Vor einem Import</translation>
        </message>
        <message>
            <source>Before a repair</source>
            <translation>Vor einer Reparatur</translation>
        </message>
        <message>
            <source>Backup folder: {folder}</source>
            <translation>Ordner für Sicherungen: {folder}</translation>
        </message>
        <message>
            <source>Go back to the backup of {when}? Everything entered since then will be replaced by the state of the backup.

The current state is backed up first, so nothing is lost.</source>
            <translation>Zur Sicherung vom {when} zurückkehren? Alles, was seitdem eingegeben wurde, wird durch den Stand der Sicherung ersetzt.

Der aktuelle Stand wird vorher gesichert, es geht also nichts verloren.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Restored the backup of {when}; the state before is in {path}</source>
            <translation>Sicherung vom {when} wiederhergestellt; der vorherige Stand ist gesichert in {path}</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Overall index</source>
            <translation>Gesamtindex</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Gap to target</source>
            <translation>Abstand zum Ziel</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>Weiß nicht</translation>
        </message>
        <message>
            <source>Views differ</source>
            <translation>Abweichende Sichtweisen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Results per dimension</source>
            <translation>Ergebnisse je Dimension</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>All values in the charts are also listed in the tables on the Results tab.</source>
            <translation>Alle Werte aus den Diagrammen stehen auch in den Tabellen auf der Registerkarte „Ergebnisse“.</translation>
        </message>
        <message>
            <source>Create a &amp;measure from a finding…</source>
            <translation>&amp;Maßnahme aus einem Befund anlegen…</translation>
        </message>
        <message>
            <source>Create a m&amp;easure from a recommendation…</source>
            <translation>Maßnahme aus einer &amp;Empfehlung anlegen…</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>Where views differ</source>
            <translation>Wo die Sichtweisen auseinandergehen</translation>
        </message>
        <message>
            <source>Areas and levels</source>
            <translation>Bereiche und Ebenen</translation>
        </message>
        <message>
            <source>Results by area and level</source>
            <translation>Ergebnisse nach Bereich und Ebene</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>No answers yet. Add answer sheets on the tab “Answer sheets” and let colleagues answer; the results appear here.</source>
            <translation>Noch keine Antworten. Legen Sie auf der Registerkarte „Antwortbögen“ Antwortbögen an und lassen Sie Ihre Kolleginnen und Kollegen antworten; die Ergebnisse erscheinen dann hier.</translation>
        </message>
        <message>
            <source>Stage: {band}</source>
            <translation>Stufe: {band}</translation>
        </message>
        <message numerus="yes">
            <source>%n answer sheet(s)</source>
            <translation>
                <numerusform>%n Antwortbogen</numerusform>
                <numerusform>%n Antwortbögen</numerusform>
            </translation>
        </message>
        <message>
            <source>“Don't know”: {share}</source>
            <translation>„Weiß nicht“: {share}</translation>
        </message>
        <message>
            <source>On these questions colleagues see the organisation differently, the most important first. Talk about them: the difference itself is a result.</source>
            <translation>Bei diesen Fragen sehen Kolleginnen und Kollegen die Organisation unterschiedlich, die wichtigsten zuerst. Sprechen Sie darüber: Schon der Unterschied ist ein Ergebnis.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more question(s) where answers differ.</source>
            <translation>
                <numerusform>… und %n weitere Frage mit unterschiedlichen Antworten.</numerusform>
                <numerusform>… und %n weitere Fragen mit unterschiedlichen Antworten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Change since “{title}”: {change} points</source>
            <translation>Veränderung seit „{title}“: {change} Punkte</translation>
        </message>
        <message>
            <source>Findings are derived once the check is completed, so that they rest on all answers.</source>
            <translation>Befunde werden abgeleitet, sobald der Check abgeschlossen ist, damit sie auf allen Antworten beruhen.</translation>
        </message>
        <message>
            <source>No typical weak spot stands out in the data so far.</source>
            <translation>In den bisherigen Daten fällt keine typische Schwachstelle auf.</translation>
        </message>
        <message>
            <source>Why we say this:</source>
            <translation>Woran wir das erkennen:</translation>
        </message>
        <message>
            <source>Once answers are in, the most urgent questions appear here.</source>
            <translation>Sobald Antworten vorliegen, erscheinen hier die dringendsten Fragen.</translation>
        </message>
        <message>
            <source>now: {level}, importance: {relevance}</source>
            <translation>jetzt: {level}, Wichtigkeit: {relevance}</translation>
        </message>
        <message>
            <source>Next step:</source>
            <translation>Nächster Schritt:</translation>
        </message>
        <message>
            <source>These questions matter most and are furthest from “firmly established”:</source>
            <translation>Diese Fragen sind am wichtigsten und am weitesten von „fest etabliert“ entfernt:</translation>
        </message>
        <message>
            <source>The answers agree well; no question stands out.</source>
            <translation>Die Antworten stimmen weitgehend überein; keine Frage fällt auf.</translation>
        </message>
        <message>
            <source>answers differ by {spread} levels</source>
            <translation>Antworten liegen {spread} Stufen auseinander</translation>
        </message>
        <message>
            <source>leadership {lead}, staff {staff}</source>
            <translation>Leitung {lead}, Mitarbeitende {staff}</translation>
        </message>
        <message>
            <source>Groups with fewer than {n} answer sheets are not shown, so that nobody's answers can be identified.</source>
            <translation>Gruppen mit weniger als {n} Antwortbögen werden nicht angezeigt, damit sich keine Antworten einzelnen Personen zuordnen lassen.</translation>
        </message>
        <message>
            <source>Area: {name}</source>
            <translation>Bereich: {name}</translation>
        </message>
        <message>
            <source>Level: {name}</source>
            <translation>Ebene: {name}</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Recommendations follow from the findings once the check is completed.</source>
            <translation>Empfehlungen ergeben sich aus den Befunden, sobald der Check abgeschlossen ist.</translation>
        </message>
        <message>
            <source>No recommendation yet.</source>
            <translation>Noch keine Empfehlung.</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>New database and migrations</source>
            <translation>Neue Datenbank und Migrationen</translation>
        </message>
        <message>
            <source>Demo organisation</source>
            <translation>Demo-Organisation</translation>
        </message>
        <message>
            <source>Board report (PDF, pages)</source>
            <translation>Vorstandsbericht (PDF, Seiten)</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Berichtsvorschau</translation>
        </message>
        <message>
            <source>Excel export</source>
            <translation>Excel-Export</translation>
        </message>
        <message>
            <source>Translations</source>
            <translation>Übersetzungen</translation>
        </message>
        <message>
            <source>Database check (problems)</source>
            <translation>Datenbankprüfung (Probleme)</translation>
        </message>
        <message>
            <source>Program window (pages)</source>
            <translation>Programmfenster (Seiten)</translation>
        </message>
    </context>
    <context>
        <name>SelfTestDialog</name>
        <message>
            <source>Check the installation</source>
            <translation>Installation prüfen</translation>
        </message>
        <message>
            <source>DigiWandel now tries once everything it needs: a new database, the demo organisation, a board report and its preview, an Excel file, the translations and the database check. This happens in a temporary folder; your database and your settings are not touched.</source>
            <translation>DigiWandel probiert jetzt einmal alles aus, was es braucht: eine neue Datenbank, die Demo-Organisation, einen Vorstandsbericht mit Vorschau, eine Excel-Datei, die Übersetzungen und die Datenbankprüfung. Das geschieht in einem temporären Ordner; Ihre Datenbank und Ihre Einstellungen bleiben unberührt.</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Erledigte Schritte</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>Steps of the check</source>
            <translation>Schritte der Prüfung</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>&amp;Copy the result</source>
            <translation>Ergebnis &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Failed: {error}</source>
            <translation>Fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>OK ({detail})</source>
            <translation>In Ordnung ({detail})</translation>
        </message>
        <message>
            <source>Everything works. This installation is in order.</source>
            <translation>Alles funktioniert. Diese Installation ist in Ordnung.</translation>
        </message>
        <message>
            <source>A step failed, so the installation is incomplete or damaged. Install DigiWandel again (your data stays); if that does not help, copy the result and send it to whoever helps you with the computer.</source>
            <translation>Ein Schritt ist fehlgeschlagen, die Installation ist also unvollständig oder beschädigt. Installieren Sie DigiWandel neu (Ihre Daten bleiben erhalten); hilft das nicht, kopieren Sie das Ergebnis und schicken Sie es der Person, die Ihnen mit dem Computer hilft.</translation>
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
            <source>Results of an area or level (such as leadership) with fewer answer sheets than this are not shown: not on screen, in reports or in exported tables. Their answers still count in the overall result; a check with fewer sheets in total says that its results are not anonymous. Reports made earlier stay as they were. Backups and File → Export organisation contain all answer sheets. This setting is stored with the organisation's data.</source>
            <translation>Ergebnisse eines Bereichs oder einer Ebene (etwa der Leitung) mit weniger Antwortbögen werden nicht gezeigt: weder am Bildschirm noch in Berichten oder exportierten Tabellen. Ihre Antworten zählen im Gesamtergebnis mit; hat ein Check insgesamt weniger Antwortbögen, weist er darauf hin, dass seine Ergebnisse nicht anonym sind. Bereits erstellte Berichte bleiben, wie sie sind. Sicherungen und Datei → Exportieren (JSON) enthalten alle Antwortbögen. Diese Einstellung wird mit den Daten der Organisation gespeichert.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Ordner für Sicherungen</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <translation>Ä&amp;ndern…</translation>
        </message>
        <message>
            <source>Beside the &amp;database</source>
            <translation>Neben der &amp;Datenbank</translation>
        </message>
        <message>
            <source>DigiWandel backs up the database when it closes, every 30 minutes while data changes, before updates, imports and restores, and with File → Back up now. It keeps every backup of the last 24 hours (at most 10), one a day for two weeks, one a week for two months and one a month for a year. This folder is a setting of this computer.</source>
            <translation>DigiWandel sichert die Datenbank beim Beenden, alle 30 Minuten, während sich Daten ändern, vor Aktualisierungen, Importen und Wiederherstellungen sowie mit Datei → Jetzt sichern. Aufbewahrt werden alle Sicherungen der letzten 24 Stunden (höchstens 10), zwei Wochen lang eine pro Tag, zwei Monate lang eine pro Woche und ein Jahr lang eine pro Monat. Dieser Ordner wird nur auf diesem Computer eingestellt.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Ordner:</translation>
        </message>
        <message>
            <source>a “backups” folder beside the database</source>
            <translation>ein Ordner „backups“ neben der Datenbank</translation>
        </message>
        <message>
            <source>Folder for backups</source>
            <translation>Ordner für Sicherungen</translation>
        </message>
    </context>
    <context>
        <name>StepListModel</name>
        <message>
            <source>overdue since {date}</source>
            <translation>überfällig seit {date}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>fällig am {date}</translation>
        </message>
        <message>
            <source>, current step</source>
            <translation>, aktueller Schritt</translation>
        </message>
        <message>
            <source>Step {number}: {title}, {status}{current}</source>
            <translation>Schritt {number}: {title}, {status}{current}</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Write down who you are and where you want to go: identity, a digital strategy with measurable goals, the digital team and how you communicate. The board adopts a version; the next one starts as a copy.</source>
            <translation>Halten Sie fest, wer Sie sind und wohin Sie wollen: Identität, eine Digitalstrategie mit messbaren Zielen, das Digitalteam und Ihre Kommunikation. Der Vorstand beschließt eine Fassung; die nächste beginnt als Kopie.</translation>
        </message>
        <message>
            <source>Strategy versio&amp;n:</source>
            <translation>Strategie&amp;fassung:</translation>
        </message>
        <message>
            <source>Strategy sections</source>
            <translation>Abschnitte der Strategie</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>beschlossen</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>No strategy yet: start with the tab “Versions”.</source>
            <translation>Noch keine Strategie: Beginnen Sie auf der Registerkarte „Fassungen“.</translation>
        </message>
        <message>
            <source>Adopted: goals and indicators are fixed. Measurements, the team and the communication plan can still be recorded.</source>
            <translation>Beschlossen: Ziele und Indikatoren stehen fest. Messwerte, Digitalteam und Kommunikationsplan können weiter gepflegt werden.</translation>
        </message>
        <message>
            <source>Archived: this version can no longer be changed.</source>
            <translation>Archiviert: Diese Fassung kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>Draft: changes are saved at once.</source>
            <translation>Entwurf: Änderungen werden sofort gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Identity</source>
            <translation>&amp;Identität</translation>
        </message>
        <message>
            <source>&amp;Versions</source>
            <translation>Fa&amp;ssungen</translation>
        </message>
        <message>
            <source>&amp;Goals and indicators</source>
            <translation>&amp;Ziele und Indikatoren</translation>
        </message>
        <message>
            <source>A&amp;lignment</source>
            <translation>Abg&amp;leich</translation>
        </message>
        <message>
            <source>Digital &amp;team</source>
            <translation>Digital&amp;team</translation>
        </message>
        <message>
            <source>&amp;Communication</source>
            <translation>&amp;Kommunikation</translation>
        </message>
    </context>
    <context>
        <name>StrategyReport</name>
        <message>
            <source>yes (reached)</source>
            <extracomment>A coverage table wider than this many levels would not fit the page; the gaps say it all.</extracomment>
            <translation>ja (erreicht)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>{value} on {date}</source>
            <translation>{value} am {date}</translation>
        </message>
        <message>
            <source>{low} to {high} {unit}</source>
            <translation>{low} bis {high} {unit}</translation>
        </message>
        <message>
            <source>{value} by {date}</source>
            <translation>{value} bis {date}</translation>
        </message>
        <message>
            <source>adopted on {date} by {body}</source>
            <translation>beschlossen am {date} durch {body}</translation>
        </message>
        <message>
            <source>(resolution {ref})</source>
            <translation>(Beschluss {ref})</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>draft, not yet adopted</source>
            <translation>Entwurf, noch nicht beschlossen</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>ab {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>bis {date}</translation>
        </message>
        <message>
            <source>{sign} {date} (overdue)</source>
            <translation>{sign} {date} (überfällig)</translation>
        </message>
        <message>
            <source>The strategy at a glance</source>
            <translation>Die Strategie auf einen Blick</translation>
        </message>
        <message>
            <source>No strategy version has been written down yet. A version holds the goals, the digital team and the communication plan; it is started on the Strategy page.</source>
            <translation>Es ist noch keine Strategiefassung angelegt. Eine Fassung enthält die Ziele, das Digitalteam und den Kommunikationsplan; sie wird auf der Seite „Strategie“ begonnen.</translation>
        </message>
        <message>
            <source>strategic goals</source>
            <translation>strategische Ziele</translation>
        </message>
        <message>
            <source>indicators</source>
            <translation>Indikatoren</translation>
        </message>
        <message>
            <source>measures serving the goals</source>
            <translation>Maßnahmen tragen zu den Zielen bei</translation>
        </message>
        <message>
            <source>in the digital team</source>
            <translation>im Digitalteam</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Fassung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Based on</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>{sign} The review of this strategy was due on {date}. Check goals, indicators and measures with the digital team and set the next date.</source>
            <translation>{sign} Die Überprüfung dieser Strategie war am {date} fällig. Prüfen Sie Ziele, Indikatoren und Maßnahmen mit dem Digitalteam und legen Sie den nächsten Termin fest.</translation>
        </message>
        <message>
            <source>This paper shows the draft being worked on. Until the board adopts it, “{title}” remains in force ({status}).</source>
            <translation>Dieses Papier zeigt den Entwurf, an dem gearbeitet wird. Bis der Vorstand ihn beschließt, gilt weiter „{title}“ ({status}).</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Principles</source>
            <translation>Grundsätze</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>Leitbild (mission statement)</source>
            <translation>Leitbild</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>No vision, Leitbild or values written down yet.</source>
            <translation>Vision, Leitbild und Werte sind noch nicht aufgeschrieben.</translation>
        </message>
        <message>
            <source>Who the organisation is and wants to be, and what digitalisation changes about it.</source>
            <translation>Wer die Organisation ist und sein will, und was die Digitalisierung daran ändert.</translation>
        </message>
        <message>
            <source>What digitalisation changes: {note}</source>
            <translation>Was die Digitalisierung ändert: {note}</translation>
        </message>
        <message>
            <source>Overarching goals (Oberziele)</source>
            <translation>Oberziele</translation>
        </message>
        <message>
            <source>No overarching goals written down yet.</source>
            <translation>Noch keine Oberziele aufgeschrieben.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Overarching goal</source>
            <translation>Oberziel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>What digitalisation changes</source>
            <translation>Was die Digitalisierung ändert</translation>
        </message>
        <message>
            <source>Goals and indicators</source>
            <translation>Ziele und Indikatoren</translation>
        </message>
        <message>
            <source>There is no strategy version yet, so there are no goals.</source>
            <translation>Es gibt noch keine Strategiefassung und damit keine Ziele.</translation>
        </message>
        <message>
            <source>This version has no goals yet.</source>
            <translation>Diese Fassung hat noch keine Ziele.</translation>
        </message>
        <message>
            <source>Each goal is measured by its indicators; progress is calculated from their measurements, never typed in. The impact level places a goal on the impact ladder (Wirkungstreppe): steps 1–3 are output, 4–6 outcome, 7 impact.</source>
            <translation>Jedes Ziel wird an seinen Indikatoren gemessen; der Fortschritt wird aus deren Messwerten berechnet, nie eingetippt. Die Wirkungsstufe ordnet ein Ziel auf der Wirkungstreppe ein: Stufe 1–3 sind Output, 4–6 Outcome, 7 Impact.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Impact level</source>
            <translation>Wirkungsstufe</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Goal {number}: {title}</source>
            <translation>Ziel {number}: {title}</translation>
        </message>
        <message>
            <source>Overarching goal: {title}</source>
            <translation>Oberziel: {title}</translation>
        </message>
        <message>
            <source>Impact level: {level}</source>
            <translation>Wirkungsstufe: {level}</translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) serve it</source>
            <translation>
                <numerusform>%n Maßnahme trägt dazu bei</numerusform>
                <numerusform>%n Maßnahmen tragen dazu bei</numerusform>
            </translation>
        </message>
        <message>
            <source>No indicator defined for this goal yet.</source>
            <translation>Für dieses Ziel ist noch kein Indikator festgelegt.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Starting value</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Neuester Wert</translation>
        </message>
        <message>
            <source>No measurement yet</source>
            <translation>Noch kein Messwert</translation>
        </message>
        <message>
            <source>Latest value {value} on {date}</source>
            <translation>Neuester Wert {value} am {date}</translation>
        </message>
        <message>
            <source>target {target}</source>
            <translation>Zielwert {target}</translation>
        </message>
        <message>
            <source>progress cannot be calculated yet</source>
            <translation>Fortschritt noch nicht berechenbar</translation>
        </message>
        <message>
            <source>progress {progress}</source>
            <translation>Fortschritt {progress}</translation>
        </message>
        <message>
            <source>Goals and measures</source>
            <translation>Ziele und Maßnahmen</translation>
        </message>
        <message>
            <source>There are no goals yet, so nothing is aligned.</source>
            <translation>Es gibt noch keine Ziele, also ist noch nichts abgeglichen.</translation>
        </message>
        <message>
            <source>No measures recorded yet.</source>
            <translation>Noch keine Maßnahmen erfasst.</translation>
        </message>
        <message>
            <source>Which measures serve which goal, and how. A goal without a measure will not move; a measure without a goal needs a reason.</source>
            <translation>Welche Maßnahmen zu welchem Ziel beitragen, und wie. Ein Ziel ohne Maßnahme bewegt sich nicht; eine Maßnahme ohne Ziel braucht eine Begründung.</translation>
        </message>
        <message>
            <source>no measure yet</source>
            <translation>noch keine Maßnahme</translation>
        </message>
        <message>
            <source>Measures serving it</source>
            <translation>Maßnahmen, die dazu beitragen</translation>
        </message>
        <message>
            <source>Goals without any measure: {names}</source>
            <translation>Ziele ohne Maßnahme: {names}</translation>
        </message>
        <message>
            <source>Measures without any goal of this version: {names}</source>
            <translation>Maßnahmen ohne Ziel dieser Fassung: {names}</translation>
        </message>
        <message>
            <source>Every goal has a measure and every measure serves a goal.</source>
            <translation>Jedes Ziel hat eine Maßnahme, und jede Maßnahme trägt zu einem Ziel bei.</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>sponsor</source>
            <translation>Pat*in</translation>
        </message>
        <message>
            <source>Digital team</source>
            <translation>Digitalteam</translation>
        </message>
        <message>
            <source>There is no strategy version yet, so no team.</source>
            <translation>Es gibt noch keine Strategiefassung und damit kein Team.</translation>
        </message>
        <message>
            <source>Nobody is in the digital team yet.</source>
            <translation>Im Digitalteam ist noch niemand.</translation>
        </message>
        <message>
            <source>The digital team steers the strategy; people from every area and level, volunteers included, bring in their view.</source>
            <translation>Das Digitalteam steuert die Strategie; Menschen aus allen Bereichen und Ebenen, Ehrenamtliche eingeschlossen, bringen ihre Sicht ein.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
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
            <source>The digital team covers every area and every level and has a lead.</source>
            <translation>Im Digitalteam sind alle Bereiche und Ebenen vertreten, und es hat eine Leitung.</translation>
        </message>
        <message>
            <source>(no area recorded)</source>
            <translation>(kein Bereich erfasst)</translation>
        </message>
        <message>
            <source>(no level recorded)</source>
            <translation>(keine Ebene erfasst)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Members by area and level</source>
            <translation>Mitglieder nach Bereich und Ebene</translation>
        </message>
        <message>
            <source>The team has no lead.</source>
            <translation>Das Team hat keine Leitung.</translation>
        </message>
        <message>
            <source>The area “{name}” is not represented in the digital team.</source>
            <translation>Der Bereich „{name}“ ist im Digitalteam nicht vertreten.</translation>
        </message>
        <message>
            <source>No volunteer is in the digital team.</source>
            <translation>Im Digitalteam ist keine ehrenamtliche Person.</translation>
        </message>
        <message>
            <source>The level “{name}” is not represented in the digital team.</source>
            <translation>Die Ebene „{name}“ ist im Digitalteam nicht vertreten.</translation>
        </message>
        <message>
            <source>inform</source>
            <translation>informieren</translation>
        </message>
        <message>
            <source>involve</source>
            <translation>beteiligen</translation>
        </message>
        <message>
            <source>decide</source>
            <translation>entscheiden</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>kein Termin</translation>
        </message>
        <message>
            <source>{frequency}, next on {date}</source>
            <translation>{frequency}, nächster Termin {date}</translation>
        </message>
        <message>
            <source>Communication plan</source>
            <translation>Kommunikationsplan</translation>
        </message>
        <message>
            <source>There is no strategy version yet, so no plan.</source>
            <translation>Es gibt noch keine Strategiefassung und damit keinen Plan.</translation>
        </message>
        <message>
            <source>No communication planned yet.</source>
            <translation>Noch keine Kommunikation geplant.</translation>
        </message>
        <message numerus="yes">
            <source>Who hears what, when and how: %n entry(s)</source>
            <translation>
                <numerusform>Wer erfährt was, wann und wie: %n Eintrag</numerusform>
                <numerusform>Wer erfährt was, wann und wie: %n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them overdue</source>
            <translation>
                <numerusform>davon %n überfällig</numerusform>
                <numerusform>davon %n überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>for the measure “{title}”</source>
            <translation>für die Maßnahme „{title}“</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>When and how</source>
            <translation>Wann und wie</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Key message</source>
            <translation>Kernbotschaft</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
    </context>
    <context>
        <name>StrategyTexts</name>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Bearbeitung</translation>
        </message>
        <message>
            <source>achieved</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>aufgegeben</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>monatlich</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>vierteljährlich</translation>
        </message>
        <message>
            <source>half-yearly</source>
            <translation>halbjährlich</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>jährlich</translation>
        </message>
        <message>
            <source>once</source>
            <translation>einmalig</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>höher ist besser</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>niedriger ist besser</translation>
        </message>
        <message>
            <source>within range</source>
            <translation>innerhalb eines Bereichs</translation>
        </message>
        <message>
            <source>number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>ja/nein</translation>
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <source>Survey – person {number}</source>
            <translation>Befragung – Person {number}</translation>
        </message>
        <message>
            <source>Dimensions</source>
            <translation>Dimensionen</translation>
        </message>
        <message>
            <source>Keys: {keys}</source>
            <translation>Tasten: {keys}</translation>
        </message>
        <message>
            <source>optional, e.g. an example or a doubt</source>
            <translation>optional, z. B. ein Beispiel oder ein Zweifel</translation>
        </message>
        <message>
            <source>How &amp;important is this for us?</source>
            <translation>Wie wichti&amp;g ist das für uns?</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>%v of %m questions answered</source>
            <translation>%v von %m Fragen beantwortet</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Close the survey; all answers are saved and you can continue later</source>
            <translation>Befragung schließen; alle Antworten sind gespeichert, und Sie können später weitermachen</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>Abschl&amp;ießen</translation>
        </message>
        <message>
            <source>Choose the statement that honestly describes your organisation today. Answers are saved at once; other people's answers are not shown.</source>
            <translation>Wählen Sie die Aussage, die Ihre Organisation heute ehrlich beschreibt. Antworten werden sofort gespeichert; die Antworten anderer Personen werden nicht angezeigt.</translation>
        </message>
        <message>
            <source>Thank you – your answers are saved.</source>
            <translation>Vielen Dank – Ihre Antworten sind gespeichert.</translation>
        </message>
        <message>
            <source>This answer sheet is finished. Please hand the computer back to the person who runs the survey.</source>
            <translation>Dieser Antwortbogen ist fertig. Bitte geben Sie den Computer an die Person zurück, die die Befragung durchführt.</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Dimension {d} of {d_total} · question {q} of {q_total}</source>
            <translation>Dimension {d} von {d_total} · Frage {q} von {q_total}</translation>
        </message>
        <message>
            <source>The answer shown now is the stored one; choose again to replace it.</source>
            <translation>Angezeigt ist jetzt die gespeicherte Antwort; wählen Sie erneut, um sie zu ersetzen.</translation>
        </message>
        <message>
            <source>Questions not answered</source>
            <translation>Unbeantwortete Fragen</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) of this sheet are not answered yet. Finish the sheet anyway?</source>
            <translation>
                <numerusform>%n Frage dieses Bogens ist noch nicht beantwortet. Den Bogen trotzdem abschließen?</numerusform>
                <numerusform>%n Fragen dieses Bogens sind noch nicht beantwortet. Den Bogen trotzdem abschließen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Finish anyway</source>
            <translation>Trotzdem abschließen</translation>
        </message>
        <message>
            <source>Keep answering</source>
            <translation>Weiter beantworten</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, semicolon-separated (*.csv)</source>
            <translation>CSV, durch Semikolon getrennt (*.csv)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>{path} could not be written. If the file is open in Excel or another program, close it there and export again; otherwise choose a folder in which you may save files.</source>
            <translation>{path} konnte nicht gespeichert werden. Ist die Datei in Excel oder einem anderen Programm geöffnet, schließen Sie sie dort und exportieren Sie erneut; andernfalls wählen Sie einen Ordner, in dem Sie Dateien speichern dürfen.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>{path} konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Tabelle exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to {path}</source>
            <translation>
                <numerusform>%n Zeile nach {path} exportiert</numerusform>
                <numerusform>%n Zeilen nach {path} exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>E&amp;xport table…</source>
            <translation>Tabelle e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Save the table as shown as an Excel workbook or a CSV file</source>
            <translation>Die Tabelle so, wie sie angezeigt wird, als Excel-Arbeitsmappe oder CSV-Datei speichern</translation>
        </message>
        <message>
            <source>Export “{table}”</source>
            <translation>„{table}“ exportieren</translation>
        </message>
        <message>
            <source>Export table…</source>
            <translation>Tabelle exportieren…</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Result now</source>
            <translation>Aktuelles Ergebnis</translation>
        </message>
        <message>
            <source>Target in 12 months (%)</source>
            <translation>Ziel in 12 Monaten (%)</translation>
        </message>
        <message>
            <source>Please enter a number from 0 to 100.</source>
            <translation>Bitte geben Sie eine Zahl von 0 bis 100 ein.</translation>
        </message>
        <message>
            <source>Your entry “{entry}” was not saved; type it again to put it in place of the target shown now.</source>
            <translation>Ihre Eingabe „{entry}“ wurde nicht gespeichert; geben Sie sie erneut ein, um das jetzt angezeigte Ziel zu ersetzen.</translation>
        </message>
        <message>
            <source>Where do you want to be in twelve months? Enter a target per dimension; the results show the gap. A new assessment takes over the last targets.</source>
            <translation>Wo möchten Sie in zwölf Monaten stehen? Geben Sie je Dimension ein Ziel ein; die Ergebnisse zeigen den Abstand dazu. Eine neue Erhebung übernimmt die zuletzt gesetzten Ziele.</translation>
        </message>
        <message>
            <source>Targets per dimension</source>
            <translation>Ziele je Dimension</translation>
        </message>
        <message>
            <source>Change target</source>
            <translation>Ziel ändern</translation>
        </message>
    </context>
    <context>
        <name>TeamTab</name>
        <message>
            <source>The digital team carries the change. It works best when every area and every level, volunteers included, has someone in it, and one person leads.</source>
            <translation>Das Digitalteam trägt den Wandel. Es arbeitet am besten, wenn jeder Bereich und jede Ebene – Ehrenamtliche eingeschlossen – darin vertreten ist und eine Person die Leitung hat.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
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
            <source>Members of the digital team</source>
            <translation>Mitglieder des Digitalteams</translation>
        </message>
        <message>
            <source>&amp;New member…</source>
            <translation>&amp;Neues Mitglied…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>&amp;Rolle ändern…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Entfernen…</translation>
        </message>
        <message>
            <source>Team members by area and level</source>
            <translation>Teammitglieder nach Bereich und Ebene</translation>
        </message>
        <message>
            <source>Who is represented: members by area and level</source>
            <translation>Wer vertreten ist: Mitglieder nach Bereich und Ebene</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>sponsor</source>
            <translation>Pat*in</translation>
        </message>
        <message>
            <source>There is no strategy version yet. Start one in the tab “Versions”.</source>
            <translation>Es gibt noch keine Strategiefassung. Legen Sie eine im Reiter „Fassungen“ an.</translation>
        </message>
        <message>
            <source>This version is archived, so its team can no longer be changed.</source>
            <translation>Diese Strategiefassung ist archiviert; ihr Team kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>Nobody is in the digital team yet.</source>
            <translation>Im Digitalteam ist noch niemand.</translation>
        </message>
        <message>
            <source>The team has no lead.</source>
            <translation>Das Team hat keine Leitung.</translation>
        </message>
        <message>
            <source>The area “{name}” is not represented in the digital team.</source>
            <translation>Der Bereich „{name}“ ist im Digitalteam nicht vertreten.</translation>
        </message>
        <message>
            <source>No volunteer is in the digital team.</source>
            <translation>Im Digitalteam ist keine ehrenamtliche Person.</translation>
        </message>
        <message>
            <source>The level “{name}” is not represented in the digital team.</source>
            <translation>Die Ebene „{name}“ ist im Digitalteam nicht vertreten.</translation>
        </message>
        <message>
            <source>The digital team covers every area and every level and has a lead.</source>
            <translation>Im Digitalteam sind alle Bereiche und Ebenen vertreten, und es hat eine Leitung.</translation>
        </message>
        <message>
            <source>Everyone recorded on the page “Organisation” is already in the team. Record more persons there first.</source>
            <translation>Alle auf der Seite „Organisation“ erfassten Personen sind bereits im Team. Erfassen Sie dort zuerst weitere Personen.</translation>
        </message>
        <message>
            <source>New member of the digital team</source>
            <translation>Neues Mitglied des Digitalteams</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Persons are recorded on the page “Organisation”.</source>
            <translation>Personen werden auf der Seite „Organisation“ erfasst.</translation>
        </message>
        <message>
            <source>Add {name} to the digital team</source>
            <translation>{name} ins Digitalteam aufnehmen</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Rolle ändern</translation>
        </message>
        <message>
            <source>Change the role of {name}</source>
            <translation>Rolle von {name} ändern</translation>
        </message>
        <message>
            <source>Remove from the digital team</source>
            <translation>Aus dem Digitalteam entfernen</translation>
        </message>
        <message>
            <source>Remove {name} from the digital team? The person stays in the organisation.</source>
            <translation>{name} aus dem Digitalteam entfernen? Die Person bleibt in der Organisation erfasst.</translation>
        </message>
        <message>
            <source>Remove {name} from the digital team</source>
            <translation>{name} aus dem Digitalteam entfernen</translation>
        </message>
    </context>
    <context>
        <name>TransferController</name>
        <message>
            <source>&amp;Export organisation…</source>
            <translation>&amp;Exportieren (JSON)…</translation>
        </message>
        <message>
            <source>&amp;Import organisation…</source>
            <translation>&amp;Importieren (JSON)…</translation>
        </message>
        <message>
            <source>DigiWandel exports ({patterns});;All files (*)</source>
            <translation>DigiWandel-Exporte ({patterns});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export organisation</source>
            <translation>Organisation exportieren</translation>
        </message>
        <message>
            <source>Exporting the organisation…</source>
            <translation>Die Organisation wird exportiert…</translation>
        </message>
        <message>
            <source>Organisation exported to {path}.</source>
            <translation>Organisation exportiert nach {path}.</translation>
        </message>
        <message>
            <source>Import organisation</source>
            <translation>Organisation importieren</translation>
        </message>
        <message>
            <source>Importing the organisation…</source>
            <translation>Die Organisation wird importiert…</translation>
        </message>
        <message>
            <source>New database for the imported organisation</source>
            <translation>Neue Datenbank für die importierte Organisation</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>Datei existiert bereits</translation>
        </message>
        <message>
            <source>{path} already exists. An organisation is imported into a new file; please choose another name.</source>
            <translation>{path} existiert bereits. Eine Organisation wird in eine neue Datei importiert; bitte wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Organisation imported.</source>
            <translation>Organisation importiert.</translation>
        </message>
        <message>
            <source>The file could not be written or read: {reason}</source>
            <translation>Die Datei konnte nicht geschrieben oder gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; nothing was changed. Details are in the log.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen; es wurde nichts verändert. Einzelheiten stehen im Protokoll.</translation>
        </message>
        <message>
            <source>Export or import not possible</source>
            <translation>Export oder Import nicht möglich</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Deleted entries stay here until you empty the trash. Restoring brings an entry back together with everything that was deleted with it.</source>
            <translation>Gelöschte Einträge bleiben hier, bis Sie den Papierkorb leeren. Beim Wiederherstellen kehrt ein Eintrag zusammen mit allem zurück, was mit ihm gelöscht wurde.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Deleted at</source>
            <translation>Gelöscht am</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <source>Deleted entries</source>
            <translation>Gelöschte Einträge</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>Der Papierkorb ist leer.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>Papierkorb &amp;leeren…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Budgetposten</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Procurement item</source>
            <translation>Beschaffungsposten</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>PDCA cycle</source>
            <translation>PDCA-Zyklus</translation>
        </message>
        <message>
            <source>Lesson learned</source>
            <translation>Erkenntnis</translation>
        </message>
        <message>
            <source>Document link</source>
            <translation>Dokumentverweis</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Messwert</translation>
        </message>
        <message>
            <source>Strategic goal</source>
            <translation>Strategisches Ziel</translation>
        </message>
        <message>
            <source>Strategy version</source>
            <translation>Strategieversion</translation>
        </message>
        <message>
            <source>Overarching goal</source>
            <translation>Übergeordnetes Ziel</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Answer sheet</source>
            <translation>Antwortbogen</translation>
        </message>
        <message>
            <source>Communication entry</source>
            <translation>Kommunikationseintrag</translation>
        </message>
        <message>
            <source>“{label}” restored.</source>
            <translation>„{label}“ wiederhergestellt.</translation>
        </message>
        <message numerus="yes">
            <source>Remove all %n entry(s) in the trash for good? This cannot be undone.</source>
            <translation>
                <numerusform>Den %n Eintrag im Papierkorb endgültig entfernen? Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>Alle %n Einträge im Papierkorb endgültig entfernen? Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trash emptied: %n entry(s) removed for good.</source>
            <translation>
                <numerusform>Papierkorb geleert: %n Eintrag endgültig entfernt.</numerusform>
                <numerusform>Papierkorb geleert: %n Einträge endgültig entfernt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Papierkorb leeren</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>A strategy version is a draft until the board or another body adopts it; then it can no longer be changed. The next version starts as a copy.</source>
            <translation>Eine Strategiefassung ist ein Entwurf, bis der Vorstand oder ein anderes Gremium sie beschließt; danach kann sie nicht mehr geändert werden. Die nächste Fassung beginnt als Kopie.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Beschlossen</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Based on</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <source>New &amp;version from this…</source>
            <translation>Neue &amp;Fassung daraus…</translation>
        </message>
        <message>
            <source>Ad&amp;opt…</source>
            <translation>Beschl&amp;ießen…</translation>
        </message>
        <message>
            <source>A&amp;rchive</source>
            <translation>A&amp;rchivieren</translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>Ver&amp;gleichen…</translation>
        </message>
        <message>
            <source>Strategy versions</source>
            <translation>Strategiefassungen</translation>
        </message>
        <message>
            <source>&amp;New strategy…</source>
            <translation>&amp;Neue Strategie…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>Bearb&amp;eiten…</translation>
        </message>
        <message>
            <source>&amp;Delete draft…</source>
            <translation>Entwurf lö&amp;schen…</translation>
        </message>
        <message>
            <source>from {year}</source>
            <translation>ab {year}</translation>
        </message>
        <message>
            <source>until {year}</source>
            <translation>bis {year}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>on {date} by {body}</source>
            <translation>am {date} durch {body}</translation>
        </message>
        <message>
            <source>⚠ overdue</source>
            <translation>⚠ überfällig</translation>
        </message>
        <message>
            <source>Open or create a database to start.</source>
            <translation>Öffnen oder erstellen Sie eine Datenbank, um zu beginnen.</translation>
        </message>
        <message>
            <source>No strategy yet. Start with “New strategy…” and give it a title.</source>
            <translation>Noch keine Strategie. Beginnen Sie mit „Neue Strategie…“ und geben Sie ihr einen Titel.</translation>
        </message>
        <message>
            <source>Selecting a version here shows it in all other tabs. Adopted and archived versions are read-only; start a new version to change them.</source>
            <translation>Die hier ausgewählte Fassung wird in allen anderen Registerkarten gezeigt. Beschlossene und archivierte Fassungen sind schreibgeschützt; beginnen Sie eine neue Fassung, um sie zu ändern.</translation>
        </message>
        <message>
            <source>A strategy exists: start a new version from one instead.</source>
            <translation>Es gibt bereits eine Strategie: Beginnen Sie stattdessen eine neue Fassung auf ihrer Grundlage.</translation>
        </message>
        <message>
            <source>&amp;Show…</source>
            <translation>An&amp;zeigen…</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Digital strategy</source>
            <translation>Digitalstrategie</translation>
        </message>
        <message>
            <source>Period &amp;starts:</source>
            <translation>Zeitraum &amp;von:</translation>
        </message>
        <message>
            <source>Period &amp;ends:</source>
            <translation>Zeitraum b&amp;is:</translation>
        </message>
        <message>
            <source>New strategy</source>
            <translation>Neue Strategie</translation>
        </message>
        <message>
            <source>The first version of your digital strategy starts as a draft. Type dates short (30.6.27) or choose them from the calendar; leave a date empty if it is still open.</source>
            <translation>Die erste Fassung Ihrer Digitalstrategie beginnt als Entwurf. Geben Sie Daten kurz ein (30.6.27) oder wählen Sie sie im Kalender; lassen Sie ein Datum leer, solange es noch offen ist.</translation>
        </message>
        <message>
            <source>Type dates short (30.6.27) or choose them from the calendar; leave a date empty if it is open.</source>
            <translation>Geben Sie Daten kurz ein (30.6.27) oder wählen Sie sie im Kalender; lassen Sie ein Datum leer, wenn es offen ist.</translation>
        </message>
        <message>
            <source>This version has been adopted and its content can no longer be changed. You can still set the date of the next review.</source>
            <translation>Diese Fassung ist beschlossen, ihr Inhalt lässt sich nicht mehr ändern. Das Datum der nächsten Überprüfung können Sie weiterhin festlegen.</translation>
        </message>
        <message>
            <source>New strategy “{title}”</source>
            <translation>Neue Strategie „{title}“</translation>
        </message>
        <message>
            <source>{title} (new version)</source>
            <translation>{title} (neue Fassung)</translation>
        </message>
        <message>
            <source>New version from “{title}”</source>
            <translation>Neue Fassung aus „{title}“</translation>
        </message>
        <message>
            <source>&amp;Title of the new version:</source>
            <translation>&amp;Titel der neuen Fassung:</translation>
        </message>
        <message>
            <source>The new draft starts as a copy: period, summary, principles, goals with their indicators (without measurements), links to measures, the digital team and the communication plan.</source>
            <translation>Der neue Entwurf beginnt als Kopie: Zeitraum, Zusammenfassung, Grundsätze, Ziele mit ihren Indikatoren (ohne Messwerte), Verknüpfungen mit Maßnahmen, das Digitalteam und der Kommunikationsplan.</translation>
        </message>
        <message>
            <source>New version “{title}”</source>
            <translation>Neue Fassung „{title}“</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>Zusa&amp;mmenfassung:</translation>
        </message>
        <message>
            <source>&amp;Principles:</source>
            <translation>&amp;Grundsätze:</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>&amp;Nächste Überprüfung:</translation>
        </message>
        <message>
            <source>This version is archived and can no longer be changed.</source>
            <translation>Diese Fassung ist archiviert und kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>Strategy version “{title}”</source>
            <translation>Strategiefassung „{title}“</translation>
        </message>
        <message>
            <source>Edit strategy version “{title}”</source>
            <translation>Strategiefassung „{title}“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete the draft “{title}” with its goals, indicators and communication plan? You can undo this with Ctrl+Z.</source>
            <translation>Den Entwurf „{title}“ mit seinen Zielen, Indikatoren und seinem Kommunikationsplan löschen? Sie können dies mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Entwurf löschen</translation>
        </message>
        <message>
            <source>Delete draft “{title}”</source>
            <translation>Entwurf „{title}“ löschen</translation>
        </message>
        <message>
            <source>e.g. resolution 2025/07 of 12 March</source>
            <translation>z. B. Beschluss 2025/07 vom 12. März</translation>
        </message>
        <message>
            <source>Adopted &amp;on:</source>
            <translation>Beschlossen a&amp;m:</translation>
        </message>
        <message>
            <source>Adopted b&amp;y (body):</source>
            <translation>Beschlossen &amp;von (Gremium):</translation>
        </message>
        <message>
            <source>&amp;Resolution reference:</source>
            <translation>Beschluss&amp;zeichen:</translation>
        </message>
        <message>
            <source>Adopt “{title}”</source>
            <translation>„{title}“ beschließen</translation>
        </message>
        <message>
            <source>Record the resolution that adopts this strategy. Afterwards the version is read-only: its title, period, summary, principles, goals and indicators can no longer be changed. Measurements, links to measures, the digital team, the communication plan and the next review stay open. This cannot be undone; to change the strategy later, start a new version from it.</source>
            <translation>Erfassen Sie den Beschluss, mit dem diese Strategie beschlossen wird. Danach ist die Fassung schreibgeschützt: Titel, Zeitraum, Zusammenfassung, Grundsätze, Ziele und Indikatoren können nicht mehr geändert werden. Messwerte, Verknüpfungen mit Maßnahmen, das Digitalteam, der Kommunikationsplan und die nächste Überprüfung bleiben bearbeitbar. Dies kann nicht rückgängig gemacht werden; um die Strategie später zu ändern, beginnen Sie eine neue Fassung auf ihrer Grundlage.</translation>
        </message>
        <message>
            <source>Strategy version adopted.</source>
            <translation>Strategiefassung beschlossen.</translation>
        </message>
        <message>
            <source>Archive “{title}”? It stays readable and comparable but can no longer be changed at all. This cannot be undone.</source>
            <translation>„{title}“ archivieren? Die Fassung bleibt lesbar und vergleichbar, kann aber gar nicht mehr geändert werden. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Archive strategy version</source>
            <translation>Strategiefassung archivieren</translation>
        </message>
        <message>
            <source>Strategy version archived.</source>
            <translation>Strategiefassung archiviert.</translation>
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
