<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AlignmentTab</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AreasTab</name>
        <message numerus="yes">
            <source>%n person(s) belong to it; they are kept, without an area.</source>
            <translation>
                <numerusform>%n person belongs to it; they are kept, without an area.</numerusform>
                <numerusform>%n people belong to it; they are kept, without an area.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message numerus="yes">
            <source>Delete the assessment “{title}” with %n answer sheet(s)? It goes to the trash; Ctrl+Z brings it back.</source>
            <translation>
                <numerusform>Delete the assessment “{title}” with %n answer sheet? It goes to the trash; Ctrl+Z brings it back.</numerusform>
                <numerusform>Delete the assessment “{title}” with %n answer sheets? It goes to the trash; Ctrl+Z brings it back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The catalog “{title}” (version {version}) with %n question(s) is now available for new assessments.</source>
            <translation>
                <numerusform>The catalog “{title}” (version {version}) with %n question is now available for new assessments.</numerusform>
                <numerusform>The catalog “{title}” (version {version}) with %n questions is now available for new assessments.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckTexts</name>
        <message numerus="yes">
            <source>As of today, %n measure(s) are not linked to any strategic goal.</source>
            <translation>
                <numerusform>As of today, %n measure is not linked to any strategic goal.</numerusform>
                <numerusform>As of today, %n measures are not linked to any strategic goal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) about clients, funders, peers or the market received no assessment.</source>
            <translation>
                <numerusform>%n question about clients, funders, peers or the market received no assessment.</numerusform>
                <numerusform>%n questions about clients, funders, peers or the market received no assessment.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The last completed check is %n month(s) old.</source>
            <translation>
                <numerusform>The last completed check is %n month old.</numerusform>
                <numerusform>The last completed check is %n months old.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This check is %n month(s) old and no follow-up check has been planned.</source>
            <translation>
                <numerusform>This check is %n month old and no follow-up check has been planned.</numerusform>
                <numerusform>This check is %n months old and no follow-up check has been planned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As of today, %n measure(s) have neither PDCA cycles nor measurements of their effect.</source>
            <translation>
                <numerusform>As of today, %n measure has neither PDCA cycles nor measurements of its effect.</numerusform>
                <numerusform>As of today, %n measures have neither PDCA cycles nor measurements of their effect.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As of today, %n measure(s) plan the evaluation before the pilot ends.</source>
            <translation>
                <numerusform>As of today, %n measure plans the evaluation before the pilot ends.</numerusform>
                <numerusform>As of today, %n measures plan the evaluation before the pilot ends.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As of today, %n indicator(s) expect their target within six weeks.</source>
            <translation>
                <numerusform>As of today, %n indicator expects its target within six weeks.</numerusform>
                <numerusform>As of today, %n indicators expect their target within six weeks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) of the catalog have no English version; the German text is shown instead.</source>
            <translation>
                <numerusform>%n text of the catalog has no English version; the German text is shown instead.</numerusform>
                <numerusform>%n texts of the catalog have no English version; the German text is shown instead.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommunicationTab</name>
        <message numerus="yes">
            <source>%n entry(s) overdue</source>
            <translation>
                <numerusform>%n entry overdue</numerusform>
                <numerusform>%n entries overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due in the next 30 days</source>
            <translation>
                <numerusform>%n due in the next 30 days</numerusform>
                <numerusform>%n due in the next 30 days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message numerus="yes">
            <source>The file {file} is not a valid question catalog. %n problem(s) found; the first ones:
{problems}</source>
            <translation>
                <numerusform>The file {file} is not a valid question catalog. %n problem found:
{problems}</numerusform>
                <numerusform>The file {file} is not a valid question catalog. %n problems found; the first ones:
{problems}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The area “{name}” cannot be deleted because %n answer sheet(s) of the Digitalisierungscheck belong to it. Rename it instead.</source>
            <translation>
                <numerusform>The area “{name}” cannot be deleted because %n answer sheet of the Digitalisierungscheck belongs to it. Rename it instead.</numerusform>
                <numerusform>The area “{name}” cannot be deleted because %n answer sheets of the Digitalisierungscheck belong to it. Rename it instead.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The level “{name}” cannot be deleted because %n answer sheet(s) of the Digitalisierungscheck belong to it. Rename it instead.</source>
            <translation>
                <numerusform>The level “{name}” cannot be deleted because %n answer sheet of the Digitalisierungscheck belongs to it. Rename it instead.</numerusform>
                <numerusform>The level “{name}” cannot be deleted because %n answer sheets of the Digitalisierungscheck belong to it. Rename it instead.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsTab</name>
        <message numerus="yes">
            <source>Delete the goal “{title}” with its %n indicator(s) and their measurements? You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Delete the goal “{title}” with its %n indicator and its measurements? You can undo this with Ctrl+Z.</numerusform>
                <numerusform>Delete the goal “{title}” with its %n indicators and their measurements? You can undo this with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the indicator “{name}” with its %n measurement(s)? You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Delete the indicator “{name}” with its %n measurement? You can undo this with Ctrl+Z.</numerusform>
                <numerusform>Delete the indicator “{name}” with its %n measurements? You can undo this with Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LevelsTab</name>
        <message numerus="yes">
            <source>%n person(s) belong to it; they are kept, without a level.</source>
            <translation>
                <numerusform>%n person belongs to it; they are kept, without a level.</numerusform>
                <numerusform>%n people belong to it; they are kept, without a level.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectBoard</name>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n measure</numerusform>
                <numerusform>%n measures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n overdue task(s)</source>
            <translation>
                <numerusform>, %n overdue task</numerusform>
                <numerusform>, %n overdue tasks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectTexts</name>
        <message numerus="yes">
            <source>Step {step} is done while %n earlier step(s) are still open: {open}.</source>
            <translation>
                <numerusform>Step {step} is done while %n earlier step is still open: {open}.</numerusform>
                <numerusform>Step {step} is done while %n earlier steps are still open: {open}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Step {step} is done with %n checklist entry(s) not ticked.</source>
            <translation>
                <numerusform>Step {step} is done with %n checklist entry not ticked.</numerusform>
                <numerusform>Step {step} is done with %n checklist entries not ticked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Step 8 is closed while %n check(s) are still open: {checks}.</source>
            <translation>
                <numerusform>Step 8 is closed while %n check is still open: {checks}.</numerusform>
                <numerusform>Step 8 is closed while %n checks are still open: {checks}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message numerus="yes">
            <source>%n measure(s)</source>
            <translation>
                <numerusform>%n measure</numerusform>
                <numerusform>%n measures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n measure(s) shown</source>
            <translation>
                <numerusform>{shown} of %n measure shown</numerusform>
                <numerusform>{shown} of %n measures shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s), {running} of them running today.</source>
            <translation>
                <numerusform>%n measure, {running} of them running today.</numerusform>
                <numerusform>%n measures, {running} of them running today.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RespondentsTab</name>
        <message numerus="yes">
            <source>Delete the answer sheet of person {number} with %n answer(s)? It goes to the trash; Ctrl+Z brings it back.</source>
            <translation>
                <numerusform>Delete the answer sheet of person {number} with %n answer? It goes to the trash; Ctrl+Z brings it back.</numerusform>
                <numerusform>Delete the answer sheet of person {number} with %n answers? It goes to the trash; Ctrl+Z brings it back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message numerus="yes">
            <source>%n answer sheet(s)</source>
            <translation>
                <numerusform>%n answer sheet</numerusform>
                <numerusform>%n answer sheets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more question(s) where answers differ.</source>
            <translation>
                <numerusform>… and %n more question where answers differ.</numerusform>
                <numerusform>… and %n more questions where answers differ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message numerus="yes">
            <source>%n question(s) of this sheet are not answered yet. Finish the sheet anyway?</source>
            <translation>
                <numerusform>%n question of this sheet is not answered yet. Finish the sheet anyway?</numerusform>
                <numerusform>%n questions of this sheet are not answered yet. Finish the sheet anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>Remove all %n entry(s) in the trash for good? This cannot be undone.</source>
            <translation>
                <numerusform>Remove the %n entry in the trash for good? This cannot be undone.</numerusform>
                <numerusform>Remove all %n entries in the trash for good? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trash emptied: %n entry(s) removed for good.</source>
            <translation>
                <numerusform>Trash emptied: %n entry removed for good.</numerusform>
                <numerusform>Trash emptied: %n entries removed for good.</numerusform>
            </translation>
        </message>
    </context>
</TS>
