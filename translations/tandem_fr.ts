<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../app/AccountCommand.cpp" line="+36"/>
        <source>Add (or update) an account of this profile.</source>
        <translation>Ajouter (ou mettre à jour) un compte de ce profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account address, name@server.</source>
        <translation>L&apos;adresse du compte, name@server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from FILE (first line).</source>
        <translation>Lire le mot de passe dans FICHIER (première ligne).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Connect to HOST instead of looking up DNS.</source>
        <translation>Se connecter à HÔTE au lieu d&apos;interroger le DNS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to PORT (default 5222).</source>
        <translation>Se connecter au port PORT (5222 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the certificate authority (or self-signed server certificate) in PEM file FILE, for this account only.</source>
        <translation>Faire aussi confiance à l&apos;autorité de certification (ou au certificat de serveur autosigné) du fichier PEM FICHIER, pour ce compte uniquement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to keep the password: auto (keychain, else a private file), keychain, or file.</source>
        <translation>Où conserver le mot de passe : auto (trousseau de clés, sinon un fichier privé), keychain ou file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account add needs exactly one JID.</source>
        <translation>account add attend exactement un JID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid account address &apos;%1&apos;: %2</source>
        <translation>Adresse de compte &apos;%1&apos; non valide : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--password-file is required.</source>
        <translation>--password-file est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid port &apos;%1&apos;.</source>
        <translation>Port &apos;%1&apos; non valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No PEM certificate found in %1.</source>
        <translation>Aucun certificat PEM trouvé dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid --password-store &apos;%1&apos; (auto, keychain or file).</source>
        <translation>Valeur &apos;%1&apos; non valide pour --password-store (auto, keychain ou file).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>warning:</source>
        <translation>avertissement :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 saved in %2. A running Tandem on this profile picks it up when restarted.</source>
        <translation>Compte %1 enregistré dans %2. Un Tandem déjà lancé sur ce profil le prendra en compte à son redémarrage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: tandem account add JID --password-file FILE [options] | tandem account list</source>
        <translation>Utilisation : tandem account add JID --password-file FICHIER [options] | tandem account list</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+20"/>
        <source>Tandem: an XMPP client whose group chats belong to the account, not to each device.

Commands:
  (none)                      Start the desktop client.
  xmpp:JID                    Start the desktop client (or raise it) and open the conversation
                              with JID; a ?query part (?join, ?message) is ignored.
  account add JID --password-file FILE [--host H] [--port P] [--ca-file PEM]
              [--password-store auto|keychain|file]
                              Add an account to the profile without the GUI. The password
                              goes to the system keychain, or with &apos;auto&apos; and no keychain,
                              to a file readable only by you (with a warning).
  account list                The accounts of the profile.
  ctl status [--json]
                              State of the running instance of the profile.
  ctl send JID TEXT [--json]
                              Send a message through the running instance.
  ctl history JID [--limit N] [--json]
                              The last N messages (default 50) of a conversation or room.
  ctl search QUERY [--in JID] [--limit N] [--json]
                              Search the messages of all conversations, or of one. Words
                              must all occur; &quot;a phrase&quot; in quotes; word* for a prefix.
  ctl read JID [--up-to ID] [--json]
                              Mark a conversation read (up to message ID), on every
                              device of the account (XEP-0490).
  ctl unread [--json]
                              The conversations with unread messages, and mentions.
  ctl export JID [--format text|json] [--output FILE] [--json]
                              A whole conversation, oldest first, to standard output or FILE
                              (--json is short for --format json).
  ctl rooms [--json]
                              The rooms this account is in, with state and occupant count
                              (and whether this device hides them).
  ctl join ROOM [--nick N] [--password P] [--json]
                              Join a room (a new room is created as an instant room).
  ctl leave ROOM [--json]
                              Leave a room.
  ctl hide ROOM [--json]
                              Hide a room on this device only (still kept for the account).
  ctl show ROOM [--json]
                              Show a hidden room on this device again.
  ctl occupants ROOM [--json]
                              Who is in a room.
  ctl nick ROOM NICK [--json]
                              Change the account&apos;s nickname in a room.
  ctl subject ROOM [TEXT] [--json]
                              Set (or, without TEXT, clear) a room&apos;s subject.
  ctl correct JID ID TEXT [--json]
                              Correct your message ID (its origin_id) in a chat or room.
  ctl anchor [--json]
                              Make this device the account&apos;s anchor (the one in the rooms).
  ctl active [--json]
                              Count the user as active on this device now: it notifies alone.
  ctl notifications [--json]
                              What this device notified; which devices the user is active on.
  repair                      When the message database is damaged (Tandem says so): rename
                              it aside, unchanged, and copy every message that can still be
                              read into a new one; the next start fetches the rest from the
                              server archives. Only while Tandem is not running.
  A room address works wherever a contact address does (ctl send ROOM TEXT).
  Every ctl command takes --account JID (default: the profile&apos;s first account), and
  --json prints its answer in the stable JSON form documented in the README.

&apos;tandem ctl&apos; talks to the Tandem already running on the same profile; it exits with 1
when none runs or the command fails, with 2 on a usage error. Data lives in the profile
directory (default: %1).</source>
        <translation>Tandem : un client XMPP dont les salons appartiennent au compte, et non à chaque appareil.

Commandes :
  (aucune)                    Lancer le client de bureau.
  xmpp:JID                    Lancer le client de bureau (ou le mettre au premier plan) et ouvrir la
                              conversation avec JID ; une partie ?requête (?join, ?message) est ignorée.
  account add JID --password-file FICHIER [--host H] [--port P] [--ca-file PEM]
              [--password-store auto|keychain|file]
                              Ajouter un compte au profil sans l&apos;interface graphique. Le mot de passe
                              va dans le trousseau de clés du système ou, avec « auto » et sans trousseau,
                              dans un fichier lisible par vous seul (avec un avertissement).
  account list                Les comptes du profil.
  ctl status [--json]
                              État de l&apos;instance du profil en cours d&apos;exécution.
  ctl send JID TEXTE [--json]
                              Envoyer un message via l&apos;instance en cours d&apos;exécution.
  ctl history JID [--limit N] [--json]
                              Les N derniers messages (50 par défaut) d&apos;une conversation ou d&apos;un salon.
  ctl search REQUÊTE [--in JID] [--limit N] [--json]
                              Chercher dans les messages de toutes les conversations, ou d&apos;une seule. Tous
                              les mots doivent figurer ; « une phrase » entre guillemets ; mot* pour un préfixe.
  ctl read JID [--up-to ID] [--json]
                              Marquer une conversation comme lue (jusqu&apos;au message ID), sur tous les
                              appareils du compte (XEP-0490).
  ctl unread [--json]
                              Les conversations ayant des messages non lus, et les mentions.
  ctl export JID [--format text|json] [--output FICHIER] [--json]
                              Toute une conversation, du plus ancien au plus récent, vers la sortie standard
                              ou FICHIER (--json est un raccourci pour --format json).
  ctl rooms [--json]
                              Les salons du compte, avec leur état et leur nombre de participants
                              (et si cet appareil les masque).
  ctl join SALON [--nick N] [--password P] [--json]
                              Rejoindre un salon (créé comme salon instantané s&apos;il n&apos;existe pas).
  ctl leave SALON [--json]
                              Quitter un salon.
  ctl hide SALON [--json]
                              Masquer un salon sur cet appareil seulement (il reste au compte).
  ctl show SALON [--json]
                              Afficher de nouveau un salon masqué sur cet appareil.
  ctl occupants SALON [--json]
                              Les participants d&apos;un salon.
  ctl nick SALON PSEUDO [--json]
                              Changer le pseudo du compte dans un salon.
  ctl subject SALON [TEXTE] [--json]
                              Définir (ou, sans TEXTE, effacer) le sujet d&apos;un salon.
  ctl correct JID ID TEXTE [--json]
                              Corriger votre message ID (son origin_id) dans une conversation ou un salon.
  ctl anchor [--json]
                              Faire de cet appareil l&apos;ancre du compte (celui qui est dans les salons).
  ctl active [--json]
                              Considérer l&apos;utilisateur comme actif sur cet appareil : lui seul notifie.
  ctl notifications [--json]
                              Ce que cet appareil a notifié ; sur quels appareils l&apos;utilisateur est actif.
  repair                      Quand la base de messages est endommagée (Tandem le signale) : la
                              renommer à l&apos;écart, sans la modifier, et copier chaque message encore lisible
                              dans une nouvelle ; le prochain démarrage récupère le reste depuis les archives
                              du serveur. Seulement quand Tandem n&apos;est pas lancé.
  Une adresse de salon fonctionne partout où une adresse de contact fonctionne (ctl send SALON TEXTE).
  Chaque commande ctl accepte --account JID (par défaut : le premier compte du profil), et
  --json affiche sa réponse sous la forme JSON stable décrite dans le README.

&apos;tandem ctl&apos; s&apos;adresse au Tandem déjà lancé sur le même profil ; il se termine avec 1
quand aucun n&apos;est lancé ou que la commande échoue, avec 2 en cas d&apos;erreur d&apos;utilisation. Les
données se trouvent dans le dossier du profil (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Use the profile in DIR (one profile is one device).</source>
        <translation>Utiliser le profil situé dans DOSSIER (un profil correspond à un appareil).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run without a window, as an always-on device (for a home server). Stops cleanly on SIGTERM or SIGINT.</source>
        <translation>Fonctionner sans fenêtre, comme appareil toujours allumé (pour un serveur personnel). S&apos;arrête proprement sur SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speak LANG instead of the desktop&apos;s language: %1.</source>
        <translation>Parler LANGUE au lieu de la langue du bureau : %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account, ctl or repair; see the list above.</source>
        <translation>account, ctl ou repair ; voir la liste ci-dessus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Run &apos;tandem --help&apos; for usage.</source>
        <translation>Lancez &apos;tandem --help&apos; pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unknown language &apos;%1&apos; for --lang; Tandem speaks %2.</source>
        <translation>Langue &apos;%1&apos; inconnue pour --lang ; Tandem parle %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem --help&apos; for usage.</source>
        <translation>Commande &apos;%1&apos; inconnue. Lancez &apos;tandem --help&apos; pour afficher l&apos;aide.</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/CtlPrinting.cpp" line="+33"/>
        <source>Tandem %1 (%2), pid %3, profile %4</source>
        <translation>Tandem %1 (%2), pid %3, profil %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account configured: use &apos;tandem account add&apos;.</source>
        <translation>Aucun compte configuré : utilisez &apos;tandem account add&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1  %2, %3</source>
        <translation>  %1  %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No rooms. Join one with: tandem ctl join ROOM</source>
        <translation>Aucun salon. Pour en rejoindre un : tandem ctl join SALON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left (%1)</source>
        <translation>quitté (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1  %2 as %3, %n occupant(s)</source>
        <translation>
            <numerusform>%1  %2 en tant que %3, %n participant</numerusform>
            <numerusform>%1  %2 en tant que %3, %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(hidden on this device)</source>
        <translation>(masqué sur cet appareil)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>hidden on this device</source>
        <translation>masqué sur cet appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown on this device</source>
        <translation>affiché sur cet appareil</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No messages found.</source>
        <translation>Aucun message trouvé.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source># Conversation %1 of %2, exported %3. Times are UTC.
</source>
        <translation># Conversation %1 du compte %2, exportée le %3. Heures en UTC.
</translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1 : %n non lu</numerusform>
            <numerusform>%1 : %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing unread.</source>
        <translation>Rien de non lu.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %n unread</source>
        <translation>
            <numerusform>%1  %n non lu</numerusform>
            <numerusform>%1  %n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active since %1</source>
        <translation>actif depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle since %1</source>
        <translation>inactif depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no activity reported</source>
        <translation>aucune activité signalée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device: %1</source>
        <translation>Cet appareil : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>notifies on this device</source>
        <translation>notifie sur cet appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another device notifies</source>
        <translation>un autre appareil notifie</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+11"/>
        <source>Writing the export failed: %1</source>
        <translation>Échec de l&apos;écriture de l&apos;exportation : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n message exporté vers %1.</numerusform>
            <numerusform>%n messages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CtlCommand.cpp" line="+89"/>
        <source>Control the running Tandem of a profile. &apos;tandem --help&apos; describes every command.</source>
        <translation>Piloter le Tandem en cours d&apos;exécution d&apos;un profil. &apos;tandem --help&apos; décrit toutes les commandes.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Print the stable JSON form.</source>
        <translation>Afficher la forme JSON stable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many messages (default 50).</source>
        <translation>Nombre de messages (50 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act as account JID (default: the profile&apos;s first).</source>
        <translation>Agir en tant que compte JID (par défaut : le premier du profil).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nickname to join with.</source>
        <translation>Pseudo à utiliser pour rejoindre le salon.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NICK</source>
        <translation>PSEUDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password.</source>
        <translation>Mot de passe du salon.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PASSWORD</source>
        <translation>MOT-DE-PASSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: only in this conversation or room.</source>
        <translation>search : seulement dans cette conversation ou ce salon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: text (default) or json.</source>
        <translation>export : text (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export : écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read: only up to this message (its id in &apos;ctl history --json&apos;).</source>
        <translation>read : seulement jusqu&apos;à ce message (son id dans &apos;ctl history --json&apos;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--up-to only applies to &apos;read&apos;.</source>
        <translation>--up-to ne s&apos;applique qu&apos;à &apos;read&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>One of the commands above, with its arguments.</source>
        <translation>Une des commandes ci-dessus, avec ses arguments.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: tandem ctl %1</source>
        <translation>Utilisation : tandem ctl %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>--in only applies to &apos;search&apos;.</source>
        <translation>--in ne s&apos;applique qu&apos;à &apos;search&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format and --output only apply to &apos;export&apos;.</source>
        <translation>--format et --output ne s&apos;appliquent qu&apos;à &apos;export&apos;.</translation>
    </message>
    <message>
        <location filename="../app/CtlCommands.cpp" line="+18"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+43"/>
        <location line="+14"/>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>State of the running instance of the profile.</source>
        <translation>État de l&apos;instance du profil en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID TEXT</source>
        <translation>JID TEXTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a message through the running instance.</source>
        <translation>Envoyer un message via l&apos;instance en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JID [--limit N] [--json]</source>
        <translation>JID [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last N messages (default 50) of a conversation or room.</source>
        <translation>Les N derniers messages (défaut 50) d&apos;une conversation ou d&apos;un salon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QUERY [--in JID] [--limit N] [--json]</source>
        <translation>REQUÊTE [--in JID] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the messages of all conversations, or of one.</source>
        <translation>Chercher dans toutes les conversations, ou dans une seule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JID [--up-to ID]</source>
        <translation>JID [--up-to ID]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a conversation read, on every device of the account.</source>
        <translation>Marquer une conversation comme lue, sur tous les appareils du compte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--up-to takes a message id, as &apos;ctl history --json&apos; shows it.</source>
        <translation>--up-to attend un identifiant de message, tel que &apos;ctl history --json&apos; l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conversations with unread messages, and how many mention you.</source>
        <translation>Les conversations ayant des messages non lus, et combien vous mentionnent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JID [--format text|json] [--output FILE]</source>
        <translation>JID [--format text|json] [--output FICHIER]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole conversation, oldest first, to standard output or FILE.</source>
        <translation>Toute une conversation, du plus ancien au plus récent, vers la sortie standard ou FICHIER.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rooms this account is in, with state and occupant count.</source>
        <translation>Les salons du compte, avec leur état et leur nombre de participants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROOM [--nick N] [--password P]</source>
        <translation>SALON [--nick N] [--password P]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room (a new room is created as an instant room).</source>
        <translation>Rejoindre un salon (créé comme salon instantané s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>ROOM</source>
        <translation>SALON</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Leave a room.</source>
        <translation>Quitter un salon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide a room on this device only: not listed, not notified, still kept for the account.</source>
        <translation>Masquer un salon sur cet appareil seulement : ni listé, ni notifié, toujours conservé pour le compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a hidden room on this device again, with all its history.</source>
        <translation>Afficher de nouveau un salon masqué sur cet appareil, avec tout son historique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is in a room.</source>
        <translation>Les participants d&apos;un salon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROOM NICK</source>
        <translation>SALON PSEUDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the account&apos;s nickname in a room.</source>
        <translation>Changer le pseudo du compte dans un salon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ROOM [TEXT]</source>
        <translation>SALON [TEXTE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set (or, without TEXT, clear) a room&apos;s subject.</source>
        <translation>Définir (ou, sans TEXTE, effacer) le sujet d&apos;un salon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JID MESSAGE-ID TEXT</source>
        <translation>JID ID-MESSAGE TEXTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct one of your messages (MESSAGE-ID: its origin_id) in a chat or room.</source>
        <translation>Corriger un de vos messages (ID-MESSAGE : son origin_id) en conversation ou en salon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make this device the account&apos;s anchor (the one in the rooms).</source>
        <translation>Faire de cet appareil l&apos;ancre du compte (présente dans les salons).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the user as active on this device now (as a key press would): it notifies alone.</source>
        <translation>Considérer l&apos;utilisateur comme actif sur cet appareil dès maintenant (comme le ferait une touche pressée) : lui seul notifie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this device notified, and which devices the user is active on.</source>
        <translation>Ce que cet appareil a notifié, et sur quels appareils l&apos;utilisateur est actif.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>--format is text or json.</source>
        <translation>--format vaut text ou json.</translation>
    </message>
    <message>
        <location filename="../app/CtlCommand.cpp" line="+49"/>
        <source>Missing command. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Commande manquante. Lancez &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;tandem ctl --help&apos;.</source>
        <translation>Commande &apos;%1&apos; inconnue. Lancez &apos;tandem ctl --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/CtlPrinting.cpp" line="-171"/>
        <source>Message %1 to %2: %3</source>
        <translation>Message %1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>CtlCommand::ExportTarget</name>
    <message>
        <location filename="../app/ExportTarget.cpp" line="+28"/>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d’écrire sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export to %1: it is a directory.</source>
        <translation>Impossible d’exporter vers %1 : c’est un répertoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export to %1: it is a special file (give a file, a FIFO or a character device).</source>
        <translation>Impossible d’exporter vers %1 : c’est un fichier spécial (donnez un fichier, une FIFO ou un périphérique caractère).</translation>
    </message>
</context>
<context>
    <name>GuiMode</name>
    <message>
        <location filename="../app/GuiMode.cpp" line="+41"/>
        <source>The profile %1 is in use by a headless Tandem (process %2), which has no window. Stop it first, or start the window on another profile (--profile DIR).</source>
        <translation>Le profil %1 est utilisé par un Tandem sans interface graphique (processus %2), qui n&apos;a pas de fenêtre. Arrêtez-le d&apos;abord, ou ouvrez la fenêtre sur un autre profil (--profile DOSSIER).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tandem cannot start</source>
        <translation>Tandem ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>HeadlessMode</name>
    <message>
        <location filename="../app/HeadlessMode.cpp" line="+39"/>
        <source>shutting down</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>storage error:</source>
        <translation>erreur de stockage :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no account configured; add one with &apos;tandem --profile %1 account add&apos;</source>
        <translation>aucun compte configuré ; ajoutez-en un avec &apos;tandem --profile %1 account add&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandem is running headless on profile %1 as %2. Try: tandem --profile %1 ctl status</source>
        <translation>Tandem fonctionne sans interface graphique sur le profil %1 en tant que %2. Essayez : tandem --profile %1 ctl status</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+78"/>
        <location line="+235"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="+33"/>
        <source>&amp;Tandem</source>
        <translation>&amp;Tandem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make This Device the &amp;Anchor</source>
        <translation>Faire de cet appareil l&apos;&amp;ancre</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add an A&amp;ccount…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Chat…</source>
        <translation>&amp;Nouvelle discussion…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Join a Group Chat…</source>
        <translation>&amp;Rejoindre un salon…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Aller à une conversation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hidden Rooms</source>
        <translation>Salons &amp;masqués</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in Conversation…</source>
        <translation>Rec&amp;hercher dans la conversation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search All Messages…</source>
        <translation>Rechercher dans &amp;tous les messages…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show %1 on this device again</source>
        <translation>Afficher de nouveau %1 sur cet appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Hidden Rooms</source>
        <translation>Aucun salon masqué</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-230"/>
        <source>Chat with name@server…</source>
        <translation>Discuter avec name@server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat address</source>
        <translation>Adresse de la nouvelle discussion</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storage error: %1</source>
        <translation>Erreur de stockage : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account. Add one with Tandem › Add an Account…</source>
        <translation>Aucun compte. Ajoutez-en un avec Tandem › Ajouter un compte…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this account&apos;s devices</source>
        <translation>Afficher les appareils de ce compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices: %1</source>
        <translation>Appareils : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — Tandem</source>
        <translation>%1 — Tandem</translation>
    </message>
</context>
<context>
    <name>RepairCommand</name>
    <message>
        <location filename="../app/RepairCommand.cpp" line="+24"/>
        <source>Usage: tandem [--profile DIR] repair</source>
        <translation>Utilisation : tandem [--profile DOSSIER] repair</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit it before repairing its database.</source>
        <translation>Quittez-le avant de réparer sa base de données.</translation>
    </message>
</context>
<context>
    <name>RoomEventText</name>
    <message>
        <location filename="../core/models/RoomEventText.cpp" line="+16"/>
        <source>%1 joined</source>
        <translation>%1 est arrivé·e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 est parti·e</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 left: %2</source>
        <translation>%1 est parti·e : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was kicked</source>
        <translation>%1 a été expulsé·e</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was kicked: %2</source>
        <translation>%1 a été expulsé·e : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was banned</source>
        <translation>%1 a été banni·e</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was banned: %2</source>
        <translation>%1 a été banni·e : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2</source>
        <translation>%1 s’appelle désormais %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject was cleared</source>
        <translation>Le sujet a été effacé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cleared the subject</source>
        <translation>%1 a effacé le sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is now “%1”</source>
        <translation>Le sujet est désormais « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the subject to “%2”</source>
        <translation>%1 a changé le sujet en « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You joined</source>
        <translation>Vous êtes arrivé·e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You left</source>
        <translation>Vous êtes parti·e</translation>
    </message>
</context>
<context>
    <name>Tandem</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+24"/>
        <source>The directory %1 does not exist.</source>
        <translation>Le répertoire %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it is a symbolic link.</source>
        <translation>Répertoire %1 refusé : c’est un lien symbolique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing %1: it is not a directory.</source>
        <translation>%1 refusé : ce n’est pas un répertoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing the directory %1: it belongs to another user (uid %2).</source>
        <translation>Répertoire %1 refusé : il appartient à un autre utilisateur (uid %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing the directory %1: its mode is %2, it must be 0700 (only you).</source>
        <translation>Répertoire %1 refusé : son mode est %2, il doit être 0700 (vous seul).</translation>
    </message>
</context>
<context>
    <name>Tandem::Account</name>
    <message>
        <location filename="../core/account/AccountMessages.cpp" line="+72"/>
        <source>the server answered with an error</source>
        <translation>le serveur a répondu par une erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered: %1</source>
        <translation>le serveur a répondu : %1</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This device is always on (prefer it as the anchor)</source>
        <translation>Cet appareil est toujours allumé (le préférer comme ancre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell contacts when I have &amp;read their messages</source>
        <translation>Informer les contacts quand j&apos;ai &amp;lu leurs messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found from the address</source>
        <translation>Déduit de l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is always on</source>
        <translation>Cet appareil est toujours allumé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell contacts when I have read their messages</source>
        <translation>Informer les contacts quand j&apos;ai lu leurs messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection result</source>
        <translation>Résultat de la connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This is not an address: %1</source>
        <translation>Ce n&apos;est pas une adresse : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the account&apos;s password.</source>
        <translation>Saisissez le mot de passe du compte.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connected. Saving the account…</source>
        <translation>Connecté. Enregistrement du compte…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountListModel</name>
    <message>
        <location filename="../core/models/AccountListModel.cpp" line="+31"/>
        <source>%1, enabled</source>
        <translation>%1, activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, disabled</source>
        <translation>%1, désactivé</translation>
    </message>
</context>
<context>
    <name>Tandem::AccountsDialog</name>
    <message>
        <location filename="../ui/dialogs/AccountsDialog.cpp" line="+21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts (checked ones connect)</source>
        <translation>Comptes (ceux cochés se connectent)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected account</source>
        <translation>Supprimer le compte sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this device? Its password is forgotten here; its messages stay in the archive on this device and come back if you add the account again.</source>
        <translation>Supprimer %1 de cet appareil ? Son mot de passe est oublié ici ; ses messages restent dans l&apos;archive de cet appareil et reviennent si vous ajoutez à nouveau le compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Tandem::BookmarksManager0402</name>
    <message>
        <location filename="../core/xmpp/BookmarksManager0402.cpp" line="+92"/>
        <source>Cannot bookmark &apos;%1&apos;</source>
        <translation>Impossible d&apos;ajouter un marque-page pour &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bookmarks</source>
        <translation>Marque-pages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot find out how the server stores bookmarks</source>
        <translation>Impossible de déterminer comment le serveur stocke les marque-pages</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot fetch the bookmarks</source>
        <translation>Impossible de récupérer les marque-pages</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>Cannot save the bookmark of %1</source>
        <translation>Impossible d&apos;enregistrer le marque-page de %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the bookmarks node exists with a configuration other than XEP-0402&apos;s (%1)</source>
        <translation>le nœud des marque-pages existe avec une configuration différente de celle de XEP-0402 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the bookmark of %1</source>
        <translation>Impossible de supprimer le marque-page de %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Bookmarks (XEP-0048)</source>
        <translation>Marque-pages (XEP-0048)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Tandem::ChatHeader</name>
    <message>
        <location filename="../ui/widgets/ChatHeader.cpp" line="+38"/>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Room actions</source>
        <translation>Actions du salon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Your &amp;Nick…</source>
        <translation>Changer votre &amp;pseudo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the &amp;Subject…</source>
        <translation>Changer le &amp;sujet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide on This Device</source>
        <translation>&amp;Masquer sur cet appareil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Leave the Room</source>
        <translation>&amp;Quitter le salon</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Your Nick</source>
        <translation>Changer de pseudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nick in %1:</source>
        <translation>Votre pseudo dans %1 :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room kept your nick, not %1: %2</source>
        <translation>Le salon a gardé votre pseudo, pas %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the Subject</source>
        <translation>Changer le sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of %1:</source>
        <translation>Sujet de %1 :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subject was not changed: %1</source>
        <translation>Le sujet n’a pas été changé : %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ChatView</name>
    <message>
        <location filename="../ui/widgets/ChatView.cpp" line="+55"/>
        <source>Choose a conversation on the left, press Ctrl+K to go to one, Ctrl+N to start a chat or Ctrl+J to join a group chat.</source>
        <translation>Choisissez une conversation à gauche, appuyez sur Ctrl+K pour aller à l’une d’elles, Ctrl+N pour démarrer une discussion ou Ctrl+J pour rejoindre un salon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correcting your last message. Esc gives it up.</source>
        <translation>Correction de votre dernier message. Échap l’abandonne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <location line="+70"/>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+70"/>
        <source>Write to %1…</source>
        <translation>Écrire à %1…</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionError</name>
    <message>
        <location filename="../core/session/ConnectionError.cpp" line="+74"/>
        <source>Authentication failed: the server rejected the address or password.</source>
        <translation>Échec de l&apos;authentification : le serveur a refusé l&apos;adresse ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server not found: the name could not be resolved (DNS).</source>
        <translation>Serveur introuvable : le nom n&apos;a pas pu être résolu (DNS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection (nothing is listening on that port).</source>
        <translation>Le serveur a refusé la connexion (rien n&apos;écoute sur ce port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is unreachable: check the network connection.</source>
        <translation>Le serveur est injoignable : vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed: the server&apos;s certificate is not trusted or TLS could not be established.</source>
        <translation>Échec de la connexion sécurisée : le certificat du serveur n&apos;est pas reconnu comme fiable, ou TLS n&apos;a pas pu être établi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session with the same device name took over this connection.</source>
        <translation>Une autre session avec le même nom d&apos;appareil a pris le contrôle de cette connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection with an error.</source>
        <translation>Le serveur a fermé la connexion avec une erreur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is available for this account.</source>
        <translation>Aucun mot de passe n&apos;est disponible pour ce compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer encryption (STARTTLS); Tandem never logs in without it.</source>
        <translation>Le serveur ne propose pas de chiffrement (STARTTLS) ; Tandem ne se connecte jamais sans chiffrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time: it may be unreachable, or the network blocks the connection.</source>
        <translation>Le serveur n&apos;a pas répondu à temps : il est peut-être injoignable, ou le réseau bloque la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the server&apos;s administrator confirms this fingerprint.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu comme fiable (empreinte SHA-256 %1). Ne lui faites confiance que si l&apos;administrateur du serveur confirme cette empreinte.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlClient</name>
    <message>
        <location filename="../core/ctl/ControlClient.cpp" line="+33"/>
        <source>No running Tandem for this profile (nothing listens on %1).</source>
        <translation>Aucun Tandem en cours d&apos;exécution pour ce profil (rien n&apos;écoute sur %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: %2</source>
        <translation>Socket de contrôle %1 refusé : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing the control socket %1: it belongs to another user (uid %2).</source>
        <translation>Socket de contrôle %1 refusé : il appartient à un autre utilisateur (uid %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refusing the control socket %1: it is served by another user (uid %2).</source>
        <translation>Socket de contrôle %1 refusé : il est servi par un autre utilisateur (uid %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not send the request: %1</source>
        <translation>Impossible d&apos;envoyer la requête : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem did not answer within %1 seconds.</source>
        <translation>Tandem n&apos;a pas répondu dans un délai de %1 secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandem closed the connection without answering.</source>
        <translation>Tandem a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tandem sent a malformed answer: %1</source>
        <translation>Tandem a envoyé une réponse mal formée : %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlCommands</name>
    <message>
        <location filename="../core/ctl/ControlCommands.cpp" line="+74"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande &apos;%1&apos; inconnue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account is configured in this profile.</source>
        <translation>Aucun compte n&apos;est configuré dans ce profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account %1 in this profile.</source>
        <translation>Le compte %1 n&apos;existe pas dans ce profil.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invalid recipient &apos;%1&apos;: %2</source>
        <translation>Destinataire &apos;%1&apos; non valide : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+27"/>
        <source>The message was not sent: %1</source>
        <translation>Le message n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>Adresse &apos;%1&apos; non valide : %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+121"/>
        <source>The limit must be between 1 and %1.</source>
        <translation>La limite doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Tandem runs headless on this profile (process %1): it has no window to show.</source>
        <translation>Tandem fonctionne sans interface graphique sur ce profil (processus %1) : il n&apos;a aucune fenêtre à afficher.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A correction needs the id of the message and the new text.</source>
        <translation>Une correction nécessite l&apos;identifiant du message et le nouveau texte.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nothing to search for.</source>
        <translation>Rien à rechercher.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The page size must be between 1 and %1.</source>
        <translation>La taille de page doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlRoomCommands.cpp" line="+31"/>
        <location line="+51"/>
        <source>Invalid room address &apos;%1&apos;: %2</source>
        <translation>Adresse de salon &apos;%1&apos; non valide : %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Could not join %1: %2</source>
        <translation>Impossible de rejoindre %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying.</source>
        <translation>Pas encore de réponse de %1 ; Tandem continue d&apos;essayer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>Not in room %1.</source>
        <translation>Le compte n&apos;est pas dans le salon %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only moderators may change the subject of this room</source>
        <translation>seuls les modérateurs peuvent changer le sujet de ce salon</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The nickname is empty.</source>
        <translation>Le pseudo est vide.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlReadCommands.cpp" line="+38"/>
        <source>--up-to takes a message id, as `ctl history --json` shows it.</source>
        <translation>--up-to attend un identifiant de message, tel que `ctl history --json` l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no messages in %1.</source>
        <translation>Il n&apos;y a aucun message dans %1.</translation>
    </message>
    <message>
        <location filename="../core/ctl/ControlActivityCommands.cpp" line="+34"/>
        <source>A headless Tandem has no user at it: it is never active.</source>
        <translation>Un Tandem sans interface graphique n&apos;a personne devant lui : il n&apos;est jamais actif.</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlRequest</name>
    <message>
        <location filename="../core/ctl/ControlRequest.cpp" line="+25"/>
        <source>Malformed request: %1</source>
        <translation>Requête mal formée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed request: not a JSON object</source>
        <translation>Requête mal formée : ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: no command name</source>
        <translation>Requête mal formée : aucun nom de commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Malformed request: the arguments are not a JSON object</source>
        <translation>Requête mal formée : les arguments ne sont pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Tandem::ControlServer</name>
    <message>
        <location filename="../core/ctl/ControlServer.cpp" line="+63"/>
        <location line="+6"/>
        <source>Cannot open the control socket %1: %2</source>
        <translation>Impossible d&apos;ouvrir le socket de contrôle %1 : %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This Tandem belongs to another user; it takes no commands from you.</source>
        <translation>Ce Tandem appartient à un autre utilisateur ; il n’accepte pas vos commandes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many control connections at once (%1); try again.</source>
        <translation>Trop de connexions de contrôle à la fois (%1) ; réessayez.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tandem is still starting.</source>
        <translation>Tandem est encore en cours de démarrage.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationDelegate</name>
    <message>
        <location filename="../ui/widgets/ConversationDelegate.cpp" line="+171"/>
        <source>Draft: %1</source>
        <translation>Brouillon : %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ConversationListView</name>
    <message>
        <location filename="../ui/widgets/ConversationListView.cpp" line="+35"/>
        <location line="+1"/>
        <source>Filter conversations</source>
        <translation>Filtrer les conversations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute</source>
        <translation>Réactiver le son</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 1 Hour</source>
        <translation>Mettre en sourdine pendant 1 heure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mute for 8 Hours</source>
        <translation>Mettre en sourdine pendant 8 heures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute Until I Unmute</source>
        <translation>Mettre en sourdine jusqu’à nouvel ordre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close Chat</source>
        <translation>Fermer la discussion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide on This Device</source>
        <translation>Masquer sur cet appareil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stays the account&apos;s room, shown on your other devices; its messages are still kept</source>
        <translation>Il reste un salon du compte, affiché sur vos autres appareils ; ses messages sont toujours conservés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave Room</source>
        <translation>Quitter le salon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As Usual for This Room</source>
        <translation>Comme d’habitude pour ce salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For All Messages</source>
        <translation>Pour tous les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only When Mentioned</source>
        <translation>Seulement en cas de mention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>Tandem::DatabaseRepair</name>
    <message>
        <location filename="../core/storage/DatabaseRepair.cpp" line="+261"/>
        <source>There is no database file to repair.</source>
        <translation>Il n&apos;y a aucun fichier de base de données à réparer.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>It could not be renamed to “%1”.</source>
        <translation>Elle n&apos;a pas pu être renommée en « %1 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its file “%1” could not be renamed.</source>
        <translation>Son fichier « %1 » n&apos;a pas pu être renommé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged file is now “%1”, but the new database “%2” could not take its place; rename it yourself.</source>
        <translation>Le fichier endommagé s&apos;appelle désormais « %1 », mais la nouvelle base « %2 » n&apos;a pas pu prendre sa place ; renommez-la vous-même.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was repaired: %1</source>
        <translation>Rien n&apos;a été réparé : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The damaged database was renamed to “%1”. It has not been changed; delete it once you are content with the repair.</source>
        <translation>La base endommagée a été renommée en « %1 ». Elle n&apos;a pas été modifiée ; supprimez-la une fois satisfait de la réparation.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new database took its place, with the %n message(s) that could be read.</source>
        <translation>
            <numerusform>Une nouvelle base a pris sa place, avec le %n message qui a pu être lu.</numerusform>
            <numerusform>Une nouvelle base a pris sa place, avec les %n messages qui ont pu être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stretch(es) of messages could not be read: their pages are damaged. Tandem fetches them again from the server archives on its next start, where the server keeps an archive.</source>
        <translation>
            <numerusform>%n série de messages n&apos;a pas pu être lue : ses pages sont endommagées. Tandem la récupère depuis les archives du serveur à son prochain démarrage, là où le serveur tient une archive.</numerusform>
            <numerusform>%n séries de messages n&apos;ont pas pu être lues : leurs pages sont endommagées. Tandem les récupère depuis les archives du serveur à son prochain démarrage, là où le serveur tient une archive.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some records of these tables could not be read either: %1.</source>
        <translation>Certains enregistrements de ces tables n&apos;ont pas pu être lus non plus : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row could be read: nothing was lost.</source>
        <translation>Chaque ligne a pu être lue : rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search index is rebuilt in the background.</source>
        <translation>L&apos;index de recherche est reconstruit en arrière-plan.</translation>
    </message>
</context>
<context>
    <name>Tandem::DesktopNotifier</name>
    <message>
        <location filename="../ui/notifications/DesktopNotifier.cpp" line="+84"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Tandem::DeviceListModel</name>
    <message>
        <location filename="../core/models/DeviceListModel.cpp" line="+211"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sibling</source>
        <translation>appareil frère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchor</source>
        <translation>ancre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>solo</source>
        <translation>seul</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the only device of the account online</source>
        <translation>le seul appareil du compte en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always on</source>
        <translation>toujours allumé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen as the anchor</source>
        <translation>choisi comme ancre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running the longest</source>
        <translation>en marche depuis le plus longtemps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first by name among equals</source>
        <translation>premier par son nom parmi des égaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keeps the rooms until a better-placed device takes over</source>
        <translation>garde les salons jusqu’à ce qu’un appareil mieux placé prenne le relais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solo: this device holds the rooms</source>
        <translation>Seul : cet appareil tient les salons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor: this device holds the rooms</source>
        <translation>Ancre : cet appareil tient les salons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sibling: the rooms come through the anchor</source>
        <translation>Appareil frère : les salons passent par l’ancre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (this device)</source>
        <translation>%1 (cet appareil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, anchor because: %2</source>
        <translation>%1, ancre parce que : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor (joining the rooms)</source>
        <translation>ancre (rejoint les salons)</translation>
    </message>
</context>
<context>
    <name>Tandem::DevicesPanel</name>
    <message>
        <location filename="../ui/widgets/DevicesPanel.cpp" line="+19"/>
        <source>Make This Device the Anchor</source>
        <translation>Faire de cet appareil l’ancre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is always on</source>
        <translation>Cet appareil est toujours allumé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices of this account</source>
        <translation>Appareils de ce compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device joins the rooms and relays them to the others</source>
        <translation>Cet appareil rejoint les salons et les relaie aux autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An always-on device is preferred as the anchor</source>
        <translation>Un appareil toujours allumé est préféré comme ancre</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · the anchor is %2 (%3)</source>
        <translation>%1 · l’ancre est %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · term %2</source>
        <translation>%1 · mandat %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: held by no device yet</source>
        <translation>%1 : tenu par aucun appareil pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: held by %2</source>
        <translation>%1 : tenu par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rooms</source>
        <translation>Aucun salon</translation>
    </message>
</context>
<context>
    <name>Tandem::DisplayedSync0490</name>
    <message>
        <location filename="../core/xmpp/DisplayedSync0490.cpp" line="+86"/>
        <source>Cannot fetch which messages were read elsewhere: %1</source>
        <translation>Impossible de récupérer les messages lus ailleurs : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot tell the account&apos;s other devices that %1 was read: %2</source>
        <translation>Impossible d&apos;indiquer aux autres appareils du compte que %1 a été lu : %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Instance</name>
    <message numerus="yes">
        <location filename="../core/account/Instance.cpp" line="+63"/>
        <source>%1 %n incoming message(s) are kept in memory and will be stored once the message database works again.</source>
        <translation>
            <numerusform>%1 %n message entrant est gardé en mémoire et sera enregistré dès que la base de messages fonctionnera de nouveau.</numerusform>
            <numerusform>%1 %n messages entrants sont gardés en mémoire et seront enregistrés dès que la base de messages fonctionnera de nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::IqResponse</name>
    <message>
        <location filename="../core/xmpp/IqTracker.cpp" line="+51"/>
        <source>no answer from the server in time</source>
        <translation>pas de réponse du serveur à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected before the server answered</source>
        <translation>déconnecté avant la réponse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>Tandem::Jid</name>
    <message>
        <location filename="../core/profile/Jid.cpp" line="+22"/>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must not contain a resource (the part after &apos;/&apos;).</source>
        <translation>L&apos;adresse ne doit pas contenir de ressource (la partie après &apos;/&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must look like name@server.</source>
        <translation>L&apos;adresse doit être de la forme name@server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server part of the address is not a valid domain.</source>
        <translation>La partie serveur de l&apos;adresse n&apos;est pas un domaine valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name part of the address contains &apos;%1&apos;, which is not allowed.</source>
        <translation>La partie nom de l&apos;adresse contient &apos;%1&apos;, ce qui n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server part of the address contains an invalid character.</source>
        <translation>La partie serveur de l&apos;adresse contient un caractère non valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is too long.</source>
        <translation>L&apos;adresse est trop longue.</translation>
    </message>
</context>
<context>
    <name>Tandem::JoinRoomDialog</name>
    <message>
        <location filename="../ui/dialogs/JoinRoomDialog.cpp" line="+35"/>
        <source>&amp;List rooms</source>
        <translation>&amp;Lister les salons</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join a Group Chat</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room@conference.example.org</source>
        <translation>salon@conference.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room address</source>
        <translation>Adresse du salon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if the room has one</source>
        <translation>Seulement si le salon en a un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Mot de passe du salon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Pseudo :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group chat service</source>
        <translation>Service de salons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the service&apos;s rooms</source>
        <translation>Lister les salons du service</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Filter rooms</source>
        <translation>Filtrer les salons</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rooms of the service</source>
        <translation>Salons du service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse rooms</source>
        <translation>Parcourir les salons</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not list the rooms of %1: %2</source>
        <translation>Impossible de lister les salons de %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lists no public rooms.</source>
        <translation>%1 ne liste aucun salon public.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salon</numerusform>
            <numerusform>%n salons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for the server&apos;s group chat services…</source>
        <translation>Recherche des services de salons du serveur…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not ask the server for its group chat services: %1</source>
        <translation>Impossible de demander au serveur ses services de salons : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server names no group chat service; type one to list its rooms.</source>
        <translation>Le serveur n&apos;indique aucun service de salons ; saisissez-en un pour lister ses salons.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing the rooms of %1…</source>
        <translation>Récupération de la liste des salons de %1…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&apos;%1&apos; is not a room address: it needs a name, an @ and a service.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse de salon : il faut un nom, un @ et un service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a room address: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse de salon : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joining %1…</source>
        <translation>Entrée dans %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not join %1: %2</source>
        <translation>Impossible de rejoindre %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from %1 yet; Tandem keeps trying and opens it when it answers.</source>
        <translation>Pas encore de réponse de %1 ; Tandem continue d&apos;essayer et l&apos;ouvrira dès qu&apos;il répondra.</translation>
    </message>
</context>
<context>
    <name>Tandem::LegacyBookmarks0048</name>
    <message>
        <location filename="../core/xmpp/LegacyBookmarks0048.cpp" line="+20"/>
        <source>the server did not confirm the bookmark change (XEP-0048)</source>
        <translation>le serveur n&apos;a pas confirmé la modification des marque-pages (XEP-0048)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not send the bookmarks (XEP-0048)</source>
        <translation>le serveur n&apos;a pas envoyé les marque-pages (XEP-0048)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disconnected before the bookmarks were saved</source>
        <translation>déconnecté avant l&apos;enregistrement des marque-pages</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot ask QXmppBookmarkManager for the bookmarks</source>
        <translation>impossible de demander les marque-pages à QXmppBookmarkManager</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageDelegate</name>
    <message>
        <location filename="../ui/widgets/MessageDelegate.cpp" line="+247"/>
        <source>Loading older messages…</source>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginning of the conversation</source>
        <translation>Début de la conversation</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>Tandem::MessageLimits</name>
    <message>
        <location filename="../core/storage/MessageLimits.cpp" line="+37"/>
        <source>This message is too long to send (%1; the server takes at most %2). Send it in parts, or as a file.</source>
        <translation>Ce message est trop long pour être envoyé (%1 ; le serveur accepte au plus %2). Envoyez-le en plusieurs parties, ou comme fichier.</translation>
    </message>
</context>
<context>
    <name>Tandem::NotificationFeed</name>
    <message>
        <location filename="../core/account/NotificationFeed.cpp" line="+62"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (private, in %2)</source>
        <translation>%1 (privé, dans %2)</translation>
    </message>
</context>
<context>
    <name>Tandem::OccupantListModel</name>
    <message>
        <location filename="../core/models/OccupantListModel.cpp" line="+235"/>
        <source>Moderators</source>
        <translation>Modérateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away for a while</source>
        <translation>absent pour un moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not disturb</source>
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to chat</source>
        <translation>disponible pour discuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (you), %2, %3</source>
        <translation>%1 (vous), %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Tandem::OccupantPanel</name>
    <message>
        <location filename="../ui/widgets/OccupantPanel.cpp" line="+30"/>
        <location line="+1"/>
        <source>Filter occupants</source>
        <translation>Filtrer les occupants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Occupants (%1)</source>
        <translation>Occupants (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupants (%1 of %2)</source>
        <translation>Occupants (%1 sur %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the occupants</source>
        <translation>Afficher ou masquer les occupants</translation>
    </message>
</context>
<context>
    <name>Tandem::Outbox</name>
    <message numerus="yes">
        <location filename="../core/session/Outbox.cpp" line="+37"/>
        <source>no confirmation after %n attempts</source>
        <translation>
            <numerusform>aucune confirmation après %n tentative</numerusform>
            <numerusform>aucune confirmation après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no delivery receipt within a week</source>
        <translation>aucun accusé de réception en une semaine</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the server refused it as too large (%1)</source>
        <translation>le serveur l’a refusé, trop volumineux (%1)</translation>
    </message>
</context>
<context>
    <name>Tandem::PasswordStore</name>
    <message>
        <location filename="../core/profile/PasswordStore.cpp" line="+53"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the password file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the keychain did not answer</source>
        <translation>le trousseau de clés n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No system keychain is reachable (%1). The password is stored in %2, readable only by you.</source>
        <translation>Aucun trousseau de clés système n&apos;est accessible (%1). Le mot de passe est enregistré dans %2, lisible par vous seul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot store the password in the system keychain: %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe dans le trousseau de clés système : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the password from the system keychain: %1</source>
        <translation>Impossible de lire le mot de passe dans le trousseau de clés système : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the password: the system keychain did not answer.</source>
        <translation>Impossible de lire le mot de passe : le trousseau de clés système n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>Tandem::PrivateDirectory</name>
    <message>
        <location filename="../core/profile/PrivateDirectory.cpp" line="+42"/>
        <source>Cannot create the directory %1: %2</source>
        <translation>Impossible de créer le répertoire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <location filename="../core/profile/Profile.cpp" line="+82"/>
        <source>Cannot create the profile directory %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The profile %1 is already in use by Tandem (process %2).</source>
        <translation>Le profil %1 est déjà utilisé par Tandem (processus %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock the profile %1: permission denied or read-only.</source>
        <translation>Impossible de verrouiller le profil %1 : permission refusée ou lecture seule.</translation>
    </message>
</context>
<context>
    <name>Tandem::QuickSwitcher</name>
    <message>
        <location filename="../ui/widgets/QuickSwitcher.cpp" line="+26"/>
        <source>Go to Conversation</source>
        <translation>Aller à une conversation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to a conversation or address…</source>
        <translation>Aller à une conversation ou une adresse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation to open</source>
        <translation>Conversation à ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching conversations</source>
        <translation>Conversations correspondantes</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Press Enter to start a chat with %1.</source>
        <translation>Appuyez sur Entrée pour démarrer une discussion avec %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversation matches.</source>
        <translation>Aucune conversation ne correspond.</translation>
    </message>
</context>
<context>
    <name>Tandem::RoomDirectory</name>
    <message>
        <location filename="../core/xmpp/RoomDirectory.cpp" line="+59"/>
        <location line="+47"/>
        <source>The account is not connected.</source>
        <translation>Le compte n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>Tandem::SearchPanel</name>
    <message>
        <location filename="../ui/widgets/SearchPanel.cpp" line="+33"/>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>This conversation</source>
        <translation>Cette conversation</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Where to search</source>
        <translation>Où chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No messages found.</source>
        <translation>Aucun message trouvé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n most relevant messages.</source>
        <translation>
            <numerusform>Le %n message le plus pertinent.</numerusform>
            <numerusform>Les %n messages les plus pertinents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message trouvé.</numerusform>
            <numerusform>%n messages trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::SearchResultModel</name>
    <message>
        <location filename="../core/models/SearchResultModel.cpp" line="+61"/>
        <source>No message store.</source>
        <translation>Aucun stockage de messages.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 in %2, %3: %4</source>
        <translation>%1 dans %2, %3 : %4</translation>
    </message>
</context>
<context>
    <name>Tandem::StatusText</name>
    <message>
        <location filename="../core/ctl/StatusText.cpp" line="+31"/>
        <location line="+16"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor</source>
        <translation>ancre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sibling</source>
        <translation>appareil frère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solo</source>
        <translation>solo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not joined</source>
        <translation>non rejoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining</source>
        <translation>entrée en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joined</source>
        <translation>rejoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>quitté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left by the account</source>
        <translation>quitté par le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kicked</source>
        <translation>expulsé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banned</source>
        <translation>banni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room was destroyed</source>
        <translation>le salon a été détruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership removed</source>
        <translation>statut de membre retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room became members-only</source>
        <translation>le salon est devenu réservé aux membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room service shut down</source>
        <translation>le service de salons s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed from the room</source>
        <translation>retiré du salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room refused the join</source>
        <translation>le salon a refusé l&apos;entrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered</source>
        <translation>non remis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a password is required, or it is wrong</source>
        <translation>un mot de passe est requis, ou il est incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is for members only</source>
        <translation>le salon est réservé aux membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are banned from this room</source>
        <translation>vous êtes banni de ce salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is taken</source>
        <translation>le pseudo est déjà pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room is full</source>
        <translation>le salon est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room does not exist or is locked</source>
        <translation>le salon n&apos;existe pas ou est verrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may not create rooms on this service</source>
        <translation>vous n&apos;avez pas le droit de créer des salons sur ce service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nickname is not allowed</source>
        <translation>le pseudo n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the room&apos;s server cannot be reached</source>
        <translation>le serveur du salon est injoignable</translation>
    </message>
</context>
<context>
    <name>Tandem::StorageBanner</name>
    <message>
        <location filename="../ui/widgets/StorageBanner.cpp" line="+29"/>
        <source>Message database problem</source>
        <translation>Problème de base de messages</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tandem stopped writing to the message database because it is damaged. Nothing has been deleted, and what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>Tandem a cessé d’écrire dans la base de messages car elle est endommagée. Rien n’a été supprimé, et ce qui peut encore être lu est affiché. Quittez Tandem et lancez « tandem repair » : il met le fichier endommagé de côté et copie chaque message lisible dans une nouvelle base.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The message database cannot be written to right now. %1 Messages are kept in memory until the database can be written again (%n waiting).</source>
        <translation>
            <numerusform>La base de messages ne peut pas être écrite pour l’instant. %1 Les messages sont gardés en mémoire jusqu’à ce qu’elle puisse l’être à nouveau (%n en attente).</numerusform>
            <numerusform>La base de messages ne peut pas être écrite pour l’instant. %1 Les messages sont gardés en mémoire jusqu’à ce qu’elle puisse l’être à nouveau (%n en attente).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::StorageError</name>
    <message>
        <location filename="../core/storage/DatabaseOpener.cpp" line="+27"/>
        <source>Its file “%1” is not writable.</source>
        <translation>Son fichier « %1 » n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not writable.</source>
        <translation>Le fichier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The folder does not exist.</source>
        <translation>Le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder is not writable.</source>
        <translation>Le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a regular file.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write-ahead logging could not be enabled (journal mode is “%1”).</source>
        <translation>La journalisation anticipée (WAL) n&apos;a pas pu être activée (le mode de journal est « %1 »).</translation>
    </message>
    <message>
        <location filename="../core/storage/IdKey.cpp" line="+174"/>
        <source>The database has no valid message id key (table store_meta).</source>
        <translation>La base de données n&apos;a pas de clé d&apos;identifiant de message valide (table store_meta).</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageNormalization.cpp" line="+96"/>
        <source>A message without account or conversation cannot be stored.</source>
        <translation>Un message sans compte ni conversation ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location filename="../core/storage/MessageQueries.cpp" line="+162"/>
        <source>Message %1 is not in the archive of %2.</source>
        <translation>Le message %1 ne figure pas dans l&apos;archive de %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+87"/>
        <source>Updating the message database to schema version %1 failed; nothing was changed. %2</source>
        <translation>La mise à jour de la base de messages vers la version de schéma %1 a échoué ; rien n&apos;a été modifié. %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchFunctions.cpp" line="+248"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>Cette bibliothèque SQLite ne prend pas en charge la recherche plein texte (FTS5).</translation>
    </message>
    <message>
        <location filename="../core/storage/SearchQueries.cpp" line="+212"/>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>Le texte recherché est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteConnection.cpp" line="+89"/>
        <source>The message database is not open.</source>
        <translation>La base de messages n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="+53"/>
        <source>The message database “%1” is damaged or is not a Tandem database. It has been left untouched.</source>
        <translation>La base de messages « %1 » est endommagée ou n&apos;est pas une base Tandem. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is damaged.</source>
        <translation>La base de messages est endommagée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is locked by another program (is Tandem already running?).</source>
        <translation>La base de messages « %1 » est verrouillée par un autre programme (Tandem est-il déjà lancé ?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database is locked by another program.</source>
        <translation>La base de messages est verrouillée par un autre programme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” was written by a newer version of Tandem.</source>
        <translation>La base de messages « %1 » a été écrite par une version plus récente de Tandem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database was written by a newer version of Tandem.</source>
        <translation>La base de messages a été écrite par une version plus récente de Tandem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the message database “%1” is full.</source>
        <translation>Le disque contenant la base de messages « %1 » est plein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the message database is full.</source>
        <translation>Le disque contenant la base de messages est plein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” is read-only.</source>
        <translation>La base de messages « %1 » est en lecture seule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database is read-only.</source>
        <translation>La base de messages est en lecture seule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message database “%1” cannot be opened: its folder is missing, or it is not accessible or not writable.</source>
        <translation>La base de messages « %1 » ne peut pas être ouverte : son dossier n&apos;existe pas, ou elle est inaccessible ou protégée en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message database cannot be opened.</source>
        <translation>La base de messages ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message database “%1” reported an error.</source>
        <translation>La base de messages « %1 » a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message database reported an error.</source>
        <translation>La base de messages a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Details: %2)</source>
        <translation>%1 (Détails : %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Its schema version is %2, but this version of Tandem only knows schema versions up to %3. Please update Tandem; the file has not been changed.</source>
        <translation>%1 Sa version de schéma est %2, mais cette version de Tandem ne connaît que les versions de schéma jusqu&apos;à la %3. Veuillez mettre à jour Tandem ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The message database “%1” is damaged: some of its pages cannot be read. Tandem has stopped writing to it, so that the damage does not spread; what can still be read is shown. Quit Tandem and run “tandem repair”: it keeps the damaged file aside and copies every readable message into a new database.</source>
        <translation>La base de messages « %1 » est endommagée : certaines de ses pages sont illisibles. Tandem a cessé d&apos;y écrire pour que les dégâts ne s&apos;étendent pas ; ce qui peut encore être lu est affiché. Quittez Tandem et lancez « tandem repair » : il met le fichier endommagé de côté et copie chaque message lisible dans une nouvelle base.</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineModel</name>
    <message numerus="yes">
        <location filename="../core/models/TimelineModelRoles.cpp" line="+24"/>
        <source>(%n more characters not shown; Copy Message Text copies the whole message)</source>
        <translation>
            <numerusform>(%n caractère de plus non affiché ; « Copier le texte du message » copie tout le message)</numerusform>
            <numerusform>(%n caractères de plus non affichés ; « Copier le texte du message » copie tout le message)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
</context>
<context>
    <name>Tandem::TimelineView</name>
    <message>
        <location filename="../ui/widgets/TimelineView.cpp" line="+21"/>
        <source>Jump to the latest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Jump to latest</source>
        <translation>Aller au plus récent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jump to first unread</source>
        <translation>Aller au premier non lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the first unread message</source>
        <translation>Aller au premier message non lu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TimelineViewInput.cpp" line="+205"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Message &amp;Text</source>
        <translation>Copier le &amp;texte du message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Link Address</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
</context>
<context>
    <name>Tandem::TrayIcon</name>
    <message>
        <location filename="../ui/widgets/TrayIcon.cpp" line="+16"/>
        <source>Show Tandem</source>
        <translation>Afficher Tandem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tandem: %n unread message(s)</source>
        <translation>
            <numerusform>Tandem : %n message non lu</numerusform>
            <numerusform>Tandem : %n messages non lus</numerusform>
        </translation>
    </message>
</context>
</TS>
