<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/background.py" line="109"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CommunicationProfileDialog</name>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="373"/>
        <source>Communication profile: %1</source>
        <translation>Profil de communication : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="398"/>
        <source>Consents and objections of %1, by purpose and channel.</source>
        <translation>Consentements et oppositions de %1, par finalité et par canal.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="405"/>
        <source>Consents by purpose and channel</source>
        <translation>Consentements par finalité et par canal</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="431"/>
        <source>Your role cannot change consents.</source>
        <translation>Votre rôle ne permet pas de modifier les consentements.</translation>
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
        <location filename="../../ui/patients/consent_grid.py" line="643"/>
        <source>All consent-based purposes</source>
        <translation>Toutes les finalités soumises au consentement</translation>
    </message>
</context>
<context>
    <name>ConsentGrid</name>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="95"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="96"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="97"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="98"/>
        <location filename="../../ui/patients/consent_grid.py" line="111"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="101"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="109"/>
        <source>Signed form</source>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="110"/>
        <source>At the desk</source>
        <translation>À l’accueil</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="112"/>
        <source>Letter reply</source>
        <translation>Réponse par courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="113"/>
        <source>SMS STOP</source>
        <translation>SMS STOP</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="119"/>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="120"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="121"/>
        <location filename="../../ui/patients/consent_grid.py" line="144"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="122"/>
        <location filename="../../ui/patients/consent_grid.py" line="145"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="128"/>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="130"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="139"/>
        <source>Care (no objection)</source>
        <translation>Soins, sans opposition</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="141"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="142"/>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="143"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="386"/>
        <source>Communication profile</source>
        <translation>Profil de communication</translation>
    </message>
</context>
<context>
    <name>ConsentGridModel</name>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="260"/>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="304"/>
        <source>Sent as part of care unless the patient objects.</source>
        <translation>Envoyé dans le cadre des soins, sauf opposition du patient.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="305"/>
        <source>Sent only with the patient&apos;s recorded consent.</source>
        <translation>Envoyé uniquement avec le consentement enregistré du patient.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="314"/>
        <source>%1: care purpose, no objection recorded.</source>
        <translation>%1 : finalité de soins, aucune opposition enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="315"/>
        <source>%1: no consent recorded.</source>
        <translation>%1 : aucun consentement enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="318"/>
        <source>%1: %2 by %3 on %4 (%5).</source>
        <translation>%1 : %2 par %3 le %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_grid.py" line="326"/>
        <source>(Objection to every consent-based purpose.)</source>
        <translation>(Opposition à toutes les finalités soumises au consentement.)</translation>
    </message>
