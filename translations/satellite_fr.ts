<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="+259"/>
        <source>The server sent the request on to another address (%1); only redirects within the same server are followed. Check the server address.</source>
        <translation>Le serveur a renvoyé la requête vers une autre adresse (%1) ; seules les redirections au sein du même serveur sont suivies. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>BatchAllocator</name>
    <message>
        <location filename="../core/domain/BatchAllocator.cpp" line="+31"/>
        <source>batch %1 expired on %2</source>
        <translation>le lot %1 est périmé depuis le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch %1 is on hold</source>
        <translation>le lot %1 est bloqué</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The quantity of %1 must be more than 0.</source>
        <translation>La quantité de %1 doit être supérieure à 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no batch %2 in this store.</source>
        <translation>%1 n&apos;a pas de lot %2 dans ce magasin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2; give a reason to issue from it anyway.</source>
        <translation>%1 : %2 ; donnez un motif pour le délivrer quand même.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not enough %1: %2 units asked, %3 available.</source>
        <translation>Pas assez de %1 : %2 unités demandées, %3 disponibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough %1 in batch %2: %3 units asked, %4 available.</source>
        <translation>Pas assez de %1 dans le lot %2 : %3 unités demandées, %4 disponibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more units are expired or on hold.</source>
        <translation>%1 unités de plus sont périmées ou bloquées.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/satellite-cli/CliApp.cpp" line="+123"/>
        <source>local database error: %1</source>
        <translation>erreur de la base de données locale : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Site found: site ID %1, store %2, user %3</source>
        <translation>Site trouvé : site ID %1, magasin %2, utilisateur %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync %1: %2 sent, %3 received, %4 in quarantine.</source>
        <translation>Synchronisation %1 : %2 envoyés, %3 reçus, %4 en quarantaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary; see satellite-cli quarantine.</source>
        <translation>
            <numerusform>%n modification refusée par le serveur principal ; voir satellite-cli quarantine.</numerusform>
            <numerusform>%n modifications refusées par le serveur principal ; voir satellite-cli quarantine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site %1 on %2 (site ID %3)</source>
        <translation>Site %1 sur %2 (site ID %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to go out: %1</source>
        <translation>Modifications en attente d&apos;envoi : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records held: %1</source>
        <translation>Enregistrements conservés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records in quarantine: %1</source>
        <translation>Enregistrements en quarantaine : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes refused by the primary: %1</source>
        <translation>Modifications refusées par le serveur principal : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients waiting to be made visible here: %1</source>
        <translation>Patients en attente d&apos;être rendus visibles ici : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no %1 record with ID %2</source>
        <translation>aucun enregistrement %1 avec l&apos;ID %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) saved; they go out with the next sync.</source>
        <translation>
            <numerusform>%n modification enregistrée ; elle part avec la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications enregistrées ; elles partent avec la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n record(s) applied; %1 still in quarantine.</source>
        <translation>
            <numerusform>%n enregistrement appliqué ; %1 encore en quarantaine.</numerusform>
            <numerusform>%n enregistrements appliqués ; %1 encore en quarantaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n enregistrement en quarantaine</numerusform>
            <numerusform>%n enregistrements en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
        <source>%n refused change(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n modification refusée sera renvoyée avec la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications refusées seront renvoyées avec la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>refused change %1: %2 %3: %4</source>
        <translation>modification refusée %1 : %2 %3 : %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary (--retry sends them again, --discard N gives one up)</source>
        <translation>
            <numerusform>%n modification refusée par le serveur principal (--retry la renvoie, --discard N en abandonne une)</numerusform>
            <numerusform>%n modifications refusées par le serveur principal (--retry les renvoie, --discard N en abandonne une)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no refused change %1 (see satellite-cli quarantine)</source>
        <translation>il n&apos;y a pas de modification refusée %1 (voir satellite-cli quarantine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change to %1 %2 will never reach the primary; this computer keeps the record as it is here.</source>
        <translation>La modification de %1 %2 n&apos;atteindra jamais le serveur principal ; cet ordinateur garde l&apos;enregistrement tel qu&apos;il est ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add --yes to discard it.</source>
        <translation>Ajoutez --yes pour l&apos;abandonner.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>sent %1, received %2, quarantined %3</source>
        <translation>%1 envoyés, %2 reçus, %3 en quarantaine</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../app/satellite-cli/CliHelp.cpp" line="+55"/>
        <source>Print the result as JSON on stdout.</source>
        <translation>Afficher le résultat en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name.</source>
        <translation>Nom de famille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth.</source>
        <translation>Date de naissance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female|male</source>
        <translation>female|male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender.</source>
        <translation>Sexe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient code (default: the next free one).</source>
        <translation>Code du patient (par défaut : le prochain libre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address.</source>
        <translation>Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>National health number.</source>
        <translation>Numéro national de santé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>find: also search the primary (patients of other clinics).</source>
        <translation>find : chercher aussi sur le serveur principal (patients d&apos;autres cliniques).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show: the dispensing history, this store&apos;s and the primary&apos;s.</source>
        <translation>show : l&apos;historique des dispensations, celles de ce magasin et celles du serveur principal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log this database in to a site of the primary server, then run the first sync. The password is asked for on the terminal, and only its hash is kept.</source>
        <translation>Connecter cette base de données à un site du serveur principal, puis lancer la première synchronisation. Le mot de passe est demandé dans le terminal, et seule son empreinte est conservée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The primary server&apos;s address.</source>
        <translation>L&apos;adresse du serveur principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The site&apos;s name on the primary.</source>
        <translation>Le nom du site sur le serveur principal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the first line of stdin.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow plain http:// to another computer (the password hash and patient data cross the network unencrypted).</source>
        <translation>Autoriser le http:// simple vers un autre ordinateur (l&apos;empreinte du mot de passe et les données des patients traversent le réseau sans chiffrement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (shown in the error when the system does not trust it).</source>
        <translation>Faire confiance exactement au certificat du serveur ayant cette empreinte SHA-256 (affichée dans l&apos;erreur quand le système ne lui fait pas confiance).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the changes made here and receive what the primary has queued for this site. Ctrl-C stops after the current batch.</source>
        <translation>Envoyer les modifications faites ici et recevoir ce que le serveur principal a mis en file pour ce site. Ctrl-C arrête après le paquet en cours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site, the last sync, the changes waiting to go out and the records in quarantine.</source>
        <translation>Le site, la dernière synchronisation, les modifications en attente d&apos;envoi et les enregistrements en quarantaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the stored records of one type, or print one record&apos;s data.</source>
        <translation>Lister les enregistrements stockés d&apos;un type, ou afficher les données d&apos;un enregistrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The record type (item, name, transact, ...).</source>
        <translation>Le type d&apos;enregistrement (item, name, transact, ...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One record&apos;s ID: print its data.</source>
        <translation>L&apos;ID d&apos;un enregistrement : afficher ses données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply a JSON array of v2 records from FILE as local changes; they go out with the next sync.</source>
        <translation>Appliquer comme modifications locales un tableau JSON d&apos;enregistrements v2 lu dans FILE ; ils partent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The records received that could not be stored, and the changes the primary refused.</source>
        <translation>Les enregistrements reçus qui n&apos;ont pas pu être stockés, et les modifications refusées par le serveur principal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the quarantined records again, and queue the refused changes to be sent again.</source>
        <translation>Appliquer de nouveau les enregistrements en quarantaine, et remettre en file les modifications refusées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up refused change N: it never reaches the primary.</source>
        <translation>Abandonner la modification refusée N : elle n&apos;atteint jamais le serveur principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm --discard (it says what is lost).</source>
        <translation>Confirmer --discard (il dit ce qui est perdu).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recent syncs: when, how they ended, records sent and received.</source>
        <translation>Les synchronisations récentes : quand, comment elles ont fini, enregistrements envoyés et reçus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register a patient (prints the new ID), change a patient registered here, find patients by name, code or date of birth, show one, or make a patient of another clinic visible in this store.</source>
        <translation>Enregistrer un patient (affiche le nouvel ID), modifier un patient enregistré ici, trouver des patients par nom, code ou date de naissance, en afficher un, ou rendre visible dans ce magasin un patient d&apos;une autre clinique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dispense to a patient, first expiry first out; prints the prescription&apos;s ID. Nothing is written when a line cannot be dispensed.</source>
        <translation>Dispenser à un patient, premier périmé premier sorti ; affiche l&apos;ID de l&apos;ordonnance. Rien n&apos;est écrit quand une ligne ne peut pas être dispensée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The patient.</source>
        <translation>Le patient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:UNITS</source>
        <translation>CODE:UNITÉS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item and the units to dispense (repeatable).</source>
        <translation>Un article et les unités à dispenser (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prescriber.</source>
        <translation>Le prescripteur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:BATCH</source>
        <translation>CODE:LOT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take an item from this batch (repeatable).</source>
        <translation>Prendre un article dans ce lot (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:TEXT</source>
        <translation>CODE:TEXTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions for an item&apos;s label (repeatable).</source>
        <translation>La posologie pour l&apos;étiquette d&apos;un article (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Why an expired or held batch is used.</source>
        <translation>Pourquoi un lot périmé ou bloqué est utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it as a draft, its stock set aside.</source>
        <translation>La garder en brouillon, son stock mis de côté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without an ID, list the supplier invoices waiting to be received; with one, add its lines to the stock.</source>
        <translation>Sans ID, lister les factures fournisseur en attente de réception ; avec un ID, ajouter ses lignes au stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LINE_ID:PACKS</source>
        <translation>ID_LIGNE:CONDITIONNEMENTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packs received on a line, where they differ from those sent (repeatable).</source>
        <translation>Les conditionnements reçus sur une ligne, là où ils diffèrent de ceux envoyés (répétable).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a stock count of one batch; a difference becomes an inventory adjustment.</source>
        <translation>Enregistrer le comptage d&apos;un lot ; un écart devient un ajustement d&apos;inventaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The item.</source>
        <translation>L&apos;article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BATCH</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The batch counted.</source>
        <translation>Le lot compté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNITS</source>
        <translation>UNITÉS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The units counted.</source>
        <translation>Les unités comptées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason for a difference.</source>
        <translation>Le motif d&apos;un écart.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database (default: $SATELLITE_DB, else the desktop app&apos;s).</source>
        <translation>La base de données (par défaut : $SATELLITE_DB, sinon celle de l&apos;application de bureau).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help, or a command&apos;s.</source>
        <translation>Afficher cette aide, ou celle d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+30"/>
        <source>usage:</source>
        <translation>utilisation :</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <source>Options for every command:</source>
        <translation>Options de toutes les commandes :</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>`%1 help COMMAND` or `%1 COMMAND --help` shows a command&apos;s options. The manual page (man %1) lists the exit codes and the environment variables.</source>
        <translation>`%1 help COMMANDE` ou `%1 COMMANDE --help` affiche les options d&apos;une commande. La page de manuel (man %1) donne les codes de sortie et les variables d&apos;environnement.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/satellite-cli/CliOptions.cpp" line="+58"/>
        <source>unknown option: %1</source>
        <translation>option inconnue : %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>unknown argument: %1</source>
        <translation>argument inconnu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no command %1</source>
        <translation>il n&apos;y a pas de commande %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login needs --url and --site</source>
        <translation>login attend --url et --site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records needs --type</source>
        <translation>records attend --type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import needs a FILE</source>
        <translation>import attend un FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patient needs add, edit, find, show or link</source>
        <translation>patient attend add, edit, find, show ou link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>patient %1 needs an ID or a search text</source>
        <translation>patient %1 attend un ID ou un texte à chercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispense needs --patient and at least one --item CODE:UNITS</source>
        <translation>dispense attend --patient et au moins un --item CODE:UNITÉS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count needs --item, --batch and --counted</source>
        <translation>count attend --item, --batch et --counted</translation>
    </message>
</context>
<context>
    <name>Dispensing</name>
    <message>
        <location filename="../core/domain/Dispensing.cpp" line="+25"/>
        <source>Log in to a site before dispensing.</source>
        <translation>Connectez-vous à un site avant de dispenser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>Il n&apos;y a pas de patient avec l&apos;ID %1 ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no prescriber with ID %1 here.</source>
        <translation>Il n&apos;y a pas de prescripteur avec l&apos;ID %1 ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dispensing needs at least one item.</source>
        <translation>Une dispensation demande au moins un article.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no item with code %1.</source>
        <translation>Il n&apos;y a pas d&apos;article avec le code %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no dispensing with ID %1.</source>
        <translation>Il n&apos;y a pas de dispensation avec l&apos;ID %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 is not a dispensing of this store.</source>
        <translation>La facture %1 n&apos;est pas une dispensation de ce magasin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispensing %1 is finalised and can no longer be changed.</source>
        <translation>La dispensation %1 est finalisée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Batch %1 is no longer held here.</source>
        <translation>Le lot %1 n&apos;est plus détenu ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 has not enough stock left (%2 units on hand).</source>
        <translation>Le lot %1 n&apos;a plus assez de stock (%2 unités en stock).</translation>
    </message>
</context>
<context>
    <name>DispensingLabels</name>
    <message>
        <location filename="../ui/work/DispensingLabels.cpp" line="+34"/>
        <source>Dispensing label</source>
        <translation>Étiquette de dispensation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prescription %1</source>
        <translation>Ordonnance %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prescriber: %1</source>
        <translation>Prescripteur : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dispensing labels</source>
        <translation>Étiquettes de dispensation</translation>
    </message>
</context>
<context>
    <name>GoodsReceipt</name>
    <message>
        <location filename="../core/domain/GoodsReceipt.cpp" line="+42"/>
        <source>There is no invoice with ID %1.</source>
        <translation>Il n&apos;y a pas de facture avec l&apos;ID %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 is not a supplier invoice of this store.</source>
        <translation>La facture %1 n&apos;est pas une facture fournisseur de ce magasin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplier invoice %1 has been received already.</source>
        <translation>La facture fournisseur %1 a déjà été réceptionnée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A quantity received cannot be negative.</source>
        <translation>Une quantité reçue ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Line %1 is not a line of this invoice.</source>
        <translation>La ligne %1 n&apos;est pas une ligne de cette facture.</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <location filename="../ui/work/LabelOutput.cpp" line="+17"/>
        <source>Dispensing labels</source>
        <translation>Étiquettes de dispensation</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n label(s) sent to the printer.</source>
        <translation>
            <numerusform>%n étiquette envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n étiquettes envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save labels as PDF</source>
        <translation>Enregistrer les étiquettes en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Labels saved as %1.</source>
        <translation>Étiquettes enregistrées sous %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels could not be saved as %1.</source>
        <translation>Les étiquettes n&apos;ont pas pu être enregistrées sous %1.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../app/satellite-cli/PasswordPrompt.cpp" line="+16"/>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>aucun terminal pour demander le mot de passe : utilisez --password-stdin</translation>
    </message>
</context>
<context>
    <name>PatientHistory</name>
    <message>
        <location filename="../core/domain/PatientHistory.cpp" line="+18"/>
        <source>This store</source>
        <translation>Ce magasin</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <location filename="../core/domain/PatientRegistry.cpp" line="+43"/>
        <source>A patient needs a code.</source>
        <translation>Un patient doit avoir un code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patient code %1 is already used by another patient.</source>
        <translation>Le code patient %1 est déjà utilisé par un autre patient.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A patient needs a first or a last name.</source>
        <translation>Un patient doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log in to a site before registering patients.</source>
        <translation>Connectez-vous à un site avant d&apos;enregistrer des patients.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>Il n&apos;y a pas de patient avec l&apos;ID %1 ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was registered at another clinic; change the details there.</source>
        <translation>%1 a été enregistré(e) dans une autre clinique ; modifiez ses informations là-bas.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Log in to a site before linking patients.</source>
        <translation>Connectez-vous à un site avant de lier des patients.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no patient with ID %1 here; search the primary for patients registered at other clinics first.</source>
        <translation>Il n&apos;y a pas de patient avec l&apos;ID %1 ici ; cherchez d&apos;abord sur le serveur principal les patients enregistrés dans d&apos;autres cliniques.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The primary&apos;s record of this patient cannot be read: %1</source>
        <translation>La fiche de ce patient sur le serveur principal est illisible : %1</translation>
    </message>
</context>
<context>
    <name>PatientText</name>
    <message numerus="yes">
        <location filename="../ui/work/PatientText.cpp" line="+17"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>born %1 (%2)</source>
        <translation>né(e) le %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PrimaryOptions</name>
    <message>
        <location filename="../primary/PrimaryOptions.cpp" line="+11"/>
        <source>A stand-in mSupply primary server for demos, training and tests.</source>
        <translation>Un serveur principal mSupply de substitution, pour les démonstrations, la formation et les tests.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address to listen on.</source>
        <translation>Adresse d&apos;écoute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port; 0 picks a free one.</source>
        <translation>Port ; 0 en choisit un libre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directory of the primary&apos;s database (default: a temporary one).</source>
        <translation>Répertoire de la base de données du serveur principal (par défaut : un répertoire temporaire).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo data: none, small, medium or large.</source>
        <translation>Données de démonstration : none, small, medium ou large.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a site with its own store (repeatable).</source>
        <translation>Ajouter un site avec son propre magasin (répétable).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seed of the demo data.</source>
        <translation>Graine des données de démonstration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The X-Admin-Token /admin calls need (default: a random one, printed and kept in the data directory).</source>
        <translation>Le X-Admin-Token qu&apos;exigent les appels /admin (par défaut : un jeton aléatoire, affiché et conservé dans le répertoire des données).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PEM certificate: serve https.</source>
        <translation>Certificat PEM : servir en https.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM private key of --tls-cert.</source>
        <translation>Clé privée PEM de --tls-cert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest request body accepted.</source>
        <translation>Plus grand corps de requête accepté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open connections at most; the longest idle is closed to make room.</source>
        <translation>Nombre maximal de connexions ouvertes ; la plus longtemps inactive est fermée pour faire de la place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for a request to arrive whole (a big body gets a second more per 16 kB).</source>
        <translation>Délai pour qu&apos;une requête arrive entière (un gros corps obtient une seconde de plus par 16 ko).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time a connection may stay idle, or leave a reply unread.</source>
        <translation>Durée pendant laquelle une connexion peut rester inactive, ou laisser une réponse non lue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a user who may log in to the site&apos;s store (GET /sync/v3/user; repeatable).</source>
        <translation>Ajouter un utilisateur qui peut se connecter au magasin du site (GET /sync/v3/user ; répétable).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept v1&apos;s shared sync user, its password in clear, for every site (the site is from_site).</source>
        <translation>Accepter l&apos;utilisateur de synchronisation partagé de v1, avec son mot de passe en clair, pour tous les sites (le site vient de from_site).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--host: not an IP address: %1</source>
        <translation>--host : pas une adresse IP : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port: not a port number: %1</source>
        <translation>--port : pas un numéro de port : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo: expected none, small, medium or large</source>
        <translation>--demo : attendu none, small, medium ou large</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed: not a number: %1</source>
        <translation>--seed : pas un nombre : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--site: expected NAME:PASSWORD, got %1</source>
        <translation>--site : attendu NOM:MOT_DE_PASSE, reçu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument %1 (see primary-sim help)</source>
        <translation>argument inattendu %1 (voir primary-sim help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--user: expected NAME:PASSWORD:SITE, got %1</source>
        <translation>--user : attendu NOM:MOT_DE_PASSE:SITE, reçu %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--v1-sync-user: expected NAME:PASSWORD, got %1</source>
        <translation>--v1-sync-user : attendu NOM:MOT_DE_PASSE, reçu %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert et --tls-key vont ensemble</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-body-bytes: at least 1024</source>
        <translation>--max-body-bytes : au moins 1024</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1: at least %2</source>
        <translation>--%1 : au moins %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/satellite/main.cpp" line="+91"/>
        <location line="+9"/>
        <source>Satellite</source>
        <translation>Satellite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local database cannot be opened: %1</source>
        <translation>La base de données locale ne peut pas être ouverte : %1</translation>
    </message>
</context>
<context>
    <name>RecordDescription</name>
    <message>
        <location filename="../core/domain/RecordDescription.cpp" line="+25"/>
        <source>prescription %1</source>
        <translation>ordonnance %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prescription %1 for %2</source>
        <translation>ordonnance %1 pour %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplier invoice %1</source>
        <translation>facture fournisseur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier invoice %1 from %2</source>
        <translation>facture fournisseur %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inventory adjustment %1</source>
        <translation>ajustement d&apos;inventaire %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer invoice %1</source>
        <translation>facture client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer invoice %1 to %2</source>
        <translation>facture client %1 à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice %1</source>
        <translation>facture %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the line of %1</source>
        <translation>la ligne de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line of %1 on %2</source>
        <translation>la ligne de %1 sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>patient %1</source>
        <translation>patient %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient %1 (%2)</source>
        <translation>patient %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (customer or supplier)</source>
        <translation>%1 (client ou fournisseur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 made visible in this store</source>
        <translation>%1 rendu visible dans ce magasin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>batch %1 of %2</source>
        <translation>lot %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 record (ID %2)</source>
        <translation>un enregistrement %1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>RecordViews</name>
    <message>
        <location filename="../ui/models/RecordViews.cpp" line="+107"/>
        <source>Expired on %1</source>
        <translation>Périmé depuis le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires today</source>
        <translation>Périme aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · expires in %n day(s)</source>
        <translation>
            <numerusform>%1 · périme dans %n jour</numerusform>
            <numerusform>%1 · périme dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stock item</source>
        <translation>Article stocké</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not kept in stock</source>
        <translation>Non stocké</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other name of an item</source>
        <translation>Autre nom d&apos;un article</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplier and customer</source>
        <translation>Fournisseur et client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory adjustments</source>
        <translation>Ajustements d&apos;inventaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Builds</source>
        <translation>Fabrications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repacks</source>
        <translation>Reconditionnements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer invoice</source>
        <translation>Facture client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer credit</source>
        <translation>Avoir client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier invoice</source>
        <translation>Facture fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier credit</source>
        <translation>Avoir fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory adjustment</source>
        <translation>Ajustement d&apos;inventaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repack</source>
        <translation>Reconditionnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalised</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+93"/>
        <location line="+13"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+32"/>
        <location line="+74"/>
        <location line="+14"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>On hand (units)</source>
        <translation>En stock (unités)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every unit in the store, expired and on hold included.</source>
        <translation>Toutes les unités du magasin, périmées et bloquées comprises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (units)</source>
        <translation>Disponible (unités)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that may be given out today: not expired, not on hold, not set aside by a draft.</source>
        <translation>Les unités qui peuvent être délivrées aujourd&apos;hui : ni périmées, ni bloquées, ni mises de côté par un brouillon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest expiry</source>
        <translation>Péremption la plus proche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The soonest expiry of the batches in stock.</source>
        <translation>La péremption la plus proche des lots en stock.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+76"/>
        <source>Packs</source>
        <translation>Conditionnements</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Pack size</source>
        <translation>Taille du conditionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>On hold</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+88"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National health number</source>
        <translation>Numéro national de santé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Price per pack</source>
        <translation>Prix par conditionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default pack size</source>
        <translation>Conditionnement par défaut</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+78"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <location filename="../core/domain/StockCount.cpp" line="+51"/>
        <source>A count above the stock needs one of these reasons: %1.</source>
        <translation>Un comptage supérieur au stock demande l&apos;un de ces motifs : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A count below the stock needs one of these reasons: %1.</source>
        <translation>Un comptage inférieur au stock demande l&apos;un de ces motifs : %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The primary has sent no inventory adjustment name (type invad) yet: sync first.</source>
        <translation>Le serveur principal n&apos;a encore envoyé aucun nom d&apos;ajustement d&apos;inventaire (type invad) : synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no item with code %1.</source>
        <translation>Il n&apos;y a pas d&apos;article avec le code %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no batch %2 in this store.</source>
        <translation>%1 n&apos;a pas de lot %2 dans ce magasin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in to a site before counting stock.</source>
        <translation>Connectez-vous à un site avant de compter le stock.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Batch %1 is not stock of this store.</source>
        <translation>Le lot %1 n&apos;est pas du stock de ce magasin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A counted quantity cannot be negative.</source>
        <translation>Une quantité comptée ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Stock count</source>
        <translation>Comptage de stock</translation>
    </message>
</context>
<context>
    <name>SupportInfo</name>
    <message>
        <location filename="../ui/windows/SupportInfo.cpp" line="+42"/>
        <source>none granted yet (all rights reserved by the Satellite maintainers)</source>
        <translation>aucune accordée pour l&apos;instant (tous droits réservés par les mainteneurs de Satellite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not known yet)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version: %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: %1</source>
        <translation>Magasin : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satellite support information</source>
        <translation>Informations d&apos;assistance de Satellite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt: %1</source>
        <translation>Qt : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last good sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n enregistrement en quarantaine</numerusform>
            <numerusform>%n enregistrements en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) refused by the primary</source>
        <translation>
            <numerusform>%n modification refusée par le serveur principal</numerusform>
            <numerusform>%n modifications refusées par le serveur principal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/SyncError.cpp" line="+9"/>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the primary server. Check the internet connection and try again.</source>
        <translation>Impossible de joindre le serveur principal. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The primary server stopped answering. The sync will go on from where it stopped next time.</source>
        <translation>Le serveur principal a cessé de répondre. La synchronisation reprendra là où elle s&apos;est arrêtée la prochaine fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to the primary server failed (certificate problem).</source>
        <translation>La connexion sécurisée au serveur principal a échoué (problème de certificat).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site name or password was rejected by the primary server.</source>
        <translation>Le nom du site ou le mot de passe a été refusé par le serveur principal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This site is registered to another machine. Ask your administrator to reset the site&apos;s registration.</source>
        <translation>Ce site est enregistré sur une autre machine. Demandez à votre administrateur de réinitialiser l&apos;enregistrement du site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The primary server reported an error.</source>
        <translation>Le serveur principal a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur principal n&apos;a pas pu être comprise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local database failed; nothing was lost, but the sync stopped.</source>
        <translation>La base de données locale a échoué ; rien n&apos;est perdu, mais la synchronisation s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be done now.</source>
        <translation>Ce n&apos;est pas possible maintenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate has the SHA-256 fingerprint %1; trust it only if your administrator confirms it.</source>
        <translation>Le certificat du serveur a l&apos;empreinte SHA-256 %1 ; ne lui faites confiance que si votre administrateur la confirme.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../core/sync/SyncTypes.cpp" line="+14"/>
        <source>Cannot reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server stopped answering</source>
        <translation>Le serveur a cessé de répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer came cut off or unreadable</source>
        <translation>La réponse est arrivée tronquée ou illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem</source>
        <translation>Le serveur a eu un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call failed</source>
        <translation>L&apos;appel a échoué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the first sync</source>
        <translation>Préparation de la première synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving records</source>
        <translation>Réception des enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storing the last records received</source>
        <translation>Stockage des derniers enregistrements reçus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kB/s</source>
        <translation>%1 ko/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 B/s</source>
        <translation>%1 o/s</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>about %n s</source>
        <translation>
            <numerusform>environ %n s</numerusform>
            <numerusform>environ %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n min</source>
        <translation>
            <numerusform>environ %n min</numerusform>
            <numerusform>environ %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n h</source>
        <translation>
            <numerusform>environ %n h</numerusform>
            <numerusform>environ %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1, trying again in %n s</source>
        <translation>
            <numerusform>%1, nouvel essai dans %n s</numerusform>
            <numerusform>%1, nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 records</source>
        <translation>%1 : %2 sur %3 enregistrements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records/s</source>
        <translation>%1 enregistrements/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SyncResultWords</name>
    <message>
        <location filename="../ui/widgets/SyncResultWords.cpp" line="+8"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut off (the program stopped)</source>
        <translation>Interrompue (le programme s&apos;est arrêté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done: %1, %2.</source>
        <translation>Synchronisation terminée : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n enregistrement envoyé</numerusform>
            <numerusform>%n enregistrements envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n reçu</numerusform>
            <numerusform>%n reçus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkAction</name>
    <message>
        <location filename="../ui/work/WorkAction.cpp" line="+16"/>
        <source>Nothing was saved: the local database reported a problem (%1). Try again; if it happens again, call your support contact.</source>
        <translation>Rien n&apos;a été enregistré : la base de données locale a signalé un problème (%1). Réessayez ; si cela se reproduit, appelez votre contact d&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>WorkCommands</name>
    <message>
        <location filename="../app/satellite-cli/WorkCommands.cpp" line="+89"/>
        <source>Not logged in: log in to a site first.</source>
        <translation>Non connecté : connectez-vous d&apos;abord à un site.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--dob must be a date YYYY-MM-DD</source>
        <translation>--dob doit être une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--gender is female or male</source>
        <translation>--gender vaut female ou male</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Patient registered with code %1; it goes out with the next sync.</source>
        <translation>Patient enregistré avec le code %1 ; il part avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Patient details saved; they go out with the next sync.</source>
        <translation>Informations du patient enregistrées ; elles partent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(on the primary: link to see it here)</source>
        <translation>(sur le serveur principal : liez-le pour le voir ici)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n patient(s) found</source>
        <translation>
            <numerusform>%n patient trouvé</numerusform>
            <numerusform>%n patients trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The primary could not be searched: %1</source>
        <translation>La recherche sur le serveur principal a échoué : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (code %2), born %3</source>
        <translation>%1 (code %2), date de naissance : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no patient with ID %1 here.</source>
        <translation>Il n&apos;y a pas de patient avec l&apos;ID %1 ici.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The primary cannot be reached (%1): its history as of %2 is shown.</source>
        <translation>Le serveur principal est injoignable (%1) : son historique au %2 est affiché.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary cannot be reached (%1): only this store&apos;s dispensings are shown.</source>
        <translation>Le serveur principal est injoignable (%1) : seules les dispensations de ce magasin sont affichées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The primary cannot be reached (%1): the patient will be made visible here at the next sync.</source>
        <translation>Le serveur principal est injoignable (%1) : le patient sera rendu visible ici à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The primary refused to make the patient visible here; see satellite-cli quarantine and the sync log.</source>
        <translation>Le serveur principal a refusé de rendre le patient visible ici ; voir satellite-cli quarantine et le journal de synchronisation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The patient is visible in this store already.</source>
        <translation>Le patient est déjà visible dans ce magasin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient is now visible in this store; their records arrive with the next sync.</source>
        <translation>Le patient est maintenant visible dans ce magasin ; ses enregistrements arrivent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--item takes CODE:UNITS, not %1</source>
        <translation>--item prend CODE:UNITÉS, pas %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Draft prescription %1 kept (total %2).</source>
        <translation>Ordonnance brouillon %1 conservée (total %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescription %1 saved (total %2); it goes out with the next sync.</source>
        <translation>Ordonnance %1 enregistrée (total %2) ; elle part avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The patient is now visible in this store on the primary.</source>
        <translation>Le patient est maintenant visible dans ce magasin sur le serveur principal.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n supplier invoice(s) waiting to be received</source>
        <translation>
            <numerusform>%n facture fournisseur en attente de réception</numerusform>
            <numerusform>%n factures fournisseur en attente de réception</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--line takes LINE_ID:PACKS, not %1</source>
        <translation>--line prend ID_LIGNE:CONDITIONNEMENTS, pas %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n line(s) received into stock; the invoice is finalised.</source>
        <translation>
            <numerusform>%n ligne reçue en stock ; la facture est finalisée.</numerusform>
            <numerusform>%n lignes reçues en stock ; la facture est finalisée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--counted takes a number of units, not %1</source>
        <translation>--counted prend un nombre d&apos;unités, pas %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The count matches the stock: nothing to adjust.</source>
        <translation>Le comptage correspond au stock : rien à ajuster.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>local database error: %1</source>
        <translation>erreur de la base de données locale : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/primary-sim/main.cpp" line="+68"/>
        <source>data: %1</source>
        <translation>données : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>admin token: %1  (X-Admin-Token; also in %2)</source>
        <translation>jeton d&apos;administration : %1  (X-Admin-Token ; aussi dans %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo data: %1 records generated</source>
        <translation>données de démonstration : %1 enregistrements générés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo site: %1  password: %2  (%3)</source>
        <translation>site de démonstration : %1  mot de passe : %2  (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo user: %1  password: %2  (%3%4; GET /sync/v3/user)</source>
        <translation>utilisateur de démonstration : %1  mot de passe : %2  (%3%4 ; GET /sync/v3/user)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every store</source>
        <translation>tous les magasins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, administrator</source>
        <translation>, administrateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user: %1  (site %2)</source>
        <translation>utilisateur : %1  (site %2)</translation>
    </message>
</context>
<context>
    <name>primary::PrimaryServer</name>
    <message>
        <location filename="../primary/PrimaryServer.cpp" line="+67"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot read the TLS certificate or key</source>
        <translation>impossible de lire le certificat ou la clé TLS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the TLS certificate or key is not valid PEM</source>
        <translation>le certificat ou la clé TLS n&apos;est pas un PEM valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no such call: %1</source>
        <translation>appel inconnu : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>injected fault: internal server error</source>
        <translation>panne injectée : erreur interne du serveur</translation>
    </message>
</context>
<context>
    <name>satellite::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+92"/>
        <source>This database belongs to site %1; log out first.</source>
        <translation>Cette base de données appartient au site %1 ; déconnectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+44"/>
        <source>Not logged in: log in to a site first.</source>
        <translation>Non connecté : connectez-vous d&apos;abord à un site.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Logged out of site %1; its data was removed from this computer.</source>
        <translation>Déconnecté du site %1 ; ses données ont été supprimées de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+118"/>
        <source>The database could not be opened.</source>
        <translation>La base de données n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>patient search</source>
        <translation>recherche de patients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the patient search did not answer a list</source>
        <translation>la recherche de patients n&apos;a pas répondu par une liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>patient history</source>
        <translation>historique du patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the patient history is not a list</source>
        <translation>l&apos;historique du patient n&apos;est pas une liste</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>making a patient visible here</source>
        <translation>rendre un patient visible ici</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The primary would not make patient %1 visible in this store: %2</source>
        <translation>Le serveur principal a refusé de rendre le patient %1 visible dans ce magasin : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient %1 is now visible in this store on the primary.</source>
        <translation>Le patient %1 est maintenant visible dans ce magasin sur le serveur principal.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cannot make the lock file that keeps syncs of this database apart, next to %1</source>
        <translation>impossible de créer le fichier de verrou qui sépare les synchronisations de cette base de données, à côté de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another sync of this database is still running; try again when it has finished.</source>
        <translation>Une autre synchronisation de cette base de données est encore en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another sync of this database is running (process %1); waiting for it to finish.</source>
        <translation>Une autre synchronisation de cette base de données est en cours (processus %1) ; attente de sa fin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server address must start with https:// (or http://).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http is only allowed to this computer; allow an insecure connection explicitly to use it.</source>
        <translation>Le http simple n&apos;est autorisé que vers cet ordinateur ; autorisez explicitement une connexion non sécurisée pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No stored password for site %1: log in again.</source>
        <translation>Aucun mot de passe conservé pour le site %1 : reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>site lookup</source>
        <translation>recherche du site</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the site lookup did not give a SiteID and StoreID</source>
        <translation>la recherche du site n&apos;a pas donné de SiteID et de StoreID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user lookup</source>
        <translation>recherche de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot store the password hash: %1</source>
        <translation>impossible de conserver l&apos;empreinte du mot de passe : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password hash is kept in the system keychain.</source>
        <translation>L&apos;empreinte du mot de passe est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain: the password hash is kept in a file only you can read.</source>
        <translation>Pas de trousseau système : l&apos;empreinte du mot de passe est conservée dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logged in as site %1 (site ID %2).</source>
        <translation>Connecté en tant que site %1 (site ID %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n batch(es) of records were still on their way to the disk when the last sync stopped; the server sends them again.</source>
        <translation>
            <numerusform>%n lot d&apos;enregistrements était encore en route vers le disque quand la dernière synchronisation s&apos;est arrêtée ; le serveur le renvoie.</numerusform>
            <numerusform>%n lots d&apos;enregistrements étaient encore en route vers le disque quand la dernière synchronisation s&apos;est arrêtée ; le serveur les renvoie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirming %1 records stored before the last sync stopped.</source>
        <translation>Confirmation de %1 enregistrements stockés avant l&apos;arrêt de la dernière synchronisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n record(s) changed here kept their local state; the next push sends it.</source>
        <translation>
            <numerusform>%n enregistrement modifié ici a gardé son état local ; le prochain envoi le transmet.</numerusform>
            <numerusform>%n enregistrements modifiés ici ont gardé leur état local ; le prochain envoi le transmet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking the primary to prepare every record of this store.</source>
        <translation>Demande au serveur principal de préparer tous les enregistrements de ce magasin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>initial dump</source>
        <translation>export initial</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>sending changes</source>
        <translation>envoi des modifications</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The primary refused a change to %1 %2: %3. It is kept aside; the rest goes out.</source>
        <translation>Le serveur principal a refusé une modification de %1 %2 : %3. Elle est mise de côté ; le reste part.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>counting records</source>
        <translation>comptage des enregistrements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the record count has no NumRecords</source>
        <translation>le comptage des enregistrements n&apos;a pas de NumRecords</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the record count is not a number of records: %1</source>
        <translation>le comptage des enregistrements n&apos;est pas un nombre d&apos;enregistrements : %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>receiving records</source>
        <translation>réception des enregistrements</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server counts records but sends none</source>
        <translation>le serveur compte des enregistrements mais n&apos;en envoie aucun</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server sent records again that were acknowledged already, or records without a SyncID that could be acknowledged: it does not take acknowledgements</source>
        <translation>le serveur a renvoyé des enregistrements déjà acquittés, ou des enregistrements sans SyncID qui pourraient être acquittés : il ne prend pas les acquittements</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the record cannot be read: %1</source>
        <translation>l&apos;enregistrement est illisible : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) the server sent cannot be read; kept in quarantine, the rest is stored.</source>
        <translation>
            <numerusform>%n enregistrement envoyé par le serveur est illisible ; il est gardé en quarantaine, le reste est stocké.</numerusform>
            <numerusform>%n enregistrements envoyés par le serveur sont illisibles ; ils sont gardés en quarantaine, le reste est stocké.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>confirming receipt</source>
        <translation>confirmation de réception</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 failed (%2); trying again in %3 ms.</source>
        <translation>%1 a échoué (%2) ; nouvel essai dans %3 ms.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::AboutDialog</name>
    <message>
        <location filename="../ui/windows/AboutDialog.cpp" line="+15"/>
        <source>&amp;Copy support information</source>
        <translation>&amp;Copier les informations d&apos;assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Satellite</source>
        <translation>À propos de Satellite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Satellite&lt;/b&gt; keeps this clinic&apos;s mSupply data here and syncs it with the primary server whenever the line is up.</source>
        <translation>&lt;b&gt;Satellite&lt;/b&gt; garde ici les données mSupply de cette clinique et les synchronise avec le serveur principal chaque fois que la ligne le permet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this installation</source>
        <translation>À propos de cette installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a message to your support team: never includes the password</source>
        <translation>Pour un message à votre équipe d&apos;assistance : ne contient jamais le mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>satellite::ui::DispenseLinesModel</name>
    <message>
        <location filename="../ui/work/DispenseLinesModel.cpp" line="+23"/>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expires %1</source>
        <translation>périme le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>sans péremption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3 × pack of %4</source>
        <comment>batch, expiry, packs, pack size</comment>
        <translation>%1 (%2) : %3 × conditionnement de %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot dispense: %1</source>
        <translation>Dispensation impossible : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From batches (first to expire first)</source>
        <translation>Des lots (premier périmé, premier sorti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>satellite::ui::DispensePage</name>
    <message>
        <location filename="../ui/work/DispensePage.cpp" line="+45"/>
        <location line="+91"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter la ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save and finish</source>
        <translation>&amp;Enregistrer et terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as draft</source>
        <translation>Garder en &amp;brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start o&amp;ver</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print labels…</source>
        <translation>&amp;Imprimer les étiquettes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save labels as P&amp;DF…</source>
        <translation>Enregistrer les étiquettes en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lines to dispense</source>
        <translation>Lignes à dispenser</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a patient who is not found (Ctrl+N)</source>
        <translation>Enregistrer un patient introuvable (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in any order, code, date of birth (YYYY-MM-DD) or health number</source>
        <translation>Nom dans n&apos;importe quel ordre, code, date de naissance (AAAA-MM-JJ) ou numéro de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: name or code</source>
        <translation>Facultatif : nom ou code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find patient:</source>
        <translation>&amp;Chercher le patient :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rescriber:</source>
        <translation>P&amp;rescripteur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the primary for “%1” (patients of other clinics)…</source>
        <translation>Chercher « %1 » sur le serveur principal (patients d&apos;autres cliniques)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+437"/>
        <source>No patient chosen yet.</source>
        <translation>Aucun patient choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="-423"/>
        <source>Add an item</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or code</source>
        <translation>Nom ou code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity in units</source>
        <translation>Quantité en unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directions</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1 tablet 3 times a day for 5 days</source>
        <translation>p. ex. 1 comprimé 3 fois par jour pendant 5 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Item:</source>
        <translation>A&amp;rticle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity (units):</source>
        <translation>&amp;Quantité (unités) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dir&amp;ections:</source>
        <translation>Poso&amp;logie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch:</source>
        <translation>L&amp;ot :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reason to issue expired or held stock</source>
        <translation>Motif pour délivrer un stock périmé ou bloqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only to issue from an expired batch or one on hold: say why</source>
        <translation>Seulement pour délivrer d&apos;un lot périmé ou bloqué : dites pourquoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispense now (Ctrl+Enter)</source>
        <translation>Dispenser maintenant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for later, the stock set aside (Ctrl+D)</source>
        <translation>Garder pour plus tard, le stock mis de côté (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the labels of the last dispensing (Ctrl+P)</source>
        <translation>Imprimer les étiquettes de la dernière dispensation (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Override reason:</source>
        <translation>&amp;Motif de dérogation :</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 · %2 available</source>
        <translation>%1 · %2 disponibles</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A dispensing for this patient is kept as draft %1: open it from the drafts below.</source>
        <translation>Une dispensation pour ce patient est gardée en brouillon %1 : ouvrez-la depuis les brouillons ci-dessous.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>First to expire (automatic)</source>
        <translation>Premier à périmer (automatique)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expires %1</source>
        <translation>périme le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>sans péremption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXPIRED</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ON HOLD</source>
        <translation>BLOQUÉ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an item first: type its name or code, then press Enter.</source>
        <translation>Choisissez d&apos;abord un article : tapez son nom ou son code, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the quantity in units (tablets, ml, …), for example 30.</source>
        <translation>Écrivez la quantité en unités (comprimés, ml, …), par exemple 30.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This line cannot be dispensed as it is: %1</source>
        <translation>Cette ligne ne peut pas être dispensée telle quelle : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n line(s) cannot be dispensed)</source>
        <translation>
            <numerusform>(%n ligne ne peut pas être dispensée)</numerusform>
            <numerusform>(%n lignes ne peuvent pas être dispensées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the patient first.</source>
        <translation>Choisissez d&apos;abord le patient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one item.</source>
        <translation>Ajoutez au moins un article.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept as draft %1 for %2; the stock is set aside. Finish it from the drafts below.</source>
        <translation>Gardé en brouillon %1 pour %2 ; le stock est mis de côté. Terminez-le depuis les brouillons ci-dessous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dispensed: prescription %1 for %2, total %3. Print the labels with Ctrl+P.</source>
        <translation>Dispensé : ordonnance %1 pour %2, total %3. Imprimez les étiquettes avec Ctrl+P.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>That draft is no longer kept: it was finished or discarded.</source>
        <translation>Ce brouillon n&apos;est plus conservé : il a été terminé ou abandonné.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing draft %1: Save and finish dispenses it, Keep as draft keeps your changes.</source>
        <translation>Modification du brouillon %1 : Enregistrer et terminer le dispense, Garder en brouillon garde vos modifications.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That draft is no longer kept.</source>
        <translation>Ce brouillon n&apos;est plus conservé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Discard draft %1 for %2? Its stock is put back; nothing is dispensed.</source>
        <translation>Abandonner le brouillon %1 pour %2 ? Son stock est remis ; rien n&apos;est dispensé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Draft %1 discarded; its stock is available again.</source>
        <translation>Brouillon %1 abandonné ; son stock est de nouveau disponible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labels can be printed once a dispensing is saved.</source>
        <translation>Les étiquettes peuvent être imprimées une fois la dispensation enregistrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>labels-%1.pdf</source>
        <comment>file name</comment>
        <translation>etiquettes-%1.pdf</translation>
    </message>
</context>
<context>
    <name>satellite::ui::DraftList</name>
    <message>
        <location filename="../ui/work/DraftList.cpp" line="+18"/>
        <source>&amp;Open draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish draft</source>
        <translation>&amp;Terminer le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft…</source>
        <translation>Abandonner le brouillon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts kept</source>
        <translation>Brouillons conservés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dispensings kept as drafts</source>
        <translation>Dispensations gardées en brouillon</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::ExpiryChart</name>
    <message>
        <location filename="../ui/stock/ExpiryChart.cpp" line="+39"/>
        <source>Stock expiring per month</source>
        <translation>Stock périmant par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock expiring in the next 12 months: click a month to list its items</source>
        <translation>Stock périmant dans les 12 prochains mois : cliquez sur un mois pour en lister les articles</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+20"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Value at cost</source>
        <translation>Valeur au prix coûtant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at cost (%1)</source>
        <translation>Valeur au prix coûtant (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The stock expiring cannot be read now (%1).</source>
        <translation>Le stock périmant ne peut pas être lu pour l&apos;instant (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 units (%3)</source>
        <translation>%1 : %2 unités (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing expires in the next 12 months.</source>
        <translation>Rien ne périme dans les 12 prochains mois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring: %1.</source>
        <translation>Périmant : %1.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::FirstSyncBanner</name>
    <message>
        <location filename="../ui/widgets/FirstSyncBanner.cpp" line="+12"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first sync did not finish: some of this store&apos;s records are not here yet. Continue receiving them now, or later with Sync now.</source>
        <translation>La première synchronisation ne s&apos;est pas terminée : certains enregistrements de ce magasin ne sont pas encore ici. Continuez à les recevoir maintenant, ou plus tard avec Synchroniser maintenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first sync did not finish</source>
        <translation>La première synchronisation ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the first sync from where it stopped</source>
        <translation>Reprendre la première synchronisation là où elle s&apos;est arrêtée</translation>
    </message>
</context>
<context>
    <name>satellite::ui::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/InvoicesPage.cpp" line="+13"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dated from</source>
        <translation>&amp;Datées du</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type of invoice</source>
        <translation>Type de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices of this day are included.</source>
        <translation>Les factures de ce jour sont incluses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <comment>dated from [date] to [date]</comment>
        <translation>a&amp;u</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ItemConsumption</name>
    <message>
        <location filename="../ui/stock/ItemConsumption.cpp" line="+47"/>
        <source>Units used per month</source>
        <translation>Unités utilisées par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months of stock left</source>
        <translation>Mois de stock restants</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Choose an item to see how much of it is used.</source>
        <translation>Choisissez un article pour voir combien il en est utilisé.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reading how much of it is used…</source>
        <translation>Lecture de son utilisation…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Its use cannot be read now (%1).</source>
        <translation>Son utilisation ne peut pas être lue pour l&apos;instant (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used in the last 12 months.</source>
        <translation>Pas utilisé au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 units used a month on average.</source>
        <translation>%1 unités utilisées par mois en moyenne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The available stock lasts less than a month at that rate.</source>
        <translation>Le stock disponible dure moins d&apos;un mois à ce rythme.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The available stock lasts about %n year(s) at that rate.</source>
        <translation>
            <numerusform>Le stock disponible dure environ %n an à ce rythme.</numerusform>
            <numerusform>Le stock disponible dure environ %n ans à ce rythme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The available stock lasts about %n month(s) at that rate.</source>
        <translation>
            <numerusform>Le stock disponible dure environ %n mois à ce rythme.</numerusform>
            <numerusform>Le stock disponible dure environ %n mois à ce rythme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Units used</source>
        <translation>Unités utilisées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Units used per month, %1 to %2</source>
        <translation>Unités utilisées par mois, de %1 à %2</translation>
    </message>
</context>
<context>
    <name>satellite::ui::LoginDialog</name>
    <message>
        <location filename="../ui/windows/LoginDialog.cpp" line="+26"/>
        <source>&amp;Allow an insecure (http) connection to another computer</source>
        <translation>&amp;Autoriser une connexion non sécurisée (http) vers un autre ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Log in to your mSupply site</source>
        <translation>Connectez-vous à votre site mSupply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary server address</source>
        <translation>Adresse du serveur principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site password</source>
        <translation>Mot de passe du site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http sends your data unprotected over the network. Use it only if your administrator tells you to.</source>
        <translation>Le http simple envoie vos données sans protection sur le réseau. Ne l&apos;utilisez que si votre administrateur vous le demande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First sync progress</source>
        <translation>Progression de la première synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site found</source>
        <translation>Site trouvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary server:</source>
        <translation>Serveur &amp;principal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site name:</source>
        <translation>Nom du &amp;site :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Found site %1 on the server. Receiving the records of its store…</source>
        <translation>Site %1 trouvé sur le serveur. Réception des enregistrements de son magasin…</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Done: %n record(s) received.</source>
        <translation>
            <numerusform>Terminé : %n enregistrement reçu.</numerusform>
            <numerusform>Terminé : %n enregistrements reçus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stop the first sync?</source>
        <translation>Arrêter la première synchronisation ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first sync is still receiving this store&apos;s records. If you stop now, the next start of Satellite offers to continue from where it stopped.</source>
        <translation>La première synchronisation reçoit encore les enregistrements de ce magasin. Si vous arrêtez maintenant, le prochain démarrage de Satellite proposera de reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop the sync</source>
        <translation>&amp;Arrêter la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on syncing</source>
        <translation>&amp;Continuer la synchronisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Enter the server address, the site name and the password your administrator gave you.</source>
        <translation>Saisissez l&apos;adresse du serveur, le nom du site et le mot de passe que votre administrateur vous a donnés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The site name or password is wrong. Check them with your administrator and try again.</source>
        <translation>Le nom du site ou le mot de passe est faux. Vérifiez-les avec votre administrateur et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This site is registered to another computer. Ask your administrator to reset the site&apos;s registration, then connect again.</source>
        <translation>Ce site est enregistré sur un autre ordinateur. Demandez à votre administrateur de réinitialiser l&apos;enregistrement du site, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the server. Check the address and the internet connection, then try again. (%1)</source>
        <translation>Impossible de joindre le serveur. Vérifiez l&apos;adresse et la connexion Internet, puis réessayez. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate is not trusted. Its SHA-256 fingerprint is %1. Trust it only if your administrator confirms this fingerprint.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu. Son empreinte SHA-256 est %1. Ne lui faites confiance que si votre administrateur confirme cette empreinte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped. Connect again to go on from where it stopped.</source>
        <translation>Arrêté. Reconnectez-vous pour reprendre là où cela s&apos;est arrêté.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untrusted certificate</source>
        <translation>Certificat non reconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>satellite::ui::MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="+147"/>
        <source>Satellite — %1</source>
        <translation>Satellite — %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+241"/>
        <source>Dispense</source>
        <translation>Dispenser</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+166"/>
        <location line="+12"/>
        <location line="+24"/>
        <location line="+229"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+55"/>
        <location line="+22"/>
        <source>Receive goods</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+33"/>
        <location line="+43"/>
        <location line="+22"/>
        <location line="+278"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Dispensing history</source>
        <translation>Historique des dispensations</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+11"/>
        <location line="+59"/>
        <location line="+353"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="-417"/>
        <location line="+1"/>
        <location line="+418"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="-415"/>
        <location line="+1"/>
        <location line="+410"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="-631"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Count stock…</source>
        <translation>&amp;Compter le stock…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a &amp;location…</source>
        <translation>Compter un &amp;emplacement…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Dispense to patient</source>
        <translation>&amp;Dispenser au patient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the &amp;primary…</source>
        <translation>Chercher sur le serveur &amp;principal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find patients registered at other clinics</source>
        <translation>Trouver les patients enregistrés dans d&apos;autres cliniques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register patient…</source>
        <translation>&amp;Enregistrer un patient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Modifier le patient…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Receive goods…</source>
        <translation>&amp;Réceptionner la marchandise…</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Satellite — %1 (%2)</source>
        <comment>store, site</comment>
        <translation>Satellite — %1 (%2)</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Choose the patient to edit first.</source>
        <translation>Choisissez d&apos;abord le patient à modifier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 registered with code %2.</source>
        <translation>%1 enregistré(e) avec le code %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s details saved.</source>
        <translation>Informations de %1 enregistrées.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the item to count first.</source>
        <translation>Choisissez d&apos;abord l&apos;article à compter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This store has no locations; count item by item.</source>
        <translation>Ce magasin n&apos;a pas d&apos;emplacements ; comptez article par article.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count a location</source>
        <translation>Compter un emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location to count:</source>
        <translation>&amp;Emplacement à compter :</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Satellite</source>
        <translation>&amp;Satellite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy support information</source>
        <translation>Copier les &amp;informations d&apos;assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Satellite</source>
        <translation>À &amp;propos de Satellite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+13"/>
        <source>The details cannot be read now: %1</source>
        <translation>Les détails ne peuvent pas être lus pour l&apos;instant : %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Support information copied: paste it into your message.</source>
        <translation>Informations d&apos;assistance copiées : collez-les dans votre message.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Satellite is still running</source>
        <translation>Satellite fonctionne toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps syncing in the background. Click its icon to open the window again; Quit in the icon&apos;s menu stops it.</source>
        <translation>Il continue à synchroniser en arrière-plan. Cliquez sur son icône pour rouvrir la fenêtre ; Quitter, dans le menu de l&apos;icône, l&apos;arrête.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show Satellite</source>
        <translation>Afficher Satellite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logging out removes site %1&apos;s data from this computer; the primary server keeps it, and you can log in to this or another site afterwards.</source>
        <translation>La déconnexion supprime les données du site %1 de cet ordinateur ; le serveur principal les garde, et vous pourrez ensuite vous connecter à ce site ou à un autre.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) made here have not been sent yet and would be lost: sync first.</source>
        <translation>
            <numerusform>%n modification faite ici n&apos;a pas encore été envoyée et serait perdue : synchronisez d&apos;abord.</numerusform>
            <numerusform>%n modifications faites ici n&apos;ont pas encore été envoyées et seraient perdues : synchronisez d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log out and lose the changes</source>
        <translation>Se déconnecter et perdre les modifications</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: %2</source>
        <comment>patient, the primary&apos;s words</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientDialog</name>
    <message>
        <location filename="../ui/work/PatientDialog.cpp" line="+38"/>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register patient</source>
        <translation>Enregistrer un patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient code</source>
        <translation>Code patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address, second line</source>
        <translation>Adresse, deuxième ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;National health number:</source>
        <translation>Numéro national de sant&amp;é :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National health number</source>
        <translation>Numéro national de santé</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the date of birth as year-month-day, for example 1990-03-04.</source>
        <translation>Écrivez la date de naissance sous la forme année-mois-jour, par exemple 1990-03-04.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientHistoryModel</name>
    <message>
        <location filename="../ui/work/PatientHistoryModel.cpp" line="+29"/>
        <source>Dispensed at %1, as the primary records it</source>
        <translation>Dispensé à %1, selon le serveur principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>another store</source>
        <translation>un autre magasin</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Dispensed in this store</source>
        <translation>Dispensé dans ce magasin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>item name and code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity (units)</source>
        <translation>Quantité (unités)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientHistoryPane</name>
    <message>
        <location filename="../ui/work/PatientHistoryPane.cpp" line="+36"/>
        <source>Dispensing history</source>
        <translation>Historique des dispensations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the history comes from</source>
        <translation>D&apos;où vient l&apos;historique</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a patient to see what was dispensed to them.</source>
        <translation>Choisissez un patient pour voir ce qui lui a été dispensé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This store&apos;s dispensings cannot be read now (%1).</source>
        <translation>Les dispensations de ce magasin ne peuvent pas être lues pour l&apos;instant (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking the primary for dispensings at other clinics…</source>
        <translation>Demande au serveur principal des dispensations des autres cliniques…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dispensings recorded for this patient, here or at other clinics.</source>
        <translation>Aucune dispensation enregistrée pour ce patient, ici ou dans d&apos;autres cliniques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispensed here and at other clinics, as the primary records it now.</source>
        <translation>Dispensé ici et dans d&apos;autres cliniques, selon le serveur principal en ce moment.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispensings at other clinics as of %1.</source>
        <translation>Dispensations dans d&apos;autres cliniques au %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This store&apos;s dispensings.</source>
        <translation>Les dispensations de ce magasin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary could not be asked (%1): dispensings at other clinics as of %2.</source>
        <translation>Le serveur principal n&apos;a pas pu être interrogé (%1) : dispensations dans d&apos;autres cliniques au %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The primary could not be asked (%1): only this store&apos;s dispensings are shown.</source>
        <translation>Le serveur principal n&apos;a pas pu être interrogé (%1) : seules les dispensations de ce magasin sont affichées.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PatientLinker</name>
    <message>
        <location filename="../ui/work/PatientLinker.cpp" line="+36"/>
        <source>%1 is visible in this store already.</source>
        <translation>%1 est déjà visible dans ce magasin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making %1 visible here: asking the primary…</source>
        <translation>Rendre %1 visible ici : demande au serveur principal…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The local database reported a problem (%1).</source>
        <translation>La base de données locale a signalé un problème (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now visible in this store; their records arrive with the next sync.</source>
        <translation>%1 est maintenant visible dans ce magasin ; ses enregistrements arrivent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The primary would not make %1 visible in this store: %2</source>
        <translation>Le serveur principal a refusé de rendre %1 visible dans ce magasin : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 will be made visible here at the next sync (%2). You can dispense to them already.</source>
        <translation>%1 sera rendu(e) visible ici à la prochaine synchronisation (%2). Vous pouvez déjà lui dispenser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the primary did not say</source>
        <translation>le serveur principal n&apos;a rien dit</translation>
    </message>
</context>
<context>
    <name>satellite::ui::PrimaryQuestions</name>
    <message>
        <location filename="../ui/work/PrimaryQuestions.cpp" line="+19"/>
        <source>the primary cannot be reached now</source>
        <translation>le serveur principal est injoignable pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ReceivePage</name>
    <message>
        <location filename="../ui/work/ReceivePage.cpp" line="+50"/>
        <source>&amp;Receive into stock</source>
        <translation>&amp;Recevoir en stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier invoices waiting</source>
        <translation>Factures fournisseur en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of the supplier invoice</source>
        <translation>Lignes de la facture fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack size</source>
        <translation>Taille du conditionnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packs sent</source>
        <translation>Conditionnements envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs received</source>
        <translation>Conditionnements reçus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry (YYYY-MM-DD)</source>
        <translation>Péremption (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per pack</source>
        <translation>Coût par conditionnement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every line to the stock (Ctrl+Enter)</source>
        <translation>Ajouter toutes les lignes au stock (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Waiting to be received:</source>
        <translation>&amp;En attente de réception :</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Invoice %1 from %2</source>
        <translation>Facture %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · sent %2 · %3 · %n line(s)</source>
        <translation>
            <numerusform>%1 · envoyée le %2 · %3 · %n ligne</numerusform>
            <numerusform>%1 · envoyée le %2 · %3 · %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is waiting. Supplier invoices sent to this store arrive with a sync.</source>
        <translation>Rien n&apos;est en attente. Les factures fournisseur envoyées à ce magasin arrivent avec une synchronisation.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a supplier invoice on the left.</source>
        <translation>Choisissez une facture fournisseur à gauche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 from %2 (their reference %3). Check each line against what arrived and type over Packs received, Batch or Expiry where they differ.</source>
        <translation>Facture %1 de %2 (leur référence %3). Vérifiez chaque ligne par rapport à ce qui est arrivé et corrigez Conditionnements reçus, Lot ou Péremption là où ils diffèrent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: write the packs received as a number, 0 if none came.</source>
        <translation>%1 : écrivez le nombre de conditionnements reçus, 0 si rien n&apos;est arrivé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: write the expiry as year-month-day, for example 2028-04-30.</source>
        <translation>%1 : écrivez la péremption sous la forme année-mois-jour, par exemple 2028-04-30.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was received. %1</source>
        <translation>Rien n&apos;a été reçu. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 received: %n line(s) added to the stock.</source>
        <translation>
            <numerusform>%1 reçue : %n ligne ajoutée au stock.</numerusform>
            <numerusform>%1 reçue : %n lignes ajoutées au stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::RecordPage</name>
    <message>
        <location filename="../ui/widgets/RecordPage.cpp" line="+73"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Rechercher : %1 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>Chercher : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the rows that hold every word typed, in any order, as you type.</source>
        <translation>Garde, au fil de la frappe, les lignes qui contiennent chaque mot tapé, dans n&apos;importe quel ordre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The details of the selected row are shown below the list.</source>
        <translation>Les détails de la ligne sélectionnée sont affichés sous la liste.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows found</source>
        <translation>Lignes trouvées</translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list cannot be read now (%1); it is read again at the next change.</source>
        <translation>La liste ne peut pas être lue pour l&apos;instant (%1) ; elle est relue au prochain changement.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::RemotePatientDialog</name>
    <message>
        <location filename="../ui/work/RemotePatientDialog.cpp" line="+28"/>
        <source>&amp;Search the primary</source>
        <translation>&amp;Chercher sur le serveur principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make visible here</source>
        <translation>&amp;Rendre visible ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients registered at other clinics</source>
        <translation>Patients enregistrés dans d&apos;autres cliniques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient to search for on the primary</source>
        <translation>Patient à chercher sur le serveur principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in any order, code, or date of birth (YYYY-MM-DD) and a name</source>
        <translation>Nom dans n&apos;importe quel ordre, code, ou date de naissance (AAAA-MM-JJ) et un nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients registered elsewhere</source>
        <translation>Patients enregistrés ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered at</source>
        <translation>Enregistré à</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registered elsewhere, not visible in this store:</source>
        <translation>Enregistrés ailleurs, non visibles dans ce magasin :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These patients were registered at another clinic and are not visible in this store. Making one visible here brings their records with the next sync; you can dispense to them at once.</source>
        <translation>Ces patients ont été enregistrés dans une autre clinique et ne sont pas visibles dans ce magasin. En rendre un visible ici apporte ses enregistrements avec la prochaine synchronisation ; vous pouvez lui dispenser tout de suite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type the patient&apos;s name, code or date of birth first.</source>
        <translation>Tapez d&apos;abord le nom, le code ou la date de naissance du patient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the primary for “%1”…</source>
        <translation>Demande de « %1 » au serveur principal…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The primary could not be searched (%1). Patients of other clinics can be found when the connection is back.</source>
        <translation>La recherche sur le serveur principal a échoué (%1). Les patients d&apos;autres cliniques pourront être trouvés quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The local database reported a problem (%1); try again.</source>
        <translation>La base de données locale a signalé un problème (%1) ; réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>another clinic</source>
        <translation>une autre clinique</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The primary knows no patient of another clinic for “%1”.</source>
        <translation>Le serveur principal ne connaît aucun patient d&apos;une autre clinique pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n patient(s) registered at other clinics: choose one and press Enter to make them visible here.</source>
        <translation>
            <numerusform>%n patient enregistré dans d&apos;autres cliniques : choisissez-le et appuyez sur Entrée pour le rendre visible ici.</numerusform>
            <numerusform>%n patients enregistrés dans d&apos;autres cliniques : choisissez-en un et appuyez sur Entrée pour le rendre visible ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::SearchPicker</name>
    <message>
        <location filename="../ui/work/SearchPicker.cpp" line="+26"/>
        <source>Matches for %1</source>
        <translation>Résultats pour %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing found for “%1”</source>
        <translation>Rien trouvé pour « %1 »</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/windows/SettingsDialog.cpp" line="+37"/>
        <location line="+76"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Primary server address</source>
        <translation>Adresse du serveur principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (only Sync now)</source>
        <translation>Jamais (seulement Synchroniser maintenant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic sync interval</source>
        <translation>Intervalle de synchronisation automatique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Smallest batch</source>
        <translation>Plus petit paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest batch</source>
        <translation>Plus grand paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s proxy settings</source>
        <translation>Les paramètres de proxy du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satellite speaks the new language from its next start.</source>
        <translation>Satellite parlera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Primary server:</source>
        <translation>Serveur &amp;principal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync automatically &amp;every:</source>
        <translation>Synchroniser automatiquement &amp;toutes les :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;mallest batch:</source>
        <translation>Plus petit p&amp;aquet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;rgest batch:</source>
        <translation>Plus g&amp;rand paquet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server address is not a web address, such as https://sync.example.org.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une adresse web, comme https://sync.example.org.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Insecure connection</source>
        <translation>Connexion non sécurisée</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Allow an insecure (http) connection to another computer</source>
        <translation>&amp;Autoriser une connexion non sécurisée (http) vers un autre ordinateur</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>With plain http, the site password hash and all your data cross the network unprotected. Use it only if your administrator tells you to.</source>
        <translation>Avec le http simple, l&apos;empreinte du mot de passe du site et toutes vos données traversent le réseau sans protection. Ne l&apos;utilisez que si votre administrateur vous le demande.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/windows/ShortcutsDialog.cpp" line="+14"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search the list of the page</source>
        <translation>Rechercher dans la liste de la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense or receive: save and finish</source>
        <translation>Dispenser ou réceptionner : enregistrer et terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: keep as a draft</source>
        <translation>Dispenser : garder en brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: print the labels</source>
        <translation>Dispenser : imprimer les étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispense: register a new patient</source>
        <translation>Dispenser : enregistrer un nouveau patient</translation>
    </message>
</context>
<context>
    <name>satellite::ui::StockCountDialog</name>
    <message>
        <location filename="../ui/work/StockCountDialog.cpp" line="+41"/>
        <source>Count stock</source>
        <translation>Compter le stock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Write the units you count in each batch; leave a batch empty if you did not count it. Each difference needs a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Écrivez les unités que vous comptez dans chaque lot ; laissez un lot vide si vous ne l&apos;avez pas compté. Chaque écart demande un motif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. monthly count</source>
        <translation>Facultatif, p. ex. comptage mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record count</source>
        <translation>&amp;Enregistrer le comptage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;omment:</source>
        <translation>C&amp;ommentaire :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This store holds no batch here to count.</source>
        <translation>Ce magasin n&apos;a ici aucun lot à compter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything kept at %1</source>
        <translation>Tout ce qui est rangé à %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted (units)</source>
        <translation>Compté (unités)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no expiry</source>
        <translation>sans péremption</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Units of %1 counted in batch %2</source>
        <translation>Unités de %1 comptées dans le lot %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason for batch %1</source>
        <translation>Motif pour le lot %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fewer</source>
        <translation>%1 de moins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no difference</source>
        <translation>aucun écart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Batch %1: write the units counted as a number.</source>
        <translation>Lot %1 : écrivez les unités comptées sous forme de nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the units counted in at least one batch.</source>
        <translation>Écrivez les unités comptées dans au moins un lot.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was recorded. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The count matched the stock: nothing to adjust.</source>
        <translation>Le comptage correspondait au stock : rien à ajuster.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Count recorded as inventory adjustment %1 (%n batch(es) changed).</source>
        <translation>
            <numerusform>Comptage enregistré comme ajustement d&apos;inventaire %1 (%n lot modifié).</numerusform>
            <numerusform>Comptage enregistré comme ajustement d&apos;inventaire %1 (%n lots modifiés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satellite::ui::StockPage</name>
    <message>
        <location filename="../ui/pages/StockPage.cpp" line="+23"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items shown</source>
        <translation>Articles affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within</source>
        <translation>Périmant dans les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Périmés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months ahead</source>
        <translation>Mois à venir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source> month(s)</source>
        <comment>after a number of months</comment>
        <translation>
            <numerusform> mois</numerusform>
            <numerusform> mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expiring in %1</source>
        <translation>Périmant en %1</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncChart</name>
    <message>
        <location filename="../ui/widgets/SyncChart.cpp" line="+27"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds taken</source>
        <translation>Secondes prises</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Records and duration per sync</source>
        <translation>Enregistrements et durée par synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records received and sent, and the seconds each sync took, over time</source>
        <translation>Enregistrements reçus et envoyés, et secondes prises par chaque synchronisation, au fil du temps</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncPage</name>
    <message>
        <location filename="../ui/widgets/SyncPage.cpp" line="+54"/>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;again</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export the log…</source>
        <translation>&amp;Exporter le journal…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Filter the log</source>
        <translation>Filtrer le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the whole log to a text file, for your support team</source>
        <translation>Enregistrer tout le journal dans un fichier texte, pour votre équipe d&apos;assistance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log message</source>
        <translation>Message du journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync history</source>
        <translation>Historique des synchronisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records and time per sync</source>
        <translation>Enregistrements et durée par synchronisation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Raw JSON of the quarantined record</source>
        <translation>JSON brut de l&apos;enregistrement en quarantaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, could not be stored (quarantine)</source>
        <translation>Reçus, non stockables (quarantaine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined records</source>
        <translation>Enregistrements en quarantaine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try quarantined records again</source>
        <translation>Réessayer les enregistrements en quarantaine</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent, refused by the primary</source>
        <translation>Envoyées, refusées par le serveur principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the primary refused</source>
        <translation>Modifications refusées par le serveur principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The primary said</source>
        <translation>Réponse du serveur principal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes made here that the primary would not take. The rest went out; these wait here until sent again (after the primary or this program is put right) or discarded.</source>
        <translation>Modifications faites ici que le serveur principal n&apos;a pas acceptées. Le reste est parti ; celles-ci attendent ici d&apos;être renvoyées (une fois le serveur principal ou ce programme corrigé) ou abandonnées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the change again: it goes out with the next sync</source>
        <translation>Remettre la modification en file : elle part avec la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the change up: the primary never gets it</source>
        <translation>Abandonner la modification : le serveur principal ne la recevra jamais</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The log kept from before cannot be read now (%1).</source>
        <translation>Le journal conservé depuis avant ne peut pas être lu pour l&apos;instant (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the sync log</source>
        <translation>Exporter le journal de synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The log was not exported: %1 cannot be written (%2).</source>
        <translation>Le journal n&apos;a pas été exporté : %1 ne peut pas être écrit (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) of the log exported to %1.</source>
        <translation>
            <numerusform>%n ligne du journal exportée vers %1.</numerusform>
            <numerusform>%n lignes du journal exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the deletion of %1</source>
        <translation>la suppression de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The refused changes cannot be read now (%1).</source>
        <translation>Les modifications refusées ne peuvent pas être lues pour l&apos;instant (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the change to send again first.</source>
        <translation>Choisissez d&apos;abord la modification à renvoyer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change to %1 goes out again with the next sync.</source>
        <translation>La modification de %1 repart avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>That change is no longer held back.</source>
        <translation>Cette modification n&apos;est plus retenue.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+41"/>
        <source>Nothing was changed: the local database reported a problem (%1).</source>
        <translation>Rien n&apos;a été modifié : la base de données locale a signalé un problème (%1).</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Choose the change to discard first.</source>
        <translation>Choisissez d&apos;abord la modification à abandonner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard a refused change</source>
        <translation>Abandonner une modification refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to %1 will never reach the primary; this computer keeps the record as it is here.</source>
        <translation>La modification de %1 n&apos;atteindra jamais le serveur principal ; cet ordinateur garde l&apos;enregistrement tel qu&apos;il est ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard the change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change to %1 was discarded: it will never reach the primary.</source>
        <translation>La modification de %1 a été abandonnée : elle n&apos;atteindra jamais le serveur principal.</translation>
    </message>
</context>
<context>
    <name>satellite::ui::SyncStatusBar</name>
    <message>
        <location filename="../ui/widgets/SyncStatusBar.cpp" line="+15"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+117"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the last sync went, or that one is running</source>
        <translation>Comment s&apos;est passée la dernière synchronisation, ou qu&apos;une est en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last good sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this computer last synced with the primary</source>
        <translation>Quand cet ordinateur s&apos;est synchronisé pour la dernière fois avec le serveur principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to go out</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made here that the next sync sends to the primary</source>
        <translation>Modifications faites ici que la prochaine synchronisation envoie au serveur principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records in quarantine</source>
        <translation>Enregistrements en quarantaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records received that could not be stored; listed on the Sync page</source>
        <translation>Enregistrements reçus qui n&apos;ont pas pu être stockés ; listés sur la page Synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes refused</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the primary would not take; listed on the Sync page</source>
        <translation>Modifications que le serveur principal n&apos;a pas acceptées ; listées sur la page Synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients to make visible</source>
        <translation>Patients à rendre visibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients of other clinics to be made visible here at the next sync</source>
        <translation>Patients d&apos;autres cliniques à rendre visibles ici à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients refused</source>
        <translation>Patients refusés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients the primary would not make visible here, with its words</source>
        <translation>Patients que le serveur principal a refusé de rendre visibles ici, avec sa réponse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Listed on the Sync page, to send again or discard</source>
        <translation>Listées sur la page Synchronisation, pour être renvoyées ou abandonnées</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync now (%1)</source>
        <translation>Synchroniser maintenant (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last synced: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) in quarantine</source>
        <translation>
            <numerusform>%n enregistrement en quarantaine</numerusform>
            <numerusform>%n enregistrements en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) refused by the primary</source>
        <translation>
            <numerusform>%n modification refusée par le serveur principal</numerusform>
            <numerusform>%n modifications refusées par le serveur principal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n patient(s) to make visible here at the next sync</source>
        <translation>
            <numerusform>%n patient à rendre visible ici à la prochaine synchronisation</numerusform>
            <numerusform>%n patients à rendre visibles ici à la prochaine synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not made visible here: %1</source>
        <translation>Non rendu visible ici : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n patient(s) not made visible here</source>
        <translation>
            <numerusform>%n patient non rendu visible ici</numerusform>
            <numerusform>%n patients non rendus visibles ici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the sync (%1)</source>
        <translation>Annuler la synchronisation (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last sync succeeded</source>
        <translation>La dernière synchronisation a réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync failed</source>
        <translation>La dernière synchronisation a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync was cancelled</source>
        <translation>La dernière synchronisation a été annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync did not finish</source>
        <translation>La dernière synchronisation ne s&apos;est pas terminée</translation>
    </message>
</context>
</TS>
