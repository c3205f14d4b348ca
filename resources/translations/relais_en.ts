<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="126"/>
        <source>Everyone who uses Relais gets their own account later. The password needs at least %n characters: a sentence of several words is easier to remember and harder to guess.</source>
        <translation>
            <numerusform>Everyone who uses Relais gets their own account later. The password needs at least %n character: a sentence of several words is easier to remember and harder to guess.</numerusform>
            <numerusform>Everyone who uses Relais gets their own account later. The password needs at least %n characters: a sentence of several words is easier to remember and harder to guess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="164"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointment_model.py" line="244"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="805"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="907"/>
        <source>%n message(s) not yet sent cancelled too.</source>
        <translation>
            <numerusform>%n message not yet sent cancelled too.</numerusform>
            <numerusform>%n messages not yet sent cancelled too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="974"/>
        <source>%n appointment(s) created</source>
        <translation>
            <numerusform>%n appointment created</numerusform>
            <numerusform>%n appointments created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="976"/>
        <source>%n not imported</source>
        <translation>
            <numerusform>%n not imported</numerusform>
            <numerusform>%n not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message numerus="yes">
        <location filename="../../ui/feedback/words.py" line="98"/>
        <source>Answer overdue by %n day(s)</source>
        <translation>
            <numerusform>Answer overdue by %n day</numerusform>
            <numerusform>Answer overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/words.py" line="99"/>
        <source>Acknowledgement overdue by %n day(s)</source>
        <translation>
            <numerusform>Acknowledgement overdue by %n day</numerusform>
            <numerusform>Acknowledgement overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message numerus="yes">
        <location filename="../../ui/feedback/complaints.py" line="1133"/>
        <source>%n not answered yet</source>
        <translation>
            <numerusform>%n not answered yet</numerusform>
            <numerusform>%n not answered yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/complaints.py" line="1134"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="520"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="522"/>
        <source>%n complaint(s) done</source>
        <translation>
            <numerusform>%n complaint done</numerusform>
            <numerusform>%n complaints done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="524"/>
        <source>over %n patient-month(s)</source>
        <translation>
            <numerusform>over %n patient-month</numerusform>
            <numerusform>over %n patient-months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="663"/>
        <source>%n figure(s) saved to %1.</source>
        <translation>
            <numerusform>%n figure saved to %1.</numerusform>
            <numerusform>%n figures saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="383"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="384"/>
        <source>%n patient(s) created,</source>
        <translation>
            <numerusform>%n patient created,</numerusform>
            <numerusform>%n patients created,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="386"/>
        <source>%n updated,</source>
        <translation>
            <numerusform>%n updated,</numerusform>
            <numerusform>%n updated,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="388"/>
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n unchanged.</numerusform>
            <numerusform>%n unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="392"/>
        <source>%n row(s) rejected: see the problems below.</source>
        <translation>
            <numerusform>%n row rejected: see the problems below.</numerusform>
            <numerusform>%n rows rejected: see the problems below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="383"/>
        <source>%n appointment(s) created</source>
        <translation>
            <numerusform>%n appointment created</numerusform>
            <numerusform>%n appointments created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="384"/>
        <source>%n moved or changed</source>
        <translation>
            <numerusform>%n moved or changed</numerusform>
            <numerusform>%n moved or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="385"/>
        <source>%n cancelled, with their reminders</source>
        <translation>
            <numerusform>%n cancelled, with its reminders</numerusform>
            <numerusform>%n cancelled, with their reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="386"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="391"/>
        <source>%n left out: before yesterday or more than four months ahead</source>
        <translation>
            <numerusform>%n left out: before yesterday or more than four months ahead</numerusform>
            <numerusform>%n left out: before yesterday or more than four months ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="296"/>
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second, then try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicationTab</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/medication.py" line="521"/>
        <source>%n reminder(s) ahead cancelled.</source>
        <translation>
            <numerusform>%n reminder ahead cancelled.</numerusform>
            <numerusform>%n reminders ahead cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneOffTab</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/one_off.py" line="430"/>
        <source>%n to come</source>
        <translation>
            <numerusform>%n to come</numerusform>
            <numerusform>%n to come</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/patients/table_model.py" line="334"/>
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message numerus="yes">
        <location filename="../../ui/patients/view.py" line="228"/>
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/view.py" line="232"/>
        <source>The first %Ln matches; type more to narrow the search</source>
        <translation>
            <numerusform>The first match; type more to narrow the search</numerusform>
            <numerusform>The first %Ln matches; type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/view.py" line="234"/>
        <source>%Ln patient(s) found</source>
        <translation>
            <numerusform>%Ln patient found</numerusform>
            <numerusform>%Ln patients found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/print_preview.py" line="658"/>
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>%n page sent to %1</numerusform>
            <numerusform>%n pages sent to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCentrePage</name>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="485"/>
        <source>No letter is left to print: the check before printing set %n aside.</source>
        <translation>
            <numerusform>No letter is left to print: the check before printing set %n aside.</numerusform>
            <numerusform>No letter is left to print: the check before printing set %n aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="552"/>
        <source>%n letter(s) were in this print run. Answer yes only when every page came out: the letters then leave the list of letters to print.</source>
        <translation>
            <numerusform>%n letter were in this print run. Answer yes only when every page came out: the letters then leave the list of letters to print.</numerusform>
            <numerusform>%n letters were in this print run. Answer yes only when every page came out: the letters then leave the list of letters to print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="569"/>
        <source>%n letter(s) marked printed. Mark them posted once they go out.</source>
        <translation>
            <numerusform>%n letter marked printed. Mark them posted once they go out.</numerusform>
            <numerusform>%n letters marked printed. Mark them posted once they go out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="592"/>
        <source>%n letter(s) not printed: %1.</source>
        <translation>
            <numerusform>%n letter not printed: %1.</numerusform>
            <numerusform>%n letters not printed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="651"/>
        <source>%n letter(s) marked posted.</source>
        <translation>
            <numerusform>%n letter marked posted.</numerusform>
            <numerusform>%n letters marked posted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="607"/>
        <source>%n patient(s) in the programme</source>
        <translation>
            <numerusform>%n patient in the programme</numerusform>
            <numerusform>%n patients in the programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="608"/>
        <source>%n reached by at least one step</source>
        <translation>
            <numerusform>%n reached by at least one step</numerusform>
            <numerusform>%n reached by at least one step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="611"/>
        <source>%n reached by no step</source>
        <translation>
            <numerusform>%n reached by no step</numerusform>
            <numerusform>%n reached by no step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="629"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="636"/>
        <location filename="../../ui/reminders/recalls.py" line="660"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallsTab</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="928"/>
        <location filename="../../ui/reminders/recalls.py" line="965"/>
        <source>%n reminder(s) ahead cancelled.</source>
        <translation>
            <numerusform>%n reminder ahead cancelled.</numerusform>
            <numerusform>%n reminders ahead cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="939"/>
        <source>Stop « %1 »? Its %n reminder(s) still ahead are cancelled, with their messages not yet sent. What was sent and the recalls done are kept.</source>
        <translation>
            <numerusform>Stop « %1 »? Its %n reminder still ahead are cancelled, with their messages not yet sent. What was sent and the recalls done are kept.</numerusform>
            <numerusform>Stop « %1 »? Its %n reminders still ahead are cancelled, with their messages not yet sent. What was sent and the recalls done are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="127"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="128"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="129"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="130"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every %n year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="159"/>
        <source>%n day(s) after</source>
        <translation>
            <numerusform>%n day after</numerusform>
            <numerusform>%n days after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="160"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="446"/>
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="447"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="466"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="469"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyDesigner</name>
    <message numerus="yes">
        <location filename="../../ui/feedback/survey_designer.py" line="609"/>
        <source>%n page(s) in French</source>
        <translation>
            <numerusform>%n page in French</numerusform>
            <numerusform>%n pages in French</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/survey_designer.py" line="610"/>
        <source>, %n in English, in standard print</source>
        <translation>
            <numerusform>, %n in English, in standard print</numerusform>
            <numerusform>, %n in English, in standard print</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message numerus="yes">
        <location filename="../../ui/feedback/words.py" line="220"/>
        <source>This code names round %1 of the survey; the patient was asked %n time(s).</source>
        <translation>
            <numerusform>This code names round %1 of the survey; the patient was asked %n time.</numerusform>
            <numerusform>This code names round %1 of the survey; the patient was asked %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message numerus="yes">
        <location filename="../../ui/feedback/surveys.py" line="963"/>
        <source>%n asked</source>
        <translation>
            <numerusform>%n asked</numerusform>
            <numerusform>%n asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/surveys.py" line="963"/>
        <source>, %n answered</source>
        <translation>
            <numerusform>, %n answered</numerusform>
            <numerusform>, %n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/surveys.py" line="1024"/>
        <source>%n patient(s) invited; the planner sends their survey.</source>
        <translation>
            <numerusform>%n patient invited; the planner sends their survey.</numerusform>
            <numerusform>%n patients invited; the planner sends their survey.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/surveys.py" line="1101"/>
        <source>%n row(s) not imported (the others were):</source>
        <translation>
            <numerusform>%n row not imported (the others were):</numerusform>
            <numerusform>%n rows not imported (the others were):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="716"/>
        <source>%n error(s) to correct before saving.</source>
        <translation>
            <numerusform>%n error to correct before saving.</numerusform>
            <numerusform>%n errors to correct before saving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="718"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="722"/>
        <source>No error; %n warning(s).</source>
        <translation>
            <numerusform>No error; %n warning.</numerusform>
            <numerusform>No error; %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="784"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="786"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimingModel</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/timing.py" line="214"/>
        <source>%n days before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/timing.py" line="252"/>
        <source>A letter sent %1 cannot reach the patient in time: the post takes %n day(s).</source>
        <translation>
            <numerusform>A letter sent %1 cannot reach the patient in time: the post takes %n day.</numerusform>
            <numerusform>A letter sent %1 cannot reach the patient in time: the post takes %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="503"/>
        <source>Complaint of %1: answer overdue by %n day(s)</source>
        <translation>
            <numerusform>Complaint of %1: answer overdue by %n day</numerusform>
            <numerusform>Complaint of %1: answer overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="505"/>
        <source>Complaint of %1: acknowledgement overdue by %n day(s)</source>
        <translation>
            <numerusform>Complaint of %1: acknowledgement overdue by %n day</numerusform>
            <numerusform>Complaint of %1: acknowledgement overdue by %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