</context>
<context>
    <name>ErrorReportModel</name>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="130"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="130"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="130"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="130"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="143"/>
        <source>(whole row)</source>
        <translation>(toute la ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="145"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="145"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="167"/>
        <source>Details</source>
        <translation>Détails</translation>
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
        <location filename="../../ui/patients/import_dialog.py" line="197"/>
        <source>Import patients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="205"/>
        <source>Choose the CSV file exported by the practice software. Patients already in Relais are updated, not duplicated; rows with problems are listed below.</source>
        <translation>Choisissez le fichier CSV exporté par le logiciel du cabinet. Les patients déjà présents dans Relais sont mis à jour, pas dupliqués ; les lignes qui posent problème sont listées ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="213"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="214"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="215"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="216"/>
        <location filename="../../ui/patients/import_dialog.py" line="307"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="221"/>
        <source>Check only (change nothing)</source>
        <translation>Vérifier seulement (ne rien modifier)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="222"/>
        <source>Check only, change nothing</source>
        <translation>Vérifier seulement, ne rien modifier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="223"/>
        <location filename="../../ui/patients/import_dialog.py" line="224"/>
        <source>All or nothing</source>
        <translation>Tout ou rien</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="225"/>
        <source>Import nothing at all if any row has a problem</source>
        <translation>N’importer aucune ligne si l’une d’elles pose problème</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="234"/>
        <source>Import summary</source>
        <translation>Bilan de l’import</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="239"/>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="264"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="265"/>
        <source>Save the error report as CSV</source>
        <translation>Enregistrer le rapport d’erreurs en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="267"/>
        <location filename="../../ui/patients/import_dialog.py" line="315"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="309"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="315"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="329"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="332"/>
        <source>Importing patients</source>
        <translation>Import des patients</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="367"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="373"/>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="375"/>
        <location filename="../../ui/patients/import_dialog.py" line="377"/>
        <source>The import failed; nothing was changed.</source>
        <translation>L’import a échoué ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="384"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="385"/>
        <source>%n patient(s) created,</source>
        <translation>
            <numerusform>%n patient créé,</numerusform>
            <numerusform>%n patients créés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="387"/>
        <source>%n updated,</source>
        <translation>
            <numerusform>%n mis à jour,</numerusform>
            <numerusform>%n mis à jour,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="389"/>
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n inchangé.</numerusform>
            <numerusform>%n inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/patients/import_dialog.py" line="393"/>
        <source>%n row(s) rejected: see the problems below.</source>
        <translation>
            <numerusform>%n ligne refusée : voir les problèmes ci-dessous.</numerusform>
            <numerusform>%n lignes refusées : voir les problèmes ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="396"/>
        <source>Check only: nothing was changed.</source>
        <translation>Vérification seulement : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="398"/>
        <source>All or nothing: nothing was imported because of the problems.</source>
        <translation>Tout ou rien : rien n’a été importé à cause des problèmes.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="400"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="401"/>
        <source>Columns not used: %1</source>
        <translation>Colonnes non utilisées : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="412"/>
        <source>Save the error report</source>
        <translation>Enregistrer le rapport d’erreurs</translation>
    </message>
    <message>
        <location filename="../../ui/patients/import_dialog.py" line="414"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>Unlock Relais</source>
        <translation>Déverrouiller Relais</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>Sign in to Relais</source>
        <translation>Connexion à Relais</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96"/>
        <source>Relais is locked</source>
        <translation>Relais est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96"/>
        <location filename="../../ui/login.py" line="151"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103"/>
        <source>Nothing is shown while Relais is locked. Enter your password to continue.</source>
        <translation>Rien n’est affiché tant que Relais est verrouillé. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="106"/>
        <source>Practice database: %1</source>
        <translation>Base de données du cabinet : %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="118"/>
        <location filename="../../ui/login.py" line="129"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="122"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="130"/>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="132"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="133"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="140"/>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="151"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="154"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="198"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="201"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="248"/>
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Patientez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives échouées. Patientez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="252"/>
        <source>The password is not right. Check Caps Lock and try again.</source>
        <translation>Le mot de passe n’est pas le bon. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="254"/>
        <source>The user name or the password is not right. Check Caps Lock and try again.</source>
        <translation>Le nom d’utilisateur ou le mot de passe n’est pas le bon. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="258"/>
        <source>The key file beside the database is missing or damaged, so no password can open it. Ask your administrator to open it with the recovery key. (%1)</source>
        <translation>Le fichier de clés situé à côté de la base de données est absent ou abîmé : aucun mot de passe ne peut l’ouvrir. Demandez à votre administrateur de l’ouvrir avec la clé de secours. (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="262"/>
        <source>The database could not be opened: %1</source>
        <translation>La base de données n’a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="264"/>
        <source>Signing in failed because of an unexpected error (%1).</source>
        <translation>La connexion a échoué à cause d’une erreur inattendue (%1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>receptionist</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Today will show the day&apos;s work at a glance: reminders ready to send and why, messages that failed, complaints to acknowledge and the call list. It arrives with the reminders work and is not available yet.</source>
        <translation>Aujourd’hui montrera d’un coup d’œil le travail du jour : les rappels prêts à partir et pourquoi, les messages en échec, les réclamations à accuser réception et la liste d’appels. Cette page arrive avec les rappels et n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Reminders, recall programmes and the outbox arrive with the reminders work. This page is not available yet.</source>
        <translation>Les rappels, les programmes de relance et la boîte d’envoi arrivent avec les rappels. Cette page n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Print centre</source>
        <translation>Centre d’impression</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Letters (also in large print), labels and call sheets to print arrive with the print work. This page is not available yet.</source>
        <translation>Les lettres (aussi en gros caractères), les étiquettes et les listes d’appels à imprimer arrivent avec l’impression. Cette page n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Satisfaction surveys and complaints, with their deadlines, arrive with the feedback work. This page is not available yet.</source>
        <translation>Les enquêtes de satisfaction et les réclamations, avec leurs délais, arrivent avec les retours. Cette page n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>The trust dashboard (consent coverage, opt-outs, delivery, attendance, satisfaction, complaints) and the transparency report arrive with the dashboard work. This page is not available yet.</source>
        <translation>Le tableau de bord de confiance (couverture des consentements, désinscriptions, remise, présence, satisfaction, réclamations) et le rapport de transparence arrivent avec le tableau de bord. Cette page n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Browsing the audit log arrives with the audit work. This page is not available yet; the log is already kept, and &apos;python main.py verify&apos; checks it.</source>
        <translation>La consultation du journal d’audit arrive avec l’audit. Cette page n’est pas encore disponible ; le journal est déjà tenu, et « python main.py verify » le vérifie.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Seul un administrateur peut modifier ces paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Relais is locked</source>
        <translation>Relais est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Signed in as %1. Enter your password to continue, or sign out.</source>
        <translation>Connecté en tant que %1. Saisissez votre mot de passe pour continuer, ou déconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Sign &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Relais is locked. Sign in again to continue.</source>
        <translation>Relais est verrouillé. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>no practice name</source>
        <translation>cabinet sans nom</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>Relais — %1</source>
        <translation>Relais — %1</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <location filename="../../ui/patients/editor.py" line="160"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="162"/>
        <source>Patient: %1</source>
        <translation>Patient : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="253"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="256"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="256"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="257"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="257"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="259"/>
        <source>Birth &amp;name</source>
        <translation>Nom de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="260"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="260"/>
        <source>If different</source>
        <translation>S’il est différent</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="263"/>
        <source>&amp;Birth date</source>
        <translation>Date de nai&amp;ssance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="264"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="264"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="267"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="270"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="272"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="273"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="274"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="275"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="280"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="283"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="284"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="284"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="288"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="291"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="293"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="294"/>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="295"/>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="296"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="301"/>
        <location filename="../../ui/patients/editor.py" line="302"/>
        <source>Practice software id</source>
        <translation>Identifiant du logiciel du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="308"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="312"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Portable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="312"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="312"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="317"/>
        <source>Landline</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="317"/>
        <source>04 78 12 34 56</source>
        <translation>04 78 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="319"/>
        <source>Shared with household</source>
        <translation>Partagé avec le foyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="323"/>
        <source>Land&amp;line</source>
        <translation>&amp;Fixe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="325"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="325"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="325"/>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="327"/>
        <source>St&amp;reet</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="327"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="329"/>
        <source>Com&amp;plement</source>
        <translation>Com&amp;plément</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="331"/>
        <source>Address complement</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="331"/>
        <source>Building, floor, PO box</source>
        <translation>Bâtiment, étage, boîte postale</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="337"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="337"/>
        <source>69003</source>
        <translation>69003</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="341"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="342"/>
        <source>Post&amp;code, city</source>
        <translation>&amp;Code postal, ville</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="347"/>
        <source>Household and needs</source>
        <translation>Foyer et besoins</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="351"/>
        <source>Hou&amp;sehold</source>
        <translation>F&amp;oyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="353"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="353"/>
        <source>Same text for people living together</source>
        <translation>Le même texte pour les personnes qui vivent ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="357"/>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="358"/>
        <source>Easy-read letters</source>
        <translation>Lettres faciles à lire</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="360"/>
        <source>Needs a phone call instead of a letter</source>
        <translation>Préfère un appel à une lettre</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="363"/>
        <source>No digital access (paper and phone only)</source>
        <translation>Pas d’accès numérique (papier et téléphone seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="375"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="376"/>
        <source>Save the patient</source>
        <translation>Enregistrer le patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="381"/>
        <source>C&amp;ommunication profile…</source>
        <translation>Profil de &amp;communication…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="514"/>
        <source>Possible duplicate: %1 %2, born %3 (#%4)</source>
        <translation>Doublon possible : %1 %2, né(e) le %3 (n° %4)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="521"/>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="527"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="538"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="539"/>
        <source>Discard your changes to this patient?</source>
        <translation>Abandonner vos modifications de ce patient ?</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="547"/>
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
    <name>PracticeForm</name>
    <message>
        <location filename="../../ui/practice_form.py" line="79"/>
        <source>Practice &amp;name:</source>
        <translation>&amp;Nom du cabinet :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="79"/>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="80"/>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="80"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="81"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="81"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="82"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="82"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="83"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="83"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="84"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="85"/>
        <source>Default &amp;country for phones:</source>
        <translation>Pa&amp;ys par défaut des numéros :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="85"/>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="97"/>
        <source>e.g. Cabinet médical du Parc</source>
        <translation>p. ex. Cabinet médical du Parc</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="103"/>
        <source>Phone numbers typed without +country are read as numbers of this country.</source>
        <translation>Les numéros saisis sans indicatif +pays sont lus comme des numéros de ce pays.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="115"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="121"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="122"/>
        <source>Lock after inactivity, in minutes</source>
        <translation>Verrouillage après inactivité, en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="124"/>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="182"/>
        <source>The practice needs a name.</source>
        <translation>Le cabinet doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="184"/>
        <source>Use a two-letter country code, e.g. FR.</source>
        <translation>Utilisez un code pays de deux lettres, p. ex. FR.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="188"/>
        <source>A French postcode has 5 digits, e.g. 69003.</source>
        <translation>Un code postal français compte 5 chiffres, p. ex. 69003.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="194"/>
        <source>This is not a valid phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <location filename="../../ui/practice_form.py" line="200"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Ce n’est pas une adresse e-mail valide.</translation>
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
    <name>Relais</name>
    <message>
        <location filename="../../ui/app.py" line="205"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>Something went wrong and this action did not finish (%1). If it keeps happening, tell your administrator what you were doing.</source>
        <translation>Un problème est survenu et cette action n’a pas abouti (%1). Si cela se reproduit, indiquez à votre administrateur ce que vous faisiez.</translation>
    </message>
</context>
</TS>
