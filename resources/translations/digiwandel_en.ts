<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AgendaBox</name>
        <message numerus="yes">
            <source>… and %n more goals without a measure</source>
            <translation>
                <numerusform>… and %n more goal without a measure</numerusform>
                <numerusform>… and %n more goals without a measure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more on the Measures page</source>
            <translation>
                <numerusform>… and %n more on the Measures page</numerusform>
                <numerusform>… and %n more on the Measures page</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{title}”: %n task(s) overdue since {date}</source>
            <translation>
                <numerusform>“{title}”: %n task overdue since {date}</numerusform>
                <numerusform>“{title}”: %n tasks overdue since {date}</numerusform>
            </translation>
        </message>
    </context>
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
        <name>AssessmentReport</name>
        <message numerus="yes">
            <source>%n typical weak spot(s) stand out: {names}.</source>
            <translation>
                <numerusform>%n typical weak spot stands out: {names}.</numerusform>
                <numerusform>%n typical weak spots stand out: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n level(s)</source>
            <translation>
                <numerusform>%n level</numerusform>
                <numerusform>%n levels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more question(s) where answers differ.</source>
            <translation>
                <numerusform>… and %n more question where answers differ.</numerusform>
                <numerusform>… and %n more questions where answers differ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The table shows the latest %n check(s); the chart shows all.</source>
            <translation>
                <numerusform>The table shows the latest %n check; the chart shows all.</numerusform>
                <numerusform>The table shows the latest %n checks; the chart shows all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardReport</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) recorded in the measures are open</source>
            <translation>
                <numerusform>%n decision recorded in the measures is open</numerusform>
                <numerusform>%n decisions recorded in the measures are open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n of them overdue</source>
            <translation>
                <numerusform>, %n of them overdue</numerusform>
                <numerusform>, %n of them overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) with a red traffic light: {names}.</source>
            <translation>
                <numerusform>%n measure with a red traffic light: {names}.</numerusform>
                <numerusform>%n measures with a red traffic light: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) more than 10 % over the planned budget: {names}.</source>
            <translation>
                <numerusform>%n measure more than 10 % over the planned budget: {names}.</numerusform>
                <numerusform>%n measures more than 10 % over the planned budget: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The latest completed check, “{title}” of {date}, rests on %n answer sheet(s). Its overall index is {index}, stage “{stage}”.</source>
            <translation>
                <numerusform>The latest completed check, “{title}” of {date}, rests on %n answer sheet. Its overall index is {index}, stage “{stage}”.</numerusform>
                <numerusform>The latest completed check, “{title}” of {date}, rests on %n answer sheets. Its overall index is {index}, stage “{stage}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s): {active} active, {planned} planned, {paused} paused, {completed} completed, {cancelled} cancelled. Red and amber measures come first.</source>
            <translation>
                <numerusform>%n measure: {active} active, {planned} planned, {paused} paused, {completed} completed, {cancelled} cancelled. Red and amber measures come first.</numerusform>
                <numerusform>%n measures: {active} active, {planned} planned, {paused} paused, {completed} completed, {cancelled} cancelled. Red and amber measures come first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The chart shows %n measure(s), running and planned ones first, by start.</source>
            <translation>
                <numerusform>The chart shows %n measure, running and planned ones first, by start.</numerusform>
                <numerusform>The chart shows %n measures, running and planned ones first, by start.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more measure(s) are left out.</source>
            <translation>
                <numerusform>%n more measure is left out.</numerusform>
                <numerusform>%n more measures are left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more indicator(s) with measurements are not shown here.</source>
            <translation>
                <numerusform>%n more indicator with measurements is not shown here.</numerusform>
                <numerusform>%n more indicators with measurements are not shown here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk(s) of the measures are open or have occurred.</source>
            <translation>
                <numerusform>%n risk of the measures is open or has occurred.</numerusform>
                <numerusform>%n risks of the measures are open or have occurred.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more high risk(s) are not listed.</source>
            <translation>
                <numerusform>%n more high risk is not listed.</numerusform>
                <numerusform>%n more high risks are not listed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more step(s) or milestone(s) are due in this time.</source>
            <translation>
                <numerusform>%n more step or milestone is due in this time.</numerusform>
                <numerusform>%n more steps or milestones are due in this time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) and milestone(s) are past their date and not closed yet.</source>
            <translation>
                <numerusform>%n step or milestone is past its date and not closed yet.</numerusform>
                <numerusform>%n steps and milestones are past their date and not closed yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckDatabaseDialog</name>
        <message numerus="yes">
            <source>The check found %n problem(s):</source>
            <translation>
                <numerusform>The check found %n problem:</numerusform>
                <numerusform>The check found %n problems:</numerusform>
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
        <name>DatabaseCheck</name>
        <message numerus="yes">
            <source>SQLite reports %n more damaged place(s) in the file.</source>
            <translation>
                <numerusform>SQLite reports %n more damaged place in the file.</numerusform>
                <numerusform>SQLite reports %n more damaged places in the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s) in the table “{table}” refer to an entry of “{parent}” that no longer exists.</source>
            <translation>
                <numerusform>%n entry in the table “{table}” refers to an entry of “{parent}” that no longer exists.</numerusform>
                <numerusform>%n entries in the table “{table}” refer to an entry of “{parent}” that no longer exists.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The measure “{title}” (no. {id}) lacks %n of its 12 steps (step {steps}).</source>
            <translation>
                <numerusform>The measure “{title}” (no. {id}) lacks %n of its 12 steps (step {steps}).</numerusform>
                <numerusform>The measure “{title}” (no. {id}) lacks %n of its 12 steps (steps {steps}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) in the check “{title}” belong to a question that is not part of the check's catalog version.</source>
            <translation>
                <numerusform>%n answer in the check “{title}” belongs to a question that is not part of the check's catalog version.</numerusform>
                <numerusform>%n answers in the check “{title}” belong to a question that is not part of the check's catalog version.</numerusform>
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
        <name>ProjectReport</name>
        <message numerus="yes">
            <source>open tasks, %n overdue</source>
            <translation>
                <numerusform>open tasks, %n overdue</numerusform>
                <numerusform>open tasks, %n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) and milestone(s)</source>
            <translation>
                <numerusform>%n task or milestone</numerusform>
                <numerusform>%n tasks and milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
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
        <name>StrategyReport</name>
        <message numerus="yes">
            <source>%n measure(s) serve it</source>
            <translation>
                <numerusform>%n measure serves it</numerusform>
                <numerusform>%n measures serve it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Who hears what, when and how: %n entry(s)</source>
            <translation>
                <numerusform>Who hears what, when and how: %n entry</numerusform>
                <numerusform>Who hears what, when and how: %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them overdue</source>
            <translation>
                <numerusform>%n of them overdue</numerusform>
                <numerusform>%n of them overdue</numerusform>
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
        <name>TableExport</name>
        <message numerus="yes">
            <source>%n row(s) exported to {path}</source>
            <translation>
                <numerusform>%n row exported to {path}</numerusform>
                <numerusform>%n rows exported to {path}</numerusform>
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
