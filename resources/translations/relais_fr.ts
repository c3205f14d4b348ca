<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="578"/>
        <source>Acknowledge the complaint</source>
        <translation>Accuser réception de la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="590"/>
        <source>When was the complainant told that the complaint is in hand? If it was done on an earlier day (a call yesterday), give that day: the figures for acknowledgements on time count from it.</source>
        <translation>Quand le plaignant a-t-il été informé que sa réclamation est prise en charge ? Si c’était un jour précédent (un appel la veille), indiquez ce jour : les indicateurs d’accusés de réception dans les délais se calculent à partir de lui.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="597"/>
        <source>Acknowledged &amp;on:</source>
        <translation>Réception accusée &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="602"/>
        <source>Ac&amp;knowledge</source>
        <translation>A&amp;ccuser réception</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="611"/>
        <source>Late: it was due by %1.</source>
        <translation>En retard : c’était à faire au plus tard le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="613"/>
        <source>On time: due by %1.</source>
        <translation>Dans les délais : à faire au plus tard le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="622"/>
        <source>Acknowledging the complaint</source>
        <translation>Accusé de réception de la réclamation</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103"/>
        <source>The person who manages users, settings and backups.</source>
        <translation>La personne qui gère les utilisateurs, les paramètres et les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="107"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="108"/>
        <source>e.g. Dr Claire Roux</source>
        <translation>p. ex. Dr Claire Roux</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="111"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="114"/>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="117"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="118"/>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="119"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="120"/>
        <source>Password &amp;again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="126"/>
        <source>Everyone who uses Relais gets their own account later. The password needs at least %n characters: a sentence of several words is easier to remember and harder to guess.</source>
        <translation>
            <numerusform>Chaque personne qui utilise Relais aura ensuite son propre compte. Le mot de passe doit compter au moins %n caractère : une phrase de plusieurs mots est plus facile à retenir et plus difficile à deviner.</numerusform>
            <numerusform>Chaque personne qui utilise Relais aura ensuite son propre compte. Le mot de passe doit compter au moins %n caractères : une phrase de plusieurs mots est plus facile à retenir et plus difficile à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="154"/>
        <source>A user name is needed.</source>
        <translation>Il faut un nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="156"/>
        <source>Use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; only.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, « . », « - » ou « _ ».</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="158"/>
        <source>The full name is needed.</source>
        <translation>Il faut le nom complet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="164"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="167"/>
        <source>It must not be the user name.</source>
        <translation>Il ne doit pas être identique au nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="174"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="259"/>
        <source>— no answer —</source>
        <translation>— pas de réponse —</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="312"/>
        <source>Key in survey answers</source>
        <translation>Saisir les réponses à un questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="317"/>
        <source>From the paper &amp;slip (its reference)</source>
        <translation>D’un &amp;coupon-réponse papier (sa référence)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="318"/>
        <source>From a &amp;call (find the patient)</source>
        <translation>D’un &amp;appel (trouver le patient)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="322"/>
        <source>e.g. PA4-MZ0-N0N</source>
        <translation>p. ex. PA4-MZ0-N0N</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="323"/>
        <source>Reference on the slip</source>
        <translation>Référence sur le coupon</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="330"/>
        <source>Name, phone or birth date</source>
        <translation>Nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="331"/>
        <source>Find the patient who answered</source>
        <translation>Trouver le patient qui a répondu</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="332"/>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="335"/>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="348"/>
        <source>&amp;Save the answers</source>
        <translation>&amp;Enregistrer les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="357"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="362"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="365"/>
        <source>S&amp;urvey:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="396"/>
        <source>Type the code printed on the slip.</source>
        <translation>Tapez le code imprimé sur le coupon.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="414"/>
        <source>This code names no survey sent by the practice.</source>
        <translation>Ce code ne correspond à aucun questionnaire envoyé par le cabinet.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="422"/>
        <source>%1, survey “%2” (older form)</source>
        <translation>%1, questionnaire « %2 » (ancien formulaire)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="424"/>
        <source>%1, survey “%2”, round %3</source>
        <translation>%1, questionnaire « %2 », envoi n° %3</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="428"/>
        <source>already answered on %1</source>
        <translation>déjà répondu le %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="436"/>
        <source>Too short: a reference has 9 characters (8 on older forms).</source>
        <translation>Trop court : une référence a 9 caractères (8 sur les anciens formulaires).</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="438"/>
        <source>Too long: a reference has 9 characters.</source>
        <translation>Trop long : une référence a 9 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="513"/>
        <source>Nothing was saved: the answers saved before are kept.</source>
        <translation>Rien n’a été enregistré : les réponses déjà enregistrées sont conservées.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="534"/>
        <source>Replace the saved answers?</source>
        <translation>Remplacer les réponses enregistrées ?</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="536"/>
        <source>Answers to this form were saved on %1 at %2 by %3.</source>
        <translation>Des réponses à ce formulaire ont été enregistrées le %1 à %2 par %3.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="543"/>
        <source>Replace them with the answers keyed in now? Do so only to correct the same slip keyed in with a mistake: a later survey of this patient has its own reference.</source>
        <translation>Les remplacer par les réponses saisies maintenant ? Ne le faites que pour corriger le même coupon saisi avec une erreur : un questionnaire plus récent de ce patient a sa propre référence.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="548"/>
        <source>&amp;Replace them</source>
        <translation>Les &amp;remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="549"/>
        <source>&amp;Keep them</source>
        <translation>Les &amp;conserver</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="456"/>
        <source>The questions appear once the survey is known.</source>
        <translation>Les questions s’affichent une fois le questionnaire identifié.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="477"/>
        <source>Type the slip&apos;s reference, or find the patient and pick the survey.</source>
        <translation>Tapez la référence du coupon, ou trouvez le patient et choisissez le questionnaire.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="494"/>
        <source>Find the patient who answered first.</source>
        <translation>Trouvez d’abord le patient qui a répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="505"/>
        <source>Saving the answers</source>
        <translation>Enregistrement des réponses</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="107"/>
        <source>This appointment is no longer on the agenda.</source>
        <translation>Ce rendez-vous n’est plus dans l’agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="109"/>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="109"/>
        <source>Change appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="127"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="140"/>
        <source>The reminder is planned by itself, on the channels the patient chose; moving or cancelling the appointment later moves or cancels it.</source>
        <translation>Le rappel est programmé automatiquement, sur les canaux choisis par le patient ; déplacer ou annuler le rendez-vous plus tard déplace ou annule aussi le rappel.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="154"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="155"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="170"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="173"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="181"/>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="190"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="191"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="195"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="196"/>
        <source>Dr Roux</source>
        <translation>Dr Roux</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="199"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="200"/>
        <source>Room, site or address, as the patient knows it</source>
        <translation>Salle, site ou adresse, tels que le patient les connaît</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="204"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="205"/>
        <source>&amp;Day:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="206"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="207"/>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;raticien :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="208"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="240"/>
        <source>Choose the patient: type part of the name, then pick them in the list.</source>
        <translation>Choisissez le patient : tapez une partie du nom, puis sélectionnez-le dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="245"/>
        <source>This time has already passed.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="307"/>
        <source>The appointment must end after it starts.</source>
        <translation>Le rendez-vous doit finir après son début.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="308"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="309"/>
        <source>This time is not valid.</source>
        <translation>Cette heure n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="155"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="156"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="157"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="158"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="159"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="160"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="165"/>
        <source>When the appointment starts, on the practice&apos;s clock</source>
        <translation>Début du rendez-vous, à l’heure du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="166"/>
        <source>Last name in capitals, then first name</source>
        <translation>Nom en capitales, puis prénom</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="167"/>
        <source>Who the patient sees</source>
        <translation>Qui le patient consulte</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="168"/>
        <source>Where the appointment takes place</source>
        <translation>Où a lieu le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="169"/>
        <source>Booked or cancelled</source>
        <translation>Pris ou annulé</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="170"/>
        <source>What the reminder has done: messages planned, sent, or none yet</source>
        <translation>Où en est le rappel : messages prévus, envoyés, ou aucun pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="184"/>
        <source>(no longer on the agenda)</source>
        <translation>(n’est plus dans l’agenda)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="196"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="217"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="218"/>
        <source>Booked</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="228"/>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="231"/>
        <source>Planned: %1</source>
        <translation>Prévu : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="234"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="238"/>
        <source>None (cancelled)</source>
        <translation>Aucun (annulé)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="239"/>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointment_model.py" line="244"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="247"/>
        <source>The appointment is cancelled: nothing goes out.</source>
        <translation>Le rendez-vous est annulé : rien ne part.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointment_model.py" line="249"/>
        <source>Nothing planned yet: messages are planned as the day comes near. If the patient cannot be reached, Today says why.</source>
        <translation>Rien de prévu pour l’instant : les messages sont programmés à l’approche du jour. Si le patient ne peut pas être joint, la page Aujourd’hui dit pourquoi.</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="673"/>
        <source>Patient: name, birth date or phone</source>
        <translation>Patient : nom, date de naissance ou téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="674"/>
        <source>Search appointments by patient</source>
        <translation>Rechercher des rendez-vous par patient</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="678"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="679"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="680"/>
        <source>Show cance&amp;lled</source>
        <translation>Afficher les annulé&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="683"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="685"/>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="705"/>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="706"/>
        <source>Book an appointment by hand (Ctrl+N)</source>
        <translation>Saisir un rendez-vous à la main (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="708"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="709"/>
        <location filename="../../ui/reminders/appointments.py" line="839"/>
        <source>Change the day, time, practitioner or place</source>
        <translation>Modifier le jour, l’heure, le praticien ou le lieu</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="711"/>
        <source>Cancel the a&amp;ppointment…</source>
        <translation>Annu&amp;ler le rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="713"/>
        <source>The appointment is cancelled, and its reminders not yet sent too.</source>
        <translation>Le rendez-vous est annulé, ainsi que ses rappels pas encore envoyés.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="716"/>
        <source>&amp;Import agenda…</source>
        <translation>&amp;Importer l’agenda…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="717"/>
        <source>Bring in the agenda&apos;s export (.ics or .csv)</source>
        <translation>Importer l’export de l’agenda (.ics ou .csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="721"/>
        <source>Your role does not allow booking appointments.</source>
        <translation>Votre rôle ne permet pas de prendre des rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="724"/>
        <source>Your role does not allow importing.</source>
        <translation>Votre rôle ne permet pas d’importer.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="744"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="805"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="837"/>
        <source>Book it again, or change it</source>
        <translation>Reprendre ce rendez-vous, ou le modifier</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="858"/>
        <source>Appointment booked; its reminder is planned.</source>
        <translation>Rendez-vous pris ; son rappel est programmé.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="867"/>
        <source>Appointment changed; its reminder follows.</source>
        <translation>Rendez-vous modifié ; son rappel suit.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="873"/>
        <source>It is outside the days or the search shown.</source>
        <translation>Il est en dehors des jours ou de la recherche affichés.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="880"/>
        <location filename="../../ui/reminders/appointments.py" line="884"/>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="881"/>
        <source>Cancel %1&apos;s appointment of %2? Its reminders not yet sent are cancelled too.</source>
        <translation>Annuler le rendez-vous de %1 du %2 ? Ses rappels pas encore envoyés sont annulés aussi.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="885"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="905"/>
        <source>Appointment cancelled.</source>
        <translation>Rendez-vous annulé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="907"/>
        <source>%n message(s) not yet sent cancelled too.</source>
        <translation>
            <numerusform>%n message pas encore envoyé annulé aussi.</numerusform>
            <numerusform>%n messages pas encore envoyés annulés aussi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="917"/>
        <source>Agenda export (*.ics *.csv)</source>
        <translation>Export d’agenda (*.ics *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="918"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="919"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="925"/>
        <source>Import the agenda</source>
        <translation>Importer l’agenda</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="940"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="942"/>
        <source>Checking the rows of %1…</source>
        <translation>Vérification des lignes de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="943"/>
        <source>Saving the appointments…</source>
        <translation>Enregistrement des rendez-vous…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="964"/>
        <source>Importing the agenda</source>
        <translation>Import de l’agenda</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="972"/>
        <source>Agenda imported from %1.</source>
        <translation>Agenda importé depuis %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="974"/>
        <source>%n appointment(s) created</source>
        <translation>
            <numerusform>%n rendez-vous créé</numerusform>
            <numerusform>%n rendez-vous créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="976"/>
        <source>%n not imported</source>
        <translation>
            <numerusform>%n non importé</numerusform>
            <numerusform>%n non importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="987"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="990"/>
        <source>The agenda could not be imported: %1</source>
        <translation>L’agenda n’a pas pu être importé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="995"/>
        <source>Unexpected error while importing: %1</source>
        <translation>Erreur inattendue pendant l’import : %1</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/background.py" line="146"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BatchLettersModel</name>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="132"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="132"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="132"/>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="132"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="77"/>
        <source>Run</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="78"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="79"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="80"/>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="81"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="82"/>
        <source>Kept copy</source>
        <translation>Copie conservée</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="95"/>
        <source>emptied: %1</source>
        <translation>vidée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="98"/>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="107"/>
        <source>SHA-256 of the kept PDF: %1</source>
        <translation>SHA-256 du PDF conservé : %1</translation>
    </message>
</context>
<context>
    <name>BatchesTab</name>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="223"/>
        <source>Each print run is kept as it came out of the printer, checked against its fingerprint (SHA-256) whenever it is read, so a reprint is the same paper. Copies are emptied after 90 days, or when a patient in the run is erased.</source>
        <translation>Chaque lot d’impression est conservé tel qu’il est sorti de l’imprimante, et vérifié par son empreinte (SHA-256) à chaque lecture : une réimpression donne exactement le même papier. Les copies sont vidées au bout de 90 jours, ou quand un patient du lot est effacé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="231"/>
        <source>Print runs kept</source>
        <translation>Lots d’impression conservés</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="234"/>
        <source>No print run is kept yet: one is kept when its letters are marked printed.</source>
        <translation>Aucun lot d’impression conservé pour l’instant : un lot est conservé quand ses courriers sont marqués imprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="239"/>
        <source>Reprint the &amp;run…</source>
        <translation>Réimprimer le l&amp;ot…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="241"/>
        <source>Labels for this r&amp;un…</source>
        <translation>É&amp;tiquettes de ce lot…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="244"/>
        <source>Print runs</source>
        <translation>Lots d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="251"/>
        <location filename="../../ui/print_centre/batches.py" line="259"/>
        <source>Letters in the run</source>
        <translation>Courriers du lot</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="257"/>
        <source>Reprint this &amp;letter…</source>
        <translation>Réimprimer ce co&amp;urrier…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="294"/>
        <source>Reading the print runs</source>
        <translation>Lecture des lots d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="323"/>
        <source>Letters in run %1</source>
        <translation>Courriers du lot %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="330"/>
        <source>Reading the run</source>
        <translation>Lecture du lot</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="347"/>
        <source>Its kept copy was emptied: %1.</source>
        <translation>Sa copie conservée a été vidée : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="357"/>
        <source>The whole run, as it printed</source>
        <translation>Tout le lot, tel qu’il a été imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="359"/>
        <source>Only this letter&apos;s pages, as they printed</source>
        <translation>Seulement les pages de ce courrier, telles qu’elles ont été imprimées</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="362"/>
        <source>An address label for each letter of the run, in print order</source>
        <translation>Une étiquette d’adresse pour chaque courrier du lot, dans l’ordre d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="382"/>
        <source>Print run %1</source>
        <translation>Lot d’impression %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="384"/>
        <source>Reading the print run</source>
        <translation>Lecture du lot d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="399"/>
        <source>Letter to %1 (print run %2)</source>
        <translation>Courrier à %1 (lot d’impression %2)</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="402"/>
        <source>Reading the letter</source>
        <translation>Lecture du courrier</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="436"/>
        <source>Labels for print run %1</source>
        <translation>Étiquettes du lot d’impression %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="438"/>
        <source>Preparing the labels</source>
        <translation>Préparation des étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="453"/>
        <source>This run&apos;s kept copy was emptied: it cannot be reprinted, nor its labels.</source>
        <translation>La copie conservée de ce lot a été vidée : ni le lot ni ses étiquettes ne peuvent être réimprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="458"/>
        <source>The kept copy no longer matches its fingerprint: it is not reprinted, so nothing different from what was posted can come out. Tell the practice manager: the database may be damaged (run a check).</source>
        <translation>La copie conservée ne correspond plus à son empreinte : elle n’est pas réimprimée, pour que rien de différent de ce qui a été posté ne puisse sortir. Prévenez le responsable du cabinet : la base de données est peut-être abîmée (lancez une vérification).</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="466"/>
        <source>The print run could not be read: %1</source>
        <translation>Le lot d’impression n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="493"/>
        <source>a patient in it was erased</source>
        <translation>un patient qu’il contenait a été effacé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="496"/>
        <source>kept %1 days</source>
        <translation>gardée %1 jours</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../ui/today/call_list.py" line="62"/>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="64"/>
        <source>landline</source>
        <translation>fixe</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="99"/>
        <source>Call list</source>
        <translation>Liste d’appels</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="102"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="103"/>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="104"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="105"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="106"/>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="122"/>
        <source>Nobody to call for now.</source>
        <translation>Personne à appeler pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="130"/>
        <source>What to say</source>
        <translation>Ce qu’il faut dire</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="131"/>
        <source>Select a call to see what to say.</source>
        <translation>Choisissez un appel pour voir ce qu’il faut dire.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="134"/>
        <source>Number dialled</source>
        <translation>Numéro composé</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="137"/>
        <source>Note for this call</source>
        <translation>Note pour cet appel</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="138"/>
        <source>Optional: what the patient said</source>
        <translation>Facultatif : ce que le patient a dit</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="142"/>
        <source>&amp;Reached</source>
        <translation>&amp;Joint</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="143"/>
        <source>&amp;Voicemail</source>
        <translation>&amp;Messagerie</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="144"/>
        <source>&amp;No answer</source>
        <translation>Pas de &amp;réponse</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="145"/>
        <source>&amp;Wrong number</source>
        <translation>Mauvais &amp;numéro</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="148"/>
        <source>You spoke to the patient: the call is done.</source>
        <translation>Vous avez parlé au patient : l’appel est fait.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="151"/>
        <source>You left a message: the call is done.</source>
        <translation>Vous avez laissé un message : l’appel est fait.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="154"/>
        <source>Nobody answered: the call goes back in the list (three tries at most).</source>
        <translation>Personne n’a répondu : l’appel revient dans la liste (trois essais au plus).</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="158"/>
        <source>The number is not the patient&apos;s: it is flagged and not used again; the next reminder goes by another channel or by post.</source>
        <translation>Le numéro n’est pas celui du patient : il est signalé et n’est plus utilisé ; le prochain rappel passe par un autre canal ou par courrier.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="166"/>
        <source>Script:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="167"/>
        <source>Number &amp;dialled:</source>
        <translation>Numéro &amp;composé :</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="170"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="174"/>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="207"/>
        <source>no usable number</source>
        <translation>aucun numéro utilisable</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="223"/>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="224"/>
        <source>No answer (try %1 of %2)</source>
        <translation>Pas de réponse (essai %1 sur %2)</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="229"/>
        <source>again after %1</source>
        <translation>à nouveau après %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="310"/>
        <source>%1 reached: the call is done.</source>
        <translation>%1 joint(e) : l’appel est fait.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="312"/>
        <source>Message left for %1: the call is done.</source>
        <translation>Message laissé à %1 : l’appel est fait.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="315"/>
        <source>No answer from %1: the call stays on the list.</source>
        <translation>Pas de réponse de %1 : l’appel reste dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="317"/>
        <source>No answer from %1 after %2 tries: the call leaves the list.</source>
        <translation>Pas de réponse de %1 après %2 essais : l’appel quitte la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="324"/>
        <source>Wrong number for %1: %2 is flagged and will not be used again. Retry the message to use another number, or the post.</source>
        <translation>Mauvais numéro pour %1 : le %2 est signalé et ne sera plus utilisé. Relancez le message pour passer par un autre numéro, ou par courrier.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="315"/>
        <source>Cancel the reminder</source>
        <translation>Annuler le rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="317"/>
        <source>Cancel %1? Messages not yet sent for it are cancelled too.</source>
        <translation>Annuler %1 ? Les messages pas encore envoyés pour ce rappel sont annulés aussi.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="324"/>
        <source>Why it is cancelled</source>
        <translation>Motif de l’annulation</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="325"/>
        <source>The patient came already</source>
        <translation>Le patient est déjà venu</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="328"/>
        <source>&amp;Why:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="331"/>
        <source>Cancel the &amp;reminder</source>
        <translation>Annuler le &amp;rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="333"/>
        <source>&amp;Keep it</source>
        <translation>Le &amp;garder</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="345"/>
        <source>Say why: it is kept with the reminder.</source>
        <translation>Indiquez le motif : il est conservé avec le rappel.</translation>
    </message>
</context>
<context>
    <name>CapDialog</name>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="708"/>
        <source>Survey frequency</source>
        <translation>Fréquence des questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="712"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="713"/>
        <source>Days between two surveys of one patient</source>
        <translation>Jours entre deux questionnaires pour un même patient</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="716"/>
        <source>A patient is asked to answer a survey at most once in this many days, counted from the last survey that went. Patients asked more recently are left out, by the planner and when inviting.</source>
        <translation>Un patient est sollicité pour un questionnaire au plus une fois sur ce nombre de jours, comptés depuis le dernier questionnaire parti. Les patients sollicités plus récemment sont écartés, aussi bien par l’envoi automatique que lors des invitations.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="724"/>
        <source>At most one survey &amp;every:</source>
        <translation>Au plus un questionnaire &amp;tous les :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="740"/>
        <source>Saving the survey frequency</source>
        <translation>Enregistrement de la fréquence des questionnaires</translation>
    </message>
</context>
<context>
    <name>ChannelChip</name>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="91"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="94"/>
        <source>Tick if the patient accepts this channel. Ctrl+Left / Ctrl+Right: move it.</source>
        <translation>Cochez si le patient accepte ce canal. Ctrl+Gauche / Ctrl+Droite : le déplacer.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="97"/>
        <source>Earlier: %1</source>
        <translation>Plus tôt : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="98"/>
        <source>Later: %1</source>
        <translation>Plus tard : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="123"/>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="123"/>
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsPage</name>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="50"/>
        <source>Sending messages</source>
        <translation>Envoi des messages</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="53"/>
        <source>Relais sends e-mails through the practice&apos;s mail server and SMS through the SMS gateway the practice chose. Passwords are kept in the encrypted database.</source>
        <translation>Relais envoie les e-mails par le serveur de messagerie du cabinet et les SMS par la passerelle SMS choisie par le cabinet. Les mots de passe sont gardés dans la base chiffrée.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="111"/>
        <source>An address of the practice</source>
        <translation>Une adresse du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="112"/>
        <source>Address for a test e-mail</source>
        <translation>Adresse pour un e-mail d’essai</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="113"/>
        <source>Send a &amp;test e-mail</source>
        <translation>Envoyer un e-mail d’essa&amp;i</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="67"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Seul un administrateur peut modifier ces réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="85"/>
        <location filename="../../ui/channel_settings_page.py" line="239"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="86"/>
        <source>Send &amp;e-mails</source>
        <translation>Envoyer des e-&amp;mails</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="93"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="94"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (en général port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="95"/>
        <source>None (a relay on this computer only)</source>
        <translation>Aucune (relais sur cet ordinateur seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="103"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="104"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="105"/>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="106"/>
        <source>User name:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="107"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="108"/>
        <source>Sender address:</source>
        <translation>Adresse d’expédition :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="109"/>
        <location filename="../../ui/channel_settings_page.py" line="156"/>
        <source>Sender name:</source>
        <translation>Nom de l’expéditeur :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="120"/>
        <location filename="../../ui/channel_settings_page.py" line="166"/>
        <source>Test to:</source>
        <translation>Essai à :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="124"/>
        <source>SMS gateway</source>
        <translation>Passerelle SMS</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="125"/>
        <source>Send &amp;SMS</source>
        <translation>Envoyer des &amp;SMS</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="127"/>
        <source>Choose a starting point…</source>
        <translation>Choisir un point de départ…</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="149"/>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="150"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="151"/>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="152"/>
        <source>Body format:</source>
        <translation>Format du contenu :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="153"/>
        <source>Key header:</source>
        <translation>En-tête de la clé :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="154"/>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="155"/>
        <source>Body ({to}, {text}):</source>
        <translation>Contenu ({to}, {text}) :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="157"/>
        <source>Success when the answer matches:</source>
        <translation>Succès si la réponse contient :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="158"/>
        <source>Number for STOP replies:</source>
        <translation>Numéro des réponses STOP :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="160"/>
        <source>A mobile of the practice</source>
        <translation>Portable du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="161"/>
        <source>Mobile number for a test SMS</source>
        <translation>Numéro de portable pour un SMS d’essai</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="162"/>
        <source>Send a test S&amp;MS</source>
        <translation>Envoyer un SMS &amp;d’essai</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="239"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="244"/>
        <location filename="../../ui/channel_settings_page.py" line="247"/>
        <source>Not saved:</source>
        <translation>Non enregistré :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="249"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="249"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="262"/>
        <source>This is not an e-mail address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="286"/>
        <source>the mail server</source>
        <translation>le serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="294"/>
        <source>Relais: this test SMS checks that the practice can send SMS.</source>
        <translation>Relais : ce SMS d&apos;essai vérifie que le cabinet peut envoyer des SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="308"/>
        <source>Tick &quot;Send SMS&quot; and fill in the gateway first.</source>
        <translation>Cochez « Envoyer des SMS » et renseignez d’abord la passerelle.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="319"/>
        <source>Test SMS accepted by %1, message id %2.</source>
        <translation>SMS d’essai accepté par %1, identifiant du message %2.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="323"/>
        <source>Test SMS accepted by %1.</source>
        <translation>SMS d’essai accepté par %1.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="327"/>
        <source>Sending a test SMS</source>
        <translation>Envoi d’un SMS d’essai</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="329"/>
        <source>the SMS gateway</source>
        <translation>la passerelle SMS</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="335"/>
        <source>This is not a mobile number: an SMS cannot reach it.</source>
        <translation>Ce n’est pas un numéro de portable : un SMS ne peut pas l’atteindre.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="337"/>
        <source>Type the mobile number that should receive the test.</source>
        <translation>Tapez le numéro de portable qui doit recevoir l’essai.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="339"/>
        <source>This is not a valid mobile number (numbers without +country are read as %1).</source>
        <translation>Ce n’est pas un numéro de portable valide (les numéros sans indicatif +pays sont considérés comme %1).</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="349"/>
        <location filename="../../ui/channel_settings_page.py" line="358"/>
        <location filename="../../ui/channel_settings_page.py" line="388"/>
        <source>Not sent:</source>
        <translation>Non envoyé :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="375"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="400"/>
        <source>Not sent for now: %1 could not be reached or asked to wait (%2). Reminders are tried again later by themselves.</source>
        <translation>Pas envoyé pour l’instant : %1 est injoignable ou demande d’attendre (%2). Les rappels seront réessayés plus tard, automatiquement.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="404"/>
        <source>Not sent: the settings need correcting (%2).</source>
        <translation>Non envoyé : les réglages sont à corriger (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="406"/>
        <source>Not sent: %1 refused the message (%2).</source>
        <translation>Non envoyé : %1 a refusé le message (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="267"/>
        <source>Tick &quot;Send e-mails&quot; and fill in the server first.</source>
        <translation>Cochez « Envoyer des e-mails » et renseignez d’abord le serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="274"/>
        <source>Relais: test message</source>
        <translation>Relais : message d’essai</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="275"/>
        <source>This message checks that Relais can send e-mails.</source>
        <translation>Ce message vérifie que Relais peut envoyer des e-mails.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="287"/>
        <source>Test e-mail accepted by %1.</source>
        <translation>E-mail d’essai accepté par %1.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="284"/>
        <source>Sending a test e-mail</source>
        <translation>Envoi d’un e-mail d’essai</translation>
    </message>
</context>
<context>
    <name>CommunicationProfileDialog</name>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="324"/>
        <source>Communication profile: %1</source>
        <translation>Profil de communication : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="349"/>
        <source>Consents and objections of %1, by purpose and channel.</source>
        <translation>Consentements et oppositions de %1, par finalité et par canal.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="356"/>
        <source>Consents by purpose and channel</source>
        <translation>Consentements par finalité et par canal</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="379"/>
        <source>Print consent &amp;form…</source>
        <translation>Imprimer le &amp;formulaire de consentement…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="382"/>
        <source>A form listing every purpose with empty boxes, for the patient to sign.</source>
        <translation>Un formulaire listant chaque finalité avec des cases vides, que le patient signe.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="386"/>
        <source>Print re&amp;ceipt…</source>
        <translation>Imprimer le re&amp;çu…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="389"/>
        <source>The receipt of the consent selected in the history, or of the latest one.</source>
        <translation>Le reçu du consentement choisi dans l’historique, ou du dernier donné.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="396"/>
        <source>Your role cannot change consents.</source>
        <translation>Votre rôle ne permet pas de modifier les consentements.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="409"/>
        <source>&amp;Consents</source>
        <translation>&amp;Consentements</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="410"/>
        <location filename="../../ui/patients/consent_grid.py" line="424"/>
        <source>&amp;Preferences</source>
        <translation>&amp;Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="412"/>
        <source>Messa&amp;ges</source>
        <translation>Messa&amp;ges</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="431"/>
        <source>Unsaved preferences</source>
        <translation>Préférences non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="432"/>
        <source>The contact preferences were changed but not saved. Discard the changes?</source>
        <translation>Les préférences de contact ont été modifiées mais pas enregistrées. Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="456"/>
        <source>How the patient told us</source>
        <translation>Comment le patient nous l’a indiqué</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="460"/>
        <source>&amp;Method:</source>
        <translation>&amp;Moyen :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="463"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Enregistrer le consentement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="464"/>
        <source>Record consent for the selected cell</source>
        <translation>Enregistrer le consentement pour la case sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="466"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="467"/>
        <source>Withdraw the selected cell</source>
        <translation>Retirer le consentement de la case sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="470"/>
        <source>&amp;Objection to all consent-based purposes (Art. 21)</source>
        <translation>&amp;Opposition à toutes les finalités soumises au consentement (art. 21)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="484"/>
        <source>History (oldest first)</source>
        <translation>Historique (du plus ancien au plus récent)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="486"/>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="489"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="490"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="491"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="492"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="493"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="494"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="560"/>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="581"/>
        <source>Consent withdrawn.</source>
        <translation>Consentement retiré.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="583"/>
        <source>Objection recorded.</source>
        <translation>Opposition enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="597"/>
        <source>Objection recorded: no consent-based message will be sent.</source>
        <translation>Opposition enregistrée : aucun message soumis au consentement ne sera envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="604"/>
        <source>Objection (Art. 21)</source>
        <translation>Opposition (art. 21)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="606"/>
        <source>Record the patient&apos;s objection to every consent-based purpose, on every channel? Care messages (appointment reminders, recalls) are not affected.</source>
        <translation>Enregistrer l’opposition du patient à toutes les finalités soumises au consentement, sur tous les canaux ? Les messages liés aux soins (rappels de rendez-vous, relances) ne sont pas concernés.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="649"/>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="660"/>
        <source>Consent receipt</source>
        <translation>Reçu de consentement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="687"/>
        <source>All consent-based purposes</source>
        <translation>Toutes les finalités soumises au consentement</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="283"/>
        <source>New complaint</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="303"/>
        <source>The patient, a relative, a name, or anonymous</source>
        <translation>Le patient, un proche, un nom, ou anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="307"/>
        <source>Optional: name, phone or birth date</source>
        <translation>Facultatif : nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="308"/>
        <source>Find the patient concerned</source>
        <translation>Trouver le patient concerné</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="309"/>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="312"/>
        <source>What the complaint is about, in a few lines</source>
        <translation>L’objet de la réclamation, en quelques lignes</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="314"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="316"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="323"/>
        <source>Re&amp;ceived on:</source>
        <translation>Reçue &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="327"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="328"/>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="329"/>
        <source>&amp;From:</source>
        <translation>De la &amp;part de :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="332"/>
        <source>&amp;Patient concerned
(optional):</source>
        <translation>Pa&amp;tient concerné
(facultatif) :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="335"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="351"/>
        <source>To acknowledge by %1, to answer by %2</source>
        <translation>Accusé de réception au plus tard le %1, réponse au plus tard le %2</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="378"/>
        <source>Recording the complaint</source>
        <translation>Enregistrement de la réclamation</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="132"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="133"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="134"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="135"/>
        <source>From / patient</source>
        <translation>Plaignant / patient</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="136"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="137"/>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="155"/>
        <source>None (voided)</source>
        <translation>Aucune (doublon)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="157"/>
        <source>Voided (duplicate)</source>
        <translation>Classée (doublon)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="158"/>
        <source>Voided (duplicate of no. %1)</source>
        <translation>Classée (doublon du n° %1)</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../ui/feedback/words.py" line="38"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="39"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="40"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="41"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="42"/>
        <source>Online (review, web form)</source>
        <translation>En ligne (avis, formulaire web)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="43"/>
        <location filename="../../ui/feedback/words.py" line="57"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="49"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="50"/>
        <source>Waiting, getting an appointment</source>
        <translation>Attente, obtention d’un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="51"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="52"/>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="53"/>
        <source>Reminders, letters, calls</source>
        <translation>Rappels, courriers, appels</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="54"/>
        <source>Privacy, records</source>
        <translation>Confidentialité, dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="55"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="56"/>
        <source>Premises, access</source>
        <translation>Locaux, accessibilité</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="63"/>
        <source>upheld</source>
        <translation>fondée</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="64"/>
        <source>partly upheld</source>
        <translation>partiellement fondée</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="65"/>
        <source>not upheld</source>
        <translation>non fondée</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="66"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="77"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="79"/>
        <source>Acknowledged</source>
        <translation>Réception accusée</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="82"/>
        <source>Answered (%1)</source>
        <translation>Réponse donnée (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="83"/>
        <source>Closed (%1)</source>
        <translation>Clôturée (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/words.py" line="98"/>
        <source>Answer overdue by %n day(s)</source>
        <translation>
            <numerusform>Réponse en retard de %n jour</numerusform>
            <numerusform>Réponse en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/words.py" line="99"/>
        <source>Acknowledgement overdue by %n day(s)</source>
        <translation>
            <numerusform>Accusé de réception en retard de %n jour</numerusform>
            <numerusform>Accusé de réception en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="116"/>
        <source>Answered on %1</source>
        <translation>Réponse donnée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="117"/>
        <source> (late)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="120"/>
        <source>Answer today</source>
        <translation>Répondre aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="121"/>
        <source>Acknowledge today</source>
        <translation>Accuser réception aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="124"/>
        <source>Answer by %1</source>
        <translation>Répondre d’ici le %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="125"/>
        <source>Acknowledge by %1</source>
        <translation>Accuser réception d’ici le %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="133"/>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="139"/>
        <source>The day of receipt cannot be in the future.</source>
        <translation>La date de réception ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="142"/>
        <source>The day of the acknowledgement cannot be in the future.</source>
        <translation>La date de l’accusé de réception ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="145"/>
        <source>The day of the answer cannot be in the future.</source>
        <translation>La date de la réponse ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="148"/>
        <source>A complaint cannot be acknowledged before it arrived.</source>
        <translation>On ne peut pas accuser réception d’une réclamation avant son arrivée.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="151"/>
        <source>The answer cannot come before the complaint or its acknowledgement.</source>
        <translation>La réponse ne peut pas précéder la réclamation ni son accusé de réception.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="154"/>
        <source>Say who complained (or write “anonymous”).</source>
        <translation>Indiquez qui a fait la réclamation (ou écrivez « anonyme »).</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="157"/>
        <source>Say what the complaint is about.</source>
        <translation>Indiquez l’objet de la réclamation.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="158"/>
        <source>Say what the practice answered.</source>
        <translation>Indiquez ce que le cabinet a répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="159"/>
        <source>Say what the practice learnt or will change (or “nothing to change”).</source>
        <translation>Indiquez ce que le cabinet en retient ou va changer (ou « rien à changer »).</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="163"/>
        <source>This patient no longer exists.</source>
        <translation>Ce patient n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="166"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="973"/>
        <source>Which complaints</source>
        <translation>Réclamations affichées</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="974"/>
        <source>To do (not closed)</source>
        <translation>À traiter (non clôturées)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="975"/>
        <source>All complaints</source>
        <translation>Toutes les réclamations</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="977"/>
        <source>&amp;Delays…</source>
        <translation>&amp;Délais…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="981"/>
        <source>How long the practice gives itself to acknowledge and to answer.</source>
        <translation>Le temps que le cabinet se donne pour accuser réception et pour répondre.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="983"/>
        <source>Only the practice manager (an administrator) changes the delays.</source>
        <translation>Seul le responsable du cabinet (un administrateur) modifie les délais.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="986"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1019"/>
        <source>Register of complaints</source>
        <translation>Registre des réclamations</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1037"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;Nouvelle réclamation…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1039"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1041"/>
        <source>&amp;Void as duplicate…</source>
        <translation>Classer comme do&amp;ublon…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1043"/>
        <source>Ac&amp;knowledge…</source>
        <translation>A&amp;ccuser réception…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1045"/>
        <source>&amp;Answer…</source>
        <translation>Ré&amp;pondre…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1047"/>
        <source>C&amp;lose…</source>
        <translation>C&amp;lôturer…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1051"/>
        <source>Your role cannot record complaints.</source>
        <translation>Votre rôle ne permet pas d’enregistrer des réclamations.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1064"/>
        <source>Record each complaint the day it arrives. It is acknowledged within %1 working day(s) (weekends and public holidays do not count) and answered within %2 days. Receptionists and practitioners record and acknowledge; the practice manager answers and closes, with the lessons learnt.</source>
        <translation>Enregistrez chaque réclamation le jour de son arrivée. Elle reçoit un accusé de réception sous %1 jour(s) ouvré(s) (week-ends et jours fériés exclus) et une réponse sous %2 jours. Le secrétariat et les praticiens enregistrent et accusent réception ; le responsable du cabinet répond et clôture, avec les enseignements tirés.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1106"/>
        <source>Reading the complaints</source>
        <translation>Lecture des réclamations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/complaints.py" line="1133"/>
        <source>%n not answered yet</source>
        <translation>
            <numerusform>%n sans réponse</numerusform>
            <numerusform>%n sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/complaints.py" line="1134"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1165"/>
        <source>Select a complaint to read it.</source>
        <translation>Choisissez une réclamation pour la lire.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1168"/>
        <source>Complaint %1, received on %2 (%3), recorded by %4.</source>
        <translation>Réclamation %1, reçue le %2 (%3), enregistrée par %4.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1173"/>
        <source>(description erased)</source>
        <translation>(description effacée)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1177"/>
        <location filename="../../ui/feedback/complaints.py" line="1284"/>
        <source>Acknowledged on %1.</source>
        <translation>Réception accusée le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1181"/>
        <source>Answer of %1: %2</source>
        <translation>Réponse du %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1186"/>
        <source>Lessons learnt: %1</source>
        <translation>Enseignements tirés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1194"/>
        <source>Voided as a duplicate on %1; it counts in no figure.</source>
        <translation>Classée comme doublon le %1 ; elle n’est comptée dans aucun indicateur.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1198"/>
        <source>Voided on %1 as a duplicate of complaint %2; it counts in no figure.</source>
        <translation>Classée le %1 comme doublon de la réclamation %2 ; elle n’est comptée dans aucun indicateur.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1205"/>
        <location filename="../../ui/feedback/complaints.py" line="1252"/>
        <source>Select a complaint first.</source>
        <translation>Choisissez d’abord une réclamation.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1206"/>
        <source>Only the practice manager (an administrator) answers and closes.</source>
        <translation>Seul le responsable du cabinet (un administrateur) répond et clôture.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1209"/>
        <location filename="../../ui/feedback/complaints.py" line="1254"/>
        <source>Your role cannot change complaints.</source>
        <translation>Votre rôle ne permet pas de modifier les réclamations.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1217"/>
        <source>Record the day the complainant was told that it is in hand.</source>
        <translation>Enregistrer le jour où le plaignant a été informé que sa réclamation est prise en charge.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1227"/>
        <source>Record the practice&apos;s answer and its outcome.</source>
        <translation>Enregistrer la réponse du cabinet et son issue.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1236"/>
        <source>Answer the complaint before closing it.</source>
        <translation>Répondez à la réclamation avant de la clôturer.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1238"/>
        <source>Close it with the lessons learnt.</source>
        <translation>La clôturer, avec les enseignements tirés.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1260"/>
        <source>Correct what was recorded when it came in.</source>
        <translation>Corriger ce qui a été enregistré à son arrivée.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1264"/>
        <source>Only the practice manager (an administrator) voids a complaint.</source>
        <translation>Seul le responsable du cabinet (un administrateur) classe une réclamation comme doublon.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1271"/>
        <source>Recorded twice: keep it, but count it no more.</source>
        <translation>Enregistrée deux fois : la garder, mais ne plus la compter.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1276"/>
        <source>Voided as a duplicate on %1.</source>
        <translation>Classée comme doublon le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1279"/>
        <source>Closed on %1.</source>
        <translation>Clôturée le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1282"/>
        <source>Answered on %1.</source>
        <translation>Réponse donnée le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1291"/>
        <source>The new delays apply to complaints recorded from now on.</source>
        <translation>Les nouveaux délais s’appliquent aux réclamations enregistrées à partir de maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1302"/>
        <source>Complaint %1 recorded.</source>
        <translation>Réclamation %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1311"/>
        <source>Complaint %1 acknowledged.</source>
        <translation>Réception de la réclamation %1 accusée.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1323"/>
        <source>Complaint %1 corrected.</source>
        <translation>Réclamation %1 corrigée.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1325"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1335"/>
        <source>Complaint %1 voided as a duplicate.</source>
        <translation>Réclamation %1 classée comme doublon.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1343"/>
        <source>Complaint %1 answered.</source>
        <translation>Réponse enregistrée pour la réclamation %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1350"/>
        <source>Complaint %1 closed.</source>
        <translation>Réclamation %1 clôturée.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1361"/>
        <source>The complaints could not be read: %1</source>
        <translation>Les réclamations n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="1370"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>ConcurrentChange</name>
    <message>
        <location filename="../../ui/patients/conflict.py" line="29"/>
        <source>Someone else changed this patient at %1 (%2) while you were editing.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce patient à %1 (%2) pendant votre saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/conflict.py" line="37"/>
        <source>Someone else changed this patient at %1 while you were editing.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce patient à %1 pendant votre saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/conflict.py" line="42"/>
        <source>Someone else changed this patient while you were editing.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce patient pendant votre saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/conflict.py" line="45"/>
        <source>Your changes were not saved.</source>
        <translation>Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
</context>
<context>
    <name>ConsentGrid</name>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="21"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="22"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="23"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="24"/>
        <location filename="../../ui/patients/consent_words.py" line="37"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="27"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="35"/>
        <source>Signed form</source>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="36"/>
        <source>At the desk</source>
        <translation>À l’accueil</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="38"/>
        <source>Letter reply</source>
        <translation>Réponse par courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="39"/>
        <source>SMS STOP</source>
        <translation>SMS STOP</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="45"/>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="46"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="47"/>
        <location filename="../../ui/patients/consent_words.py" line="70"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="48"/>
        <location filename="../../ui/patients/consent_words.py" line="71"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="54"/>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="56"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="65"/>
        <source>Care (no objection)</source>
        <translation>Soins, sans opposition</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="67"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="68"/>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="69"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="337"/>
        <source>Communication profile</source>
        <translation>Profil de communication</translation>
    </message>
</context>
<context>
    <name>ConsentGridModel</name>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="211"/>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="255"/>
        <source>Sent as part of care unless the patient objects.</source>
        <translation>Envoyé dans le cadre des soins, sauf opposition du patient.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="256"/>
        <source>Sent only with the patient&apos;s recorded consent.</source>
        <translation>Envoyé uniquement avec le consentement enregistré du patient.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="265"/>
        <source>%1: care purpose, no objection recorded.</source>
        <translation>%1 : finalité de soins, aucune opposition enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="266"/>
        <source>%1: no consent recorded.</source>
        <translation>%1 : aucun consentement enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="269"/>
        <source>%1: %2 by %3 on %4 (%5).</source>
        <translation>%1 : %2 par %3 le %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="277"/>
        <source>(Objection to every consent-based purpose.)</source>
        <translation>(Opposition à toutes les finalités soumises au consentement.)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="419"/>
        <source>Correct complaint %1</source>
        <translation>Corriger la réclamation %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="435"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="444"/>
        <source>Correct what was recorded when the complaint came in. The register keeps who corrected which fields and when, not the words.</source>
        <translation>Corrigez ce qui a été enregistré à l’arrivée de la réclamation. Le registre conserve qui a corrigé quels champs et quand, mais pas le texte.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="478"/>
        <source>Correcting the complaint</source>
        <translation>Correction de la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="488"/>
        <source>It was acknowledged on %1: it cannot have arrived later.</source>
        <translation>Sa réception a été accusée le %1 : elle ne peut pas être arrivée plus tard.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/words.py" line="32"/>
        <source>Consent coverage</source>
        <translation>Couverture des consentements</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="33"/>
        <source>Opt-out rate</source>
        <translation>Taux de retrait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="34"/>
        <source>Objection rate</source>
        <translation>Taux d’opposition</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="35"/>
        <source>Delivery rate</source>
        <translation>Taux d’envoi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="36"/>
        <source>Messages by outcome</source>
        <translation>Messages par résultat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="37"/>
        <source>Survey response rate</source>
        <translation>Taux de réponse aux questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="38"/>
        <source>Net Promoter Score</source>
        <translation>Recommandation (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="39"/>
        <source>Net Promoter Score by month</source>
        <translation>Recommandation (NPS) par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="40"/>
        <source>Appointments by outcome</source>
        <translation>Rendez-vous par résultat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="41"/>
        <source>Complaints received</source>
        <translation>Réclamations reçues</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="42"/>
        <source>Median days to acknowledge a complaint</source>
        <translation>Délai médian d’accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="45"/>
        <source>Median days to answer a complaint</source>
        <translation>Délai médian de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="46"/>
        <source>Complaints acknowledged on time</source>
        <translation>Réclamations : réception accusée dans les délais</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="49"/>
        <source>Complaints answered on time</source>
        <translation>Réclamations : réponse dans les délais</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="50"/>
        <source>Patients seen again within 12 months</source>
        <translation>Patients revus dans les 12 mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="51"/>
        <source>Reach of patients on paper only</source>
        <translation>Patients papier uniquement bien joints</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="52"/>
        <source>Messages per patient per month (mean)</source>
        <translation>Messages par patient et par mois (moyenne)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="55"/>
        <source>Messages per patient per month (95th percentile)</source>
        <translation>Messages par patient et par mois (95e centile)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="58"/>
        <source>Messages per patient per month (most)</source>
        <translation>Messages par patient et par mois (maximum)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="65"/>
        <source>Active patients for whom the purpose is allowed on at least one of the chosen channels at the end of the period, out of all active patients. Allowed: a consent given and not withdrawn, refused, objected to or expired; for a care purpose, no withdrawal, refusal or objection (the care basis needs no consent). The last event of the consent ledger for each channel decides.</source>
        <translation>Patients actifs pour qui la finalité est autorisée sur au moins un des canaux choisis à la fin de la période, sur l’ensemble des patients actifs. Autorisée : un consentement donné et ni retiré, ni refusé, ni frappé d’opposition, ni expiré ; pour une finalité de soins, ni retrait, ni refus, ni opposition (la base « soins » ne demande pas de consentement). Pour chaque canal, le dernier événement de l’historique des consentements fait foi.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="73"/>
        <source>Patients who withdrew or refused the purpose on a chosen channel during the period, out of the active patients for whom it was allowed there at the start of the period (consent given, or the care basis without an objection). Patients count once, however many channels they withdrew.</source>
        <translation>Patients ayant retiré ou refusé la finalité sur un canal choisi pendant la période, sur les patients actifs pour qui elle y était autorisée au début de la période (consentement donné, ou base « soins » sans opposition). Un patient compte une seule fois, quel que soit le nombre de canaux retirés.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="80"/>
        <source>Patients who objected to the purpose (or to every consent-based purpose, GDPR Art. 21) on a chosen channel during the period, out of the active patients for whom it was allowed there at the start of the period.</source>
        <translation>Patients s’étant opposés à la finalité (ou à toutes les finalités soumises au consentement, art. 21 du RGPD) sur un canal choisi pendant la période, sur les patients actifs pour qui elle y était autorisée au début de la période.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="86"/>
        <source>Messages that left: sent by the e-mail server or the SMS gateway, letters printed or posted, calls answered or a voicemail left; out of the messages that ended in the period (sent, failed, bounced or unknown), by when they ended. Messages stopped before leaving (appointment cancelled, consent withdrawn) are not counted. Relais gets no delivery receipts: sent is the most it can say.</source>
        <translation>Messages partis : envoyés par le serveur de messagerie ou la passerelle SMS, courriers imprimés ou postés, appels aboutis ou message laissé sur répondeur ; sur les messages terminés pendant la période (envoyés, en échec, rejetés ou inconnus), selon leur date de fin. Les messages arrêtés avant de partir (rendez-vous annulé, consentement retiré) ne comptent pas. Relais ne reçoit pas d’accusé de réception : « envoyé » est le plus qu’il puisse affirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="94"/>
        <source>Messages that ended in the period on the channel, by outcome: sent; failed (the gateway refused, too late to be useful, three calls unanswered); bounced (an e-mail address the server refused, a wrong number); unknown (a crash while sending, waiting for a person to check). Share of the four together.</source>
        <translation>Messages terminés pendant la période sur ce canal, par résultat : envoyés ; en échec (refus de la passerelle, trop tard pour être utile, trois appels sans réponse) ; rejetés (adresse e-mail refusée par le serveur, mauvais numéro) ; inconnus (arrêt brutal pendant l’envoi, en attente d’une vérification). Part de chacun dans le total des quatre.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="101"/>
        <source>Survey invitations made in the period on the chosen channels that have been answered (whenever the answer came), out of those invitations whose message left or is still to leave (or asked at the desk or on a call).</source>
        <translation>Invitations aux questionnaires faites pendant la période sur les canaux choisis et qui ont reçu une réponse (quelle que soit sa date), sur les invitations dont le message est parti ou doit encore partir (ou faites à l’accueil ou lors d’un appel).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="107"/>
        <source>Net Promoter Score of the answers to the question &apos;would you recommend the practice&apos; (0 to 10) given in the period, on the chosen channels (the one that asked): the percentage of promoters (9 or 10) minus the percentage of detractors (0 to 6), from -100 to +100.</source>
        <translation>Score de recommandation (NPS) des réponses à la question « recommanderiez-vous le cabinet » (de 0 à 10) données pendant la période, sur les canaux choisis (celui qui a posé la question) : le pourcentage de promoteurs (9 ou 10) moins le pourcentage de détracteurs (0 à 6), de -100 à +100.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="114"/>
        <source>The Net Promoter Score of the answers given in each calendar month of the period (practice&apos;s time zone), on the chosen channels (the one that asked): % promoters (9-10) minus % detractors (0-6).</source>
        <translation>Le score de recommandation (NPS) des réponses données chaque mois civil de la période (fuseau horaire du cabinet), sur les canaux choisis (celui qui a posé la question) : % de promoteurs (9-10) moins % de détracteurs (0-6).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="120"/>
        <source>Appointments in the period with an outcome recorded, by outcome: attended, missed without warning, cancelled in time; as a share of those with an outcome in the group. With a reminder: a reminder of the appointment left before it (sent, printed, posted, or a call answered or a voicemail left), on a chosen channel. Without: no reminder left at all. Appointments reminded only on other channels are in neither group.</source>
        <translation>Rendez-vous de la période dont le résultat est saisi, par résultat : honoré, non honoré sans prévenir, annulé à temps ; en part des rendez-vous du groupe ayant un résultat. Avec rappel : un rappel du rendez-vous est parti avant lui (envoyé, imprimé, posté, ou appel abouti ou message laissé), sur un canal choisi. Sans rappel : aucun rappel n’est parti. Les rendez-vous rappelés uniquement sur d’autres canaux ne sont dans aucun des deux groupes.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="129"/>
        <source>Complaints received in the period (the register&apos;s date received).</source>
        <translation>Réclamations reçues pendant la période (date de réception inscrite au registre).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="132"/>
        <source>Median calendar days from receiving a complaint to acknowledging it, among those received in the period and acknowledged by its end (or today).</source>
        <translation>Nombre médian de jours calendaires entre la réception d’une réclamation et son accusé de réception, parmi celles reçues pendant la période et dont la réception a été accusée avant sa fin (ou aujourd’hui).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="137"/>
        <source>Median calendar days from receiving a complaint to answering it, among those received in the period and answered by its end (or today).</source>
        <translation>Nombre médian de jours calendaires entre la réception d’une réclamation et la réponse, parmi celles reçues pendant la période et ayant reçu une réponse avant sa fin (ou aujourd’hui).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="142"/>
        <source>Complaints received in the period acknowledged by their deadline, out of those already judged: acknowledged, or still not acknowledged past their deadline.</source>
        <translation>Réclamations reçues pendant la période dont la réception a été accusée dans les délais, sur celles que l’on peut déjà juger : réception accusée, ou toujours pas accusée après l’échéance.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="147"/>
        <source>Complaints received in the period answered by their deadline, out of those already judged: answered, or still not answered past their deadline.</source>
        <translation>Réclamations reçues pendant la période ayant reçu une réponse dans les délais, sur celles que l’on peut déjà juger : réponse donnée, ou toujours sans réponse après l’échéance.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="152"/>
        <source>Patients with an attended appointment in the 12 months before the period&apos;s start (and not since recorded as moved or deceased), who attended another appointment from the period&apos;s start to 12 months later (or to today, if that is sooner).</source>
        <translation>Patients venus à un rendez-vous dans les 12 mois précédant le début de la période (et non notés depuis comme partis ou décédés), qui sont venus à un autre rendez-vous entre le début de la période et 12 mois plus tard (ou aujourd’hui, si c’est plus tôt).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="159"/>
        <source>Active patients on paper only (letters only, or no digital access) with a reminder due in the period, who were reached for every such reminder: a letter marked posted, or a call that reached them. A letter printed but not marked posted does not count. Cancelled reminders are left out.</source>
        <translation>Patients actifs papier uniquement (courriers seulement, ou sans accès numérique) ayant un rappel prévu pendant la période, et joints pour chacun de ces rappels : courrier marqué posté, ou appel abouti. Un courrier imprimé mais pas marqué posté ne compte pas. Les rappels annulés sont écartés.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="166"/>
        <source>Messages that left for a patient in a calendar month (sent, printed, posted, a call answered or a voicemail; by when they left), averaged over every patient and month with at least one message in the period.</source>
        <translation>Messages partis pour un patient dans un mois civil (envoyés, imprimés, postés, appel abouti ou message laissé sur répondeur ; selon leur date de départ), en moyenne sur tous les couples patient-mois ayant au moins un message dans la période.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="172"/>
        <source>The 95th percentile (nearest rank) of messages that left for a patient in a calendar month, over every patient and month with at least one message: 95 % of patients got this many or fewer that month.</source>
        <translation>Le 95e centile (rang le plus proche) des messages partis pour un patient dans un mois civil, sur tous les couples patient-mois ayant au moins un message : 95 % des patients en ont reçu autant ou moins ce mois-là.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="178"/>
        <source>The most messages that left for one patient in one calendar month of the period.</source>
        <translation>Le plus grand nombre de messages partis pour un même patient dans un même mois civil de la période.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="187"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="188"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="189"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="190"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="197"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="198"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="199"/>
        <source>bounced</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="200"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="201"/>
        <source>with a reminder</source>
        <translation>avec rappel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="202"/>
        <source>without a reminder</source>
        <translation>sans rappel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="203"/>
        <source>attended</source>
        <translation>honoré</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="204"/>
        <source>missed</source>
        <translation>non honoré</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/words.py" line="205"/>
        <source>cancelled in time</source>
        <translation>annulé à temps</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="231"/>
        <location filename="../../ui/dashboard/page.py" line="237"/>
        <source>Every figure</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="248"/>
        <source>Trust dashboard</source>
        <translation>Tableau de bord de la confiance</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="269"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="270"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="271"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="272"/>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="277"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="280"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="280"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="285"/>
        <location filename="../../ui/dashboard/page.py" line="464"/>
        <source>All purposes</source>
        <translation>Toutes les finalités</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="286"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="288"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="291"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="292"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="294"/>
        <source>Save every figure on screen as a spreadsheet file, one row per figure.</source>
        <translation>Enregistrer tous les indicateurs affichés dans un fichier tableur, une ligne par indicateur.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="297"/>
        <source>Transparency &amp;report…</source>
        <translation>Rapport de &amp;transparence…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="300"/>
        <source>The transparency report for the waiting room, for the period chosen here, or the record of processing (GDPR Article 30), as a PDF.</source>
        <translation>Le rapport de transparence pour la salle d’attente, sur la période choisie ici, ou le registre des activités de traitement (RGPD, article 30), en PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="312"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="313"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="314"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="315"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="316"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="390"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="392"/>
        <source>Computing the figures…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="405"/>
        <source>Computing the dashboard</source>
        <translation>Calcul du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="418"/>
        <source>The figures could not be computed: %1</source>
        <translation>Les indicateurs n’ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="449"/>
        <source>From %1 to %2; hover over a figure to see how it is computed.</source>
        <translation>Du %1 au %2 ; survolez un indicateur pour voir comment il est calculé.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="478"/>
        <source>Missed appointments, with a reminder</source>
        <translation>Rendez-vous non honorés, avec rappel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="480"/>
        <source>Missed appointments, without a reminder</source>
        <translation>Rendez-vous non honorés, sans rappel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="508"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="515"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="520"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="522"/>
        <source>%n complaint(s) done</source>
        <translation>
            <numerusform>%n réclamation traitée</numerusform>
            <numerusform>%n réclamations traitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="524"/>
        <source>over %n patient-month(s)</source>
        <translation>
            <numerusform>sur %n mois-patient</numerusform>
            <numerusform>sur %n mois-patients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="565"/>
        <source>Messages by channel and outcome</source>
        <translation>Messages par canal et par résultat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="574"/>
        <source>Consent coverage by purpose (%)</source>
        <translation>Couverture des consentements par finalité (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="576"/>
        <source>covered</source>
        <translation>couverts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="581"/>
        <source>Opt-outs and objections by purpose (%)</source>
        <translation>Retraits et oppositions par finalité (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="584"/>
        <source>opt-out</source>
        <translation>retrait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="585"/>
        <source>objection</source>
        <translation>opposition</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="591"/>
        <source>Appointments with and without a reminder (%)</source>
        <translation>Rendez-vous avec et sans rappel (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="600"/>
        <source>Net Promoter Score by month</source>
        <translation>Recommandation (NPS) par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="602"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="607"/>
        <source>Messages per patient per month</source>
        <translation>Messages par patient et par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="610"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="611"/>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="612"/>
        <source>most</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="640"/>
        <source>Export the figures</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="640"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="659"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="663"/>
        <source>%n figure(s) saved to %1.</source>
        <translation>
            <numerusform>%n indicateur enregistré dans %1.</numerusform>
            <numerusform>%n indicateurs enregistrés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelaysDialog</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="860"/>
        <source>Delays for complaints</source>
        <translation>Délais des réclamations</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="865"/>
        <source> working day(s)</source>
        <translation> jour(s) ouvré(s)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="869"/>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="872"/>
        <source>Counted from the day a complaint arrives. Weekends and French public holidays are not working days. Complaints already recorded keep their deadlines.</source>
        <translation>Comptés à partir du jour d’arrivée de la réclamation. Les week-ends et les jours fériés français ne sont pas des jours ouvrés. Les réclamations déjà enregistrées gardent leurs échéances.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="880"/>
        <source>&amp;Acknowledge within:</source>
        <translation>&amp;Accusé de réception sous :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="881"/>
        <source>A&amp;nswer within:</source>
        <translation>&amp;Réponse sous :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="887"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="896"/>
        <source>Saving the delays</source>
        <translation>Enregistrement des délais</translation>
    </message>
</context>
<context>
    <name>ErrorReportModel</name>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="129"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="129"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="129"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="129"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="142"/>
        <source>(whole row)</source>
        <translation>(toute la ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="144"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="144"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="166"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/feedback/page.py" line="39"/>
        <source>&amp;Complaints</source>
        <translation>&amp;Réclamations</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/page.py" line="41"/>
        <source>&amp;Surveys</source>
        <translation>&amp;Questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/page.py" line="44"/>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="156"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="156"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="156"/>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="156"/>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="54"/>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de secours</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="56"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="302"/>
        <source>Relais — first start</source>
        <translation>Relais — premier démarrage</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="313"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="314"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="315"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="316"/>
        <source>&amp;Create the database</source>
        <translation>&amp;Créer la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="317"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="366"/>
        <source>Creating the encrypted database…</source>
        <translation>Création de la base de données chiffrée…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="388"/>
        <location filename="../../ui/wizard.py" line="392"/>
        <source>The database was not created: %1</source>
        <translation>La base de données n’a pas été créée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="398"/>
        <source>The database was not created because of an unexpected error (%1).</source>
        <translation>La base de données n’a pas été créée à cause d’une erreur inattendue (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="418"/>
        <source>Relais recovery sheet - %1.pdf</source>
        <translation>Relais - fiche de secours - %1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="448"/>
        <source>Saving the recovery sheet…</source>
        <translation>Enregistrement de la fiche de secours…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="456"/>
        <source>Saved as %1. Open it, print it, then delete the file.</source>
        <translation>Enregistrée sous %1. Ouvrez-la, imprimez-la, puis supprimez le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="467"/>
        <source>The sheet could not be saved: %1</source>
        <translation>La fiche n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="483"/>
        <source>The database already exists. Print the recovery sheet (or copy the key by hand), tick the box, then click Finish.</source>
        <translation>La base de données existe déjà. Imprimez la fiche de secours (ou recopiez la clé à la main), cochez la case, puis cliquez sur Terminer.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="196"/>
        <source>Import patients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="204"/>
        <source>Choose the CSV file exported by the practice software. Patients already in Relais are updated, not duplicated; rows with problems are listed below.</source>
        <translation>Choisissez le fichier CSV exporté par le logiciel du cabinet. Les patients déjà présents dans Relais sont mis à jour, pas dupliqués ; les lignes qui posent problème sont listées ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="212"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="213"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="214"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="215"/>
        <location filename="../../ui/patients/import_dialog.py" line="306"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="220"/>
        <source>Check only (change nothing)</source>
        <translation>Vérifier seulement (ne rien modifier)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="221"/>
        <source>Check only, change nothing</source>
        <translation>Vérifier seulement, ne rien modifier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="222"/>
        <location filename="../../ui/patients/import_dialog.py" line="223"/>
        <source>All or nothing</source>
        <translation>Tout ou rien</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="224"/>
        <source>Import nothing at all if any row has a problem</source>
        <translation>N’importer aucune ligne si l’une d’elles pose problème</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="233"/>
        <source>Import summary</source>
        <translation>Bilan de l’import</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="238"/>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="263"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="264"/>
        <source>Save the error report as CSV</source>
        <translation>Enregistrer le rapport d’erreurs en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="266"/>
        <location filename="../../ui/patients/import_dialog.py" line="314"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="308"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="314"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="328"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="331"/>
        <source>Importing patients</source>
        <translation>Import des patients</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="366"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="372"/>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="374"/>
        <location filename="../../ui/patients/import_dialog.py" line="376"/>
        <source>The import failed; nothing was changed.</source>
        <translation>L’import a échoué ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="383"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="384"/>
        <source>%n patient(s) created,</source>
        <translation>
            <numerusform>%n patient créé,</numerusform>
            <numerusform>%n patients créés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="386"/>
        <source>%n updated,</source>
        <translation>
            <numerusform>%n mis à jour,</numerusform>
            <numerusform>%n mis à jour,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="388"/>
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n inchangé.</numerusform>
            <numerusform>%n inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="392"/>
        <source>%n row(s) rejected: see the problems below.</source>
        <translation>
            <numerusform>%n ligne refusée : voir les problèmes ci-dessous.</numerusform>
            <numerusform>%n lignes refusées : voir les problèmes ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="395"/>
        <source>Check only: nothing was changed.</source>
        <translation>Vérification seulement : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="397"/>
        <source>All or nothing: nothing was imported because of the problems.</source>
        <translation>Tout ou rien : rien n’a été importé à cause des problèmes.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="399"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="400"/>
        <source>Columns not used: %1</source>
        <translation>Colonnes non utilisées : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="411"/>
        <source>Save the error report</source>
        <translation>Enregistrer le rapport d’erreurs</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="413"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="348"/>
        <source>Agenda imported</source>
        <translation>Agenda importé</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="354"/>
        <source>Lines not imported, and why</source>
        <translation>Lignes non importées, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="361"/>
        <source>Not imported (%1): correct the agenda, or book these by hand.</source>
        <translation>Non importées (%1) : corrigez l’agenda, ou saisissez ces rendez-vous à la main.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="371"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="382"/>
        <source>From %1:</source>
        <translation>Depuis %1 :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="383"/>
        <source>%n appointment(s) created</source>
        <translation>
            <numerusform>%n rendez-vous créé</numerusform>
            <numerusform>%n rendez-vous créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="384"/>
        <source>%n moved or changed</source>
        <translation>
            <numerusform>%n déplacé ou modifié</numerusform>
            <numerusform>%n déplacés ou modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="385"/>
        <source>%n cancelled, with their reminders</source>
        <translation>
            <numerusform>%n annulé, avec ses rappels</numerusform>
            <numerusform>%n annulés, avec leurs rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="386"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n déjà à jour</numerusform>
            <numerusform>%n déjà à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/appointments.py" line="391"/>
        <source>%n left out: before yesterday or more than four months ahead</source>
        <translation>
            <numerusform>%n écarté : antérieur à hier ou dans plus de quatre mois</numerusform>
            <numerusform>%n écartés : antérieurs à hier ou dans plus de quatre mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="397"/>
        <source>Every line was imported.</source>
        <translation>Toutes les lignes ont été importées.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="409"/>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="414"/>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="420"/>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="421"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="437"/>
        <source>higher SEQUENCE (%1)</source>
        <translation>SEQUENCE plus élevée (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="438"/>
        <source>later LAST-MODIFIED</source>
        <translation>LAST-MODIFIED plus récent</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="439"/>
        <source>further down the file</source>
        <translation>plus loin dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="444"/>
        <source>same occurrence as line %1 (same UID); that one was kept (%2)</source>
        <translation>même occurrence que la ligne %1 (même UID) ; celle de la ligne %1 a été gardée (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="446"/>
        <source>same event as line %1 (same UID); that one was kept (%2)</source>
        <translation>même événement que la ligne %1 (même UID) ; celui de la ligne %1 a été gardé (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="450"/>
        <source>same occurrence as another one (same UID); that one was kept (%1)</source>
        <translation>même occurrence qu’une autre (même UID) ; c’est l’autre qui a été gardée (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="452"/>
        <source>same event as another one (same UID); that one was kept (%1)</source>
        <translation>même événement qu’un autre (même UID) ; c’est l’autre qui a été gardé (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="464"/>
        <source>no patient matches its name, phone or e-mail</source>
        <translation>aucun patient ne correspond à son nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="466"/>
        <source>several patients match; check the name and phone in the agenda</source>
        <translation>plusieurs patients correspondent ; vérifiez le nom et le téléphone dans l’agenda</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="470"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="471"/>
        <source>“%1” is not a date (dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>« %1 » n’est pas une date (jj/mm/aaaa ou aaaa-mm-jj)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="472"/>
        <source>no time</source>
        <translation>pas d’heure</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="473"/>
        <source>“%1” is not a time (09:30 or 9h30)</source>
        <translation>« %1 » n’est pas une heure (09:30 ou 9h30)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="475"/>
        <source>%1 does not exist in %2: the clocks go forward at that time</source>
        <translation>%1 n’existe pas dans le fuseau %2 : c’est le passage à l’heure d’été</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="479"/>
        <source>“%1” is not a duration (minutes, or 1h30)</source>
        <translation>« %1 » n’est pas une durée (en minutes, ou 1h30)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="482"/>
        <source>ends before it starts</source>
        <translation>finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="483"/>
        <source>“%1” is not a birth date (dd/mm/yyyy)</source>
        <translation>« %1 » n’est pas une date de naissance (jj/mm/aaaa)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="484"/>
        <source>“%1” is not a phone number</source>
        <translation>« %1 » n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="485"/>
        <source>“%1” is not a valid phone number</source>
        <translation>« %1 » n’est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="486"/>
        <source>“%1” is not an e-mail address</source>
        <translation>« %1 » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="487"/>
        <source>no patient: no name, phone or e-mail</source>
        <translation>pas de patient : ni nom, ni téléphone, ni e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="488"/>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="490"/>
        <source>the appointment&apos;s id is longer than %1 characters</source>
        <translation>l’identifiant du rendez-vous dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="494"/>
        <source>%1 cells where the header has %2 columns</source>
        <translation>%1 cellules alors que l’en-tête a %2 colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="497"/>
        <source>the same appointment as line %1</source>
        <translation>le même rendez-vous que la ligne %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="499"/>
        <source>“%1” is not an outcome (honoré, absent, annulé)</source>
        <translation>« %1 » n’est pas un résultat de rendez-vous (honoré, absent, annulé)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="503"/>
        <source>“%1”: the day has not come yet; the appointment is imported without it</source>
        <translation>« %1 » : le jour n’est pas encore venu ; le rendez-vous est importé sans ce résultat</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="507"/>
        <source>“%1” for a cancelled appointment; the appointment is imported without it</source>
        <translation>« %1 » pour un rendez-vous annulé ; le rendez-vous est importé sans ce résultat</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="511"/>
        <source>no start time (DTSTART); event skipped</source>
        <translation>pas d’heure de début (DTSTART) ; événement ignoré</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="513"/>
        <source>%1 “%2” cannot be read; event skipped</source>
        <translation>%1 « %2 » illisible ; événement ignoré</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="517"/>
        <source>the repeat rule (%1) “%2” cannot be read; event skipped</source>
        <translation>la règle de répétition (%1) « %2 » est illisible ; événement ignoré</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="521"/>
        <source>the repeat rule cannot be worked out (%1); event skipped</source>
        <translation>la règle de répétition ne peut pas être calculée (%1) ; événement ignoré</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="525"/>
        <source>ends (%1) before it starts (%2); event skipped</source>
        <translation>finit (%1) avant de commencer (%2) ; événement ignoré</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="529"/>
        <source>its duration is negative (%1 min); event skipped</source>
        <translation>sa durée est négative (%1 min) ; événement ignoré</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="534"/>
        <source>no UID: imported, but if it is moved in the agenda it will come in as a new appointment</source>
        <translation>pas d’UID : importé, mais s’il est déplacé dans l’agenda, il arrivera comme un nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="540"/>
        <source>the time zone “%1” is unknown; its times are read as %2</source>
        <translation>le fuseau horaire « %1 » est inconnu ; ses heures sont lues dans le fuseau %2</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="544"/>
        <source>the calendar&apos;s time zone “%1” is unknown; its times are read as %2</source>
        <translation>le fuseau horaire « %1 » du calendrier est inconnu ; ses heures sont lues dans le fuseau %2</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="548"/>
        <source>%1 “%2” cannot be read; left out</source>
        <translation>%1 « %2 » illisible ; écarté</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="552"/>
        <source>a line that cannot be read was left out (%1)</source>
        <translation>une ligne illisible a été écartée (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="416"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/appointments.py" line="407"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>InvitationTableModel</name>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="151"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="152"/>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="153"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="154"/>
        <source>Asked on</source>
        <translation>Sollicité le</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="155"/>
        <source>Answered?</source>
        <translation>Réponse ?</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="173"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="175"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="177"/>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="189"/>
        <source>Reference on the form: %1</source>
        <translation>Référence sur le formulaire : %1</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="600"/>
        <source>Invite patients to a survey</source>
        <translation>Inviter des patients à un questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="602"/>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="607"/>
        <source>Each patient is asked at most once every %1 days: those asked more recently, or with a survey already on its way, are skipped. The survey goes by the channels each patient agreed to; a letter is the paper form with its reply slip.</source>
        <translation>Chaque patient est sollicité au plus une fois tous les %1 jours : ceux sollicités plus récemment, ou dont un questionnaire est déjà en route, sont ignorés. Le questionnaire part par les canaux acceptés par chaque patient ; par courrier, c’est le formulaire papier avec son coupon-réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="618"/>
        <source>Name, phone or birth date</source>
        <translation>Nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="619"/>
        <source>Find a patient to invite</source>
        <translation>Trouver un patient à inviter</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="620"/>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="623"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="626"/>
        <source>Patients to invite</source>
        <translation>Patients à inviter</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="627"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="629"/>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="631"/>
        <source>S&amp;urvey:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="632"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="636"/>
        <source>To &amp;invite:</source>
        <translation>À i&amp;nviter :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="671"/>
        <source>Add at least one patient to the list.</source>
        <translation>Ajoutez au moins un patient à la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="680"/>
        <source>Inviting the patients</source>
        <translation>Invitation des patients</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="208"/>
        <location filename="../../ui/wizard.py" line="220"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="210"/>
        <source>The database is created. Print this key now: it is shown only once.</source>
        <translation>La base de données est créée. Imprimez cette clé maintenant : elle n’est affichée qu’une fois.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="214"/>
        <source>This key opens the database even if every password is lost. Keep the printed sheet with the practice&apos;s important papers, away from this computer.</source>
        <translation>Cette clé ouvre la base de données même si tous les mots de passe sont perdus. Rangez la fiche imprimée avec les papiers importants du cabinet, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="232"/>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>&amp;Enregistrer la fiche de secours en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233"/>
        <source>Save recovery sheet as PDF</source>
        <translation>Enregistrer la fiche de secours en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="234"/>
        <source>&amp;Open the sheet to print it</source>
        <translation>&amp;Ouvrir la fiche pour l’imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="245"/>
        <source>I have &amp;printed this sheet and stored it safely</source>
        <translation>J’ai &amp;imprimé cette fiche et je l’ai rangée en lieu sûr</translation>
    </message>
</context>
<context>
    <name>LabelStartPicker</name>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="66"/>
        <source>First label to print on</source>
        <translation>Première étiquette à imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="82"/>
        <source>Label %1 of %2</source>
        <translation>Étiquette %1 sur %2</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../ui/print_centre/page.py" line="124"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="124"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="125"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="125"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="125"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="125"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="77"/>
        <source>Unlock Relais</source>
        <translation>Déverrouiller Relais</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="77"/>
        <source>Sign in to Relais</source>
        <translation>Connexion à Relais</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="102"/>
        <source>Relais is locked</source>
        <translation>Relais est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="102"/>
        <location filename="../../ui/login.py" line="190"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109"/>
        <source>Nothing is shown while Relais is locked. Enter your password to continue.</source>
        <translation>Rien n’est affiché tant que Relais est verrouillé. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="112"/>
        <source>Practice database: %1</source>
        <translation>Base de données du cabinet : %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="118"/>
        <source>Practice database: %1 on the server %2</source>
        <translation>Base du cabinet : %1 sur le serveur %2</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="133"/>
        <location filename="../../ui/login.py" line="144"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="137"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="145"/>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="147"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="148"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="151"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="152"/>
        <source>Keep it in this computer&apos;s keychain</source>
        <translation>Le garder dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="154"/>
        <source>&amp;Server password:</source>
        <translation>Mot de passe du &amp;serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="179"/>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="190"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="193"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="244"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="247"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="296"/>
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Patientez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives échouées. Patientez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="300"/>
        <source>The password is not right. Check Caps Lock and try again.</source>
        <translation>Le mot de passe n’est pas le bon. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="302"/>
        <source>The user name or the password is not right. Check Caps Lock and try again.</source>
        <translation>Le nom d’utilisateur ou le mot de passe n’est pas le bon. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="306"/>
        <source>The key file beside the database is missing or damaged, so no password can open it. Ask your administrator to open it with the recovery key. (%1)</source>
        <translation>Le fichier de clés situé à côté de la base de données est absent ou abîmé : aucun mot de passe ne peut l’ouvrir. Demandez à votre administrateur de l’ouvrir avec la clé de secours. (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="310"/>
        <source>The database could not be opened: %1</source>
        <translation>La base de données n’a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="312"/>
        <source>Signing in failed because of an unexpected error (%1).</source>
        <translation>La connexion a échoué à cause d’une erreur inattendue (%1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>receptionist</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <location filename="../../ui/today/page.py" line="177"/>
        <source>Print centre</source>
        <translation>Centre d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <location filename="../../ui/today/page.py" line="488"/>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Data requests</source>
        <translation>Demandes RGPD</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Sending messages</source>
        <translation>Envoi des messages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Browsing the audit log arrives with the audit work. This page is not available yet; the log is already kept, and &apos;python main.py verify&apos; checks it.</source>
        <translation>La consultation du journal d’audit arrive avec l’audit. Cette page n’est pas encore disponible ; le journal est déjà tenu, et « python main.py verify » le vérifie.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Seul un administrateur peut modifier ces paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Relais is locked</source>
        <translation>Relais est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Signed in as %1. Enter your password to continue, or sign out.</source>
        <translation>Connecté en tant que %1. Saisissez votre mot de passe pour continuer, ou déconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Sign &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Relais is locked. Sign in again to continue.</source>
        <translation>Relais est verrouillé. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;About Relais</source>
        <translation>À &amp;propos de Relais</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="587"/>
        <source>no practice name</source>
        <translation>cabinet sans nom</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="712"/>
        <source>Recall done: %1</source>
        <translation>Marquer comme fait : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="715"/>
        <source>The reminders still ahead for this patient are cancelled; the next recall counts from the day it was done.</source>
        <translation>Les rappels encore à venir pour ce patient sont annulés ; la prochaine échéance se calcule à partir de la date de réalisation.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="725"/>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="732"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="733"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Fait le :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="741"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="743"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="759"/>
        <source>Choose the patient: type part of the name, then pick them in the list.</source>
        <translation>Choisissez le patient : tapez une partie du nom, puis sélectionnez-le dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="778"/>
        <source>It cannot be in the future.</source>
        <translation>Cette date ne peut pas être dans le futur.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../../ui/reminders/medication.py" line="167"/>
        <source>New medication reminder</source>
        <translation>Nouveau rappel de traitement</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="173"/>
        <source>What the reminder is for</source>
        <translation>Objet du rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="174"/>
        <source>Prescription renewal</source>
        <translation>Renouvellement d’ordonnance</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="176"/>
        <source>Shown in letters and e-mails; never in an SMS, which stays discreet.</source>
        <translation>Affiché dans les courriers et les e-mails ; jamais dans un SMS, qui reste discret.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="181"/>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="184"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="188"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="189"/>
        <source>&amp;About:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="190"/>
        <source>How &amp;often:</source>
        <translation>F&amp;réquence :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="193"/>
        <source>At &amp;time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="194"/>
        <source>&amp;From:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="195"/>
        <source>&amp;Until:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="205"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="206"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="220"/>
        <source>Stop on</source>
        <translation>Arrêter le</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="221"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="245"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="246"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="247"/>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="248"/>
        <source>Every month on day…</source>
        <translation>Tous les mois, le jour…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="249"/>
        <source>Other rule (RRULE)…</source>
        <translation>Autre règle (RRULE)…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="252"/>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="255"/>
        <source>Recurrence rule (RFC 5545)</source>
        <translation>Règle de récurrence (RFC 5545)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="308"/>
        <source>Choose the patient: type part of the name, then pick them in the list.</source>
        <translation>Choisissez le patient : tapez une partie du nom, puis sélectionnez-le dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="339"/>
        <source>This is needed.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="340"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="341"/>
        <source>The last day cannot come before the first.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="342"/>
        <source>Medication reminders are switched off in the settings.</source>
        <translation>Les rappels de traitement sont désactivés dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="../../ui/reminders/medication.py" line="114"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="115"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="116"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="117"/>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="118"/>
        <source>Next reminder</source>
        <translation>Prochain rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="119"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="138"/>
        <source>made up to 14 days ahead</source>
        <translation>créé 14 jours à l’avance</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="140"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="145"/>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="147"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="149"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>MedicationTab</name>
    <message>
        <location filename="../../ui/reminders/medication.py" line="376"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="382"/>
        <location filename="../../ui/reminders/medication.py" line="453"/>
        <source>Choose a patient to see their medication reminders.</source>
        <translation>Choisissez un patient pour voir ses rappels de traitement.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="385"/>
        <source>&amp;New medication reminder…</source>
        <translation>&amp;Nouveau rappel de traitement…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="386"/>
        <source>A reminder on the patient&apos;s own schedule (Ctrl+N)</source>
        <translation>Un rappel au rythme propre du patient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="389"/>
        <source>&amp;Stop this reminder…</source>
        <translation>Arrêter &amp;ce rappel…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="417"/>
        <source>Medication reminders of the patient</source>
        <translation>Rappels de traitement du patient</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="448"/>
        <source>Medication reminders of %1:</source>
        <translation>Rappels de traitement de %1 :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="450"/>
        <source>%1 has no medication reminder.</source>
        <translation>%1 n’a aucun rappel de traitement.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="489"/>
        <source>Medication reminder saved; its reminders are made 14 days ahead.</source>
        <translation>Rappel de traitement enregistré ; ses rappels sont créés 14 jours à l’avance.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="497"/>
        <source>Stop the medication reminder</source>
        <translation>Arrêter le rappel de traitement</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="499"/>
        <source>Stop « %1 »? Its reminders ahead are cancelled, with what was not sent.</source>
        <translation>Arrêter « %1 » ? Ses rappels à venir sont annulés, avec ce qui n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="501"/>
        <source>Stop it</source>
        <translation>L’arrêter</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="502"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/medication.py" line="519"/>
        <source>Medication reminder stopped.</source>
        <translation>Rappel de traitement arrêté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/medication.py" line="521"/>
        <source>%n reminder(s) ahead cancelled.</source>
        <translation>
            <numerusform>%n rappel à venir annulé.</numerusform>
            <numerusform>%n rappels à venir annulés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="192"/>
        <source>Privacy notice</source>
        <translation>Notice d’information</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="195"/>
        <source>The privacy notice tells patients what the practice does with their data and how to exercise their rights. Each consent recorded keeps the version in force that day, and the transparency report names it. When the notice changes, put the new text up in the waiting room and on the website, then publish its version here.</source>
        <translation>La notice d’information explique aux patients ce que le cabinet fait de leurs données et comment exercer leurs droits. Chaque consentement enregistré garde la version en vigueur ce jour-là, et le rapport de transparence l’indique. Quand la notice change, affichez le nouveau texte dans la salle d’attente et sur le site web, puis publiez sa version ici.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="207"/>
        <source>Versions of the privacy notice</source>
        <translation>Versions de la notice d’information</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="209"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="209"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="209"/>
        <source>Agree again</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="209"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="226"/>
        <source>&amp;Publish a new version…</source>
        <translation>&amp;Publier une nouvelle version…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="231"/>
        <source>Only an administrator publishes the privacy notice.</source>
        <translation>Seul un administrateur publie la notice d’information.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="265"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="265"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="276"/>
        <source>In force now: version %1, published on %2.</source>
        <translation>En vigueur : version %1, publiée le %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="283"/>
        <source>No version published yet: the transparency report says so, and consents are recorded without a notice version.</source>
        <translation>Aucune version publiée pour l’instant : le rapport de transparence le signale, et les consentements sont enregistrés sans version de notice.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="302"/>
        <source>Version %1 published.</source>
        <translation>Version %1 publiée.</translation>
    </message>
</context>
<context>
    <name>OneComplaintDialog</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="536"/>
        <source>Complaint %1 of %2 — %3, from %4.</source>
        <translation>Réclamation %1 du %2 — %3, de la part de %4.</translation>
    </message>
</context>
<context>
    <name>OneOffDialog</name>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="175"/>
        <source>New one-off reminder</source>
        <translation>Nouveau rappel ponctuel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="178"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="184"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="189"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="194"/>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="200"/>
        <source>What it is about</source>
        <translation>Objet du rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="201"/>
        <source>Results to collect</source>
        <translation>Résultats à récupérer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="203"/>
        <source>Shown in letters and e-mails; never in an SMS, which stays discreet.</source>
        <translation>Affiché dans les courriers et les e-mails ; jamais dans un SMS, qui reste discret.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="206"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="213"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="214"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="215"/>
        <source>&amp;Due on:</source>
        <translation>Pré&amp;vu le :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="216"/>
        <source>&amp;About:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="217"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="227"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="228"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="261"/>
        <source>Choose the patient: type part of the name, then pick them in the list.</source>
        <translation>Choisissez le patient : tapez une partie du nom, puis sélectionnez-le dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="292"/>
        <source>This time has already passed.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="293"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="294"/>
        <source>This purpose is switched off in the settings.</source>
        <translation>Cette finalité est désactivée dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>OneOffModel</name>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="112"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="113"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="114"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="115"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="116"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="117"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="140"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="155"/>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="156"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="157"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>OneOffTab</name>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="377"/>
        <source>A reminder due once, for one patient: results to collect, a call back, a document to bring. It goes on the channel named, or the patient&apos;s own choice.</source>
        <translation>Un rappel à faire une seule fois, pour un patient : résultats à récupérer, cabinet à rappeler, document à apporter. Il part par le canal indiqué, ou par celui que le patient a choisi.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="385"/>
        <source>One-off reminders to come</source>
        <translation>Rappels ponctuels à venir</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="401"/>
        <source>&amp;New reminder…</source>
        <translation>&amp;Nouveau rappel…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="402"/>
        <source>A reminder due once, for one patient (Ctrl+N)</source>
        <translation>Un rappel à faire une seule fois, pour un patient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="405"/>
        <source>Cancel the remin&amp;der…</source>
        <translation>Annuler le ra&amp;ppel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/one_off.py" line="430"/>
        <source>%n to come</source>
        <translation>
            <numerusform>%n à venir</numerusform>
            <numerusform>%n à venir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="432"/>
        <source>(the first %1)</source>
        <translation>(les %1 premiers)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="467"/>
        <source>Reminder added; it is planned as its day comes near.</source>
        <translation>Rappel ajouté ; il sera programmé à l’approche de son jour.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="475"/>
        <source>the reminder of %1 on %2</source>
        <translation>le rappel de %1 du %2</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/one_off.py" line="488"/>
        <source>Reminder cancelled, with what was not yet sent.</source>
        <translation>Rappel annulé, avec ce qui n’était pas encore envoyé.</translation>
    </message>
</context>
<context>
    <name>OutcomeList</name>
    <message>
        <location filename="../../ui/today/outcomes.py" line="73"/>
        <source>Appointments awaiting an outcome</source>
        <translation>Rendez-vous à renseigner</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="75"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="75"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="75"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="88"/>
        <source>Every past appointment has its outcome.</source>
        <translation>Chaque rendez-vous passé est renseigné.</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="93"/>
        <source>&amp;Attended</source>
        <translation>&amp;Honoré</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="94"/>
        <source>&amp;Missed</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="95"/>
        <source>Cancelled &amp;in time</source>
        <translation>Annulé à &amp;temps</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="97"/>
        <source>The patient came.</source>
        <translation>Le patient est venu.</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="99"/>
        <source>The patient did not come and did not warn the practice.</source>
        <translation>Le patient n’est pas venu et n’a pas prévenu le cabinet.</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="103"/>
        <source>The patient warned in time: the appointment is cancelled, with what was still to be sent for it.</source>
        <translation>Le patient a prévenu à temps : le rendez-vous est annulé, avec ce qui restait à envoyer pour lui.</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="183"/>
        <source>Saving the outcome</source>
        <translation>Enregistrement du résultat</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="210"/>
        <source>The outcome could not be saved: %1</source>
        <translation>Le résultat n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="216"/>
        <source>%1 came to the appointment.</source>
        <translation>%1 est venu(e) au rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="218"/>
        <source>%1 missed the appointment.</source>
        <translation>%1 n’est pas venu(e) au rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/today/outcomes.py" line="219"/>
        <source>%1 cancelled in time: the appointment is cancelled.</source>
        <translation>%1 a prévenu à temps : le rendez-vous est annulé.</translation>
    </message>
</context>
<context>
    <name>PaperSettingsTab</name>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="146"/>
        <source>Letters are folded in three and posted in DL window envelopes (110 × 220 mm, window on the right). Say where the patient&apos;s address is printed, in millimetres from the top left corner of the sheet, then print the test page and check it against a real envelope.</source>
        <translation>Les courriers sont pliés en trois et postés dans des enveloppes DL à fenêtre (110 × 220 mm, fenêtre à droite). Indiquez où l’adresse du patient est imprimée, en millimètres depuis le coin supérieur gauche de la feuille, puis imprimez la page de test et vérifiez-la avec une vraie enveloppe.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="169"/>
        <source>Address window</source>
        <translation>Fenêtre d’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="172"/>
        <source>From the &amp;left edge:</source>
        <translation>Depuis le bord &amp;gauche :</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="173"/>
        <source>From the &amp;top edge:</source>
        <translation>Depuis le bord &amp;haut :</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="174"/>
        <source>&amp;Width:</source>
        <translation>La&amp;rgeur :</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="175"/>
        <source>&amp;Height:</source>
        <translation>Hau&amp;teur :</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="199"/>
        <source>The top third of the folded sheet</source>
        <translation>Le tiers supérieur de la feuille pliée</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="210"/>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="212"/>
        <source>&amp;Print test page…</source>
        <translation>&amp;Imprimer la page de test…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="214"/>
        <source>The test page uses the values shown here, saved or not.</source>
        <translation>La page de test utilise les valeurs affichées ici, enregistrées ou non.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="217"/>
        <source>&amp;Back to the defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="219"/>
        <source>Put the address back where letters print it by default (the logo stays).</source>
        <translation>Remettre l’adresse à son emplacement par défaut (le logo reste).</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="225"/>
        <source>Only an administrator can change the paper.</source>
        <translation>Seul un administrateur peut modifier les réglages du papier.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="237"/>
        <source>Logo on the letterhead</source>
        <translation>Logo de l’en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="241"/>
        <source>The logo</source>
        <translation>Le logo</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="244"/>
        <source>&amp;Choose a logo…</source>
        <translation>Choisir un l&amp;ogo…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="246"/>
        <source>&amp;Remove the logo</source>
        <translation>S&amp;upprimer le logo</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="252"/>
        <source>A PNG or JPEG file of at most 512 KB. It prints %1 mm tall above the practice&apos;s name, at most %2 mm wide.</source>
        <translation>Un fichier PNG ou JPEG de 512 Ko au plus. Il s’imprime sur %1 mm de haut au-dessus du nom du cabinet, sur %2 mm de large au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="311"/>
        <source>Choose the practice&apos;s logo</source>
        <translation>Choisir le logo du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="313"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="341"/>
        <source>No logo: the letterhead starts with the name.</source>
        <translation>Pas de logo : l’en-tête commence par le nom.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="359"/>
        <source>%1 × %2 pixels, %3 KB; printed %4 × %5 mm.</source>
        <translation>%1 × %2 pixels, %3 Ko ; imprimé en %4 × %5 mm.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="384"/>
        <source>Saving the paper settings</source>
        <translation>Enregistrement des réglages du papier</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="392"/>
        <source>Saved. Letters print with these settings from now on.</source>
        <translation>Enregistré. Les courriers s’impriment désormais avec ces réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="395"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="400"/>
        <source>Not saved: what is marked needs correcting.</source>
        <translation>Non enregistré : corrigez ce qui est signalé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="402"/>
        <source>Not saved:</source>
        <translation>Non enregistré :</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="431"/>
        <source>No test page: what is marked needs correcting first.</source>
        <translation>Pas de page de test : corrigez d’abord ce qui est signalé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="439"/>
        <source>The test page could not be written: %1</source>
        <translation>La page de test n’a pas pu être créée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="450"/>
        <source>Envelope test page</source>
        <translation>Page de test pour enveloppe</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="458"/>
        <source>At least %1 mm.</source>
        <translation>Au moins %1 mm.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="460"/>
        <source>At least %1 mm: five lines of address.</source>
        <translation>Au moins %1 mm : cinq lignes d’adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="470"/>
        <source>At least %1 mm: the window is on the right, the letterhead on its left.</source>
        <translation>Au moins %1 mm : la fenêtre est à droite, l’en-tête à sa gauche.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="473"/>
        <source>At least %1 mm from the top edge.</source>
        <translation>Au moins %1 mm du bord haut.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="479"/>
        <source>The window would reach past %1 mm from the left: keep %2 mm inside the sheet&apos;s right edge (make it narrower or move it left).</source>
        <translation>La fenêtre dépasserait %1 mm depuis la gauche : gardez %2 mm de marge avec le bord droit de la feuille (réduisez sa largeur ou déplacez-la vers la gauche).</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="488"/>
        <source>The window would reach past %1 mm from the top: keep %2 mm above the first fold (make it shorter or move it up).</source>
        <translation>La fenêtre dépasserait %1 mm depuis le haut : gardez %2 mm au-dessus du premier pli (réduisez sa hauteur ou remontez-la).</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="495"/>
        <source>In steps of 0.5 mm.</source>
        <translation>Par pas de 0,5 mm.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="497"/>
        <source>%1 is not an image: choose a PNG or JPEG file.</source>
        <translation>%1 n’est pas une image : choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="498"/>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="499"/>
        <source>%1 is too big: at most 512 KB.</source>
        <translation>%1 est trop lourd : 512 Ko au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="500"/>
        <source>%1 has too few or too many pixels: from 32 to 4000 on each side.</source>
        <translation>%1 a trop peu ou trop de pixels : de 32 à 4000 de chaque côté.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="501"/>
        <source>%1 is damaged and cannot be read.</source>
        <translation>%1 est abîmé et illisible.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="502"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="505"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <location filename="../../ui/patients/editor.py" line="167"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="169"/>
        <source>Patient: %1</source>
        <translation>Patient : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="273"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="276"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="276"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="277"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="277"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="279"/>
        <source>Birth &amp;name</source>
        <translation>Nom de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="280"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="280"/>
        <source>If different</source>
        <translation>S’il est différent</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="283"/>
        <source>&amp;Birth date</source>
        <translation>Date de nai&amp;ssance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="284"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="284"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="287"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="290"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="292"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="293"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="294"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="295"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="300"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="303"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="304"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="304"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="308"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="311"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="313"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="314"/>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="315"/>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="316"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="321"/>
        <location filename="../../ui/patients/editor.py" line="322"/>
        <source>Practice software id</source>
        <translation>Identifiant du logiciel du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="328"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="332"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Portable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="332"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="332"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="337"/>
        <source>Landline</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="337"/>
        <source>04 78 12 34 56</source>
        <translation>04 78 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="339"/>
        <source>Shared with household</source>
        <translation>Partagé avec le foyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="343"/>
        <source>Land&amp;line</source>
        <translation>&amp;Fixe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="345"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="345"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="345"/>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="347"/>
        <source>St&amp;reet</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="347"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="349"/>
        <source>Com&amp;plement</source>
        <translation>Com&amp;plément</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="351"/>
        <source>Address complement</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="351"/>
        <source>Building, floor, PO box</source>
        <translation>Bâtiment, étage, boîte postale</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="357"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="357"/>
        <source>69003</source>
        <translation>69003</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="361"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="362"/>
        <source>Post&amp;code, city</source>
        <translation>&amp;Code postal, ville</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="367"/>
        <source>Household and needs</source>
        <translation>Foyer et besoins</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="371"/>
        <source>Hou&amp;sehold</source>
        <translation>F&amp;oyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="373"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="373"/>
        <source>Same text for people living together</source>
        <translation>Le même texte pour les personnes qui vivent ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="377"/>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="378"/>
        <source>Easy-read letters</source>
        <translation>Lettres faciles à lire</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="380"/>
        <source>Needs a phone call instead of a letter</source>
        <translation>Préfère un appel à une lettre</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="383"/>
        <source>No digital access (paper and phone only)</source>
        <translation>Pas d’accès numérique (papier et téléphone seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="402"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="403"/>
        <source>Save the patient</source>
        <translation>Enregistrer le patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="408"/>
        <source>C&amp;ommunication profile…</source>
        <translation>Profil de &amp;communication…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="580"/>
        <source>The record has been reloaded: check it and make your change again.</source>
        <translation>La fiche a été rechargée : vérifiez-la et refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="585"/>
        <source>Possible duplicate: %1 %2, born %3 (#%4)</source>
        <translation>Doublon possible : %1 %2, né(e) le %3 (n° %4)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="592"/>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="598"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="609"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="610"/>
        <source>Discard your changes to this patient?</source>
        <translation>Abandonner vos modifications de ce patient ?</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="618"/>
        <source>The patient was not saved</source>
        <translation>Le patient n’a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>PatientMessages</name>
    <message>
        <location filename="../../ui/patients/messages.py" line="21"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="22"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="23"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="24"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="25"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="26"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="27"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="28"/>
        <source>Practice software id</source>
        <translation>Identifiant du logiciel du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="29"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="30"/>
        <source>Landline</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="31"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="32"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="33"/>
        <source>Address complement</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="34"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="35"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="36"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="37"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="48"/>
        <source>Required for a postal address.</source>
        <translation>Obligatoire pour une adresse postale.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="50"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="53"/>
        <source>Use letters, spaces, hyphens and apostrophes only.</source>
        <translation>Uniquement des lettres, espaces, traits d’union et apostrophes.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="56"/>
        <source>Too long: 100 characters at most.</source>
        <translation>Trop long : 100 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="59"/>
        <source>Not a date: type it as dd/mm/yyyy.</source>
        <translation>Date non valide : saisissez-la sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="62"/>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="63"/>
        <source>This date is more than 125 years ago.</source>
        <translation>Cette date remonte à plus de 125 ans.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="66"/>
        <source>Not a phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="68"/>
        <source>Not a valid French mobile number.</source>
        <translation>Numéro de portable français non valide.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="70"/>
        <source>Not a valid mobile number for this country.</source>
        <translation>Numéro de portable non valide pour ce pays.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="75"/>
        <source>Not a valid French phone number.</source>
        <translation>Numéro de téléphone français non valide.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="77"/>
        <source>Not a valid phone number for this country.</source>
        <translation>Numéro de téléphone non valide pour ce pays.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="81"/>
        <source>Not a mobile number, so SMS cannot reach it: enter it as a landline.</source>
        <translation>Ce n’est pas un portable, les SMS ne peuvent pas l’atteindre : saisissez-le comme fixe.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="85"/>
        <source>Not a valid e-mail address.</source>
        <translation>Adresse e-mail non valide.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="88"/>
        <source>A French postcode has 5 digits.</source>
        <translation>Un code postal français a 5 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="91"/>
        <source>Cannot start with =, +, - or @.</source>
        <translation>Ne peut pas commencer par =, +, - ou @.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="92"/>
        <source>Use F, M, X or U.</source>
        <translation>Utilisez F, M, X ou U.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="93"/>
        <source>Use fr or en.</source>
        <translation>Utilisez fr ou en.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="94"/>
        <source>Not a known status.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="97"/>
        <source>This row has more fields than the header.</source>
        <translation>Cette ligne a plus de champs que l’en-tête.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="100"/>
        <source>This row has fewer fields than the header.</source>
        <translation>Cette ligne a moins de champs que l’en-tête.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/messages.py" line="103"/>
        <source>Use oui or non (yes or no).</source>
        <translation>Utilisez oui ou non.</translation>
    </message>
</context>
<context>
    <name>PatientMessagesView</name>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="113"/>
        <source>Messages to this patient</source>
        <translation>Messages à ce patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="115"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="115"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="115"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="115"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="129"/>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="130"/>
        <source>No message has been planned or sent to this patient.</source>
        <translation>Aucun message n’a été prévu ni envoyé à ce patient.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="134"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="182"/>
        <source>(written when it is sent)</source>
        <translation>(rédigé au moment de l’envoi)</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../ui/reminders/widgets.py" line="126"/>
        <source>Name, birth date, phone or e-mail</source>
        <translation>Nom, date de naissance, téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/widgets.py" line="127"/>
        <source>Find the patient</source>
        <translation>Trouver le patient</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/widgets.py" line="128"/>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/widgets.py" line="165"/>
        <source>(no longer in the register)</source>
        <translation>(ne figure plus dans le registre)</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <location filename="../../ui/patients/table_model.py" line="232"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="233"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="234"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="235"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="236"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="237"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="238"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="243"/>
        <source>Last name in capitals, then first name</source>
        <translation>Nom en capitales, puis prénom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="244"/>
        <source>Birth date (day/month/year)</source>
        <translation>Date de naissance (jour/mois/année)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="245"/>
        <source>Age in years today</source>
        <translation>Âge en années aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="246"/>
        <source>Mobile, or landline when there is no mobile</source>
        <translation>Portable, ou fixe s’il n’y a pas de portable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="247"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="248"/>
        <source>City of the postal address</source>
        <translation>Ville de l’adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="249"/>
        <source>Whether the patient is active, and whether they need paper</source>
        <translation>Si le patient est actif, et s’il lui faut du papier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="282"/>
        <source>(no longer in the register)</source>
        <translation>(ne figure plus dans le registre)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="296"/>
        <source>Moved</source>
        <translation>Déménagé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="297"/>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="298"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="300"/>
        <source>Paper only</source>
        <translation>Papier seulement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="321"/>
        <source>%1, born %2 (#%3)</source>
        <translation>%1, né(e) le %2 (n° %3)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="327"/>
        <source>No digital access: letters and phone calls only</source>
        <translation>Pas d’accès numérique : lettres et appels seulement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/table_model.py" line="334"/>
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="336"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/patients/table_model.py" line="338"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message>
        <location filename="../../ui/patients/view.py" line="69"/>
        <source>Name, birth date, phone or e-mail</source>
        <translation>Nom, date de naissance, téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="71"/>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="73"/>
        <source>Type the start of a name, a birth date (dd/mm/yyyy), a phone or an e-mail</source>
        <translation>Tapez le début d’un nom, une date de naissance (jj/mm/aaaa), un téléphone ou un e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="76"/>
        <source>Number of patients found</source>
        <translation>Nombre de patients trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="78"/>
        <source>&amp;New patient</source>
        <translation>&amp;Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="79"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="80"/>
        <source>Create a patient (Ctrl+N)</source>
        <translation>Créer un patient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="82"/>
        <source>Import patients from a file</source>
        <translation>Importer des patients depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="83"/>
        <source>Import patients from the practice software (CSV)</source>
        <translation>Importer les patients du logiciel du cabinet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="86"/>
        <source>Your role does not allow creating patients.</source>
        <translation>Votre rôle ne permet pas de créer des patients.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="89"/>
        <source>Your role does not allow importing patients.</source>
        <translation>Votre rôle ne permet pas d’importer des patients.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="129"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/view.py" line="228"/>
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/patients/view.py" line="230"/>
        <source>No patient matches this search</source>
        <translation>Aucun patient ne correspond à cette recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/view.py" line="232"/>
        <source>The first %Ln matches; type more to narrow the search</source>
        <translation>
            <numerusform>Le premier résultat ; précisez la recherche</numerusform>
            <numerusform>Les %Ln premiers résultats ; précisez la recherche pour affiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/view.py" line="234"/>
        <source>%Ln patient(s) found</source>
        <translation>
            <numerusform>%Ln patient trouvé</numerusform>
            <numerusform>%Ln patients trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="187"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="190"/>
        <source>it is not a PDF or it is damaged</source>
        <translation>ce n’est pas un PDF ou il est endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="193"/>
        <location filename="../../ui/print_preview.py" line="196"/>
        <source>it is protected by a password</source>
        <translation>il est protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="201"/>
        <source>the PDF reader failed</source>
        <translation>le lecteur PDF a échoué</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="204"/>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d’ouvrir %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="235"/>
        <source>Cannot print %1: no printer is available.</source>
        <translation>Impossible d’imprimer %1 : aucune imprimante n’est disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="240"/>
        <source>Cannot print %1: the printer %2 is not available.</source>
        <translation>Impossible d’imprimer %1 : l’imprimante %2 n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="256"/>
        <source>Cannot print %1: the printer stopped at page %2.</source>
        <translation>Impossible d’imprimer %1 : l’imprimante s’est arrêtée à la page %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="313"/>
        <source>Cannot print %1: page %2 is unreadable.</source>
        <translation>Impossible d’imprimer %1 : la page %2 est illisible.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="476"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="491"/>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="498"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="499"/>
        <source>Print the document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="502"/>
        <source>Print (%1)</source>
        <translation>Imprimer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="509"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="510"/>
        <source>Save a copy of the document as a PDF file</source>
        <translation>Enregistrer une copie du document au format PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="513"/>
        <source>Open in the system &amp;viewer…</source>
        <translation>Ouvrir dans la &amp;visionneuse du système…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="515"/>
        <source>Open the document in this computer&apos;s PDF viewer</source>
        <translation>Ouvrir le document dans la visionneuse PDF de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="524"/>
        <location filename="../../ui/print_preview.py" line="651"/>
        <source>Close the preview</source>
        <translation>Fermer l’aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="549"/>
        <location filename="../../ui/print_preview.py" line="610"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="619"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="622"/>
        <source>Printing %1</source>
        <translation>Impression de %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="634"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="647"/>
        <location filename="../../ui/print_preview.py" line="648"/>
        <source>Cancel printing</source>
        <translation>Annuler l’impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="669"/>
        <source>Printing cancelled at page %1 of %2: nothing was printed.</source>
        <translation>Impression annulée à la page %1 sur %2 : rien n’a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="672"/>
        <source>Printing cancelled at page %1 of %2: the pages before it had already gone to the printer and may still print.</source>
        <translation>Impression annulée à la page %1 sur %2 : les pages précédentes étaient déjà parties vers l’imprimante et peuvent encore s’imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="682"/>
        <source>Not printed.</source>
        <translation>Non imprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="684"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_preview.py" line="658"/>
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>%n page envoyée à %1</numerusform>
            <numerusform>%n pages envoyées à %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="718"/>
        <location filename="../../ui/print_preview.py" line="767"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="718"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="735"/>
        <location filename="../../ui/print_preview.py" line="746"/>
        <source>Not opened.</source>
        <translation>Non ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="738"/>
        <location filename="../../ui/print_preview.py" line="749"/>
        <source>Open in the system viewer</source>
        <translation>Ouvrir dans la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="739"/>
        <source>Could not copy %1 for the viewer: %2.</source>
        <translation>Impossible de copier %1 pour la visionneuse : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="751"/>
        <source>No program on this computer opens PDF files. Print from here, or save a copy as PDF.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre les fichiers PDF. Imprimez d’ici, ou enregistrez une copie en PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="756"/>
        <source>Opened in the system viewer.</source>
        <translation>Ouvert dans la visionneuse du système.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="764"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="768"/>
        <source>Could not save %1: %2.</source>
        <translation>Impossible d’enregistrer %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="773"/>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>PracticeForm</name>
    <message>
        <location filename="../../ui/practice_form.py" line="84"/>
        <source>Practice &amp;name:</source>
        <translation>&amp;Nom du cabinet :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="84"/>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="85"/>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="85"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="86"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="86"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="87"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="87"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="88"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="88"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="89"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="90"/>
        <source>Default &amp;country for phones:</source>
        <translation>Pa&amp;ys par défaut des numéros :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="90"/>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="92"/>
        <source>Data protection &amp;officer:</source>
        <translation>&amp;Délégué à la protection des données :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="93"/>
        <source>Data protection officer&apos;s name</source>
        <translation>Nom du délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="96"/>
        <source>Officer&apos;s con&amp;tact:</source>
        <translation>C&amp;ontact du délégué :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="97"/>
        <source>How to reach the data protection officer</source>
        <translation>Comment joindre le délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="105"/>
        <source>e.g. Cabinet médical du Parc</source>
        <translation>p. ex. Cabinet médical du Parc</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="111"/>
        <source>Phone numbers typed without +country are read as numbers of this country.</source>
        <translation>Les numéros saisis sans indicatif +pays sont lus comme des numéros de ce pays.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="123"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="125"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="129"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="130"/>
        <source>Lock after inactivity, in minutes</source>
        <translation>Verrouillage après inactivité, en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="132"/>
        <source>&amp;Lock after inactivity:</source>
        <translation>Verrouiller après &amp;inactivité :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="135"/>
        <source>optional, e.g. Dr Anne Martin</source>
        <translation>facultatif, p. ex. Dr Anne Martin</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="136"/>
        <source>e-mail, phone or postal address</source>
        <translation>e-mail, téléphone ou adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="140"/>
        <source>Printed in the record of processing (GDPR Article 30), so patients and the CNIL know whom to ask about their data.</source>
        <translation>Figure dans le registre des activités de traitement (RGPD, article 30), pour que les patients et la CNIL sachent à qui s’adresser au sujet de leurs données.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="211"/>
        <source>The practice needs a name.</source>
        <translation>Le cabinet doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="213"/>
        <source>Use a two-letter country code, e.g. FR.</source>
        <translation>Utilisez un code pays de deux lettres, p. ex. FR.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="217"/>
        <source>A French postcode has 5 digits, e.g. 69003.</source>
        <translation>Un code postal français compte 5 chiffres, p. ex. 69003.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="223"/>
        <source>This is not a valid phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="229"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Ce n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="232"/>
        <source>Say how patients reach the officer: an e-mail, a phone or an address.</source>
        <translation>Indiquez comment les patients joignent le délégué : un e-mail, un téléphone ou une adresse.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="74"/>
        <source>Your practice</source>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="75"/>
        <source>Welcome to Relais. First, tell us about the practice.</source>
        <translation>Bienvenue dans Relais. Pour commencer, présentez-nous le cabinet.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="80"/>
        <source>Everything is kept in one encrypted file on this computer: %1. You can change these details later in Settings.</source>
        <translation>Tout est conservé dans un seul fichier chiffré sur cet ordinateur : %1. Vous pourrez modifier ces informations plus tard dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>PreferencesEditor</name>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="355"/>
        <source>Read only: your role cannot change contact preferences.</source>
        <translation>Lecture seule : votre rôle ne permet pas de modifier les préférences de contact.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="401"/>
        <location filename="../../ui/patients/preferences_editor.py" line="614"/>
        <source>Your role cannot change contact preferences.</source>
        <translation>Votre rôle ne permet pas de modifier les préférences de contact.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="410"/>
        <source>&amp;Save preferences</source>
        <translation>&amp;Enregistrer les préférences</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="411"/>
        <source>Save the contact preferences</source>
        <translation>Enregistrer les préférences de contact</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="413"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="414"/>
        <source>Revert to the saved preferences</source>
        <translation>Revenir aux préférences enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="415"/>
        <source>Forget the changes made since the last save.</source>
        <translation>Oublier les modifications faites depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="443"/>
        <source>Channels by purpose</source>
        <translation>Canaux par finalité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="446"/>
        <source>For each purpose, tick the channels the patient accepts; the number is the order in which they are tried. ◀ ▶ (or Ctrl+Left / Ctrl+Right) change the order.</source>
        <translation>Pour chaque finalité, cochez les canaux que le patient accepte ; le numéro donne l’ordre dans lequel ils sont essayés. ◀ ▶ (ou Ctrl+Gauche / Ctrl+Droite) changent l’ordre.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="469"/>
        <source>Limits (all channels together)</source>
        <translation>Limites (tous canaux confondus)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="471"/>
        <source>Messages per week, at most</source>
        <translation>Messages par semaine, au plus</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="472"/>
        <source>Messages per month, at most</source>
        <translation>Messages par mois, au plus</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="473"/>
        <source>At most per &amp;week:</source>
        <translation>Au plus par &amp;semaine :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="475"/>
        <source>At most per &amp;month:</source>
        <translation>Au plus par &amp;mois :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="482"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="500"/>
        <source>Letters and tone</source>
        <translation>Courriers et ton</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="505"/>
        <source>&amp;Formal (« vous »)</source>
        <translation>&amp;Vouvoiement (« vous »)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="506"/>
        <source>&amp;Informal (« tu »)</source>
        <translation>&amp;Tutoiement (« tu »)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="509"/>
        <source>Paper format</source>
        <translation>Format papier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="510"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="511"/>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="512"/>
        <source>Easy-read</source>
        <translation>Facile à lire</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="515"/>
        <source>Tone:</source>
        <translation>Ton :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="519"/>
        <source>&amp;Paper only (no SMS, no e-mail)</source>
        <translation>Papier &amp;uniquement (ni SMS, ni e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="520"/>
        <source>Needs a &amp;call instead of a letter</source>
        <translation>Préfère un &amp;appel à un courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="550"/>
        <source>Quiet times</source>
        <translation>Périodes sans message</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="552"/>
        <source>No messages before</source>
        <translation>Pas de message avant</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="553"/>
        <source>No messages after</source>
        <translation>Pas de message après</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="555"/>
        <source>No messages &amp;before:</source>
        <translation>Pas de message a&amp;vant :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="557"/>
        <source>No messages &amp;after:</source>
        <translation>Pas de message a&amp;près :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="568"/>
        <source>Quiet on %1</source>
        <translation>Pas de message le %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="574"/>
        <source>Quiet days:</source>
        <translation>Jours sans message :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="576"/>
        <source>Quiet on public &amp;holidays too</source>
        <translation>Ni les jours &amp;fériés</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="586"/>
        <source>Quiet times apply to %1</source>
        <translation>Les périodes sans message s’appliquent à : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="516"/>
        <source>Paper fo&amp;rmat:</source>
        <translation>Fo&amp;rmat papier :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="591"/>
        <source>The quiet times apply to:</source>
        <translation>Les périodes sans message s’appliquent à :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="645"/>
        <source>Messages and letters are written in %1, the language set in the patient record (change it there).</source>
        <translation>Les messages et courriers sont rédigés en %1, la langue indiquée dans la fiche du patient (à modifier là).</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="647"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="647"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="724"/>
        <source>Paper only: every purpose goes by phone call.</source>
        <translation>Papier uniquement : chaque finalité passe par un appel téléphonique.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="726"/>
        <source>Paper only: every purpose goes by letter.</source>
        <translation>Papier uniquement : chaque finalité passe par courrier.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="729"/>
        <source>Letters are replaced by a phone call.</source>
        <translation>Les courriers sont remplacés par un appel téléphonique.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="756"/>
        <source>A purpose that no longer exists has a channel choice.</source>
        <translation>Une finalité qui n’existe plus a un choix de canaux.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="757"/>
        <source>A channel is listed twice for one purpose.</source>
        <translation>Un canal figure deux fois pour une même finalité.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="758"/>
        <source>Use HH:MM, e.g. 09:00.</source>
        <translation>Utilisez HH:MM, par exemple 09:00.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="759"/>
        <source>Must be later than the start (%1).</source>
        <translation>Doit être après le début (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="762"/>
        <source>Days are Monday to Sunday.</source>
        <translation>Les jours vont du lundi au dimanche.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="763"/>
        <source>Between 0 and 100.</source>
        <translation>Entre 0 et 100.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="764"/>
        <source>More than the monthly limit (%1).</source>
        <translation>Plus que la limite mensuelle (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="819"/>
        <location filename="../../ui/patients/preferences_editor.py" line="887"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="841"/>
        <source>Not saved: correct the fields marked %1.</source>
        <translation>Non enregistré : corrigez les champs marqués %1.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="866"/>
        <source>The preferences have been reloaded: check them and make your change again.</source>
        <translation>Les préférences ont été rechargées : vérifiez-les et refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="872"/>
        <source>preferences recorded</source>
        <translation>préférences enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="873"/>
        <source>channels by purpose</source>
        <translation>canaux par finalité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="874"/>
        <source>weekly limit</source>
        <translation>limite par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="875"/>
        <source>monthly limit</source>
        <translation>limite par mois</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="876"/>
        <location filename="../../ui/patients/preferences_editor.py" line="877"/>
        <source>quiet hours</source>
        <translation>heures sans message</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="878"/>
        <source>quiet days</source>
        <translation>jours sans message</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="879"/>
        <source>public holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="880"/>
        <source>channels kept quiet</source>
        <translation>canaux concernés</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="881"/>
        <source>tone</source>
        <translation>ton</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="882"/>
        <source>paper format</source>
        <translation>format papier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="883"/>
        <source>paper only</source>
        <translation>papier uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="884"/>
        <source>call instead of a letter</source>
        <translation>appel plutôt que courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="893"/>
        <source>Saved: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>PrintCentrePage</name>
    <message>
        <location filename="../../ui/print_centre/page.py" line="78"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="79"/>
        <source>large print</source>
        <translation>gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="80"/>
        <source>easy read</source>
        <translation>facile à lire</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="195"/>
        <location filename="../../ui/print_centre/page.py" line="246"/>
        <source>Letters to print</source>
        <translation>Courriers à imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="217"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="220"/>
        <source>Refres&amp;h</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="221"/>
        <source>Read the lists again (F5)</source>
        <translation>Relire les listes (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="227"/>
        <source>Print centre</source>
        <translation>Centre d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="237"/>
        <source>Each letter is checked again before it is printed: a patient who withdrew or moved since it was planned is left out. Buttons act on the selected letters, or on all of them when none is selected.</source>
        <translation>Chaque courrier est vérifié à nouveau avant l’impression : un patient qui a retiré son consentement ou déménagé depuis est écarté. Les boutons agissent sur les courriers sélectionnés, ou sur tous si aucun n’est sélectionné.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="252"/>
        <source>No letter is waiting: the dispatcher queues each one when its day comes.</source>
        <translation>Aucun courrier en attente : chacun arrive ici le jour où il doit partir.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="261"/>
        <source>Letters printed, to post</source>
        <translation>Courriers imprimés, à poster</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="266"/>
        <source>No printed letter is waiting to be posted.</source>
        <translation>Aucun courrier imprimé n’attend d’être posté.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="303"/>
        <source>&amp;Letters</source>
        <translation>&amp;Courriers</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="304"/>
        <source>Labels and &amp;call sheet</source>
        <translation>Étiquettes et feuille d’&amp;appels</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="306"/>
        <source>Paper and &amp;envelopes</source>
        <translation>Papier et en&amp;veloppes</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="294"/>
        <source>Your role does not allow printing letters.</source>
        <translation>Votre rôle ne permet pas d’imprimer des courriers.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="305"/>
        <source>Print &amp;runs</source>
        <translation>&amp;Lots d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="329"/>
        <source>Reading the letters</source>
        <translation>Lecture des courriers</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="346"/>
        <source>The letters could not be read: %1</source>
        <translation>Les courriers n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="381"/>
        <source>To print (%1)</source>
        <translation>À imprimer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="382"/>
        <source>Printed, to post (%1)</source>
        <translation>Imprimés, à poster (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="409"/>
        <source>Preview and print the selected (%1)…</source>
        <translation>Voir et imprimer la sélection (%1)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="411"/>
        <source>Preview and print all (%1)…</source>
        <translation>Voir et imprimer tout (%1)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="419"/>
        <source>Mark the selected posted (%1)</source>
        <translation>Marquer la sélection comme postée (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="421"/>
        <source>Mark all posted (%1)</source>
        <translation>Tout marquer comme posté (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="447"/>
        <source>Preparing the letters</source>
        <translation>Préparation des courriers</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="457"/>
        <source>Checking and reading the letters</source>
        <translation>Vérification et lecture des courriers</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="458"/>
        <source>Laying out the letters</source>
        <translation>Mise en page des courriers</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="464"/>
        <source>Cancelled: nothing was printed or changed.</source>
        <translation>Annulé : rien n’a été imprimé ni modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="468"/>
        <source>The letters could not be prepared: %1</source>
        <translation>Les courriers n’ont pas pu être préparés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="478"/>
        <source>The practice has no phone number, and a letter must say how to reach it. Add it in Settings (the practice&apos;s details), then print again.</source>
        <translation>Le cabinet n’a pas de numéro de téléphone, et un courrier doit indiquer comment le joindre. Ajoutez-le dans Paramètres (coordonnées du cabinet), puis relancez l’impression.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="485"/>
        <source>No letter is left to print: the check before printing set %n aside.</source>
        <translation>
            <numerusform>Plus aucun courrier à imprimer : la vérification avant impression en a écarté %n.</numerusform>
            <numerusform>Plus aucun courrier à imprimer : la vérification avant impression en a écarté %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="490"/>
        <source>No letter is waiting to be printed.</source>
        <translation>Aucun courrier n’attend d’être imprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="495"/>
        <source>Some of these letters are no longer waiting to be printed: they were printed or cancelled meanwhile. The lists are up to date again; choose the letters anew.</source>
        <translation>Certains de ces courriers n’attendent plus d’être imprimés : ils ont été imprimés ou annulés entre-temps. Les listes sont de nouveau à jour ; choisissez à nouveau les courriers.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="506"/>
        <source>No letter is left to print.</source>
        <translation>Il ne reste aucun courrier à imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="527"/>
        <source>Nothing was marked printed: the letters wait for the next run.</source>
        <translation>Rien n’a été marqué comme imprimé : les courriers attendent la prochaine impression.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="547"/>
        <source>Print run</source>
        <translation>Lot d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="548"/>
        <source>Did the letters print correctly?</source>
        <translation>Les courriers se sont-ils bien imprimés ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="552"/>
        <source>%n letter(s) were in this print run. Answer yes only when every page came out: the letters then leave the list of letters to print.</source>
        <translation>
            <numerusform>%n courrier était dans ce lot d’impression. Répondez oui seulement si toutes les pages sont sorties : il quitte alors la liste des courriers à imprimer.</numerusform>
            <numerusform>%n courriers étaient dans ce lot d’impression. Répondez oui seulement si toutes les pages sont sorties : ils quittent alors la liste des courriers à imprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="569"/>
        <source>%n letter(s) marked printed. Mark them posted once they go out.</source>
        <translation>
            <numerusform>%n courrier marqué imprimé. Marquez-le posté quand il part.</numerusform>
            <numerusform>%n courriers marqués imprimés. Marquez-les postés quand ils partent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="573"/>
        <source>Kept as print run %1, for an identical reprint.</source>
        <translation>Conservé comme lot d’impression %1, pour une réimpression à l’identique.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="592"/>
        <source>%n letter(s) not printed: %1.</source>
        <translation>
            <numerusform>%n courrier non imprimé : %1.</numerusform>
            <numerusform>%n courriers non imprimés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="604"/>
        <source>its template must be fixed: %1</source>
        <translation>son modèle est à corriger : %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="606"/>
        <source>no longer relevant</source>
        <translation>n’est plus d’actualité</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="607"/>
        <source>what it was about was moved or cancelled</source>
        <translation>ce qu’il concernait a été déplacé ou annulé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="608"/>
        <source>the preferences changed since it was planned</source>
        <translation>les préférences ont changé depuis qu’il a été prévu</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="609"/>
        <source>the postal address can no longer be used</source>
        <translation>l’adresse postale n’est plus utilisable</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="610"/>
        <source>the patient already had as many messages as allowed for now</source>
        <translation>le patient a déjà reçu autant de messages que permis pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="611"/>
        <source>quiet time for this patient: it comes back to the list later</source>
        <translation>période sans message pour ce patient : il reviendra plus tard dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="618"/>
        <source>the patient has moved away</source>
        <translation>le patient a déménagé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="619"/>
        <source>the patient has died</source>
        <translation>le patient est décédé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="620"/>
        <source>the patient&apos;s record is archived</source>
        <translation>le dossier du patient est archivé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="621"/>
        <source>the patient&apos;s record was erased</source>
        <translation>le dossier du patient a été effacé</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="623"/>
        <source>the patient&apos;s record is marked %1</source>
        <translation>le dossier du patient est marqué %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="629"/>
        <source>consent was withdrawn since it was planned</source>
        <translation>le consentement a été retiré depuis qu’il a été prévu</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="630"/>
        <source>the patient refused since it was planned</source>
        <translation>le patient a refusé depuis qu’il a été prévu</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="631"/>
        <source>the patient objected since it was planned</source>
        <translation>le patient s’est opposé depuis qu’il a été prévu</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="632"/>
        <source>consent is no longer given since it was planned</source>
        <translation>le consentement n’est plus donné depuis qu’il a été prévu</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="634"/>
        <source>consent changed since it was planned (%1)</source>
        <translation>le consentement a changé depuis qu’il a été prévu (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_centre/page.py" line="651"/>
        <source>%n letter(s) marked posted.</source>
        <translation>
            <numerusform>%n courrier marqué posté.</numerusform>
            <numerusform>%n courriers marqués postés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="549"/>
        <source>&amp;Yes, mark them printed</source>
        <translation>&amp;Oui, les marquer comme imprimés</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/page.py" line="550"/>
        <source>&amp;No, keep them to print</source>
        <translation>&amp;Non, les garder à imprimer</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="160"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="167"/>
        <source>Channel of step %1</source>
        <translation>Canal de l’étape %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="173"/>
        <source>Days after the due date, step %1</source>
        <translation>Jours après l’échéance, étape %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="178"/>
        <source>Days after the due date; a negative number is before.</source>
        <translation>Jours après l’échéance ; un nombre négatif compte avant.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="180"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="242"/>
        <source>New recall programme</source>
        <translation>Nouveau programme de relance</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="244"/>
        <source>Recall programme: %1</source>
        <translation>Programme de relance : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="277"/>
        <source>Name of the programme</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="278"/>
        <source>Diabetes follow-up</source>
        <translation>Suivi du diabète</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="280"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="285"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="286"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="294"/>
        <source>First due date</source>
        <translation>Première échéance</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="297"/>
        <source>&amp;First due date:</source>
        <translation>Première é&amp;chéance :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="309"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="311"/>
        <source>Who the programme takes, when, and who would be left out; nothing is saved</source>
        <translation>Les patients concernés, quand, et qui serait écarté ; rien n’est enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="314"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="316"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="335"/>
        <source>Lowest age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="336"/>
        <source>Highest age</source>
        <translation>Âge maximum</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="338"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="342"/>
        <source>aged</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="344"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="349"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="350"/>
        <source>Any tag</source>
        <translation>Avec ou sans étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="354"/>
        <source>%1 (%2 patients)</source>
        <translation>%1 (%2 patients)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="356"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="358"/>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="366"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="376"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="378"/>
        <source>Every 3 months</source>
        <translation>Tous les 3 mois</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="379"/>
        <source>Every year</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="380"/>
        <source>Every 2 years</source>
        <translation>Tous les 2 ans</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="381"/>
        <source>Every 3 years</source>
        <translation>Tous les 3 ans</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="382"/>
        <source>Each October</source>
        <translation>Chaque année en octobre</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="383"/>
        <source>Other rule (RRULE)…</source>
        <translation>Autre règle (RRULE)…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="387"/>
        <source>Recurrence rule (RFC 5545)</source>
        <translation>Règle de récurrence (RFC 5545)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="392"/>
        <source>How &amp;often:</source>
        <translation>F&amp;réquence :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="413"/>
        <source>St&amp;eps:</source>
        <translation>Éta&amp;pes :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="416"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="417"/>
        <source>Press Preview to see who the programme takes.</source>
        <translation>Cliquez sur Aperçu pour voir les patients concernés.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="420"/>
        <source>Left out of a step, and why</source>
        <translation>Écartés d’une étape, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="422"/>
        <source>Left out of a step, and why:</source>
        <translation>Écartés d’une étape, et pourquoi :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="425"/>
        <source>Next due dates</source>
        <translation>Prochaines échéances</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="427"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="427"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="427"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="431"/>
        <source>Next due dates:</source>
        <translation>Prochaines échéances :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="510"/>
        <source>Preview first: Save comes once you have seen who it takes.</source>
        <translation>Faites d’abord un aperçu : vous pourrez enregistrer après avoir vu les patients concernés.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="515"/>
        <source>Changed since the preview: press Preview again before saving.</source>
        <translation>Modifié depuis l’aperçu : cliquez à nouveau sur Aperçu avant d’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="547"/>
        <source>This is needed.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="548"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="549"/>
        <source>Another programme has this name.</source>
        <translation>Un autre programme porte ce nom.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="550"/>
        <source>An age from 0 to 120.</source>
        <translation>Un âge de 0 à 120 ans.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="551"/>
        <source>The highest age must be at least the lowest.</source>
        <translation>L’âge maximum doit être au moins égal à l’âge minimum.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="552"/>
        <source>A programme has one to three steps.</source>
        <translation>Un programme a une à trois étapes.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="553"/>
        <source>From 730 days before to 730 days after.</source>
        <translation>De 730 jours avant à 730 jours après.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="554"/>
        <source>Each step comes after the one before.</source>
        <translation>Chaque étape vient après la précédente.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="555"/>
        <source>Choose a purpose in the list.</source>
        <translation>Choisissez une finalité dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="556"/>
        <source>This purpose is switched off in the settings.</source>
        <translation>Cette finalité est désactivée dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="579"/>
        <source>Working out who the programme takes…</source>
        <translation>Recherche des patients concernés…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="582"/>
        <source>Preview of the programme</source>
        <translation>Aperçu du programme</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="598"/>
        <source>Correct what is marked, then preview again.</source>
        <translation>Corrigez ce qui est signalé, puis refaites l’aperçu.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="601"/>
        <source>The preview failed: %1</source>
        <translation>L’aperçu a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="607"/>
        <source>%n patient(s) in the programme</source>
        <translation>
            <numerusform>%n patient concerné</numerusform>
            <numerusform>%n patients concernés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="608"/>
        <source>%n reached by at least one step</source>
        <translation>
            <numerusform>%n joint par au moins une étape</numerusform>
            <numerusform>%n joints par au moins une étape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="611"/>
        <source>%n reached by no step</source>
        <translation>
            <numerusform>%n joint par aucune étape</numerusform>
            <numerusform>%n joints par aucune étape</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="627"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="640"/>
        <source>Nobody is left out.</source>
        <translation>Personne n’est écarté.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="664"/>
        <source>Nobody: no patient fits the rule.</source>
        <translation>Personne : aucun patient ne correspond à la règle.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="109"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="110"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="111"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="112"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="113"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="114"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="115"/>
        <location filename="../../ui/reminders/recalls.py" line="145"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="147"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>PublishNoticeDialog</name>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="66"/>
        <source>Publish a new version of the privacy notice</source>
        <translation>Publier une nouvelle version de la notice d’information</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="70"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="71"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="77"/>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="80"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="82"/>
        <source>e.g. A new purpose: satisfaction surveys by e-mail.</source>
        <translation>p. ex. Nouvelle finalité : enquêtes de satisfaction par e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="88"/>
        <source>&amp;Patients must agree again (a new purpose or a new recipient)</source>
        <translation>Les &amp;patients doivent redonner leur accord (nouvelle finalité ou nouveau destinataire)</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="92"/>
        <source>Consents given under an earlier version are then listed as to be confirmed again; they stay in force until the patient answers.</source>
        <translation>Les consentements donnés sous une version antérieure sont alors signalés comme à confirmer de nouveau ; ils restent valables jusqu’à la réponse du patient.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="102"/>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="111"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="112"/>
        <source>Published &amp;on:</source>
        <translation>Publiée &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="113"/>
        <source>&amp;What changed:</source>
        <translation>&amp;Ce qui a changé :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="151"/>
        <source>Only an administrator publishes the privacy notice.</source>
        <translation>Seul un administrateur publie la notice d’information.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="161"/>
        <source>Version %1 exists already: give the new one another name.</source>
        <translation>La version %1 existe déjà : donnez un autre nom à la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="162"/>
        <source>Give the version a name and say what changed.</source>
        <translation>Donnez un nom à la version et indiquez ce qui a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="163"/>
        <source>The version or the summary is too long.</source>
        <translation>La version ou le résumé est trop long.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/notice_dialog.py" line="164"/>
        <source>A notice cannot be published later than today.</source>
        <translation>Une notice ne peut pas être publiée à une date future.</translation>
    </message>
</context>
<context>
    <name>PurposeChannels</name>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="162"/>
        <location filename="../../ui/patients/preferences_editor.py" line="247"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="165"/>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="167"/>
        <source>Back to the default order: SMS, then e-mail, then letter.</source>
        <translation>Revenir à l’ordre par défaut : SMS, puis e-mail, puis courrier.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="170"/>
        <source>%1: back to the default order</source>
        <translation>%1 : revenir à l’ordre par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="247"/>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="249"/>
        <source>No channel ticked: nothing is sent for this purpose.</source>
        <translation>Aucun canal coché : rien n’est envoyé pour cette finalité.</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="148"/>
        <source>&lt;b&gt;Français&lt;/b&gt;</source>
        <translation>&lt;b&gt;Français&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="149"/>
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <translation>&lt;b&gt;English&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="153"/>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="159"/>
        <source>Lowest score means:</source>
        <translation>La note la plus basse veut dire :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="160"/>
        <source>Highest score means:</source>
        <translation>La note la plus haute veut dire :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="163"/>
        <source>Options, one per line:</source>
        <translation>Réponses possibles, une par ligne :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="179"/>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="181"/>
        <source> points (1 to the number)</source>
        <translation> points (de 1 à ce nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="182"/>
        <source>Number of points on the scale</source>
        <translation>Nombre de points de l’échelle</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="189"/>
        <source>On paper:</source>
        <translation>Sur papier :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="191"/>
        <source> lines to write on</source>
        <translation> lignes pour écrire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="192"/>
        <source>Lines to write on, on paper</source>
        <translation>Lignes pour écrire, sur papier</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="198"/>
        <source>The recommendation question is built in and always asked first, 0 to 10. Left empty, its words are the standard ones shown in grey.</source>
        <translation>La question de recommandation est intégrée et toujours posée en premier, de 0 à 10. Laissée vide, elle garde les mots standard affichés en gris.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="231"/>
        <source>&lt;b&gt;Recommendation (NPS), 0 to 10&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recommandation (NPS), de 0 à 10&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="232"/>
        <source>&lt;b&gt;Scale&lt;/b&gt;: a score, its two ends named</source>
        <translation>&lt;b&gt;Échelle&lt;/b&gt; : une note, ses deux extrémités nommées</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="233"/>
        <source>&lt;b&gt;Choice&lt;/b&gt;: one answer among options</source>
        <translation>&lt;b&gt;Choix&lt;/b&gt; : une réponse parmi plusieurs</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="234"/>
        <source>&lt;b&gt;Free text&lt;/b&gt;: written by hand on paper</source>
        <translation>&lt;b&gt;Texte libre&lt;/b&gt; : écrit à la main sur papier</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="248"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>RecallsTab</name>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="810"/>
        <source>A recall programme reminds a group of patients at a rhythm: diabetes follow-up every 3 months, screening every 2 years, flu vaccination each autumn. Each step can use its own channel; a patient with an appointment booked is not reminded twice.</source>
        <translation>Un programme de relance rappelle un groupe de patients à un rythme régulier : suivi du diabète tous les 3 mois, dépistage tous les 2 ans, vaccination contre la grippe chaque automne. Chaque étape peut avoir son propre canal ; un patient qui a déjà un rendez-vous pris n’est pas relancé en double.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="819"/>
        <source>Recall programmes</source>
        <translation>Programmes de relance</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="835"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="836"/>
        <source>Set up a recall programme (Ctrl+N)</source>
        <translation>Créer un programme de relance (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="839"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="841"/>
        <source>Mark &amp;done for a patient…</source>
        <translation>Marquer fait pour un &amp;patient…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="843"/>
        <source>&amp;Stop the programme…</source>
        <translation>Arrêter &amp;le programme…</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="897"/>
        <source>Programme saved; its reminders are made at the next tick.</source>
        <translation>Programme enregistré ; ses rappels sont créés au prochain passage automatique.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="906"/>
        <source>Programme changed; the reminders ahead follow.</source>
        <translation>Programme modifié ; les rappels à venir suivent.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="927"/>
        <source>Recall recorded as done for %1.</source>
        <translation>Noté comme fait pour %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="928"/>
        <location filename="../../ui/reminders/recalls.py" line="965"/>
        <source>%n reminder(s) ahead cancelled.</source>
        <translation>
            <numerusform>%n rappel à venir annulé.</numerusform>
            <numerusform>%n rappels à venir annulés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="937"/>
        <location filename="../../ui/reminders/recalls.py" line="944"/>
        <source>Stop the programme</source>
        <translation>Arrêter le programme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/recalls.py" line="939"/>
        <source>Stop « %1 »? Its %n reminder(s) still ahead are cancelled, with their messages not yet sent. What was sent and the recalls done are kept.</source>
        <translation>
            <numerusform>Arrêter « %1 » ? Son rappel à venir est annulé, avec ses messages pas encore envoyés. Ce qui a été envoyé et les relances faites sont conservés.</numerusform>
            <numerusform>Arrêter « %1 » ? Ses %n rappels à venir sont annulés, avec leurs messages pas encore envoyés. Ce qui a été envoyé et les relances faites sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="945"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/recalls.py" line="963"/>
        <source>Programme stopped.</source>
        <translation>Programme arrêté.</translation>
    </message>
</context>
<context>
    <name>Relais</name>
    <message>
        <location filename="../../ui/app.py" line="215"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="216"/>
        <source>Something went wrong and this action did not finish (%1). If it keeps happening, tell your administrator what you were doing.</source>
        <translation>Un problème est survenu et cette action n’a pas abouti (%1). Si cela se reproduit, indiquez à votre administrateur ce que vous faisiez.</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <location filename="../../ui/reminders/medication.py" line="91"/>
        <source>%1, at %2</source>
        <translation>%1, à %2</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="52"/>
        <source>An appointment is already booked: the later steps wait</source>
        <translation>Un rendez-vous est déjà pris : les étapes suivantes attendent</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="54"/>
        <source>Not planned</source>
        <translation>Non programmé</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="62"/>
        <source>Everyone</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="63"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="64"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="65"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="66"/>
        <source>Sex not known</source>
        <translation>Sexe inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="75"/>
        <source>aged %1 to %2</source>
        <translation>de %1 à %2 ans</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="80"/>
        <source>aged %1 and over</source>
        <translation>de %1 ans et plus</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="82"/>
        <source>aged up to %1</source>
        <translation>jusqu’à %1 ans</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="85"/>
        <source>tagged « %1 »</source>
        <translation>avec l’étiquette « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="110"/>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="121"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="122"/>
        <source>every week</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="123"/>
        <source>every month</source>
        <translation>tous les mois</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="124"/>
        <source>every year</source>
        <translation>tous les ans</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="127"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="128"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les semaines</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="129"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="130"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>tous les ans</numerusform>
            <numerusform>tous les %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="144"/>
        <source>on %1 %2</source>
        <translation>le %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="145"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="148"/>
        <source>on the last day</source>
        <translation>le dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="150"/>
        <source>on day %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="157"/>
        <source>on the due date</source>
        <translation>à l’échéance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="159"/>
        <source>%n day(s) after</source>
        <translation>
            <numerusform>%n jour après</numerusform>
            <numerusform>%n jours après</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/words.py" line="160"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="165"/>
        <source>Patient&apos;s choice</source>
        <translation>Choix du patient</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/words.py" line="172"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../ui/reminders/page.py" line="54"/>
        <source>Kinds of reminder</source>
        <translation>Types de rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="56"/>
        <source>&amp;Appointments</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="57"/>
        <source>&amp;One-off reminders</source>
        <translation>Rappels p&amp;onctuels</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="58"/>
        <source>&amp;Recall programmes</source>
        <translation>Pro&amp;grammes de relance</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="59"/>
        <source>&amp;Medication</source>
        <translation>&amp;Traitements</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="60"/>
        <source>&amp;Timing</source>
        <translation>&amp;Délais</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="62"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/page.py" line="71"/>
        <source>This part of the reminders is not in this version yet. Appointments and their reminders work already.</source>
        <translation>Cette partie des rappels n’est pas encore dans cette version. Les rendez-vous et leurs rappels fonctionnent déjà.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/rights/reports.py" line="72"/>
        <source>Transparency report and record of processing</source>
        <translation>Rapport de transparence et registre des activités de traitement</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="74"/>
        <source>&amp;Transparency report: figures for the waiting room, no personal data</source>
        <translation>Rapport de &amp;transparence : chiffres pour la salle d’attente, sans données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="76"/>
        <source>&amp;Record of processing (GDPR Article 30)</source>
        <translation>&amp;Registre des activités de traitement (RGPD, article 30)</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="82"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="82"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="96"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="110"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="113"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="151"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="163"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="164"/>
        <source>A report covers at most five years.</source>
        <translation>Un rapport couvre au plus cinq ans.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="183"/>
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="192"/>
        <source>The record of processing was saved to %1.</source>
        <translation>Le registre des activités de traitement a été enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="194"/>
        <source>The transparency report was saved to %1.</source>
        <translation>Le rapport de transparence a été enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/reports.py" line="203"/>
        <source>The PDF could not be written: %1</source>
        <translation>Le PDF n’a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="116"/>
        <source>New data-rights request</source>
        <translation>Nouvelle demande d’exercice de droits</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="120"/>
        <source>Name, phone or birth date</source>
        <translation>Nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="121"/>
        <source>Find the patient</source>
        <translation>Trouver le patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="122"/>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="140"/>
        <source>What the patient asked, in a few words</source>
        <translation>Ce que le patient demande, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="157"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="160"/>
        <source>&amp;Right:</source>
        <translation>&amp;Droit :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="161"/>
        <source>Re&amp;ceived on:</source>
        <translation>Re&amp;çue le :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="163"/>
        <source>Received &amp;via:</source>
        <translation>Re&amp;çue par :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="164"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="168"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="180"/>
        <source>To answer by %1 (one month).</source>
        <translation>Réponse à donner avant le %1 (un mois).</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="306"/>
        <source>Data-rights requests</source>
        <translation>Demandes d’exercice des droits</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="309"/>
        <source>Patients may ask to see, correct, erase or take away their data, or object to its use. Record each request the day it arrives: the answer is due within one month, which can be extended once by two months for a complex request.</source>
        <translation>Les patients peuvent demander à consulter, corriger, effacer ou emporter leurs données, ou s’opposer à leur utilisation. Enregistrez chaque demande le jour où elle arrive : la réponse est due sous un mois, délai prolongeable une fois de deux mois pour une demande complexe.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="316"/>
        <source>&amp;Only requests not answered yet</source>
        <translation>&amp;Seulement les demandes sans réponse</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="322"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="326"/>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="324"/>
        <source>Ex&amp;tend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="328"/>
        <source>Ex&amp;port the patient&apos;s data…</source>
        <translation>E&amp;xporter les données du patient…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="330"/>
        <source>&amp;Erase the patient&apos;s data…</source>
        <translation>&amp;Effacer les données du patient…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="332"/>
        <source>Transparency &amp;report…</source>
        <translation>Rapport de &amp;transparence…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="335"/>
        <source>The transparency report for the waiting room, or the record of processing (GDPR Article 30), as a PDF.</source>
        <translation>Le rapport de transparence pour la salle d’attente, ou le registre des activités de traitement (RGPD, article 30), en PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="341"/>
        <source>Pri&amp;vacy notice…</source>
        <translation>Notice d’&amp;information…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="344"/>
        <source>The privacy notice&apos;s versions, and publishing a new one: the transparency report and each consent name the version in force.</source>
        <translation>Les versions de la notice d’information, et la publication d’une nouvelle : le rapport de transparence et chaque consentement indiquent la version en vigueur.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="358"/>
        <source>Only an administrator answers requests.</source>
        <translation>Seul un administrateur répond aux demandes.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="390"/>
        <source>Register of requests</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="393"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="394"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="395"/>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="396"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="397"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="398"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="429"/>
        <source> (extended)</source>
        <translation> (prolongée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="446"/>
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n demande en cours</numerusform>
            <numerusform>%n demandes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="447"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="459"/>
        <source>Answered on %1: %2</source>
        <translation>Traitée le %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="463"/>
        <source> (late)</source>
        <translation> (en retard)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="466"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="468"/>
        <source>Due today</source>
        <translation>À rendre aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="469"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="512"/>
        <source>Request %1 recorded.</source>
        <translation>Demande %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="521"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="523"/>
        <source>The deadline moves to three months after the request arrived. Say why; the patient must be told within the first month.</source>
        <translation>L’échéance passe à trois mois après l’arrivée de la demande. Dites pourquoi ; le patient doit en être informé dans le premier mois.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="545"/>
        <source>Request %1 extended.</source>
        <translation>Demande %1 prolongée.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="553"/>
        <source>Answer the request</source>
        <translation>Répondre à la demande</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="555"/>
        <source>Choose the outcome and note what was answered. A refusal or a partial answer must give the patient the reasons.</source>
        <translation>Choisissez l’issue et notez ce qui a été répondu. Un refus ou une réponse partielle doit en donner les raisons au patient.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="584"/>
        <source>Request %1 answered.</source>
        <translation>Réponse donnée à la demande %1.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="591"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="605"/>
        <source>Folder for the patient&apos;s data</source>
        <translation>Dossier pour les données du patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="634"/>
        <source>The patient&apos;s data was written to %1 and %2.</source>
        <translation>Les données du patient ont été écrites dans %1 et %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="640"/>
        <source>Exporting the patient&apos;s data</source>
        <translation>Export des données du patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="647"/>
        <source>Erase the patient&apos;s data</source>
        <translation>Effacer les données du patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="649"/>
        <source>Erase the data of %1? Their contact details, preferences, earlier values and scanned forms are removed and their name is replaced. The consent history is kept without personal data, as the law requires. This cannot be undone.</source>
        <translation>Effacer les données de %1 ? Ses coordonnées, préférences, anciennes valeurs et formulaires numérisés sont supprimés et son nom est remplacé. L’historique des consentements est conservé sans données personnelles, comme la loi l’exige. C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="684"/>
        <source>The patient&apos;s data was erased and request %1 answered.</source>
        <translation>Les données du patient ont été effacées et la demande %1 a reçu sa réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="696"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>RightsRequests</name>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="60"/>
        <source>Access (Art. 15)</source>
        <translation>Accès (art. 15)</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="61"/>
        <source>Rectification (Art. 16)</source>
        <translation>Rectification (art. 16)</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="62"/>
        <source>Erasure (Art. 17)</source>
        <translation>Effacement (art. 17)</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="63"/>
        <source>Restriction (Art. 18)</source>
        <translation>Limitation (art. 18)</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="64"/>
        <source>Portability (Art. 20)</source>
        <translation>Portabilité (art. 20)</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="65"/>
        <source>Objection (Art. 21)</source>
        <translation>Opposition (art. 21)</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="72"/>
        <source>done</source>
        <translation>accordée</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="73"/>
        <source>partly done</source>
        <translation>accordée en partie</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="74"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="75"/>
        <source>withdrawn by the patient</source>
        <translation>retirée par le patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="82"/>
        <source>at the desk</source>
        <translation>à l’accueil</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="83"/>
        <source>by letter</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="84"/>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="85"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="97"/>
        <source>The day of receipt cannot be in the future.</source>
        <translation>Le jour de réception ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="98"/>
        <source>Please say why: the patient must be told the reasons.</source>
        <translation>Dites pourquoi : le patient doit en connaître les raisons.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="101"/>
        <source>A request can be extended only once.</source>
        <translation>Une demande ne peut être prolongée qu’une fois.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="102"/>
        <source>The one-month deadline has passed: answer the request now.</source>
        <translation>Le délai d’un mois est dépassé : répondez maintenant à la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="105"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
</context>
<context>
    <name>RunLabelsDialog</name>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="158"/>
        <source>Labels for print run %1</source>
        <translation>Étiquettes du lot d’impression %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="161"/>
        <source>One label for each of the %1 letters of run %2, in the order they printed, so the labels come off the sheet in the same order as the letters. To use a sheet again, click the first label still on it.</source>
        <translation>Une étiquette pour chacun des %1 courriers du lot %2, dans l’ordre où ils ont été imprimés : les étiquettes se décollent de la planche dans le même ordre que les courriers. Pour finir une planche entamée, cliquez sur la première étiquette qui y reste.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/batches.py" line="176"/>
        <source>&amp;Preview the labels…</source>
        <translation>&amp;Voir les étiquettes…</translation>
    </message>
</context>
<context>
    <name>SentMessages</name>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="39"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="40"/>
        <source>waiting for print or call</source>
        <translation>en attente d’impression ou d’appel</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="41"/>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="42"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="43"/>
        <source>will retry</source>
        <translation>nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="44"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="45"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="46"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="47"/>
        <source>to check (interrupted)</source>
        <translation>à vérifier (interrompu)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="48"/>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="49"/>
        <source>posted</source>
        <translation>posté</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="50"/>
        <source>called</source>
        <translation>appelé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="61"/>
        <source>For the patient&apos;s care: sent unless they object.</source>
        <translation>Pour les soins du patient : envoyé sauf opposition de sa part.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="63"/>
        <source>The patient gave their consent for this.</source>
        <translation>Le patient a donné son consentement pour cela.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="68"/>
        <source>%1 is the first channel the patient chose that can be used.</source>
        <translation>%1 est le premier canal choisi par le patient qui peut servir.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="73"/>
        <source>The patient asked for paper only.</source>
        <translation>Le patient a demandé le papier uniquement.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="76"/>
        <source>No chosen channel could be used, so it goes on paper.</source>
        <translation>Aucun canal choisi n’était utilisable : le message part sur papier.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="80"/>
        <source>Not by %1: %2.</source>
        <translation>Pas par %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="85"/>
        <source>Moved out of the patient&apos;s quiet hours.</source>
        <translation>Décalé hors des heures sans message du patient.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="88"/>
        <source>Within the patient&apos;s limits on messages.</source>
        <translation>Dans les limites de messages fixées par le patient.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="90"/>
        <source>Several things due the same day, in one message.</source>
        <translation>Plusieurs échéances le même jour, en un seul message.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="96"/>
        <source>no number or address that works</source>
        <translation>aucun numéro ni adresse valable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="97"/>
        <source>no consent recorded</source>
        <translation>aucun consentement enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="98"/>
        <source>consent withdrawn</source>
        <translation>consentement retiré</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="99"/>
        <source>consent refused</source>
        <translation>consentement refusé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/sent_messages.py" line="100"/>
        <source>the patient objected</source>
        <translation>le patient s’y est opposé</translation>
    </message>
</context>
<context>
    <name>SheetsTab</name>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="253"/>
        <source>Your role does not allow printing patients&apos; details.</source>
        <translation>Votre rôle ne permet pas d’imprimer les coordonnées des patients.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="255"/>
        <source>Address labels</source>
        <translation>Étiquettes d’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="256"/>
        <location filename="../../ui/print_centre/sheets.py" line="284"/>
        <source>Call sheet</source>
        <translation>Feuille d’appels</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="260"/>
        <source>Address labels for the letters to print</source>
        <translation>Étiquettes d’adresse des courriers à imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="174"/>
        <source>%1 — %2 labels of %3 × %4 mm</source>
        <translation>%1 — %2 étiquettes de %3 × %4 mm</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="275"/>
        <source>Preview and print the labels…</source>
        <translation>Voir et imprimer les étiquettes…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="189"/>
        <source>Label &amp;sheet:</source>
        <translation>&amp;Planche d’étiquettes :</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="190"/>
        <source>Start at &amp;label:</source>
        <translation>Commencer à l’étiq&amp;uette :</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="194"/>
        <source>Grey: labels already used</source>
        <translation>En gris : étiquettes déjà utilisées</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="263"/>
        <source>For envelopes without a window: one label per letter waiting, in the same order as the letters (postcode, then name); a letter the check would set aside gets none. Once a run has printed, its own labels are on the Print runs tab. To use a sheet again, click the first label still on it.</source>
        <translation>Pour les enveloppes sans fenêtre : une étiquette par courrier en attente, dans le même ordre que les courriers (code postal, puis nom) ; un courrier que la vérification écarterait n’en a pas. Une fois un lot imprimé, ses propres étiquettes sont dans l’onglet Lots d’impression. Pour finir une planche entamée, cliquez sur la première étiquette qui y reste.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="287"/>
        <source>Today&apos;s calls on paper, to call from and tick by hand: each patient&apos;s numbers, why we call, the start of the script and boxes for the outcome. Record the outcomes on the Today page afterwards.</source>
        <translation>Les appels du jour sur papier, pour appeler et cocher à la main : les numéros de chaque patient, le motif de l’appel, le début du texte et des cases pour le résultat. Saisissez ensuite les résultats sur la page Aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="294"/>
        <source>Preview and print the call sheet…</source>
        <translation>Voir et imprimer la feuille d’appels…</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="320"/>
        <source>Preparing the labels</source>
        <translation>Préparation des étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="332"/>
        <source>Preparing the call sheet</source>
        <translation>Préparation de la feuille d’appels</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="354"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="358"/>
        <source>The check before printing would set aside every letter waiting (%1), so there is no label to print.</source>
        <translation>La vérification avant impression écarterait tous les courriers en attente (%1) : il n’y a donc aucune étiquette à imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="364"/>
        <source>No letter is waiting to be printed, so there is no label to print.</source>
        <translation>Aucun courrier n’attend d’être imprimé : pas d’étiquette à imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="366"/>
        <source>No call is waiting today.</source>
        <translation>Aucun appel en attente aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/sheets.py" line="370"/>
        <source>The document could not be made: %1</source>
        <translation>Le document n’a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="742"/>
        <source>Answer the complaint</source>
        <translation>Répondre à la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="742"/>
        <source>Close the complaint</source>
        <translation>Clôturer la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="748"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="761"/>
        <source>Choose the outcome and note what the practice answered (the letter, e-mail or call). Only the practice manager answers for the practice.</source>
        <translation>Choisissez l’issue et notez ce que le cabinet a répondu (courrier, e-mail ou appel). Seul le responsable du cabinet répond au nom du cabinet.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="764"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="765"/>
        <source>What the practice answered, in a few lines</source>
        <translation>Ce que le cabinet a répondu, en quelques lignes</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="766"/>
        <source>&amp;Answer</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="769"/>
        <source>What did the practice learn, or what will it change? Write it without naming the patient: the register keeps it.</source>
        <translation>Qu’en retient le cabinet, ou que va-t-il changer ? Écrivez-le sans nommer le patient : le registre le conserve.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="772"/>
        <source>Lessons learnt</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="773"/>
        <source>What the practice learnt or will change</source>
        <translation>Ce que le cabinet en retient ou va changer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="774"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lôturer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="778"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="779"/>
        <source>Answered &amp;on:</source>
        <translation>Réponse donnée &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="796"/>
        <source>Complaint of %1 — %2, from %3.</source>
        <translation>Réclamation du %1 — %2, de la part de %3.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="823"/>
        <source>Answering the complaint</source>
        <translation>Réponse à la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="829"/>
        <source>Closing the complaint</source>
        <translation>Clôture de la réclamation</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="58"/>
        <source>Record an SMS STOP</source>
        <translation>Enregistrer un STOP par SMS</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="61"/>
        <source>A patient answered STOP to one of our SMS. Say where it came from: SMS to that patient stop for every purpose. Others who share the phone keep their preferences.</source>
        <translation>Un patient a répondu STOP à l’un de nos SMS. Indiquez d’où il vient : les SMS à ce patient s’arrêtent pour toutes les finalités. Les autres personnes qui partagent ce téléphone gardent leurs préférences.</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="68"/>
        <source>From the &amp;number:</source>
        <translation>Du &amp;numéro :</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="69"/>
        <source>From the &amp;patient:</source>
        <translation>Du &amp;patient :</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="76"/>
        <source>Number the STOP came from</source>
        <translation>Numéro d’où vient le STOP</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="81"/>
        <source>Name, phone or birth date</source>
        <translation>Nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="82"/>
        <source>Find the patient</source>
        <translation>Trouver le patient</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="83"/>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="96"/>
        <source>&amp;Record the STOP</source>
        <translation>&amp;Enregistrer le STOP</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="110"/>
        <source>Received &amp;on:</source>
        <translation>Reçu &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="204"/>
        <source>%1 is shared by %2 patients and none of them was sent an SMS from us: whose STOP it is cannot be told. Nothing was recorded. Choose the patient below.</source>
        <translation>Le %1 est partagé par %2 patients et aucun n’a reçu de SMS de notre part : impossible de savoir de qui vient ce STOP. Rien n’a été enregistré. Choisissez le patient ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="217"/>
        <source>No patient has the number %1 and no SMS went to it. Nothing was recorded. Check the number, or choose the patient.</source>
        <translation>Aucun patient n’a le numéro %1 et aucun SMS n’y a été envoyé. Rien n’a été enregistré. Vérifiez le numéro, ou choisissez le patient.</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="224"/>
        <source>Type the number the STOP came from.</source>
        <translation>Tapez le numéro d’où vient le STOP.</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="226"/>
        <source>This is not a mobile number: it cannot have sent an SMS.</source>
        <translation>Ce n’est pas un numéro de portable : il ne peut pas avoir envoyé de SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/today/stop_dialog.py" line="229"/>
        <source>This is not a valid mobile number (numbers without +country are read as %1).</source>
        <translation>Ce n’est pas un numéro de portable valide (les numéros sans indicatif +pays sont considérés comme %1).</translation>
    </message>
</context>
<context>
    <name>SurveyDesigner</name>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="300"/>
        <source>New survey</source>
        <translation>Nouveau questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="312"/>
        <source>Survey name</source>
        <translation>Nom du questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="314"/>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="316"/>
        <source>A copy of the current survey, “%1”</source>
        <translation>Une copie du questionnaire actuel, « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="318"/>
        <source>Blank: only the recommendation (NPS) question</source>
        <translation>Vide : seulement la question de recommandation (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="320"/>
        <location filename="../../ui/feedback/survey_designer.py" line="743"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="321"/>
        <location filename="../../ui/feedback/survey_designer.py" line="743"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="323"/>
        <source>Questions, in order</source>
        <translation>Questions, dans l’ordre</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="339"/>
        <source>&amp;Save as the current survey</source>
        <translation>&amp;Enregistrer comme questionnaire actuel</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="347"/>
        <source>Add a &amp;scale</source>
        <translation>Ajouter une é&amp;chelle</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="349"/>
        <source>Add a c&amp;hoice</source>
        <translation>Ajouter un c&amp;hoix</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="351"/>
        <source>Add &amp;free text</source>
        <translation>Ajouter un &amp;texte libre</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="353"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="355"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="357"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="361"/>
        <source>Preview in &amp;French…</source>
        <translation>&amp;Aperçu en français…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="362"/>
        <source>Preview in &amp;English…</source>
        <translation>Aperçu en an&amp;glais…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="381"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="384"/>
        <source>S&amp;tart from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="392"/>
        <source>&lt;b&gt;Français&lt;/b&gt;</source>
        <translation>&lt;b&gt;Français&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="393"/>
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <translation>&lt;b&gt;English&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="395"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="395"/>
        <source>Introduction:</source>
        <translation>Introduction :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="404"/>
        <source>The paper form</source>
        <translation>Le formulaire papier</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="424"/>
        <source>Questions, in the order asked</source>
        <translation>Questions, dans l’ordre où elles sont posées</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="454"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="455"/>
        <source>Start again? What you wrote in this survey is lost.</source>
        <translation>Recommencer ? Ce que vous avez écrit dans ce questionnaire sera perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="456"/>
        <source>&amp;Start again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="457"/>
        <source>&amp;Keep what I wrote</source>
        <translation>&amp;Garder ce que j’ai écrit</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="472"/>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="590"/>
        <location filename="../../ui/feedback/survey_designer.py" line="647"/>
        <source>Laying out the paper form</source>
        <translation>Mise en page du formulaire papier</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="604"/>
        <source>The paper form is laid out once every question has its words.</source>
        <translation>Le formulaire papier est mis en page dès que chaque question a ses mots.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/survey_designer.py" line="609"/>
        <source>%n page(s) in French</source>
        <translation>
            <numerusform>%n page en français</numerusform>
            <numerusform>%n pages en français</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/survey_designer.py" line="610"/>
        <source>, %n in English, in standard print</source>
        <translation>
            <numerusform>, %n en anglais, en impression standard</numerusform>
            <numerusform>, %n en anglais, en impression standard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="616"/>
        <source>Too long for paper: %1; a form fits %2 pages (one sheet, both sides). Remove a question or shorten the free-text lines before saving.</source>
        <translation>Trop long pour le papier : %1 ; un formulaire tient en %2 pages (une feuille, recto verso). Retirez une question ou raccourcissez les lignes de texte libre avant d’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="626"/>
        <source>Paper form: %1. It fits one sheet (both sides).</source>
        <translation>Formulaire papier : %1. Il tient sur une feuille (recto verso).</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="680"/>
        <source>Saving the survey</source>
        <translation>Enregistrement du questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="734"/>
        <source>in French</source>
        <translation>en français</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="734"/>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="736"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="737"/>
        <source>too long (%1)</source>
        <translation>trop long (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="738"/>
        <source>too many (%1)</source>
        <translation>trop nombreux (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="741"/>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="747"/>
        <source>its words</source>
        <translation>ses mots</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="748"/>
        <source>what the lowest score means</source>
        <translation>ce que veut dire la note la plus basse</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="749"/>
        <source>what the highest score means</source>
        <translation>ce que veut dire la note la plus haute</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="750"/>
        <source>its options (at least two)</source>
        <translation>ses réponses possibles (au moins deux)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="753"/>
        <source>Question %1, %2 %3: %4</source>
        <translation>Question %1, %2 %3 : %4</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/survey_designer.py" line="760"/>
        <source>Too long for paper: %1 (one sheet, both sides).</source>
        <translation>Trop long pour le papier : %1 (une feuille, recto verso).</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <location filename="../../ui/feedback/words.py" line="190"/>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 n’est pas compris entre %2 et %3.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="197"/>
        <source>“%1” is not a number from %2 to %3.</source>
        <translation>« %1 » n’est pas un nombre de %2 à %3.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="204"/>
        <source>“%1” is not one of the choices (%2, or 1 to %3).</source>
        <translation>« %1 » ne fait pas partie des choix (%2, ou 1 à %3).</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="210"/>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="212"/>
        <source>No such question (the questions: %1).</source>
        <translation>Cette question n’existe pas (les questions : %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/words.py" line="220"/>
        <source>This code names round %1 of the survey; the patient was asked %n time(s).</source>
        <translation>
            <numerusform>Ce code désigne l’envoi n° %1 du questionnaire ; le patient a été sollicité %n fois.</numerusform>
            <numerusform>Ce code désigne l’envoi n° %1 du questionnaire ; le patient a été sollicité %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="225"/>
        <source>The same reference as line %1.</source>
        <translation>Même référence qu’à la ligne %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="230"/>
        <source>Already answered on %1 (saved by %2): those answers are left as they are. To correct them, key them in from the slip.</source>
        <translation>Déjà répondu le %1 (enregistré par %2) : ces réponses restent telles quelles. Pour les corriger, saisissez-les depuis le coupon.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="239"/>
        <source>No reference, and no patient and survey numbers.</source>
        <translation>Ni référence, ni numéros de patient et de questionnaire.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="240"/>
        <source>This names no survey or patient of this practice.</source>
        <translation>Aucun questionnaire ni aucun patient du cabinet ne correspond.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="243"/>
        <source>No answer on this row.</source>
        <translation>Aucune réponse sur cette ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="244"/>
        <source>No answer given: fill in at least one question.</source>
        <translation>Aucune réponse donnée : remplissez au moins une question.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="251"/>
        <source>The file cannot be read as CSV.</source>
        <translation>Le fichier ne peut pas être lu en tant que CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="252"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="253"/>
        <source>The file needs a reference column, or patient and survey columns.</source>
        <translation>Le fichier doit avoir une colonne de référence, ou des colonnes patient et questionnaire.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="263"/>
        <source>A reference has 9 characters (8 on older forms), not %1.</source>
        <translation>Une référence a 9 caractères (8 sur les anciens formulaires), pas %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="268"/>
        <source>“%1” (character %2) is not used in references.</source>
        <translation>« %1 » (caractère %2) n’est pas utilisé dans les références.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="273"/>
        <source>This code does not check out: a character is wrong or two are swapped.</source>
        <translation>Ce code n’est pas valable : un caractère est faux ou deux sont inversés.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/words.py" line="277"/>
        <source>This code names no patient.</source>
        <translation>Ce code ne désigne aucun patient.</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="795"/>
        <source>Which invitations</source>
        <translation>Invitations affichées</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="796"/>
        <source>All invitations</source>
        <translation>Toutes les invitations</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="797"/>
        <source>Not answered yet</source>
        <translation>Sans réponse pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="798"/>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="801"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="833"/>
        <source>Survey invitations</source>
        <translation>Invitations aux questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="846"/>
        <source>Rows not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="853"/>
        <source>&amp;Invite patients…</source>
        <translation>&amp;Inviter des patients…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="855"/>
        <source>&amp;Key in answers…</source>
        <translation>&amp;Saisir des réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="857"/>
        <source>I&amp;mport answers from CSV…</source>
        <translation>I&amp;mporter des réponses (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="862"/>
        <source>Your role cannot record survey answers.</source>
        <translation>Votre rôle ne permet pas d’enregistrer des réponses aux questionnaires.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="865"/>
        <source>&amp;Frequency…</source>
        <translation>&amp;Fréquence…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="869"/>
        <source>How often a patient may be asked to answer a survey.</source>
        <translation>À quelle fréquence un patient peut être sollicité pour un questionnaire.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="871"/>
        <source>Only the practice manager (an administrator) changes the frequency.</source>
        <translation>Seul le responsable du cabinet (un administrateur) modifie la fréquence.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="875"/>
        <source>&amp;New survey…</source>
        <translation>&amp;Nouveau questionnaire…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="877"/>
        <source>Write the practice&apos;s own survey; it is asked from then on.</source>
        <translation>Écrire le questionnaire propre au cabinet ; c’est lui qui est proposé ensuite.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="889"/>
        <source>Patients are asked at most once every %1 days, by the channels they agreed to. Key in the answers of a paper slip with its reference, or of a call; import those of an online form as a CSV file.</source>
        <translation>Les patients sont sollicités au plus une fois tous les %1 jours, par les canaux qu’ils ont acceptés. Saisissez les réponses d’un coupon papier avec sa référence, ou d’un appel ; importez celles d’un formulaire en ligne sous forme de fichier CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="939"/>
        <source>Reading the surveys</source>
        <translation>Lecture des questionnaires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/surveys.py" line="963"/>
        <source>%n asked</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/surveys.py" line="963"/>
        <source>, %n answered</source>
        <translation>
            <numerusform>, %n réponse</numerusform>
            <numerusform>, %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="969"/>
        <source>The surveys could not be read: %1</source>
        <translation>Les questionnaires n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="980"/>
        <source>Patients are now asked at most once every %1 days.</source>
        <translation>Les patients sont désormais sollicités au plus une fois tous les %1 jours.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="995"/>
        <source>The new survey is the one patients are asked from now on.</source>
        <translation>Le nouveau questionnaire est désormais celui proposé aux patients.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1004"/>
        <source>Answers saved for invitation %1.</source>
        <translation>Réponses enregistrées pour l’invitation %1.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1008"/>
        <source>These answers were already saved: nothing changed.</source>
        <translation>Ces réponses étaient déjà enregistrées : rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/surveys.py" line="1024"/>
        <source>%n patient(s) invited; the planner sends their survey.</source>
        <translation>
            <numerusform>%n patient invité ; son questionnaire partira automatiquement.</numerusform>
            <numerusform>%n patients invités ; leur questionnaire partira automatiquement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1031"/>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1035"/>
        <source>%1 skipped: asked recently, not again before %2.</source>
        <translation>%1 ignoré : déjà sollicité récemment, pas de nouveau avant le %2.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1040"/>
        <source>%1 skipped: has not agreed to surveys on any channel.</source>
        <translation>%1 ignoré : n’a accepté les questionnaires sur aucun canal.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1044"/>
        <source>%1 skipped: a survey is already on its way.</source>
        <translation>%1 ignoré : un questionnaire est déjà en route.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1047"/>
        <source>%1 skipped: cannot be written to (moved, deceased or archived).</source>
        <translation>%1 ignoré : ne peut pas être contacté (parti, décédé ou archivé).</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1049"/>
        <source>%1 skipped: no such patient.</source>
        <translation>%1 ignoré : patient introuvable.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1054"/>
        <source>Import survey answers</source>
        <translation>Importer des réponses aux questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1056"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1078"/>
        <source>Importing the answers</source>
        <translation>Import des réponses</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1088"/>
        <source>Line %1, column “%2”</source>
        <translation>Ligne %1, colonne « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1092"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/surveys.py" line="1101"/>
        <source>%n row(s) not imported (the others were):</source>
        <translation>
            <numerusform>%n ligne non importée (les autres l’ont été) :</numerusform>
            <numerusform>%n lignes non importées (les autres l’ont été) :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1106"/>
        <source>%1 rows read: %2 imported, %3 already there, %4 not imported.</source>
        <translation>%1 lignes lues : %2 importées, %3 déjà présentes, %4 non importées.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/surveys.py" line="1124"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <location filename="../../ui/templates/editor.py" line="108"/>
        <source>Default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="110"/>
        <source>Version %1, by %2, %3</source>
        <translation>Version %1, par %2, le %3</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="361"/>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="364"/>
        <source>The words of every reminder, per purpose, channel, language and tone. Each save adds a version; the newest one is used.</source>
        <translation>Les mots de chaque rappel, par finalité, canal, langue et ton. Chaque enregistrement ajoute une version ; la plus récente est utilisée.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="371"/>
        <source>Read only: only an administrator can change message templates.</source>
        <translation>Lecture seule : seul un administrateur peut modifier les modèles de messages.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="392"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="393"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="394"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="395"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="396"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="399"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="400"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="401"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="402"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="403"/>
        <source>Va&amp;riant:</source>
        <translation>Va&amp;riante :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="424"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="429"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="435"/>
        <source>Problems in the template</source>
        <translation>Problèmes dans le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="437"/>
        <source>Click a problem to go to its line.</source>
        <translation>Cliquez sur un problème pour aller à sa ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="450"/>
        <source>Search a patient by name…</source>
        <translation>Chercher un patient par son nom…</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="451"/>
        <source>Search a patient for the preview</source>
        <translation>Chercher un patient pour l’aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="455"/>
        <source>Patient shown in the preview</source>
        <translation>Patient montré dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="457"/>
        <source>Sample patient</source>
        <translation>Patient d’exemple</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="459"/>
        <source>Pati&amp;ent:</source>
        <translation>Pati&amp;ent :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="468"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="481"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="484"/>
        <source>Subject of the message</source>
        <translation>Objet du message</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="493"/>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="496"/>
        <source>HTML part of the e-mail</source>
        <translation>Partie HTML de l’e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="499"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="502"/>
        <source>SMS length</source>
        <translation>Longueur du SMS</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="518"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="520"/>
        <source>The saved versions of this template; load one into the editor.</source>
        <translation>Les versions enregistrées de ce modèle ; chargez-en une dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="523"/>
        <source>Re&amp;vert to default…</source>
        <translation>Re&amp;venir au modèle par défaut…</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="525"/>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="548"/>
        <location filename="../../ui/templates/editor.py" line="930"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="549"/>
        <location filename="../../ui/templates/editor.py" line="930"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="550"/>
        <location filename="../../ui/templates/editor.py" line="932"/>
        <source>Formal « vous »</source>
        <translation>Vouvoiement « vous »</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="551"/>
        <location filename="../../ui/templates/editor.py" line="934"/>
        <source>Informal « tu »</source>
        <translation>Tutoiement « tu »</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="552"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="553"/>
        <source>Easy-read</source>
        <translation>Facile à lire</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="572"/>
        <source>The easy-read letter goes to patients whose paper format is easy-read: short sentences, one idea per line.</source>
        <translation>Le courrier facile à lire va aux patients dont le format papier est « facile à lire » : phrases courtes, une idée par ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="576"/>
        <source>Only letters have an easy-read variant.</source>
        <translation>Seuls les courriers ont une variante facile à lire.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="640"/>
        <source>Unsaved template</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="641"/>
        <source>This template was changed but not saved. Discard the changes?</source>
        <translation>Ce modèle a été modifié mais pas enregistré. Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="677"/>
        <source>No template yet: none is shipped for this purpose.</source>
        <translation>Pas encore de modèle : aucun n’est fourni pour cette finalité.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="681"/>
        <source>changed, not saved</source>
        <translation>modifié, non enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="716"/>
        <source>%n error(s) to correct before saving.</source>
        <translation>
            <numerusform>%n erreur à corriger avant d’enregistrer.</numerusform>
            <numerusform>%n erreurs à corriger avant d’enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="718"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="722"/>
        <source>No error; %n warning(s).</source>
        <translation>
            <numerusform>Aucune erreur ; %n avertissement.</numerusform>
            <numerusform>Aucune erreur ; %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="726"/>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="753"/>
        <source>The template cannot be shown: %1</source>
        <translation>Le modèle ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="760"/>
        <source>SMS length: not known while the template has an error.</source>
        <translation>Longueur du SMS : inconnue tant que le modèle a une erreur.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="775"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="784"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
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
    <message>
        <location filename="../../ui/templates/editor.py" line="798"/>
        <source>Not in the SMS alphabet, so the SMS is sent in UCS-2 (70 characters instead of 160): %1</source>
        <translation>Hors de l’alphabet SMS, donc le SMS part en UCS-2 (70 caractères au lieu de 160) : %1</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="913"/>
        <source>%1 %2 reads easy-read: the easy-read letter is used for them. Shown here with this one.</source>
        <translation>%1 %2 a le format facile à lire : c’est le courrier facile à lire qui lui est envoyé. L’aperçu utilise ici celui-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="918"/>
        <source>%1 %2 does not read easy-read: the standard letter is used for them. Shown here with this one.</source>
        <translation>%1 %2 n’a pas le format facile à lire : c’est le courrier standard qui lui est envoyé. L’aperçu utilise ici celui-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="938"/>
        <source>%1 %2 is written to in %3, %4: another template is used for them. Shown here with this one.</source>
        <translation>%1 %2 reçoit ses messages en %3, %4 : un autre modèle est utilisé pour cette personne. Montré ici avec celui-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="955"/>
        <source>Only an administrator can change message templates.</source>
        <translation>Seul un administrateur peut modifier les modèles de messages.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="957"/>
        <source>Correct the errors marked %1 first.</source>
        <translation>Corrigez d’abord les erreurs marquées %1.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="959"/>
        <source>Nothing changed yet.</source>
        <translation>Rien n’a encore changé.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="961"/>
        <source>Save the text as a new version; it is used from now on.</source>
        <translation>Enregistrer le texte comme nouvelle version ; elle sert dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="969"/>
        <source>Use the shipped template again, as a new version.</source>
        <translation>Réutiliser le modèle fourni, comme nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="972"/>
        <source>The default template is already in use.</source>
        <translation>Le modèle par défaut est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1000"/>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1007"/>
        <source>Use the shipped default template again? It is saved as a new version; the practice&apos;s versions stay in the history.</source>
        <translation>Réutiliser le modèle fourni par défaut ? Il est enregistré comme nouvelle version ; les versions du cabinet restent dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1011"/>
        <source>The changes not saved are lost.</source>
        <translation>Les modifications non enregistrées sont perdues.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1014"/>
        <source>Revert to the default template</source>
        <translation>Revenir au modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1040"/>
        <source>The default template is in use again, as version %1.</source>
        <translation>Le modèle par défaut est de nouveau utilisé, comme version %1.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1057"/>
        <source>Loaded into the editor; not saved yet.</source>
        <translation>Chargé dans l’éditeur ; pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1068"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1070"/>
        <source>The template is too long (at most %1 characters).</source>
        <translation>Le modèle est trop long (au plus %1 caractères).</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1083"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1095"/>
        <source>&apos;%1&apos; is not defined; did you mean &apos;%2&apos;?</source>
        <translation>« %1 » n’est pas défini ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1097"/>
        <source>&apos;%1&apos; is not defined</source>
        <translation>« %1 » n’est pas défini</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1100"/>
        <source>&apos;%1&apos; is not available: &apos;%2&apos; is empty for this message</source>
        <translation>« %1 » n’est pas disponible : « %2 » est vide pour ce message</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1106"/>
        <source>there is no filter &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>il n’y a pas de filtre « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1108"/>
        <source>there is no filter &apos;%1&apos;</source>
        <translation>il n’y a pas de filtre « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1115"/>
        <source>&apos;%1&apos; is a health detail; an SMS must not carry health details (in the sample message)</source>
        <translation>« %1 » est une donnée de santé ; un SMS ne doit pas en contenir (dans le message d’exemple)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1121"/>
        <source>&apos;%1&apos; is a health detail; an SMS must not carry health details</source>
        <translation>« %1 » est une donnée de santé ; un SMS ne doit pas en contenir</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1127"/>
        <source>&apos;%1&apos; can carry health details and must not appear in an SMS</source>
        <translation>« %1 » peut contenir des données de santé et ne doit pas figurer dans un SMS</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1135"/>
        <source>&apos;%1&apos; is not in the SMS alphabet (GSM-7): the whole SMS switches to UCS-2, 70 characters per segment instead of 160</source>
        <translation>« %1 » n’est pas dans l’alphabet SMS (GSM-7) : tout le SMS passe en UCS-2, 70 caractères par segment au lieu de 160</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1144"/>
        <source>the sample SMS needs %1 segments (%2 %3 characters); keep it to %4</source>
        <translation>le SMS d’exemple demande %1 segments (%2 caractères %3) ; restez à %4</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1148"/>
        <source>the patient must see who writes: use {{ practice.name }}</source>
        <translation>le patient doit voir qui écrit : utilisez {{ practice.name }}</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1154"/>
        <source>say how to stop these messages: use {{ opt_out }} (or &apos;STOP&apos; in an SMS)</source>
        <translation>dites comment arrêter ces messages : utilisez {{ opt_out }} (ou « STOP » dans un SMS)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1161"/>
        <source>say why the patient receives this message: use {{ reason }}</source>
        <translation>dites pourquoi le patient reçoit ce message : utilisez {{ reason }}</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1168"/>
        <source>an e-mail needs a subject: start with a line &apos;Objet : …&apos; (or &apos;Subject: …&apos;)</source>
        <translation>un e-mail a besoin d’un objet : commencez par une ligne « Objet : … » (ou « Subject: … »)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1174"/>
        <source>a letter needs a subject: start with a line &apos;Objet : …&apos; (or &apos;Subject: …&apos;)</source>
        <translation>un courrier a besoin d’un objet : commencez par une ligne « Objet : … » (ou « Subject: … »)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1181"/>
        <source>%1 messages have no subject: remove the &apos;%2 :&apos; line</source>
        <translation>les messages %1 n’ont pas d’objet : retirez la ligne « %2 : »</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1184"/>
        <source>the message is empty</source>
        <translation>le message est vide</translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message>
        <location filename="../../ui/templates/editor.py" line="245"/>
        <source>Template history</source>
        <translation>Historique du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="248"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="252"/>
        <source>Default template (as shipped)</source>
        <translation>Modèle par défaut (tel que fourni)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="256"/>
        <source>Text of the selected version</source>
        <translation>Texte de la version choisie</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="258"/>
        <source>The chosen version goes into the editor as a draft: save it to use it again.</source>
        <translation>La version choisie va dans l’éditeur comme brouillon : enregistrez-la pour la réutiliser.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="267"/>
        <source>&amp;Load into the editor</source>
        <translation>&amp;Charger dans l’éditeur</translation>
    </message>
</context>
<context>
    <name>TimingModel</name>
    <message>
        <location filename="../../ui/reminders/timing.py" line="209"/>
        <source>%1 h before</source>
        <translation>%1 h avant</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="211"/>
        <source>on the day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="213"/>
        <source>the day before</source>
        <translation>la veille</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/timing.py" line="214"/>
        <source>%n days before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="218"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="227"/>
        <source>At least one lead time: a patient who prefers this channel would get nothing.</source>
        <translation>Au moins un délai : un patient qui préfère ce canal ne recevrait rien.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="230"/>
        <source>At most %1 lead times.</source>
        <translation>%1 délais au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="233"/>
        <source>“%1” is not a lead time: type the days before (7, 2, 1), 0 for the day itself, or hours like 2h.</source>
        <translation>« %1 » n’est pas un délai : tapez les jours avant (7, 2, 1), 0 pour le jour même, ou des heures comme 2h.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="237"/>
        <source>“%1”: days or hours, not both.</source>
        <translation>« %1 » : des jours ou des heures, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="239"/>
        <source>“%1”: from 1 to 23 hours before; the day before is 1.</source>
        <translation>« %1 » : de 1 à 23 heures avant ; la veille, c’est 1.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="244"/>
        <source>“%1”: at most %2 days ahead.</source>
        <translation>« %1 » : %2 jours avant au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="249"/>
        <source>“%1” is there twice.</source>
        <translation>« %1 » figure deux fois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/timing.py" line="252"/>
        <source>A letter sent %1 cannot reach the patient in time: the post takes %n day(s).</source>
        <translation>
            <numerusform>Un courrier envoyé %1 ne peut pas arriver à temps : la poste met %n jour.</numerusform>
            <numerusform>Un courrier envoyé %1 ne peut pas arriver à temps : la poste met %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="262"/>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="265"/>
        <source>Double-click or type to change: days before (7, 2, 1), or hours (2h).</source>
        <translation>Double-cliquez ou tapez pour modifier : jours avant (7, 2, 1), ou heures (2h).</translation>
    </message>
</context>
<context>
    <name>TimingTab</name>
    <message>
        <location filename="../../ui/reminders/timing.py" line="294"/>
        <source>When reminders go out, for each purpose and channel. A lead time counts back from the appointment or the due date. Messages already planned stay as they are; a change applies from the next planning round.</source>
        <translation>Quand partent les rappels, pour chaque finalité et chaque canal. Un délai se compte à rebours depuis le rendez-vous ou l’échéance. Les messages déjà prévus restent tels quels ; un changement s’applique dès la prochaine planification.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="310"/>
        <source>Messages sent days ahead go at this hour (07:00 to 20:00); those sent hours ahead go that long before the appointment.</source>
        <translation>Les messages envoyés des jours à l’avance partent à cette heure (de 07:00 à 20:00) ; ceux envoyés quelques heures avant partent ce temps-là avant le rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="319"/>
        <source>A letter must leave at least this many days before the appointment.</source>
        <translation>Un courrier doit partir au moins ce nombre de jours avant le rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="327"/>
        <source>Sending &amp;hour:</source>
        <translation>&amp;Heure d’envoi :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="330"/>
        <source>Days the &amp;post takes:</source>
        <translation>Délai de la &amp;poste (jours) :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="335"/>
        <source>Double-click a cell to change it: the days before, separated by commas (7, 2, 1), 0 for the day itself, or hours like 2h. What differs from the defaults is in bold.</source>
        <translation>Double-cliquez sur une case pour la modifier : les jours avant, séparés par des virgules (7, 2, 1), 0 pour le jour même, ou des heures comme 2h. Ce qui diffère des valeurs par défaut est en gras.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="340"/>
        <location filename="../../ui/reminders/timing.py" line="349"/>
        <source>Only an administrator can change the timing.</source>
        <translation>Seul un administrateur peut modifier les délais.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="345"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="369"/>
        <source>Lead times by purpose and channel</source>
        <translation>Délais par finalité et par canal</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="407"/>
        <source>Back to the defaults</source>
        <translation>Revenir aux valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="409"/>
        <source>Back to the default lead times for %1</source>
        <translation>Revenir aux délais par défaut pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="444"/>
        <source>Not saved: what is marked in red needs correcting.</source>
        <translation>Non enregistré : ce qui est marqué en rouge doit être corrigé.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="448"/>
        <source>Not saved:</source>
        <translation>Non enregistré :</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="452"/>
        <source>Saved. Reminders are planned again with this timing at the next round.</source>
        <translation>Enregistré. Les rappels seront replanifiés avec ces délais à la prochaine planification.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/timing.py" line="454"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today/page.py" line="138"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="141"/>
        <source>Refres&amp;h</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="142"/>
        <source>Read the day again (F5)</source>
        <translation>Relire la journée (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="147"/>
        <source>Record a ST&amp;OP…</source>
        <translation>Enregistrer un &amp;STOP…</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="149"/>
        <source>A patient answered STOP on the practice&apos;s phone: no more SMS to them.</source>
        <translation>Un patient a répondu STOP sur le téléphone du cabinet : plus aucun SMS ne lui sera envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="163"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="164"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="165"/>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="166"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="169"/>
        <source>Going out today:</source>
        <translation>Part aujourd’hui :</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="226"/>
        <source>Your role does not allow changing messages.</source>
        <translation>Votre rôle ne permet pas de modifier les messages.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="228"/>
        <source>Your role cannot change consents.</source>
        <translation>Votre rôle ne permet pas de modifier les consentements.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="251"/>
        <source>Messages to retry</source>
        <translation>Messages à relancer</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="255"/>
        <source>Re&amp;try now</source>
        <translation>Re&amp;lancer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="257"/>
        <source>Try again at the next dispatch, without waiting (after fixing the cause).</source>
        <translation>Réessayer au prochain envoi, sans attendre (après avoir corrigé la cause).</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="267"/>
        <source>The program stopped while these were being sent. Check with the provider (e-mail or SMS service) whether they went, then say so.</source>
        <translation>Le programme s’est arrêté pendant leur envoi. Vérifiez auprès du prestataire (e-mail ou SMS) s’ils sont partis, puis indiquez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="274"/>
        <source>Messages to review</source>
        <translation>Messages à vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="278"/>
        <source>It was &amp;sent</source>
        <translation>Il est &amp;parti</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="280"/>
        <source>Send a&amp;gain…</source>
        <translation>Renvo&amp;yer…</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="289"/>
        <source>Left out, and why</source>
        <translation>Écartés, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="306"/>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="330"/>
        <source>Updating Today</source>
        <translation>Mise à jour d’Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="342"/>
        <source>Today could not be updated: %1</source>
        <translation>Aujourd’hui n’a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="368"/>
        <source>Nothing to retry.</source>
        <translation>Rien à relancer.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="369"/>
        <source>To retry (%1)</source>
        <translation>À relancer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="370"/>
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="372"/>
        <source>To review (%1)</source>
        <translation>À vérifier (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="383"/>
        <location filename="../../ui/today/page.py" line="384"/>
        <source>%1 sent</source>
        <translation>%1 envoyé(s)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="385"/>
        <source>%1 printed</source>
        <translation>%1 imprimé(s)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="386"/>
        <source>%1 called</source>
        <translation>%1 appelé(s)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="389"/>
        <source>%1 to print</source>
        <translation>%1 à imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="390"/>
        <source>%1 to call</source>
        <translation>%1 à appeler</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="391"/>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="396"/>
        <source>%1 to go</source>
        <translation>%1 à partir</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="401"/>
        <source>nothing today</source>
        <translation>rien aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="406"/>
        <source>Patient deceased</source>
        <translation>Patient décédé</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="407"/>
        <source>Patient moved away</source>
        <translation>Patient parti</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="408"/>
        <source>Patient archived</source>
        <translation>Patient archivé</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="409"/>
        <source>The patient objected</source>
        <translation>Le patient s’y est opposé</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="410"/>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="411"/>
        <source>No usable phone, e-mail or address</source>
        <translation>Ni téléphone, ni e-mail, ni adresse utilisable</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="412"/>
        <source>Too late for the post</source>
        <translation>Trop tard pour la poste</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="413"/>
        <source>Replaced by a later reminder</source>
        <translation>Remplacé par un rappel plus proche</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="414"/>
        <source>Already past</source>
        <translation>Déjà passé</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="415"/>
        <source>No time outside the patient&apos;s quiet hours</source>
        <translation>Aucun créneau hors des heures sans message du patient</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="416"/>
        <source>Weekly limit reached</source>
        <translation>Limite hebdomadaire atteinte</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="417"/>
        <source>Monthly limit reached</source>
        <translation>Limite mensuelle atteinte</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="418"/>
        <source>Asked for a survey recently</source>
        <translation>Déjà sollicité récemment pour un questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="426"/>
        <source>Will try again</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="428"/>
        <source>Will try again at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="430"/>
        <source>Not sure it went</source>
        <translation>Envoi incertain</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="431"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="435"/>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="439"/>
        <source>No e-mail server is set up yet: see the Sending messages page.</source>
        <translation>Aucun serveur de messagerie n’est encore réglé : voir la page Envoi des messages.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="442"/>
        <source>No SMS gateway is set up yet: see the Sending messages page.</source>
        <translation>Aucune passerelle SMS n’est encore réglée : voir la page Envoi des messages.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="445"/>
        <source>The practice&apos;s phone number is missing (Settings): every message must give it.</source>
        <translation>Le numéro de téléphone du cabinet manque (Paramètres) : chaque message doit le donner.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="459"/>
        <source>Call list (%1)</source>
        <translation>Liste d’appels (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="467"/>
        <source>%1 (%2, due %3)</source>
        <translation>%1 (%2, échéance %3)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="476"/>
        <source>Data-rights requests past their deadline: %1. Answer them on the Data requests page.</source>
        <translation>Demandes RGPD en retard : %1. Répondez-y sur la page Demandes RGPD.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="490"/>
        <source>Open the complaints register</source>
        <translation>Ouvrir le registre des réclamations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="503"/>
        <source>Complaint of %1: answer overdue by %n day(s)</source>
        <translation>
            <numerusform>Réclamation du %1 : réponse en retard de %n jour</numerusform>
            <numerusform>Réclamation du %1 : réponse en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="505"/>
        <source>Complaint of %1: acknowledgement overdue by %n day(s)</source>
        <translation>
            <numerusform>Réclamation du %1 : accusé de réception en retard de %n jour</numerusform>
            <numerusform>Réclamation du %1 : accusé de réception en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="542"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="558"/>
        <source>Left out, and why (%1)</source>
        <translation>Écartés, et pourquoi (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="560"/>
        <source>Nobody is left out.</source>
        <translation>Personne n’est écarté.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="580"/>
        <source>another reminder goes</source>
        <translation>un autre rappel part</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="591"/>
        <source>No letters waiting for the print run.</source>
        <translation>Aucun courrier en attente d’impression.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="594"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="595"/>
        <source>large print</source>
        <translation>gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="596"/>
        <source>easy read</source>
        <translation>facile à lire</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="604"/>
        <source>Letters waiting for the print run: %1 (%2). Print them in the Print centre.</source>
        <translation>Courriers en attente d’impression : %1 (%2). Imprimez-les dans le Centre d’impression.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="654"/>
        <source>%1&apos;s message will be tried again at the next dispatch, within a minute.</source>
        <translation>Le message de %1 sera réessayé au prochain envoi, d’ici une minute.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="665"/>
        <source>%1&apos;s message is recorded as sent.</source>
        <translation>Le message de %1 est noté comme envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="671"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="673"/>
        <source>Send this message to %1 again? Do it only after checking with the provider that it did not go: otherwise the patient receives it twice.</source>
        <translation>Renvoyer ce message à %1 ? Ne le faites qu’après avoir vérifié auprès du prestataire qu’il n’est pas parti : sinon le patient le recevra deux fois.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="689"/>
        <source>%1&apos;s message will be sent again at the next dispatch, within a minute.</source>
        <translation>Le message de %1 sera renvoyé au prochain envoi, d’ici une minute.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="726"/>
        <source>STOP recorded: no more SMS to %1, for any purpose.</source>
        <translation>STOP enregistré : plus aucun SMS à %1, quelle que soit la finalité.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="728"/>
        <source>%1 already receives no SMS; nothing was added.</source>
        <translation>%1 ne reçoit déjà plus de SMS ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="736"/>
        <source>How did the appointments go? (%1)</source>
        <translation>Comment se sont passés les rendez-vous ? (%1)</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="647"/>
        <source>Void complaint %1 as a duplicate</source>
        <translation>Classer la réclamation %1 comme doublon</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="649"/>
        <source>The complaint it repeats</source>
        <translation>La réclamation dont elle est le doublon</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="650"/>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="654"/>
        <source>No. %1 — %2, %3, %4</source>
        <translation>N° %1 — %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="674"/>
        <source>A complaint recorded twice is voided: it stays in the register, marked as a duplicate, but no longer counts in the figures, the deadlines or the transparency report. This cannot be undone.</source>
        <translation>Une réclamation enregistrée deux fois est classée comme doublon : elle reste dans le registre, marquée comme doublon, mais n’est plus comptée dans les indicateurs, les échéances ni le rapport de transparence. C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="681"/>
        <source>&amp;Duplicate of:</source>
        <translation>&amp;Doublon de :</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="685"/>
        <source>&amp;Void</source>
        <translation>&amp;Classer comme doublon</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="698"/>
        <source>Voiding the complaint</source>
        <translation>Classement de la réclamation comme doublon</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="702"/>
        <source>A complaint cannot be a duplicate of itself.</source>
        <translation>Une réclamation ne peut pas être son propre doublon.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="703"/>
        <source>This complaint is no longer in the register.</source>
        <translation>Cette réclamation ne figure plus dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/complaints.py" line="704"/>
        <source>This complaint was voided too: choose the one that counts.</source>
        <translation>Cette réclamation a elle aussi été classée comme doublon : choisissez celle qui compte.</translation>
    </message>
</context>
<context>
    <name>WindowSketch</name>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="67"/>
        <source>Sketch of the folded letter</source>
        <translation>Schéma du courrier plié</translation>
    </message>
    <message>
        <location filename="../../ui/print_centre/paper.py" line="76"/>
        <source>Address %1 mm from the left, %2 mm from the top, %3 × %4 mm</source>
        <translation>Adresse à %1 mm de la gauche, %2 mm du haut, %3 × %4 mm</translation>
    </message>
</context>
<context>
    <name>WritingDialog</name>
    <message>
        <location filename="../../ui/feedback/writing_dialog.py" line="79"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
</TS>
