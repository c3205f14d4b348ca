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
        <translation>&amp;Pas de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/today/call_list.py" line="145"/>
        <source>&amp;Wrong number</source>
        <translation>&amp;Mauvais numéro</translation>
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
    <name>ChannelChip</name>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="89"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="92"/>
        <source>Tick if the patient accepts this channel. Ctrl+Left / Ctrl+Right: move it.</source>
        <translation>Cochez si le patient accepte ce canal. Ctrl+Gauche / Ctrl+Droite : le déplacer.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="95"/>
        <source>Earlier: %1</source>
        <translation>Plus tôt : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="96"/>
        <source>Later: %1</source>
        <translation>Plus tard : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="121"/>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="121"/>
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsPage</name>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="47"/>
        <source>Sending messages</source>
        <translation>Envoi des messages</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="54"/>
        <source>Relais sends e-mails through the practice&apos;s mail server and SMS through the SMS gateway the practice chose. Passwords are kept in the encrypted database.</source>
        <translation>Relais envoie les e-mails par le serveur de messagerie du cabinet et les SMS par la passerelle SMS choisie par le cabinet. Les mots de passe sont gardés dans la base chiffrée.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="64"/>
        <source>An address of the practice</source>
        <translation>Une adresse du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="65"/>
        <source>Address for a test e-mail</source>
        <translation>Adresse pour un e-mail d’essai</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="66"/>
        <source>Send a &amp;test e-mail</source>
        <translation>Envoyer un e-mail d’&amp;essai</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="73"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Seul un administrateur peut modifier ces réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="93"/>
        <location filename="../../ui/channel_settings_page.py" line="228"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="94"/>
        <source>Send &amp;e-mails</source>
        <translation>Envoyer des &amp;e-mails</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="101"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="102"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (en général port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="103"/>
        <source>None (a relay on this computer only)</source>
        <translation>Aucune (relais sur cet ordinateur seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="111"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="112"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="113"/>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="114"/>
        <source>User name:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="115"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="116"/>
        <source>Sender address:</source>
        <translation>Adresse d’expédition :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="117"/>
        <location filename="../../ui/channel_settings_page.py" line="153"/>
        <source>Sender name:</source>
        <translation>Nom de l’expéditeur :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="121"/>
        <source>SMS gateway</source>
        <translation>Passerelle SMS</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="122"/>
        <source>Send &amp;SMS</source>
        <translation>Envoyer des &amp;SMS</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="124"/>
        <source>Choose a starting point…</source>
        <translation>Choisir un point de départ…</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="146"/>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="147"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="148"/>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="149"/>
        <source>Body format:</source>
        <translation>Format du contenu :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="150"/>
        <source>Key header:</source>
        <translation>En-tête de la clé :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="151"/>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="152"/>
        <source>Body ({to}, {text}):</source>
        <translation>Contenu ({to}, {text}) :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="154"/>
        <source>Success when the answer matches:</source>
        <translation>Réussi quand la réponse contient :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="155"/>
        <source>Number for STOP replies:</source>
        <translation>Numéro pour les réponses STOP :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="228"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="233"/>
        <location filename="../../ui/channel_settings_page.py" line="236"/>
        <source>Not saved:</source>
        <translation>Non enregistré :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="238"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="238"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="246"/>
        <location filename="../../ui/channel_settings_page.py" line="254"/>
        <location filename="../../ui/channel_settings_page.py" line="275"/>
        <location filename="../../ui/channel_settings_page.py" line="282"/>
        <source>Not sent:</source>
        <translation>Non envoyé :</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="249"/>
        <source>Tick &quot;Send e-mails&quot; and fill in the server first.</source>
        <translation>Cochez « Envoyer des e-mails » et renseignez d’abord le serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="259"/>
        <source>Relais: test message</source>
        <translation>Relais : message d’essai</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="260"/>
        <source>This message checks that Relais can send e-mails.</source>
        <translation>Ce message vérifie que Relais peut envoyer des e-mails.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="271"/>
        <source>Test e-mail accepted by %1.</source>
        <translation>E-mail d’essai accepté par %1.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_settings_page.py" line="279"/>
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
    <name>ConsentGrid</name>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="22"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="24"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="25"/>
        <location filename="../../ui/patients/consent_words.py" line="38"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="28"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="36"/>
        <source>Signed form</source>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="37"/>
        <source>At the desk</source>
        <translation>À l’accueil</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="39"/>
        <source>Letter reply</source>
        <translation>Réponse par courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="40"/>
        <source>SMS STOP</source>
        <translation>SMS STOP</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="46"/>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="47"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="48"/>
        <location filename="../../ui/patients/consent_words.py" line="71"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="49"/>
        <location filename="../../ui/patients/consent_words.py" line="72"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="55"/>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="57"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="66"/>
        <source>Care (no objection)</source>
        <translation>Soins, sans opposition</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="68"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="69"/>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <location filename="../../ui/patients/consent_words.py" line="70"/>
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
        <location filename="../../ui/main_window.py" line="82"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>receptionist</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Appointments are imported from the agenda (.ics) and planned by themselves; recall programmes, medication and one-off reminders get their screen here in the next step of the reminders work. This page is not available yet.</source>
        <translation>Les rendez-vous sont importés depuis l’agenda (.ics) et planifiés d’eux-mêmes ; les programmes de relance, les rappels de traitement et les rappels ponctuels auront leur écran ici à la prochaine étape du travail sur les rappels. Cette page n’est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
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
        <source>Data requests</source>
        <translation>Demandes RGPD</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Sending messages</source>
        <translation>Envoi des messages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Browsing the audit log arrives with the audit work. This page is not available yet; the log is already kept, and &apos;python main.py verify&apos; checks it.</source>
        <translation>La consultation du journal d’audit arrive avec l’audit. Cette page n’est pas encore disponible ; le journal est déjà tenu, et « python main.py verify » le vérifie.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Seul un administrateur peut modifier ces paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Relais is locked</source>
        <translation>Relais est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Signed in as %1. Enter your password to continue, or sign out.</source>
        <translation>Connecté en tant que %1. Saisissez votre mot de passe pour continuer, ou déconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Sign &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Relais is locked. Sign in again to continue.</source>
        <translation>Relais est verrouillé. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588"/>
        <source>no practice name</source>
        <translation>cabinet sans nom</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Relais — %1</source>
        <translation>Relais — %1</translation>
    </message>
</context>
<context>
    <name>PatientEditor</name>
    <message>
        <location filename="../../ui/patients/editor.py" line="155"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="157"/>
        <source>Patient: %1</source>
        <translation>Patient : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="248"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="251"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="251"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="252"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="252"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="254"/>
        <source>Birth &amp;name</source>
        <translation>Nom de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="255"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="255"/>
        <source>If different</source>
        <translation>S’il est différent</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="258"/>
        <source>&amp;Birth date</source>
        <translation>Date de nai&amp;ssance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="259"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="259"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="262"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="265"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="267"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="268"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="269"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="270"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="275"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="278"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="279"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="279"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="283"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="286"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="288"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="289"/>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="290"/>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="291"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="296"/>
        <location filename="../../ui/patients/editor.py" line="297"/>
        <source>Practice software id</source>
        <translation>Identifiant du logiciel du cabinet</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="303"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="307"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Portable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="307"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="307"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="312"/>
        <source>Landline</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="312"/>
        <source>04 78 12 34 56</source>
        <translation>04 78 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="314"/>
        <source>Shared with household</source>
        <translation>Partagé avec le foyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="318"/>
        <source>Land&amp;line</source>
        <translation>&amp;Fixe</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="320"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="320"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="320"/>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="322"/>
        <source>St&amp;reet</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="322"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="324"/>
        <source>Com&amp;plement</source>
        <translation>Com&amp;plément</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="326"/>
        <source>Address complement</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="326"/>
        <source>Building, floor, PO box</source>
        <translation>Bâtiment, étage, boîte postale</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="332"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="332"/>
        <source>69003</source>
        <translation>69003</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="336"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="337"/>
        <source>Post&amp;code, city</source>
        <translation>&amp;Code postal, ville</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="342"/>
        <source>Household and needs</source>
        <translation>Foyer et besoins</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="346"/>
        <source>Hou&amp;sehold</source>
        <translation>F&amp;oyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="348"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="348"/>
        <source>Same text for people living together</source>
        <translation>Le même texte pour les personnes qui vivent ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="352"/>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="353"/>
        <source>Easy-read letters</source>
        <translation>Lettres faciles à lire</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="355"/>
        <source>Needs a phone call instead of a letter</source>
        <translation>Préfère un appel à une lettre</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="358"/>
        <source>No digital access (paper and phone only)</source>
        <translation>Pas d’accès numérique (papier et téléphone seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="370"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="371"/>
        <source>Save the patient</source>
        <translation>Enregistrer le patient</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="376"/>
        <source>C&amp;ommunication profile…</source>
        <translation>Profil de &amp;communication…</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="509"/>
        <source>Possible duplicate: %1 %2, born %3 (#%4)</source>
        <translation>Doublon possible : %1 %2, né(e) le %3 (n° %4)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="516"/>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="522"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="533"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="534"/>
        <source>Discard your changes to this patient?</source>
        <translation>Abandonner vos modifications de ce patient ?</translation>
    </message>
    <message>
        <location filename="../../ui/patients/editor.py" line="542"/>
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
        <location filename="../../ui/print_preview.py" line="96"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="99"/>
        <source>it is not a PDF or it is damaged</source>
        <translation>ce n’est pas un PDF ou il est endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="102"/>
        <location filename="../../ui/print_preview.py" line="105"/>
        <source>it is protected by a password</source>
        <translation>il est protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="110"/>
        <source>the PDF reader failed</source>
        <translation>le lecteur PDF a échoué</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="113"/>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d’ouvrir %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="134"/>
        <source>Cannot print %1: no printer is available.</source>
        <translation>Impossible d’imprimer %1 : aucune imprimante n’est disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="139"/>
        <source>Cannot print %1: the printer %2 is not available.</source>
        <translation>Impossible d’imprimer %1 : l’imprimante %2 n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="150"/>
        <source>Cannot print %1: the printer stopped at page %2.</source>
        <translation>Impossible d’imprimer %1 : l’imprimante s’est arrêtée à la page %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="175"/>
        <source>Cannot print %1: page %2 is unreadable.</source>
        <translation>Impossible d’imprimer %1 : la page %2 est illisible.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="267"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="282"/>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="289"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="290"/>
        <source>Print the document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="293"/>
        <source>Print (%1)</source>
        <translation>Imprimer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="300"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="301"/>
        <source>Save a copy of the document as a PDF file</source>
        <translation>Enregistrer une copie du document au format PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="308"/>
        <source>Close the preview</source>
        <translation>Fermer l’aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="332"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="378"/>
        <source>Not printed.</source>
        <translation>Non imprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="379"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_preview.py" line="382"/>
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>%n page envoyée à %1</numerusform>
            <numerusform>%n pages envoyées à %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="415"/>
        <location filename="../../ui/print_preview.py" line="435"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="415"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="432"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="436"/>
        <source>Could not save %1: %2.</source>
        <translation>Impossible d’enregistrer %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="441"/>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
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
    <name>PreferencesEditor</name>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="323"/>
        <source>Read only: your role cannot change contact preferences.</source>
        <translation>Lecture seule : votre rôle ne permet pas de modifier les préférences de contact.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="369"/>
        <location filename="../../ui/patients/preferences_editor.py" line="582"/>
        <source>Your role cannot change contact preferences.</source>
        <translation>Votre rôle ne permet pas de modifier les préférences de contact.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="378"/>
        <source>&amp;Save preferences</source>
        <translation>&amp;Enregistrer les préférences</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="379"/>
        <source>Save the contact preferences</source>
        <translation>Enregistrer les préférences de contact</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="381"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="382"/>
        <source>Revert to the saved preferences</source>
        <translation>Revenir aux préférences enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="383"/>
        <source>Forget the changes made since the last save.</source>
        <translation>Oublier les modifications faites depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="411"/>
        <source>Channels by purpose</source>
        <translation>Canaux par finalité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="414"/>
        <source>For each purpose, tick the channels the patient accepts; the number is the order in which they are tried. ◀ ▶ (or Ctrl+Left / Ctrl+Right) change the order.</source>
        <translation>Pour chaque finalité, cochez les canaux que le patient accepte ; le numéro donne l’ordre dans lequel ils sont essayés. ◀ ▶ (ou Ctrl+Gauche / Ctrl+Droite) changent l’ordre.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="437"/>
        <source>Limits (all channels together)</source>
        <translation>Limites (tous canaux confondus)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="439"/>
        <source>Messages per week, at most</source>
        <translation>Messages par semaine, au plus</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="440"/>
        <source>Messages per month, at most</source>
        <translation>Messages par mois, au plus</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="441"/>
        <source>At most per &amp;week:</source>
        <translation>Au plus par &amp;semaine :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="443"/>
        <source>At most per &amp;month:</source>
        <translation>Au plus par &amp;mois :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="450"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="468"/>
        <source>Letters and tone</source>
        <translation>Courriers et ton</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="473"/>
        <source>&amp;Formal (« vous »)</source>
        <translation>&amp;Vouvoiement (« vous »)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="474"/>
        <source>&amp;Informal (« tu »)</source>
        <translation>&amp;Tutoiement (« tu »)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="477"/>
        <source>Paper format</source>
        <translation>Format papier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="478"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="479"/>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="480"/>
        <source>Easy-read</source>
        <translation>Facile à lire</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="483"/>
        <source>Tone:</source>
        <translation>Ton :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="487"/>
        <source>&amp;Paper only (no SMS, no e-mail)</source>
        <translation>Papier &amp;uniquement (ni SMS, ni e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="488"/>
        <source>Needs a &amp;call instead of a letter</source>
        <translation>Préfère un &amp;appel à un courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="518"/>
        <source>Quiet times</source>
        <translation>Périodes sans message</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="520"/>
        <source>No messages before</source>
        <translation>Pas de message avant</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="521"/>
        <source>No messages after</source>
        <translation>Pas de message après</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="523"/>
        <source>No messages &amp;before:</source>
        <translation>Pas de message a&amp;vant :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="525"/>
        <source>No messages &amp;after:</source>
        <translation>Pas de message a&amp;près :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="536"/>
        <source>Quiet on %1</source>
        <translation>Pas de message le %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="542"/>
        <source>Quiet days:</source>
        <translation>Jours sans message :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="544"/>
        <source>Quiet on public &amp;holidays too</source>
        <translation>Ni les jours &amp;fériés</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="554"/>
        <source>Quiet times apply to %1</source>
        <translation>Les périodes sans message s’appliquent à : %1</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="484"/>
        <source>Paper fo&amp;rmat:</source>
        <translation>Fo&amp;rmat papier :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="559"/>
        <source>The quiet times apply to:</source>
        <translation>Les périodes sans message s’appliquent à :</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="612"/>
        <source>Messages and letters are written in %1, the language set in the patient record (change it there).</source>
        <translation>Les messages et courriers sont rédigés en %1, la langue indiquée dans la fiche du patient (à modifier là).</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="614"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="614"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="691"/>
        <source>Paper only: every purpose goes by phone call.</source>
        <translation>Papier uniquement : chaque finalité passe par un appel téléphonique.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="693"/>
        <source>Paper only: every purpose goes by letter.</source>
        <translation>Papier uniquement : chaque finalité passe par courrier.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="696"/>
        <source>Letters are replaced by a phone call.</source>
        <translation>Les courriers sont remplacés par un appel téléphonique.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="723"/>
        <source>A purpose that no longer exists has a channel choice.</source>
        <translation>Une finalité qui n’existe plus a un choix de canaux.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="724"/>
        <source>A channel is listed twice for one purpose.</source>
        <translation>Un canal figure deux fois pour une même finalité.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="725"/>
        <source>Use HH:MM, e.g. 09:00.</source>
        <translation>Utilisez HH:MM, par exemple 09:00.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="726"/>
        <source>Must be later than the start (%1).</source>
        <translation>Doit être après le début (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="729"/>
        <source>Days are Monday to Sunday.</source>
        <translation>Les jours vont du lundi au dimanche.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="730"/>
        <source>Between 0 and 100.</source>
        <translation>Entre 0 et 100.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="731"/>
        <source>More than the monthly limit (%1).</source>
        <translation>Plus que la limite mensuelle (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="786"/>
        <location filename="../../ui/patients/preferences_editor.py" line="831"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="796"/>
        <source>Not saved: correct the fields marked %1.</source>
        <translation>Non enregistré : corrigez les champs marqués %1.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="816"/>
        <source>preferences recorded</source>
        <translation>préférences enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="817"/>
        <source>channels by purpose</source>
        <translation>canaux par finalité</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="818"/>
        <source>weekly limit</source>
        <translation>limite par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="819"/>
        <source>monthly limit</source>
        <translation>limite par mois</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="820"/>
        <location filename="../../ui/patients/preferences_editor.py" line="821"/>
        <source>quiet hours</source>
        <translation>heures sans message</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="822"/>
        <source>quiet days</source>
        <translation>jours sans message</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="823"/>
        <source>public holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="824"/>
        <source>channels kept quiet</source>
        <translation>canaux concernés</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="825"/>
        <source>tone</source>
        <translation>ton</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="826"/>
        <source>paper format</source>
        <translation>format papier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="827"/>
        <source>paper only</source>
        <translation>papier uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="828"/>
        <source>call instead of a letter</source>
        <translation>appel plutôt que courrier</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="837"/>
        <source>Saved: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>PurposeChannels</name>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="160"/>
        <location filename="../../ui/patients/preferences_editor.py" line="245"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="163"/>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="165"/>
        <source>Back to the default order: SMS, then e-mail, then letter.</source>
        <translation>Revenir à l’ordre par défaut : SMS, puis e-mail, puis courrier.</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="168"/>
        <source>%1: back to the default order</source>
        <translation>%1 : revenir à l’ordre par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="245"/>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <location filename="../../ui/patients/preferences_editor.py" line="247"/>
        <source>No channel ticked: nothing is sent for this purpose.</source>
        <translation>Aucun canal coché : rien n’est envoyé pour cette finalité.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="267"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>Relais</name>
    <message>
        <location filename="../../ui/app.py" line="210"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="211"/>
        <source>Something went wrong and this action did not finish (%1). If it keeps happening, tell your administrator what you were doing.</source>
        <translation>Un problème est survenu et cette action n’a pas abouti (%1). Si cela se reproduit, indiquez à votre administrateur ce que vous faisiez.</translation>
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
        <location filename="../../ui/rights/requests_page.py" line="118"/>
        <source>Name, phone or birth date</source>
        <translation>Nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="119"/>
        <source>Find the patient</source>
        <translation>Trouver le patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="122"/>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="138"/>
        <source>What the patient asked, in a few words</source>
        <translation>Ce que le patient demande, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="155"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="157"/>
        <source>&amp;Right:</source>
        <translation>&amp;Droit :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="158"/>
        <source>Re&amp;ceived on:</source>
        <translation>Re&amp;çue le :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="160"/>
        <source>Received &amp;via:</source>
        <translation>Re&amp;çue par :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="161"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="165"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="177"/>
        <source>To answer by %1 (one month).</source>
        <translation>Réponse à donner avant le %1 (un mois).</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="324"/>
        <source>Data-rights requests</source>
        <translation>Demandes d’exercice des droits</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="331"/>
        <source>Patients may ask to see, correct, erase or take away their data, or object to its use. Record each request the day it arrives: the answer is due within one month, which can be extended once by two months for a complex request.</source>
        <translation>Les patients peuvent demander à consulter, corriger, effacer ou emporter leurs données, ou s’opposer à leur utilisation. Enregistrez chaque demande le jour où elle arrive : la réponse est due sous un mois, délai prolongeable une fois de deux mois pour une demande complexe.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="338"/>
        <source>&amp;Only requests not answered yet</source>
        <translation>&amp;Seulement les demandes sans réponse</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="344"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="348"/>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="346"/>
        <source>Ex&amp;tend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="350"/>
        <source>Ex&amp;port the patient&apos;s data…</source>
        <translation>E&amp;xporter les données du patient…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="352"/>
        <source>&amp;Erase the patient&apos;s data…</source>
        <translation>&amp;Effacer les données du patient…</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="362"/>
        <source>Only an administrator answers requests.</source>
        <translation>Seul un administrateur répond aux demandes.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="392"/>
        <source>Register of requests</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="395"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="396"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="397"/>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="398"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="399"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="400"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="431"/>
        <source> (extended)</source>
        <translation> (prolongée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="448"/>
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n demande en cours</numerusform>
            <numerusform>%n demandes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="449"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="461"/>
        <source>Answered on %1: %2</source>
        <translation>Traitée le %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="465"/>
        <source> (late)</source>
        <translation> (en retard)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="468"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="470"/>
        <source>Due today</source>
        <translation>À rendre aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rights/requests_page.py" line="471"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="514"/>
        <source>Request %1 recorded.</source>
        <translation>Demande %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="523"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="525"/>
        <source>The deadline moves to three months after the request arrived. Say why; the patient must be told within the first month.</source>
        <translation>L’échéance passe à trois mois après l’arrivée de la demande. Dites pourquoi ; le patient doit en être informé dans le premier mois.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="547"/>
        <source>Request %1 extended.</source>
        <translation>Demande %1 prolongée.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="555"/>
        <source>Answer the request</source>
        <translation>Répondre à la demande</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="557"/>
        <source>Choose the outcome and note what was answered. A refusal or a partial answer must give the patient the reasons.</source>
        <translation>Choisissez l’issue et notez ce qui a été répondu. Un refus ou une réponse partielle doit en donner les raisons au patient.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="586"/>
        <source>Request %1 answered.</source>
        <translation>Réponse donnée à la demande %1.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="591"/>
        <source>Folder for the patient&apos;s data</source>
        <translation>Dossier pour les données du patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="620"/>
        <source>The patient&apos;s data was written to %1 and %2.</source>
        <translation>Les données du patient ont été écrites dans %1 et %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="626"/>
        <source>Exporting the patient&apos;s data</source>
        <translation>Export des données du patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="633"/>
        <source>Erase the patient&apos;s data</source>
        <translation>Effacer les données du patient</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="635"/>
        <source>Erase the data of %1? Their contact details, preferences, earlier values and scanned forms are removed and their name is replaced. The consent history is kept without personal data, as the law requires. This cannot be undone.</source>
        <translation>Effacer les données de %1 ? Ses coordonnées, préférences, anciennes valeurs et formulaires numérisés sont supprimés et son nom est remplacé. L’historique des consentements est conservé sans données personnelles, comme la loi l’exige. C’est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="670"/>
        <source>The patient&apos;s data was erased and request %1 answered.</source>
        <translation>Les données du patient ont été effacées et la demande %1 a reçu sa réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/rights/requests_page.py" line="682"/>
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
    <name>TemplateEditorPage</name>
    <message>
        <location filename="../../ui/templates/editor.py" line="103"/>
        <source>Default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="105"/>
        <source>Version %1, by %2, %3</source>
        <translation>Version %1, par %2, le %3</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="353"/>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="360"/>
        <source>The words of every reminder, per purpose, channel, language and tone. Each save adds a version; the newest one is used.</source>
        <translation>Les mots de chaque rappel, par finalité, canal, langue et ton. Chaque enregistrement ajoute une version ; la plus récente est utilisée.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="367"/>
        <source>Read only: only an administrator can change message templates.</source>
        <translation>Lecture seule : seul un administrateur peut modifier les modèles de messages.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="388"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="389"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="390"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="391"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="394"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="395"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="396"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="397"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="418"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="423"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="429"/>
        <source>Problems in the template</source>
        <translation>Problèmes dans le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="431"/>
        <source>Click a problem to go to its line.</source>
        <translation>Cliquez sur un problème pour aller à sa ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="444"/>
        <source>Search a patient by name…</source>
        <translation>Chercher un patient par son nom…</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="445"/>
        <source>Search a patient for the preview</source>
        <translation>Chercher un patient pour l’aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="449"/>
        <source>Patient shown in the preview</source>
        <translation>Patient montré dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="451"/>
        <source>Sample patient</source>
        <translation>Patient d’exemple</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="453"/>
        <source>Pati&amp;ent:</source>
        <translation>Pati&amp;ent :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="462"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="475"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="478"/>
        <source>Subject of the message</source>
        <translation>Objet du message</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="487"/>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="490"/>
        <source>HTML part of the e-mail</source>
        <translation>Partie HTML de l’e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="493"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="496"/>
        <source>SMS length</source>
        <translation>Longueur du SMS</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="512"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="514"/>
        <source>The saved versions of this template; load one into the editor.</source>
        <translation>Les versions enregistrées de ce modèle ; chargez-en une dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="517"/>
        <source>Re&amp;vert to default…</source>
        <translation>Re&amp;venir au modèle par défaut…</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="519"/>
        <source>&amp;Save as new version</source>
        <translation>&amp;Enregistrer une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="542"/>
        <location filename="../../ui/templates/editor.py" line="875"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="543"/>
        <location filename="../../ui/templates/editor.py" line="875"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="544"/>
        <location filename="../../ui/templates/editor.py" line="877"/>
        <source>Formal « vous »</source>
        <translation>Vouvoiement « vous »</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="545"/>
        <location filename="../../ui/templates/editor.py" line="879"/>
        <source>Informal « tu »</source>
        <translation>Tutoiement « tu »</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="605"/>
        <source>Unsaved template</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="606"/>
        <source>This template was changed but not saved. Discard the changes?</source>
        <translation>Ce modèle a été modifié mais pas enregistré. Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="642"/>
        <source>No template yet: none is shipped for this purpose.</source>
        <translation>Pas encore de modèle : aucun n’est fourni pour cette finalité.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="646"/>
        <source>changed, not saved</source>
        <translation>modifié, non enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="681"/>
        <source>%n error(s) to correct before saving.</source>
        <translation>
            <numerusform>%n erreur à corriger avant d’enregistrer.</numerusform>
            <numerusform>%n erreurs à corriger avant d’enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="683"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="687"/>
        <source>No error; %n warning(s).</source>
        <translation>
            <numerusform>Aucune erreur ; %n avertissement.</numerusform>
            <numerusform>Aucune erreur ; %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="691"/>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="718"/>
        <source>The template cannot be shown: %1</source>
        <translation>Le modèle ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="725"/>
        <source>SMS length: not known while the template has an error.</source>
        <translation>Longueur du SMS : inconnue tant que le modèle a une erreur.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="740"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="749"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/templates/editor.py" line="751"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="763"/>
        <source>Not in the SMS alphabet, so the SMS is sent in UCS-2 (70 characters instead of 160): %1</source>
        <translation>Hors de l’alphabet SMS, donc le SMS part en UCS-2 (70 caractères au lieu de 160) : %1</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="883"/>
        <source>%1 %2 is written to in %3, %4: another template is used for them. Shown here with this one.</source>
        <translation>%1 %2 reçoit ses messages en %3, %4 : un autre modèle est utilisé pour cette personne. Montré ici avec celui-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="900"/>
        <source>Only an administrator can change message templates.</source>
        <translation>Seul un administrateur peut modifier les modèles de messages.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="902"/>
        <source>Correct the errors marked %1 first.</source>
        <translation>Corrigez d’abord les erreurs marquées %1.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="904"/>
        <source>Nothing changed yet.</source>
        <translation>Rien n’a encore changé.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="906"/>
        <source>Save the text as a new version; it is used from now on.</source>
        <translation>Enregistrer le texte comme nouvelle version ; elle sert dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="914"/>
        <source>Use the shipped template again, as a new version.</source>
        <translation>Réutiliser le modèle fourni, comme nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="917"/>
        <source>The default template is already in use.</source>
        <translation>Le modèle par défaut est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="945"/>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="952"/>
        <source>Use the shipped default template again? It is saved as a new version; the practice&apos;s versions stay in the history.</source>
        <translation>Réutiliser le modèle fourni par défaut ? Il est enregistré comme nouvelle version ; les versions du cabinet restent dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="956"/>
        <source>The changes not saved are lost.</source>
        <translation>Les modifications non enregistrées sont perdues.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="959"/>
        <source>Revert to the default template</source>
        <translation>Revenir au modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="985"/>
        <source>The default template is in use again, as version %1.</source>
        <translation>Le modèle par défaut est de nouveau utilisé, comme version %1.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1002"/>
        <source>Loaded into the editor; not saved yet.</source>
        <translation>Chargé dans l’éditeur ; pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1013"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1015"/>
        <source>The template is too long (at most %1 characters).</source>
        <translation>Le modèle est trop long (au plus %1 caractères).</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1028"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1040"/>
        <source>&apos;%1&apos; is not defined; did you mean &apos;%2&apos;?</source>
        <translation>« %1 » n’est pas défini ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1042"/>
        <source>&apos;%1&apos; is not defined</source>
        <translation>« %1 » n’est pas défini</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1045"/>
        <source>&apos;%1&apos; is not available: &apos;%2&apos; is empty for this message</source>
        <translation>« %1 » n’est pas disponible : « %2 » est vide pour ce message</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1051"/>
        <source>there is no filter &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>il n’y a pas de filtre « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1053"/>
        <source>there is no filter &apos;%1&apos;</source>
        <translation>il n’y a pas de filtre « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1060"/>
        <source>&apos;%1&apos; is a health detail; an SMS must not carry health details (in the sample message)</source>
        <translation>« %1 » est une donnée de santé ; un SMS ne doit pas en contenir (dans le message d’exemple)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1066"/>
        <source>&apos;%1&apos; is a health detail; an SMS must not carry health details</source>
        <translation>« %1 » est une donnée de santé ; un SMS ne doit pas en contenir</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1072"/>
        <source>&apos;%1&apos; can carry health details and must not appear in an SMS</source>
        <translation>« %1 » peut contenir des données de santé et ne doit pas figurer dans un SMS</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1080"/>
        <source>&apos;%1&apos; is not in the SMS alphabet (GSM-7): the whole SMS switches to UCS-2, 70 characters per segment instead of 160</source>
        <translation>« %1 » n’est pas dans l’alphabet SMS (GSM-7) : tout le SMS passe en UCS-2, 70 caractères par segment au lieu de 160</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1089"/>
        <source>the sample SMS needs %1 segments (%2 %3 characters); keep it to %4</source>
        <translation>le SMS d’exemple demande %1 segments (%2 caractères %3) ; restez à %4</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1093"/>
        <source>the patient must see who writes: use {{ practice.name }}</source>
        <translation>le patient doit voir qui écrit : utilisez {{ practice.name }}</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1099"/>
        <source>say how to stop these messages: use {{ opt_out }} (or &apos;STOP&apos; in an SMS)</source>
        <translation>dites comment arrêter ces messages : utilisez {{ opt_out }} (ou « STOP » dans un SMS)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1106"/>
        <source>say why the patient receives this message: use {{ reason }}</source>
        <translation>dites pourquoi le patient reçoit ce message : utilisez {{ reason }}</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1113"/>
        <source>an e-mail needs a subject: start with a line &apos;Objet : …&apos; (or &apos;Subject: …&apos;)</source>
        <translation>un e-mail a besoin d’un objet : commencez par une ligne « Objet : … » (ou « Subject: … »)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1119"/>
        <source>a letter needs a subject: start with a line &apos;Objet : …&apos; (or &apos;Subject: …&apos;)</source>
        <translation>un courrier a besoin d’un objet : commencez par une ligne « Objet : … » (ou « Subject: … »)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1126"/>
        <source>%1 messages have no subject: remove the &apos;%2 :&apos; line</source>
        <translation>les messages %1 n’ont pas d’objet : retirez la ligne « %2 : »</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="1129"/>
        <source>the message is empty</source>
        <translation>le message est vide</translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message>
        <location filename="../../ui/templates/editor.py" line="239"/>
        <source>Template history</source>
        <translation>Historique du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="242"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="246"/>
        <source>Default template (as shipped)</source>
        <translation>Modèle par défaut (tel que fourni)</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="250"/>
        <source>Text of the selected version</source>
        <translation>Texte de la version choisie</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="252"/>
        <source>The chosen version goes into the editor as a draft: save it to use it again.</source>
        <translation>La version choisie va dans l’éditeur comme brouillon : enregistrez-la pour la réutiliser.</translation>
    </message>
    <message>
        <location filename="../../ui/templates/editor.py" line="261"/>
        <source>&amp;Load into the editor</source>
        <translation>&amp;Charger dans l’éditeur</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today/page.py" line="129"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="132"/>
        <source>Refres&amp;h</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="133"/>
        <source>Read the day again (F5)</source>
        <translation>Relire la journée (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="148"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="149"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="150"/>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="151"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="154"/>
        <source>Going out today:</source>
        <translation>Part aujourd’hui :</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="199"/>
        <source>Your role does not allow changing messages.</source>
        <translation>Votre rôle ne permet pas de modifier les messages.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="207"/>
        <source>Messages to retry</source>
        <translation>Messages à relancer</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="211"/>
        <source>Re&amp;try now</source>
        <translation>Re&amp;lancer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="213"/>
        <source>Try again at the next dispatch, without waiting (after fixing the cause).</source>
        <translation>Réessayer au prochain envoi, sans attendre (après avoir corrigé la cause).</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="223"/>
        <source>The program stopped while these were being sent. Check with the provider (e-mail or SMS service) whether they went, then say so.</source>
        <translation>Le programme s’est arrêté pendant leur envoi. Vérifiez auprès du prestataire (e-mail ou SMS) s’ils sont partis, puis indiquez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="230"/>
        <source>Messages to review</source>
        <translation>Messages à vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="234"/>
        <source>It was &amp;sent</source>
        <translation>Il est &amp;parti</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="236"/>
        <source>Send a&amp;gain…</source>
        <translation>Renvo&amp;yer…</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="245"/>
        <source>Left out, and why</source>
        <translation>Laissés de côté, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="262"/>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="286"/>
        <source>Updating Today</source>
        <translation>Mise à jour d’Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="298"/>
        <source>Today could not be updated: %1</source>
        <translation>Aujourd’hui n’a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="321"/>
        <source>Nothing to retry.</source>
        <translation>Rien à relancer.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="322"/>
        <source>To retry (%1)</source>
        <translation>À relancer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="323"/>
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="325"/>
        <source>To review (%1)</source>
        <translation>À vérifier (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="336"/>
        <location filename="../../ui/today/page.py" line="337"/>
        <source>%1 sent</source>
        <translation>%1 envoyé(s)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="338"/>
        <source>%1 printed</source>
        <translation>%1 imprimé(s)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="339"/>
        <source>%1 called</source>
        <translation>%1 appelé(s)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="342"/>
        <source>%1 to print</source>
        <translation>%1 à imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="343"/>
        <source>%1 to call</source>
        <translation>%1 à appeler</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="344"/>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="349"/>
        <source>%1 to go</source>
        <translation>%1 à partir</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="354"/>
        <source>nothing today</source>
        <translation>rien aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="359"/>
        <source>Patient deceased</source>
        <translation>Patient décédé</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="360"/>
        <source>Patient moved away</source>
        <translation>Patient parti</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="361"/>
        <source>Patient archived</source>
        <translation>Patient archivé</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="362"/>
        <source>The patient objected</source>
        <translation>Le patient s’y est opposé</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="363"/>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="364"/>
        <source>No usable phone, e-mail or address</source>
        <translation>Ni téléphone, ni e-mail, ni adresse utilisable</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="365"/>
        <source>Too late for the post</source>
        <translation>Trop tard pour la poste</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="366"/>
        <source>Replaced by a later reminder</source>
        <translation>Remplacé par un rappel plus proche</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="367"/>
        <source>Already past</source>
        <translation>Déjà passé</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="368"/>
        <source>No time outside the patient&apos;s quiet hours</source>
        <translation>Aucun créneau hors des heures sans message du patient</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="369"/>
        <source>Weekly limit reached</source>
        <translation>Limite hebdomadaire atteinte</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="370"/>
        <source>Monthly limit reached</source>
        <translation>Limite mensuelle atteinte</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="378"/>
        <source>Will try again</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="380"/>
        <source>Will try again at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="382"/>
        <source>Not sure it went</source>
        <translation>Envoi incertain</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="383"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="387"/>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="400"/>
        <source>Call list (%1)</source>
        <translation>Liste d’appels (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="408"/>
        <source>%1 (%2, due %3)</source>
        <translation>%1 (%2, échéance %3)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="417"/>
        <source>Data-rights requests past their deadline: %1. Answer them on the Data requests page.</source>
        <translation>Demandes RGPD en retard : %1. Répondez-y sur la page Demandes RGPD.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="446"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="462"/>
        <source>Left out, and why (%1)</source>
        <translation>Laissés de côté, et pourquoi (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="464"/>
        <source>Nobody is left out.</source>
        <translation>Personne n’est laissé de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="484"/>
        <source>another reminder goes</source>
        <translation>un autre rappel part</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="494"/>
        <source>No letters waiting for the print run.</source>
        <translation>Aucun courrier en attente d’impression.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="497"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="498"/>
        <source>large print</source>
        <translation>gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="499"/>
        <source>easy read</source>
        <translation>facile à lire</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="507"/>
        <source>Letters waiting for the print run: %1 (%2). Print them in the Print centre.</source>
        <translation>Courriers en attente d’impression : %1 (%2). Imprimez-les dans le Centre d’impression.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="557"/>
        <source>%1&apos;s message will be tried again at the next dispatch, within a minute.</source>
        <translation>Le message de %1 sera réessayé au prochain envoi, d’ici une minute.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="568"/>
        <source>%1&apos;s message is recorded as sent.</source>
        <translation>Le message de %1 est noté comme envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="574"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="576"/>
        <source>Send this message to %1 again? Do it only after checking with the provider that it did not go: otherwise the patient receives it twice.</source>
        <translation>Renvoyer ce message à %1 ? Ne le faites qu’après avoir vérifié auprès du prestataire qu’il n’est pas parti : sinon le patient le recevra deux fois.</translation>
    </message>
    <message>
        <location filename="../../ui/today/page.py" line="592"/>
        <source>%1&apos;s message will be sent again at the next dispatch, within a minute.</source>
        <translation>Le message de %1 sera renvoyé au prochain envoi, d’ici une minute.</translation>
    </message>
</context>
</TS>
